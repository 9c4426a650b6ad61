//! `--help` explains every flag, with Newman's spellings.

use crate::support::postrun;

#[test]
fn run_help_lists_every_flag() {
    let outcome = postrun(&["run", "--help"]);
    assert_eq!(outcome.code, 0);
    for flag in [
        "--environment",
        "--globals",
        "--env-var",
        "--global-var",
        "--folder",
        "--iteration-count",
        "--timeout-request",
        "--delay-request",
        "--insecure",
        "--ignore-redirects",
        "--bail",
        "--suppress-exit-code",
        "--color",
        "--dry-run",
    ] {
        assert!(
            outcome.stdout.contains(flag),
            "{flag} missing from:\n{}",
            outcome.stdout
        );
    }
}

#[test]
fn top_level_help_lists_the_run_command() {
    let outcome = postrun(&["--help"]);
    assert_eq!(outcome.code, 0);
    assert!(outcome.stdout.contains("run  "), "{}", outcome.stdout);
}

#[test]
fn unknown_flag_is_invalid_input() {
    let outcome = postrun(&["run", "x.json", "--no-such-flag"]);
    assert_eq!(outcome.code, 2);
}
