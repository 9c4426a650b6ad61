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

/// Every option of `newman run --help` (read from the Newman the parity
/// suite installs, not from a list written here) is accepted by
/// `postrun run` with a value where Newman takes one, and bare where
/// Newman's value is optional. Runs are dry, so nothing is sent.
#[test]
fn every_newman_run_option_is_accepted() {
    let help = std::process::Command::new("node")
        .arg(crate::parity::newman())
        .args(["run", "--help"])
        .output()
        .expect("node runs Newman");
    let help = String::from_utf8_lossy(&help.stdout);
    let option =
        regex::Regex::new(r"(?m)^\s+(?:-\w ?, ?)?(--[\w-]+)(?: (<[^>]+>|\[[^\]]+\]))?").unwrap();
    let options: Vec<(String, Option<String>)> = option
        .captures_iter(&help)
        .map(|c| (c[1].to_string(), c.get(2).map(|m| m.as_str().to_string())))
        .filter(|(flag, _)| flag != "--help")
        .collect();
    assert!(
        options.len() >= 33,
        "Newman's help lists {} options:\n{help}",
        options.len()
    );
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let collection = "fixtures/data/echo.postman_collection.json";
    let mut refused = Vec::new();
    for (flag, value) in &options {
        let given = match flag.as_str() {
            "--environment" => "fixtures/vars/precedence.postman_environment.json".to_string(),
            "--globals" => "fixtures/vars/precedence.postman_globals.json".to_string(),
            "--iteration-data" => "fixtures/data/rows.json".to_string(),
            "--reporters" => "cli,json".to_string(),
            "--iteration-count" => "1".to_string(),
            "--folder" => "echo".to_string(),
            "--global-var" | "--env-var" => "k=v".to_string(),
            "--postman-api-key" => "PMAK-test".to_string(),
            "--bail" => "folder,failure".to_string(),
            "--color" => "off".to_string(),
            "--working-dir" => ".".to_string(),
            "--cookie-jar" => "fixtures/parity/cookie-jar.jar.json".to_string(),
            "--ssl-client-passphrase" => "pass".to_string(),
            name if name.starts_with("--export") => out(&format!("{}.json", &name[2..])),
            name if name.starts_with("--ssl") => "fixtures/no-such-cert.pem".to_string(),
            name if name.starts_with("--timeout") || name == "--delay-request" => "5".to_string(),
            _ => String::new(),
        };
        let mut forms: Vec<Vec<String>> = Vec::new();
        match value.as_deref() {
            None => forms.push(vec![flag.clone()]),
            Some(v) if v.starts_with('[') => {
                forms.push(vec![flag.clone()]);
                forms.push(vec![flag.clone(), given.clone()]);
            }
            Some(_) => forms.push(vec![flag.clone(), given.clone()]),
        }
        for form in forms {
            let mut args = vec![
                "run".to_string(),
                collection.to_string(),
                "--dry-run".to_string(),
            ];
            args.extend(form.iter().cloned());
            args.extend(["--reporter-json-export".to_string(), out("report.json")]);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let outcome = postrun(&args);
            // A refused option is clap's error; a value that is wrong for
            // this machine (a missing certificate file) is not the option's fault.
            let clap_error = [
                "unexpected argument",
                "invalid value",
                "a value is required",
                "requires a value",
                "were not provided",
            ]
            .iter()
            .any(|m| outcome.stderr.contains(m));
            if clap_error || outcome.stderr.contains("panicked") {
                refused.push(format!("{}: {}", form.join(" "), outcome.stderr.trim()));
            }
        }
    }
    assert!(refused.is_empty(), "refused:\n{}", refused.join("\n"));
    // And the README's flag table names each of them.
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = &readme[readme
        .find("## `postrun run` flags")
        .expect("the flag table")..];
    let missing: Vec<&str> = options
        .iter()
        .map(|(flag, _)| flag.as_str())
        .filter(|flag| !table.contains(&format!("{flag} ")) && !table.contains(&format!("{flag}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "the README's flag table lacks {missing:?}"
    );
}
