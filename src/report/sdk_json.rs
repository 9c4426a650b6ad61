//! The collection as Newman's JSON report holds it: what the Postman SDK's
//! `toJSON` writes, which is collection v2.1 with every item, event and
//! script given an id, every URL in parts, and `event`, `variable` and
//! `response` lists present even when empty. Ids postrun has no source for
//! are made from the item's place (the same in every run), as
//! `pm.info.requestId` is.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use crate::load::{self, Collection};

/// The collection in the SDK's shape, with each request item, the group
/// holding it (a folder, or the collection) and the auth it sends, by item
/// path. The tree is held once: the rest are JSON pointers into it (a
/// collection of ten thousand requests is large as a `Value`).
pub struct SdkCollection {
    /// The collection itself.
    pub collection: Value,
    /// Each request item's pointer, by its path (`Folder / Request`).
    items: HashMap<String, String>,
    /// The pointer of the group each request item is in (`""` for the
    /// collection), by item path.
    parent_of: HashMap<String, String>,
    /// The pointer of the auth each request item sends (its own, else its
    /// nearest folder's, else the collection's), by path.
    auths: HashMap<String, String>,
}

impl SdkCollection {
    /// The request item at `path`, as the SDK writes it.
    pub fn item(&self, path: &str) -> Option<&Value> {
        self.items
            .get(path)
            .and_then(|pointer| self.collection.pointer(pointer))
    }

    /// The folder (or the collection) the request item at `path` is in.
    pub fn parent(&self, path: &str) -> &Value {
        self.parent_of
            .get(path)
            .and_then(|pointer| self.collection.pointer(pointer))
            .unwrap_or(&self.collection)
    }

    /// The auth the request item at `path` sends, if any.
    pub fn auth(&self, path: &str) -> Option<&Value> {
        self.auths
            .get(path)
            .and_then(|pointer| self.collection.pointer(pointer))
    }
}

/// A stable id for something at `place` (`Folder/Request`) in the
/// collection named `name`: the id `pm.info.requestId` gives an item
/// without one.
pub fn place_id(name: &str, place: &str) -> String {
    crate::load::place_id(&format!("{name}/{place}"))
}

/// `collection` as the SDK writes it.
pub fn sdk_collection(collection: &Collection) -> SdkCollection {
    let name = collection.info.name.clone();
    let mut json = load::collection_json(collection);
    // The SDK keeps the info's `_` fields under the collection's `_` (the
    // id stays in the info too; the exporter and the link there only).
    let id = json["info"].get("_postman_id").cloned();
    in_place_meta(&mut json["info"]);
    if let Some(meta) = json["info"]
        .as_object_mut()
        .and_then(|info| info.remove("_"))
    {
        json["_"] = meta;
    }
    if let Some(id) = id {
        json["info"]["_postman_id"] = id;
    }
    if json["info"].get("_postman_id").is_none() {
        json["info"]["_postman_id"] = json!(place_id(&name, ""));
    }
    default_list(&mut json, "event");
    default_list(&mut json, "variable");
    script_ids(&mut json, &name, "");
    described(&mut json["info"]);
    if let Some(info) = json["info"].as_object_mut()
        && let Some(written) = info.remove("version")
        && let Some(version) = sdk_version(&written)
    {
        info.insert("version".into(), version);
    }
    typed_auth(&mut json);
    if let Some(variables) = json.get_mut("variable").and_then(Value::as_array_mut) {
        variables.iter_mut().for_each(sdk_variable);
    }
    let mut found = Found::default();
    if let Some(list) = json.get_mut("item").and_then(Value::as_array_mut) {
        for item in list.iter_mut() {
            shape_item(item, &name, "");
        }
    }
    let inherited = json
        .get("auth")
        .filter(|a| !a.is_null())
        .map(|_| "/auth".to_string());
    collect(&json, "", "", inherited.as_deref(), &mut found);
    SdkCollection {
        collection: json,
        items: found.items,
        parent_of: found.parent_of,
        auths: found.auths,
    }
}

fn default_list(value: &mut Value, key: &str) {
    if let Some(map) = value.as_object_mut() {
        map.entry(key).or_insert_with(|| json!([]));
    }
}

fn path_of(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix} / {name}")
    }
}

/// Ids, event lists and URL objects for an item and what it holds.
fn shape_item(item: &mut Value, collection: &str, prefix: &str) {
    let name = item["name"].as_str().unwrap_or_default().to_string();
    let path = path_of(prefix, &name);
    if item.get("id").is_none() {
        item["id"] = json!(place_id(collection, &path.replace(" / ", "/")));
    }
    default_list(item, "event");
    script_ids(item, collection, &path);
    described(item);
    typed_auth(item);
    in_place_meta(item);
    if let Some(children) = item.get_mut("item").and_then(Value::as_array_mut) {
        for child in children.iter_mut() {
            shape_item(child, collection, &path);
        }
        return;
    }
    default_list(item, "response");
    let item_id = item["id"].as_str().unwrap_or_default().to_string();
    for (index, example) in item["response"]
        .as_array_mut()
        .into_iter()
        .flatten()
        .enumerate()
    {
        sdk_example(example, &item_id, index);
    }
    // The SDK keeps a request item's description on its request.
    let description = item.as_object_mut().and_then(|i| i.remove("description"));
    if let Some(request) = item.get_mut("request") {
        shape_request(request);
        if let (Some(description), Some(request)) = (description, request.as_object_mut()) {
            request.entry("description").or_insert(description);
        }
        described(request);
        typed_auth(request);
    }
}

/// A saved example as the SDK writes it: an id, a cookie list, the preview
/// language under `_`, its request in parts.
fn sdk_example(example: &mut Value, item_id: &str, index: usize) {
    let Some(map) = example.as_object_mut() else {
        return;
    };
    map.entry("id")
        .or_insert_with(|| json!(place_id(item_id, &format!("example {index}"))));
    map.entry("cookie").or_insert_with(|| json!([]));
    in_place_meta(example);
    let Some(map) = example.as_object_mut() else {
        return;
    };
    if let Some(request) = map.get_mut("originalRequest") {
        shape_request(request);
        typed_auth(request);
    }
    for cookie in (map.get_mut("cookie").and_then(Value::as_array_mut))
        .into_iter()
        .flatten()
    {
        *cookie = sdk_cookie(cookie);
    }
    for header in map
        .get_mut("header")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        described(header);
    }
}

/// A saved cookie as the SDK's `Cookie` writes it: `name` (else `key`),
/// `expires` as a date (`null` for text that is none, such as the
/// app's `"Invalid Date"`), the flags as booleans, the value
/// percent-encoded once, and only the fields the file gives.
fn sdk_cookie(written: &Value) -> Value {
    let Some(map) = written.as_object() else {
        return written.clone();
    };
    let mut out = Map::new();
    let non_empty = |value: &&Value| match value {
        Value::String(text) => !text.is_empty(),
        Value::Array(list) => !list.is_empty(),
        Value::Object(map) => !map.is_empty(),
        // lodash's `isEmpty` of a number, a boolean or null.
        Value::Null | Value::Bool(_) | Value::Number(_) => false,
    };
    if let Some(name) = [map.get("name"), map.get("key")]
        .into_iter()
        .flatten()
        .find(non_empty)
    {
        out.insert("name".into(), name.clone());
    }
    match map.get("expires") {
        Some(Value::String(text)) => {
            out.insert("expires".into(), date_json(text));
        }
        Some(other) => {
            out.insert("expires".into(), other.clone());
        }
        None => {}
    }
    if let Some(age) = map.get("maxAge") {
        let number = match age {
            Value::Number(_) => age.clone(),
            Value::String(text) => text
                .trim()
                .parse::<f64>()
                .map_or(Value::Null, super::format::js_number),
            Value::Bool(on) => json!(u8::from(*on)),
            Value::Null => json!(0),
            Value::Array(_) | Value::Object(_) => Value::Null,
        };
        out.insert("maxAge".into(), number);
    }
    for key in ["domain", "path"] {
        if let Some(value) = map.get(key) {
            out.insert(key.into(), value.clone());
        }
    }
    for flag in ["secure", "httpOnly", "hostOnly", "session"] {
        if let Some(value) = map.get(flag) {
            out.insert(flag.into(), json!(is_truthy(value)));
        }
    }
    if let Some(value) = map.get("value").filter(|v| is_truthy(v)) {
        let text = value
            .as_str()
            .map_or_else(|| value.to_string(), str::to_string);
        let decoded = decode_uri_component(&text).unwrap_or(text);
        out.insert(
            "value".into(),
            json!(crate::http::encode_component(&decoded)),
        );
    }
    if let Some(extensions) = map.get("extensions").filter(|v| is_truthy(v)) {
        out.insert("extensions".into(), extensions.clone());
    }
    Value::Object(out)
}

/// A date text as JavaScript's `Date#toJSON` writes it, for the forms
/// files use (RFC 3339, RFC 2822 and HTTP dates); `null` for any other
/// text, as for an invalid date.
fn date_json(text: &str) -> Value {
    let parsed = chrono::DateTime::parse_from_rfc3339(text.trim())
        .or_else(|_| chrono::DateTime::parse_from_rfc2822(text.trim()));
    match parsed {
        Ok(date) => json!(
            date.with_timezone(&chrono::Utc)
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        ),
        Err(_) => Value::Null,
    }
}

/// JavaScript's `decodeURIComponent`; `None` where it throws (a `%` not
/// followed by two hex digits, bytes that are not UTF-8).
fn decode_uri_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] == b'%' {
            let hex = text.get(at + 1..at + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            out.push(bytes[at]);
            at += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A variable as the SDK writes it: `disabled` rather than `enabled`, and
/// the untyped `default` as `any`.
pub fn sdk_variable(variable: &mut Value) {
    let Some(map) = variable.as_object_mut() else {
        return;
    };
    if map.remove("enabled") == Some(Value::Bool(false)) {
        map.insert("disabled".into(), json!(true));
    }
    if map
        .get("type")
        .and_then(Value::as_str)
        .is_none_or(|t| t == "default")
    {
        map.insert("type".into(), json!("any"));
    }
}

/// A part's `_`-prefixed fields moved under its `_`, their leading
/// underscores trimmed (`_postman_id` is `_.postman_id`), as the SDK keeps
/// them; none, no `_`.
fn in_place_meta(part: &mut Value) {
    let Some(map) = part.as_object_mut() else {
        return;
    };
    let keys: Vec<String> = (map.keys())
        .filter(|key| key.starts_with('_') && *key != "_")
        .cloned()
        .collect();
    let mut meta = serde_json::Map::new();
    for key in keys {
        if let Some(value) = map.shift_remove(&key) {
            meta.insert(key.trim_start_matches('_').to_string(), value);
        }
    }
    if !meta.is_empty() {
        map.insert("_".into(), Value::Object(meta));
    }
}

/// A holder's description as the SDK writes it: `{content, type}`.
fn described(holder: &mut Value) {
    if let Some(description) = holder.get("description") {
        holder["description"] = sdk_description(description);
    }
}

/// A description as the SDK writes it: an object's `content` and `type`
/// (`text/plain` when it has none), any other value as the content.
pub fn sdk_description(written: &Value) -> Value {
    let (content, kind) = match written {
        Value::Object(map) => (map.get("content"), map.get("type")),
        Value::Array(_) => (None, None),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => (Some(written), None),
    };
    let kind = kind.filter(|t| is_truthy(t)).cloned();
    let mut out = serde_json::Map::new();
    if let Some(content) = content {
        out.insert("content".into(), content.clone());
    }
    out.insert("type".into(), kind.unwrap_or_else(|| json!("text/plain")));
    Value::Object(out)
}

/// A collection's `version` as the SDK writes it: a semantic version's
/// parts (`raw`, `major`, `minor`, `patch`, `prerelease`, `build`, `string`)
/// as the `semver` package parses them, an object's fields of those names
/// (`version` as `string`), and nothing of anything else (`"71"`, `5`);
/// none at all for a falsy value (`""`, `0`, `null`).
fn sdk_version(written: &Value) -> Option<Value> {
    if !is_truthy(written) {
        return None;
    }
    let mut out = serde_json::Map::new();
    match written {
        Value::String(text) => {
            if let Some(parsed) = semver_parts(text) {
                out = parsed;
            }
        }
        Value::Object(map) => {
            for (from, to) in [
                ("raw", "raw"),
                ("major", "major"),
                ("minor", "minor"),
                ("patch", "patch"),
                ("prerelease", "prerelease"),
                ("build", "build"),
                ("version", "string"),
            ] {
                if let Some(value) = map.get(from) {
                    out.insert(to.into(), joined(value));
                }
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::Array(_) => {}
    }
    Some(Value::Object(out))
}

/// The SDK's `list.join()` of a non-empty list (`['beta', 1]` is
/// `"beta,1"`); an empty list or anything else as it is.
fn joined(value: &Value) -> Value {
    match value.as_array() {
        Some(items) if !items.is_empty() => {
            let parts: Vec<String> = items
                .iter()
                .map(|item| match item {
                    Value::String(text) => text.clone(),
                    Value::Null => String::new(),
                    other @ (Value::Bool(_)
                    | Value::Number(_)
                    | Value::Array(_)
                    | Value::Object(_)) => other.to_string(),
                })
                .collect();
            json!(parts.join(","))
        }
        _ => value.clone(),
    }
}

/// `semver.parse` (strict) of a version text, as the SDK keeps it: `None`
/// for text that is not a semantic version.
fn semver_parts(raw: &str) -> Option<serde_json::Map<String, Value>> {
    let text = raw.trim();
    let text = text.strip_prefix('v').unwrap_or(text);
    let (text, build) = split_first(text, '+');
    let (core, prerelease) = split_first(text, '-');
    let numeric = |part: &str| {
        let plain = !part.is_empty()
            && part.bytes().all(|b| b.is_ascii_digit())
            && (part == "0" || !part.starts_with('0'));
        plain.then(|| part.parse::<u64>().ok()).flatten()
    };
    let mut parts = core.split('.');
    let (major, minor, patch) = (
        numeric(parts.next()?)?,
        numeric(parts.next()?)?,
        numeric(parts.next()?)?,
    );
    if parts.next().is_some() {
        return None;
    }
    let identifier_ok =
        |id: &str| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let prerelease: Vec<Value> = match prerelease {
        Some(pre) => pre
            .split('.')
            .map(|id| match numeric(id) {
                Some(n) => Some(json!(n)),
                None if identifier_ok(id) && !id.bytes().all(|b| b.is_ascii_digit()) => {
                    Some(json!(id))
                }
                None => None,
            })
            .collect::<Option<_>>()?,
        None => Vec::new(),
    };
    let build: Vec<Value> = match build {
        Some(build) => build
            .split('.')
            .map(|id| identifier_ok(id).then(|| json!(id)))
            .collect::<Option<_>>()?,
        None => Vec::new(),
    };
    let mut string = format!("{major}.{minor}.{patch}");
    if !prerelease.is_empty() {
        let ids: Vec<String> = prerelease
            .iter()
            .map(|id| id.as_str().map_or_else(|| id.to_string(), str::to_string))
            .collect();
        string = format!("{string}-{}", ids.join("."));
    }
    let mut out = serde_json::Map::new();
    out.insert("raw".into(), json!(raw));
    out.insert("major".into(), json!(major));
    out.insert("minor".into(), json!(minor));
    out.insert("patch".into(), json!(patch));
    out.insert("prerelease".into(), joined(&Value::Array(prerelease)));
    out.insert("build".into(), joined(&Value::Array(build)));
    out.insert("string".into(), json!(string));
    Some(out)
}

/// JavaScript's truthiness of a JSON value.
fn is_truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|n| n != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// Auth parameters typed, as the SDK writes them.
fn typed_auth(holder: &mut Value) {
    let Some(auth) = holder.get_mut("auth").and_then(Value::as_object_mut) else {
        return;
    };
    for (key, params) in auth.iter_mut() {
        if key == "type" {
            continue;
        }
        for param in params.as_array_mut().into_iter().flatten() {
            if let Some(param) = param.as_object_mut() {
                param.entry("type").or_insert_with(|| json!("string"));
            }
        }
    }
}

/// Each script's id, made from its place when it has none.
fn script_ids(holder: &mut Value, collection: &str, path: &str) {
    let Some(events) = holder.get_mut("event").and_then(Value::as_array_mut) else {
        return;
    };
    for (index, event) in events.iter_mut().enumerate() {
        let listen = event["listen"].as_str().unwrap_or("test").to_string();
        if let Some(script) = event.get_mut("script").and_then(Value::as_object_mut) {
            script
                .entry("id")
                .or_insert_with(|| json!(place_id(collection, &format!("{path}#{listen}{index}"))));
            script
                .entry("type")
                .or_insert_with(|| json!("text/javascript"));
            // What Newman's runtime stamps on a script it ran.
            script
                .entry("_lastExecutionId")
                .or_insert_with(|| json!(uuid::Uuid::new_v4().to_string()));
        }
    }
}

/// A request's URL in parts, and its header list present.
pub fn shape_request(request: &mut Value) {
    let url = match request.get("url") {
        Some(Value::String(raw)) => url_object(raw, &[]),
        Some(Value::Object(parts)) => {
            let raw = parts
                .get("raw")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let variables = parts
                .get("variable")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let mut url = url_object(&raw, &variables);
            for (key, value) in parts {
                if key != "variable" {
                    url[key.as_str()] = value.clone();
                }
            }
            url
        }
        _ => url_object("", &[]),
    };
    request["url"] = url;
    // Descriptions of query pairs, path variables and headers as the SDK
    // writes them: `{ content, type }`.
    for list in ["query", "variable"] {
        for pair in request["url"][list].as_array_mut().into_iter().flatten() {
            described(pair);
        }
    }
    default_list(request, "header");
    for header in request["header"].as_array_mut().into_iter().flatten() {
        described(header);
    }
    for mode in ["urlencoded", "formdata"] {
        let pairs = request.pointer_mut(&format!("/body/{mode}"));
        for pair in pairs.and_then(Value::as_array_mut).into_iter().flatten() {
            described(pair);
        }
    }
    described(request);
}

/// `text` before the first `separator`, and what follows it if it is there.
fn split_first(text: &str, separator: char) -> (&str, Option<&str>) {
    match text.split_once(separator) {
        Some((before, after)) => (before, Some(after)),
        None => (text, None),
    }
}

/// A Postman URL (variables kept) in the SDK's parts: protocol, host and
/// path split, query pairs, path variables (`:id` and the given ones).
pub fn url_object(raw: &str, variables: &[Value]) -> Value {
    let (rest, hash) = split_first(raw, '#');
    let (rest, query) = split_first(rest, '?');
    let (protocol, rest) = match rest.split_once("://") {
        Some((protocol, rest)) => (Some(protocol), rest),
        None => (None, rest),
    };
    let (authority, path) = match rest.find('/') {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest, ""),
    };
    // `user:password@` as the SDK's parser splits it: at the last `@`,
    // then the first `:`.
    let (auth, authority) = match authority.rsplit_once('@') {
        Some((userinfo, host)) => {
            let (user, password) = split_first(userinfo, ':');
            let mut auth = json!({ "user": user });
            if let Some(password) = password {
                auth["password"] = json!(password);
            }
            (Some(auth), host)
        }
        None => (None, authority),
    };
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) if !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()) => {
            (host, Some(port))
        }
        _ => (authority, None),
    };
    let path: Vec<&str> = if path.is_empty() {
        Vec::new()
    } else {
        path.split('/').collect()
    };
    let mut variable: Vec<Value> = variables.to_vec();
    for segment in &path {
        if let Some(name) = segment.strip_prefix(':').filter(|n| !n.is_empty())
            && !variable.iter().any(|v| v["key"] == *name)
        {
            variable.push(json!({ "key": name }));
        }
    }
    for variable in &mut variable {
        if let Some(map) = variable.as_object_mut() {
            map.entry("type").or_insert_with(|| json!("any"));
        }
    }
    let query: Vec<Value> = query
        .map(|q| {
            q.split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((key, value)) => json!({ "key": key, "value": value }),
                    None => json!({ "key": pair, "value": Value::Null }),
                })
                .collect()
        })
        .unwrap_or_default();
    let mut out = Map::new();
    out.insert("raw".into(), json!(raw));
    if let Some(protocol) = protocol {
        out.insert("protocol".into(), json!(protocol));
    }
    if let Some(auth) = auth {
        out.insert("auth".into(), auth);
    }
    out.insert("host".into(), json!(host.split('.').collect::<Vec<_>>()));
    if let Some(port) = port {
        out.insert("port".into(), json!(port));
    }
    out.insert("path".into(), json!(path));
    out.insert("query".into(), Value::Array(query));
    out.insert("variable".into(), Value::Array(variable));
    if let Some(hash) = hash {
        out.insert("hash".into(), json!(hash));
    }
    Value::Object(out)
}

/// Where `collect` puts what it finds: pointers by item path.
#[derive(Default)]
struct Found {
    items: HashMap<String, String>,
    parent_of: HashMap<String, String>,
    auths: HashMap<String, String>,
}

/// Request items by path, with their group and the auth they send, as
/// pointers into the tree; `group` is at `pointer`, and `inherited` is the
/// pointer of the auth its items inherit.
fn collect(group: &Value, pointer: &str, prefix: &str, inherited: Option<&str>, found: &mut Found) {
    for (index, item) in group["item"].as_array().into_iter().flatten().enumerate() {
        let path = path_of(prefix, item["name"].as_str().unwrap_or_default());
        let here = format!("{pointer}/item/{index}");
        if item.get("item").is_some() {
            let own = item
                .get("auth")
                .filter(|a| !a.is_null())
                .map(|_| format!("{here}/auth"));
            collect(item, &here, &path, own.as_deref().or(inherited), found);
        } else {
            let own = item["request"]
                .get("auth")
                .filter(|a| !a.is_null())
                .map(|_| format!("{here}/request/auth"));
            if let Some(auth) = own.as_deref().or(inherited) {
                found.auths.insert(path.clone(), auth.to_string());
            }
            found.items.insert(path.clone(), here);
            found.parent_of.insert(path, pointer.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_in_the_sdks_parts() {
        let url = url_object(
            "https://{{host}}.example.com:8443/users/:id/x?a=1&b#frag",
            &[],
        );
        assert_eq!(
            url,
            json!({
                "raw": "https://{{host}}.example.com:8443/users/:id/x?a=1&b#frag",
                "protocol": "https",
                "host": ["{{host}}", "example", "com"],
                "port": "8443",
                "path": ["users", ":id", "x"],
                "query": [{ "key": "a", "value": "1" }, { "key": "b", "value": null }],
                "variable": [{ "key": "id", "type": "any" }],
                "hash": "frag"
            })
        );
        assert_eq!(
            url_object("{{baseUrl}}/get", &[])["host"],
            json!(["{{baseUrl}}"])
        );
        let with_userinfo = url_object("http://{{user}}:p@ss:w@example.com:81/x", &[]);
        assert_eq!(
            (&with_userinfo["auth"], &with_userinfo["host"]),
            (
                &json!({ "user": "{{user}}", "password": "p@ss:w" }),
                &json!(["example", "com"])
            )
        );
        assert_eq!(
            url_object("http://token@example.com", &[])["auth"],
            json!({ "user": "token" })
        );
    }

    /// Saved cookies as the SDK writes them, as Newman's report showed the
    /// Postman API collection's (`key` as `name`, `"Invalid Date"` as
    /// null), values encoded once; the other cases as the SDK's `Cookie`
    /// (postman-collection 4.x, Newman 6.2's) wrote them in node.
    #[test]
    fn saved_cookies_in_the_sdks_shape() {
        let written = json!({ "expires": "Invalid Date", "hostOnly": false, "httpOnly": false, "domain": "getpostman.com", "path": "/", "secure": false, "session": false, "value": "yes", "key": "getpostmanlogin" });
        assert_eq!(
            serde_json::to_string(&sdk_cookie(&written)).unwrap(),
            r#"{"name":"getpostmanlogin","expires":null,"domain":"getpostman.com","path":"/","secure":false,"httpOnly":false,"hostOnly":false,"session":false,"value":"yes"}"#
        );
        let dated = sdk_cookie(
            &json!({ "name": "a", "key": "b", "expires": "Wed, 21 Oct 2015 07:28:00 GMT", "value": "x y%20z", "maxAge": "60" }),
        );
        assert_eq!(
            dated,
            json!({ "name": "a", "expires": "2015-10-21T07:28:00.000Z", "maxAge": 60, "value": "x%20y%20z" })
        );
        assert_eq!(
            serde_json::to_string(&sdk_cookie(&json!({ "key": "k", "value": 5, "secure": "yes", "expires": 1700000000000u64, "extensions": [{ "key": "a", "value": "b" }] }))).unwrap(),
            r#"{"name":"k","expires":1700000000000,"secure":true,"value":"5","extensions":[{"key":"a","value":"b"}]}"#
        );
        assert_eq!(
            sdk_cookie(&json!({ "value": "%E0%A4%A" }))["value"],
            "%25E0%25A4%25A"
        );
    }

    /// A collection's `version` as the SDK Newman uses writes it in the
    /// report, for every case `scripts/sdk-version-golden.js` recorded.
    #[test]
    fn versions_are_reported_as_the_sdk_parses_them() {
        let golden: Vec<Value> = serde_json::from_str(include_str!(
            "../../fixtures/report/sdk-version-golden.json"
        ))
        .unwrap();
        assert!(golden.len() > 30);
        for case in golden {
            let reported = sdk_version(&case["written"]).unwrap_or(Value::Null);
            assert_eq!(reported, case["reported"], "{}", case["written"]);
        }
    }
}
