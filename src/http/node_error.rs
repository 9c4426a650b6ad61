//! The fields Node gives the error of a request that failed (`code`,
//! `errno`, `syscall` and where it went, in Node's order), as Newman's JSON
//! report and `pm.sendRequest` callbacks show them: consumers and scripts
//! test `error.code === 'ECONNREFUSED'`. Read from the words of postrun's
//! own errors ([`super::RequestError`]), which name the cause.

use serde_json::{Map, Value, json};

/// What postrun says for a host no lookup can find: a name left as an
/// unresolved `{{variable}}`.
pub(crate) const UNRESOLVED_HOST: &str = "the variable is not defined";

/// Node's fields for the error postrun words `message`, for a request to
/// `url`; `None` where Node's error would be of another kind.
pub fn node_error_fields(message: &str, url: &str) -> Option<Map<String, Value>> {
    let url = url::Url::parse(url).ok();
    // Where the connection went: the proxy, when one was on the way.
    let proxy = proxy_in(message);
    let host = || match &proxy {
        Some((host, _)) => host.clone(),
        None => url
            .as_ref()
            .and_then(|u| u.host_str())
            .unwrap_or_default()
            .trim_matches(['[', ']'])
            .to_string(),
    };
    let port = || match &proxy {
        Some((_, port)) => *port,
        None => url.as_ref().and_then(url::Url::port_or_known_default),
    };
    let lookup_failed = [
        "failed to lookup address",
        "Name or service not known",
        UNRESOLVED_HOST,
    ];
    let fields = if message.contains("Connection refused") {
        json!({ "errno": -111, "code": "ECONNREFUSED", "syscall": "connect", "address": host(), "port": port() })
    } else if lookup_failed.iter().any(|words| message.contains(words)) {
        let host = (message.strip_prefix("could not look up host "))
            .filter(|_| proxy.is_none())
            .and_then(|rest| rest.split_once(": "))
            .map_or_else(host, |(name, _)| name.to_string());
        json!({ "errno": -3008, "code": "ENOTFOUND", "syscall": "getaddrinfo", "hostname": host })
    } else if message.contains("Connection reset") {
        json!({ "errno": -104, "code": "ECONNRESET", "syscall": "read" })
    } else if message.ends_with("(ERR_INVALID_HTTP_TOKEN)") {
        json!({ "code": "ERR_INVALID_HTTP_TOKEN" })
    } else if message.ends_with("(ERR_INVALID_CHAR)") {
        json!({ "code": "ERR_INVALID_CHAR" })
    } else if message.starts_with("request timed out after") {
        // postman-request's words for a response that did not come in time.
        json!({ "code": "ESOCKETTIMEDOUT", "connect": false })
    } else {
        return None;
    };
    match fields {
        Value::Object(fields) => Some(fields),
        _ => None,
    }
}

/// The proxy postrun's message names (`could not connect to proxy
/// 10.0.0.1:3128 (for api.test:443): …`): its host and port.
fn proxy_in(message: &str) -> Option<(String, Option<u16>)> {
    let rest = message.strip_prefix("could not connect to proxy ")?;
    let (address, _) = rest.split_once(' ')?;
    let (host, port) = address.rsplit_once(':')?;
    Some((host.trim_matches(['[', ']']).to_string(), port.parse().ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(message: &str, url: &str) -> Option<String> {
        node_error_fields(message, url).map(|f| Value::Object(f).to_string())
    }

    #[test]
    fn failed_requests_get_nodes_error_fields() {
        let refused = "could not connect to 127.0.0.1:8080: Connection refused (os error 111)";
        assert_eq!(
            fields(refused, "http://127.0.0.1:8080/x").as_deref(),
            Some(
                r#"{"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"127.0.0.1","port":8080}"#
            )
        );
        let unknown = "could not connect to api.test:443: failed to lookup address information: Name or service not known";
        assert_eq!(
            fields(unknown, "https://api.test/x").as_deref(),
            Some(
                r#"{"errno":-3008,"code":"ENOTFOUND","syscall":"getaddrinfo","hostname":"api.test"}"#
            )
        );
        let unresolved = format!("could not look up host {{{{base url}}}}: {UNRESOLVED_HOST}");
        assert_eq!(
            fields(&unresolved, "http://{{base url}}/x").as_deref(),
            Some(
                r#"{"errno":-3008,"code":"ENOTFOUND","syscall":"getaddrinfo","hostname":"{{base url}}"}"#
            )
        );
        let reset = "error sending request: Connection reset by peer (os error 104)";
        assert_eq!(
            fields(reset, "http://[::1]:9/").as_deref(),
            Some(r#"{"errno":-104,"code":"ECONNRESET","syscall":"read"}"#)
        );
        assert_eq!(
            fields("request timed out after 5 ms", "http://h/").as_deref(),
            Some(r#"{"code":"ESOCKETTIMEDOUT","connect":false}"#)
        );
        assert_eq!(fields("invalid method `GE T`", "http://h/"), None);
    }

    /// A connection that failed on the way to a proxy is the proxy's, as
    /// Node reports it (`connect ECONNREFUSED 127.0.0.1:9`).
    #[test]
    fn a_failed_proxy_is_where_the_error_happened() {
        let refused = "could not connect to proxy 127.0.0.1:9 (for api.test:443): Connection refused (ECONNREFUSED)";
        assert_eq!(
            fields(refused, "https://api.test/x").as_deref(),
            Some(
                r#"{"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"127.0.0.1","port":9}"#
            )
        );
        let unknown = "could not connect to proxy proxy.corp:3128 (for api.test:80): failed to lookup address information: Name or service not known";
        assert_eq!(
            fields(unknown, "http://api.test/x").as_deref(),
            Some(
                r#"{"errno":-3008,"code":"ENOTFOUND","syscall":"getaddrinfo","hostname":"proxy.corp"}"#
            )
        );
        let ipv6 = "could not connect to proxy [::1]:8080 (for api.test:80): Connection refused";
        assert_eq!(proxy_in(ipv6), Some(("::1".to_string(), Some(8080))));
    }
}
