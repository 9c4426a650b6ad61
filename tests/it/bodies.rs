//! Each body mode as the echo server receives it.

use crate::support::{Recorded, TestServer, run_fixture};
use serde_json::Value;

/// Runs one request of the fixture and returns what the server received.
fn sent(name: &str) -> Recorded {
    let server = TestServer::start();
    let outcome = run_fixture(
        &server,
        "bodies/body-modes.postman_collection.json",
        &["--folder", name],
    );
    assert_eq!(outcome.code, 0, "{outcome:?}");
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    requests[0].clone()
}

#[test]
fn raw_json_gets_json_content_type_and_resolved_text() {
    let request = sent("raw json");
    assert_eq!(request.method, "POST");
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.text(), r#"{"name": "postrun"}"#);
}

#[test]
fn raw_without_language_is_text_plain() {
    let request = sent("raw text");
    assert_eq!(request.header("content-type"), Some("text/plain"));
    assert_eq!(request.text(), "hello postrun");
}

#[test]
fn a_content_type_header_in_the_collection_wins() {
    let request = sent("raw with own content type");
    assert_eq!(
        request.header("content-type"),
        Some("application/vnd.custom+json")
    );
    assert_eq!(
        request
            .headers
            .iter()
            .filter(|(k, _)| k == "content-type")
            .count(),
        1
    );
}

#[test]
fn urlencoded_skips_disabled_fields_and_encodes() {
    let request = sent("urlencoded");
    assert_eq!(
        request.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(request.text(), "a=1%20%26%202&who=postrun");
}

#[test]
fn formdata_sends_text_and_file_parts_with_a_boundary() {
    let request = sent("formdata");
    let content_type = request.header("content-type").unwrap();
    assert!(
        content_type.starts_with("multipart/form-data; boundary="),
        "{content_type}"
    );
    let body = request.text();
    assert!(body.contains("name=\"field\"\r\n\r\npostrun\r\n"), "{body}");
    assert!(
        body.contains("name=\"upload\"; filename=\"upload.txt\""),
        "{body}"
    );
    assert!(body.contains("file body from postrun\n"), "{body}");
    assert!(!body.contains("skipped"), "{body}");
}

#[test]
fn file_body_sends_the_file_bytes() {
    let request = sent("file");
    assert_eq!(
        request.body,
        std::fs::read(crate::support::fixture("bodies/upload.txt")).unwrap()
    );
}

#[test]
fn graphql_is_sent_as_json_query_and_variables() {
    let request = sent("graphql");
    assert_eq!(request.header("content-type"), Some("application/json"));
    let body: Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(body["query"], "query { user(name: \"postrun\") { id } }");
    assert_eq!(body["variables"], serde_json::json!({ "limit": 2 }));
}

#[test]
fn get_bodies_are_pruned_as_postman_does() {
    let request = sent("GET body is pruned");
    assert!(request.body.is_empty());
    assert_eq!(request.header("content-type"), None);
}

#[test]
fn disabled_body_is_not_sent() {
    let request = sent("disabled body");
    assert!(request.body.is_empty());
}

#[test]
fn missing_body_file_is_a_request_error_and_the_run_goes_on() {
    let server = TestServer::start();
    // From another folder, the fixture's relative body file is not there.
    let outcome = crate::support::TestRun::fixture("bodies/body-modes.postman_collection.json")
        .against(&server)
        .in_own_folder()
        .args(["--folder", "file", "--folder", "graphql"])
        .run();
    let stdout = &outcome.stdout;
    assert_eq!(outcome.code, 1, "{stdout}");
    assert!(
        stdout.contains("cannot read body file fixtures/bodies/upload.txt"),
        "{stdout}"
    );
    assert_eq!(server.requests().len(), 1, "graphql still sent");
}

#[test]
fn working_dir_is_where_relative_body_files_are_read_from() {
    let server = TestServer::start();
    let root = env!("CARGO_MANIFEST_DIR");
    let outcome = crate::support::TestRun::fixture("bodies/body-modes.postman_collection.json")
        .against(&server)
        .in_own_folder()
        .args(["--folder", "file", "--working-dir", root])
        .run();
    assert_eq!(outcome.code, 0, "{}", outcome.stdout);
    let expected = std::fs::read(crate::support::fixture("bodies/upload.txt")).unwrap();
    assert_eq!(server.requests()[0].body, expected);
}

#[test]
fn no_insecure_file_read_refuses_files_outside_the_working_dir() {
    let collection = r#"{"info": {"name": "files"}, "item": [
        {"name": "inside", "request": {"method": "POST", "url": "{{baseUrl}}/post",
          "body": {"mode": "file", "file": {"src": "inside.txt"}}}},
        {"name": "outside", "request": {"method": "POST", "url": "{{baseUrl}}/post",
          "body": {"mode": "file", "file": {"src": "../outside.txt"}}}}]}"#;
    let server = TestServer::start();
    let run = crate::support::TestRun::inline(collection).against(&server);
    run.write("outside.txt", "not for sending");
    std::fs::create_dir(run.path("work")).unwrap();
    run.write("work/inside.txt", "fine");
    let work = run.path("work");
    let outcome = run
        .args(["--working-dir", &work, "--no-insecure-file-read"])
        .run();
    let stdout = &outcome.stdout;
    assert_eq!(outcome.code, 1, "{stdout}");
    assert!(
        stdout.contains("outside.txt is outside the working directory")
            && stdout.contains("--no-insecure-file-read refuses it"),
        "{stdout}"
    );
    let bodies: Vec<String> = server.requests().iter().map(|r| r.text()).collect();
    assert_eq!(bodies, ["fine"], "only the file inside is read and sent");
}

/// A form's and a file's length is known only as they go out: test
/// scripts see it as `Content-Length`, as Newman's do, and it is what the
/// server got.
#[test]
fn a_form_and_a_file_carry_their_sent_length_to_test_scripts() {
    let server = TestServer::start();
    let body = |mode: serde_json::Value| {
        serde_json::json!({
            "name": "sent",
            "event": [{ "listen": "test", "script": { "exec": [
                "pm.test('length ' + pm.request.headers.get('Content-Length'), () => {});"
            ] } }],
            "request": { "method": "POST", "url": "{{baseUrl}}/post", "body": mode }
        })
    };
    let upload = crate::support::fixture("bodies/upload.txt");
    let collection = serde_json::json!({
        "info": { "name": "lengths", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
        "item": [
            body(serde_json::json!({ "mode": "formdata", "formdata": [{ "key": "a", "value": "1", "type": "text" }] })),
            body(serde_json::json!({ "mode": "file", "file": { "src": upload.to_string_lossy() } }))
        ]
    });
    let run = crate::support::TestRun::inline(&collection.to_string()).against(&server);
    let finished = run.run();
    assert_eq!(finished.code, 0, "{finished:?}");
    let received: Vec<usize> = server.requests().iter().map(|r| r.body.len()).collect();
    assert_eq!(received.len(), 2);
    for length in received {
        assert!(
            finished.stdout.contains(&format!("length {length}")),
            "{length}: {}",
            finished.stdout
        );
    }
}

/// Header names on the wire, read by a socket that keeps their case:
/// Newman sends the ones Node adds in title case (`User-Agent`,
/// `Content-Length`); postrun writes every name so (hyper keeps no written
/// case), which is also how most collections write theirs.
#[test]
fn header_names_go_out_in_title_case() {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/x", listener.local_addr().unwrap());
    let head = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream);
        let mut names = Vec::new();
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap() > 0 && line != "\r\n" {
            if let Some((name, _)) = line.split_once(':') {
                names.push(name.to_string());
            }
            line.clear();
        }
        let body = "{}";
        let answer = format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        reader.get_mut().write_all(answer.as_bytes()).unwrap();
        names
    });
    let collection = serde_json::json!({
        "info": { "name": "wire case" },
        "item": [{ "name": "case", "request": {
            "method": "POST", "url": url,
            "header": [{ "key": "x-api-key", "value": "k" }],
            "body": { "mode": "raw", "raw": "{}", "options": { "raw": { "language": "json" } } }
        } }]
    })
    .to_string();
    let finished = crate::support::TestRun::inline(&collection)
        .args(["--silent"])
        .run();
    assert_eq!(finished.code, 0, "{}", finished.stdout);
    let names = head.join().unwrap();
    for name in [
        "X-Api-Key",
        "Content-Type",
        "User-Agent",
        "Accept",
        "Postman-Token",
        "Host",
        "Content-Length",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
}
