//! What the signing auth types share: digests, HMACs, encodings, clocks,
//! nonces; and Akamai EdgeGrid, which is little more than those.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha512, Sha512_256};

use super::{Params, PreparedRequest};
use crate::http::PreparedBody;

/// The hash functions auth types use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hash {
    Md5,
    Sha1,
    Sha256,
    Sha384,
    Sha512,
    Sha512_256,
}

/// A digest of `data`.
pub fn digest(hash: Hash, data: &[u8]) -> Vec<u8> {
    match hash {
        Hash::Md5 => md5::Md5::digest(data).to_vec(),
        Hash::Sha1 => Sha1::digest(data).to_vec(),
        Hash::Sha256 => Sha256::digest(data).to_vec(),
        Hash::Sha384 => sha2::Sha384::digest(data).to_vec(),
        Hash::Sha512 => Sha512::digest(data).to_vec(),
        Hash::Sha512_256 => Sha512_256::digest(data).to_vec(),
    }
}

/// A digest in lower-case hex.
pub fn hex_digest(hash: Hash, data: &[u8]) -> String {
    hex(&digest(hash, data))
}

/// An HMAC of `data` under `key`. MD5 and SHA-512/256 are not used with
/// HMAC by any auth type; they fall back to SHA-256.
pub fn hmac(hash: Hash, key: &[u8], data: &[u8]) -> Vec<u8> {
    fn run<M: Mac + hmac::digest::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
        let mut mac = <M as hmac::digest::KeyInit>::new_from_slice(key)
            .expect("HMAC takes a key of any length");
        mac.update(data);
        mac.finalize().into_bytes().to_vec()
    }
    match hash {
        Hash::Sha1 => run::<Hmac<Sha1>>(key, data),
        Hash::Sha384 => run::<Hmac<sha2::Sha384>>(key, data),
        Hash::Sha512 => run::<Hmac<Sha512>>(key, data),
        Hash::Md5 | Hash::Sha256 | Hash::Sha512_256 => run::<Hmac<Sha256>>(key, data),
    }
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut hex = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        hex.push(char::from(DIGITS[usize::from(byte >> 4)]));
        hex.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    hex
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// RFC 3986 percent-encoding: everything but `A-Z a-z 0-9 - . _ ~`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// One form-encoded component decoded as Node's `querystring` and OAuth's
/// `decodePercent` do: `+` is a space, `%XX` a byte.
pub fn form_decode(text: &str) -> String {
    // Parsed as the value of a one-pair form, so `&` and `=` stay text.
    let pair = format!("x={}", text.replace('&', "%26").replace('=', "%3D"));
    url::form_urlencoded::parse(pair.as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

/// `len` characters from `A-Z a-z 0-9` (Postman's nonces).
pub fn random_alphanumeric(len: usize) -> String {
    const SOURCE: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    (0..len)
        .map(|_| char::from(SOURCE[fastrand::usize(..SOURCE.len())]))
        .collect()
}

/// The current time in UTC.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

/// The body bytes a signature covers: files are read now (they are read
/// again when sent), multipart bodies are not covered (Newman does not
/// hash them either).
pub fn signed_body(body: &PreparedBody) -> Option<Vec<u8>> {
    match body {
        PreparedBody::Empty => Some(Vec::new()),
        PreparedBody::Bytes(bytes) => Some(bytes.clone()),
        PreparedBody::File(path) => std::fs::read(path).ok(),
        PreparedBody::Multipart(_) => None,
    }
}

/// Akamai EdgeGrid (`EG1-HMAC-SHA256`), as Akamai's reference clients and
/// postman-runtime compute it.
pub fn edgegrid(prepared: &mut PreparedRequest, params: &Params) -> Result<(), String> {
    let (Some(access), Some(client), Some(secret)) = (
        params.non_empty("accessToken"),
        params.non_empty("clientToken"),
        params.non_empty("clientSecret"),
    ) else {
        return Ok(());
    };
    let url =
        crate::http::wire_url::parse(&prepared.url).map_err(|e| format!("invalid URL: {e}"))?;
    let timestamp = params.non_empty("timestamp").map_or_else(
        || now().format("%Y%m%dT%H:%M:%S+0000").to_string(),
        String::from,
    );
    let nonce = params
        .non_empty("nonce")
        .map_or_else(|| uuid::Uuid::new_v4().to_string(), String::from);
    let host = match params.non_empty("baseURL") {
        Some(base) => host_of(base).unwrap_or_else(|| host_of(url.as_str()).unwrap_or_default()),
        None => host_of(url.as_str()).unwrap_or_default(),
    };
    let path = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_string(),
    };
    let body_hash = if prepared.method == "POST" {
        let max: usize = params.get("maxBodySize").parse().unwrap_or(131_072);
        signed_body(&prepared.body)
            .filter(|body| !body.is_empty())
            .map(|body| base64(&digest(Hash::Sha256, &body[..body.len().min(max)])))
            .unwrap_or_default()
    } else {
        String::new()
    };
    let auth = format!(
        "EG1-HMAC-SHA256 client_token={client};access_token={access};timestamp={timestamp};nonce={nonce};"
    );
    let data = [
        prepared.method.as_str(),
        url.scheme(),
        &host,
        &path,
        &canonical_headers(params.get("headersToSign"), &prepared.headers),
        &body_hash,
        &auth,
    ]
    .join("\t");
    let key = base64(&hmac(Hash::Sha256, secret.as_bytes(), timestamp.as_bytes()));
    let signature = base64(&hmac(Hash::Sha256, key.as_bytes(), data.as_bytes()));
    prepared.set_header("Authorization", format!("{auth}signature={signature}"));
    Ok(())
}

/// `host[:port]` of a URL as Node writes it (no default port).
fn host_of(url: &str) -> Option<String> {
    let with_scheme = if url.contains("://") {
        url.to_string()
    } else {
        format!("http://{url}")
    };
    let url = reqwest::Url::parse(&with_scheme).ok()?;
    let host = url.host_str()?.to_string();
    Some(match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host,
    })
}

fn canonical_headers(names: &str, headers: &[(String, String)]) -> String {
    names
        .split(',')
        .map(|name| name.trim().to_ascii_lowercase())
        .filter_map(|name| {
            let value = crate::http::find_header(headers, &name)?;
            let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
            (!value.is_empty()).then(|| format!("{name}:{value}"))
        })
        .collect::<Vec<_>>()
        .join("\t")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding_keeps_only_unreserved_characters() {
        assert_eq!(percent_encode("a b+c/~é"), "a%20b%2Bc%2F~%C3%A9");
    }

    /// RFC 4231 test case 2.
    #[test]
    fn hmac_sha256_matches_rfc_4231() {
        let mac = hmac(Hash::Sha256, b"Jefe", b"what do ya want for nothing?");
        assert_eq!(
            hex(&mac),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
