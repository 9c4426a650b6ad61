//! Variable scopes, precedence and resolution, as seen by the server.

use std::collections::BTreeMap;

use crate::support::{TestRun, TestServer, fixture, run_fixture, run_fixture_sending_nothing};

fn query_of(server: &TestServer, index: usize) -> BTreeMap<String, String> {
    let request = &server.requests()[index];
    url::form_urlencoded::parse(request.query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn precedence_run(extra: &[&str]) -> BTreeMap<String, String> {
    let server = TestServer::start();
    let env = fixture("vars/precedence.postman_environment.json");
    let globals = fixture("vars/precedence.postman_globals.json");
    let mut args = vec!["-e", env.to_str().unwrap(), "-g", globals.to_str().unwrap()];
    args.extend_from_slice(extra);
    let outcome = run_fixture(&server, "vars/precedence.postman_collection.json", &args);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    query_of(&server, 0)
}

#[test]
fn collection_beats_global() {
    assert_eq!(precedence_run(&[])["cg"], "collection");
}

#[test]
fn environment_beats_collection() {
    assert_eq!(precedence_run(&[])["ec"], "environment");
}

#[test]
fn environment_beats_global() {
    assert_eq!(precedence_run(&[])["eg"], "environment");
}

#[test]
fn each_scope_alone_resolves() {
    let query = precedence_run(&[]);
    assert_eq!(query["oc"], "collection");
    assert_eq!(query["og"], "global");
}

#[test]
fn env_var_flag_beats_environment_file() {
    assert_eq!(precedence_run(&[])["cli"], "environment");
    assert_eq!(
        precedence_run(&["--env-var", "cli_vs_env=flag"])["cli"],
        "flag"
    );
}

#[test]
fn global_var_flag_beats_globals_file_but_not_environment() {
    assert_eq!(
        precedence_run(&["--global-var", "cli_vs_global=flag"])["gcli"],
        "flag"
    );
    assert_eq!(
        precedence_run(&["--global-var", "env_vs_global=flag"])["eg"],
        "environment"
    );
}

#[test]
fn env_var_value_may_contain_equals_signs() {
    assert_eq!(
        precedence_run(&["--env-var", "cli_vs_env=a=b"])["cli"],
        "a=b"
    );
}

#[test]
fn malformed_env_var_is_invalid_input() {
    let server = TestServer::start();
    let outcome = run_fixture_sending_nothing(
        &server,
        "vars/precedence.postman_collection.json",
        &["--env-var", "novalue"],
    );
    assert_eq!(outcome.code, 2);
    let reason = "the process environment has no variable `novalue`";
    assert!(outcome.stderr.contains(reason), "{}", outcome.stderr);
    let outcome = run_fixture_sending_nothing(
        &server,
        "vars/precedence.postman_collection.json",
        &["--env-var", "=x"],
    );
    assert_eq!(outcome.code, 2);
    assert!(
        outcome.stderr.contains("expected KEY=VALUE"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn nested_unresolved_disabled_and_cyclic_variables() {
    let server = TestServer::start();
    let outcome = run_fixture(
        &server,
        "vars/resolution.postman_collection.json",
        &["--folder", "Nested and unresolved"],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let request = &server.requests()[0];
    assert_eq!(request.path, "/get", "nested value in a path segment");
    let query = query_of(&server, 0);
    assert_eq!(
        query["nested"], "production",
        "a name built from another variable"
    );
    assert_eq!(
        query["missing"], "{{notDefined}}",
        "unresolved stays as written"
    );
    assert_eq!(query["off"], "{{off}}", "disabled variables are not used");
    assert!(
        query["loop"].starts_with("{{loop_"),
        "a cycle stops: {}",
        query["loop"]
    );
    assert!(
        !query.contains_key("dropped"),
        "disabled query params are skipped"
    );
    assert_eq!(request.header("x-nested"), Some("production"));
    assert_eq!(request.header("x-var"), Some("from-var"));
    assert_eq!(
        request.header("x-disabled"),
        None,
        "disabled headers are skipped"
    );
    for name in ["notDefined", "off"] {
        let warning = format!("warning: Nested and unresolved: unresolved variable {{{{{name}}}}}");
        assert!(outcome.stderr.contains(&warning), "{}", outcome.stderr);
    }
}

#[test]
fn unresolved_warning_is_given_once_per_item() {
    let server = TestServer::start();
    let outcome = run_fixture(
        &server,
        "vars/resolution.postman_collection.json",
        &["-n", "2", "--folder", "Nested and unresolved"],
    );
    assert_eq!(
        outcome
            .stderr
            .matches("unresolved variable {{notDefined}}")
            .count(),
        1,
        "{}",
        outcome.stderr
    );
}

#[test]
fn path_variables_are_substituted_and_resolved() {
    let server = TestServer::start();
    let outcome = run_fixture(
        &server,
        "vars/resolution.postman_collection.json",
        &["--folder", "Path variables"],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert_eq!(server.requests()[0].path, "/status/201");
}

#[test]
fn dynamic_variables_have_their_shape() {
    let server = TestServer::start();
    let outcome = run_fixture(
        &server,
        "vars/resolution.postman_collection.json",
        &["--folder", "Dynamic"],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let query = query_of(&server, 0);
    let is_uuid = |v: &str| v.len() == 36 && v.split('-').map(str::len).eq([8, 4, 4, 4, 12]);
    assert!(is_uuid(&query["guid"]), "{}", query["guid"]);
    assert!(is_uuid(&query["uuid"]), "{}", query["uuid"]);
    assert_ne!(query["guid"], query["uuid"]);
    assert!(query["ts"].len() == 10 && query["ts"].bytes().all(|b| b.is_ascii_digit()));
    assert!(
        query["iso"].ends_with('Z') && query["iso"].contains('T'),
        "{}",
        query["iso"]
    );
    assert!(query["int"].parse::<u32>().is_ok_and(|n| n <= 1000));
}

/// A warning repeated across requests is one line with the count and the
/// first requests; `--verbose` gives each as it comes.
#[test]
fn a_warning_for_many_requests_is_one_line_with_a_count() {
    let server = TestServer::start();
    let items: Vec<serde_json::Value> = (1..=5)
        .map(|n| serde_json::json!({ "name": format!("r{n}"), "request": "{{baseUrl}}/get?x={{missing}}" }))
        .collect();
    let collection = serde_json::json!({ "info": { "name": "w" }, "item": items }).to_string();
    let run = TestRun::inline(&collection).against(&server).run();
    assert_eq!(run.code, 0, "{run:?}");
    let line = "warning: unresolved variable {{missing}}: 5 requests (r1, r2, r3, …; --verbose lists every one)";
    assert_eq!(
        run.stderr
            .matches("unresolved variable {{missing}}")
            .count(),
        1,
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(line), "{}", run.stderr);
    let verbose = TestRun::inline(&collection)
        .against(&server)
        .args(["--verbose"])
        .run();
    assert_eq!(
        verbose
            .stderr
            .matches("unresolved variable {{missing}}")
            .count(),
        5,
        "{}",
        verbose.stderr
    );
}
