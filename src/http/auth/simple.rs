//! The auth types that add one header or query parameter, with Newman's
//! rules for empty fields (postman-runtime's `apikey`, `bearer`, `basic`).

use base64::Engine as _;

use super::{Params, PreparedRequest};

/// A key in a header (default) or the query. Newman sends nothing only when
/// both key and value are empty; an empty key alone cannot be sent.
pub fn apikey(prepared: &mut PreparedRequest, params: &Params) {
    let (key, value) = (params.get("key"), params.get("value"));
    if key.is_empty() {
        return;
    }
    if params.get("in") == "query" {
        prepared.remove_query_param(key);
        prepared.append_query(key, value);
    } else {
        prepared.set_header(key, value.to_string());
    }
}

/// `Authorization: Bearer <token>`; an empty token sends no header at all
/// (a token set by a later login request must not send `Bearer `).
pub fn bearer(prepared: &mut PreparedRequest, params: &Params) {
    if let Some(token) = params.non_empty("token") {
        prepared.set_header("Authorization", format!("Bearer {token}"));
    }
}

/// `Authorization: Basic base64(user:password)`, sent even when both are
/// empty, as Newman does.
pub fn basic(prepared: &mut PreparedRequest, params: &Params) {
    let credentials = format!("{}:{}", params.get("username"), params.get("password"));
    let encoded = base64::engine::general_purpose::STANDARD.encode(credentials);
    let value = format!("Basic {encoded}");
    prepared.note_credential(encoded);
    prepared.set_header("Authorization", value);
}

/// A saved OAuth 2.0 token: in the header with its prefix (default
/// `Bearer`), or as `access_token` in the query. Token type `mac` is not
/// sent (Newman does not support it either).
pub fn oauth2_token(prepared: &mut PreparedRequest, params: &Params, token: &str) {
    if params.get("tokenType").eq_ignore_ascii_case("mac") {
        return;
    }
    prepared.note_credential(token.to_string());
    prepared.remove_header("Authorization");
    prepared.remove_query_param("access_token");
    match params.non_empty("addTokenTo").unwrap_or("header") {
        "queryParams" => prepared.append_query("access_token", token),
        "header" => {
            let prefix = match params.0.get("headerPrefix") {
                None => "Bearer".to_string(),
                Some(prefix) => prefix.trim().to_string(),
            };
            let value = if prefix.is_empty() {
                token.to_string()
            } else {
                format!("{prefix} {token}")
            };
            prepared.headers.push(("Authorization".into(), value));
        }
        _ => {}
    }
}
