//! The order requests are sent in, and the flags that change it.

use crate::support::{TestRun, TestServer, run_fixture, run_fixture_sending_nothing, totals_row};

const NESTED: &str = "run/nested-folders.postman_collection.json";

fn steps(server: &TestServer) -> Vec<String> {
    server
        .requests()
        .iter()
        .map(|r| r.query.trim_start_matches("step=").to_string())
        .collect()
}

#[test]
fn requests_run_depth_first_in_folder_order() {
    let server = TestServer::start();
    let outcome = run_fixture(&server, NESTED, &[]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert_eq!(steps(&server), ["A", "B", "C", "D", "E"]);
    let methods: Vec<String> = server.requests().iter().map(|r| r.method.clone()).collect();
    assert_eq!(methods, ["GET", "GET", "GET", "POST", "GET"]);
}

#[test]
fn cli_output_names_each_request_with_status() {
    let server = TestServer::start();
    let outcome = run_fixture(&server, NESTED, &[]);
    let url = server.url();
    assert!(
        outcome.stdout.contains("❏ F1 / F1.1\n↳ B\n"),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome
            .stdout
            .contains(&format!("  GET {url}/get?step=A [200 OK, ")),
        "{}",
        outcome.stdout
    );
    assert!(outcome.stdout.contains(&format!(
        "  GET {url}/status/500?step=E [500 Internal Server Error, "
    )));
    assert_eq!(
        totals_row(&outcome.stdout, "requests"),
        Some((5, 0)),
        "{}",
        outcome.stdout
    );
}

/// A URL written without a scheme goes out over `http://` and shows as it
/// was written, as in Newman's terminal (`GET localhost:3000/api`).
#[test]
fn a_url_without_a_scheme_shows_as_written() {
    let server = TestServer::start();
    let host = server.url().trim_start_matches("http://").to_string();
    let collection = r#"{"info": {"name": "no scheme"}, "item": [
        {"name": "bare", "request": {"method": "GET", "url": "{{host}}/get?step=bare"}},
        {"name": "parts", "request": {"method": "GET", "url": {"raw": "{{host}}/get", "host": ["{{host}}"], "path": ["get"]}}},
        {"name": "with scheme", "request": {"method": "GET", "url": "{{baseUrl}}/get"}},
        {"name": "backslashes", "request": {"method": "GET", "url": "{{baseUrl}}\\get?q=a\\b"}}]}"#;
    let run = TestRun::inline(collection)
        .against(&server)
        .args(["--env-var", &format!("host={host}")])
        .run();
    assert_eq!(run.code, 0, "{}", run.stdout);
    for line in [
        format!("  GET {host}/get?step=bare [200 OK, "),
        format!("  GET {host}/get [200 OK, "),
        format!("  GET http://{host}/get [200 OK, "),
        // A `\` before the query reads as `/`, as Newman shows it.
        format!("  GET http://{host}/get?q=a\\b [200 OK, "),
    ] {
        assert!(run.stdout.contains(&line), "{line}\n{}", run.stdout);
    }
    // All went out over http.
    assert_eq!(steps(&server), ["bare", "", "", r"q=a\b"]);
}

/// Folders are told apart by identity, as in Newman: two sibling folders
/// of one name each get their heading, and a request whose name holds
/// ` / ` at the top level is not taken for one in a folder.
#[test]
fn folder_headings_follow_the_folders_not_their_names() {
    let server = TestServer::start();
    let get = r#"{"method": "GET", "url": "{{baseUrl}}/get"}"#;
    let collection = format!(
        r#"{{"info": {{"name": "twins"}}, "item": [
        {{"name": "Same", "item": [{{"name": "first", "request": {get}}}]}},
        {{"name": "Same", "item": [{{"name": "second", "request": {get}}}]}},
        {{"name": "a / b", "request": {get}}}]}}"#
    );
    let run = TestRun::inline(&collection).against(&server).run();
    assert_eq!(run.code, 0, "{}", run.stdout);
    let shown: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with(['❏', '↳', '→']))
        .collect();
    assert_eq!(
        shown,
        ["❏ Same", "↳ first", "❏ Same", "↳ second", "→ a / b"],
        "{}",
        run.stdout
    );
}

/// A `pm.sendRequest` shows where its response came, as in Newman: after
/// what the script printed before it, before what its callback printed.
#[test]
fn a_script_request_shows_between_the_lines_around_it() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "send order"}, "item": [{"name": "main",
        "request": {"method": "GET", "url": "{{baseUrl}}/get?step=main"},
        "event": [{"listen": "prerequest", "script": {"exec": [
            "console.log('before');",
            "pm.sendRequest(pm.variables.get('baseUrl') + '/get?step=token', function (err, res) {",
            "  console.log('token', res.code);",
            "  pm.test('in the callback', function () {});",
            "});",
            "console.log('sync end');"]}}]}]}"#;
    let run = TestRun::inline(collection).against(&server).run();
    assert_eq!(run.code, 0, "{}", run.stdout);
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("  ") && !l.trim().is_empty())
        .map(|l| l.split(" [").next().unwrap_or(l).trim())
        .collect();
    let url = server.url();
    let expected = [
        "┌".to_string(),
        "│ before".into(),
        "│ sync end".into(),
        "└".into(),
        format!("GET {url}/get?step=token"),
        "┌".into(),
        "│ token 200".into(),
        "└".into(),
        "✓  in the callback".into(),
        format!("GET {url}/get?step=main"),
    ];
    assert_eq!(lines, expected, "{}", run.stdout);
}

#[test]
fn folder_selects_folders_and_requests_at_any_depth_in_collection_order() {
    let server = TestServer::start();
    let outcome = run_fixture(
        &server,
        NESTED,
        &["--folder", "F2", "--folder", "F1.1", "--folder", "C"],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert_eq!(steps(&server), ["B", "C", "D", "E"]);
}

#[test]
fn unknown_folder_is_invalid_input_with_a_suggestion() {
    let server = TestServer::start();
    let outcome = run_fixture_sending_nothing(&server, NESTED, &["--folder", "F11"]);
    assert_eq!(outcome.code, 2);
    assert!(
        outcome.stderr.contains("no folder or request named `F11`"),
        "{}",
        outcome.stderr
    );
    assert!(
        outcome.stderr.contains("did you mean `F1`?"),
        "{}",
        outcome.stderr
    );
    assert!(server.requests().is_empty());
}

#[test]
fn iteration_count_repeats_the_run() {
    let server = TestServer::start();
    let outcome = run_fixture(&server, NESTED, &["-n", "3", "--folder", "A"]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert_eq!(steps(&server), ["A", "A", "A"]);
    assert!(
        outcome.stdout.contains("Iteration 3/3"),
        "{}",
        outcome.stdout
    );
    assert_eq!(
        totals_row(&outcome.stdout, "iterations"),
        Some((3, 0)),
        "{}",
        outcome.stdout
    );
}

#[test]
fn zero_iterations_is_rejected() {
    let server = TestServer::start();
    let outcome = run_fixture_sending_nothing(&server, NESTED, &["-n", "0"]);
    assert_eq!(outcome.code, 2, "{outcome:?}");
}

#[test]
fn dry_run_prints_requests_and_sends_nothing() {
    let server = TestServer::start();
    let outcome = run_fixture_sending_nothing(&server, NESTED, &["--dry-run", "--folder", "F2"]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let url = server.url();
    assert_eq!(
        outcome.stdout,
        format!("POST {url}/post?step=D\nGET {url}/status/500?step=E\n")
    );
    assert!(server.requests().is_empty());
}

#[test]
fn bail_stops_at_the_first_failure() {
    let server = TestServer::start();
    let outcome = run_fixture_sending_nothing(
        &server,
        "errors/request-errors.postman_collection.json",
        &[
            "--env-var",
            "closedPort=1",
            "--folder",
            "refused",
            "--folder",
            "after errors",
            "--bail",
        ],
    );
    assert_eq!(outcome.code, 1, "{outcome:?}");
    assert!(
        server.requests().is_empty(),
        "bail must stop before the next request"
    );
}

/// What reached the server, by `step`, under each `--bail` form, as Newman
/// 6.2 stops (measured: `--bail folder` alone goes on past failed
/// assertions and stops at a request without a response or a script that
/// throws, where Newman ends without a report; `--bail` stops at the first
/// failure, and a pre-request script that throws stops it before its
/// request is sent).
#[test]
fn bail_modifiers_stop_where_newman_stops() {
    const BAIL: &str = "run/bail-modifiers.postman_collection.json";
    let steps = |server: &TestServer| {
        let sent: Vec<String> = server.requests().iter().map(|r| r.query.clone()).collect();
        sent
    };
    for (flags, expected) in [
        (&["--bail"][..], &["step=fails"][..]),
        (&["--bail", "failure"][..], &["step=fails"][..]),
        (&["--bail", "folder,failure"][..], &["step=fails"][..]),
        (&["--bail", "folder"][..], &["step=fails"][..]),
    ] {
        let server = TestServer::start();
        let outcome = run_fixture(&server, BAIL, flags);
        assert_eq!(outcome.code, 1, "{flags:?}: {outcome:?}");
        assert_eq!(steps(&server), expected, "{flags:?}");
    }
    // Without the assertion and request error first, `--bail` meets the
    // pre-request script's error and sends nothing after `after-errors`.
    let server = TestServer::start();
    let outcome = run_fixture(
        &server,
        BAIL,
        &[
            "--bail",
            "--folder",
            "after-errors",
            "--folder",
            "pre-throws",
            "--folder",
            "last",
        ],
    );
    assert_eq!(outcome.code, 1, "{outcome:?}");
    assert_eq!(steps(&server), ["step=after-errors"]);
    // `--bail folder` goes on past a failed assertion to a script error.
    let server = TestServer::start();
    let folders = [
        "--folder",
        "fails",
        "--folder",
        "after-errors",
        "--folder",
        "test-throws",
        "--folder",
        "last",
    ];
    let outcome = run_fixture(
        &server,
        BAIL,
        &[&["--bail", "folder"][..], &folders].concat(),
    );
    assert_eq!(outcome.code, 1, "{outcome:?}");
    assert_eq!(
        steps(&server),
        ["step=fails", "step=after-errors", "step=test-throws"]
    );
}

#[test]
fn delay_request_waits_before_each_request() {
    let server = TestServer::start();
    let started = std::time::Instant::now();
    let outcome = run_fixture(
        &server,
        NESTED,
        &["--delay-request", "150", "--folder", "F1"],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert_eq!(server.requests().len(), 2);
    // Two requests, a pause before each, as in Newman.
    assert!(started.elapsed() >= std::time::Duration::from_millis(300));
    // A bare flag is Newman's `--delay-request [n]` without a value: no pause.
    let bare = run_fixture(&server, NESTED, &["--folder", "F1", "--delay-request"]);
    assert_eq!(bare.code, 0, "{bare:?}");
}

#[test]
fn suppress_exit_code_turns_failures_into_success_but_not_bad_input() {
    let server = TestServer::start();
    let args = ["--env-var", "closedPort=1", "--folder", "refused"];
    let collection = "errors/request-errors.postman_collection.json";
    assert_eq!(
        run_fixture_sending_nothing(&server, collection, &args).code,
        1
    );
    let suppressed = [&args[..], &["-x"]].concat();
    assert_eq!(
        run_fixture_sending_nothing(&server, collection, &suppressed).code,
        0
    );
    let bad = crate::support::postrun(&["run", "fixtures/no/such/file.json", "-x"]);
    assert_eq!(bad.code, 2);
}
