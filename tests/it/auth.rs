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

/// Secrets of `fixtures/auth/signed` and what the auth made of them.
const SIGNED_SECRETS: [&str; 6] = [
    "cs-secret",
    "aws-secret/K7MDENG+bPxRfiCYEXAMPLEKEY",
    "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn",
    "jwt-secret-for-tests",
    "edge-secret=",
    "saved-token-1",
];

#[test]
fn every_signed_auth_type_is_accepted_by_a_server_that_verifies_it() {
    let server = TestServer::start();
    let finished = TestRun::fixture("auth/signed.postman_collection.json")
        .against(&server)
        .every_report()
        .run();
    assert_eq!(finished.code, 0, "{}", finished.stdout);
    let signed = server
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/auth/"))
        .count();
    assert_eq!(signed, 21, "one request per signed auth, none sent twice");
    for report in ["r.json", "r.xml", "r.html"] {
        let text = finished.file(report);
        for secret in SIGNED_SECRETS {
            assert!(!text.contains(secret), "{secret} in {report}");
        }
    }
    assert!(
        !finished.stdout.contains("saved-token-1"),
        "{}",
        finished.stdout
    );
}

#[test]
fn digest_answers_the_challenge_then_signs_at_once_for_the_same_auth() {
    let server = TestServer::start();
    let finished = TestRun::fixture("auth/digest.postman_collection.json")
        .against(&server)
        .run();
    assert_eq!(finished.code, 0, "{}", finished.stdout);
    let requests = server.requests();
    let folder: Vec<(&str, Option<&str>)> = requests
        .iter()
        .filter(|r| r.path == "/auth/digest/SHA-256/auth")
        .map(|r| (r.query.as_str(), r.header("authorization")))
        .collect();
    assert_eq!(folder.len(), 3, "{folder:?}");
    assert_eq!(folder[0], ("n=1", None), "first sent without credentials");
    assert!(folder[1].1.unwrap().contains("nc=00000001"), "{folder:?}");
    assert_eq!(folder[2].0, "n=2");
    assert!(folder[2].1.unwrap().contains("nc=00000002"), "{folder:?}");
    assert!(!finished.stdout.contains("password"), "{}", finished.stdout);
}

/// A collection whose requests use an oauth2 auth without a saved token.
fn oauth2_collection(params: &str) -> String {
    format!(
        r#"{{"info": {{"name": "oauth2"}},
        "auth": {{"type": "oauth2", "oauth2": {params}}},
        "item": [
          {{"name": "one", "request": {{"url": "{{{{baseUrl}}}}/headers?n=1"}}}},
          {{"name": "two", "request": {{"url": "{{{{baseUrl}}}}/headers?n=2"}}}}
        ]}}"#
    )
}

#[test]
fn oauth2_client_credentials_fetches_one_token_for_the_run() {
    let server = TestServer::start();
    let collection = oauth2_collection(
        r#"[{"key": "grant_type", "value": "client_credentials"},
            {"key": "accessTokenUrl", "value": "{{baseUrl}}/oauth/token"},
            {"key": "clientId", "value": "cid-postrun"},
            {"key": "clientSecret", "value": "csecret-postrun"},
            {"key": "scope", "value": "read write"}]"#,
    );
    let finished = TestRun::inline(&collection)
        .against(&server)
        .every_report()
        .run();
    assert_eq!(finished.code, 0, "{}", finished.stdout);
    let requests = server.requests();
    let fetches = requests.iter().filter(|r| r.path == "/oauth/token").count();
    assert_eq!(fetches, 1, "the token is fetched once and cached");
    let sent: Vec<_> = requests
        .iter()
        .filter(|r| r.path == "/headers")
        .map(|r| r.header("authorization"))
        .collect();
    assert_eq!(sent, [Some("Bearer cc-token-read+write"); 2]);
    for report in ["r.json", "r.xml", "r.html"] {
        let text = finished.file(report);
        assert!(!text.contains("cc-token-read+write"), "token in {report}");
        assert!(
            !text.contains("csecret-postrun"),
            "client secret in {report}"
        );
    }
}

#[test]
fn oauth2_password_grant_sends_client_credentials_in_the_body_when_asked() {
    let server = TestServer::start();
    let collection = oauth2_collection(
        r#"[{"key": "grant_type", "value": "password_credentials"},
            {"key": "accessTokenUrl", "value": "{{baseUrl}}/oauth/token"},
            {"key": "clientId", "value": "cid-postrun"},
            {"key": "clientSecret", "value": "csecret-postrun"},
            {"key": "client_authentication", "value": "body"},
            {"key": "username", "value": "postman"},
            {"key": "password", "value": "password"},
            {"key": "headerPrefix", "value": "Token"}]"#,
    );
    let finished = TestRun::inline(&collection).against(&server).run();
    assert_eq!(finished.code, 0, "{}", finished.stdout);
    let requests = server.requests();
    let token_request = requests.iter().find(|r| r.path == "/oauth/token").unwrap();
    assert_eq!(token_request.header("authorization"), None);
    assert!(token_request.text().contains("client_id=cid-postrun"));
    let last = requests.last().unwrap();
    assert_eq!(last.header("authorization"), Some("Token pw-token"));
}

#[test]
fn oauth2_token_failure_fails_the_request_and_says_why() {
    let server = TestServer::start();
    let collection = oauth2_collection(
        r#"[{"key": "grant_type", "value": "client_credentials"},
            {"key": "accessTokenUrl", "value": "{{baseUrl}}/oauth/token"},
            {"key": "clientId", "value": "cid-postrun"},
            {"key": "clientSecret", "value": "wrong"}]"#,
    );
    let finished = TestRun::inline(&collection).against(&server).run();
    assert_eq!(finished.code, 1, "{}", finished.stdout);
    assert!(
        finished
            .stdout
            .contains("oauth2 auth: the token request to http://127.0.0.1:")
            && finished.stdout.contains("was answered 401 Unauthorized"),
        "{}",
        finished.stdout
    );
    assert!(server.requests().iter().all(|r| r.path == "/oauth/token"));
}

#[test]
fn oauth2_interactive_grants_warn_with_the_way_out_and_dry_runs_fetch_nothing() {
    let server = TestServer::start();
    let collection = oauth2_collection(
        r#"[{"key": "grant_type", "value": "authorization_code"},
            {"key": "accessTokenUrl", "value": "{{baseUrl}}/oauth/token"}]"#,
    );
    let finished = TestRun::inline(&collection).against(&server).run();
    assert!(
        finished
            .stderr
            .contains("grant type `authorization_code` needs a browser")
            && finished.stderr.contains("--env-var token="),
        "{}",
        finished.stderr
    );
    let fetching = oauth2_collection(
        r#"[{"key": "grant_type", "value": "client_credentials"},
            {"key": "accessTokenUrl", "value": "{{baseUrl}}/oauth/token"}]"#,
    );
    let server = TestServer::start();
    TestRun::inline(&fetching)
        .base_url(&server.url())
        .arg("--dry-run")
        .run();
    assert!(server.requests().is_empty());
}

#[test]
fn ntlm_negotiates_then_authenticates_on_the_servers_challenge() {
    let server = TestServer::start();
    let finished = TestRun::fixture("auth/ntlm.postman_collection.json")
        .against(&server)
        .run();
    assert_eq!(finished.code, 0, "{}", finished.stdout);
    let first: Vec<Option<String>> = server
        .requests()
        .iter()
        .filter(|r| r.path == "/auth/ntlm" && r.query.is_empty() && r.method == "GET")
        .map(|r| {
            r.header("authorization")
                .map(|a| a.chars().take(8).collect())
        })
        .collect();
    assert_eq!(
        first,
        [
            None,
            Some("NTLM TlR".to_string()),
            Some("NTLM TlR".to_string())
        ],
        "unsigned, negotiate, authenticate"
    );
    assert!(!finished.stdout.contains("password"), "{}", finished.stdout);
}
