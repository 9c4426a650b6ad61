//! Failing requests do not stop a run; bad input stops it before it starts.

use crate::support::{TestRun, TestServer, fixture, postrun, run_fixture, totals_row};
use serde_json::Value;

const ERRORS: &str = "errors/request-errors.postman_collection.json";

#[test]
fn timeout_and_connection_refused_fail_those_requests_and_the_run_goes_on() {
    let server = TestServer::start();
    let outcome = run_fixture(
        &server,
        ERRORS,
        &["--timeout-request", "200", "--env-var", "closedPort=1"],
    );
    assert_eq!(outcome.code, 1, "{outcome:?}");
    let stdout = &outcome.stdout;
    let timed_out = "/delay/3 [errored]\n     request timed out after 200 ms\n";
    assert!(stdout.contains(timed_out), "{stdout}");
    let refused = "GET http://127.0.0.1:1/get [errored]\n     could not connect to 127.0.0.1:1: Connection refused";
    assert!(stdout.contains(refused), "{stdout}");
    assert_eq!(totals_row(stdout, "requests"), Some((3, 2)), "{stdout}");
    // The failure list, as Newman's: name, message, place, request.
    let entry = |number: &str, message: &str, request: &str| {
        let lines = [
            format!(" {number}.  RequestError  "),
            format!("{:19}{message}", ""),
            format!("{:19}at request", ""),
            format!("{:19}inside \"{request}\"", ""),
        ];
        let found: Vec<&str> = stdout
            .lines()
            .skip_while(|l| !l.starts_with(&lines[0]))
            .take(4)
            .map(str::trim_end)
            .collect();
        found == lines.iter().map(|l| l.trim_end()).collect::<Vec<_>>()
    };
    assert!(
        entry("1", "request timed out after 200 ms", "slow"),
        "{stdout}"
    );
    assert!(
        entry(
            "2",
            "could not connect to 127.0.0.1:1: Connection refused (ECONNREFUSED)",
            "refused"
        ),
        "{stdout}"
    );
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths,
        ["/delay/3", "/get"],
        "the request after the errors is still sent"
    );
}

/// The commonest first failure (`{{baseUrl}}` with no `-e`): the error
/// names the variable, and the JSON report has Node's fields for a host no
/// lookup finds, as Newman's (`getaddrinfo ENOTFOUND {{baseUrl}}`).
#[test]
fn a_host_left_as_an_unresolved_variable_says_so() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "u"}, "item": [
        {"name": "me", "request": "http://{{apiHost}}/me"},
        {"name": "next", "request": "{{baseUrl}}/get"}]}"#;
    let run = TestRun::inline(collection).against(&server);
    let json = run.path("r.json");
    let finished = run
        .args(["-r", "cli,json", "--reporter-json-export", &json])
        .run();
    assert_eq!(finished.code, 1, "{:?}", finished.outcome);
    let said = "could not look up host {{apiHost}}: the variable is not defined (ENOTFOUND)";
    assert!(finished.stdout.contains(said), "{}", finished.stdout);
    let report: Value = serde_json::from_str(&finished.file("r.json")).unwrap();
    let error = &report["run"]["executions"][0]["requestError"];
    assert_eq!(error["message"], said, "{error}");
    assert_eq!(
        (&error["code"], &error["syscall"], &error["hostname"]),
        (
            &"ENOTFOUND".into(),
            &"getaddrinfo".into(),
            &"{{apiHost}}".into()
        ),
        "{error}"
    );
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths, ["/get"], "the run goes on to the next request");
}

/// A header the wire cannot carry fails its request with the header's name
/// and Node's code (`ERR_INVALID_HTTP_TOKEN`, `ERR_INVALID_CHAR`), never
/// its value, and the run goes on.
#[test]
fn a_header_that_cannot_be_sent_is_named() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "h"}, "item": [
        {"name": "bad name", "request": {"method": "GET", "url": "{{baseUrl}}/get",
            "header": [{"key": "X Spaced", "value": "1"}]}},
        {"name": "bad value", "request": {"method": "GET", "url": "{{baseUrl}}/get",
            "header": [{"key": "X-Token", "value": "{{token}}"}]}},
        {"name": "next", "request": "{{baseUrl}}/get"}]}"#;
    let run = TestRun::inline(collection).against(&server);
    let json = run.path("r.json");
    let finished = run
        .args(["-r", "cli,json", "--reporter-json-export", &json])
        .args(["--env-var", "token=line\nbreak"])
        .run();
    assert_eq!(finished.code, 1, "{:?}", finished.outcome);
    assert!(
        finished.stdout.contains(r#"cannot send header "X Spaced""#),
        "{}",
        finished.stdout
    );
    assert!(finished.stdout.contains(r#"cannot send header "X-Token""#));
    assert!(!finished.stdout.contains("line\nbreak"));
    let report: Value = serde_json::from_str(&finished.file("r.json")).unwrap();
    let codes: Vec<&Value> = (0..2)
        .map(|i| &report["run"]["executions"][i]["requestError"]["code"])
        .collect();
    assert_eq!(codes, ["ERR_INVALID_HTTP_TOKEN", "ERR_INVALID_CHAR"]);
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths, ["/get"], "the run goes on to the next request");
}

#[test]
fn non_2xx_responses_do_not_fail_a_run_without_tests() {
    let server = TestServer::start();
    let outcome = run_fixture(
        &server,
        "run/nested-folders.postman_collection.json",
        &["--folder", "E"],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert!(
        outcome.stdout.contains("[500 Internal Server Error, "),
        "{}",
        outcome.stdout
    );
}

#[test]
fn ignore_redirects_reports_the_redirect_itself() {
    let server = TestServer::start();
    let collection = r#"{"info": {"name": "r"}, "item": [{"name": "redirect", "request": "{{baseUrl}}/redirect-to?url=/get"}]}"#;
    let followed = TestRun::inline(collection).against(&server).run();
    assert!(followed.stdout.contains("[200 OK, "), "{}", followed.stdout);
    let ignored = TestRun::inline(collection)
        .against(&server)
        .arg("--ignore-redirects")
        .run();
    assert!(
        ignored.stdout.contains("[302 Found, "),
        "{}",
        ignored.stdout
    );
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn cookies_set_by_a_response_are_sent_with_later_requests() {
    let server = TestServer::start();
    let outcome = TestRun::inline(
        r#"{"info": {"name": "c"}, "item": [
            {"name": "set", "request": "{{baseUrl}}/cookies/set?flavour=oat"},
            {"name": "read", "request": "{{baseUrl}}/headers"}]}"#,
    )
    .against(&server)
    .run();
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let last = server.requests().pop().unwrap();
    assert_eq!(last.path, "/headers");
    assert_eq!(last.header("cookie"), Some("flavour=oat"));
}

/// Runs a broken input file and returns stderr, checking exit code 2.
fn load_error(args: &[&str]) -> String {
    let outcome = postrun(args);
    assert_eq!(outcome.code, 2, "{outcome:?}");
    assert!(outcome.stdout.is_empty(), "{}", outcome.stdout);
    assert!(!outcome.stderr.contains("panicked"), "{}", outcome.stderr);
    outcome.stderr
}

#[test]
fn missing_collection_file() {
    let stderr = load_error(&["run", "fixtures/load/nope.json"]);
    assert!(
        stderr.starts_with("error: cannot read fixtures/load/nope.json\n  caused by: "),
        "{stderr}"
    );
}

#[test]
fn invalid_json_names_line_and_column() {
    let stderr = load_error(&["run", "fixtures/load/not-json.postman_collection.json"]);
    assert!(
        stderr.starts_with(
            "error: fixtures/load/not-json.postman_collection.json:5:5: not valid JSON\n"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("caused by: expected `,` or `]`"),
        "{stderr}"
    );
}

#[test]
fn wrong_shape_names_the_json_path() {
    let stderr = load_error(&["run", "fixtures/load/bad-shape.postman_collection.json"]);
    assert!(
        stderr.starts_with("error: fixtures/load/bad-shape.postman_collection.json:4:33: unexpected value at item[0].item: invalid type: integer `5`, expected a sequence\n"),
        "{stderr}"
    );
}

#[test]
fn environment_passed_as_collection() {
    let stderr = load_error(&["run", "fixtures/vars/precedence.postman_environment.json"]);
    assert!(
        stderr.contains(":1:1: this looks like an environment file; pass it with -e"),
        "{stderr}"
    );
}

#[test]
fn collection_passed_as_environment() {
    let collection = fixture("run/nested-folders.postman_collection.json");
    let stderr = load_error(&[
        "run",
        collection.to_str().unwrap(),
        "-e",
        collection.to_str().unwrap(),
    ]);
    assert!(
        stderr.contains("this looks like a collection, not an environment"),
        "{stderr}"
    );
}

#[test]
fn json_that_is_not_a_collection() {
    let stderr = load_error(&["run", "fixtures/load/no-items.json"]);
    assert!(
        stderr.contains("fixtures/load/no-items.json:1:1: not a Postman collection"),
        "{stderr}"
    );
}

#[test]
fn unsupported_schema_version() {
    let stderr = load_error(&["run", "fixtures/load/future-schema.postman_collection.json"]);
    assert!(
        stderr.contains(":1:1: unsupported collection format v9.0.0"),
        "{stderr}"
    );
}

/// A v1 collection runs, converted as Newman converts it, with a warning.
#[test]
fn v1_collections_are_converted_with_a_warning() {
    let outcome = crate::support::postrun(&[
        "run",
        "fixtures/load/v1.postman_collection.json",
        "--dry-run",
    ]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert!(
        outcome.stdout.contains("GET http://127.0.0.1/get"),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome
            .stderr
            .contains("is a v1 collection: converted to v2.1 as Newman converts it"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn broken_environment_file_names_itself() {
    let collection = fixture("run/nested-folders.postman_collection.json");
    let stderr = load_error(&[
        "run",
        collection.to_str().unwrap(),
        "-g",
        "fixtures/load/not-json.postman_collection.json",
    ]);
    assert!(
        stderr.contains("fixtures/load/not-json.postman_collection.json:5:5: not valid JSON"),
        "{stderr}"
    );
}

/// A value of the wrong type in an environment or globals file is named
/// by its place (line, column, JSON path), in either of the two shapes a
/// file may have (an object with `values`, or the bare list).
#[test]
fn a_mistyped_environment_value_is_named_by_its_place() {
    let collection = fixture("run/nested-folders.postman_collection.json");
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "{\"name\": \"dev\",\n \"values\": [{\"key\": \"a\", \"value\": \"1\", \"enabled\": \"yes\"}]}",
            "env.json:2:55: unexpected value at values[0].enabled: invalid type: string \"yes\", expected a boolean",
        ),
        (
            "[{\"key\": \"a\"}, 5]",
            "env.json:1:16: unexpected value at [1]: invalid type: integer `5`, expected a variable (`{\"key\": …, \"value\": …}`)",
        ),
    ];
    for (text, said) in cases {
        let env = dir.path().join("env.json");
        std::fs::write(&env, text).unwrap();
        let stderr = load_error(&[
            "run",
            collection.to_str().unwrap(),
            "-e",
            env.to_str().unwrap(),
        ]);
        assert!(stderr.contains(said), "{stderr}");
    }
}

#[test]
fn max_redirects_from_protocol_profile_behavior_is_honoured() {
    let server = TestServer::start();
    // Two hops: /redirect-to -> /redirect-to -> /get.
    let url = "{{baseUrl}}/redirect-to?url=%2Fredirect-to%3Furl%3D%252Fget";
    let collection = serde_json::json!({
        "info": { "name": "hops" },
        "item": [
            { "name": "one hop allowed", "request": url, "protocolProfileBehavior": { "maxRedirects": 1 } },
            { "name": "two hops allowed", "request": url, "protocolProfileBehavior": { "maxRedirects": 2 } },
            { "name": "default ten", "request": url }
        ]
    });
    let outcome = TestRun::inline(&collection.to_string())
        .against(&server)
        .run();
    assert_eq!(outcome.code, 1, "{outcome:?}");
    let stdout = &outcome.stdout;
    let blocks: Vec<&str> = stdout.split("→ ").skip(1).collect();
    assert!(blocks[0].contains("[errored]"), "{stdout}");
    assert!(blocks[1].contains("[200 OK"), "{stdout}");
    assert!(blocks[2].contains("[200 OK"), "{stdout}");
}
