//! The CI smoke test of account access: `GET {{baseUrl}}/me` with the API key
//! from the collection-level apikey auth, against the fake Postman API.

use crate::support::{API_KEY, TestRun, TestServer};

const COLLECTION: &str = "examples/postman-api/postman-api.postman_collection.json";
const ENVIRONMENT: &str = "examples/postman-api/postman-api.postman_environment.json";

fn smoke(server: &TestServer, key: &str) -> crate::support::Outcome {
    TestRun::file(COLLECTION)
        .against(server)
        .args(["-e", ENVIRONMENT, "--folder", "Users"])
        .args(["--env-var", &format!("postman-api-key={key}")])
        .run()
        .outcome
}

#[test]
fn me_with_the_right_key_is_200_and_the_key_is_never_printed() {
    let server = TestServer::start();
    let outcome = smoke(&server, API_KEY);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    assert!(
        outcome.stdout.contains("Users\n↳ Get authenticated user\n"),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome.stdout.contains("✓  Status code is 200\n"),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome
            .stdout
            .contains("✓  Response has the authenticated user's id\n"),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome
            .stdout
            .contains(&format!("GET {}/me [200 OK, ", server.url())),
        "{}",
        outcome.stdout
    );
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].header("x-api-key"), Some(API_KEY));
    assert!(!outcome.stdout.contains(API_KEY) && !outcome.stderr.contains(API_KEY));
}

#[test]
fn me_with_a_wrong_key_fails_the_status_test_naming_the_401() {
    let server = TestServer::start();
    let wrong = "PMAK-ffffffffffffffffffffffff-ffffffffffffffffffffffffffffffffff";
    let outcome = smoke(&server, wrong);
    assert_eq!(outcome.code, 1, "{outcome:?}");
    assert!(
        outcome.stdout.contains("/me [401 Unauthorized, "),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome
            .stdout
            .contains("expected response to have status code 200 but got 401"),
        "{}",
        outcome.stdout
    );
    assert!(!outcome.stdout.contains(wrong) && !outcome.stderr.contains(wrong));
}

#[test]
fn the_example_environment_keeps_the_key_secret_and_empty() {
    let env = postrun::load::load_environment(std::path::Path::new(ENVIRONMENT)).unwrap();
    let key = env
        .values
        .iter()
        .find(|v| v.key == "postman-api-key")
        .unwrap();
    assert_eq!(key.kind, postrun::load::VarType::Secret);
    assert_eq!(key.value, "");
}
