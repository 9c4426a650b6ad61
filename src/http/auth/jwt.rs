//! JSON Web Tokens signed here: Postman's `jwt` auth (HS/RS/PS/ES
//! algorithms, header or query) and Atlassian's `asap`.

use base64::Engine as _;
use serde_json::{Map, Value};

use super::signing::{Hash, hmac};
use super::{Params, PreparedRequest, keys};

/// How a JWT algorithm signs.
#[derive(Debug, Clone, Copy)]
enum Algorithm {
    Hmac(Hash),
    Rsa(Hash),
    Pss(Hash),
    Ecdsa(Hash),
}

fn algorithm(name: &str) -> Option<Algorithm> {
    let hash = match name.get(2..)? {
        "256" => Hash::Sha256,
        "384" => Hash::Sha384,
        "512" => Hash::Sha512,
        _ => return None,
    };
    Some(match &name[..2] {
        "HS" => Algorithm::Hmac(hash),
        "RS" => Algorithm::Rsa(hash),
        "PS" => Algorithm::Pss(hash),
        "ES" => Algorithm::Ecdsa(hash),
        _ => return None,
    })
}

fn base64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// `header.payload.signature`.
fn token(
    header: &Map<String, Value>,
    payload: &Value,
    key: &[u8],
    alg: Algorithm,
) -> Result<String, String> {
    let text = |v: &Value| base64url(serde_json::to_string(v).unwrap_or_default().as_bytes());
    let header = Value::Object(header.clone());
    let signing_input = format!("{}.{}", text(&header), text(payload));
    let data = signing_input.as_bytes();
    let pem = || String::from_utf8_lossy(key).into_owned();
    let signature = match alg {
        Algorithm::Hmac(hash) => hmac(hash, key, data),
        Algorithm::Rsa(hash) => keys::rsa_pkcs1_sign(&pem(), hash, data)?,
        Algorithm::Pss(hash) => keys::rsa_pss_sign(&pem(), hash, data)?,
        Algorithm::Ecdsa(hash) => keys::ecdsa_sign(&pem(), hash, data)?,
    };
    Ok(format!("{signing_input}.{}", base64url(&signature)))
}

/// A JSON object from a text field; empty text is `{}`.
fn object_field(params: &Params, name: &str) -> Result<Map<String, Value>, String> {
    let text = params.get(name).trim();
    if text.is_empty() {
        return Ok(Map::new());
    }
    match serde_json::from_str(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(format!("the {name} is not a JSON object")),
        Err(e) => Err(format!("the {name} is not valid JSON: {e}")),
    }
}

/// Postman's `jwt` auth.
pub fn sign_jwt(prepared: &mut PreparedRequest, params: &Params) -> Result<(), String> {
    let name = params.get("algorithm");
    let alg = algorithm(name).ok_or_else(|| format!("unsupported algorithm `{name}`"))?;
    let key = match alg {
        Algorithm::Hmac(_) => {
            let secret = params
                .non_empty("secret")
                .ok_or("invalid secret key; enter a valid key")?;
            if params.flag("isSecretBase64Encoded") {
                base64::engine::general_purpose::STANDARD
                    .decode(secret.trim())
                    .map_err(|_| "the secret is marked base64 but is not base64")?
            } else {
                secret.as_bytes().to_vec()
            }
        }
        _ => params
            .non_empty("privateKey")
            .ok_or("invalid private key; enter a valid key")?
            .as_bytes()
            .to_vec(),
    };
    let mut header = object_field(params, "header")?;
    header.insert("alg".into(), Value::String(name.to_string()));
    let payload = Value::Object(object_field(params, "payload")?);
    let jwt = token(&header, &payload, &key, alg)?;
    prepared.note_credential(jwt.clone());
    if params.non_empty("addTokenTo").unwrap_or("header") == "queryParam" {
        let key = params
            .non_empty("queryParamKey")
            .unwrap_or("token")
            .to_string();
        prepared.remove_query_param(&key);
        prepared.append_query(&key, &jwt);
    } else {
        let prefix = match params.0.get("headerPrefix") {
            None => "Bearer ".to_string(),
            Some(p) if p.is_empty() => String::new(),
            Some(p) => format!("{p} "),
        };
        prepared.set_header("Authorization", format!("{prefix}{jwt}"));
    }
    Ok(())
}

/// Atlassian ASAP: an RS/PS/ES token with issuer, audience, key id, a fresh
/// `jti` and an expiry (default one hour), sent as a bearer token.
pub fn sign_asap(prepared: &mut PreparedRequest, params: &Params) -> Result<(), String> {
    let mut claims = object_field(params, "claims").map_err(|_| "failed to parse claims")?;
    let claim = |claims: &Map<String, Value>, name: &str| match claims.get(name) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => params.non_empty(name).map(String::from),
    };
    let issuer = claim(&claims, "iss");
    let subject = claim(&claims, "sub").or_else(|| issuer.clone());
    let audience = claim(&claims, "aud");
    let kid = claim(&claims, "kid");
    let private_key = params.non_empty("privateKey");
    let (Some(issuer), Some(audience), Some(kid), Some(private_key)) =
        (issuer, audience, kid, private_key)
    else {
        return Err(
            "one or more of the required claims is missing (kid, iss, aud, privateKey)".into(),
        );
    };
    let name = params.non_empty("alg").unwrap_or("RS256");
    let alg = algorithm(name)
        .filter(|a| !matches!(a, Algorithm::Hmac(_)))
        .ok_or_else(|| format!("unsupported algorithm `{name}`"))?;
    let now = super::signing::now().timestamp();
    let lifetime: i64 = params
        .get("exp")
        .trim()
        .parse()
        .ok()
        .filter(|n| *n != 0)
        .unwrap_or(3600);
    let number = |v: i64| Value::Number(v.into());
    let set_default = |claims: &mut Map<String, Value>, key: &str, value: Value| {
        let keep = claims
            .get(key)
            .is_some_and(|v| !v.is_null() && v != "" && v != 0);
        if !keep {
            claims.insert(key.into(), value);
        }
    };
    set_default(&mut claims, "iat", number(now));
    claims.insert("iss".into(), Value::String(issuer));
    claims.insert("sub".into(), Value::String(subject.unwrap_or_default()));
    set_default(
        &mut claims,
        "jti",
        Value::String(uuid::Uuid::new_v4().to_string()),
    );
    claims.insert("aud".into(), Value::String(audience));
    set_default(&mut claims, "exp", number(now + lifetime));
    let mut header = Map::new();
    header.insert("alg".into(), Value::String(name.into()));
    header.insert("kid".into(), Value::String(kid));
    let jwt = token(&header, &Value::Object(claims), private_key.as_bytes(), alg)
        .map_err(|e| format!("failed to sign the request with the key: {e}"))?;
    prepared.note_credential(jwt.clone());
    prepared.set_header("Authorization", format!("Bearer {jwt}"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7515 appendix A.1's HS256 example (its exact payload bytes are
    /// not JSON we would write, so this checks the signature over them).
    #[test]
    fn hs256_signature_matches_rfc_7515() {
        let key = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow")
            .unwrap();
        let input = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
        assert_eq!(
            base64url(&hmac(Hash::Sha256, &key, input.as_bytes())),
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        );
    }
}
