//! Every limit holds, and its error names the flag that raises it: nothing
//! a collection or a server does makes postrun grow without bound or hang.

use crate::support::raw::{RawServer, endless_body, gzip_bomb};
use crate::support::{TestRun, TestServer};

fn one_request(url: &str) -> String {
    serde_json::json!({
        "info": { "name": "limits" },
        "item": [{ "name": "r", "request": url }]
    })
    .to_string()
}

#[test]
fn a_variable_expansion_bomb_fails_its_request_and_names_the_flag() {
    let server = TestServer::start();
    let run = TestRun::inline(&one_request("{{baseUrl}}/get?q={{lol}}"));
    let run = run
        .base_url(&server.url())
        .args(["--env-var", "lol={{lol}}{{lol}}{{lol}}{{lol}}"])
        .args(["--max-variable-size", "100000"])
        .run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.contains("--max-variable-size raises the limit"),
        "{}",
        run.stdout
    );
    assert!(server.requests().is_empty(), "nothing is sent");
    // In a dry run too: bounded, and said.
    let dry = TestRun::inline(&one_request("{{baseUrl}}/get?q={{lol}}"))
        .base_url(&server.url())
        .args(["--env-var", "lol={{lol}}{{lol}}{{lol}}{{lol}}", "--dry-run"])
        .run();
    assert!(dry.code <= 1, "{dry:?}");
}

#[test]
fn an_endless_body_is_cut_at_the_limit() {
    let server = RawServer::start(endless_body);
    let run = TestRun::inline(&one_request(&format!("{}/endless", server.url())))
        .args(["--max-response-size", "5000000"])
        .run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.contains(
            "the response body is larger than 5000000 bytes; --max-response-size raises the limit"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn a_gzip_bomb_is_cut_after_decompression() {
    let server = RawServer::start(gzip_bomb);
    let run = TestRun::inline(&one_request(&format!("{}/bomb", server.url())))
        .args(["--max-response-size", "10000000"])
        .run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("--max-response-size"), "{}", run.stdout);
}

#[test]
fn a_body_file_that_never_ends_is_refused() {
    let server = TestServer::start();
    let collection = serde_json::json!({
        "info": { "name": "limits" },
        "item": [{ "name": "upload", "request": { "method": "POST", "url": "{{baseUrl}}/post",
            "body": { "mode": "file", "file": { "src": "/dev/zero" } } } }]
    });
    let run = TestRun::inline(&collection.to_string())
        .base_url(&server.url())
        .args(["--max-request-size", "1000000"])
        .run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.contains("the body file /dev/zero is larger than 1000000 bytes; --max-request-size raises the limit"),
        "{}",
        run.stdout
    );
    assert!(server.requests().is_empty());
}

#[test]
fn a_request_that_sends_itself_again_forever_is_stopped() {
    let server = TestServer::start();
    let collection = serde_json::json!({
        "info": { "name": "loop" },
        "item": [
            { "name": "again", "event": [{ "listen": "test", "script": { "exec": [
                "postman.setNextRequest('again');"
            ] } }], "request": "{{baseUrl}}/get" },
            { "name": "never reached", "request": "{{baseUrl}}/status/204" }
        ]
    });
    let run = TestRun::inline(&collection.to_string())
        .against(&server)
        .args(["--max-item-repeats", "5", "-n", "2"])
        .run();
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.contains("already ran 5 times in this iteration"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("--max-item-repeats raises the limit"),
        "{}",
        run.stdout
    );
    assert_eq!(
        server.requests().len(),
        10,
        "5 per iteration, then the next iteration"
    );
}
