//! Collections and environments fetched by Postman UID (from the fake
//! Postman API) or by URL, with the API's errors made clear.

use crate::support::{API_KEY, TestServer, postrun_cmd};

fn run(server: &TestServer, args: &[&str], key: Option<&str>) -> crate::support::Outcome {
    let mut cmd = postrun_cmd();
    cmd.arg("run")
        .args(args)
        .args(["--postman-api-base-url", &server.url()]);
    if let Some(key) = key {
        cmd.env("POSTMAN_API_KEY", key);
    }
    let output = cmd.output().unwrap();
    crate::support::Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn smoke_args(server: &TestServer) -> Vec<String> {
    ["smoke", "-e", "smoke", "--folder", "Users", "--env-var"]
        .iter()
        .map(|s| s.to_string())
        .chain([
            format!("baseUrl={}", server.url()),
            "--secret-env".into(),
            "postman-api-key=POSTMAN_API_KEY".into(),
        ])
        .collect()
}

#[test]
fn collection_and_environment_by_uid_run_the_smoke_test() {
    let server = TestServer::start();
    let args = smoke_args(&server);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = run(&server, &args, Some(API_KEY));
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let paths: Vec<String> = server.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(paths, ["/collections/smoke", "/environments/smoke", "/me"]);
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.header("x-api-key") == Some(API_KEY))
    );
    assert!(
        outcome.stdout.contains("✓  Status code is 200"),
        "{}",
        outcome.stdout
    );
    assert!(!outcome.stdout.contains(API_KEY) && !outcome.stderr.contains(API_KEY));
}

#[test]
fn a_wrong_key_says_so_without_printing_it() {
    let server = TestServer::start();
    let wrong = "PMAK-wrong-key-that-must-not-be-printed";
    let outcome = run(&server, &["smoke"], Some(wrong));
    assert_eq!(outcome.code, 2);
    assert!(
        outcome.stderr.contains(
            "the Postman API rejected the API key (401) when fetching collection `smoke`"
        ),
        "{}",
        outcome.stderr
    );
    assert!(!outcome.stderr.contains(wrong));
}

#[test]
fn an_unknown_uid_is_a_404_error() {
    let server = TestServer::start();
    let outcome = run(&server, &["no-such-collection"], Some(API_KEY));
    assert_eq!(outcome.code, 2);
    assert!(
        outcome
            .stderr
            .contains("no collection `no-such-collection` (404 from"),
        "{}",
        outcome.stderr
    );
}

#[test]
fn a_uid_without_a_key_asks_for_one() {
    let server = TestServer::start();
    let outcome = run(&server, &["smoke"], None);
    assert_eq!(outcome.code, 2);
    assert!(
        outcome
            .stderr
            .contains("pass --postman-api-key or set POSTMAN_API_KEY"),
        "{}",
        outcome.stderr
    );
    assert!(server.requests().is_empty());
}

#[test]
fn rate_limiting_is_retried_after_the_wait() {
    let server = TestServer::start();
    let outcome = run(
        &server,
        &[
            "rate-limited",
            "--dry-run",
            "--env-var",
            "baseUrl=http://127.0.0.1:9",
        ],
        Some(API_KEY),
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let fetches = server
        .requests()
        .iter()
        .filter(|r| r.path == "/collections/rate-limited")
        .count();
    assert_eq!(fetches, 2, "429 once, then the collection");
}

#[test]
fn urls_are_fetched_as_they_are() {
    let server = TestServer::start();
    let collection = format!(
        "{}/files/run/nested-folders.postman_collection.json",
        server.url()
    );
    let environment = format!(
        "{}/files/vars/precedence.postman_environment.json",
        server.url()
    );
    let data = format!("{}/files/data/rows.json", server.url());
    let outcome = run(
        &server,
        &[&collection, "-e", &environment, "-d", &data, "--dry-run"],
        None,
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    // 5 requests × 2 data rows, one line each.
    let requests = outcome
        .stdout
        .lines()
        .filter(|l| !l.starts_with(' '))
        .count();
    assert_eq!(requests, 10, "{}", outcome.stdout);
}
