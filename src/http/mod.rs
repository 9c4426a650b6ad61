//! `http`: sends prepared requests on a pool of connections a run shares.
//!
//! Owns turning a collection request into an HTTP call (auth, body modes,
//! headers, cookies) and measuring it. Does not evaluate scripts.

pub(crate) mod auth;
mod cookies;
mod file_access;
mod node_error;
mod pool;
mod prepare;
mod redirect;
mod tls;
mod wire_url;

use std::sync::Arc;
use std::time::Duration;

pub use auth::{AuthKind, Deferred, DeferredStep, Params};
pub use cookies::{CookieJar, JarCookie};
pub use file_access::FileAccess;
pub use node_error::node_error_fields;
pub use pool::Pool;
pub use prepare::{
    AddedContentType, AuthInput, Part, PartValue, PreparedBody, PreparedRequest, Warning,
    decode_base64_as_node, encode_component, prepare,
};
pub use redirect::Redirects;
pub use tls::{CaFile, TlsError, TlsOptions};
pub(crate) use wire_url::PART_SETS as URL_PART_SETS;

/// The TLS configuration of a client with no TLS options: the platform's
/// trust store, read at the first handshake.
pub(crate) fn platform_tls() -> rustls::ClientConfig {
    tls::Tls::platform().config(None, true)
}

/// Headers Postman adds to every request unless the collection sets them or
/// switches them off with `disabledSystemHeaders`, in Newman's order; a
/// fresh `Postman-Token` goes after the first three. (`Host` and
/// `Content-Length` are the HTTP library's, and only shown.)
const SYSTEM_HEADERS: [(&str, &str); 5] = [
    ("User-Agent", concat!("postrun/", env!("CARGO_PKG_VERSION"))),
    ("Accept", "*/*"),
    ("Cache-Control", "no-cache"),
    // What the client decodes, as Newman's.
    ("Accept-Encoding", "gzip, deflate, br"),
    ("Connection", "keep-alive"),
];

/// Whether the HTTP layer adds a header of this name to every request
/// (the reports mark those `system`, as Newman's do).
pub fn is_system_header(name: &str) -> bool {
    let added = ["Postman-Token", "Host", "Content-Length"];
    SYSTEM_HEADERS
        .iter()
        .map(|(header, _)| *header)
        .chain(added)
        .any(|header| header.eq_ignore_ascii_case(name))
}

/// Whether a sent request's header `name` is one postrun added (`system:
/// true` in Newman's request and report): the HTTP layer's, and the
/// `Content-Type` a body's mode gave when `content_type` says so.
pub fn is_added_header(name: &str, content_type: AddedContentType) -> bool {
    is_system_header(name)
        || (content_type != AddedContentType::No && name.eq_ignore_ascii_case("Content-Type"))
}

/// How a sent request lists one of its headers, as Newman's request does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed {
    /// The collection's (or a pre-request script's), sent.
    Own,
    /// The collection's, switched off: listed, not sent.
    Disabled,
    /// Added by the auth, the body or the HTTP layer (`system` in Newman).
    System,
    /// The body's `Content-Type`, switched off by `disabledSystemHeaders`:
    /// listed, `system` and `disabled`, as Newman's runtime lists it; not sent.
    SystemDisabled,
}

impl Listed {
    /// Listed but not sent.
    pub fn is_disabled(self) -> bool {
        matches!(self, Listed::Disabled | Listed::SystemDisabled)
    }

    /// Added by postrun (`system` in Newman's request).
    pub fn is_system(self) -> bool {
        matches!(self, Listed::System | Listed::SystemDisabled)
    }
}

/// Newman's order for a sent request's headers: the collection's own, then
/// those the auth added, then the rest (a `Content-Type` from the body, the
/// HTTP layer's), each index with whether it is a system header (one the
/// collection did not give). A raw JSON body's `Content-Type` comes before
/// the auth's headers: Newman's runtime adds it first.
fn newman_header_order(
    headers: &[(String, String)],
    own: usize,
    content_type: AddedContentType,
) -> Vec<(usize, bool)> {
    let own = own.min(headers.len());
    let added = |i: &usize| is_added_header(&headers[*i].0, content_type);
    let first = |i: &usize| {
        content_type == AddedContentType::BeforeAuth
            && headers[*i].0.eq_ignore_ascii_case("Content-Type")
    };
    let mut order: Vec<(usize, bool)> = (0..own).map(|i| (i, false)).collect();
    order.extend((own..headers.len()).filter(first).map(|i| (i, true)));
    order.extend(
        (own..headers.len())
            .filter(|i| !added(i))
            .map(|i| (i, true)),
    );
    order.extend(
        (own..headers.len())
            .filter(|i| added(i) && !first(i))
            .map(|i| (i, true)),
    );
    order
}

/// The default of `--max-response-size` and `--max-request-size`.
pub const DEFAULT_MAX_BODY: u64 = 256 << 20;

/// How the run's client behaves.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// Per-request timeout; `None` waits forever (Newman's default).
    pub timeout: Option<Duration>,
    /// Accept any TLS certificate (`--insecure`).
    pub insecure: bool,
    /// Follow redirects unless a request says otherwise (off with
    /// `--ignore-redirects`; `pm.sendRequest` too, as in Newman).
    pub follow_redirects: bool,
    /// Extra trusted CAs and the client certificate.
    pub tls: TlsOptions,
    /// `--cookie-jar`: a tough-cookie JSON file the jar starts from.
    pub cookie_jar: Option<std::path::PathBuf>,
    /// `--max-response-size`: the most body bytes read, after
    /// decompression (a gzip bomb stops here too).
    pub max_response_size: u64,
    /// `--max-request-size`: the most bytes a body file may hold.
    pub max_request_size: u64,
    /// `--max-connections-per-host`: shared by every client of the run
    /// (parallel workers included).
    pub host_limit: Option<HostLimit>,
}

/// At most so many requests to one host at a time, across every client
/// that holds a clone (`--max-connections-per-host`).
#[derive(Debug, Clone)]
pub struct HostLimit {
    per_host: usize,
    hosts: Arc<std::sync::Mutex<std::collections::HashMap<String, Arc<tokio::sync::Semaphore>>>>,
}

impl HostLimit {
    /// At most `per_host` (at least 1) requests to one host at a time.
    pub fn new(per_host: usize) -> HostLimit {
        HostLimit {
            per_host: per_host.max(1),
            hosts: Arc::default(),
        }
    }

    /// Waits for a turn to send to `host` (`host:port`); the turn ends
    /// when the permit is dropped.
    async fn turn(&self, host: String) -> Option<tokio::sync::OwnedSemaphorePermit> {
        let semaphore = {
            let mut hosts = self.hosts.lock().ok()?;
            hosts
                .entry(host)
                .or_insert_with(|| Arc::new(tokio::sync::Semaphore::new(self.per_host)))
                .clone()
        };
        semaphore.acquire_owned().await.ok()
    }
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            timeout: None,
            insecure: false,
            follow_redirects: true,
            tls: TlsOptions::default(),
            cookie_jar: None,
            max_response_size: DEFAULT_MAX_BODY,
            max_request_size: DEFAULT_MAX_BODY,
            host_limit: None,
        }
    }
}

/// A received response, kept whole for scripts and reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// Status code.
    pub code: u16,
    /// Reason phrase (`OK`, `Unauthorized`, …).
    pub reason: String,
    /// Headers in the order received.
    pub headers: Vec<(String, String)>,
    /// The body, decompressed.
    pub body: Vec<u8>,
    /// From sending the request to the last body byte.
    pub time: Duration,
    /// The length the request's body went out with (none for no body).
    pub sent_length: Option<u64>,
    /// The `Cookie` header the request first went out with (its own, the
    /// jar's, or both joined), which Newman's request lists as added.
    pub sent_cookies: Option<String>,
}

impl Response {
    /// What test scripts get after a request error, as in Newman: a response
    /// with no status, headers or body (`pm.response.code` is undefined).
    pub fn empty() -> Response {
        Response {
            code: 0,
            reason: String::new(),
            headers: Vec::new(),
            body: Vec::new(),
            time: Duration::ZERO,
            sent_length: None,
            sent_cookies: None,
        }
    }

    /// Whether this is [`Response::empty`].
    pub fn is_empty(&self) -> bool {
        self.code == 0
    }

    /// The value of a header, matched case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// Its size as the Postman SDK's `Response#size()` counts it, which
    /// Newman's terminal and `pm.response.size()` show: the body's bytes
    /// (a gzip or deflate body's declared `Content-Length`, the bytes
    /// that came), and a header part of a status line written
    /// `HTTP/X.X code reason` plus each header's name, value and four
    /// bytes of punctuation. The empty response of a request error has no
    /// code or reason: the SDK writes `undefined` for both.
    pub fn sdk_size(&self) -> SdkSize {
        let compressed = self.header("content-encoding").is_some_and(|encoding| {
            let encoding = encoding.to_ascii_lowercase();
            encoding.contains("gzip") || encoding.contains("deflate")
        });
        let declared = self
            .header("content-length")
            .and_then(|length| length.trim().parse::<usize>().ok());
        let body = match (compressed, declared) {
            (true, Some(length)) => length,
            _ => self.body.len(),
        };
        let units = |text: &str| text.encode_utf16().count();
        let status_line = if self.is_empty() {
            "HTTP/X.X undefined undefined\r\n\r\n".len()
        } else {
            units(&format!("HTTP/X.X {} {}\r\n\r\n", self.code, self.reason))
        };
        let header = status_line
            + self
                .headers
                .iter()
                .map(|(key, value)| units(key) + units(value) + 4)
                .sum::<usize>();
        SdkSize { body, header }
    }
}

/// A response's size as the Postman SDK counts it ([`Response::sdk_size`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SdkSize {
    /// The body's bytes.
    pub body: usize,
    /// The status line's and the headers' characters.
    pub header: usize,
}

impl SdkSize {
    /// Body and header together.
    pub fn total(self) -> usize {
        self.body + self.header
    }
}

/// The first value of header `name` in a list, matched case-insensitively.
pub fn find_header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.as_str())
}

/// Why a request got no response. The run goes on after it.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// The URL cannot be parsed after variables were resolved.
    #[error("invalid URL `{url}`: {source}")]
    InvalidUrl {
        /// The URL.
        url: String,
        /// The parser's message.
        #[source]
        source: url::ParseError,
    },
    /// A body or form file could not be read.
    #[error("cannot read body file {}", path.display())]
    File {
        /// The file.
        path: std::path::PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// No response within `--timeout-request`.
    #[error("request timed out after {} ms", .0.as_millis())]
    Timeout(Duration),
    /// A body is larger than its limit; nothing past the limit was read.
    #[error("the {what} is larger than {limit} bytes; {flag} raises the limit")]
    TooLarge {
        /// `response body`, `body file …`.
        what: String,
        /// The limit in bytes.
        limit: u64,
        /// The flag that sets it.
        flag: &'static str,
    },
    /// A header that cannot be written on the wire, named (Node's words
    /// for it end the message, as `ERR_INVALID_HTTP_TOKEN`/`ERR_INVALID_CHAR`).
    #[error("cannot send header {name:?}: {problem}")]
    InvalidHeader {
        /// The header's name as resolved.
        name: String,
        /// What is wrong with it.
        problem: &'static str,
    },
    /// A redirect past the request's limit, in Newman's words; the URL is
    /// the one that answered with it.
    #[error(
        "Exceeded maxRedirects. Probably stuck in a redirect loop {url} (the limit is {limit}: `maxRedirects` in the request's settings raises it)"
    )]
    TooManyRedirects {
        /// The URL that redirected once too often.
        url: String,
        /// The limit.
        limit: u32,
    },
    /// The auth could not be completed (a token request failed).
    #[error("{message}")]
    Auth {
        /// What failed, naming the auth type and the server.
        message: String,
    },
    /// The connection could not be made or broke.
    #[error("{message}")]
    Connection {
        /// What went wrong, with the cause, e.g. `connection refused`.
        message: String,
    },
}

/// A lane's HTTP client: its cookie jar and what it learnt (OAuth 2.0
/// tokens, digest nonces), on connections it shares with the run's other
/// lanes ([`Pool`]).
pub struct Client {
    pool: Arc<Pool>,
    /// Its number on the pool.
    number: usize,
    jar: Arc<CookieJar>,
    /// OAuth 2.0 tokens fetched during the run.
    tokens: auth::TokenCache,
    /// Auth parameters learnt from servers (a digest realm and nonce), by
    /// the auth's owner, as postman-runtime writes them back to the item.
    learnt: std::sync::Mutex<std::collections::HashMap<usize, Vec<(String, String)>>>,
}

/// How many times a request is sent again for its auth (a digest
/// challenge), as postman-runtime's replay limit.
const MAX_AUTH_REPLAYS: usize = 3;

impl Client {
    /// A client for a run on one thread, with connections of its own.
    pub fn new(options: ClientOptions) -> Result<Client, ClientError> {
        Client::on(Arc::new(Pool::local(options)?))
    }

    /// A client on `pool`, whose connections it shares, with the cookie
    /// jar the run starts from.
    pub fn on(pool: Arc<Pool>) -> Result<Client, ClientError> {
        Ok(Client {
            jar: Arc::new(pool.starting_jar()?),
            number: pool.next_client(),
            pool,
            tokens: Default::default(),
            learnt: Default::default(),
        })
    }

    /// Starts over as a new client would: the cookie jar as the run began
    /// (`--cookie-jar`'s file, or empty), no OAuth 2.0 token and nothing
    /// learnt from servers. Parallel lanes call this between units.
    pub fn start_afresh(&mut self) -> Result<(), ClientError> {
        self.jar.replace_with(self.pool.starting_jar()?);
        self.tokens = Default::default();
        self.learnt = Default::default();
        Ok(())
    }

    /// Finishes auth that needs the network before sending: fetches an
    /// OAuth 2.0 token, or signs with a digest challenge learnt earlier.
    pub async fn authorize(&self, request: &mut PreparedRequest) -> Result<(), RequestError> {
        let Some(deferred) = request.deferred.clone() else {
            return Ok(());
        };
        let failed = |message: String| RequestError::Auth { message };
        match &deferred.step {
            DeferredStep::FetchToken(params) => {
                let send = |token| self.send_token_request(token);
                auth::token::fetch_and_sign(request, params, &self.tokens, send)
                    .await
                    .map_err(|e| failed(format!("oauth2 auth: {e}")))?;
                request.deferred = None;
            }
            DeferredStep::Digest(params) => {
                let params = self.with_learnt(deferred.owner, params);
                if auth::digest::ready(&params) {
                    auth::digest::sign(request, &params)
                        .map_err(|e| failed(format!("digest auth: {e}")))?;
                }
            }
            // The first request goes out as it is; the server's 401 starts the handshake.
            DeferredStep::Ntlm(_) => request.remove_header("Authorization"),
        }
        Ok(())
    }

    /// Sends a request and answers a digest challenge by sending it again
    /// signed, as Postman does. Returns the response and, after such a
    /// replay, the request as last sent.
    pub async fn exchange(
        &self,
        request: &PreparedRequest,
    ) -> Result<(Response, Option<PreparedRequest>), RequestError> {
        let response = self.send(request).await?;
        match &request.deferred {
            Some(Deferred {
                step: DeferredStep::Digest(params),
                owner,
            }) if !params.flag("disableRetryRequest") => {
                self.digest_replays(request, params, *owner, response).await
            }
            Some(Deferred {
                step: DeferredStep::Ntlm(params),
                ..
            }) if !params.flag("disableRetryRequest") => {
                self.ntlm_handshake(request, params, response).await
            }
            _ => Ok((response, None)),
        }
    }

    /// NTLM's handshake after a 401 that asks for it: negotiate, then
    /// authenticate, on the kept-alive connection.
    async fn ntlm_handshake(
        &self,
        request: &PreparedRequest,
        params: &Params,
        response: Response,
    ) -> Result<(Response, Option<PreparedRequest>), RequestError> {
        use auth::ntlm;
        let refused = |r: &Response| matches!(r.code, 401 | 403);
        if !refused(&response) || !ntlm::asks_for_ntlm(&response.headers) {
            return Ok((response, None));
        }
        let identity = ntlm::Identity::of(params);
        let mut negotiate = request.clone();
        negotiate.set_header("Authorization", ntlm::negotiate(&identity));
        let response = self.send(&negotiate).await?;
        let header = ntlm::challenge_header(&response.headers);
        let (Some(header), true) = (header, refused(&response)) else {
            return Ok((response, Some(negotiate)));
        };
        let challenge = ntlm::parse_challenge(header).map_err(|e| RequestError::Auth {
            message: format!("ntlm auth: {e}"),
        })?;
        let mut authenticate = request.clone();
        let message =
            ntlm::authenticate(&challenge, &identity, ntlm::client_challenge(), ntlm::now());
        authenticate.set_header("Authorization", message);
        let response = self.send(&authenticate).await?;
        Ok((response, Some(authenticate)))
    }

    /// Digest's replays: a challenge with something new in it is answered
    /// by sending the request again, signed.
    async fn digest_replays(
        &self,
        request: &PreparedRequest,
        params: &Params,
        owner: usize,
        mut response: Response,
    ) -> Result<(Response, Option<PreparedRequest>), RequestError> {
        let owner = &owner;
        let mut replayed = None;
        for _ in 0..MAX_AUTH_REPLAYS {
            let learnt = self.with_learnt(*owner, params);
            match auth::digest::after_response(&learnt, &response) {
                auth::digest::AfterResponse::Keep(update) => {
                    self.learn(*owner, update);
                    break;
                }
                auth::digest::AfterResponse::Replay(update) => {
                    self.learn(*owner, update);
                    let mut again = request.clone();
                    auth::digest::sign(&mut again, &self.with_learnt(*owner, params))
                        .map_err(|message| RequestError::Auth { message })?;
                    response = self.send(&again).await?;
                    replayed = Some(again);
                }
            }
        }
        Ok((response, replayed))
    }

    fn with_learnt(&self, owner: usize, params: &Params) -> Params {
        let learnt = self.learnt.lock().unwrap_or_else(|p| p.into_inner());
        let mut params = params.clone();
        for (key, value) in learnt.get(&owner).into_iter().flatten() {
            params.set(key, value.clone());
        }
        params
    }

    fn learn(&self, owner: usize, update: Vec<(&'static str, String)>) {
        let mut learnt = self.learnt.lock().unwrap_or_else(|p| p.into_inner());
        let entry = learnt.entry(owner).or_default();
        for (key, value) in update {
            entry.retain(|(k, _)| k != key);
            entry.push((key.to_string(), value));
        }
    }

    /// An OAuth 2.0 token request, sent through the run's client (its
    /// proxies, certificates and timeout apply).
    async fn send_token_request(
        &self,
        token: auth::token::TokenRequest,
    ) -> Result<Response, String> {
        let mut request = PreparedRequest {
            method: "POST".into(),
            url: token.url,
            scheme_added: false,
            headers: token.headers,
            body: PreparedBody::Bytes(auth::token::form_body(&token.form).into_bytes()),
            redirects: Redirects::default(),
            use_cookies: true,
            strict_ssl: None,
            disabled_system_headers: Vec::new(),
            deferred: None,
            credentials: Vec::new(),
            form_content_type_added: false,
            content_type_added: AddedContentType::No,
            own_headers: 0,
            disabled_headers: Vec::new(),
            unsent_content_type: None,
            sent_length: None,
            sent_cookies: None,
        };
        request.headers.push((
            "Content-Type".into(),
            "application/x-www-form-urlencoded".into(),
        ));
        self.send(&request).await.map_err(|e| e.to_string())
    }

    /// Sends a prepared request, following its redirects, and reads the
    /// whole response: its time is the whole chain's.
    pub async fn send(&self, request: &PreparedRequest) -> Result<Response, RequestError> {
        let started = std::time::Instant::now();
        let mut step = std::borrow::Cow::Borrowed(request);
        let mut followed = 0;
        // What scripts list is the request as it first went out.
        let mut first_cookies = None;
        loop {
            let url = parse_url(&step.url)?;
            let mut response = self.send_once(&step, url.clone()).await?;
            if followed == 0 {
                first_cookies = response.sent_cookies.take();
            }
            match redirect::next_step(&step, &url, &response, followed)? {
                Some(next) => step = std::borrow::Cow::Owned(next),
                None => {
                    response.time = started.elapsed();
                    response.sent_cookies = first_cookies;
                    return Ok(response);
                }
            }
            followed += 1;
        }
    }

    /// Sends one request to `url` (its URL, parsed) and reads the whole
    /// response.
    async fn send_once(
        &self,
        request: &PreparedRequest,
        url: reqwest::Url,
    ) -> Result<Response, RequestError> {
        let options = &self.pool.options;
        // Held until the body is read: the connection is busy until then.
        let _turn = match &options.host_limit {
            Some(limit) => {
                let host = format!(
                    "{}:{}",
                    url.host_str().unwrap_or_default(),
                    url.port_or_known_default().unwrap_or(0)
                );
                limit.turn(host).await
            }
            None => None,
        };
        let client = self.pool.client_for(request, self.number)?;
        let method = reqwest::Method::from_bytes(request.method.as_bytes()).map_err(|_| {
            RequestError::Connection {
                message: format!("invalid method `{}`", request.method),
            }
        })?;
        let cookies = self.cookie_header(request, &url);
        let mut builder = client.request(method, url);
        for (name, value) in system_headers(request) {
            builder = builder.header(name, value);
        }
        for (name, value) in &request.headers {
            check_header(name, value)?;
            if cookies.is_some() && name.eq_ignore_ascii_case("Cookie") {
                continue;
            }
            builder = builder.header(name.as_str(), value.as_str());
        }
        if let Some(cookies) = &cookies {
            builder = builder.header("Cookie", cookies.as_str());
        }
        builder = attach_body(builder, &request.body, options.max_request_size).await?;
        if request.needs_zero_length() {
            builder = builder.header("Content-Length", "0");
        }
        let mut outgoing = builder
            .build()
            .map_err(|e| request_error(e, options.timeout))?;
        // A form's `Content-Type` is the HTTP library's, which Newman's
        // leaves out when `disabledSystemHeaders` says so.
        if request.header("Content-Type").is_none()
            && request.system_header_disabled("content-type")
        {
            outgoing.headers_mut().remove(reqwest::header::CONTENT_TYPE);
        }
        let jar = request.use_cookies.then(|| self.jar.clone());
        let mut response = self.pool.exchange(client, outgoing, jar).await?;
        response.sent_cookies = cookies.or_else(|| request.header("Cookie").map(String::from));
        Ok(response)
    }

    /// The `Cookie` header to send to `url` when the jar has cookies for
    /// it: after the request's own, as Newman's HTTP library joins them
    /// (`written; from-jar`; reqwest would leave the jar's out).
    fn cookie_header(&self, request: &PreparedRequest, url: &reqwest::Url) -> Option<String> {
        if !request.use_cookies {
            return None;
        }
        let jar = reqwest::cookie::CookieStore::cookies(&*self.jar, url)?;
        let jar = latin1(jar.as_bytes());
        Some(match request.header("Cookie") {
            Some(written) => format!("{written}; {jar}"),
            None => jar,
        })
    }

    /// The cookies the jar would send to `url`, looked up only when
    /// called: most scripts never read the jar.
    pub fn cookie_lookup(&self, url: &str) -> impl FnOnce() -> Vec<JarCookie> + 'static {
        let (jar, url) = (self.jar.clone(), url.to_string());
        move || jar.get_all(&url).unwrap_or_default()
    }

    /// Whether requests follow redirects unless they say otherwise.
    pub fn follows_redirects(&self) -> bool {
        self.pool.options.follow_redirects
    }

    /// The run's cookie jar (`pm.cookies.jar()`, `--export-cookie-jar`).
    pub fn jar(&self) -> Arc<CookieJar> {
        self.jar.clone()
    }
}

/// What a failed exchange says: a timeout names its limit, an untrusted
/// certificate the way out, a refused connection the host and port.
fn request_error(error: reqwest::Error, timeout: Option<Duration>) -> RequestError {
    if let (true, Some(limit)) = (error.is_timeout(), timeout) {
        return RequestError::Timeout(limit);
    }
    let cause = root_cause(&error);
    if let Some(message) = untrusted_certificate(&cause, error.url()) {
        return RequestError::Connection { message };
    }
    let message = match (error.is_connect(), error.url()) {
        (true, Some(url)) => {
            let target = format!(
                "{}:{}",
                url.host_str().unwrap_or_default(),
                url.port_or_known_default().unwrap_or_default()
            );
            match proxy_for(url) {
                Some(proxy) => {
                    format!("could not connect to proxy {proxy} (for {target}): {cause}")
                }
                None => format!("could not connect to {target}: {cause}"),
            }
        }
        _ => error_chain(&error),
    };
    let url = error.url().map_or("", reqwest::Url::as_str);
    RequestError::Connection {
        message: with_node_code(message, url),
    }
}

/// The proxy the client sends a request for `url` through, by the rules it
/// reads from `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY` and `NO_PROXY`: its
/// host and port, never its credentials.
fn proxy_for(url: &reqwest::Url) -> Option<String> {
    static PROXIES: std::sync::LazyLock<hyper_util::client::proxy::matcher::Matcher> =
        std::sync::LazyLock::new(hyper_util::client::proxy::matcher::Matcher::from_system);
    let uri: http::Uri = url.as_str().parse().ok()?;
    let intercept = PROXIES.intercept(&uri)?;
    let proxy = intercept.uri();
    let default_port = match proxy.scheme_str() {
        Some("https") => 443,
        _ => 80,
    };
    let port = proxy.port_u16().unwrap_or(default_port);
    Some(format!("{}:{port}", proxy.host()?))
}

/// `message` with Node's code for it in place of the system's error number
/// (`Connection refused (ECONNREFUSED)`, not `(os error 111)`): the words
/// CI logs are searched for after Newman.
fn with_node_code(message: String, url: &str) -> String {
    let code = node_error::node_error_fields(&message, url)
        .and_then(|fields| fields.get("code")?.as_str().map(str::to_string));
    let Some(code) = code.filter(|code| !message.contains(code.as_str())) else {
        return message;
    };
    let bare = match message.rsplit_once(" (os error ") {
        Some((bare, number)) if number.ends_with(')') => bare,
        _ => &message,
    };
    format!("{bare} ({code})")
}

/// The innermost cause: "Connection refused (os error 111)" rather than
/// reqwest's "error sending request".
/// rustls says `invalid peer certificate: Other(OtherError(CaUsedAsEndEntity))`;
/// a person wants the host, the reason in words, and the way out.
fn untrusted_certificate(cause: &str, url: Option<&reqwest::Url>) -> Option<String> {
    let detail = cause.strip_prefix("invalid peer certificate: ")?;
    let reasons = [
        (
            "UnknownIssuer",
            "it is signed by an authority this machine does not trust",
        ),
        (
            "CaUsedAsEndEntity",
            "it is a CA certificate, used as the server's own",
        ),
        ("Expired", "it has expired"),
        ("NotValidYet", "it is not valid yet"),
        ("NotValidForName", "it is not valid for this host name"),
        ("Revoked", "it has been revoked"),
        ("BadSignature", "its signature is invalid"),
        ("BadEncoding", "it cannot be decoded"),
    ];
    let reason = reasons
        .iter()
        .find(|(name, _)| detail.contains(name))
        .map_or(detail, |(_, words)| words);
    let host = url.map_or(String::new(), |url| {
        let port = url.port_or_known_default().unwrap_or(443);
        format!(" of {}:{port}", url.host_str().unwrap_or_default())
    });
    Some(format!(
        "the TLS certificate{host} is not trusted: {reason}; \
         --ssl-extra-ca-certs FILE trusts a private CA (as SSL_CERT_FILE does); \
         -k (--insecure) skips the check, for test servers only"
    ))
}

fn root_cause(error: &dyn std::error::Error) -> String {
    let mut cause = error;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

/// Why the run's HTTP client could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    /// A TLS file given by a flag cannot be used.
    #[error(transparent)]
    Tls(#[from] TlsError),
    /// reqwest refused the settings.
    #[error("cannot build the HTTP client")]
    Build(#[from] reqwest::Error),
    /// The thread a shared pool's connections live on cannot be started.
    #[error("cannot start the HTTP thread")]
    Runtime(#[source] std::io::Error),
    /// `--cookie-jar` cannot be read or is not a tough-cookie jar.
    #[error("--cookie-jar {}: {message}", path.display())]
    CookieJar {
        /// The file.
        path: std::path::PathBuf,
        /// What is wrong with it.
        message: String,
    },
}

/// The jar a run (and each parallel unit) starts with: `--cookie-jar`'s
/// file, or an empty one.
/// `--cookie-jar`'s file, read once per run; each client parses a jar of
/// its own from it.
#[derive(Default)]
struct CookieFile {
    file: Option<(std::path::PathBuf, String)>,
}

impl CookieFile {
    fn read(path: Option<&std::path::Path>) -> Result<CookieFile, ClientError> {
        let Some(path) = path else {
            return Ok(CookieFile::default());
        };
        let text = std::fs::read_to_string(path).map_err(|e| ClientError::CookieJar {
            path: path.to_path_buf(),
            message: format!("cannot read it ({e})"),
        })?;
        let file = CookieFile {
            file: Some((path.to_path_buf(), text)),
        };
        // A jar that does not parse stops the run before it starts.
        file.jar()?;
        Ok(file)
    }

    /// The jar a run (and each parallel unit) starts with.
    fn jar(&self) -> Result<CookieJar, ClientError> {
        let Some((path, text)) = &self.file else {
            return Ok(CookieJar::default());
        };
        CookieJar::from_tough_json(text).map_err(|message| ClientError::CookieJar {
            path: path.clone(),
            message,
        })
    }
}

/// A request's URL as it goes out, percent-encoded as Newman encodes it
/// (`?q=a b` is `?q=a%20b`): what a test script's `pm.request.url` and the
/// JSON report show of a request sent, as in Newman.
pub fn url_as_sent(url: &str) -> String {
    wire_url::encode(url)
}

fn parse_url(url: &str) -> Result<reqwest::Url, RequestError> {
    let parsed = wire_url::parse(url).map_err(|source| RequestError::InvalidUrl {
        url: url.to_string(),
        source,
    })?;
    // A host left as `{{name}}` (no `-e`, a misspelt variable) goes to no
    // lookup: Node's lookup of it fails with ENOTFOUND, and the HTTP
    // stack's words for it ("Parsed Url is not a valid Uri") name no cause.
    if let Some(host) = parsed.host_str().filter(|host| host.contains("{{")) {
        // The parser wrote the host in lower case; the message names the
        // variable as the collection spells it.
        let host = url
            .to_ascii_lowercase()
            .find(host)
            .map_or(host, |at| &url[at..at + host.len()]);
        let message = format!(
            "could not look up host {host}: {}",
            node_error::UNRESOLVED_HOST
        );
        return Err(RequestError::Connection {
            message: with_node_code(message, url),
        });
    }
    Ok(parsed)
}

/// Bytes as Node reads Latin-1 (headers, and bodies in ISO-8859-1): one
/// character a byte (`caf\xe9` is `café`; UTF-8 bytes become one
/// character each, as there).
pub fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// A header the HTTP layer would refuse, refused here with its name.
fn check_header(name: &str, value: &str) -> Result<(), RequestError> {
    let invalid = |problem| RequestError::InvalidHeader {
        name: name.to_string(),
        problem,
    };
    if reqwest::header::HeaderName::from_bytes(name.as_bytes()).is_err() {
        return Err(invalid(
            "a header name is letters, digits and !#$%&'*+-.^_`|~ only, without spaces or colons (ERR_INVALID_HTTP_TOKEN)",
        ));
    }
    if reqwest::header::HeaderValue::from_bytes(value.as_bytes()).is_err() {
        return Err(invalid(
            "a header value may not hold a line break or other control character (ERR_INVALID_CHAR)",
        ));
    }
    Ok(())
}

fn system_headers(request: &PreparedRequest) -> impl Iterator<Item = (&'static str, String)> + '_ {
    let token = ("Postman-Token", uuid::Uuid::new_v4().to_string());
    let (first, rest) = SYSTEM_HEADERS.split_at(3);
    first
        .iter()
        .map(|(name, value)| (*name, value.to_string()))
        .chain(std::iter::once(token))
        .chain(rest.iter().map(|(name, value)| (*name, value.to_string())))
        .filter(|(name, _)| request.header(name).is_none() && !request.system_header_disabled(name))
}

impl PreparedRequest {
    /// Whether it goes out with `Content-Length: 0`, as Node sends a request
    /// whose method may carry a body (POST, PUT, PATCH, …) when it has none:
    /// some servers (Google's front ends among them) answer 411 to a POST
    /// without a length.
    fn needs_zero_length(&self) -> bool {
        let empty = match &self.body {
            PreparedBody::Empty => true,
            PreparedBody::Bytes(bytes) => bytes.is_empty(),
            PreparedBody::File(_) | PreparedBody::Multipart(_) => false,
        };
        let bodiless_method = matches!(
            self.method.as_str(),
            "GET" | "HEAD" | "DELETE" | "OPTIONS" | "TRACE" | "CONNECT"
        );
        empty
            && !bodiless_method
            && self.header("Content-Length").is_none()
            && self.header("Transfer-Encoding").is_none()
    }

    /// Writes the system headers into the request, so that what reports and
    /// test scripts show (`pm.request.headers`, as in Newman) is what goes
    /// out; `Host` and `Content-Length` are listed by [`Self::shown_headers`].
    pub fn add_system_headers(&mut self) {
        let added: Vec<(String, String)> = system_headers(self)
            .map(|(name, value)| (name.to_string(), value))
            .collect();
        self.headers.extend(added);
    }

    /// The headers as Newman lists them for a sent request: the request's
    /// own (its switched-off ones where the collection has them), then
    /// `Host` and `Content-Length` where the HTTP library adds them.
    pub fn shown_headers(&self) -> Vec<(String, String, Listed)> {
        let mut disabled = self.disabled_headers.iter().peekable();
        let mut shown: Vec<(String, String, Listed)> = Vec::new();
        let order = newman_header_order(&self.headers, self.own_headers, self.content_type_added);
        for (i, system) in order {
            // A switched-off header comes before the sent one it preceded.
            let before = if system { usize::MAX } else { i };
            while let Some((_, key, value)) = disabled.next_if(|(at, _, _)| *at <= before) {
                shown.push((key.clone(), value.clone(), Listed::Disabled));
            }
            let listed = if system { Listed::System } else { Listed::Own };
            shown.push((self.headers[i].0.clone(), self.headers[i].1.clone(), listed));
        }
        for (_, key, value) in disabled {
            shown.push((key.clone(), value.clone(), Listed::Disabled));
        }
        if let Some(content_type) = &self.unsent_content_type {
            // Where the body's `Content-Type` would be: first of the added.
            let at = (shown.iter())
                .position(|(_, _, listed)| *listed == Listed::System)
                .unwrap_or(shown.len());
            let entry = ("Content-Type".to_string(), content_type.clone());
            shown.insert(at, (entry.0, entry.1, Listed::SystemDisabled));
        }
        if let Some(cookies) = &self.sent_cookies {
            match shown.iter_mut().find(|(name, _, listed)| {
                *listed == Listed::Own && name.eq_ignore_ascii_case("Cookie")
            }) {
                // Newman's runtime lists the joined header as its own.
                Some(written) => (written.1, written.2) = (cookies.clone(), Listed::System),
                None => shown.push(("Cookie".into(), cookies.clone(), Listed::System)),
            }
        }
        if self.form_content_type_added {
            shown.retain(|(name, _, listed)| {
                *listed == Listed::Disabled || !name.eq_ignore_ascii_case("Content-Type")
            });
        }
        let host = reqwest::Url::parse(&self.url).ok().and_then(|url| {
            let host = url.host_str()?.to_string();
            Some(match url.port() {
                Some(port) => format!("{host}:{port}"),
                None => host,
            })
        });
        // `Host` goes before `Accept-Encoding`, or before the `Connection`
        // postrun adds when that is switched off.
        let split = (shown.iter())
            .position(|(name, _, _)| name.eq_ignore_ascii_case("Accept-Encoding"))
            .or_else(|| {
                shown.iter().position(|(name, _, listed)| {
                    *listed == Listed::System && name.eq_ignore_ascii_case("Connection")
                })
            })
            .unwrap_or(shown.len());
        if let Some(host) = host.filter(|_| self.header("Host").is_none()) {
            shown.insert(split, ("Host".to_string(), host, Listed::System));
        }
        let length = (self.body.bytes())
            .map(|bytes| bytes.len() as u64)
            .or(self.sent_length)
            .or(self.needs_zero_length().then_some(0));
        if let (Some(length), None) = (length, self.header("Content-Length")) {
            shown.push((
                "Content-Length".to_string(),
                length.to_string(),
                Listed::System,
            ));
        }
        shown
    }

    fn system_header_disabled(&self, name: &str) -> bool {
        self.disabled_system_headers
            .iter()
            .any(|disabled| disabled.eq_ignore_ascii_case(name))
    }
}

async fn attach_body(
    builder: reqwest::RequestBuilder,
    body: &PreparedBody,
    limit: u64,
) -> Result<reqwest::RequestBuilder, RequestError> {
    Ok(match body {
        PreparedBody::Empty => builder,
        PreparedBody::Bytes(bytes) => builder.body(bytes.clone()),
        PreparedBody::File(path) => builder.body(read_file(path, limit).await?),
        PreparedBody::Multipart(parts) => builder.multipart(multipart_form(parts, limit).await?),
    })
}

async fn multipart_form(
    parts: &[Part],
    limit: u64,
) -> Result<reqwest::multipart::Form, RequestError> {
    // Field names go out as written, in UTF-8, as Node's form-data writes
    // them: many servers do not read RFC 5987's `name*=utf-8''…`.
    let mut form = reqwest::multipart::Form::new().percent_encode_noop();
    for part in parts {
        let mut body = match &part.value {
            PartValue::Text(text) => reqwest::multipart::Part::text(text.clone()),
            PartValue::NoFileChosen => reqwest::multipart::Part::bytes(Vec::new()).file_name(""),
            // form-data (under Newman) labels bytes with no name this way.
            PartValue::Inline(bytes) => reqwest::multipart::Part::bytes(bytes.clone())
                .mime_str("application/octet-stream")
                .map_err(|e| RequestError::Connection {
                    message: format!("invalid content type: {e}"),
                })?,
            PartValue::File(path) => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                // Postman labels a file part with the type its extension implies.
                let mime = mime_guess::from_path(path).first_or_octet_stream();
                reqwest::multipart::Part::bytes(read_file(path, limit).await?)
                    .file_name(name)
                    .mime_str(mime.as_ref())
                    .map_err(|e| RequestError::Connection {
                        message: format!("invalid content type for {}: {e}", path.display()),
                    })?
            }
        };
        if let Some(content_type) = &part.content_type {
            body = body
                .mime_str(content_type)
                .map_err(|e| RequestError::Connection {
                    message: format!(
                        "invalid content type `{content_type}` for form field `{}`: {e}",
                        part.name
                    ),
                })?;
        }
        form = form.part(part.name.clone(), body);
    }
    Ok(form)
}

/// A body file, at most `limit` bytes of it: a device that never ends
/// (`/dev/zero`) or a huge file is an error, not read into memory.
async fn read_file(path: &std::path::Path, limit: u64) -> Result<Vec<u8>, RequestError> {
    use tokio::io::AsyncReadExt as _;
    let failed = |source| RequestError::File {
        path: path.to_path_buf(),
        source,
    };
    let file = tokio::fs::File::open(path).await.map_err(failed)?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .await
        .map_err(failed)?;
    if bytes.len() as u64 > limit {
        return Err(RequestError::TooLarge {
            what: format!("body file {}", path.display()),
            limit,
            flag: "--max-request-size",
        });
    }
    Ok(bytes)
}

/// reqwest's own message is "error sending request"; the useful part (for
/// example "Connection refused") is at the end of the source chain.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = cause.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Node's code takes the place of the system's error number; a message
    /// Node has no code for, or that already says it, is kept.
    #[test]
    fn request_errors_carry_nodes_code() {
        let url = "http://127.0.0.1:1/x";
        let refused = "could not connect to 127.0.0.1:1: Connection refused (os error 111)";
        assert_eq!(
            with_node_code(refused.into(), url),
            "could not connect to 127.0.0.1:1: Connection refused (ECONNREFUSED)"
        );
        let reset = "error sending request: Connection reset by peer";
        assert_eq!(
            with_node_code(reset.into(), url),
            "error sending request: Connection reset by peer (ECONNRESET)"
        );
        let other = "error sending request: connection closed before message completed";
        assert_eq!(with_node_code(other.into(), url), other);
        let said = "connect ECONNREFUSED 127.0.0.1:1";
        assert_eq!(with_node_code(said.into(), url), said);
    }

    #[test]
    fn a_response_is_sized_as_the_postman_sdk_sizes_it() {
        let response = |headers: &[(&str, &str)], body: &[u8]| Response {
            code: 404,
            reason: "Not Found".into(),
            headers: headers
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            body: body.to_vec(),
            time: Duration::ZERO,
            sent_length: None,
            sent_cookies: None,
        };
        // Newman 6 printed [404 Not Found, 136B] for this one: the status
        // line `HTTP/X.X 404 Not Found\r\n\r\n` is 26, each header its
        // name, value and 4.
        let plain = response(
            &[
                ("content-type", "application/json"),
                ("content-length", "21"),
                ("date", "Mon, 07 Dec 2026 04:15:18 GMT"),
            ],
            b"{\"error\":\"not found\"}",
        );
        assert_eq!(
            plain.sdk_size(),
            SdkSize {
                body: 21,
                header: 115
            }
        );
        assert_eq!(plain.sdk_size().total(), 136);
        // A gzip body counts as it came: its declared length.
        let gzip = response(
            &[("Content-Encoding", "GZIP"), ("Content-Length", "9")],
            &[b'x'; 40],
        );
        assert_eq!(gzip.sdk_size().body, 9);
        let undeclared = response(&[("content-encoding", "gzip")], &[b'x'; 40]);
        assert_eq!(undeclared.sdk_size().body, 40);
        // A request error's empty response, as Newman sizes it.
        let empty = Response::empty().sdk_size();
        assert_eq!((empty.body, empty.header), (0, 32));
    }

    #[test]
    fn an_untrusted_certificate_is_explained_with_its_host_and_the_way_out() {
        let url = reqwest::Url::parse("https://api.test/me").unwrap();
        let cause = "invalid peer certificate: Other(OtherError(CaUsedAsEndEntity))";
        assert_eq!(
            untrusted_certificate(cause, Some(&url)).unwrap(),
            "the TLS certificate of api.test:443 is not trusted: it is a CA certificate, \
             used as the server's own; --ssl-extra-ca-certs FILE trusts a private CA (as \
             SSL_CERT_FILE does); -k (--insecure) skips the check, for test servers only"
        );
        let unknown = untrusted_certificate("invalid peer certificate: UnknownIssuer", None);
        assert!(
            unknown
                .unwrap()
                .contains("an authority this machine does not trust")
        );
        assert_eq!(
            untrusted_certificate("connection refused", Some(&url)),
            None
        );
    }
}
