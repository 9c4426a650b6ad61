//! The model written back as Collection v2.1 JSON.

use serde_json::{Value, json};

use super::model::*;

fn key_values(pairs: &[KeyValue]) -> Value {
    Value::Array(
        pairs
            .iter()
            .map(|p| {
                let value = if p.no_value {
                    Value::Null
                } else {
                    json!(p.value)
                };
                let mut pair = json!({ "key": p.key, "value": value });
                for (field, written) in [("id", &p.id), ("name", &p.name), ("type", &p.kind)] {
                    if let Some(written) = written {
                        pair[field] = json!(written);
                    }
                }
                if !p.enabled {
                    pair["disabled"] = Value::Bool(true);
                }
                if let Some(description) = &p.description {
                    pair["description"] = json!(description);
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
                        FormValue::Base64(base64) => {
                            json!({ "key": part.key, "value": base64, "type": "file" })
                        }
                    };
                    if let Some(content_type) = &part.content_type {
                        out["contentType"] = Value::String(content_type.clone());
                    }
                    if !part.enabled {
                        out["disabled"] = Value::Bool(true);
                    }
                    if let Some(description) = &part.description {
                        out["description"] = json!(description);
                    }
                    out
                })
                .collect();
            json!({ "mode": "formdata", "formdata": parts })
        }
        Body::File {
            src: None,
            content: Some(content),
        } => json!({ "mode": "file", "file": { "content": content } }),
        Body::File { src, .. } => json!({ "mode": "file", "file": { "src": src } }),
        // No variables are written as the empty text, which Postman's runtime
        // sends as none (a `null` would go out as `"variables":null`).
        Body::GraphQl {
            query,
            variables,
            variables_as_object,
        } => {
            let text = variables.as_deref().unwrap_or_default();
            let variables = match variables_as_object {
                true => serde_json::from_str(text).unwrap_or_else(|_| json!(text)),
                false => json!(text),
            };
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
    description_into(&mut out, &request.description);
    out
}

fn description_into(out: &mut Value, description: &Option<String>) {
    if let Some(description) = description {
        out["description"] = Value::String(description.clone());
    }
}

fn events_json(events: &[Script]) -> Value {
    Value::Array(
        events
            .iter()
            .map(|script| {
                let listen = script.listen.as_str();
                let exec: Vec<&str> = script.source.split('\n').collect();
                let mut body = json!({ "type": "text/javascript", "exec": exec });
                if let Some(id) = &script.id {
                    body["id"] = Value::String(id.clone());
                }
                if let Some(packages) = &script.packages {
                    body["packages"] = packages.clone();
                }
                json!({ "listen": listen, "script": body })
            })
            .collect(),
    )
}

/// A URL in v2.1 object form, from its parts (or `raw` alone).
pub fn url_json(url: &Url) -> Value {
    let mut out = json!({ "raw": url.raw });
    if let Some(protocol) = &url.protocol {
        out["protocol"] = json!(protocol);
    }
    if let Some(host) = &url.host {
        out["host"] = json!(host);
    }
    if let Some(port) = &url.port {
        out["port"] = json!(port);
    }
    if let Some(path) = &url.path {
        out["path"] = json!(path);
    }
    if !url.query.is_empty() {
        out["query"] = key_values(&url.query);
    }
    if !url.variables.is_empty() {
        out["variable"] = key_values(&url.variables);
    }
    if let Some(hash) = &url.hash {
        out["hash"] = json!(hash);
    }
    if let Some(auth) = &url.auth {
        out["auth"] = auth.clone();
    }
    out
}

fn full_request_json(request: &Request) -> Value {
    let mut out = request_json(request, "");
    out["url"] = url_json(&request.url);
    description_into(&mut out, &request.description);
    out
}

fn example_json(example: &Example) -> Value {
    let mut out = json!({
        "name": example.name,
        "header": key_values(&example.headers),
        "body": example.body,
    });
    if let Some(request) = &example.original_request {
        out["originalRequest"] = full_request_json(request);
    }
    if let Some(code) = example.code {
        out["code"] = json!(code);
    }
    if let Some(status) = &example.status {
        out["status"] = json!(status);
    }
    if let Some(time) = &example.response_time {
        out["responseTime"] = time.clone();
    }
    if let Some(cookies) = &example.cookies {
        out["cookie"] = cookies.clone();
    }
    if let Some(language) = &example.language {
        out["_postman_previewlanguage"] = json!(language);
    }
    meta_into(&mut out, &example.meta);
    out
}

/// A part's `_postman_*` fields, written back as they were read.
fn meta_into(out: &mut Value, meta: &Meta) {
    for (key, value) in meta {
        out[key.as_str()] = value.clone();
    }
}

/// `protocolProfileBehavior` with the keys that are set; `None` when none is.
fn behavior_json(behavior: &Behavior) -> Option<Value> {
    let mut out = serde_json::Map::new();
    if let Some(keep) = behavior.disable_body_pruning {
        out.insert("disableBodyPruning".into(), json!(keep));
    }
    if let Some(follow) = behavior.follow_redirects {
        out.insert("followRedirects".into(), json!(follow));
    }
    if let Some(max) = behavior.max_redirects {
        out.insert("maxRedirects".into(), json!(max));
    }
    if let Some(disabled) = &behavior.disabled_system_headers {
        let names: serde_json::Map<String, Value> = disabled
            .iter()
            .map(|name| (name.clone(), Value::Bool(true)))
            .collect();
        out.insert("disabledSystemHeaders".into(), Value::Object(names));
    }
    out.extend(behavior.other.clone());
    (!out.is_empty() || behavior.present).then_some(Value::Object(out))
}

fn behavior_into(out: &mut Value, behavior: &Behavior) {
    if let Some(behavior) = behavior_json(behavior) {
        out["protocolProfileBehavior"] = behavior;
    }
}

fn item_json(item: &Item) -> Value {
    match item {
        Item::Folder(folder) => {
            let mut out = json!({
                "name": folder.name,
                "item": folder.items.iter().map(item_json).collect::<Vec<_>>(),
            });
            if let Some(id) = &folder.id {
                out["id"] = json!(id);
            }
            if let Some(auth) = &folder.auth {
                out["auth"] = auth_json(auth);
            }
            if !folder.events.is_empty() {
                out["event"] = events_json(&folder.events);
            }
            description_into(&mut out, &folder.description);
            behavior_into(&mut out, &folder.behavior);
            meta_into(&mut out, &folder.meta);
            out
        }
        Item::Request(request) => {
            let mut out = json!({
                "name": request.name,
                "request": full_request_json(&request.request),
                "response": request.examples.iter().map(example_json).collect::<Vec<_>>(),
            });
            if let Some(id) = &request.id {
                out["id"] = json!(id);
            }
            if !request.events.is_empty() {
                out["event"] = events_json(&request.events);
            }
            description_into(&mut out, &request.description);
            behavior_into(&mut out, &request.behavior);
            meta_into(&mut out, &request.meta);
            out
        }
    }
}

/// A variable list (`{key, value, type}`), as collection variables and
/// environment values are written. Typed values are written with their type.
pub fn variables_json(variables: &[Variable]) -> Value {
    Value::Array(
        variables
            .iter()
            .map(|var| {
                let value = match var.typed {
                    true => serde_json::from_str(&var.value).unwrap_or_else(|_| json!(var.value)),
                    false => json!(var.value),
                };
                // The declared type, so that a run of the file casts as this
                // one did; `default` (the Postman app's word) for none.
                let kind = match (var.kind, var.declared) {
                    (VarType::Secret, _) => "secret",
                    (VarType::Default, Declared::Any) => "default",
                    (VarType::Default, declared) => declared.name(),
                };
                let mut entry =
                    json!({ "key": var.key, "value": value, "type": kind, "enabled": var.enabled });
                // The flag Newman reads (it ignores `enabled`), where the file had it.
                if var.written_disabled {
                    entry["disabled"] = json!(true);
                }
                entry
            })
            .collect(),
    )
}

/// The whole collection as Collection v2.1 JSON.
pub fn collection_json(collection: &Collection) -> Value {
    let mut info = json!({
        "name": collection.info.name,
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    });
    if let Some(id) = &collection.info.id {
        info["_postman_id"] = json!(id);
    }
    if let Some(exporter) = &collection.info.exporter_id {
        info["_exporter_id"] = json!(exporter);
    }
    if let Some(version) = &collection.info.version {
        info["version"] = version.clone();
    }
    if let Some(link) = &collection.info.collection_link {
        info["_collection_link"] = link.clone();
    }
    description_into(&mut info, &collection.info.description);
    let mut out = json!({
        "info": info,
        "item": collection.items.iter().map(item_json).collect::<Vec<_>>(),
    });
    if let Some(auth) = &collection.auth {
        out["auth"] = auth_json(auth);
    }
    if !collection.events.is_empty() {
        out["event"] = events_json(&collection.events);
    }
    if !collection.variables.is_empty() {
        out["variable"] = variables_json(&collection.variables);
    }
    behavior_into(&mut out, &collection.behavior);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--export-collection` writes the collection's `version` back as the
    /// file wrote it, text or object.
    #[test]
    fn a_collections_version_survives_its_export() {
        for version in [json!("71"), json!({ "major": 1, "minor": 2, "patch": 3 })] {
            let text = json!({ "info": { "name": "v", "version": version }, "item": [] });
            let file = std::path::Path::new("v.json");
            let collection = crate::load::parse_collection(&text.to_string(), file).unwrap();
            let written = collection_json(&collection);
            assert_eq!(written["info"]["version"], version);
            let again = crate::load::parse_collection(&written.to_string(), file).unwrap();
            assert_eq!(again.info.version, Some(version));
        }
    }

    #[test]
    fn exported_variables_keep_their_declared_type_and_secrecy() {
        let var = |key: &str, kind, declared| Variable {
            key: key.into(),
            value: "1".into(),
            kind,
            declared,
            enabled: true,
            written_disabled: false,
            typed: false,
        };
        let written = variables_json(&[
            var("plain", VarType::Default, Declared::Any),
            var("count", VarType::Default, Declared::Number),
            var("name", VarType::Default, Declared::String),
            var("token", VarType::Secret, Declared::Any),
        ]);
        let types: Vec<&str> = written
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["type"].as_str().unwrap())
            .collect();
        assert_eq!(types, ["default", "number", "string", "secret"]);
        // Read back, each declares what it was written with.
        let back: Vec<Declared> = written
            .as_array()
            .unwrap()
            .iter()
            .map(|v| Declared::from_type(v["type"].as_str()))
            .collect();
        assert_eq!(
            back,
            [
                Declared::Any,
                Declared::Number,
                Declared::String,
                Declared::Any
            ]
        );
    }
}
