//! Collection v1 (Postman's format before 2016: `requests`, `folders`,
//! `order`) turned into v2.1 JSON, as Newman does with
//! postman-collection-transformer before a run: folders and requests in
//! their `order`, `headers` text and `headerData`, the body `dataMode`s,
//! `pathVariables`, `tests` and `preRequestScript` (or `events`), and the
//! legacy `currentHelper` auth. The result goes through the v2.1 loader.
//! Checked against the transformer on the schema's v1 examples
//! (`tests/it/corpus.rs`).

use serde_json::{Map, Value, json};

/// Whether `value` is a v1 collection: `requests` or `order`, no `item`.
pub fn is_v1(value: &Value) -> bool {
    value.get("item").is_none() && (value.get("requests").is_some() || value.get("order").is_some())
}

/// The v2.1 form of a v1 collection.
pub fn to_v2_1(v1: &Value) -> Value {
    let mut info = json!({
        "_postman_id": v1.get("id").cloned().unwrap_or(Value::Null),
        "name": v1.get("name").cloned().unwrap_or_default(),
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    });
    if let Some(description) = non_empty(v1.get("description")) {
        info["description"] = description.clone();
    }
    let mut collection = json!({ "info": info, "item": items(v1) });
    if let Some(auth) = auth(v1) {
        collection["auth"] = auth;
    }
    if let Some(events) = events(v1) {
        collection["event"] = events;
    }
    if let Some(variables) = variables(v1) {
        collection["variable"] = variables;
    }
    if let Some(behavior) = non_empty(v1.get("protocolProfileBehavior")).filter(|b| b.is_object()) {
        collection["protocolProfileBehavior"] = behavior.clone();
    }
    collection
}

fn non_empty(value: Option<&Value>) -> Option<&Value> {
    value.filter(|v| match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::Bool(_) | Value::Number(_) => true,
    })
}

fn list<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn id_of(value: &Value) -> Option<&str> {
    value.get("id").and_then(Value::as_str)
}

/// Top-level folders (in `folders_order`, else file order), each holding
/// its subfolders and requests, then the top-level requests in `order`.
fn items(v1: &Value) -> Vec<Value> {
    let requests = list(v1, "requests");
    let folders = list(v1, "folders");
    let request = |id: &str| requests.iter().find(|r| id_of(r) == Some(id));
    let folder = |id: &str| folders.iter().find(|f| id_of(f) == Some(id));
    let subfolders: Vec<&str> = folders
        .iter()
        .flat_map(|f| list(f, "folders_order").iter().filter_map(Value::as_str))
        .collect();
    fn build<'a>(
        folder: &'a Value,
        find_folder: &dyn Fn(&str) -> Option<&'a Value>,
        find_request: &dyn Fn(&str) -> Option<&'a Value>,
        depth: usize,
    ) -> Value {
        let mut children: Vec<Value> = Vec::new();
        if depth < 64 {
            for id in list(folder, "folders_order")
                .iter()
                .filter_map(Value::as_str)
            {
                if let Some(sub) = find_folder(id) {
                    children.push(build(sub, find_folder, find_request, depth + 1));
                }
            }
        }
        for id in list(folder, "order").iter().filter_map(Value::as_str) {
            if let Some(request) = find_request(id) {
                children.push(item(request, find_request));
            }
        }
        // Newman converts without keeping ids (it gives items its own at run time).
        let mut out =
            json!({ "name": folder.get("name").cloned().unwrap_or_default(), "item": children });
        if let Some(description) = non_empty(folder.get("description")) {
            out["description"] = description.clone();
        }
        if let Some(auth) = auth(folder) {
            out["auth"] = auth;
        }
        if let Some(events) = events(folder) {
            out["event"] = events;
        }
        out
    }
    let order: Vec<&str> = match v1.get("folders_order").and_then(Value::as_array) {
        Some(order) => order.iter().filter_map(Value::as_str).collect(),
        None => folders.iter().filter_map(id_of).collect(),
    };
    let mut seen = Vec::new();
    let mut out: Vec<Value> = Vec::new();
    for id in order {
        if seen.contains(&id) || subfolders.contains(&id) {
            continue;
        }
        seen.push(id);
        if let Some(f) = folder(id) {
            out.push(build(f, &folder, &request, 0));
        }
    }
    for id in list(v1, "order").iter().filter_map(Value::as_str) {
        if let Some(r) = request(id) {
            out.push(item(r, &request));
        }
    }
    out
}

fn item<'a>(request: &'a Value, find_request: &dyn Fn(&str) -> Option<&'a Value>) -> Value {
    let mut out = json!({
        "name": request.get("name").cloned().unwrap_or_else(|| json!("")),
        "request": request_of(request),
        "response": responses(request, find_request),
    });
    if let Some(events) = events(request) {
        out["event"] = events;
    }
    if let Some(behavior) = request.get("protocolProfileBehavior") {
        out["protocolProfileBehavior"] = behavior.clone();
    }
    out
}

/// Saved responses (in `responses_order`, else file order) as examples.
fn responses<'a>(v1: &'a Value, find_request: &dyn Fn(&str) -> Option<&'a Value>) -> Vec<Value> {
    let responses = list(v1, "responses");
    let ordered: Vec<&str> = match v1.get("responses_order").and_then(Value::as_array) {
        Some(order) if !order.is_empty() => order.iter().filter_map(Value::as_str).collect(),
        _ => responses.iter().filter_map(id_of).collect(),
    };
    ordered
        .into_iter()
        .filter_map(|id| responses.iter().find(|r| id_of(r) == Some(id)))
        .map(|response| example(response, find_request))
        .collect()
}

/// A saved response; its request is the one saved with it (an object, JSON
/// text) or, when that is a request's id, that request.
fn example<'a>(response: &'a Value, find_request: &dyn Fn(&str) -> Option<&'a Value>) -> Value {
    let code = response.get("responseCode");
    let mut out = json!({
        "name": response.get("name").filter(|n| n.as_str().is_some_and(|s| !s.is_empty())).cloned().unwrap_or_else(|| json!("response")),
        "header": response.get("headers").cloned().unwrap_or(Value::Null),
        "body": response.get("text").cloned().unwrap_or(Value::Null),
    });
    if let Some(name) = code.and_then(|c| c.get("name")).filter(|n| !n.is_null()) {
        out["status"] = name.clone();
    }
    let number = code
        .and_then(|c| c.get("code"))
        .and_then(|c| {
            c.as_f64()
                .or_else(|| c.as_str().and_then(|s| s.trim().parse().ok()))
        })
        .filter(|n| *n != 0.0);
    if let Some(number) = number {
        out["code"] = json!(number as u64);
    }
    if let Some(time) = response.get("time") {
        out["responseTime"] = time.clone();
    }
    if let Some(language) = response.get("language").filter(|l| !l.is_null()) {
        out["_postman_previewlanguage"] = language.clone();
    }
    if let Some(kind) = response.get("previewType").filter(|t| !t.is_null()) {
        out["_postman_previewtype"] = kind.clone();
    }
    let mut by_id = None;
    let saved = ["requestObject", "request"]
        .iter()
        .find_map(|key| match response.get(*key)? {
            Value::String(text) => serde_json::from_str::<Value>(text)
                .inspect_err(|_| by_id = Some(text.as_str()))
                .ok(),
            Value::Null => None,
            other => Some(other.clone()),
        });
    let saved = saved.or_else(|| by_id.and_then(find_request).cloned());
    if let Some(saved) = saved {
        out["originalRequest"] = request_of(&saved);
    }
    out
}

fn request_of(v1: &Value) -> Value {
    let mut out = json!({
        "method": v1.get("method").cloned().unwrap_or_else(|| json!("GET")),
        "header": headers(v1),
        "url": url(v1),
    });
    if let Some(auth) = auth(v1) {
        out["auth"] = auth;
    }
    if let Some(body) = body(v1) {
        out["body"] = body;
    }
    if let Some(description) = non_empty(v1.get("description")) {
        out["description"] = description.clone();
    }
    out
}

/// `headerData` when present (`//` or `enabled: false` disable one), then
/// the `Key: value` lines of `headers` not already there.
fn headers(v1: &Value) -> Value {
    if let Some(list) = v1.get("headers").and_then(Value::as_array) {
        return Value::Array(list.clone());
    }
    let mut out: Vec<Value> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for header in list(v1, "headerData") {
        let mut header = header.clone();
        let key = header
            .get("key")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let disabled = key.starts_with("//") || header.get("enabled") == Some(&Value::Bool(false));
        let key = key.trim_start_matches("//").trim().to_string();
        if let Some(map) = header.as_object_mut() {
            map.remove("enabled");
            map.insert("key".into(), json!(key));
            if disabled {
                map.insert("disabled".into(), json!(true));
            }
        }
        keys.push(key);
        out.push(header);
    }
    let text = v1
        .get("headers")
        .and_then(Value::as_str)
        .unwrap_or_default();
    for header in parse_header_lines(text) {
        if !keys
            .iter()
            .any(|k| Some(k.as_str()) == header["key"].as_str())
        {
            out.push(header);
        }
    }
    Value::Array(out)
}

/// `Key: value` lines (a leading `//` disables one; a line starting with
/// white space continues the one before).
fn parse_header_lines(text: &str) -> Vec<Value> {
    let unfolded = text.replace("\r\n ", " ").replace("\r\n\t", "\t");
    let mut out = Vec::new();
    for line in unfolded.lines() {
        let Some((key, value)) = split_header(line) else {
            continue;
        };
        let mut header = Map::new();
        let disabled = key.starts_with("//");
        header.insert("key".into(), json!(key.trim_start_matches("//").trim()));
        header.insert("value".into(), json!(value.trim()));
        if disabled {
            header.insert("disabled".into(), json!(true));
        }
        out.push(Value::Object(header));
    }
    out
}

/// The key is everything before the last `:` of the first run of
/// non-space characters (after an optional `//`), as the transformer's
/// pattern reads it.
fn split_header(line: &str) -> Option<(&str, &str)> {
    let start = match line.strip_prefix("//") {
        Some(rest) => line.len() - rest.trim_start().len(),
        None => 0,
    };
    let run_end = line[start..]
        .find(char::is_whitespace)
        .map_or(line.len(), |at| start + at);
    let colon = line[..run_end].rfind(':')?;
    (colon > start).then(|| (&line[..colon], &line[colon + 1..]))
}

/// The URL: a string, or an object when path variables have values.
fn url(v1: &Value) -> Value {
    let raw = v1.get("url").and_then(Value::as_str).unwrap_or_default();
    let mut variables: Vec<Value> = Vec::new();
    for variable in list(v1, "pathVariableData") {
        variables.push(variable.clone());
    }
    if let Some(map) = v1.get("pathVariables").and_then(Value::as_object) {
        for (key, value) in map {
            if !variables.iter().any(|v| v["key"].as_str() == Some(key)) {
                variables.push(json!({ "key": key, "value": value }));
            }
        }
    }
    if variables.is_empty() {
        return json!(raw);
    }
    json!({ "raw": raw, "variable": variables })
}

/// The body by `dataMode`: `params` is form-data, `binary` a file.
fn body(v1: &Value) -> Option<Value> {
    let mode = match v1.get("dataMode").and_then(Value::as_str) {
        Some("params") => Some("formdata"),
        Some("urlencoded") => Some("urlencoded"),
        Some("raw") => Some("raw"),
        Some("binary") => Some("file"),
        Some("graphql") => Some("graphql"),
        _ => None,
    };
    let raw_data = match v1.get("rawModeData") {
        Some(Value::String(text)) => Some(text.clone()),
        Some(Value::Array(items)) if items.len() == 1 => items[0].as_str().map(str::to_string),
        _ => None,
    };
    let data = v1.get("data");
    let graphql = non_empty(v1.get("graphqlModeData")).cloned();
    let empty = non_empty(data).is_none()
        && raw_data.as_deref().is_none_or(str::is_empty)
        && graphql.is_none();
    if (mode.is_none() && empty) || v1.get("dataMode") == Some(&Value::Null) {
        return None;
    }
    let mode = mode.unwrap_or(match (&raw_data, data) {
        (None, Some(Value::Array(_))) => "formdata",
        (None, _) if graphql.is_some() => "graphql",
        _ => "raw",
    });
    let mut out = json!({ "mode": mode });
    match mode {
        "raw" => {
            let text = raw_data.or_else(|| data.and_then(Value::as_str).map(str::to_string));
            out["raw"] = json!(text.unwrap_or_default());
        }
        "graphql" => out["graphql"] = graphql.unwrap_or_else(|| data.cloned().unwrap_or_default()),
        "file" => out["file"] = json!({ "src": raw_data }),
        _ => {
            out[mode] = Value::Array(form_fields(
                data.and_then(Value::as_array).map_or(&[], Vec::as_slice),
            ))
        }
    }
    if v1.get("dataDisabled") == Some(&Value::Bool(true)) {
        out["disabled"] = json!(true);
    }
    Some(out)
}

/// Fields with a key; a file field's value is its `src`; `enabled: false`
/// becomes `disabled`; an empty description goes.
fn form_fields(data: &[Value]) -> Vec<Value> {
    data.iter()
        .filter(|field| field.get("key").is_some_and(|k| !k.is_null()))
        .map(|field| {
            let mut field = field.clone();
            if let Some(map) = field.as_object_mut() {
                let is_file = map.get("type").and_then(Value::as_str) == Some("file");
                if is_file
                    && map.get("src").is_none()
                    && let Some(value) = map.remove("value")
                {
                    map.insert("src".into(), value);
                }
                if map.remove("enabled") == Some(Value::Bool(false)) {
                    map.insert("disabled".into(), json!(true));
                }
                // The transformer drops an empty description.
                if non_empty(map.get("description")).is_none() {
                    map.remove("description");
                }
            }
            field
        })
        .collect()
}

/// `events` when the entity has no legacy scripts, else `tests` and
/// `preRequestScript` (in that order, as the transformer writes them).
fn events(v1: &Value) -> Option<Value> {
    let legacy = ["tests", "preRequestScript"].iter().any(|k| {
        v1.get(*k)
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty())
    });
    if !legacy {
        let events = non_empty(v1.get("events"))?;
        return Some(events.clone());
    }
    let script = |text: &str| json!({ "type": "text/javascript", "exec": text.split('\n').collect::<Vec<_>>() });
    let mut out = Vec::new();
    for (key, listen) in [("tests", "test"), ("preRequestScript", "prerequest")] {
        if let Some(text) = v1
            .get(key)
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
        {
            out.push(json!({ "listen": listen, "script": script(text) }));
        }
    }
    Some(Value::Array(out))
}

fn variables(v1: &Value) -> Option<Value> {
    let list = non_empty(v1.get("variables"))?.as_array()?;
    let out: Vec<Value> = list
        .iter()
        .map(|v| {
            let mut out = json!({
                "key": v.get("key").or_else(|| v.get("id")).cloned().unwrap_or_default(),
                "value": v.get("value").cloned().unwrap_or(Value::Null),
            });
            if let Some(kind) = v.get("type").and_then(Value::as_str) {
                out["type"] = json!(if kind == "text" { "string" } else { kind });
            }
            if v.get("disabled") == Some(&Value::Bool(true)) {
                out["disabled"] = json!(true);
            }
            out
        })
        .collect();
    Some(Value::Array(out))
}

/// A v2-style `auth` object when the entity has one and no legacy helper;
/// else the legacy `currentHelper` with its `helperAttributes`.
fn auth(v1: &Value) -> Option<Value> {
    let legacy =
        v1.get("currentHelper").is_some() || non_empty(v1.get("helperAttributes")).is_some();
    // Already in v2's shape (object or list form): the loader reads both.
    if let Some(auth) = v1.get("auth").filter(|_| !legacy) {
        return auth.get("type").is_some().then(|| auth.clone());
    }
    let helper = v1.get("currentHelper")?.as_str()?;
    let kind = match helper {
        "normal" => return None,
        "apikeyAuth" => "apikey",
        "basicAuth" => "basic",
        "bearerAuth" => "bearer",
        "digestAuth" => "digest",
        "hawkAuth" => "hawk",
        "oAuth1" => "oauth1",
        "oAuth2" => "oauth2",
        "ntlmAuth" => "ntlm",
        "awsSigV4" => "awsv4",
        other => other,
    };
    let attributes = match v1.get("helperAttributes") {
        Some(Value::String(text)) => serde_json::from_str(text).ok()?,
        Some(other) => other.clone(),
        None => Value::Null,
    };
    let params = legacy_params(helper, &attributes);
    let mut out = json!({ "type": kind });
    if !params.is_empty() {
        out[kind] = Value::Array(
            params
                .into_iter()
                .map(|(key, value)| param(&key, value))
                .collect(),
        );
    }
    Some(out)
}

/// One v2.1 auth parameter, typed as the transformer types it; a value
/// the helper did not have is left out, as JSON drops `undefined`.
fn param(key: &str, value: Option<Value>) -> Value {
    let kind = match &value {
        Some(Value::String(_)) => "string",
        Some(Value::Bool(_)) => "boolean",
        Some(Value::Number(_)) => "number",
        _ => "any",
    };
    let mut out = json!({ "key": key, "type": kind });
    if let Some(value) = value {
        out["value"] = value;
    }
    out
}

/// The v2 parameters of a legacy helper's attributes, in the transformer's
/// order: (new name, old name); `""` is a fixed value.
fn legacy_params(helper: &str, old: &Value) -> Vec<(String, Option<Value>)> {
    let pairs: &[(&str, &str)] = match helper {
        "apikeyAuth" => &[("key", "key"), ("value", "value"), ("in", "in")],
        "basicAuth" => &[
            ("username", "username"),
            ("password", "password"),
            ("saveHelperData", "saveToRequest"),
            ("showPassword", ""),
        ],
        "bearerAuth" => &[("token", "token")],
        "digestAuth" => &[
            ("algorithm", "algorithm"),
            ("username", "username"),
            ("realm", "realm"),
            ("password", "password"),
            ("nonce", "nonce"),
            ("nonceCount", "nonceCount"),
            ("clientNonce", "clientNonce"),
            ("opaque", "opaque"),
            ("qop", "qop"),
            ("disableRetryRequest", "disableRetryRequest"),
        ],
        "oAuth1" => &[
            ("consumerKey", "consumerKey"),
            ("consumerSecret", "consumerSecret"),
            ("token", "token"),
            ("tokenSecret", "tokenSecret"),
            ("signatureMethod", "signatureMethod"),
            ("timestamp", "timestamp"),
            ("nonce", "nonce"),
            ("version", "version"),
            ("realm", "realm"),
            ("addParamsToHeader", "header"),
            ("autoAddParam", "auto"),
            ("addEmptyParamsToSign", "includeEmpty"),
        ],
        "hawkAuth" => &[
            ("authId", "hawk_id"),
            ("authKey", "hawk_key"),
            ("algorithm", "algorithm"),
            ("user", "user"),
            ("saveHelperData", "saveToRequest"),
            ("nonce", "nonce"),
            ("extraData", "ext"),
            ("appId", "app"),
            ("delegation", "dlg"),
            ("timestamp", "timestamp"),
        ],
        "ntlmAuth" => &[
            ("username", "username"),
            ("password", "password"),
            ("domain", "domain"),
            ("workstation", "workstation"),
            ("disableRetryRequest", "disableRetryRequest"),
        ],
        "oAuth2" => &[
            ("accessToken", "accessToken"),
            ("addTokenTo", "addTokenTo"),
            ("callBackUrl", "callBackUrl"),
            ("authUrl", "authUrl"),
            ("accessTokenUrl", "accessTokenUrl"),
            ("clientId", "clientId"),
            ("clientSecret", "clientSecret"),
            ("clientAuth", "clientAuth"),
            ("grantType", "grantType"),
            ("scope", "scope"),
            ("username", "username"),
            ("password", "password"),
            ("tokenType", "tokenType"),
            ("redirectUri", "redirectUri"),
            ("refreshToken", "refreshToken"),
        ],
        // AWS keeps its attributes as they are; other helpers have none.
        "awsSigV4" => {
            return old
                .as_object()
                .map(|map| {
                    map.iter()
                        .map(|(k, v)| (k.clone(), Some(v.clone())))
                        .collect()
                })
                .unwrap_or_default();
        }
        _ => return Vec::new(),
    };
    if !old.is_object() {
        return Vec::new();
    }
    pairs
        .iter()
        .map(|(new, old_key)| {
            let value = match *old_key {
                "" => Some(json!(false)),
                key => old.get(key).cloned(),
            };
            (new.to_string(), value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_as_the_transformer_reads_them() {
        let headers = parse_header_lines(
            "Content-Type: application/json\n// X-Off: 1\nA:b:c\nnot a header\n",
        );
        assert_eq!(
            Value::Array(headers),
            json!([
                { "key": "Content-Type", "value": "application/json" },
                { "key": "X-Off", "value": "1", "disabled": true },
                { "key": "A:b", "value": "c" }
            ])
        );
    }

    #[test]
    fn folders_then_requests_in_their_order() {
        let v1 = json!({
            "id": "c", "name": "C", "order": ["r2"], "folders_order": ["f1"],
            "folders": [
                { "id": "f1", "name": "F1", "order": ["r1"], "folders_order": ["f2"] },
                { "id": "f2", "name": "F2", "order": [] }
            ],
            "requests": [
                { "id": "r1", "name": "one", "url": "http://x/1", "method": "POST", "dataMode": "urlencoded",
                  "data": [{ "key": "a", "value": "1", "enabled": false }], "tests": "tests['x'] = true;" },
                { "id": "r2", "name": "two", "url": "http://x/:id", "method": "GET", "pathVariables": { "id": "7" },
                  "headers": "Accept: */*\n" }
            ]
        });
        assert!(is_v1(&v1));
        let v2 = to_v2_1(&v1);
        let names: Vec<&str> = v2["item"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["F1", "two"]);
        let folder = &v2["item"][0];
        assert_eq!(folder["item"][0]["name"], "F2");
        let one = &folder["item"][1];
        assert_eq!(
            one["request"]["body"],
            json!({ "mode": "urlencoded", "urlencoded": [{ "key": "a", "value": "1", "disabled": true }] })
        );
        assert_eq!(one["event"][0]["listen"], "test");
        assert_eq!(
            v2["item"][1]["request"]["url"],
            json!({ "raw": "http://x/:id", "variable": [{ "key": "id", "value": "7" }] })
        );
        assert_eq!(
            v2["item"][1]["request"]["header"],
            json!([{ "key": "Accept", "value": "*/*" }])
        );
    }
}
