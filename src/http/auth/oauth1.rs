//! OAuth 1.0a (RFC 5849) as postman-runtime sends it: HMAC-SHA1/256/512,
//! PLAINTEXT and RSA-SHA1/256/512; parameters in the header, the query or a
//! url-encoded body; optional body hash and realm.

use super::signing::{
    Hash, base64, digest, hmac, percent_encode, random_alphanumeric, signed_body,
};
use super::{Params, PreparedRequest, keys};
use crate::http::PreparedBody;

/// The parameters OAuth 1.0a owns: removed from a request before signing.
const OAUTH_PARAMS: [&str; 10] = [
    "oauth_consumer_key",
    "oauth_token",
    "oauth_signature_method",
    "oauth_timestamp",
    "oauth_nonce",
    "oauth_version",
    "oauth_signature",
    "oauth_callback",
    "oauth_verifier",
    "oauth_body_hash",
];

/// How the signature is made.
enum Method {
    Hmac(Hash),
    Plaintext,
    Rsa(Hash),
}

fn method(name: &str) -> Result<Method, String> {
    Ok(match name {
        "" | "HMAC-SHA1" => Method::Hmac(Hash::Sha1),
        "HMAC-SHA256" => Method::Hmac(Hash::Sha256),
        "HMAC-SHA512" => Method::Hmac(Hash::Sha512),
        "PLAINTEXT" => Method::Plaintext,
        "RSA-SHA1" => Method::Rsa(Hash::Sha1),
        "RSA-SHA256" => Method::Rsa(Hash::Sha256),
        "RSA-SHA512" => Method::Rsa(Hash::Sha512),
        other => return Err(format!("unsupported signature method `{other}`")),
    })
}

/// Signs the request and places the OAuth parameters.
pub fn sign(prepared: &mut PreparedRequest, params: &Params) -> Result<(), String> {
    let method = method(params.get("signatureMethod"))?;
    let has_key = match method {
        Method::Rsa(_) => params.non_empty("privateKey").is_some(),
        Method::Hmac(_) | Method::Plaintext => params.non_empty("consumerSecret").is_some(),
    };
    if params.non_empty("consumerKey").is_none() || !has_key {
        return Ok(());
    }
    prepared.remove_header("Authorization");
    for name in OAUTH_PARAMS {
        prepared.remove_query_param(name);
    }
    let form = form_fields(prepared);
    let mut oauth = oauth_params(params, &method, prepared, form.is_some());
    let base = base_string(prepared, &oauth, form.as_deref().unwrap_or_default())?;
    let signature = signature(&method, params, &base)?;
    prepared.note_credential(signature.clone());
    oauth.push(("oauth_signature".into(), signature));
    reencode_query(prepared);
    place(prepared, params, &oauth, form.is_some());
    Ok(())
}

/// The `oauth_*` parameters that are signed, in postman-runtime's order.
fn oauth_params(
    params: &Params,
    method: &Method,
    prepared: &PreparedRequest,
    has_form: bool,
) -> Vec<(String, String)> {
    let keep_empty = params.flag("addEmptyParamsToSign");
    let nonce = params
        .non_empty("nonce")
        .map_or_else(|| random_alphanumeric(11), String::from);
    let timestamp = params.non_empty("timestamp").map_or_else(
        || super::signing::now().timestamp().to_string(),
        String::from,
    );
    let signature_method = params.non_empty("signatureMethod").unwrap_or("HMAC-SHA1");
    let mut list = vec![
        ("oauth_consumer_key", params.get("consumerKey").to_string()),
        ("oauth_token", params.get("token").to_string()),
        ("oauth_signature_method", signature_method.to_string()),
        ("oauth_timestamp", timestamp),
        ("oauth_nonce", nonce),
        ("oauth_version", params.get("version").to_string()),
    ];
    let hash = match method {
        Method::Hmac(hash) | Method::Rsa(hash) => Some(*hash),
        Method::Plaintext => None,
    };
    if let (true, false, Some(hash)) = (params.flag("includeBodyHash"), has_form, hash)
        && let Some(body) = signed_body(&prepared.body)
    {
        list.push(("oauth_body_hash", base64(&digest(hash, &body))));
    }
    for (param, name) in [
        ("callback", "oauth_callback"),
        ("verifier", "oauth_verifier"),
    ] {
        if let Some(value) = params.non_empty(param) {
            list.push((name, value.to_string()));
        }
    }
    list.into_iter()
        .filter(|(_, value)| keep_empty || !value.trim().is_empty())
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

/// The fields of a url-encoded body, decoded; `None` for other bodies.
fn form_fields(prepared: &PreparedRequest) -> Option<Vec<(String, String)>> {
    let is_form = prepared
        .header("content-type")
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    match (&prepared.body, is_form) {
        (PreparedBody::Bytes(bytes), true) => Some(decode_form(&String::from_utf8_lossy(bytes))),
        _ => None,
    }
}

/// `a=1&b=2` decoded as node-oauth1 does (`+` is a space).
fn decode_form(text: &str) -> Vec<(String, String)> {
    let decode = super::signing::form_decode;
    text.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(pair), String::new()),
        })
        .collect()
}

/// RFC 5849 section 3.4.1: method, base URL, and every parameter (query,
/// OAuth, form) encoded, sorted and joined.
fn base_string(
    prepared: &PreparedRequest,
    oauth: &[(String, String)],
    form: &[(String, String)],
) -> Result<String, String> {
    let url =
        crate::http::wire_url::parse(&prepared.url).map_err(|e| format!("invalid URL: {e}"))?;
    let mut base_url = format!("{}://{}", url.scheme(), url.host_str().unwrap_or_default());
    if let Some(port) = url.port() {
        base_url.push_str(&format!(":{port}"));
    }
    base_url.push_str(url.path());
    let query = url.query().map(decode_form).unwrap_or_default();
    let mut pairs: Vec<String> = query
        .iter()
        .chain(oauth)
        .chain(form)
        .map(|(k, v)| format!("{} {}", percent_encode(k), percent_encode(v)))
        .collect();
    pairs.sort();
    let normalized: Vec<String> = pairs.iter().map(|p| p.replacen(' ', "=", 1)).collect();
    Ok(format!(
        "{}&{}&{}",
        percent_encode(&prepared.method.to_ascii_uppercase()),
        percent_encode(&base_url),
        percent_encode(&normalized.join("&"))
    ))
}

fn signature(method: &Method, params: &Params, base: &str) -> Result<String, String> {
    let key = format!(
        "{}&{}",
        percent_encode(params.get("consumerSecret")),
        percent_encode(params.get("tokenSecret"))
    );
    Ok(match method {
        Method::Hmac(hash) => base64(&hmac(*hash, key.as_bytes(), base.as_bytes())),
        Method::Plaintext => key,
        Method::Rsa(hash) => base64(&keys::rsa_pkcs1_sign(
            params.get("privateKey"),
            *hash,
            base.as_bytes(),
        )?),
    })
}

/// Header, url-encoded body (POST/PUT only) or query, as Newman places them.
fn place(prepared: &mut PreparedRequest, params: &Params, oauth: &[(String, String)], form: bool) {
    if params.flag("addParamsToHeader") {
        let encode = |s: &str| {
            if params.flag("disableHeaderEncoding") {
                s.to_string()
            } else {
                percent_encode(s)
            }
        };
        let realm = params.get("realm").trim();
        let mut fields = Vec::new();
        if !realm.is_empty() {
            fields.push(format!("realm=\"{}\"", encode(params.get("realm"))));
        }
        fields.extend(
            oauth
                .iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| format!("{}=\"{}\"", encode(k), encode(v.trim()))),
        );
        prepared.headers.push((
            "Authorization".into(),
            format!("OAuth {}", fields.join(",")),
        ));
        return;
    }
    let method = prepared.method.as_str();
    if form && (method.contains("POST") || method.contains("PUT")) {
        if let PreparedBody::Bytes(bytes) = &mut prepared.body {
            for (key, value) in oauth {
                if !bytes.is_empty() {
                    bytes.push(b'&');
                }
                let pair = format!("{}={}", percent_encode(key), percent_encode(value));
                bytes.extend_from_slice(pair.as_bytes());
            }
        }
        return;
    }
    for (key, value) in oauth {
        prepared.append_query(&percent_encode(key), &percent_encode(value));
    }
}

/// postman-runtime rewrites the query with OAuth's encoding (RFC 3986)
/// whatever the placement: `!` goes out as `%21`.
fn reencode_query(prepared: &mut PreparedRequest) {
    let end = prepared.url.find('#').unwrap_or(prepared.url.len());
    let Some(start) = prepared.url[..end].find('?') else {
        return;
    };
    let pairs: Vec<String> = prepared.url[start + 1..end]
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some(_) => {
                let (k, v) = &decode_form(pair)[0];
                format!("{}={}", percent_encode(k), percent_encode(v))
            }
            None => percent_encode(&decode_form(pair)[0].0),
        })
        .collect();
    prepared.url.replace_range(start + 1..end, &pairs.join("&"));
}
