//! Servers that hang, reset or lie about their length: each request gets a
//! clear error, the run goes on, and nothing waits forever.

use std::time::{Duration, Instant};

use crate::support::raw::{RawServer, early_answer, hang, reset, short_body, trickle};
use crate::support::{TestRun, TestServer};

/// A request to the misbehaving server, then one to a good one.
fn bad_then_good(bad: &RawServer, good: &TestServer) -> String {
    serde_json::json!({
        "info": { "name": "network" },
        "item": [
            { "name": "bad", "request": format!("{}/x", bad.url()) },
            { "name": "good", "request": format!("{}/get", good.url()) }
        ]
    })
    .to_string()
}

/// A request to a server answering with `respond` ends at `--timeout-request`.
fn times_out(respond: fn(&mut std::net::TcpStream), millis: &str) {
    let (bad, good) = (RawServer::start(respond), TestServer::start());
    let started = Instant::now();
    let run = TestRun::inline(&bad_then_good(&bad, &good))
        .args(["--timeout-request", millis])
        .run();
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "did not wait for the server"
    );
    assert_eq!(run.code, 1, "{run:?}");
    let message = format!("request timed out after {millis} ms");
    assert!(run.stdout.contains(&message), "{}", run.stdout);
    assert_eq!(good.requests().len(), 1, "the run went on");
}

#[test]
fn a_server_that_never_answers_times_out_with_timeout_request() {
    times_out(hang, "300");
}

#[test]
fn a_body_that_trickles_in_times_out_as_a_whole() {
    times_out(trickle, "700");
}

#[test]
fn a_reset_and_a_short_body_are_request_errors_and_the_run_goes_on() {
    for respond in [reset, short_body] {
        let (bad, good) = (RawServer::start(respond), TestServer::start());
        let run = TestRun::inline(&bad_then_good(&bad, &good)).run();
        assert_eq!(run.code, 1, "{run:?}");
        assert!(run.stdout.contains("[errored]"), "{}", run.stdout);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert_eq!(good.requests().len(), 1, "the run went on");
    }
}

#[test]
fn a_fetch_that_never_answers_gives_up_and_names_the_flag() {
    let bad = RawServer::start(hang);
    let started = Instant::now();
    let run = TestRun::file(format!("{}/collection.json?apikey=secret-k", bad.url()))
        .args(["--fetch-timeout", "1"])
        .run();
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "did not wait for the server"
    );
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("--fetch-timeout raises the limit"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("secret-k"), "{}", run.stderr);
}

#[test]
fn an_answer_before_the_upload_is_read_is_reported() {
    let server = RawServer::start(early_answer);
    let collection = serde_json::json!({
        "info": { "name": "early" },
        "item": [{
            "name": "upload",
            "request": {
                "method": "POST",
                "url": format!("{}/upload", server.url()),
                "body": { "mode": "raw", "raw": "{{upload}}" }
            },
            "event": [{ "listen": "test", "script": { "exec": [
                "pm.test('refused', () => pm.response.to.have.status(413));",
                "pm.test('said why', () => pm.expect(pm.response.text()).to.equal('too large'));"
            ] } }]
        }],
        // More than the socket buffers hold: the server answers while the
        // body is still being written.
        "variable": [{ "key": "upload", "value": "x".repeat(8 << 20) }]
    });
    let run = TestRun::inline(&collection.to_string()).run();
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stdout.contains("Broken pipe"), "{}", run.stdout);
    assert!(run.stdout.contains("✓  refused"), "{}", run.stdout);
}
