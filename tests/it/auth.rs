//! Auth types and their inheritance request → folder → collection.

use crate::support::{Recorded, TestRun, TestServer};

const AUTH: &str = "auth/inheritance.postman_collection.json";

/// Runs the auth fixture; the callers assert on the requests it sent (none
/// for `--dry-run`).
fn run_auth(extra: &[&str]) -> (crate::support::Outcome, Vec<Recorded>) {
    let server = TestServer::start();
    let finished = TestRun::fixture(AUTH)
        .base_url(&server.url())
        .args(["--env-var", "token=tok-123"])
        .args(extra)
        .run();
    (finished.outcome, server.requests())
}

fn by_case<'r>(requests: &'r [Recorded], case: &str) -> &'r Recorded {
    let query = format!("case={case}");
    requests
        .iter()
        .find(|r| r.query.split('&').any(|pair| pair == query))
        .unwrap_or_else(|| panic!("no request with {query}"))
}

#[test]
fn every_request_gets_the_auth_it_inherits() {
    let (outcome, requests) = run_auth(&[]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert_eq!(requests.len(), 9);

    let collection = by_case(&requests, "collection");
    assert_eq!(collection.header("x-api-key"), Some("collection-key"));
    assert_eq!(collection.header("authorization"), None);

    let inherit = by_case(&requests, "inherit");
    assert_eq!(inherit.header("x-api-key"), Some("collection-key"));

    let bearer = by_case(&requests, "bearer");
    assert_eq!(bearer.header("authorization"), Some("Bearer tok-123"));
    assert_eq!(
        bearer.header("x-api-key"),
        None,
        "the folder's auth replaces the collection's"
    );

    let noauth = by_case(&requests, "noauth");
    assert_eq!(noauth.header("authorization"), None);
    assert_eq!(noauth.header("x-api-key"), None);

    let deep = by_case(&requests, "deep");
    assert_eq!(deep.header("authorization"), Some("Bearer tok-123"));

    let v20 = by_case(&requests, "v20");
    assert_eq!(v20.header("authorization"), Some("Bearer object-form"));
}

#[test]
fn basic_auth_is_accepted_by_the_server() {
    let (outcome, requests) = run_auth(&["--folder", "basic"]);
    assert_eq!(
        requests[0].header("authorization"),
        Some("Basic cG9zdG1hbjpwYXNzd29yZA==")
    );
    assert!(
        outcome.stdout.contains("/basic-auth [200 OK"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn apikey_in_query_is_appended_to_the_url() {
    let (_, requests) = run_auth(&["--folder", "apikey in query"]);
    assert_eq!(requests[0].query, "case=query&api_key=q-collection-key");
    assert_eq!(requests[0].header("x-api-key"), None);
}

#[test]
fn auth_replaces_a_header_of_the_same_name() {
    let (_, requests) = run_auth(&["--folder", "auth overrides header"]);
    let values: Vec<&str> = requests[0]
        .headers
        .iter()
        .filter(|(k, _)| k == "x-api-key")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(values, ["collection-key"]);
}

#[test]
fn dry_run_masks_credential_headers() {
    let (outcome, requests) = run_auth(&[
        "--dry-run",
        "--folder",
        "basic",
        "--folder",
        "inherits bearer",
    ]);
    assert!(requests.is_empty());
    assert!(
        outcome.stdout.contains("    Authorization: ********\n"),
        "{}",
        outcome.stdout
    );
    assert!(!outcome.stdout.contains("tok-123"), "{}", outcome.stdout);
    assert!(
        !outcome.stdout.contains("cG9zdG1hbjpwYXNzd29yZA"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn unsupported_auth_types_warn_and_send_without_auth() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("digest.postman_collection.json");
    std::fs::write(
        &path,
        r#"{"info": {"name": "d"}, "item": [{"name": "digest", "request": {"url": "{{baseUrl}}/get",
            "auth": {"type": "digest", "digest": [{"key": "username", "value": "u"}]}}}]}"#,
    )
    .unwrap();
    let server = TestServer::start();
    let outcome = crate::support::postrun(&[
        "run",
        path.to_str().unwrap(),
        "--env-var",
        &format!("baseUrl={}", server.url()),
    ]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert!(
        outcome
            .stderr
            .contains("auth type `digest` is not supported yet"),
        "{}",
        outcome.stderr
    );
    assert_eq!(server.requests()[0].header("authorization"), None);
}
