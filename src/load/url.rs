//! A request URL rendered to text: from its parts when the file has them,
//! from `raw` otherwise, with `:name` path variables filled in.

use super::{KeyValue, Url};

/// Resolves `{{variables}}` in a string.
pub trait Resolve {
    /// The text with variables substituted.
    fn resolve(&mut self, text: &str) -> String;
}

impl<F: FnMut(&str) -> String> Resolve for F {
    fn resolve(&mut self, text: &str) -> String {
        self(text)
    }
}

impl Url {
    /// The URL to send, every `{{variable}}` resolved by `vars`. Postman
    /// builds the URL from its parts when it has them; `raw` is only used for
    /// URLs saved as a plain string. A URL without a scheme gets `http://`,
    /// unless it starts with its path: a host written as a variable that is
    /// empty (`{{baseUrl}}/login`) leaves `/login`, which is sent nowhere,
    /// as Newman's `Invalid URI "http:///login"`.
    /// The flag says whether the `http://` was added here.
    pub fn render_noting_scheme(&self, vars: &mut dyn Resolve) -> (String, bool) {
        let out = url_text(self, vars);
        let added = !out.is_empty() && !out.contains("://") && !out.starts_with('/');
        match added {
            true => (format!("http://{out}"), true),
            false => (out, false),
        }
    }

    /// The URL as written, variables left as they are: what `pm.request.url`
    /// shows in a pre-request script.
    pub fn unresolved(&self) -> String {
        url_text(self, &mut |text: &str| text.to_string())
    }
}

fn enabled(pairs: &[KeyValue]) -> impl Iterator<Item = &KeyValue> {
    pairs.iter().filter(|p| p.enabled)
}

fn url_text(url: &Url, vars: &mut dyn Resolve) -> String {
    match &url.host {
        Some(host) => url_from_parts(url, host, vars),
        None if url.variables.is_empty() => vars.resolve(&url.raw),
        None => raw_with_path_variables(&url.raw, &url.variables, vars),
    }
}

/// A raw URL whose `:name` path segments take their values from `variables`.
fn raw_with_path_variables(raw: &str, variables: &[KeyValue], vars: &mut dyn Resolve) -> String {
    let end = raw.find(['?', '#']).unwrap_or(raw.len());
    let (path, rest) = raw.split_at(end);
    let path: Vec<String> = path
        .split('/')
        .map(|segment| path_segment(segment, variables, vars))
        .collect();
    format!("{}{}", path.join("/"), vars.resolve(rest))
}

fn url_from_parts(url: &Url, host: &[String], vars: &mut dyn Resolve) -> String {
    let mut out = String::new();
    let host = host
        .iter()
        .map(|label| vars.resolve(label))
        .collect::<Vec<String>>()
        .join(".");
    // Without a host the URL starts with its path (see `Url::render`).
    if let Some(protocol) = url.protocol.as_deref().filter(|p| !p.is_empty())
        && !host.is_empty()
    {
        out.push_str(&vars.resolve(protocol));
        out.push_str("://");
    }
    out.push_str(&host);
    if let Some(port) = url.port.as_deref().filter(|p| !p.is_empty()) {
        out.push(':');
        out.push_str(&vars.resolve(port));
    }
    for segment in url.path.iter().flatten() {
        out.push('/');
        out.push_str(&path_segment(segment, &url.variables, vars));
    }
    let query: Vec<String> = enabled(&url.query)
        // `{key: "", value: ""}` goes out as `=`, as Newman sends it; a pair
        // with neither a key nor a value (`null`) is left out.
        .map(|q| {
            let key = vars.resolve(&escape_written(&q.key, &['&', '#', '=']));
            match (q.value.is_empty() && q.key.is_empty(), q.no_value) {
                (true, true) => String::new(),
                (_, true) => key,
                (_, false) => {
                    let value = vars.resolve(&escape_written(&q.value, &['&', '#']));
                    format!("{key}={value}")
                }
            }
        })
        .filter(|pair| !pair.is_empty())
        .collect();
    if !query.is_empty() {
        out.push('?');
        out.push_str(&query.join("&"));
    }
    if let Some(hash) = url.hash.as_deref().filter(|h| !h.is_empty()) {
        out.push('#');
        out.push_str(&vars.resolve(hash));
    }
    out
}

/// A query key or value as the collection SDK joins it into the URL text:
/// an `&` or `#` it holds (and, in a key, an `=`) is percent-encoded, so
/// that it stays one value, except inside a `{{variable}}`, whose value
/// goes in as it is (and may end the value, as in Newman).
fn escape_written<'t>(text: &'t str, structural: &[char]) -> std::borrow::Cow<'t, str> {
    if !text.contains(structural) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 6);
    let mut rest = text;
    while !rest.is_empty() {
        let variable = rest.find("{{").and_then(|start| {
            let end = rest[start..].find("}}")? + start + 2;
            Some((start, end))
        });
        let (literal, kept, after) = match variable {
            Some((start, end)) => (&rest[..start], &rest[start..end], &rest[end..]),
            None => (rest, "", ""),
        };
        out.push_str(&encode_chars(literal, structural));
        out.push_str(kept);
        rest = after;
    }
    out.into()
}

/// `text` with each of `chars` (ASCII) percent-encoded.
pub fn encode_chars<'t>(text: &'t str, chars: &[char]) -> std::borrow::Cow<'t, str> {
    if !text.contains(chars) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 6);
    for c in text.chars() {
        match chars.contains(&c) {
            true => out.push_str(&format!("%{:02X}", c as u32)),
            false => out.push(c),
        }
    }
    out.into()
}

/// `:name` segments take the value of the URL's path variable of that name,
/// as postman-collection does: the name runs to the first `.` (`:id.json`),
/// and a variable with an empty value (as written) leaves `:name` in the URL.
fn path_segment(segment: &str, variables: &[KeyValue], vars: &mut dyn Resolve) -> String {
    if let Some(rest) = segment.strip_prefix(':') {
        let name = rest.split('.').next().unwrap_or(rest);
        let variable = variables.iter().find(|v| v.key == name && v.enabled);
        // Emptiness is judged before `{{variables}}` are resolved, as Newman does.
        if let (false, Some(variable)) = (name.is_empty(), variable)
            && !variable.value.is_empty()
        {
            let value = vars.resolve(&variable.value);
            return format!("{value}{}", vars.resolve(&rest[name.len()..]));
        }
    }
    vars.resolve(segment)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity() -> impl FnMut(&str) -> String {
        |s: &str| s.replace("{{host}}", "example.test")
    }

    impl Url {
        fn render(&self, vars: &mut dyn Resolve) -> String {
            self.render_noting_scheme(vars).0
        }
    }

    fn url(raw: &str) -> Url {
        Url {
            raw: raw.into(),
            ..Url::default()
        }
    }

    #[test]
    fn url_from_parts_uses_path_variables_and_skips_disabled_query() {
        let url = Url {
            protocol: Some("https".into()),
            host: Some(vec!["{{host}}".into()]),
            port: Some("8443".into()),
            path: Some(vec!["users".into(), ":id".into()]),
            query: vec![
                KeyValue::new("a", "1"),
                KeyValue {
                    enabled: false,
                    ..KeyValue::new("b", "2")
                },
            ],
            variables: vec![KeyValue::new("id", "42")],
            hash: Some("top".into()),
            ..Url::default()
        };
        assert_eq!(
            url.render(&mut identity()),
            "https://example.test:8443/users/42?a=1#top"
        );
    }

    /// Measured with Newman: a query part's own `&`, `#` (and `=` in a key)
    /// are encoded, a variable's value goes in as it is.
    #[test]
    fn a_query_part_keeps_its_own_ampersand_and_hash() {
        let url = Url {
            host: Some(vec!["h".into()]),
            query: vec![
                KeyValue::new("a=b&c", "x&y#z=1"),
                KeyValue::new("v", "{{host}}&{{a&b}}"),
            ],
            ..Url::default()
        };
        let mut vars = |s: &str| s.replace("{{host}}", "p&q");
        assert_eq!(
            url.render(&mut vars),
            "http://h?a%3Db%26c=x%26y%23z=1&v=p&q%26{{a&b}}"
        );
    }

    /// `{{baseUrl}}/login` with `baseUrl` empty has no host: it stays a
    /// path (which the HTTP layer refuses), never `http://login/`.
    #[test]
    fn a_host_variable_left_empty_leaves_the_path_alone() {
        let mut empty = |s: &str| s.replace("{{host}}", "");
        assert_eq!(url("{{host}}/login").render(&mut empty), "/login");
        let parts = Url {
            protocol: Some("https".into()),
            host: Some(vec!["{{host}}".into()]),
            path: Some(vec!["login".into()]),
            ..Url::default()
        };
        assert_eq!(parts.render(&mut empty), "/login");
        assert_eq!(parts.render(&mut identity()), "https://example.test/login");
    }

    #[test]
    fn raw_url_without_scheme_gets_http() {
        assert_eq!(
            url("{{host}}/x").render(&mut identity()),
            "http://example.test/x"
        );
    }
}
