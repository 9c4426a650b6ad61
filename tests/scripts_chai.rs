//! The assertion library's failure messages, compared with what real chai
//! 4.4.1 (Newman 6's) says for the same assertions. The expected messages in
//! fixtures/scripts/chai-messages.json are produced by scripts/chai-messages.js.

mod support;

use std::time::Duration;

use postrun::plan::RunOptions;
use postrun::script::{AssertionOutcome, SandboxOptions};
use support::{TestServer, fixture, run_library, with_test_script};

#[derive(serde::Deserialize)]
struct Case {
    code: String,
    message: Option<String>,
}

/// Run twice: as usual, where the host settles the common assertions that
/// hold (src/script/assert.rs), and under `--timeout-script`, where the
/// prelude runs every assertion. Both must say what chai says.
#[test]
fn failure_messages_match_chai_word_for_word() {
    let text = std::fs::read_to_string(fixture("scripts/chai-messages.json")).unwrap();
    let cases: Vec<Case> = serde_json::from_str(&text).unwrap();
    assert!(
        cases.len() >= 160,
        "the golden file lists {} cases",
        cases.len()
    );
    let lines: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            format!(
                "pm.test('{i}', function () {{ var expect = pm.expect; {}; }});",
                case.code
            )
        })
        .collect();
    let server = TestServer::start();
    for timeout in [None, Some(Duration::from_secs(30))] {
        let options = RunOptions {
            sandbox: SandboxOptions { timeout },
            ..RunOptions::default()
        };
        let (_, recorded) = run_library(&with_test_script(&lines), &server, options);
        assert!(
            recorded.script_errors.is_empty(),
            "{:?}",
            recorded.script_errors
        );
        assert_eq!(recorded.assertions.len(), cases.len());
        let mut mismatches = Vec::new();
        for (name, outcome) in &recorded.assertions {
            let case = &cases[name.parse::<usize>().unwrap()];
            let got = match outcome {
                AssertionOutcome::Failed { message, .. } => Some(message.clone()),
                AssertionOutcome::Passed | AssertionOutcome::Skipped => None,
            };
            if got != case.message {
                mismatches.push(format!(
                    "{}\n   chai:    {:?}\n   postrun: {:?}",
                    case.code, case.message, got
                ));
            }
        }
        assert!(
            mismatches.is_empty(),
            "timeout {timeout:?}: {} of {} differ:\n{}",
            mismatches.len(),
            cases.len(),
            mismatches.join("\n")
        );
    }
}
