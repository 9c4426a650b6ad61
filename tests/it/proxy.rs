//! Proxies from the environment (`HTTP_PROXY`, `HTTPS_PROXY`, `NO_PROXY`,
//! upper or lower case, with credentials), through a local proxy that
//! records what passed through it and answers itself: nothing leaves the
//! machine, and the hosts asked for are never resolved.

use std::io::{BufRead as _, BufReader, Write as _};
use std::sync::{Arc, Mutex};

use crate::support::{TestRun, TestServer};

/// The request line and `Proxy-Authorization` of each request received.
type Seen = Arc<Mutex<Vec<(String, Option<String>)>>>;

/// A proxy on 127.0.0.1: plain requests get `200 via proxy`; `CONNECT`
/// (HTTPS) is recorded and refused.
fn recording_proxy() -> (u16, Seen) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen: Seen = Arc::default();
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let log = log.clone();
            std::thread::spawn(move || answer(stream, &log));
        }
    });
    (port, seen)
}

fn answer(stream: std::net::TcpStream, log: &Seen) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut auth = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("proxy-authorization")
        {
            auth = Some(value.trim().to_string());
        }
    }
    log.lock().unwrap().push((line.trim().to_string(), auth));
    let mut stream = stream;
    let reply = if line.starts_with("CONNECT") {
        "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"
    } else {
        "HTTP/1.1 200 OK\r\nContent-Length: 9\r\nConnection: close\r\n\r\nvia proxy"
    };
    stream.write_all(reply.as_bytes()).ok();
}

fn collection(urls: &[&str]) -> String {
    let items: Vec<String> = urls
        .iter()
        .enumerate()
        .map(|(i, url)| format!(r#"{{"name": "r{i}", "request": {{"url": "{url}"}}}}"#))
        .collect();
    format!(
        r#"{{"info": {{"name": "proxy"}}, "item": [{}]}}"#,
        items.join(",")
    )
}

#[test]
fn http_proxy_from_the_environment_carries_requests_with_its_credentials() {
    let (port, seen) = recording_proxy();
    let finished = TestRun::inline(&collection(&["http://api.example.test/v1/me?x=1"]))
        .env(
            "HTTP_PROXY",
            &format!("http://user:p%40ss@127.0.0.1:{port}"),
        )
        .run();
    assert_eq!(finished.code, 0, "{}", finished.stdout);
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].0, "GET http://api.example.test/v1/me?x=1 HTTP/1.1");
    // user:p@ss, the password percent-decoded as curl and Newman do.
    assert_eq!(seen[0].1.as_deref(), Some("Basic dXNlcjpwQHNz"));
    assert!(!finished.stdout.contains("p%40ss") && !finished.stdout.contains("p@ss"));
}

#[test]
fn https_proxy_tunnels_https_and_no_proxy_goes_direct() {
    let (port, seen) = recording_proxy();
    let server = TestServer::start();
    let direct = format!("{}/get", server.url());
    let finished = TestRun::inline(&collection(&["https://secure.example.test/", &direct]))
        .env("https_proxy", &format!("http://127.0.0.1:{port}"))
        .env("HTTP_PROXY", &format!("http://127.0.0.1:{port}"))
        .env("NO_PROXY", "127.0.0.1")
        .run();
    let seen = seen.lock().unwrap().clone();
    assert_eq!(
        seen.iter()
            .map(|(line, _)| line.as_str())
            .collect::<Vec<_>>(),
        ["CONNECT secure.example.test:443 HTTP/1.1"],
        "only the HTTPS request went through the proxy"
    );
    assert_eq!(finished.code, 1, "the proxy refused the tunnel");
    assert_eq!(server.requests().len(), 1, "NO_PROXY: sent directly");
}

/// A proxy that is down is named as what refused the connection, not the
/// API behind it (Newman: `connect ECONNREFUSED 127.0.0.1:PORT`, the
/// proxy's), in the terminal and in the JSON report's error fields; its
/// credentials stay out of both.
#[test]
fn a_dead_proxy_is_named_as_what_refused() {
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = dead.local_addr().unwrap().port();
    drop(dead);
    let run = TestRun::inline(&collection(&["http://api.example.test/v1/me"]));
    let report = run.path("report.json");
    let finished = run
        .env(
            "HTTP_PROXY",
            &format!("http://user:hunter2@127.0.0.1:{port}"),
        )
        .args(["-r", "cli,json", "--reporter-json-export", &report])
        .run();
    assert_eq!(finished.code, 1, "{}", finished.stdout);
    let said = format!(
        "could not connect to proxy 127.0.0.1:{port} (for api.example.test:80): Connection refused (ECONNREFUSED)"
    );
    assert!(finished.stdout.contains(&said), "{}", finished.stdout);
    let json: serde_json::Value = serde_json::from_str(&finished.file("report.json")).unwrap();
    let error = &json["run"]["executions"][0]["requestError"];
    assert_eq!(
        (&error["address"], &error["port"]),
        (&serde_json::json!("127.0.0.1"), &serde_json::json!(port))
    );
    for output in [
        &finished.stdout,
        &finished.stderr,
        &finished.file("report.json"),
    ] {
        assert!(!output.contains("hunter2"), "{output}");
    }
}
