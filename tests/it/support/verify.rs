//! The test server's auth endpoints. Each recomputes the credential from
//! what it received, as a real server would: written here, apart from
//! `src/http/auth`, from the RFCs and vendor documents. The parity suite
//! sends the same fixtures through Newman, so each check is also proven
//! against Postman's own implementation.

use std::collections::BTreeMap;

use axum::http::{HeaderMap, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Digest as _;

/// Digest and basic credentials.
pub const USER: (&str, &str) = ("postman", "password");
/// The digest challenge's nonce and opaque value.
const NONCE: &str = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
const OPAQUE: &str = "5ccc069c403ebaf9f0171e9517f40e41";
/// OAuth 1.0a: consumer key and secret, token secret.
const OAUTH1: (&str, &str, &str) = ("ck-postrun", "cs-secret", "ts-secret");
/// AWS: access key and secret.
const AWS: (&str, &str) = ("AKIDPOSTRUN", "aws-secret/K7MDENG+bPxRfiCYEXAMPLEKEY");
/// Hawk: id and key.
const HAWK: (&str, &str) = (
    "dh37fgj492je",
    "werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn",
);
/// JWT HS* secret.
const JWT_SECRET: &str = "jwt-secret-for-tests";
/// EdgeGrid: client token, access token, client secret.
const EDGEGRID: (&str, &str, &str) = ("akab-client", "akab-access", "edge-secret=");
/// OAuth 2.0 client.
const CLIENT: (&str, &str) = ("cid-postrun", "csecret-postrun");

fn ok(scheme: &str) -> Response {
    axum::Json(json!({ "authenticated": true, "scheme": scheme })).into_response()
}

fn denied(why: impl std::fmt::Display) -> Response {
    (
        StatusCode::UNAUTHORIZED,
        axum::Json(json!({ "authenticated": false, "why": why.to_string() })),
    )
        .into_response()
}

fn authorization(headers: &HeaderMap) -> &str {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

/// The auth routes: `None` for other paths.
pub fn route(method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Option<Response> {
    let segments: Vec<&str> = uri.path().trim_matches('/').split('/').collect();
    Some(match segments.as_slice() {
        ["auth", "digest", algorithm, qop] => digest(method, uri, headers, body, algorithm, qop),
        ["auth", "oauth1"] => oauth1(method, uri, headers, body),
        ["auth", "aws"] => aws(method, uri, headers, body),
        ["auth", "hawk"] => hawk(method, uri, headers, body),
        ["auth", "jwt"] => jwt(uri, headers),
        ["auth", "edgegrid"] => edgegrid(method, uri, headers, body),
        ["auth", "ntlm"] => ntlm(headers),
        ["auth", "bearer", token] => bearer(uri, headers, token),
        ["oauth", "token"] => token(headers, body),
        _ => return None,
    })
}

/// `name="value"` pairs of a `Scheme a="b", c=d` header.
fn header_params(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut rest = text.split_once(' ').map_or("", |(_, r)| r);
    while let Some((name, after)) = rest.split_once('=') {
        let name = name.trim().trim_start_matches(',').trim().to_string();
        let (value, next) = if let Some(quoted) = after.strip_prefix('"') {
            let end = quoted.find('"').unwrap_or(quoted.len());
            (
                quoted[..end].to_string(),
                &quoted[(end + 1).min(quoted.len())..],
            )
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (after[..end].trim().to_string(), &after[end..])
        };
        out.insert(name, value);
        rest = next;
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(key).unwrap();
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

fn path_and_query(uri: &Uri) -> String {
    uri.path_and_query().map_or("/", |p| p.as_str()).to_string()
}

/// RFC 7616: recompute `response` from the password, or challenge.
fn digest(
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
    algorithm: &str,
    qop: &str,
) -> Response {
    let given = authorization(headers);
    let hash = |text: &[u8]| -> String {
        match algorithm.trim_end_matches("-sess") {
            "SHA-256" => hex(&sha2::Sha256::digest(text)),
            "SHA-512-256" => hex(&sha2::Sha512_256::digest(text)),
            _ => hex(&md5::Md5::digest(text)),
        }
    };
    if !given.starts_with("Digest ") {
        let qop = if qop == "none" {
            String::new()
        } else {
            format!(", qop=\"{qop}\"")
        };
        let challenge = format!(
            "Digest realm=\"postrun@test\", nonce=\"{NONCE}\"{qop}, opaque=\"{OPAQUE}\", algorithm={algorithm}"
        );
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, challenge)],
            "challenge",
        )
            .into_response();
    }
    let p = header_params(given);
    let field = |k: &str| p.get(k).cloned().unwrap_or_default();
    if field("uri") != path_and_query(uri) || field("nonce") != NONCE || field("username") != USER.0
    {
        return denied(format!("uri/nonce/username mismatch: {p:?}"));
    }
    let mut ha1 = hash(format!("{}:postrun@test:{}", USER.0, USER.1).as_bytes());
    if algorithm.ends_with("-sess") {
        ha1 = hash(format!("{ha1}:{NONCE}:{}", field("cnonce")).as_bytes());
    }
    let ha2 = if qop == "auth-int" {
        hash(format!("{method}:{}:{}", field("uri"), hash(body)).as_bytes())
    } else {
        hash(format!("{method}:{}", field("uri")).as_bytes())
    };
    let expected = if qop == "none" {
        hash(format!("{ha1}:{NONCE}:{ha2}").as_bytes())
    } else {
        hash(
            format!(
                "{ha1}:{NONCE}:{}:{}:{qop}:{ha2}",
                field("nc"),
                field("cnonce")
            )
            .as_bytes(),
        )
    };
    if field("response") == expected {
        ok("digest")
    } else {
        denied("digest response does not match")
    }
}

fn pct(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn form_pairs(text: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(text.as_bytes())
        .into_owned()
        .collect()
}

/// RFC 5849 section 3.4: rebuild the base string from everything received.
fn oauth1(method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Response {
    let mut params: Vec<(String, String)> = form_pairs(uri.query().unwrap_or_default());
    let is_form = headers.get(header::CONTENT_TYPE).is_some_and(|t| {
        t.to_str()
            .unwrap_or_default()
            .starts_with("application/x-www-form-urlencoded")
    });
    if is_form {
        params.extend(form_pairs(&String::from_utf8_lossy(body)));
    }
    let given = authorization(headers);
    if let Some(rest) = given.strip_prefix("OAuth ") {
        let decode = |s: &str| {
            url::form_urlencoded::parse(format!("v={s}").as_bytes())
                .next()
                .unwrap()
                .1
                .into_owned()
        };
        params.extend(
            header_params(&format!("OAuth {rest}"))
                .into_iter()
                .filter(|(k, _)| k != "realm")
                .map(|(k, v)| (k, decode(&v))),
        );
    }
    let get = |k: &str| {
        params
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    if get("oauth_consumer_key") != OAUTH1.0 {
        return denied("unknown consumer");
    }
    let mut normalized: Vec<(String, String)> = params
        .iter()
        .filter(|(k, _)| k != "oauth_signature")
        .map(|(k, v)| (pct(k), pct(v)))
        .collect();
    normalized.sort();
    let joined: Vec<String> = normalized.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let base = format!(
        "{}&{}&{}",
        method,
        pct(&format!("http://{host}{}", uri.path())),
        pct(&joined.join("&"))
    );
    let key = format!("{}&{}", pct(OAUTH1.1), pct(OAUTH1.2));
    let expected = match get("oauth_signature_method").as_str() {
        "HMAC-SHA1" => {
            let mut mac = Hmac::<sha1::Sha1>::new_from_slice(key.as_bytes()).unwrap();
            mac.update(base.as_bytes());
            b64(&mac.finalize().into_bytes())
        }
        "HMAC-SHA256" => b64(&hmac_sha256(key.as_bytes(), base.as_bytes())),
        "HMAC-SHA512" => {
            let mut mac = Hmac::<sha2::Sha512>::new_from_slice(key.as_bytes()).unwrap();
            mac.update(base.as_bytes());
            b64(&mac.finalize().into_bytes())
        }
        "PLAINTEXT" => key,
        "RSA-SHA256" => {
            use rsa::signature::Verifier as _;
            let key = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(rsa_public_key());
            let signature = base64::engine::general_purpose::STANDARD
                .decode(get("oauth_signature"))
                .unwrap_or_default();
            let valid = rsa::pkcs1v15::Signature::try_from(signature.as_slice())
                .is_ok_and(|s| key.verify(base.as_bytes(), &s).is_ok());
            return if valid {
                ok("oauth1")
            } else {
                denied(format!("RSA signature mismatch; base {base}"))
            };
        }
        other => return denied(format!("method {other}")),
    };
    if get("oauth_signature") == expected {
        ok("oauth1")
    } else {
        denied(format!("signature mismatch; base {base}"))
    }
}

/// AWS SigV4 in the header or the query, from AWS's documentation.
fn aws(method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Response {
    let query = form_pairs(uri.query().unwrap_or_default());
    let from_query = |k: &str| query.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    // Header form, or query form (`X-Amz-Signature`, payload not signed).
    let (credential, signed, signature, date, body_hash) = match from_query("X-Amz-Signature") {
        Some(signature) => (
            from_query("X-Amz-Credential").unwrap_or_default(),
            from_query("X-Amz-SignedHeaders").unwrap_or_default(),
            signature,
            from_query("X-Amz-Date").unwrap_or_default(),
            hex(&sha2::Sha256::digest(b"")),
        ),
        None => {
            let p = header_params(&authorization(headers).replace(", ", ","));
            let field = |k: &str| p.get(k).cloned().unwrap_or_default();
            let body_hash = hex(&sha2::Sha256::digest(body));
            if header("x-amz-content-sha256") != body_hash {
                return denied("x-amz-content-sha256 is not the body's hash");
            }
            let signed = (
                field("Credential"),
                field("SignedHeaders"),
                field("Signature"),
            );
            (
                signed.0,
                signed.1,
                signed.2,
                header("x-amz-date"),
                body_hash,
            )
        }
    };
    let scope: Vec<&str> = credential.split('/').collect();
    if scope.len() != 5 || scope[0] != AWS.0 {
        return denied(format!("bad credential {credential}"));
    }
    let canonical_headers: String = signed
        .split(';')
        .map(|name| format!("{name}:{}\n", header(name).trim()))
        .collect();
    let mut query: Vec<(String, String)> = query
        .iter()
        .filter(|(k, _)| k != "X-Amz-Signature")
        .map(|(k, v)| (pct(k), pct(v)))
        .collect();
    query.sort();
    let query: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let path: String = uri.path().split('/').map(pct).collect::<Vec<_>>().join("/");
    let canonical = format!(
        "{method}\n{path}\n{}\n{canonical_headers}\n{signed}\n{body_hash}",
        query.join("&")
    );
    let to_sign = format!(
        "AWS4-HMAC-SHA256\n{date}\n{}\n{}",
        scope[1..].join("/"),
        hex(&sha2::Sha256::digest(canonical.as_bytes()))
    );
    let mut key = format!("AWS4{}", AWS.1).into_bytes();
    for part in &scope[1..] {
        key = hmac_sha256(&key, part.as_bytes());
    }
    let expected = hex(&hmac_sha256(&key, to_sign.as_bytes()));
    if signature == expected {
        ok("awsv4")
    } else {
        denied(format!("signature mismatch; canonical {canonical:?}"))
    }
}

/// Hawk: the MAC over the normalised request string.
fn hawk(method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Response {
    let p = header_params(authorization(headers));
    let field = |k: &str| p.get(k).cloned().unwrap_or_default();
    if field("id") != HAWK.0 {
        return denied("unknown hawk id");
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let (hostname, port) = host.split_once(':').unwrap_or((host, "80"));
    if let Some(hash) = p.get("hash") {
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|t| {
                t.split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase()
            })
            .unwrap_or_default();
        let mut payload = format!("hawk.1.payload\n{content_type}\n").into_bytes();
        payload.extend_from_slice(body);
        payload.push(b'\n');
        if *hash != b64(&sha2::Sha256::digest(&payload)) {
            return denied("payload hash mismatch");
        }
    }
    let mut normalized = format!(
        "hawk.1.header\n{}\n{}\n{method}\n{}\n{hostname}\n{port}\n{}\n{}\n",
        field("ts"),
        field("nonce"),
        path_and_query(uri),
        field("hash"),
        field("ext")
    );
    if let Some(app) = p.get("app") {
        normalized.push_str(&format!("{app}\n{}\n", field("dlg")));
    }
    let expected = b64(&hmac_sha256(HAWK.1.as_bytes(), normalized.as_bytes()));
    if field("mac") == expected {
        ok("hawk")
    } else {
        denied("mac mismatch")
    }
}

fn key_file(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/auth/keys")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// The public half of `fixtures/auth/keys/rsa.pem`.
fn rsa_public_key() -> rsa::RsaPublicKey {
    use rsa::pkcs8::DecodePrivateKey as _;
    rsa::RsaPrivateKey::from_pkcs8_pem(&key_file("rsa.pem"))
        .unwrap()
        .to_public_key()
}

/// A JWT from `Authorization` (any prefix) or `?token=`, verified with the
/// secret or the fixture key's public half.
fn jwt(uri: &Uri, headers: &HeaderMap) -> Response {
    let from_query = form_pairs(uri.query().unwrap_or_default())
        .into_iter()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v);
    let token = from_query.unwrap_or_else(|| {
        authorization(headers)
            .rsplit(' ')
            .next()
            .unwrap_or_default()
            .to_string()
    });
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return denied("not a JWT");
    }
    let decode = |s: &str| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(s)
            .unwrap_or_default()
    };
    let header: Value = serde_json::from_slice(&decode(parts[0])).unwrap_or_default();
    let claims: Value = serde_json::from_slice(&decode(parts[1])).unwrap_or_default();
    let input = format!("{}.{}", parts[0], parts[1]);
    let signature = decode(parts[2]);
    let valid = match header["alg"].as_str().unwrap_or_default() {
        "HS256" => hmac_sha256(JWT_SECRET.as_bytes(), input.as_bytes()) == signature,
        "RS256" | "PS256" => {
            use rsa::signature::Verifier as _;
            let public = rsa_public_key();
            if header["alg"] == "RS256" {
                let key = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(public);
                rsa::pkcs1v15::Signature::try_from(signature.as_slice())
                    .is_ok_and(|s| key.verify(input.as_bytes(), &s).is_ok())
            } else {
                let key = rsa::pss::VerifyingKey::<sha2::Sha256>::new(public);
                rsa::pss::Signature::try_from(signature.as_slice())
                    .is_ok_and(|s| key.verify(input.as_bytes(), &s).is_ok())
            }
        }
        "ES256" => {
            use p256::ecdsa::signature::Verifier as _;
            use p256::pkcs8::DecodePrivateKey as _;
            let private = p256::SecretKey::from_pkcs8_pem(&key_file("ec.pem")).unwrap();
            let key = *p256::ecdsa::SigningKey::from(private).verifying_key();
            p256::ecdsa::Signature::from_slice(&signature)
                .is_ok_and(|s| key.verify(input.as_bytes(), &s).is_ok())
        }
        "ES512" => {
            use p521::ecdsa::signature::Verifier as _;
            use p521::pkcs8::DecodePrivateKey as _;
            let secret = p521::SecretKey::from_pkcs8_pem(&key_file("ec521.pem")).unwrap();
            let signing = p521::ecdsa::SigningKey::from_bytes(&secret.to_bytes()).unwrap();
            let key = p521::ecdsa::VerifyingKey::from(&signing);
            p521::ecdsa::Signature::from_slice(&signature)
                .is_ok_and(|s| key.verify(input.as_bytes(), &s).is_ok())
        }
        other => return denied(format!("alg {other}")),
    };
    if valid {
        axum::Json(json!({ "authenticated": true, "header": header, "claims": claims }))
            .into_response()
    } else {
        denied("JWT signature does not verify")
    }
}

/// Akamai EdgeGrid v1, from Akamai's client documentation.
fn edgegrid(method: &Method, uri: &Uri, headers: &HeaderMap, body: &[u8]) -> Response {
    let given = authorization(headers);
    let Some((unsigned, signature)) = given.rsplit_once("signature=") else {
        return denied("no signature");
    };
    let fields: BTreeMap<&str, &str> = unsigned
        .trim_start_matches("EG1-HMAC-SHA256 ")
        .split(';')
        .filter_map(|f| f.split_once('='))
        .collect();
    if fields.get("client_token") != Some(&EDGEGRID.0)
        || fields.get("access_token") != Some(&EDGEGRID.1)
    {
        return denied("unknown tokens");
    }
    let timestamp = fields.get("timestamp").copied().unwrap_or_default();
    let key = b64(&hmac_sha256(EDGEGRID.2.as_bytes(), timestamp.as_bytes()));
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let body_hash = if method == Method::POST && !body.is_empty() {
        b64(&sha2::Sha256::digest(body))
    } else {
        String::new()
    };
    let data = format!(
        "{method}\thttp\t{host}\t{}\t\t{body_hash}\t{unsigned}",
        path_and_query(uri)
    );
    if signature == b64(&hmac_sha256(key.as_bytes(), data.as_bytes())) {
        ok("edgegrid")
    } else {
        denied("signature mismatch")
    }
}

/// `Authorization: Bearer <token>` or `?access_token=<token>`.
fn bearer(uri: &Uri, headers: &HeaderMap, token: &str) -> Response {
    let in_query = form_pairs(uri.query().unwrap_or_default())
        .into_iter()
        .any(|(k, v)| k == "access_token" && v == token);
    if authorization(headers) == format!("Bearer {token}") || in_query {
        ok("bearer")
    } else {
        denied("wrong or missing token")
    }
}

/// An OAuth 2.0 token endpoint (RFC 6749 4.3, 4.4): client credentials in
/// Basic auth or the body; the password grant checks the user too.
fn token(headers: &HeaderMap, body: &[u8]) -> Response {
    let form: BTreeMap<String, String> = form_pairs(&String::from_utf8_lossy(body))
        .into_iter()
        .collect();
    let field = |k: &str| form.get(k).cloned().unwrap_or_default();
    let basic = authorization(headers)
        .strip_prefix("Basic ")
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    let client_ok = basic.as_deref() == Some(&format!("{}:{}", CLIENT.0, CLIENT.1))
        || (field("client_id") == CLIENT.0 && field("client_secret") == CLIENT.1);
    if !client_ok {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({ "error": "invalid_client" })),
        )
            .into_response();
    }
    let token = match field("grant_type").as_str() {
        "client_credentials" => format!("cc-token-{}", field("scope").replace(' ', "+")),
        "password" if field("username") == USER.0 && field("password") == USER.1 => {
            "pw-token".to_string()
        }
        _ => {
            return (
                StatusCode::BAD_REQUEST,
                axum::Json(json!({ "error": "invalid_grant" })),
            )
                .into_response();
        }
    };
    axum::Json(json!({ "access_token": token, "token_type": "Bearer", "expires_in": 3600 }))
        .into_response()
}

/// The NTLM server's fixed challenge.
const NTLM_CHALLENGE: [u8; 8] = [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef];

fn utf16(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// NTLMv2 (MS-NLMP): ask for NTLM, answer a negotiate message with a
/// challenge, check an authenticate message's NTProofStr.
fn ntlm(headers: &HeaderMap) -> Response {
    let ask = |value: String| {
        (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, value)],
            "",
        )
            .into_response()
    };
    let Some(message) = authorization(headers).strip_prefix("NTLM ") else {
        return ask("NTLM".into());
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(message)
        .unwrap_or_default();
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
    let u32_at = |at: usize| {
        u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize
    };
    if bytes.len() < 12 || &bytes[..8] != b"NTLMSSP\0" {
        return denied("not an NTLM message");
    }
    match u32_at(8) {
        1 => {
            // Target information: the domain and server names, then the end.
            let name = utf16("POSTRUN");
            let info = [
                vec![2, 0, name.len() as u8, 0],
                name.clone(),
                vec![1, 0, name.len() as u8, 0],
                name,
                vec![0; 4],
            ]
            .concat();
            let mut type2 = b"NTLMSSP\0".to_vec();
            type2.extend(2u32.to_le_bytes());
            type2.extend([0, 0, 0, 0, 56, 0, 0, 0]);
            type2.extend(0x0288_8205u32.to_le_bytes());
            type2.extend(NTLM_CHALLENGE);
            type2.extend([0; 8]);
            type2.extend((info.len() as u16).to_le_bytes());
            type2.extend((info.len() as u16).to_le_bytes());
            type2.extend(56u32.to_le_bytes());
            type2.extend([6, 1, 0xb1, 0x1d, 0, 0, 0, 15]);
            type2.extend(info);
            ask(format!("NTLM {}", b64(&type2)))
        }
        3 => {
            let field = |at: usize| bytes[u32_at(at + 4)..u32_at(at + 4) + u16_at(at)].to_vec();
            let (nt, domain, user) = (field(20), field(28), field(36));
            let text = |b: &[u8]| {
                String::from_utf16_lossy(
                    &b.chunks(2)
                        .map(|c| u16::from_le_bytes([c[0], c[1]]))
                        .collect::<Vec<_>>(),
                )
            };
            let (domain, user) = (text(&domain), text(&user));
            if user != USER.0 || nt.len() < 48 {
                return denied(format!("user {user:?} or an NTLMv1 response"));
            }
            let hmac_md5 = |key: &[u8], data: &[u8]| {
                let mut mac = <Hmac<md5::Md5> as Mac>::new_from_slice(key).unwrap();
                mac.update(data);
                mac.finalize().into_bytes().to_vec()
            };
            let nt_hash = md4::Md4::digest(utf16(USER.1));
            let key = hmac_md5(
                &nt_hash,
                &utf16(&format!("{}{domain}", user.to_uppercase())),
            );
            let proof = hmac_md5(&key, &[NTLM_CHALLENGE.as_slice(), &nt[16..]].concat());
            if proof == nt[..16] {
                ok("ntlm")
            } else {
                denied("NTProofStr does not match")
            }
        }
        other => denied(format!("NTLM message type {other}")),
    }
}
