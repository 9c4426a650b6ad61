//! Turns a collection request plus its effective auth into the exact request
//! that will be sent: every `{{variable}}` resolved, auth applied, body
//! encoded with the Content-Type Postman would send.

use std::path::PathBuf;

use super::auth::signing::percent_encode;
use super::auth::{self, Deferred};
use super::redirect::Redirects;
use crate::load::{Auth, Behavior, Body, FormPart, FormValue, KeyValue, Request, Resolve};

use crate::load::BODYLESS_METHODS;

/// A request ready to send: nothing left to resolve.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedRequest {
    /// Upper-case method.
    pub method: String,
    /// The full URL as it will be sent (before percent-encoding fixes).
    pub url: String,
    /// Whether `url` got its `http://` from postrun (the collection wrote
    /// none): the terminal shows it as written, as Newman's does.
    pub scheme_added: bool,
    /// Headers from the collection, auth and body, in order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: PreparedBody,
    /// Whether redirects are followed, how many, and how.
    pub redirects: Redirects,
    /// Whether the cookie jar sends and keeps cookies (off with
    /// `disableCookies`).
    pub use_cookies: bool,
    /// The request's own `strictSSL`, which overrides `--insecure` either
    /// way, as in Newman.
    pub strict_ssl: Option<bool>,
    /// System headers switched off by `disabledSystemHeaders`, lower-cased.
    pub disabled_system_headers: Vec<String>,
    /// Auth the client finishes over the network (a digest challenge, a
    /// token to fetch).
    pub deferred: Option<Deferred>,
    /// Values the auth sent or used (tokens, passwords, signatures' keys):
    /// secrets for every report.
    pub credentials: Vec<String>,
    /// Whether the `Content-Type` of a urlencoded form was added here (not
    /// written in the collection). Newman's HTTP library adds it below the
    /// request, so its scripts never see it; postrun's do not either.
    pub form_content_type_added: bool,
    /// Whether the `Content-Type` was added here from the body's mode or
    /// language (Newman marks it a system header, as the ones it adds),
    /// and where Newman lists it.
    pub content_type_added: AddedContentType,
    /// How many of `headers`, from the first, the collection gave (the
    /// rest were added: by the body, the auth, the HTTP layer).
    pub own_headers: usize,
    /// The collection's switched-off headers, resolved, each with how many
    /// of its sent headers come before it: never sent, but Newman's request
    /// lists them, `disabled`, to test scripts and in its JSON report.
    pub disabled_headers: Vec<(usize, String, String)>,
    /// The `Content-Type` the body would have added, had
    /// `disabledSystemHeaders` not switched it off: listed, not sent.
    pub unsent_content_type: Option<String>,
    /// The length a file or form body went out with, learnt as it was
    /// sent: its `Content-Length` in what scripts and reports list.
    pub sent_length: Option<u64>,
    /// The `Cookie` header it first went out with, learnt as it was sent:
    /// Newman's request lists it as added (in the place of its own).
    pub sent_cookies: Option<String>,
}

impl PreparedRequest {
    /// The URL as the terminal shows it, as Newman's: without the
    /// `http://` postrun added to a URL written without a scheme
    /// (`localhost:3000/api`), and with `/` for a `\` before the query (the
    /// collection SDK reads `h\a` as `h/a`, and so does the sending).
    pub fn shown_url(&self) -> std::borrow::Cow<'_, str> {
        let url = match self.scheme_added {
            true => self.url.strip_prefix("http://").unwrap_or(&self.url),
            false => &self.url,
        };
        let end = url.find(['?', '#']).unwrap_or(url.len());
        match url[..end].contains('\\') {
            true => format!("{}{}", url[..end].replace('\\', "/"), &url[end..]).into(),
            false => url.into(),
        }
    }

    /// The value of a header, matched case-insensitively.
    pub fn header(&self, name: &str) -> Option<&str> {
        super::find_header(&self.headers, name)
    }

    /// Replaces every header called `name` (any case) with one.
    pub(super) fn set_header(&mut self, name: &str, value: String) {
        self.remove_header(name);
        self.headers.push((name.to_string(), value));
    }

    /// Removes every header called `name`, matched case-insensitively.
    pub(super) fn remove_header(&mut self, name: &str) {
        self.headers
            .retain(|(key, _)| !key.eq_ignore_ascii_case(name));
    }

    /// Adds `key=value` to the query, before any fragment, as the collection
    /// SDK adds a parameter: its own `&` and `#` (and a key's `=`) encoded.
    pub(super) fn append_query(&mut self, key: &str, value: &str) {
        let key = crate::load::encode_chars(key, &['&', '=', '#']);
        let value = crate::load::encode_chars(value, &['&', '#']);
        append_query(&mut self.url, &key, &value);
    }

    /// Removes every query parameter whose key is `key`.
    pub(super) fn remove_query_param(&mut self, key: &str) {
        let end = self.url.find('#').unwrap_or(self.url.len());
        let Some(start) = self.url[..end].find('?') else {
            return;
        };
        let kept: Vec<&str> = self.url[start + 1..end]
            .split('&')
            .filter(|pair| pair.split('=').next() != Some(key))
            .collect();
        let query = if kept.is_empty() {
            String::new()
        } else {
            format!("?{}", kept.join("&"))
        };
        self.url.replace_range(start..end, &query);
    }

    /// Marks a value the auth sent as a secret for reports.
    pub(super) fn note_credential(&mut self, value: String) {
        // An unresolved `{{name}}` is the collection's text, not a secret:
        // masking it would hide the warning that names it.
        let unresolved = value.contains("{{") && value.contains("}}");
        if !value.is_empty() && !unresolved && !self.credentials.contains(&value) {
            self.credentials.push(value);
        }
    }
}

/// A body ready to send.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum PreparedBody {
    /// No body.
    #[default]
    Empty,
    /// Bytes sent as they are.
    Bytes(Vec<u8>),
    /// A file read when the request is sent.
    File(PathBuf),
    /// `multipart/form-data` parts.
    Multipart(Vec<Part>),
}

impl PreparedBody {
    /// The bytes of a body sent as they are; `None` for the other kinds.
    pub fn bytes(&self) -> Option<&[u8]> {
        match self {
            PreparedBody::Bytes(bytes) => Some(bytes),
            PreparedBody::Empty | PreparedBody::File(_) | PreparedBody::Multipart(_) => None,
        }
    }
}

/// One part of a multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// Field name.
    pub name: String,
    /// Text, or a file to read at send time.
    pub value: PartValue,
    /// Explicit content type.
    pub content_type: Option<String>,
}

/// What a multipart part carries.
#[derive(Debug, Clone, PartialEq)]
pub enum PartValue {
    /// A text field.
    Text(String),
    /// A file's contents.
    File(PathBuf),
    /// A file field with no file chosen: sent empty with `filename=""`,
    /// as Newman sends it.
    NoFileChosen,
    /// A file's contents given inline (decoded from base64): sent with no
    /// file name, as `application/octet-stream` unless a type is given.
    Inline(Vec<u8>),
}

/// Something the user should know about a prepared request.
pub type Warning = String;

/// The effective auth of a request (after inheritance) and who owns it:
/// state such as a digest nonce is kept per owner for the run.
#[derive(Debug, Clone, Copy)]
pub struct AuthInput<'a> {
    /// The auth.
    pub auth: &'a Auth,
    /// A number that identifies the item or folder the auth belongs to.
    pub owner: usize,
}

impl<'a> AuthInput<'a> {
    /// An auth identified by where it lives in memory: the plan's
    /// collection does not move during a run.
    pub fn owned_by_address(auth: &'a Auth) -> AuthInput<'a> {
        AuthInput {
            auth,
            owner: std::ptr::from_ref(auth) as usize,
        }
    }
}

/// Builds the request to send. `auth` is the effective auth after
/// inheritance; `behavior` the merged `protocolProfileBehavior`.
pub fn prepare(
    request: &Request,
    auth: Option<AuthInput<'_>>,
    behavior: &Behavior,
    follow_redirects: bool,
    vars: &mut dyn Resolve,
    warnings: &mut Vec<Warning>,
) -> PreparedRequest {
    let method = vars.resolve(&request.method).to_ascii_uppercase();
    let (url, scheme_added) = request.url.render_noting_scheme(vars);
    let mut headers = Vec::new();
    let mut disabled_headers = Vec::new();
    for header in &request.headers {
        let mut resolved = || (vars.resolve(&header.key), vars.resolve(&header.value));
        if !header.enabled {
            let (key, value) = resolved();
            disabled_headers.push((headers.len(), key, value));
        } else if !header.key.trim().is_empty() {
            headers.push(resolved());
        }
    }
    let mut prepared = PreparedRequest {
        url,
        scheme_added,
        headers,
        body: PreparedBody::Empty,
        redirects: Redirects::from_behavior(behavior, follow_redirects),
        use_cookies: behavior.switch("disableCookies") != Some(true),
        strict_ssl: behavior.switch("strictSSL"),
        disabled_system_headers: behavior.disabled_system_headers.clone().unwrap_or_default(),
        method,
        deferred: None,
        credentials: Vec::new(),
        form_content_type_added: false,
        content_type_added: AddedContentType::No,
        own_headers: 0,
        disabled_headers,
        unsent_content_type: None,
        sent_length: None,
        sent_cookies: None,
    };
    prepared.own_headers = prepared.headers.len();
    let prune = BODYLESS_METHODS.contains(&prepared.method.as_str())
        && behavior.disable_body_pruning != Some(true);
    if let (Some(body), false) = (&request.body, prune) {
        apply_body(&mut prepared, body, vars, warnings);
    }
    // Last: a signature covers the URL, headers and body as sent.
    if let Some(AuthInput { auth, owner }) = auth {
        auth::sign(&mut prepared, auth, owner, vars, warnings);
    }
    prepared
}

fn enabled(pairs: &[KeyValue]) -> impl Iterator<Item = &KeyValue> {
    pairs.iter().filter(|p| p.enabled)
}

fn append_query(url: &mut String, key: &str, value: &str) {
    let insert_at = url.find('#').unwrap_or(url.len());
    let separator = if url[..insert_at].contains('?') {
        "&"
    } else {
        "?"
    };
    url.insert_str(insert_at, &format!("{separator}{key}={value}"));
}

fn apply_body(
    prepared: &mut PreparedRequest,
    body: &Body,
    vars: &mut dyn Resolve,
    warnings: &mut Vec<Warning>,
) {
    // An empty body is no body, as in Newman: no bytes, no Content-Type.
    let (bytes, content_type) = match body {
        Body::UrlEncoded(fields) if enabled(fields).next().is_none() => return,
        Body::FormData(parts) if !parts.iter().any(|p| p.enabled) => return,
        Body::Raw { text, language } => {
            let mut text = vars.resolve(text);
            if text.is_empty() {
                return;
            }
            if is_json(language.as_deref(), prepared.header("content-type"))
                && (text.contains("//") || text.contains("/*"))
            {
                text = strip_json_comments(&text);
            }
            (
                PreparedBody::Bytes(text.into_bytes()),
                Some(raw_content_type(language.as_deref())),
            )
        }
        // RFC 3986, as Newman's runtime encodes a form: `!*'()` too.
        Body::UrlEncoded(fields) => {
            let form: Vec<String> = enabled(fields)
                .map(|field| {
                    let key = percent_encode(&vars.resolve(&field.key));
                    format!("{key}={}", percent_encode(&vars.resolve(&field.value)))
                })
                .collect();
            (
                PreparedBody::Bytes(form.join("&").into_bytes()),
                Some("application/x-www-form-urlencoded"),
            )
        }
        Body::FormData(parts) => {
            // reqwest writes the boundary; a bare `multipart/form-data` header
            // from the collection would hide it.
            prepared.headers.retain(|(k, v)| {
                !(k.eq_ignore_ascii_case("content-type") && v.starts_with("multipart/form-data"))
            });
            (
                PreparedBody::Multipart(form_parts(parts, vars, warnings)),
                None,
            )
        }
        Body::File { src: Some(src), .. } => {
            let path = PathBuf::from(vars.resolve(src));
            // Postman labels a file body with the type its extension implies.
            let mime = mime_guess::from_path(&path).first_raw();
            (PreparedBody::File(path), mime)
        }
        // Newman's runtime sends an inline base64 body decoded, unlabelled.
        Body::File {
            src: None,
            content: Some(content),
        } => (
            PreparedBody::Bytes(decode_base64_as_node(&vars.resolve(content))),
            None,
        ),
        Body::File {
            src: None,
            content: None,
        } => (PreparedBody::Empty, None),
        Body::GraphQl {
            query, variables, ..
        } => (
            PreparedBody::Bytes(graphql_body(query, variables.as_deref(), vars, warnings)),
            Some("application/json"),
        ),
    };
    prepared.body = bytes;
    let Some(content_type) = content_type.filter(|_| prepared.header("content-type").is_none())
    else {
        return;
    };
    if prepared.system_header_disabled("content-type") {
        // Newman's runtime lists a raw or GraphQL body's switched off; the
        // HTTP library's for a form or file, it never adds.
        if matches!(body, Body::Raw { .. } | Body::GraphQl { .. }) {
            prepared.unsent_content_type = Some(content_type.into());
        }
    } else {
        prepared.form_content_type_added = matches!(body, Body::UrlEncoded(_));
        // Newman's runtime labels a raw body marked JSON before the auth
        // runs; the HTTP library labels the others as it sends.
        prepared.content_type_added = match body {
            Body::Raw { language, .. } if language.as_deref() == Some("json") => {
                AddedContentType::BeforeAuth
            }
            _ => AddedContentType::AfterAuth,
        };
        prepared
            .headers
            .push(("Content-Type".into(), content_type.into()));
    }
}

/// Whether a request's `Content-Type` came from its body, and where
/// Newman lists it among the headers added to the collection's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddedContentType {
    /// Written in the collection (or none).
    No,
    /// Added before the auth's headers (a raw body marked JSON).
    BeforeAuth,
    /// Added with the HTTP layer's headers, after the auth's.
    AfterAuth,
}

/// Whether a raw body is JSON, as postman-runtime decides before it strips
/// comments: its language says so, or, without one, its Content-Type.
fn is_json(language: Option<&str>, content_type: Option<&str>) -> bool {
    match (language, content_type) {
        (Some(language), _) => language == "json",
        (None, Some(content_type)) => {
            let Some(subtype) = content_type.strip_prefix("application/") else {
                return false;
            };
            let subtype = subtype.split_whitespace().next().unwrap_or_default();
            subtype.starts_with("json")
                || subtype
                    .split_once('+')
                    .is_some_and(|(_, rest)| rest.starts_with("json"))
        }
        (None, None) => false,
    }
}

/// Removes `//` and `/* */` comments outside strings from a JSON body, as
/// Postman does before sending one (a comment left open runs to the end).
fn strip_json_comments(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut i, mut kept_from, mut in_string) = (0, 0, false);
    while i < bytes.len() {
        match bytes[i] {
            b'"' if !escaped(bytes, i) => in_string = !in_string,
            b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => {
                out.push_str(&text[kept_from..i]);
                // The `\n` stays; the `\r` of a CRLF goes with the comment, as in Postman.
                let end = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                (i, kept_from) = (end, end);
                continue;
            }
            b'/' if !in_string && bytes.get(i + 1) == Some(&b'*') => {
                out.push_str(&text[kept_from..i]);
                let end = text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
                (i, kept_from) = (end, end);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out.push_str(&text[kept_from..]);
    out
}

/// Whether the quote at `at` is escaped by an odd run of backslashes.
fn escaped(bytes: &[u8], at: usize) -> bool {
    bytes[..at]
        .iter()
        .rev()
        .take_while(|b| **b == b'\\')
        .count()
        % 2
        == 1
}

/// `encodeURIComponent` (a space is `%20`, not `+`; `!*'()` kept): how
/// reports and the redactor spell encoded values.
pub fn encode_component(text: &str) -> String {
    const KEEP: &[u8] = b"-_.!~*'()";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || KEEP.contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Node's lenient base64 (`Buffer.from(text, 'base64')`, which Newman's
/// runtime and sandbox decode with): characters outside the alphabet are
/// skipped, `-_` read as `+/`, the text ends at the first `=`, and a lone
/// trailing character is dropped.
pub fn decode_base64_as_node(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    let input: String = text
        .chars()
        .take_while(|c| *c != '=')
        .filter_map(|c| match c {
            '-' => Some('+'),
            '_' => Some('/'),
            c if c.is_ascii_alphanumeric() || c == '+' || c == '/' => Some(c),
            _ => None,
        })
        .collect();
    let usable = input.len() - usize::from(input.len() % 4 == 1);
    base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(&input[..usable])
        .unwrap_or_default()
}

fn raw_content_type(language: Option<&str>) -> &'static str {
    match language {
        Some("json") => "application/json",
        Some("javascript") => "application/javascript",
        Some("html") => "text/html",
        Some("xml") => "application/xml",
        _ => "text/plain",
    }
}

fn form_parts(
    parts: &[FormPart],
    vars: &mut dyn Resolve,
    warnings: &mut Vec<Warning>,
) -> Vec<Part> {
    let mut out = Vec::new();
    for part in parts.iter().filter(|p| p.enabled) {
        let name = vars.resolve(&part.key);
        let content_type = part.content_type.as_deref().map(|c| vars.resolve(c));
        match &part.value {
            FormValue::Text(text) => out.push(Part {
                name,
                value: PartValue::Text(vars.resolve(text)),
                content_type,
            }),
            FormValue::Files(paths) if paths.is_empty() => {
                warnings.push(format!(
                    "form field `{name}` has no file selected; it is sent empty"
                ));
                out.push(Part {
                    name,
                    value: PartValue::NoFileChosen,
                    content_type,
                });
            }
            FormValue::Base64(base64) => out.push(Part {
                name,
                value: PartValue::Inline(decode_base64_as_node(&vars.resolve(base64))),
                content_type,
            }),
            FormValue::Files(paths) => out.extend(paths.iter().map(|path| Part {
                name: name.clone(),
                value: PartValue::File(PathBuf::from(vars.resolve(path))),
                content_type: content_type.clone(),
            })),
        }
    }
    out
}

fn graphql_body(
    query: &str,
    variables: Option<&str>,
    vars: &mut dyn Resolve,
    warnings: &mut Vec<Warning>,
) -> Vec<u8> {
    let query = serde_json::Value::String(vars.resolve(query));
    // Variables go out as written, spacing included, and only when there
    // are some: Postman's runtime writes no `variables` key for none (or
    // an empty text), and sends text that is not JSON as it is.
    let Some(variables) = variables.map(|v| vars.resolve(v)) else {
        return format!("{{\"query\":{query}}}").into_bytes();
    };
    if serde_json::from_str::<serde_json::Value>(&variables).is_err() {
        warnings.push(
            "GraphQL variables are not valid JSON; sent as written, as Newman sends them".into(),
        );
    }
    format!("{{\"query\":{query},\"variables\":{variables}}}").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected texts recorded from strip-json-comments 3.1.1 (Postman's).
    #[test]
    fn json_comments_are_stripped_outside_strings() {
        let body = "{\r\n \"a\": \"x // y\", // note\r\n \"b\": 1 /* two */\n}\n// end";
        assert_eq!(
            strip_json_comments(body),
            "{\r\n \"a\": \"x // y\", \n \"b\": 1 \n}\n"
        );
        assert_eq!(
            strip_json_comments("{\"q\": \"a\\\"//b\"} /* open"),
            "{\"q\": \"a\\\"//b\"} "
        );
        assert!(is_json(
            None,
            Some("application/vnd.api+json; charset=utf-8")
        ));
        assert!(!is_json(Some("text"), Some("application/json")));
    }

    #[test]
    fn apikey_in_query_goes_before_the_fragment() {
        let mut u = "http://x/a?b=1#f".to_string();
        append_query(&mut u, "k", "v");
        assert_eq!(u, "http://x/a?b=1&k=v#f");
    }
}
