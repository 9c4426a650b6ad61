//! The URL a request goes out with, encoded as Newman encodes it
//! (postman-collection's URL parser, then postman-url-encoder), before the
//! WHATWG parser sees it: that parser would silently drop tabs and line
//! breaks (`{{value}}` from a CSV cell with a newline) and trim spaces
//! where Newman percent-encodes them.

/// Characters encoded in every part: C0 controls, DEL and everything
/// beyond ASCII; each part adds its own.
const FRAGMENT: &[u8] = b" \"<>`";
const PATH: &[u8] = b" \"<>`#?{}";
const USERINFO: &[u8] = b" \"<>`#?{}/:;=@[\\]^|";
const QUERY: &[u8] = b" \"#'<>";

/// A query value's own `&`, which the collection SDK encodes (`a&b` is one
/// value, `a%26b`), besides the query's set.
const QUERY_VALUE: &[u8] = b" \"#'<>&";

/// Each part's set, for the redactor to mask a secret as the wire writes it.
pub(crate) const PART_SETS: [&[u8]; 5] = [QUERY, QUERY_VALUE, PATH, USERINFO, FRAGMENT];

/// Parses `text` as Newman would send it. A URL that starts with its path
/// has no host (its host was a variable left empty): Newman's HTTP library
/// refuses it (`Invalid URI "http:///login"`), where the WHATWG parser
/// would take `login` for the host.
pub fn parse(text: &str) -> Result<reqwest::Url, url::ParseError> {
    if text.trim_start().starts_with('/') {
        return Err(url::ParseError::EmptyHost);
    }
    reqwest::Url::parse(&encode(text))
}

/// `text` split as postman-collection splits a URL string, each part
/// percent-encoded with postman-url-encoder's set for it (an existing
/// `%XX` is kept).
pub fn encode(text: &str) -> String {
    let text = text.trim_start();
    let (rest, hash) = split_once(text, '#');
    let (rest, query) = split_once(rest, '?');
    let rest = rest.replace('\\', "/");
    let (protocol, rest) = match rest.split_once("://") {
        Some((protocol, rest)) => (Some(protocol), rest.trim_start_matches('/')),
        None => (None, rest.as_str()),
    };
    let (authority, path) = split_once(rest, '/');
    let (userinfo, host) = match authority.rfind('@') {
        Some(at) => (Some(&authority[..at]), &authority[at + 1..]),
        None => (None, authority),
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&protocol.unwrap_or("http").to_ascii_lowercase());
    out.push_str("://");
    if let Some(userinfo) = userinfo {
        let (user, password) = split_once(userinfo, ':');
        out.push_str(&percent_encode(user, USERINFO));
        if let Some(password) = password {
            out.push(':');
            out.push_str(&percent_encode(password, USERINFO));
        }
        out.push('@');
    }
    out.push_str(&host.to_lowercase());
    out.push('/');
    out.push_str(&percent_encode(path.unwrap_or(""), PATH));
    if let Some(query) = query {
        out.push('?');
        out.push_str(&percent_encode(query, QUERY));
    }
    if let Some(hash) = hash {
        out.push('#');
        out.push_str(&percent_encode(hash, FRAGMENT));
    }
    out
}

fn split_once(text: &str, at: char) -> (&str, Option<&str>) {
    match text.split_once(at) {
        Some((before, after)) => (before, Some(after)),
        None => (text, None),
    }
}

/// postman-url-encoder's `encode`: byte by byte, `%XX` left alone.
fn percent_encode(text: &str, extra: &[u8]) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        let encoded = byte <= 0x1f || byte >= 0x7f || extra.contains(&byte);
        if byte == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            out.push_str(&text[i..i + 3]);
            i += 3;
            continue;
        }
        if encoded {
            out.push_str(&format!("%{byte:02X}"));
        } else {
            out.push(char::from(byte));
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each case as postman-url-encoder 3 gives it (`toNodeUrl(new
    /// sdk.Url(text)).href`, recorded in node).
    #[test]
    fn encodes_each_part_as_newman() {
        let cases = [
            (
                "127.0.0.1:9/get?v=a\nb&t=x\ty",
                "http://127.0.0.1:9/get?v=a%0Ab&t=x%09y",
            ),
            (
                "http://h/a b/\"q\"?k=a b'c\"<>",
                "http://h/a%20b/%22q%22?k=a%20b%27c%22%3C%3E",
            ),
            (
                "http://h/p%20already?x=50%&y=%zz",
                "http://h/p%20already?x=50%&y=%zz",
            ),
            (
                "http://h/{x}`/é?ü=ö#f g",
                "http://h/%7Bx%7D%60/%C3%A9?%C3%BC=%C3%B6#f%20g",
            ),
            (
                "HTTP://User:p@ss@HOST/x;y=1",
                "http://User:p%40ss@host/x;y=1",
            ),
            ("http://h\\a\\b", "http://h/a/b"),
            ("  http:///h/x", "http://h/x"),
            ("http://h/?", "http://h/?"),
        ];
        for (text, expected) in cases {
            assert_eq!(encode(text), expected, "{text:?}");
        }
    }

    /// Written `http:///login`, the host is `login` in both tools; a URL
    /// that starts with its path has none.
    #[test]
    fn a_url_without_a_host_is_refused() {
        assert_eq!(parse("/login"), Err(url::ParseError::EmptyHost));
        assert_eq!(parse(" /login?x=1"), Err(url::ParseError::EmptyHost));
        assert_eq!(
            parse("http:///login").map(|u| u.host_str().map(String::from)),
            Ok(Some("login".to_string()))
        );
    }

    #[test]
    fn the_parsed_url_keeps_what_newman_sends() {
        let url = parse("http://127.0.0.1:9/get?v=a\nb").unwrap();
        assert_eq!(url.query(), Some("v=a%0Ab"));
    }
}
