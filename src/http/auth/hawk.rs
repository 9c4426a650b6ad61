//! Hawk (hapi's request signing), as postman-request computes the header:
//! a MAC over timestamp, nonce, method, resource, host, port, payload hash,
//! `ext`, and `app`/`dlg`.

use super::signing::{Hash, base64, digest, hmac, random_alphanumeric, signed_body};
use super::{Params, PreparedRequest};

/// Adds `Authorization: Hawk …`.
pub fn sign(prepared: &mut PreparedRequest, params: &Params) -> Result<(), String> {
    let (Some(id), Some(key)) = (params.non_empty("authId"), params.non_empty("authKey")) else {
        return Ok(());
    };
    let hash = match params.non_empty("algorithm").unwrap_or("sha256") {
        "sha256" => Hash::Sha256,
        "sha1" => Hash::Sha1,
        other => return Err(format!("unsupported algorithm `{other}` (sha1 or sha256)")),
    };
    prepared.remove_header("Authorization");
    let url =
        crate::http::wire_url::parse(&prepared.url).map_err(|e| format!("invalid URL: {e}"))?;
    let resource = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_string(),
    };
    let port = url.port_or_known_default().unwrap_or(80);
    let nonce = params
        .non_empty("nonce")
        .map_or_else(|| random_alphanumeric(6), String::from);
    let timestamp = params
        .get("timestamp")
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|t| *t != 0)
        .unwrap_or_else(|| super::signing::now().timestamp());
    let payload_hash = if params.flag("includePayloadHash") {
        payload_hash(prepared, hash)
    } else {
        None
    };
    let (ext, app, dlg) = (
        params.get("extraData"),
        params.get("app"),
        params.get("delegation"),
    );
    let mut normalized = format!(
        "hawk.1.header\n{timestamp}\n{nonce}\n{}\n{resource}\n{}\n{port}\n{}\n",
        prepared.method.to_ascii_uppercase(),
        url.host_str().unwrap_or_default().to_ascii_lowercase(),
        payload_hash.as_deref().unwrap_or_default(),
    );
    // postman-request escapes only the first backslash and newline here.
    normalized.push_str(&ext.replacen('\\', "\\\\", 1).replacen('\n', "\\n", 1));
    normalized.push('\n');
    if !app.is_empty() {
        normalized.push_str(&format!("{app}\n{dlg}\n"));
    }
    let mac = base64(&hmac(hash, key.as_bytes(), normalized.as_bytes()));
    let mut header = format!("Hawk id=\"{id}\", ts=\"{timestamp}\", nonce=\"{nonce}");
    if let Some(hash) = &payload_hash {
        header.push_str(&format!("\", hash=\"{hash}"));
    }
    if !ext.is_empty() {
        header.push_str(&format!(
            "\", ext=\"{}",
            ext.replace('\\', "\\\\").replace('"', "\\\"")
        ));
    }
    header.push_str(&format!("\", mac=\"{mac}\""));
    if !app.is_empty() {
        header.push_str(&format!(", app=\"{app}"));
        if !dlg.is_empty() {
            header.push_str(&format!("\", dlg=\"{dlg}"));
        }
        header.push('"');
    }
    prepared.headers.push(("Authorization".into(), header));
    Ok(())
}

/// `hawk.1.payload`, the content type (without parameters) and the body;
/// no hash for an empty or multipart body, as Newman.
fn payload_hash(prepared: &PreparedRequest, hash: Hash) -> Option<String> {
    let body = signed_body(&prepared.body).filter(|b| !b.is_empty())?;
    let content_type = prepared
        .header("content-type")
        .map(|t| {
            t.split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();
    let mut data = format!("hawk.1.payload\n{content_type}\n").into_bytes();
    data.extend_from_slice(&body);
    data.push(b'\n');
    Some(base64(&digest(hash, &data)))
}
