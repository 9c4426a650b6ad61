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

/// A Newman command line that names the collection and environment by
/// Postman API URL with `?apikey=`: both load (the API's
/// `{"collection": …}` envelope unwrapped) and the key appears nowhere.
#[test]
fn postman_api_urls_with_the_key_in_them_run_and_hide_the_key() {
    let server = TestServer::start();
    let url = |kind: &str| format!("{}/{kind}/smoke?apikey={API_KEY}", server.url());
    let outcome = run(
        &server,
        &[
            &url("collections"),
            "-e",
            &url("environments"),
            "--folder",
            "Users",
            "--env-var",
            &format!("baseUrl={}", server.url()),
            "--dry-run",
        ],
        None,
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert!(outcome.stdout.contains("/me"), "{}", outcome.stdout);
    let missing = run(
        &server,
        &[&format!(
            "{}/collections/nope?apikey={API_KEY}",
            server.url()
        )],
        None,
    );
    assert_eq!(missing.code, 2, "{missing:?}");
    assert!(
        missing.stderr.contains("apikey=********"),
        "{}",
        missing.stderr
    );
    // The `variables:` line names the environment by its URL, key masked.
    assert!(
        outcome
            .stderr
            .contains("environments/smoke?apikey=********"),
        "{}",
        outcome.stderr
    );
    for output in [
        &outcome.stdout,
        &outcome.stderr,
        &missing.stderr,
        &missing.stdout,
    ] {
        assert!(!output.contains(API_KEY), "{output}");
    }
}

/// The Postman API's answers committed as files (`{"collection": …}`,
/// `{"environment": …}`) load as Newman loads them; an error inside one
/// names its place.
#[test]
fn postman_api_envelopes_load_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let example = |kind: &str| {
        let path = format!(
            "{}/examples/postman-api/postman-api.postman_{kind}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let write = |name: &str, value: serde_json::Value| {
        let path = dir.path().join(name);
        std::fs::write(&path, value.to_string()).unwrap();
        path.to_str().unwrap().to_string()
    };
    let collection = write(
        "c.json",
        serde_json::json!({ "collection": example("collection") }),
    );
    let environment = write(
        "e.json",
        serde_json::json!({ "environment": example("environment") }),
    );
    let outcome = crate::support::postrun(&[
        "run",
        &collection,
        "-e",
        &environment,
        "--dry-run",
        "--folder",
        "Users",
    ]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert!(outcome.stdout.contains("/me"), "{}", outcome.stdout);
    let broken = write(
        "b.json",
        serde_json::json!({ "collection": { "info": { "name": "x" }, "item": [{ "name": "a", "request": { "url": "http://x", "header": 7 } }] } }),
    );
    let outcome = crate::support::postrun(&["run", &broken, "--dry-run"]);
    assert_eq!(outcome.code, 2, "{outcome:?}");
    assert!(
        outcome.stderr.contains("b.json:1:")
            && outcome.stderr.contains("collection.item[0].request.header"),
        "{}",
        outcome.stderr
    );
}
