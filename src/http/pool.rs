//! The connections a run's clients share: reqwest clients (one per
//! redirect limit and client certificate), the TLS trust, and, for a
//! `--parallel` run, the thread their connections live on.
//!
//! reqwest binds a cookie jar to a client, but each parallel unit has a jar
//! of its own: the clients here read the jar of the request being sent
//! from a task-local set around each exchange, so one pool serves every
//! lane. A connection is driven by the runtime that opened it, and a lane's
//! runtime stops being polled while its thread runs a script or once its
//! lanes are done: a pool shared by lanes on several threads therefore
//! keeps its connections on a thread of its own, which only does I/O.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use reqwest::cookie::CookieStore;

use super::{ClientError, ClientOptions, CookieJar, PreparedRequest, RequestError, Response, tls};

tokio::task_local! {
    /// The cookie jar of the exchange being polled.
    static JAR: Arc<CookieJar>;
}

/// What a reqwest client is made for: whether it checks certificates, the
/// entry of `--ssl-client-cert-list` whose certificate it presents, and
/// for NTLM the lane it belongs to (the handshake must stay on one
/// connection, which another lane must not take in between).
type ClientKey = (bool, Option<usize>, Option<usize>);

/// The HTTP clients and connections of a run, shared by its lanes.
pub struct Pool {
    /// The client most requests use. None follows redirects: the run's
    /// client does, step by step (`super::redirect`).
    common: reqwest::Client,
    /// reqwest fixes certificate checks and the client certificate per
    /// client: one more client per other need, built on first use.
    others: Mutex<HashMap<ClientKey, reqwest::Client>>,
    /// Server trust and the client certificates (the default one and
    /// `--ssl-client-cert-list`'s).
    tls: tls::Tls,
    pub(super) options: ClientOptions,
    /// Where exchanges run when lanes on several threads share the pool.
    io: Option<IoThread>,
    /// The number the next client on this pool gets.
    clients: AtomicUsize,
    /// `--cookie-jar`'s file, read once.
    cookies: super::CookieFile,
}

impl Pool {
    /// A pool for a run on one thread: exchanges run on the caller's runtime.
    pub fn local(options: ClientOptions) -> Result<Pool, ClientError> {
        Pool::with_io(options, None)
    }

    /// A pool the lanes of a `--parallel` run share from any thread: its
    /// connections live on a thread of their own.
    pub fn shared(options: ClientOptions) -> Result<Pool, ClientError> {
        let io = IoThread::start().map_err(ClientError::Runtime)?;
        Pool::with_io(options, Some(io))
    }

    fn with_io(options: ClientOptions, io: Option<IoThread>) -> Result<Pool, ClientError> {
        let tls = tls::Tls::load(&options.tls)?;
        let cookies = super::CookieFile::read(options.cookie_jar.as_deref())?;
        let common = build_client(&options, tls.config(None, !options.insecure))?;
        Ok(Pool {
            common,
            others: Default::default(),
            tls,
            options,
            io,
            clients: AtomicUsize::new(0),
            cookies,
        })
    }

    /// The cookie jar a client starts with: `--cookie-jar`'s, or an empty one.
    pub(super) fn starting_jar(&self) -> Result<CookieJar, ClientError> {
        self.cookies.jar()
    }

    /// A number for a new client, unique on this pool.
    pub(super) fn next_client(&self) -> usize {
        self.clients.fetch_add(1, Ordering::Relaxed)
    }

    /// Sends `outgoing` with `client` and reads the whole response, with
    /// `jar`'s cookies (none without one), on the pool's I/O thread when it
    /// has one.
    pub(super) async fn exchange(
        &self,
        client: reqwest::Client,
        outgoing: reqwest::Request,
        jar: Option<Arc<CookieJar>>,
    ) -> Result<Response, RequestError> {
        let (limit, timeout) = (self.options.max_response_size, self.options.timeout);
        let exchange = async move {
            let received = receive(client, outgoing, limit, timeout);
            match jar {
                Some(jar) => JAR.scope(jar, received).await,
                None => received.await,
            }
        };
        let Some(io) = &self.io else {
            return exchange.await;
        };
        let task = AbortOnDrop(io.handle.spawn(exchange));
        task.await.unwrap_or_else(|stopped| {
            Err(RequestError::Connection {
                message: format!("the request was not completed ({stopped})"),
            })
        })
    }

    /// The client for `request`, sent by client number `owner`.
    pub(super) fn client_for(
        &self,
        request: &PreparedRequest,
        owner: usize,
    ) -> Result<reqwest::Client, RequestError> {
        let strict = request.strict_ssl.unwrap_or(!self.options.insecure);
        let listed = self.tls.listed_for(&request.url);
        let ntlm = matches!(
            &request.deferred,
            Some(super::Deferred {
                step: super::DeferredStep::Ntlm(_),
                ..
            })
        );
        let key = (strict, listed, ntlm.then_some(owner));
        if key == (!self.options.insecure, None, None) {
            return Ok(self.common.clone());
        }
        let mut others = self
            .others
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(client) = others.get(&key) {
            return Ok(client.clone());
        }
        let tls = self.tls.config(listed, strict);
        let client = build_client(&self.options, tls).map_err(|e| RequestError::Connection {
            message: super::error_chain(&e),
        })?;
        others.insert(key, client.clone());
        Ok(client)
    }
}

/// The body, decompressed, never more than `--max-response-size` bytes
/// of it: an endless or exploding body is cut there and is an error.
async fn receive(
    client: reqwest::Client,
    outgoing: reqwest::Request,
    limit: u64,
    timeout: Option<Duration>,
) -> Result<Response, RequestError> {
    let failed = |error| super::request_error(error, timeout);
    // A form's length is reqwest's `Content-Length`; a file's, its bytes.
    let sent_length = (outgoing.headers().get(reqwest::header::CONTENT_LENGTH))
        .and_then(|length| length.to_str().ok()?.parse().ok())
        .or_else(|| Some(outgoing.body()?.as_bytes()?.len() as u64));
    let started = Instant::now();
    let mut response = client.execute(outgoing).await.map_err(failed)?;
    let code = response.status().as_u16();
    // hyper keeps a phrase other than the standard one (`200 Fine Thanks`).
    let reason = match response.extensions().get::<hyper::ext::ReasonPhrase>() {
        Some(written) => super::latin1(written.as_bytes()),
        None => crate::load::reason_phrase(code).unwrap_or_default(),
    };
    let headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .map(|(k, v)| (k.to_string(), super::latin1(v.as_bytes())))
        .collect();
    let too_large = || RequestError::TooLarge {
        what: "response body".into(),
        limit,
        flag: "--max-response-size",
    };
    let declared = response.content_length();
    let body = match declared {
        Some(length) if length > limit => return Err(too_large()),
        // The length is known (nothing is being decompressed): one read.
        Some(_) => response.bytes().await.map_err(failed)?.to_vec(),
        None => {
            let mut body = Vec::new();
            while let Some(chunk) = response.chunk().await.map_err(failed)? {
                if (body.len() + chunk.len()) as u64 > limit {
                    return Err(too_large());
                }
                body.extend_from_slice(&chunk);
            }
            body
        }
    };
    let body = match super::find_header(&headers, "content-encoding") {
        Some(encoding) if !body.is_empty() => decoded(encoding, body, limit)
            .map_err(|e| RequestError::Connection {
                message: format!("the {encoding} response body cannot be decoded: {e}"),
            })?
            .ok_or_else(too_large)?,
        _ => body,
    };
    Ok(Response {
        code,
        reason,
        headers,
        body,
        time: started.elapsed(),
        sent_length,
        sent_cookies: None,
    })
}

/// A gzip, deflate or brotli body decoded (`None` past `limit` bytes); any
/// other encoding as it came, as Newman leaves it.
fn decoded(encoding: &str, body: Vec<u8>, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read as _;
    let encoding = encoding.trim().to_ascii_lowercase();
    let mut reader: Box<dyn std::io::Read + '_> = match encoding.as_str() {
        "gzip" | "x-gzip" => Box::new(flate2::read::MultiGzDecoder::new(&body[..])),
        // zlib-wrapped, as the standard says; raw deflate as some servers send it.
        "deflate" if body.first().is_some_and(|b| b & 0x0f == 8) => {
            Box::new(flate2::read::ZlibDecoder::new(&body[..]))
        }
        "deflate" => Box::new(flate2::read::DeflateDecoder::new(&body[..])),
        "br" => Box::new(brotli_decompressor::Decompressor::new(&body[..], 4096)),
        _ => return Ok(Some(body)),
    };
    let mut out = Vec::new();
    reader.by_ref().take(limit + 1).read_to_end(&mut out)?;
    Ok((out.len() as u64 <= limit).then_some(out))
}

fn build_client(
    options: &ClientOptions,
    tls: rustls::ClientConfig,
) -> Result<reqwest::Client, ClientError> {
    let mut builder = reqwest::Client::builder()
        // Decoded in `receive`, keeping the headers that say how.
        .no_gzip()
        .no_deflate()
        .cookie_provider(Arc::new(CurrentJar))
        .redirect(reqwest::redirect::Policy::none())
        // Header names go out as Node writes the ones it adds (`User-Agent`,
        // `Content-Length`), and as most collections write theirs; hyper
        // would send every name in lower case. HTTP/1 only.
        .http1_title_case_headers()
        .use_preconfigured_tls(tls);
    if let Some(timeout) = options.timeout {
        builder = builder.timeout(timeout);
    }
    Ok(builder.build()?)
}

/// The cookie store of every client: the jar of the exchange being polled
/// keeps what servers set. What goes out is the run's client's to write
/// (`Client::cookie_header`, which joins a written `Cookie` header with the
/// jar's as Newman does), so reqwest is never asked.
struct CurrentJar;

impl CookieStore for CurrentJar {
    fn set_cookies(
        &self,
        headers: &mut dyn Iterator<Item = &reqwest::header::HeaderValue>,
        url: &url::Url,
    ) {
        // Every exchange runs in a jar's scope; outside one, nothing is kept.
        let _ = JAR.try_with(|jar| CookieStore::set_cookies(&**jar, headers, url));
    }

    fn cookies(&self, _: &url::Url) -> Option<reqwest::header::HeaderValue> {
        None
    }
}

/// A thread whose runtime runs the exchanges of a shared pool, so that
/// its connections are served whatever the lanes' threads are doing.
/// It ends when the pool is dropped.
struct IoThread {
    handle: tokio::runtime::Handle,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl IoThread {
    fn start() -> std::io::Result<IoThread> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        std::thread::Builder::new()
            .name("postrun-http".into())
            .spawn(move || {
                // Returns when the sender is dropped.
                let _ = runtime.block_on(stopped);
            })?;
        Ok(IoThread {
            handle,
            _stop: stop,
        })
    }
}

/// A task of the I/O thread that is cancelled when its lane stops waiting
/// for it (a run stopped by ^C or `--timeout`).
struct AbortOnDrop<T>(tokio::task::JoinHandle<T>);

impl<T> std::future::Future for AbortOnDrop<T> {
    type Output = Result<T, tokio::task::JoinError>;

    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        context: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Self::Output> {
        std::pin::Pin::new(&mut self.0).poll(context)
    }
}

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}
