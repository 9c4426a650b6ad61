//! The mock server: which saved example answers which request, `postrun
//! run --mock`, and the real Postman API collection run offline.

use std::net::SocketAddr;

use crate::support::{corpus, fixture, postrun};
use postrun::mock::{MockError, MockOptions, MockServer};

fn server(collection: &str) -> MockServer {
    let collection = postrun::load::load_collection(&fixture(collection)).unwrap();
    MockServer::start(
        &collection,
        SocketAddr::from(([127, 0, 0, 1], 0)),
        false,
        MockOptions::default(),
    )
    .unwrap()
}

/// `(status, X-Example header, body)` of a request to the mock.
fn ask(
    server: &MockServer,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, String, String) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = reqwest::Client::new().request(method, format!("{}{path}", server.url()));
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let example = response
            .headers()
            .get("x-example")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        (status, example, response.text().await.unwrap())
    })
}

#[test]
fn method_and_path_with_variables_pick_the_example_and_the_first_is_the_default() {
    let mock = server("mock/routes.postman_collection.json");
    assert_eq!(
        ask(&mock, "GET", "/users/42", &[]),
        (200, "found".into(), r#"{"id": 1}"#.into())
    );
    assert_eq!(ask(&mock, "POST", "/users", &[]).0, 201);
    assert_eq!(
        ask(&mock, "GET", "/users/me", &[]).1,
        "me",
        "a literal segment beats a variable"
    );
}

#[test]
fn query_parameters_and_mock_headers_choose_between_examples() {
    let mock = server("mock/routes.postman_collection.json");
    assert_eq!(ask(&mock, "GET", "/search?q=b", &[]).1, "search b");
    assert_eq!(ask(&mock, "GET", "/search?q=a", &[]).1, "search a");
    assert_eq!(
        ask(
            &mock,
            "GET",
            "/users/1",
            &[("x-mock-response-name", "missing")]
        ),
        (404, "missing".into(), r#"{"error": "no such user"}"#.into())
    );
    assert_eq!(
        ask(&mock, "GET", "/users/1", &[("x-mock-response-code", "404")]).1,
        "missing"
    );
}

#[test]
fn nothing_matching_is_a_404_listing_the_closest_routes() {
    let mock = server("mock/routes.postman_collection.json");
    let (status, _, body) = ask(&mock, "GET", "/user/1", &[]);
    assert_eq!(status, 404);
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["error"], "no saved example matches GET /user/1");
    let closest: Vec<&str> = body["closest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert!(
        closest.contains(&"GET /users/:var") && closest.contains(&"GET /users/me"),
        "{closest:?}"
    );
}

#[test]
fn the_server_refuses_public_addresses_unless_asked() {
    let collection =
        postrun::load::load_collection(&fixture("mock/routes.postman_collection.json")).unwrap();
    let public = SocketAddr::from(([0, 0, 0, 0], 0));
    let refused = MockServer::start(&collection, public, false, MockOptions::default());
    assert!(matches!(refused, Err(MockError::NotLoopback(_))));
}

#[test]
fn run_mock_passes_the_example_offline_and_junit_lists_every_request() {
    let dir = tempfile::tempdir().unwrap();
    let junit = dir.path().join("report.xml");
    let outcome = postrun(&[
        "run",
        "examples/postman-api/postman-api.postman_collection.json",
        "--mock",
        "-r",
        "cli,junit",
        "--reporter-junit-export",
        junit.to_str().unwrap(),
    ]);
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let xml = std::fs::read_to_string(&junit).unwrap();
    for request in [
        "Users / Get authenticated user",
        "Workspaces / Get all workspaces",
        "Collections / Get all collections",
        "Collections / Get a collection",
        "Environments / Get all environments",
    ] {
        assert!(
            xml.contains(&format!("<testsuite name=\"{request}\"")),
            "{request} missing from {xml}"
        );
    }
    assert!(
        outcome.stdout.contains("✓  Status code is 200"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn run_mock_sends_nothing_to_other_hosts() {
    let outcome = postrun(&[
        "run",
        fixture("mock/routes.postman_collection.json")
            .to_str()
            .unwrap(),
        "--mock",
    ]);
    assert_eq!(outcome.code, 1, "{outcome:?}");
    assert!(
        outcome
            .stdout
            .contains("--mock sends nothing off this machine: elsewhere.example is not a host"),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome.stdout.contains("/users/1 [200 OK"),
        "{}",
        outcome.stdout
    );
}

#[test]
fn the_real_postman_api_collection_runs_under_mock() {
    let path = corpus()
        .unwrap()
        .join("postman-api/postman-api.postman_collection.json");
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("run.json");
    let outcome = postrun(&[
        "run",
        path.to_str().unwrap(),
        "--mock",
        "--silent",
        "-r",
        "json",
        "--reporter-json-export",
        json.to_str().unwrap(),
    ]);
    assert!(outcome.code == 0 || outcome.code == 1, "{outcome:?}");
    let run: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let executions = run["run"]["executions"].as_array().unwrap();
    assert_eq!(executions.len(), 170, "every request ran");
    let answered = executions
        .iter()
        .filter(|e| {
            e["response"]["code"].as_u64().is_some_and(|c| {
                c != 404 || e["response"]["header"].to_string().contains("X-Example")
            })
        })
        .count();
    let stats = &run["run"]["stats"]["assertions"];
    println!("{answered} of 170 requests answered by an example; assertions: {stats}");
    assert!(
        answered >= 150,
        "only {answered} of 170 requests matched a saved example"
    );
    assert_eq!(
        run["run"]["stats"]["requests"]["failed"], 0,
        "nothing was refused: every host is one the examples use"
    );
}

#[test]
fn mock_delay_uses_the_saved_response_time_or_a_fixed_delay() {
    let collection =
        postrun::load::load_collection(&fixture("mock/routes.postman_collection.json")).unwrap();
    let local = SocketAddr::from(([127, 0, 0, 1], 0));
    let timed = |delay| {
        let options = MockOptions {
            delay: Some(delay),
            log: None,
        };
        let mock = MockServer::start(&collection, local, false, options).unwrap();
        let started = std::time::Instant::now();
        let (status, ..) = ask(&mock, "POST", "/users", &[]);
        assert_eq!(status, 201);
        started.elapsed()
    };
    // The "created" example was saved with a 250 ms response time.
    assert!(timed("saved".parse().unwrap()) >= std::time::Duration::from_millis(250));
    assert!(timed("120".parse().unwrap()) >= std::time::Duration::from_millis(120));
    assert!("soon".parse::<postrun::mock::MockDelay>().is_err());
}

/// `--mock` answers every host the examples use, however it is written:
/// a leading variable of any name (with a path in it), a variable inside
/// the URL, an explicit default port on either side, and examples saved
/// without a host (matched by path). Any other host still gets nothing.
#[test]
fn run_mock_routes_every_host_the_examples_use() {
    let example = |name: &str, url: &str, body: &str| {
        serde_json::json!({
            "name": name, "originalRequest": { "method": "GET", "url": url },
            "code": 200, "status": "OK", "body": body
        })
    };
    let item = |name: &str, url: &str, example_url: &str, body: &str| {
        serde_json::json!({
            "name": name,
            "request": { "method": "GET", "url": url },
            "response": [example(name, example_url, body)],
            "event": [{ "listen": "test", "script": { "exec": [
                format!("pm.test('{name} answered from its example', () => pm.expect(pm.response.text()).to.equal('{body}'));")
            ] } }]
        })
    };
    let collection = serde_json::json!({
        "info": { "name": "hosts" },
        "variable": [
            { "key": "base_url", "value": "https://api.example.com/v1" },
            { "key": "env_url", "value": "other.example.com" }
        ],
        "item": [
            item("leading variable", "{{base_url}}/users", "{{base_url}}/users", "users"),
            item("variable inside", "https://{{env_url}}/things", "https://{{env_url}}/things", "things"),
            item("default port in the example", "https://ports.example.com/p", "https://ports.example.com:443/p", "port"),
            item("default port in the request", "http://plain.example.com:80/q", "http://plain.example.com/q", "plain"),
            item("no host in the example", "https://anywhere.example.org/orders/7", "/orders/:id", "order"),
            { "name": "elsewhere", "request": "https://elsewhere.example.net/x" }
        ]
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hosts.json");
    std::fs::write(&path, collection.to_string()).unwrap();
    let outcome = postrun(&["run", path.to_str().unwrap(), "--mock"]);
    for name in [
        "leading variable",
        "variable inside",
        "default port in the example",
        "default port in the request",
        "no host in the example",
    ] {
        assert!(
            outcome
                .stdout
                .contains(&format!("✓  {name} answered from its example")),
            "{name}:\n{}",
            outcome.stdout
        );
    }
    assert!(
        outcome
            .stdout
            .contains("elsewhere.example.net is not a host the collection's examples use"),
        "{}",
        outcome.stdout
    );
    assert_eq!(
        outcome.code, 1,
        "only the request to the other host fails: {outcome:?}"
    );
}
