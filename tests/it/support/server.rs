//! An in-process HTTP server for tests, benchmarks and the parity harness:
//! postman-echo style endpoints plus a fake Postman API (`GET /me`).
//!
//! It binds `127.0.0.1:0`, runs on its own thread and runtime, records every
//! request it receives, and stops when dropped.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use serde_json::{Map, Value, json};

/// The API key the fake Postman API accepts.
pub const API_KEY: &str = "PMAK-0123456789abcdef01234567-0123456789abcdef0123456789abcdef01";

/// One request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// Method.
    pub method: String,
    /// Path without the query.
    pub path: String,
    /// Raw query string (empty when none).
    pub query: String,
    /// Headers, names lower-cased, in order.
    pub headers: Vec<(String, String)>,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The first value of a header, by lower-case name.
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Every request received, and how many went to each path (so answering
/// stays O(1) however long a run is: benchmarks send thousands).
#[derive(Default)]
struct Received {
    requests: Vec<Recorded>,
    per_path: std::collections::HashMap<String, usize>,
    /// Requests being answered now, and the most there were at once.
    in_flight: usize,
    most_in_flight: usize,
    /// The client ends of the connections requests came on.
    peers: std::collections::HashSet<SocketAddr>,
}

type Log = Arc<Mutex<Received>>;

/// A running server; stops on drop. A test that expects the run to reach
/// it says so ([`TestServer::expect_requests`]), and dropping a server
/// that was never called then fails the test.
pub struct TestServer {
    addr: SocketAddr,
    log: Log,
    expect_requests: std::sync::atomic::AtomicBool,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestServer {
    /// Starts a server on a free port of 127.0.0.1.
    pub fn start() -> TestServer {
        Self::start_on(0)
    }

    /// Starts a server on 127.0.0.1:`port` (0 picks a free one).
    pub fn start_on(port: u16) -> TestServer {
        let log: Log = Arc::default();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        let state = log.clone();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("test server runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
                    .await
                    .expect("bind 127.0.0.1");
                addr_tx
                    .send(listener.local_addr().expect("local addr"))
                    .ok();
                let app = axum::Router::new().fallback(handle).with_state(state);
                let app = app.into_make_service_with_connect_info::<SocketAddr>();
                axum::serve(listener, app)
                    .with_graceful_shutdown(async move {
                        stop.await.ok();
                    })
                    .await
                    .expect("serve");
            });
        });
        let addr = addr_rx.recv().expect("test server did not start");
        TestServer {
            addr,
            log,
            expect_requests: Default::default(),
            shutdown: Some(shutdown),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:PORT`, the value for `baseUrl`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The port.
    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.log.lock().expect("log lock").requests.clone()
    }

    /// The most requests this server was answering at one time.
    pub fn most_in_flight(&self) -> usize {
        self.log.lock().expect("log lock").most_in_flight
    }

    /// How many connections requests came on.
    pub fn connections(&self) -> usize {
        self.log.lock().expect("log lock").peers.len()
    }

    /// The test expects at least one request: checked when the server is dropped.
    pub fn expect_requests(&self) -> &Self {
        self.expect_requests
            .store(true, std::sync::atomic::Ordering::Relaxed);
        self
    }

    /// Blocks until ^C or the process ends (for the standalone example).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            thread.join().ok();
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let expected = self
            .expect_requests
            .load(std::sync::atomic::Ordering::Relaxed);
        let called = !self
            .log
            .lock()
            .map(|l| l.requests.is_empty())
            .unwrap_or(true);
        if expected && !called && !std::thread::panicking() {
            panic!("the test expected requests, but the test server was never called");
        }
        if let Some(shutdown) = self.shutdown.take() {
            shutdown.send(()).ok();
        }
        // Graceful shutdown waits for open keep-alive connections; do not.
        self.thread.take();
    }
}

async fn handle(State(log): State<Log>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    if let Some(code) = parts.uri.path().strip_prefix("/early/") {
        record(&log, &parts, &[]);
        return answer_early(code);
    }
    let body = axum::body::to_bytes(body, 64 << 20)
        .await
        .unwrap_or_default();
    let earlier = record(&log, &parts, &body);
    {
        let mut received = log.lock().expect("log lock");
        received.in_flight += 1;
        received.most_in_flight = received.most_in_flight.max(received.in_flight);
    }
    let response = match postman_api(&parts.uri, &parts.headers, earlier) {
        Some(response) => response,
        None => route(&parts.method, &parts.uri, &parts.headers, body).await,
    };
    log.lock().expect("log lock").in_flight -= 1;
    response
}

/// Logs a request; returns how many came to its path before it.
fn record(log: &Log, parts: &axum::http::request::Parts, body: &[u8]) -> usize {
    let mut received = log.lock().expect("log lock");
    let peer = parts
        .extensions
        .get::<axum::extract::ConnectInfo<SocketAddr>>();
    if let Some(axum::extract::ConnectInfo(peer)) = peer {
        received.peers.insert(*peer);
    }
    received.requests.push(Recorded {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        query: parts.uri.query().unwrap_or_default().to_string(),
        headers: parts
            .headers
            .iter()
            .map(|(k, v)| {
                (
                    k.to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.to_vec(),
    });
    let calls = received
        .per_path
        .entry(parts.uri.path().to_string())
        .or_default();
    let earlier = *calls;
    *calls += 1;
    earlier
}

/// The fake Postman API's collections and environments (the UID `smoke` is
/// the Postman API example; `rate-limited` is the same but answers 429 the
/// first time), and any fixture file as it is under `/files/`.
fn postman_api(uri: &Uri, headers: &HeaderMap, earlier_calls: usize) -> Option<Response> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let segments: Vec<&str> = uri.path().trim_matches('/').split('/').collect();
    if let ["files", rest @ ..] = segments.as_slice() {
        let path = root.join(rest.join("/"));
        return Some(match std::fs::read(&path) {
            Ok(bytes) => ([(header::CONTENT_TYPE, "application/json")], bytes).into_response(),
            Err(_) => status(404),
        });
    }
    let (kind, uid) = match segments.as_slice() {
        ["collections", uid] => ("collection", *uid),
        ["environments", uid] => ("environment", *uid),
        ["collections"] | ["environments"] => ("list", ""),
        _ => return None,
    };
    // As the real API: the key in the `X-Api-Key` header or the `apikey`
    // query parameter (the form Newman command lines use).
    let in_query = uri
        .query()
        .is_some_and(|q| q.split('&').any(|pair| pair == format!("apikey={API_KEY}")));
    if headers.get("x-api-key").and_then(|v| v.to_str().ok()) != Some(API_KEY) && !in_query {
        let body = json!({ "error": { "name": "AuthenticationError", "message": "Invalid API Key. Every request requires a valid API Key to be sent." } });
        return Some((StatusCode::UNAUTHORIZED, axum::Json(body)).into_response());
    }
    if kind == "list" {
        let plural = segments[0];
        let listed = json!([{ "uid": "smoke", "name": "Postman API (postrun example fork)" }]);
        return Some(axum::Json(json!({ plural: listed })).into_response());
    }
    if uid == "rate-limited" && earlier_calls == 0 {
        return Some(
            (
                StatusCode::TOO_MANY_REQUESTS,
                [(header::RETRY_AFTER, "1")],
                "rate limited",
            )
                .into_response(),
        );
    }
    let example = root
        .join("../examples/postman-api")
        .join(format!("postman-api.postman_{kind}.json"));
    let found = matches!(uid, "smoke" | "rate-limited").then_some(example);
    let document = found
        .and_then(|f| std::fs::read_to_string(f).ok())
        .and_then(|t| serde_json::from_str::<Value>(&t).ok());
    Some(match document {
        Some(document) => axum::Json(json!({ kind: document })).into_response(),
        None => {
            let body = json!({ "error": { "name": "instanceNotFoundError", "message": format!("We could not find the {kind} you are looking for") } });
            (StatusCode::NOT_FOUND, axum::Json(body)).into_response()
        }
    })
}

/// `/early/CODE`: answers at once, never reading the request body (as a
/// server that refuses an upload by its headers does), and closes.
fn answer_early(code: &str) -> Response {
    let mut response = code.parse().map_or_else(|_| status(400), status);
    response.headers_mut().insert(
        header::CONNECTION,
        header::HeaderValue::from_static("close"),
    );
    response
}

async fn route(method: &Method, uri: &Uri, headers: &HeaderMap, body: Bytes) -> Response {
    if let Some(response) = super::verify::route(method, uri, headers, &body) {
        return response;
    }
    let segments: Vec<&str> = uri.path().trim_matches('/').split('/').collect();
    match (method.as_str(), segments.as_slice()) {
        ("GET", ["me"]) => me(headers),
        (_, ["get" | "post" | "put" | "patch" | "delete"]) => {
            if segments[0].eq_ignore_ascii_case(method.as_str()) {
                echo(uri, headers, body).await
            } else {
                status(405)
            }
        }
        (_, ["status", code]) => code.parse().map_or_else(|_| status(400), status),
        (_, ["delay", secs]) => {
            let secs: f64 = secs.parse().unwrap_or(0.0);
            tokio::time::sleep(Duration::from_secs_f64(secs.clamp(0.0, 10.0))).await;
            axum::Json(json!({ "delay": secs.to_string() })).into_response()
        }
        (_, ["basic-auth"]) => basic_auth(headers),
        (_, ["headers"]) => axum::Json(json!({ "headers": header_map(headers) })).into_response(),
        (_, ["response-headers"]) => response_headers(uri),
        (_, ["cookies"]) => axum::Json(json!({ "cookies": cookies(headers) })).into_response(),
        (_, ["cookies", "set"]) => set_cookies(uri),
        (_, ["redirect-to"]) => redirect_to(uri),
        (_, ["json", count]) => records(count.parse().unwrap_or(0)),
        ("GET", ["bytes", count]) => binary(count.parse().unwrap_or(0)),
        ("GET", ["xml"]) => document("application/xml", XML),
        ("GET", ["html"]) => document("text/html; charset=utf-8", HTML),
        ("GET", ["json-bom"]) => document("application/json", JSON_WITH_BOM),
        ("GET", ["gzip"]) => gzipped(),
        ("GET", ["brotli"]) => brotli(),
        _ => (
            StatusCode::NOT_FOUND,
            axum::Json(json!({ "error": "not found" })),
        )
            .into_response(),
    }
}

/// A fixed XML document, for scripts that parse XML (xml2js, xml2Json).
/// JSON after a byte order mark, as some Windows servers send it.
const JSON_WITH_BOM: &str = "\u{feff}{\"bom\": true, \"items\": [1, 2]}";

const XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<catalog updated="2024-03-15">
  <book id="b1" lang="en"><title>Rust in Action</title><price currency="EUR">39.90</price></book>
  <book id="b2"><title>Tom &amp; Jerry</title><price currency="USD">9.50</price><tag>kids</tag><tag>cartoon</tag></book>
  <note><![CDATA[<not> markup]]></note>
</catalog>
"#;

/// A fixed HTML page, for scripts that read HTML (cheerio).
const HTML: &str = r#"<!DOCTYPE html>
<html><head><title>Shop</title></head>
<body>
<h1 class="title main">Items</h1>
<ul id="list">
  <li class="item" data-id="1"><a href="/a">Apple</a></li>
  <li class="item sale" data-id="2"><a href="/b">Banana</a> <span>cheap</span></li>
  <li class="item" data-id="3">Cherry</li>
</ul>
<form><input name="q" value="hi"></form>
</body></html>
"#;

/// A JSON body sent gzip-compressed, with its encoding and length.
fn gzipped() -> Response {
    use std::io::Write as _;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let records: Vec<_> = (1..=20)
        .map(|n| json!({ "n": n, "name": "record" }))
        .collect();
    let text = serde_json::to_vec(&json!({ "gzipped": true, "records": records })).unwrap();
    encoder.write_all(&text).unwrap();
    let body = encoder.finish().unwrap();
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CONTENT_ENCODING, "gzip"),
        ],
        body,
    )
        .into_response()
}

/// `{"brotli":true,"items":[1,2,3],"text":"café café …"}` (20 times),
/// compressed by Node's `zlib.brotliCompressSync` (no brotli encoder is a
/// dependency here).
const BROTLI_JSON: [u8; 76] = [
    27, 160, 0, 232, 173, 10, 236, 102, 242, 11, 97, 240, 245, 212, 236, 232, 145, 52, 69, 171, 31,
    161, 146, 119, 76, 216, 94, 170, 22, 1, 217, 50, 155, 58, 99, 125, 197, 210, 85, 50, 51, 45,
    146, 198, 54, 12, 54, 224, 128, 53, 223, 134, 65, 22, 155, 216, 238, 6, 158, 161, 47, 65, 147,
    44, 71, 155, 196, 138, 2, 59, 48, 61, 131, 252, 135, 13,
];

/// A JSON body sent brotli-compressed, with its encoding.
fn brotli() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CONTENT_ENCODING, "br"),
        ],
        BROTLI_JSON.to_vec(),
    )
        .into_response()
}

fn document(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

fn me(headers: &HeaderMap) -> Response {
    let key = headers.get("x-api-key").and_then(|v| v.to_str().ok());
    if key != Some(API_KEY) {
        let body = json!({ "error": {
            "name": "AuthenticationError",
            "message": "Invalid API Key. Every request requires a valid API Key to be sent."
        }});
        return (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response();
    }
    axum::Json(json!({
        "user": {
            "id": 12345678,
            "username": "taylor-lee",
            "email": "taylor.lee@example.com",
            "fullName": "Taylor Lee",
            "avatar": "",
            "isPublic": true,
            "teamId": 123,
            "teamName": "Test Team",
            "teamDomain": "test-team",
            "roles": ["user"]
        },
        "operations": [
            { "name": "mock_usage", "limit": 1000000, "usage": 2382, "overage": 0 },
            { "name": "monitor_request_runs", "limit": 10000000, "usage": 49536, "overage": 0 }
        ]
    }))
    .into_response()
}

/// `count` user-like records (about 150 bytes each): a large JSON body for
/// script benchmarks. Deterministic, so runs compare.
/// `/bytes/N`: N bytes that are not UTF-8 (every value 0-255 in turn, from
/// 0xff down), for reports that must keep a binary body as it came.
pub fn binary_body(count: usize) -> Vec<u8> {
    (0..count.min(1 << 20))
        .map(|i| 255 - (i % 256) as u8)
        .collect()
}

fn binary(count: usize) -> Response {
    let mut response = binary_body(count).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/octet-stream"),
    );
    response
}

fn records(count: usize) -> Response {
    let items: Vec<Value> = (0..count.min(100_000))
        .map(|i| {
            json!({
                "id": i,
                "name": format!("User {i}"),
                "email": format!("user{i}@example.test"),
                "score": (i * 7919) % 1000,
                "active": i % 3 != 0,
                "tags": [format!("t{}", i % 5), format!("g{}", i % 11)]
            })
        })
        .collect();
    axum::Json(json!({ "count": items.len(), "items": items })).into_response()
}

fn status(code: u16) -> Response {
    let code = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    (code, axum::Json(json!({ "status": code.as_u16() }))).into_response()
}

async fn echo(uri: &Uri, headers: &HeaderMap, body: Bytes) -> Response {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let mut form = Map::new();
    let mut files = Map::new();
    let mut data = Value::String(String::from_utf8_lossy(&body).into_owned());
    let mut json_body = Value::Null;
    if content_type.starts_with("application/x-www-form-urlencoded") {
        for (k, v) in url::form_urlencoded::parse(&body) {
            form.insert(k.into_owned(), Value::String(v.into_owned()));
        }
        json_body = Value::Object(form.clone());
        data = Value::String(String::new());
    } else if content_type.starts_with("multipart/form-data") {
        read_multipart(&content_type, body, &mut form, &mut files).await;
        data = Value::String(String::new());
    } else if let Ok(parsed) = serde_json::from_slice::<Value>(&body) {
        json_body = parsed.clone();
        data = parsed;
    }
    axum::Json(json!({
        "args": query_map(uri),
        "data": data,
        "files": files,
        "form": form,
        "headers": header_map(headers),
        "json": json_body,
        "url": uri.to_string(),
    }))
    .into_response()
}

async fn read_multipart(
    content_type: &str,
    body: Bytes,
    form: &mut Map<String, Value>,
    files: &mut Map<String, Value>,
) {
    let request = Request::builder()
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .expect("multipart request");
    let Ok(mut multipart) = Multipart::from_request(request, &()).await else {
        return;
    };
    while let Ok(Some(field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(String::from);
        let part_type = field.content_type().map(String::from);
        let bytes = field.bytes().await.unwrap_or_default();
        match file_name {
            Some(file_name) => {
                let mime = part_type.unwrap_or_else(|| "application/octet-stream".into());
                let encoded = base64::engine::general_purpose::STANDARD.encode(&bytes);
                files.insert(
                    file_name,
                    Value::String(format!("data:{mime};base64,{encoded}")),
                );
            }
            None => {
                form.insert(
                    name,
                    Value::String(String::from_utf8_lossy(&bytes).into_owned()),
                );
            }
        }
    }
}

fn basic_auth(headers: &HeaderMap) -> Response {
    let expected = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode("postman:password")
    );
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if given == Some(expected.as_str()) {
        axum::Json(json!({ "authenticated": true })).into_response()
    } else {
        (StatusCode::UNAUTHORIZED, "Unauthorized").into_response()
    }
}

fn response_headers(uri: &Uri) -> Response {
    let args = query_map(uri);
    let mut response = axum::Json(&args).into_response();
    for (name, value) in &args {
        if let (Ok(name), Some(Ok(value))) = (
            header::HeaderName::from_bytes(name.as_bytes()),
            value.as_str().map(HeaderValue::from_str),
        ) {
            response.headers_mut().append(name, value);
        }
    }
    response
}

fn set_cookies(uri: &Uri) -> Response {
    let mut response = Response::builder()
        .status(StatusCode::FOUND)
        .header(header::LOCATION, "/cookies");
    for (name, value) in query_map(uri) {
        let cookie = format!("{name}={}; Path=/", value.as_str().unwrap_or_default());
        response = response.header(header::SET_COOKIE, cookie);
    }
    response.body(Body::empty()).expect("redirect response")
}

fn redirect_to(uri: &Uri) -> Response {
    let args = query_map(uri);
    let target = args.get("url").and_then(Value::as_str).unwrap_or("/get");
    let code = args
        .get("status_code")
        .and_then(Value::as_str)
        .and_then(|c| c.parse().ok())
        .unwrap_or(302);
    Response::builder()
        .status(code)
        .header(header::LOCATION, target)
        .body(Body::empty())
        .expect("redirect response")
}

fn query_map(uri: &Uri) -> Map<String, Value> {
    let query = uri.query().unwrap_or_default();
    let mut args = Map::new();
    for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
        args.insert(k.into_owned(), Value::String(v.into_owned()));
    }
    args
}

fn header_map(headers: &HeaderMap) -> BTreeMap<String, String> {
    headers
        .iter()
        .map(|(k, v)| {
            (
                k.to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect()
}

fn cookies(headers: &HeaderMap) -> BTreeMap<String, String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}
