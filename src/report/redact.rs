//! The one redactor every reporter's output passes through.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

/// What replaces a secret in any output.
pub const MASK: &str = "********";

/// Header names whose values are credentials whatever their source.
const SENSITIVE_HEADERS: [&str; 7] = [
    "authorization",
    "proxy-authorization",
    "x-api-key",
    "api-key",
    "cookie",
    "set-cookie",
    "x-auth-token",
];

/// Masks secret values and credential headers. Clones share one list of
/// secrets, so a secret learnt during the run is masked by every writer.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// Longest first, so a secret that contains another is masked whole.
    secrets: Rc<RefCell<Vec<String>>>,
}

impl Redactor {
    /// A redactor for these secret values (empty ones are ignored).
    pub fn new(secrets: impl IntoIterator<Item = String>) -> Self {
        let redactor = Redactor::default();
        redactor.add(secrets);
        redactor
    }

    /// Masks these values too from now on, in every form they take on the
    /// way out (see [`encodings`]).
    pub fn add(&self, secrets: impl IntoIterator<Item = String>) {
        let mut known = self.secrets.borrow_mut();
        let forms = secrets
            .into_iter()
            .filter(|s| !s.is_empty())
            .flat_map(|secret| encodings(&secret));
        known.extend(forms);
        known.sort_by_key(|s| std::cmp::Reverse(s.len()));
        known.dedup();
    }

    /// `text` with every secret value replaced by [`MASK`]. A short word
    /// of letters only or digits only (`p`, `test`, `1234`) is masked
    /// where it stands alone, not inside a longer word: a Basic password
    /// `p` masked inside every `http` and `passed` made reports unreadable
    /// and hid nothing. Any other secret is masked wherever it appears.
    pub fn text<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut out = Cow::Borrowed(text);
        for secret in self.secrets.borrow().iter() {
            if !out.contains(secret.as_str()) {
                continue;
            }
            if !is_short_word(secret) {
                out = Cow::Owned(out.replace(secret.as_str(), MASK));
            } else if let Some(masked) = mask_standing_alone(&out, secret) {
                out = Cow::Owned(masked);
            }
        }
        out
    }

    /// `bytes` with every secret value replaced by [`MASK`]: as text when
    /// they are UTF-8, else byte for byte (a binary body keeps its other
    /// bytes as they came).
    pub fn bytes<'b>(&self, bytes: &'b [u8]) -> Cow<'b, [u8]> {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return match self.text(text) {
                Cow::Borrowed(_) => Cow::Borrowed(bytes),
                Cow::Owned(masked) => Cow::Owned(masked.into_bytes()),
            };
        }
        let mut out = Cow::Borrowed(bytes);
        for secret in self.secrets.borrow().iter() {
            let secret = secret.as_bytes();
            if out.windows(secret.len()).any(|w| w == secret) {
                out = Cow::Owned(replace_bytes(&out, secret, MASK.as_bytes()));
            }
        }
        out
    }

    /// Every string in a JSON value redacted, before it is serialised (so
    /// escaping cannot hide a secret from the mask).
    pub fn json(&self, value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(text) => {
                if let Cow::Owned(masked) = self.text(text) {
                    *text = masked;
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| self.json(v)),
            serde_json::Value::Object(map) => map.values_mut().for_each(|v| self.json(v)),
            serde_json::Value::Null | serde_json::Value::Bool(_) | serde_json::Value::Number(_) => {
            }
        }
    }

    /// A header value as it may be shown: credentials headers are masked whole.
    pub fn header<'t>(&self, name: &str, value: &'t str) -> Cow<'t, str> {
        if is_sensitive_header(name) && !value.is_empty() {
            return Cow::Borrowed(MASK);
        }
        self.text(value)
    }

    /// Wraps a writer so that everything written through it is redacted.
    pub fn writer<W: Write>(&self, inner: W) -> RedactingWriter<W> {
        RedactingWriter {
            inner,
            redactor: self.clone(),
            pending: Vec::new(),
        }
    }
}

/// Secrets this long or longer are masked wherever they appear.
const SHORT_SECRET: usize = 8;

/// A secret shorter than [`SHORT_SECRET`] made of letters only or digits
/// only: the kind that is also part of ordinary words and numbers.
fn is_short_word(secret: &str) -> bool {
    secret.chars().count() < SHORT_SECRET
        && (secret.chars().all(char::is_alphabetic) || secret.chars().all(|c| c.is_ascii_digit()))
}

/// `text` with each occurrence of `secret` that no letter or digit
/// touches (`p` in `user:p`, `?k=p&`, `\"p\"`) masked; `None` when there is
/// none such.
fn mask_standing_alone(text: &str, secret: &str) -> Option<String> {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, _) in text.match_indices(secret) {
        if at < last {
            continue;
        }
        let before = text[..at].chars().next_back();
        let after = text[at + secret.len()..].chars().next();
        let joins_a_word =
            |edge: Option<char>, inner: Option<char>| is_word(edge) && is_word(inner);
        if joins_a_word(before, secret.chars().next())
            || joins_a_word(after, secret.chars().next_back())
        {
            continue;
        }
        out.push_str(&text[last..at]);
        out.push_str(MASK);
        last = at + secret.len();
    }
    if last == 0 {
        return None;
    }
    out.push_str(&text[last..]);
    Some(out)
}

/// `haystack` with every `needle` (not empty) replaced by `with`.
fn replace_bytes(haystack: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    while !rest.is_empty() {
        if rest.starts_with(needle) {
            out.extend_from_slice(with);
            rest = &rest[needle.len()..];
        } else {
            out.push(rest[0]);
            rest = &rest[1..];
        }
    }
    out
}

/// A secret as written and as it appears once encoded: URL-encoded with
/// `encodeURIComponent`'s rule (`%20`), form-encoded (`+`), as the request
/// went out in each part of its URL (query, path, user info, fragment: only
/// spaces, quotes, `<>#`, … encoded, `@` and `:` too in the user info),
/// and JSON-escaped (a server echoing it in a JSON body). Base64 inside a Basic
/// `Authorization` header depends on the user name too: the runner adds
/// those credentials as secrets of their own.
pub fn encodings(secret: &str) -> Vec<String> {
    let quoted = serde_json::to_string(secret).unwrap_or_default();
    let json = quoted
        .strip_prefix('"')
        .and_then(|q| q.strip_suffix('"'))
        .unwrap_or_default()
        .to_string();
    let mut forms = vec![
        secret.to_string(),
        crate::http::encode_component(secret),
        // A form body's (RFC 3986: `!*'()` encoded too).
        crate::http::auth::signing::percent_encode(secret),
        // A query parameter an auth adds, before the rest of the URL is
        // encoded: only its own `&` and `#` (and a key's `=`).
        crate::load::encode_chars(secret, &['&', '#']).into_owned(),
        crate::load::encode_chars(secret, &['&', '=', '#']).into_owned(),
        url::form_urlencoded::byte_serialize(secret.as_bytes()).collect(),
        json,
    ];
    // As a request's URL goes out (and a test script and the JSON report
    // show it): each part's own set.
    forms.extend(
        crate::http::URL_PART_SETS
            .iter()
            .map(|set| whatwg_encoded(secret, set)),
    );
    // Before the query a `\` reads as `/` (the wire and the terminal).
    if secret.contains('\\') {
        let slashed = secret.replace('\\', "/");
        forms.extend(
            crate::http::URL_PART_SETS
                .iter()
                .map(|set| whatwg_encoded(&slashed, set)),
        );
        forms.push(slashed);
    }
    forms.retain(|form| !form.is_empty());
    forms.sort();
    forms.dedup();
    forms
}

/// What the WHATWG URL parser does to text in a query or a path: controls,
/// space, non-ASCII and the bytes of `set` are percent-encoded.
fn whatwg_encoded(text: &str, set: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            0x21..=0x7e if !set.contains(&byte) => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Whether a header carries credentials.
pub fn is_sensitive_header(name: &str) -> bool {
    SENSITIVE_HEADERS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(name))
}

/// Buffers whole lines and redacts each before passing it on, so a secret
/// split across two `write` calls is still caught.
pub struct RedactingWriter<W: Write> {
    inner: W,
    redactor: Redactor,
    pending: Vec<u8>,
}

impl<W: Write> RedactingWriter<W> {
    fn write_redacted(&mut self, bytes: &[u8]) -> io::Result<()> {
        let text = String::from_utf8_lossy(bytes);
        self.inner.write_all(self.redactor.text(&text).as_bytes())
    }
}

impl<W: Write> Write for RedactingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        if let Some(end) = self.pending.iter().rposition(|&b| b == b'\n') {
            let lines: Vec<u8> = self.pending.drain(..=end).collect();
            self.write_redacted(&lines)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let rest = std::mem::take(&mut self.pending);
        if !rest.is_empty() {
            self.write_redacted(&rest)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for RedactingWriter<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_bytes_keep_their_bytes_and_lose_their_secrets() {
        let redactor = Redactor::new(["tok-123".to_string()]);
        let binary = [&[0xff, 0x00][..], b"tok-123", &[0xfe]].concat();
        let masked = redactor.bytes(&binary);
        assert_eq!(
            masked.as_ref(),
            [&[0xff, 0x00][..], MASK.as_bytes(), &[0xfe]].concat()
        );
        assert!(matches!(redactor.bytes(&[0xff, 0x01]), Cow::Borrowed(_)));
        assert_eq!(redactor.bytes(b"a tok-123").as_ref(), b"a ********");
    }

    #[test]
    fn masks_secrets_split_across_writes() {
        let redactor = Redactor::new(["PMAK-secret".to_string(), String::new()]);
        let mut out = Vec::new();
        {
            let mut writer = redactor.writer(&mut out);
            write!(writer, "key=PMAK-").unwrap();
            writeln!(writer, "secret end").unwrap();
            write!(writer, "tail PMAK-secret").unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "key=******** end\ntail ********"
        );
    }

    #[test]
    fn masks_credential_headers_by_name() {
        let redactor = Redactor::default();
        assert_eq!(redactor.header("X-API-Key", "abc"), MASK);
        assert_eq!(redactor.header("Authorization", "Basic eA=="), MASK);
        assert_eq!(redactor.header("Accept", "*/*"), "*/*");
    }

    #[test]
    fn masks_every_encoding_of_a_secret() {
        let secret = "p&ss=w/rd+1 \"x\"";
        let redactor = Redactor::new([secret.to_string()]);
        for form in [
            secret,
            "p%26ss%3Dw%2Frd%2B1%20%22x%22",
            "p%26ss%3Dw%2Frd%2B1+%22x%22",
            "p&ss=w/rd+1 \\\"x\\\"",
        ] {
            assert_eq!(redactor.text(&format!("<{form}>")), "<********>", "{form}");
        }
    }

    /// A `\` in a URL's path goes out (and shows in the terminal) as `/`.
    #[test]
    fn masks_a_secret_whose_backslash_a_path_turns_to_a_slash() {
        let secret = r"k\e y";
        let redactor = Redactor::new([secret.to_string()]);
        let sent = crate::http::url_as_sent(&format!("http://h/x{secret}x?q={secret}"));
        let shown = redactor.text(&sent);
        assert_eq!(shown.matches("********").count(), 2, "{sent} -> {shown}");
        assert_eq!(redactor.text("/k/e y/"), "/********/");
    }

    /// The JSON report and a test script show a URL as it went out: each
    /// part percent-encoded by its own rule.
    #[test]
    fn masks_a_secret_in_every_part_of_a_url_as_sent() {
        let secret = "p@ss w&rd:1";
        let redactor = Redactor::new([secret.to_string()]);
        let sent = crate::http::url_as_sent(&format!(
            "http://user:{secret}@127.0.0.1/{secret}?q={secret}#{secret}"
        ));
        let shown = redactor.text(&sent);
        assert_eq!(shown.matches("********").count(), 4, "{sent} -> {shown}");
        assert!(!shown.contains("ss") && !shown.contains("rd"), "{shown}");
    }

    #[test]
    fn a_short_secret_is_masked_where_it_stands_alone() {
        let redactor = Redactor::new(["p".to_string(), "test".to_string()]);
        assert_eq!(
            redactor.text("GET http://h/post?k=p&x=1 passed"),
            "GET http://h/post?k=********&x=1 passed"
        );
        assert_eq!(
            redactor.text("user:p \"p\" p"),
            "user:******** \"********\" ********"
        );
        assert_eq!(
            redactor.text("tests test testing"),
            "tests ******** testing"
        );
        let digits = Redactor::new(["1234".to_string()]);
        assert_eq!(digits.text("id=1234 of 12345"), "id=******** of 12345");
        // A mixed short secret looks like a token: masked even inside a word.
        let mixed = Redactor::new(["a+b".to_string(), "k3y".to_string()]);
        assert_eq!(
            mixed.text("xa+by a+b sk3yz"),
            "x********y ******** s********z"
        );
        // Long secrets are masked even inside a word.
        let long = Redactor::new(["s3cr3t-k3y".to_string()]);
        assert_eq!(long.text("xs3cr3t-k3yx"), "x********x");
    }

    #[test]
    fn longer_secret_wins_over_its_prefix() {
        let redactor = Redactor::new(["abc".to_string(), "abcdef".to_string()]);
        assert_eq!(redactor.text("abcdef abc"), "******** ********");
    }
}
