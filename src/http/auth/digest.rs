//! HTTP digest auth (RFC 7616) as postman-runtime does it: the request goes
//! out unsigned, the server's 401 (or 403) challenge gives realm and nonce,
//! and the request is sent again signed. The challenge is kept for the
//! auth's owner, so later requests sign at once with the next nonce count.

use super::signing::{Hash, hex_digest, random_alphanumeric};
use super::{Params, PreparedRequest};
use crate::http::{PreparedBody, Response};

/// The fields of a `WWW-Authenticate: Digest …` challenge.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Challenge {
    /// `realm`.
    pub realm: String,
    /// `nonce`.
    pub nonce: String,
    /// `qop` as the server wrote it.
    pub qop: String,
    /// `opaque`.
    pub opaque: String,
}

impl Challenge {
    /// The challenge of a response, if it has one.
    pub fn of(response: &Response) -> Option<Challenge> {
        let header = response
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case("www-authenticate"))
            .map(|(_, v)| v)
            .find(|v| v.to_ascii_lowercase().starts_with("digest "))?;
        Some(Challenge {
            realm: quoted_field(header, "realm"),
            nonce: quoted_field(header, "nonce"),
            qop: quoted_field(header, "qop"),
            opaque: quoted_field(header, "opaque"),
        })
    }
}

/// `name="value"` anywhere in the header, the name matched in any case
/// (postman-runtime's regular expressions).
fn quoted_field(header: &str, name: &str) -> String {
    let lower = header.to_ascii_lowercase();
    let needle = format!("{name}=\"");
    let mut from = 0;
    while let Some(at) = lower[from..].find(&needle) {
        let start = from + at;
        // `cnonce="` must not be read as `nonce="`.
        let whole_word = start == 0 || !lower.as_bytes()[start - 1].is_ascii_alphanumeric();
        let value_start = start + needle.len();
        if whole_word {
            let end = header[value_start..].find('"').map(|e| value_start + e);
            return end.map_or(String::new(), |end| header[value_start..end].to_string());
        }
        from = value_start;
    }
    String::new()
}

/// What to do after a response to a digest request.
#[derive(Debug, PartialEq)]
pub enum AfterResponse {
    /// Send the request again, signed with these parameters.
    Replay(Vec<(&'static str, String)>),
    /// Done; remember these parameters for the next request.
    Keep(Vec<(&'static str, String)>),
}

/// postman-runtime's `post` step: a challenge with anything new in it means
/// a replay; otherwise the nonce count goes up.
pub fn after_response(params: &Params, response: &Response) -> AfterResponse {
    let challenge = Challenge::of(response).filter(|_| matches!(response.code, 401 | 403));
    let Some(challenge) = challenge else {
        return AfterResponse::Keep(vec![("nonceCount", next_count(params.get("nonceCount")))]);
    };
    let mut update = vec![("nonce", challenge.nonce), ("realm", challenge.realm)];
    if !challenge.opaque.is_empty() {
        update.push(("opaque", challenge.opaque));
    }
    if !challenge.qop.is_empty() {
        update.push(("qop", challenge.qop));
    }
    if update.iter().any(|(k, _)| *k == "qop") || !params.get("qop").is_empty() {
        update.push(("clientNonce", random_alphanumeric(8)));
        update.push(("nonceCount", "00000001".to_string()));
    }
    // Newman retries only when the auth lacks one of the fields.
    if update.iter().all(|(key, _)| !params.get(key).is_empty()) {
        return AfterResponse::Keep(Vec::new());
    }
    AfterResponse::Replay(update)
}

fn next_count(count: &str) -> String {
    match count.trim().parse::<u64>() {
        Ok(n) => format!("{:08}", n + 1),
        Err(_) => "00000001".to_string(),
    }
}

/// Whether the auth can sign now (it knows a realm and a nonce).
pub fn ready(params: &Params) -> bool {
    !params.get("nonce").is_empty() && !params.get("realm").is_empty()
}

/// Adds `Authorization: Digest …` for the request as it will be sent.
pub fn sign(prepared: &mut PreparedRequest, params: &Params) -> Result<(), String> {
    if params.get("username").is_empty() || params.get("realm").is_empty() {
        return Ok(());
    }
    let (algorithm, hash) = algorithm(params.get("algorithm"))?;
    let uri = request_uri(&prepared.url);
    let body_hash = (params.get("qop") == "auth-int").then(|| body_hash(&prepared.body, hash));
    let header = header(params, algorithm, hash, &prepared.method, &uri, body_hash);
    prepared.set_header("Authorization", header);
    Ok(())
}

fn algorithm(name: &str) -> Result<(&str, Hash), String> {
    Ok(match name {
        "" | "MD5" => ("MD5", Hash::Md5),
        "MD5-sess" => (name, Hash::Md5),
        "SHA-256" | "SHA-256-sess" => (name, Hash::Sha256),
        "SHA-512-256" | "SHA-512-256-sess" => (name, Hash::Sha512_256),
        other => return Err(format!("unsupported digest algorithm `{other}`")),
    })
}

/// The path and query as sent (`uri` of the header).
pub(super) fn request_uri(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(url) => match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_string(),
        },
        Err(_) => "/".to_string(),
    }
}

/// `auth-int` hashes the body; Newman has no hash for form-data and hashes
/// the text `undefined` in its place.
fn body_hash(body: &PreparedBody, hash: Hash) -> String {
    match body {
        PreparedBody::Empty => hex_digest(hash, b""),
        PreparedBody::Bytes(bytes) => hex_digest(hash, bytes),
        PreparedBody::File(path) => hex_digest(hash, &std::fs::read(path).unwrap_or_default()),
        PreparedBody::Multipart(_) => "undefined".to_string(),
    }
}

fn header(
    params: &Params,
    algorithm: &str,
    hash: Hash,
    method: &str,
    uri: &str,
    body_hash: Option<String>,
) -> String {
    let (username, realm, nonce) = (
        params.get("username"),
        params.get("realm"),
        params.get("nonce"),
    );
    let (qop, cnonce, nc) = (
        params.get("qop"),
        params.get("clientNonce"),
        params.get("nonceCount"),
    );
    let digest = |text: String| hex_digest(hash, text.as_bytes());
    let a1 = if algorithm.ends_with("-sess") {
        let a0 = digest(format!("{username}:{realm}:{}", params.get("password")));
        format!("{a0}:{nonce}:{cnonce}")
    } else {
        format!("{username}:{realm}:{}", params.get("password"))
    };
    let a2 = match &body_hash {
        Some(body) => format!("{method}:{uri}:{body}"),
        None => format!("{method}:{uri}"),
    };
    let (ha1, ha2) = (digest(a1), digest(a2));
    let with_qop = qop == "auth" || qop == "auth-int";
    let response = if with_qop {
        digest(format!("{ha1}:{nonce}:{nc}:{cnonce}:{qop}:{ha2}"))
    } else {
        digest(format!("{ha1}:{nonce}:{ha2}"))
    };
    let mut fields = vec![
        format!("username=\"{username}\""),
        format!("realm=\"{realm}\""),
        format!("nonce=\"{nonce}\""),
        format!("uri=\"{uri}\""),
        format!("algorithm=\"{algorithm}\""),
    ];
    if with_qop {
        fields.push(format!("qop={qop}"));
    }
    if with_qop || algorithm == "MD5-sess" {
        if !nc.is_empty() {
            fields.push(format!("nc={nc}"));
        }
        fields.push(format!("cnonce=\"{cnonce}\""));
    }
    fields.push(format!("response=\"{response}\""));
    let opaque = params.get("opaque");
    if !opaque.is_empty() {
        fields.push(format!("opaque=\"{opaque}\""));
    }
    format!("Digest {}", fields.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 2617 section 3.5's example, verbatim.
    #[test]
    fn rfc_2617_example_gives_its_response() {
        let params = Params(
            [
                ("username", "Mufasa"),
                ("password", "Circle Of Life"),
                ("realm", "testrealm@host.com"),
                ("nonce", "dcd98b7102dd2f0e8b11d0f600bfb0c093"),
                ("qop", "auth"),
                ("nonceCount", "00000001"),
                ("clientNonce", "0a4f113b"),
                ("opaque", "5ccc069c403ebaf9f0171e9517f40e41"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        );
        let header = header(&params, "MD5", Hash::Md5, "GET", "/dir/index.html", None);
        assert!(
            header.contains("response=\"6629fae49393a05397450978507c4ef1\""),
            "{header}"
        );
    }

    #[test]
    fn the_nonce_field_is_not_read_from_cnonce() {
        let header = r#"Digest cnonce="x", nonce="n1", realm="r""#;
        assert_eq!(quoted_field(header, "nonce"), "n1");
    }
}
