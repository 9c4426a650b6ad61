//! `mock`: a local server that answers each request with the best-matching
//! saved example of a collection (what Postman's cloud mock servers do, on
//! 127.0.0.1). Used by `postrun mock` and by `postrun run --mock`.
//!
//! Matching: method and path (`{{variables}}` and `:pathVariables` in the
//! example's path match any segment), then query parameters and Postman's
//! `x-mock-response-name` / `x-mock-response-code` headers, then the first
//! example. Nothing matching is a 404 that lists the closest routes.

mod routes;

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::load::Collection;
pub use routes::{Route, Routes, host_and_path, path_pattern};

/// Why the mock server could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MockError {
    /// Binding anywhere but loopback needs `--host`.
    #[error(
        "the mock server only binds to loopback addresses unless --host names another ({0} is not loopback)"
    )]
    NotLoopback(IpAddr),
    /// The address could not be bound.
    #[error("cannot listen on {0}")]
    Bind(SocketAddr, #[source] std::io::Error),
}

/// `--mock-delay`: how long to wait before answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MockDelay {
    /// The same wait every time.
    Fixed(Duration),
    /// The response time saved with each example (none when it has none).
    Saved,
}

impl std::str::FromStr for MockDelay {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "saved" => Ok(MockDelay::Saved),
            ms => ms
                .parse::<u64>()
                .map(|ms| MockDelay::Fixed(Duration::from_millis(ms)))
                .map_err(|_| format!("expected milliseconds or `saved`, got `{ms}`")),
        }
    }
}

/// How the server answers.
#[derive(Debug, Clone, Default)]
pub struct MockOptions {
    /// Wait before answering (`--mock-delay`).
    pub delay: Option<MockDelay>,
    /// Where to write one line per request (`GET /path -> 200 name`), if anywhere.
    pub log: Option<MockLog>,
}

/// A writer the server logs requests to, shared with its thread.
#[derive(Clone)]
pub struct MockLog(Arc<Mutex<Box<dyn Write + Send>>>);

impl MockLog {
    /// Logs to `writer` (the command line hands it stderr).
    pub fn new(writer: Box<dyn Write + Send>) -> Self {
        MockLog(Arc::new(Mutex::new(writer)))
    }

    /// Writes one line; a log that cannot be written is not the client's problem.
    fn line(&self, text: &str) {
        if let Ok(mut writer) = self.0.lock() {
            let _ = writeln!(writer, "{text}");
        }
    }
}

impl std::fmt::Debug for MockLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MockLog")
    }
}

/// A running mock server; stops when dropped.
pub struct MockServer {
    addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

struct Shared {
    routes: Routes,
    options: MockOptions,
}

impl MockServer {
    /// Serves `collection`'s examples on `addr` (port 0 picks a free one).
    /// `allow_public` is set when the user named a non-loopback host.
    pub fn start(
        collection: &Collection,
        addr: SocketAddr,
        allow_public: bool,
        options: MockOptions,
    ) -> Result<MockServer, MockError> {
        if !addr.ip().is_loopback() && !allow_public {
            return Err(MockError::NotLoopback(addr.ip()));
        }
        let listener = std::net::TcpListener::bind(addr).map_err(|e| MockError::Bind(addr, e))?;
        listener
            .set_nonblocking(true)
            .map_err(|e| MockError::Bind(addr, e))?;
        let bound = listener
            .local_addr()
            .map_err(|e| MockError::Bind(addr, e))?;
        let shared = Arc::new(Shared {
            routes: Routes::from_collection(collection),
            options,
        });
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                    return;
                };
                let app = axum::Router::new().fallback(answer).with_state(shared);
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async move {
                        stop.await.ok();
                    })
                    .await;
            });
        });
        Ok(MockServer {
            addr: bound,
            shutdown: Some(shutdown),
            thread: Some(thread),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://ADDR`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Blocks until the server stops (for `postrun mock`, until ^C).
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            thread.join().ok();
        }
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            shutdown.send(()).ok();
        }
        self.thread.take();
    }
}

async fn answer(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let method = parts.method.to_string();
    let path = parts.uri.path().to_string();
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
    let header = |name: &str| {
        parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    };
    let wanted_name = header("x-mock-response-name");
    let wanted_code = header("x-mock-response-code").and_then(|c| c.parse::<u16>().ok());
    let found = shared
        .routes
        .best(&method, &path, &query, wanted_name.as_deref(), wanted_code);
    if let Some(log) = &shared.options.log {
        let what = found
            .map(|r| format!("{} {}", r.code, r.name))
            .unwrap_or_else(|| "404 no example".into());
        log.line(&format!("{method} {path} -> {what}"));
    }
    let Some(route) = found else {
        let body = serde_json::json!({
            "error": format!("no saved example matches {method} {path}"),
            "closest": shared.routes.closest(&method, &path, 3),
        });
        return (StatusCode::NOT_FOUND, axum::Json(body)).into_response();
    };
    let delay = match shared.options.delay {
        Some(MockDelay::Fixed(delay)) => Some(delay),
        Some(MockDelay::Saved) => route.response_time.map(Duration::from_millis),
        None => None,
    };
    if let Some(delay) = delay {
        tokio::time::sleep(delay.min(Duration::from_secs(60))).await;
    }
    let mut response = Response::new(axum::body::Body::from(route.body.clone()));
    *response.status_mut() = StatusCode::from_u16(route.code).unwrap_or(StatusCode::OK);
    for (name, value) in &route.headers {
        // Lengths and encodings are the server's own business.
        if matches!(
            name.to_ascii_lowercase().as_str(),
            "content-length" | "transfer-encoding" | "content-encoding" | "connection"
        ) {
            continue;
        }
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            response.headers_mut().append(name, value);
        }
    }
    response
}
