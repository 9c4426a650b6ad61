//! Raw file types → the model. v2.0 and v2.1 differ only in shapes this
//! module accepts both of (auth params as object or array), so there is one
//! code path for both.

use serde_json::Value;

use super::model::*;
use super::raw;

pub fn collection(raw: raw::Collection) -> Collection {
    let info = raw.info.unwrap_or_default();
    Collection {
        info: Info {
            name: info.name.as_ref().map(text).unwrap_or_default(),
            id: info.id,
            description: description(info.description),
            version: info.version,
            collection_link: info.collection_link,
            exporter_id: info.exporter_id.as_ref().map(text),
        },
        items: raw.item.unwrap_or_default().into_iter().map(item).collect(),
        auth: raw.auth.as_ref().and_then(auth),
        events: events(raw.event),
        variables: raw.variable.into_iter().filter_map(variable).collect(),
        behavior: behavior(raw.behavior.as_ref()),
        source: Default::default(),
        warnings: Vec::new(),
    }
}

fn item(raw: raw::Item) -> Item {
    let name = raw.name.as_ref().map(text).unwrap_or_default();
    // The SDK's `id || _postman_id`: what `pm.info.requestId` says.
    let id = raw.id.as_ref().or(raw.postman_id.as_ref()).map(text);
    let meta: Meta = [
        ("_postman_id", raw.postman_id),
        ("_postman_isSubFolder", raw.sub_folder),
    ]
    .into_iter()
    .filter_map(|(key, value)| Some((key.to_string(), value?)))
    .collect();
    if let Some(children) = raw.item {
        return Item::Folder(Box::new(Folder {
            id,
            name,
            description: description(raw.description),
            items: children.into_iter().map(item).collect(),
            auth: raw.auth.as_ref().and_then(auth),
            events: events(raw.event),
            behavior: behavior(raw.behavior.as_ref()),
            meta,
        }));
    }
    let mut request = raw.request.map(request).unwrap_or_else(|| Request {
        method: "GET".into(),
        ..Request::default()
    });
    // v2.0 exports put the auth on the request; some tools put it on the item.
    if request.auth.is_none() {
        request.auth = raw.auth.as_ref().and_then(auth);
    }
    // One description per request: the item's, else the request's (moved,
    // so a conversion does not find two).
    let item_description = description(raw.description);
    let description = match item_description {
        Some(text)
            if (!text.is_empty() && request.description.as_ref() != Some(&text))
                || request.description.is_none() =>
        {
            Some(text)
        }
        _ => request.description.take(),
    };
    Item::Request(Box::new(RequestItem {
        id,
        name,
        description,
        request,
        events: events(raw.event),
        examples: raw
            .response
            .unwrap_or_default()
            .into_iter()
            .filter_map(example)
            .collect(),
        behavior: behavior(raw.behavior.as_ref()),
        meta,
        source: None,
    }))
}

pub fn request(raw: raw::Request) -> Request {
    let full = match raw {
        raw::Request::Url(url) => {
            return Request {
                method: "GET".into(),
                url: url_from_raw(url),
                ..Request::default()
            };
        }
        raw::Request::Full(full) => *full,
    };
    Request {
        method: full
            .method
            .filter(|m| !m.trim().is_empty())
            .map(|m| m.trim().to_ascii_uppercase())
            .unwrap_or_else(|| "GET".into()),
        url: full.url.map(url).unwrap_or_default(),
        headers: full.header.map(headers).unwrap_or_default(),
        body: full.body.and_then(body),
        auth: full.auth.as_ref().and_then(auth),
        description: description(full.description),
    }
}

fn url_from_raw(raw: String) -> Url {
    Url {
        raw,
        ..Url::default()
    }
}

fn url(raw: raw::Url) -> Url {
    let parts = match raw {
        raw::Url::Raw(text) => return url_from_raw(text),
        raw::Url::Parts(parts) => *parts,
    };
    Url {
        raw: parts.raw.unwrap_or_default(),
        protocol: parts.protocol,
        host: parts.host.map(|host| match host {
            // A string host is the whole host, not one label.
            raw::OneOrMany::One(host) => vec![host],
            raw::OneOrMany::Many(labels) => labels,
        }),
        port: parts.port.as_ref().map(text),
        path: parts.path.map(|path| match path {
            raw::OneOrMany::One(segment) => path_segment(segment)
                .trim_start_matches('/')
                .split('/')
                .map(String::from)
                .collect(),
            raw::OneOrMany::Many(segments) => segments.into_iter().map(path_segment).collect(),
        }),
        query: parts
            .query
            .unwrap_or_default()
            .into_iter()
            .map(key_value)
            .collect(),
        variables: parts
            .variable
            .unwrap_or_default()
            .into_iter()
            .map(key_value)
            .collect(),
        hash: parts.hash,
        auth: parts.auth,
    }
}

fn path_segment(segment: raw::PathSegment) -> String {
    match segment {
        raw::PathSegment::Text(text) => text,
        raw::PathSegment::Typed { value } => value.unwrap_or_default(),
    }
}

pub fn headers(raw: raw::Headers) -> Vec<KeyValue> {
    match raw {
        raw::Headers::List(list) => list.into_iter().map(key_value).collect(),
        raw::Headers::Text(text) => header_lines(&text),
    }
}

/// Headers written as one string, `Name: value` per line; `//` comments a line out.
fn header_lines(text: &str) -> Vec<KeyValue> {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .filter_map(|line| {
            let (enabled, line) = match line.trim().strip_prefix("//") {
                Some(rest) => (false, rest),
                None => (true, line),
            };
            let (key, value) = line.split_once(':')?;
            Some(KeyValue {
                key: key.trim().into(),
                value: value.trim().into(),
                enabled,
                description: None,
                no_value: false,
                id: None,
                name: None,
                kind: None,
            })
        })
        .collect()
}

fn key_value(raw: raw::KeyValue) -> KeyValue {
    KeyValue {
        key: (raw.key.as_ref().or(raw.id.as_ref()))
            .map(text)
            .unwrap_or_default(),
        no_value: raw.value.is_none(),
        value: raw.value.as_ref().map(text).unwrap_or_default(),
        enabled: is_enabled(raw.disabled, raw.enabled),
        description: description(raw.description),
        id: truthy_text(raw.id.as_ref()),
        name: truthy_text(raw.name.as_ref()),
        // Headers, query and form fields drop it in the SDK too.
        kind: None,
    }
}

fn is_enabled(disabled: Option<bool>, enabled: Option<bool>) -> bool {
    disabled != Some(true) && enabled != Some(false)
}

fn body(raw: raw::Body) -> Option<Body> {
    if raw.disabled == Some(true) {
        return None;
    }
    let body = match raw.mode.as_deref()? {
        "raw" => Body::Raw {
            text: raw.raw.as_ref().map(text).unwrap_or_default(),
            language: raw
                .options
                .as_ref()
                .and_then(|o| o.pointer("/raw/language"))
                .and_then(Value::as_str)
                // `text` is what no language means: plain text.
                .filter(|language| *language != "text")
                .map(String::from),
        },
        "urlencoded" => Body::UrlEncoded(
            raw.urlencoded
                .unwrap_or_default()
                .into_iter()
                .map(key_value)
                .collect(),
        ),
        "formdata" => Body::FormData(
            raw.formdata
                .unwrap_or_default()
                .into_iter()
                .map(form_part)
                .collect(),
        ),
        "file" => {
            let file = raw.file.unwrap_or_default();
            let non_empty = |value: Option<Value>| match value {
                Some(Value::String(text)) if !text.is_empty() => Some(text),
                _ => None,
            };
            Body::File {
                src: non_empty(file.src),
                content: non_empty(file.content),
            }
        }
        "graphql" => {
            let graphql = raw.graphql.unwrap_or_default();
            Body::GraphQl {
                variables_as_object: graphql.variables.as_ref().is_some_and(Value::is_object),
                query: graphql.query.unwrap_or_default(),
                variables: graphql
                    .variables
                    .as_ref()
                    .map(text)
                    .filter(|v| !v.is_empty()),
            }
        }
        // Unknown modes (seen in converted Insomnia exports) send no body.
        _ => return None,
    };
    Some(body)
}

fn form_part(raw: raw::KeyValue) -> FormPart {
    let enabled = is_enabled(raw.disabled, raw.enabled);
    let value = if raw.kind.as_deref() == Some("file") {
        let sources = file_sources(raw.src.as_ref());
        match &raw.value {
            // Newman's runtime reads a string `value` with no `src` as base64.
            Some(Value::String(base64)) if sources.is_empty() && !base64.is_empty() => {
                FormValue::Base64(base64.clone())
            }
            _ => FormValue::Files(sources),
        }
    } else {
        FormValue::Text(raw.value.as_ref().map(text).unwrap_or_default())
    };
    FormPart {
        key: raw.key.as_ref().map(text).unwrap_or_default(),
        value,
        content_type: raw.content_type.filter(|c| !c.is_empty()),
        enabled,
        description: description(raw.description),
    }
}

fn file_sources(src: Option<&Value>) -> Vec<String> {
    match src {
        Some(Value::String(path)) if !path.is_empty() => vec![path.clone()],
        Some(Value::Array(paths)) => paths
            .iter()
            .filter_map(Value::as_str)
            .filter(|p| !p.is_empty())
            .map(String::from)
            .collect(),
        _ => Vec::new(),
    }
}

/// `{type, <type>: params}`; params are an array of `{key, value}` (v2.1) or
/// an object (v2.0). `inherit` and a missing type mean "no auth of its own".
pub fn auth(raw: &Value) -> Option<Auth> {
    let kind = raw.get("type")?.as_str()?.to_string();
    if kind == "inherit" {
        return None;
    }
    let params = match raw.get(&kind) {
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(|attr| {
                let mut param = KeyValue::new(
                    attr.get("key")?.as_str()?,
                    attr.get("value").map(text).unwrap_or_default(),
                );
                param.kind = attr.get("type").and_then(Value::as_str).map(String::from);
                // Scripts see a parameter without a value as null, as the SDK keeps it.
                param.no_value = attr.get("value").is_none_or(Value::is_null);
                Some(param)
            })
            .collect(),
        Some(Value::Object(map)) => map.iter().map(|(k, v)| KeyValue::new(k, text(v))).collect(),
        _ => Vec::new(),
    };
    // In file order, as the SDK lists them (`pm.request.auth.toJSON()`).
    Some(Auth { kind, params })
}

fn events(raw: Option<raw::OneOrMany<raw::Event>>) -> Vec<Script> {
    raw.map(raw::OneOrMany::into_vec)
        .unwrap_or_default()
        .into_iter()
        .filter(|event| event.disabled != Some(true))
        .filter_map(|event| {
            let listen = Listen::from_name(event.listen.as_deref()?)?;
            // An event without a script is not run (nor counted) by Newman.
            let script = event.script?;
            Some(Script {
                listen,
                source: script
                    .exec
                    .map(raw::OneOrMany::into_vec)
                    .unwrap_or_default()
                    .join("\n"),
                id: script.id.or(event.id),
                packages: script.packages,
            })
        })
        .collect()
}

pub fn variable(raw: raw::Variable) -> Option<Variable> {
    let key = raw.key.or(raw.id).as_ref().map(text)?;
    let typed = raw
        .value
        .as_ref()
        .is_some_and(|v| !v.is_string() && !v.is_null());
    Some(Variable {
        key,
        typed,
        value: raw.value.as_ref().map(text).unwrap_or_default(),
        kind: match raw.kind.as_deref() {
            Some("secret") => VarType::Secret,
            _ => VarType::Default,
        },
        enabled: is_enabled(raw.disabled, raw.enabled),
        written_disabled: raw.disabled == Some(true),
        declared: Declared::from_type(raw.kind.as_deref()),
    })
}

/// A saved example that cannot be read is dropped: it never stops a run.
fn example(raw: Value) -> Option<Example> {
    let raw: raw::Example = serde_json::from_value(raw).ok()?;
    let body = raw.body.as_ref().filter(|b| !b.is_null()).map(text);
    let code = raw.code.unwrap_or(200);
    Some(Example {
        name: raw.name.as_ref().map(text).unwrap_or_default(),
        original_request: raw.original_request.map(request),
        code: Some(code),
        status: raw.status.or_else(|| reason_phrase(code)),
        headers: raw.header.map(headers).unwrap_or_default(),
        language: (raw.preview_language.as_ref())
            .and_then(|language| preview_language(&text(language))),
        body,
        response_time: raw.response_time,
        cookies: raw
            .cookie
            .filter(|c| c.as_array().is_some_and(|list| !list.is_empty())),
        meta: (raw.preview_type.into_iter())
            .map(|kind| ("_postman_previewtype".to_string(), kind))
            .collect(),
    })
}

/// How an example body is shown, lower-cased; plain text is `None`.
pub fn preview_language(language: &str) -> Option<String> {
    let language = language.to_ascii_lowercase();
    (!matches!(language.as_str(), "" | "text" | "plain")).then_some(language)
}

/// `Too Many Requests` for 429: what Postman shows when an example has no
/// reason phrase.
pub fn reason_phrase(code: u16) -> Option<String> {
    reqwest::StatusCode::from_u16(code)
        .ok()?
        .canonical_reason()
        .map(String::from)
}

fn behavior(raw: Option<&Value>) -> Behavior {
    let Some(raw) = raw else {
        return Behavior::default();
    };
    let disabled_system_headers = raw
        .get("disabledSystemHeaders")
        .and_then(Value::as_object)
        .map(|map| {
            map.iter()
                .filter(|(_, off)| off.as_bool() == Some(true))
                .map(|(name, _)| name.to_ascii_lowercase())
                .collect()
        });
    Behavior {
        disable_body_pruning: raw.get("disableBodyPruning").and_then(Value::as_bool),
        follow_redirects: raw.get("followRedirects").and_then(Value::as_bool),
        max_redirects: raw
            .get("maxRedirects")
            .and_then(Value::as_u64)
            .and_then(|n| u32::try_from(n).ok()),
        disabled_system_headers,
        other: raw
            .as_object()
            .map(|map| {
                map.iter()
                    .filter(|(key, _)| !ACTED_ON_BEHAVIOR.contains(&key.as_str()))
                    .map(|(key, value)| (key.clone(), value.clone()))
                    .collect()
            })
            .unwrap_or_default(),
        present: raw.is_object(),
    }
}

/// The `protocolProfileBehavior` keys read into fields of their own; the
/// others are kept as written (the switches among them are read there:
/// `Behavior::switch`).
pub const ACTED_ON_BEHAVIOR: [&str; 4] = [
    "disableBodyPruning",
    "followRedirects",
    "maxRedirects",
    "disabledSystemHeaders",
];

/// A description's text, kept when empty: the SDK reports an empty one
/// (`{content: "", type: "text/plain"}`), and exports write it back.
fn description(raw: Option<Value>) -> Option<String> {
    match raw? {
        Value::String(text) => Some(text),
        Value::Object(map) => map.get("content").and_then(Value::as_str).map(String::from),
        _ => None,
    }
}

/// What a part's `id` or `name` says, as the SDK keeps them: only when
/// truthy.
fn truthy_text(raw: Option<&Value>) -> Option<String> {
    match raw? {
        Value::Null | Value::Bool(false) => None,
        Value::String(text) if text.is_empty() => None,
        Value::Number(n) if n.as_f64() == Some(0.0) => None,
        other => Some(text(other)),
    }
}

/// A JSON value as the text Postman substitutes for it.
pub fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}
