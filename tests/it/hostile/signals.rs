//! Ctrl-C and SIGTERM in the middle of a run: postrun stops sending,
//! writes every report with what ran, marked interrupted, and exits 130 or
//! 143.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{TestRun, TestServer};

/// Ten requests of a second each; the signal comes after about one.
fn interrupted_run(signal: &str, expected_code: i32) {
    let server = TestServer::start();
    let items: Vec<serde_json::Value> = (0..10)
        .map(|i| serde_json::json!({ "name": format!("slow {i}"), "request": "{{baseUrl}}/delay/1" }))
        .collect();
    let collection = serde_json::json!({ "info": { "name": "slow" }, "item": items });
    let run = TestRun::inline(&collection.to_string());
    let (json, xml) = (run.path("r.json"), run.path("r.xml"));
    let collection_path = run.path("inline.postman_collection.json");
    let child = Command::new(assert_cmd::cargo::cargo_bin("postrun"))
        .args([
            "run",
            &collection_path,
            "--env-var",
            &format!("baseUrl={}", server.url()),
        ])
        .args(["-r", "cli,json,junit", "--reporter-json-export", &json])
        .args(["--reporter-junit-export", &xml])
        .env("NO_COLOR", "1")
        .env("CI", "true")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("postrun starts");
    // Wait until the first request is in flight, then signal.
    let started = Instant::now();
    while server.requests().is_empty() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(300));
    let status = Command::new("kill")
        .args([signal, &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let signalled = Instant::now();
    let output = child.wait_with_output().expect("postrun ends");
    assert!(
        signalled.elapsed() < Duration::from_secs(5),
        "it stopped promptly"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(expected_code), "{stdout}");
    assert!(stdout.contains("the run was interrupted by"), "{stdout}");
    assert!(server.requests().len() < 10, "it stopped sending");
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap())
        .expect("the JSON report is whole");
    assert_eq!(report["run"]["error"]["name"], "Interrupted");
    let executions = report["run"]["executions"].as_array().unwrap().len();
    assert!((1..10).contains(&executions), "{executions} executions");
    let junit = std::fs::read_to_string(&xml).unwrap();
    oxml::parse(&junit).expect("the JUnit report is whole");
    assert!(junit.contains("run interrupted"), "{junit}");
}

#[test]
fn ctrl_c_writes_the_reports_and_exits_130() {
    interrupted_run("-INT", 130);
}

#[test]
fn sigterm_writes_the_reports_and_exits_143() {
    interrupted_run("-TERM", 143);
}

#[test]
fn the_whole_run_timeout_stops_sending_reports_what_ran_and_exits_1() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "slow"}, "item": [
        {"name": "one", "request": {"url": "{{baseUrl}}/delay/0.4"}},
        {"name": "two", "request": {"url": "{{baseUrl}}/delay/0.4"}},
        {"name": "three", "request": {"url": "{{baseUrl}}/delay/0.4"}},
        {"name": "four", "request": {"url": "{{baseUrl}}/delay/0.4"}},
        {"name": "five", "request": {"url": "{{baseUrl}}/delay/0.4"}}]}"#;
    let finished = TestRun::inline(collection)
        .against(&server)
        .args(["--timeout", "1000"])
        .every_report()
        .run();
    assert_eq!(finished.code, 1, "{}", finished.stdout);
    let sent = server.requests().len();
    assert!((1..5).contains(&sent), "{sent} requests sent");
    assert!(
        finished
            .stdout
            .contains("the run was stopped by --timeout after 1000 ms"),
        "{}",
        finished.stdout
    );
    let report: serde_json::Value = serde_json::from_str(&finished.file("r.json")).unwrap();
    assert_eq!(
        report["run"]["error"]["message"],
        "stopped by --timeout after 1000 ms"
    );
    assert!(finished.file("r.xml").contains("run interrupted"));
}

#[test]
fn the_whole_run_timeout_does_not_wait_for_a_scripts_timers() {
    let collection = r#"{"info": {"name": "waits"}, "item": [
        {"name": "waits", "event": [{"listen": "prerequest", "script": {"exec": [
            "pm.environment.set('before', 'kept');",
            "setTimeout(function () { pm.environment.set('late', 'never'); }, 60000);"]}}],
         "request": {"url": "{{baseUrl}}/get"}}]}"#;
    let started = Instant::now();
    let run = TestRun::inline(collection).base_url("http://127.0.0.1:1");
    let exported = run.path("env.json");
    let finished = run
        .args(["--timeout", "500", "--export-environment", &exported])
        .run();
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "a 60 s timer held the run"
    );
    assert_eq!(finished.code, 1, "{}", finished.stdout);
    let env = std::fs::read_to_string(&exported).unwrap();
    assert!(
        env.contains("\"before\""),
        "the scopes survive the stop: {env}"
    );
    assert!(!env.contains("never"), "{env}");
}
