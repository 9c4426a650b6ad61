//! Scripts that would never end: each is stopped, its error names the flag,
//! and the run goes on.

use crate::support::{TestRun, TestServer};

fn with_prerequest(lines: &[&str]) -> String {
    serde_json::json!({
        "info": { "name": "scripts" },
        "item": [
            { "name": "stuck", "event": [{ "listen": "prerequest", "script": { "exec": lines } }],
              "request": "{{baseUrl}}/get?n=1" },
            { "name": "after", "request": "{{baseUrl}}/get?n=2" }
        ]
    })
    .to_string()
}

fn assert_stopped_and_run_goes_on(lines: &[&str], extra: &[&str], message: &str) {
    let server = TestServer::start();
    let started = std::time::Instant::now();
    let run = TestRun::inline(&with_prerequest(lines))
        .against(&server)
        .args(extra)
        .run();
    assert!(started.elapsed().as_secs() < 20, "stopped in time");
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("TimeoutError"), "{}", run.stdout);
    assert!(run.stdout.contains(message), "{}", run.stdout);
    assert_eq!(server.requests().len(), 2, "both requests are still sent");
}

#[test]
fn a_set_interval_never_cleared_is_stopped_by_the_wait_limit() {
    assert_stopped_and_run_goes_on(
        &["setInterval(function () {}, 10);"],
        &["--max-script-wait", "500"],
        "--max-script-wait raises the limit",
    );
}

#[test]
fn a_promise_chain_that_queues_itself_forever_is_stopped() {
    let lines = [
        "function again() { return Promise.resolve().then(again); }",
        "again();",
    ];
    assert_stopped_and_run_goes_on(&lines, &["--max-script-wait", "500"], "--max-script-wait");
    // And under --timeout-script, which before did not reach promise jobs.
    assert_stopped_and_run_goes_on(
        &lines,
        &["--timeout-script", "500"],
        "script timed out after 500 ms",
    );
}

#[test]
fn the_wait_limit_is_bounded_by_default() {
    assert_eq!(postrun::script::DEFAULT_SCRIPT_WAIT.as_secs(), 180);
    assert_eq!(
        postrun::script::SandboxOptions::default().wait,
        postrun::script::DEFAULT_SCRIPT_WAIT
    );
}
