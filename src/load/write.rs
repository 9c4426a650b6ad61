//! The model written back as Collection v2.1 JSON.

use serde_json::{Value, json};

use super::model::*;

fn key_values(pairs: &[KeyValue]) -> Value {
    Value::Array(
        pairs
            .iter()
            .map(|p| {
                let mut pair = json!({ "key": p.key, "value": p.value });
                if !p.enabled {
                    pair["disabled"] = Value::Bool(true);
                }
                pair
            })
            .collect(),
    )
}

/// A body in v2.1 form.
pub fn body_json(body: &Body) -> Value {
    match body {
        Body::Raw { text, language } => {
            let mut out = json!({ "mode": "raw", "raw": text });
            if let Some(language) = language {
                out["options"] = json!({ "raw": { "language": language } });
            }
            out
        }
        Body::UrlEncoded(fields) => {
            json!({ "mode": "urlencoded", "urlencoded": key_values(fields) })
        }
        Body::FormData(parts) => {
            let parts: Vec<Value> = parts
                .iter()
                .map(|part| {
                    let mut out = match &part.value {
                        FormValue::Text(text) => {
                            json!({ "key": part.key, "value": text, "type": "text" })
                        }
                        FormValue::Files(paths) => {
                            json!({ "key": part.key, "src": paths, "type": "file" })
                        }
                    };
                    if let Some(content_type) = &part.content_type {
                        out["contentType"] = Value::String(content_type.clone());
                    }
                    if !part.enabled {
                        out["disabled"] = Value::Bool(true);
                    }
                    out
                })
                .collect();
            json!({ "mode": "formdata", "formdata": parts })
        }
        Body::File { src } => json!({ "mode": "file", "file": { "src": src } }),
        Body::GraphQl { query, variables } => {
            json!({ "mode": "graphql", "graphql": { "query": query, "variables": variables } })
        }
    }
}

/// Auth in v2.1 form (params as an array of `{key, value}`).
pub fn auth_json(auth: &Auth) -> Value {
    let mut out = json!({ "type": auth.kind });
    out[auth.kind.as_str()] = key_values(&auth.params);
    out
}

/// A request in v2.1 form; `url` is given as text (the caller decides
/// whether it is resolved).
pub fn request_json(request: &Request, url: &str) -> Value {
    let mut out = json!({
        "method": request.method,
        "url": url,
        "header": key_values(&request.headers),
    });
    if let Some(body) = &request.body {
        out["body"] = body_json(body);
    }
    if let Some(auth) = &request.auth {
        out["auth"] = auth_json(auth);
    }
    out
}
