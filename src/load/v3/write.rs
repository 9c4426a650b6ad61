//! The model written as a Collection v3 tree, in the shapes `postman
//! collection migrate` writes: map-form key/values unless an entry needs
//! metadata, list-form auth in definitions, siblings numbered 1000, 2000, …,
//! names sanitised for the file system with ` 1`, ` 2` for case-insensitive
//! clashes and the real name kept in `name:`.
//!
//! What v3 cannot hold is not silently dropped: it is listed in the
//! returned warnings.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::super::model::*;
use super::super::yaml::{self, Node, Value};
use super::fields::parse_url;

/// Files of a tree, as relative paths and YAML text, in write order.
pub type TreeFiles = Vec<(PathBuf, String)>;

/// What a conversion could not carry over, one line each.
pub type ConvertWarnings = Vec<String>;

/// The collection as v3 files, relative to the collection directory.
pub fn tree_files(collection: &Collection) -> (TreeFiles, ConvertWarnings) {
    let mut collection = collection.clone();
    super::super::pruning::for_v3(&mut collection);
    let mut writer = Writer::default();
    writer.root(&collection);
    writer.warnings.sort();
    writer.warnings.dedup();
    (writer.files, writer.warnings)
}

/// Writes the collection as a v3 tree into `dir`, which must not exist or
/// be empty.
pub fn write_tree(collection: &Collection, dir: &Path) -> std::io::Result<ConvertWarnings> {
    let nonempty = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if nonempty {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            format!("{} exists and is not empty", dir.display()),
        ));
    }
    let (files, warnings) = tree_files(collection);
    let files = files
        .iter()
        .map(|(path, text)| (path.as_path(), text.as_bytes()));
    crate::files::write_dir_atomic(dir, files)?;
    Ok(warnings)
}

/// Builds one YAML mapping, skipping empty optional fields.
#[derive(Default)]
struct Map(Vec<(String, Node)>);

impl Map {
    fn put(&mut self, key: &str, value: Value) {
        self.0.push((key.to_string(), Node::new(value)));
    }

    fn text(&mut self, key: &str, value: &str) {
        self.put(key, Value::String(value.to_string()));
    }

    fn opt_text(&mut self, key: &str, value: &Option<String>) {
        if let Some(value) = value {
            self.text(key, value);
        }
    }

    /// A description, unless empty: v3 files write none.
    fn opt_description(&mut self, description: &Option<String>) {
        if let Some(text) = description_text(description) {
            self.text("description", text);
        }
    }

    fn nonempty(&mut self, key: &str, value: Option<Value>) {
        if let Some(value) = value {
            self.put(key, value);
        }
    }

    fn into_value(self) -> Value {
        Value::Map(self.0)
    }
}

#[derive(Default)]
struct Writer {
    files: TreeFiles,
    warnings: ConvertWarnings,
}

impl Writer {
    fn file(&mut self, path: PathBuf, map: Map) {
        self.files.push((path, yaml::to_string(&map.into_value())));
    }

    fn root(&mut self, collection: &Collection) {
        let mut map = Map::default();
        map.text("$kind", "collection");
        map.opt_text("id", &collection.info.id);
        map.text("name", &collection.info.name);
        map.opt_description(&collection.info.description);
        map.nonempty("variables", self.variables(&collection.variables));
        if let Some(auth) = &collection.auth {
            self.note_auth_types(auth);
            map.put("auth", auth_list(auth));
        }
        self.note_script_ids(&collection.events);
        map.nonempty("scripts", scripts(&collection.events, "http:"));
        // The v3 runtime never drops a GET's body; other settings are kept.
        let behavior = Behavior {
            disable_body_pruning: collection.behavior.disable_body_pruning.filter(|b| !b),
            ..collection.behavior.clone()
        };
        map.nonempty("settings", settings(&behavior));
        self.file(PathBuf::from(".resources/definition.yaml"), map);
        self.children(Path::new(""), &collection.items);
    }

    fn children(&mut self, dir: &Path, items: &[Item]) {
        let mut names = UniqueNames::default();
        for (index, item) in items.iter().enumerate() {
            let order = Value::Int((index as i64 + 1) * 1000);
            match item {
                Item::Folder(folder) => {
                    let stem = names.claim(item.name());
                    self.folder(&dir.join(&stem), &stem, folder, order);
                }
                Item::Request(request) => {
                    let stem = names.claim(item.name());
                    self.request(dir, &stem, request, order);
                }
            }
        }
    }

    fn folder(&mut self, dir: &Path, stem: &str, folder: &Folder, order: Value) {
        let mut map = Map::default();
        map.text("$kind", "collection");
        map.opt_text("id", &folder.id);
        if folder.name != stem {
            map.text("name", &folder.name);
        }
        map.opt_description(&folder.description);
        if let Some(auth) = &folder.auth {
            self.note_auth_types(auth);
            map.put("auth", auth_list(auth));
        }
        self.note_script_ids(&folder.events);
        map.nonempty("scripts", scripts(&folder.events, "http:"));
        map.nonempty("settings", settings(&folder.behavior));
        map.put("order", order);
        self.file(dir.join(".resources/definition.yaml"), map);
        self.children(dir, &folder.items);
    }

    fn request(&mut self, dir: &Path, stem: &str, item: &RequestItem, order: Value) {
        let request = &item.request;
        let mut map = Map::default();
        let graphql = match &request.body {
            Some(Body::GraphQl {
                query,
                variables,
                variables_as_object,
            }) => {
                if *variables_as_object {
                    self.warnings.push(format!(
                        "{}: GraphQL variables written as an object (v3 holds them as text; the same JSON is sent)",
                        item.name
                    ));
                }
                Some((query, variables))
            }
            _ => None,
        };
        map.text(
            "$kind",
            if graphql.is_some() {
                "graphql-request"
            } else {
                "http-request"
            },
        );
        map.opt_text("id", &item.id);
        if item.name != stem {
            map.text("name", &item.name);
        }
        let description =
            description_text(&item.description).or(description_text(&request.description));
        map.opt_description(&description.map(String::from));
        self.request_fields(&mut map, request, graphql.is_none(), &item.name);
        if let Some((query, variables)) = graphql {
            if request.method != "POST" {
                self.warnings.push(format!(
                    "{}: a GraphQL request is always a POST in v3 (was {})",
                    item.name, request.method
                ));
            }
            map.text("query", query);
            map.opt_text("variables", variables);
        }
        if let Some(auth) = &request.auth {
            self.note_auth_types(auth);
            map.put("auth", auth_single(auth));
        }
        if description_text(&item.description).is_some()
            && description_text(&request.description).is_some()
        {
            self.warnings.push(format!(
                "{}: the request's own description (the item's is kept)",
                item.name
            ));
        }
        self.note_script_ids(&item.events);
        map.nonempty("scripts", scripts(&item.events, ""));
        map.nonempty("settings", settings(&item.behavior));
        if !item.examples.is_empty() {
            map.text(
                "examples",
                &format!("./.resources/{stem}.resources/examples"),
            );
        }
        map.put("order", order);
        self.file(dir.join(format!("{stem}.request.yaml")), map);
        self.examples(dir, stem, &item.examples);
    }

    /// `url`, `method`, `headers`, `queryParams`, `pathVariables`, `body`.
    fn request_fields(&mut self, map: &mut Map, request: &Request, http: bool, name: &str) {
        self.note_pair_names(&request.headers);
        self.note_pair_names(&request.url.query);
        self.note_pair_names(&request.url.variables);
        if request
            .url
            .auth
            .as_ref()
            .is_some_and(|auth| auth.as_object().is_none_or(|a| !a.is_empty()))
        {
            self.warnings
                .push("the `auth` of URLs written in parts (v3 URLs are text)".into());
        }
        map.text("url", &url_text(&request.url));
        if http {
            map.text("method", &request.method);
        }
        map.nonempty("headers", key_values(&request.headers));
        if http {
            map.nonempty("queryParams", key_values(&request.url.query));
        }
        map.nonempty("pathVariables", key_values(&request.url.variables));
        if http && let Some(body) = &request.body {
            map.put("body", self.body(body, name));
        }
    }

    fn body(&mut self, body: &Body, name: &str) -> Value {
        let mut map = Map::default();
        match body {
            Body::Raw { text, language } => {
                let kind = match language.as_deref() {
                    Some(l @ ("json" | "xml" | "html" | "javascript")) => l,
                    None | Some("text") => "text",
                    Some(other) => {
                        self.warnings.push(format!(
                            "{name}: raw body language `{other}` has no v3 type; written as text"
                        ));
                        "text"
                    }
                };
                map.text("type", kind);
                map.text("content", text);
            }
            Body::UrlEncoded(fields) => {
                map.text("type", "urlencoded");
                map.put(
                    "content",
                    key_values(fields).unwrap_or(Value::Map(Vec::new())),
                );
            }
            Body::FormData(parts) => {
                for part in parts {
                    if let FormValue::Base64(_) = part.value {
                        self.warnings.push(format!(
                            "{name}: form field `{}` has its file inline as base64, which v3 cannot hold; written with no file",
                            part.key
                        ));
                    }
                }
                map.text("type", "formdata");
                map.put(
                    "content",
                    Value::List(parts.iter().map(form_part).collect()),
                );
            }
            Body::File { src, content } => {
                if src.is_none() && content.is_some() {
                    self.warnings.push(format!(
                        "{name}: the file body is inline base64, which v3 cannot hold; written with no file"
                    ));
                }
                map.text("type", "file");
                let mut content = Map::default();
                content.opt_text("src", src);
                map.put("content", content.into_value());
            }
            Body::GraphQl { .. } => unreachable!("GraphQL bodies are a request kind in v3"),
        }
        map.into_value()
    }

    fn examples(&mut self, dir: &Path, stem: &str, examples: &[Example]) {
        let examples_dir = dir.join(format!(".resources/{stem}.resources/examples"));
        let mut names = UniqueNames::default();
        for (index, example) in examples.iter().enumerate() {
            let example_stem = names.claim(&example.name);
            let mut map = Map::default();
            map.text("$kind", "http-example");
            if example.name != example_stem {
                map.text("name", &example.name);
            }
            if let Some(request) = &example.original_request {
                if request.auth.is_some() || description_text(&request.description).is_some() {
                    self.warnings
                        .push("the auth and description of examples' saved requests".into());
                }
                let mut fields = Map::default();
                let graphql = matches!(request.body, Some(Body::GraphQl { .. }));
                self.request_fields(&mut fields, request, !graphql, &example.name);
                map.put("request", fields.into_value());
            }
            map.put("response", response(example));
            map.put("order", Value::Int((index as i64 + 1) * 1000));
            if example.cookies.is_some() {
                self.warnings
                    .push("the cookies saved with examples (v3 has no field for them)".into());
            }
            if example.response_time.is_some() {
                self.warnings.push(
                    "saved response times of examples are dropped (v3 has no field for them)"
                        .into(),
                );
            }
            self.file(
                examples_dir.join(format!("{example_stem}.example.yaml")),
                map,
            );
        }
    }

    /// A `name` or `id` older exports give a pair other than its key (v3
    /// pairs have neither; one equal to the key says nothing more).
    fn note_pair_names(&mut self, pairs: &[KeyValue]) {
        let named = |p: &KeyValue| [&p.name, &p.id].into_iter().flatten().any(|n| *n != p.key);
        if pairs.iter().any(named) {
            self.warnings.push(
                "the `name` and `id` older exports give headers, query and path variables".into(),
            );
        }
    }

    fn note_auth_types(&mut self, auth: &Auth) {
        if auth.params.iter().any(|p| p.kind.is_some()) {
            self.warnings
                .push("the `type` of auth parameters (v3 credentials are values by key)".into());
        }
    }

    fn note_script_ids(&mut self, scripts: &[Script]) {
        if scripts.iter().any(|s| s.id.is_some()) {
            self.warnings
                .push("script ids (v3 scripts have none)".into());
        }
    }

    fn variables(&mut self, variables: &[Variable]) -> Option<Value> {
        if variables.iter().any(|v| v.typed) {
            self.warnings
                .push("typed collection variables become strings (v3 variables are text)".into());
        }
        if variables.iter().any(|v| v.declared != Declared::Any) {
            self.warnings.push(
                "the `string`, `number`, `boolean`, `array` and `object` types of collection variables are dropped"
                    .into(),
            );
        }
        if variables.iter().any(|v| v.kind == VarType::Secret) {
            self.warnings
                .push("the `secret` type of collection variables is dropped".into());
        }
        let pairs: Vec<KeyValue> = variables
            .iter()
            .map(|v| KeyValue {
                enabled: v.enabled,
                ..KeyValue::new(v.key.as_str(), v.value.as_str())
            })
            .collect();
        // Once one needs the list form, every entry says `disabled`, as migrate writes.
        let mut value = key_values(&pairs)?;
        if let Value::List(entries) = &mut value {
            for (entry, pair) in entries.iter_mut().zip(&pairs) {
                if let Value::Map(fields) = &mut entry.value
                    && pair.enabled
                {
                    fields.push(("disabled".into(), Node::new(Value::Bool(false))));
                }
            }
        }
        Some(value)
    }
}

/// The v3 url string: `raw` when it says what the parts say, otherwise the
/// parts written out.
fn url_text(url: &Url) -> String {
    if url.host.is_none() || raw_agrees_with_parts(url) {
        return url.raw.clone();
    }
    let mut text = Url {
        query: Vec::new(),
        hash: None,
        ..url.clone()
    }
    .unresolved();
    let query: Vec<String> = url
        .query
        .iter()
        .filter(|q| q.enabled)
        .map(|q| match q.no_value {
            true => q.key.clone(),
            false => format!("{}={}", q.key, q.value),
        })
        .collect();
    if !query.is_empty() {
        text.push('?');
        text.push_str(&query.join("&"));
    }
    if let Some(hash) = &url.hash {
        text.push('#');
        text.push_str(hash);
    }
    text
}

fn raw_agrees_with_parts(url: &Url) -> bool {
    let parsed = parse_url(&url.raw);
    let listed = |key: &str| url.query.iter().any(|q| q.key == key);
    parsed.protocol == url.protocol
        && parsed.host == url.host
        && parsed.port == url.port
        && parsed.path == url.path
        && parsed.hash == url.hash
        && parsed.query.iter().all(|q| listed(&q.key))
}

/// Map form when every entry is a plain enabled pair with a unique key;
/// list form otherwise. `None` when there are none.
fn key_values(pairs: &[KeyValue]) -> Option<Value> {
    if pairs.is_empty() {
        return None;
    }
    let keys: BTreeSet<&str> = pairs.iter().map(|p| p.key.as_str()).collect();
    let plain = keys.len() == pairs.len()
        && pairs
            .iter()
            .all(|p| p.enabled && description_text(&p.description).is_none() && !p.no_value);
    if plain {
        let entries = pairs
            .iter()
            .map(|p| (p.key.clone(), Node::new(Value::String(p.value.clone()))))
            .collect();
        return Some(Value::Map(entries));
    }
    let entries = pairs
        .iter()
        .map(|p| {
            let mut map = Map::default();
            map.text("key", &p.key);
            match p.no_value {
                true => map.put("value", Value::Null),
                false => map.text("value", &p.value),
            }
            map.opt_description(&p.description);
            if !p.enabled {
                map.put("disabled", Value::Bool(true));
            }
            Node::new(map.into_value())
        })
        .collect();
    Some(Value::List(entries))
}

fn form_part(part: &FormPart) -> Node {
    let mut map = Map::default();
    map.text("key", &part.key);
    match &part.value {
        FormValue::Text(text) => {
            map.text("type", "text");
            map.text("value", text);
        }
        FormValue::Files(paths) => {
            map.text("type", "file");
            let src = match paths.as_slice() {
                [one] => Value::String(one.clone()),
                many => Value::List(
                    many.iter()
                        .map(|p| Node::new(Value::String(p.clone())))
                        .collect(),
                ),
            };
            map.put("src", src);
        }
        // Warned of by the body's writer.
        FormValue::Base64(_) => map.text("type", "file"),
    }
    map.opt_text("contentType", &part.content_type);
    map.opt_description(&part.description);
    if !part.enabled {
        map.put("disabled", Value::Bool(true));
    }
    Node::new(map.into_value())
}

fn credentials(auth: &Auth) -> Value {
    Value::Map(
        auth.params
            .iter()
            .map(|p| (p.key.clone(), Node::new(credential_value(p))))
            .collect(),
    )
}

/// Booleans stay booleans, as migrate writes them (`addParamsToHeader: true`);
/// no value stays null.
fn credential_value(param: &KeyValue) -> Value {
    if param.no_value {
        return Value::Null;
    }
    match param.value.as_str() {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        text => Value::String(text.to_string()),
    }
}

fn auth_single(auth: &Auth) -> Value {
    let mut map = Map::default();
    map.text("type", &auth.kind);
    if !auth.params.is_empty() {
        map.put("credentials", credentials(auth));
    }
    map.into_value()
}

/// Definitions hold auth as a one-element list.
fn auth_list(auth: &Auth) -> Value {
    let mut map = Map::default();
    map.text("type", &auth.kind);
    map.text("name", &format!("{} auth", auth.kind));
    if !auth.params.is_empty() {
        map.put("credentials", credentials(auth));
    }
    Value::List(vec![Node::new(map.into_value())])
}

fn scripts(events: &[Script], prefix: &str) -> Option<Value> {
    let entries: Vec<Node> = events
        .iter()
        .filter(|s| !s.source.trim().is_empty())
        .map(|script| {
            let kind = match script.listen {
                Listen::Prerequest => "beforeRequest",
                Listen::Test => "afterResponse",
            };
            let mut map = Map::default();
            map.text("type", &format!("{prefix}{kind}"));
            map.text("code", &script.source);
            map.text("language", "text/javascript");
            Node::new(map.into_value())
        })
        .collect();
    (!entries.is_empty()).then_some(Value::List(entries))
}

fn settings(behavior: &Behavior) -> Option<Value> {
    let mut map = Map::default();
    if let Some(follow) = behavior.follow_redirects {
        map.put("followRedirects", Value::Bool(follow));
    }
    if let Some(max) = behavior.max_redirects {
        map.put("maxRedirects", Value::Int(max.into()));
    }
    if let Some(disabled) = behavior
        .disabled_system_headers
        .as_ref()
        .filter(|names| !names.is_empty())
    {
        let names = disabled
            .iter()
            .map(|h| Node::new(Value::String(h.clone())))
            .collect();
        map.put("disabledSystemHeaders", Value::List(names));
    }
    if let Some(keep) = behavior.disable_body_pruning {
        map.put("disableBodyPruning", Value::Bool(keep));
    }
    for (key, value) in &behavior.other {
        map.put(key, Value::from_json(value));
    }
    (!map.0.is_empty()).then(|| map.into_value())
}

fn response(example: &Example) -> Value {
    let mut map = Map::default();
    if let Some(code) = example.code {
        map.put("statusCode", Value::Int(code.into()));
    }
    map.opt_text("statusText", &example.status);
    map.nonempty("headers", key_values(&example.headers));
    let mut body = Map::default();
    // Postman's migration calls an empty body text, whatever its language.
    let has_body = example.body.as_deref().is_some_and(|body| !body.is_empty());
    let language = example.language.as_deref().filter(|_| has_body);
    body.text("type", language.unwrap_or("text"));
    body.text("content", example.body.as_deref().unwrap_or_default());
    map.put("body", body.into_value());
    map.into_value()
}

/// File-system names for siblings: Postman's forbidden characters become
/// `-`, and names equal but for case get ` 1`, ` 2`, ….
#[derive(Default)]
struct UniqueNames {
    taken: BTreeSet<String>,
}

impl UniqueNames {
    fn claim(&mut self, name: &str) -> String {
        let base = sanitize(name);
        let mut candidate = base.clone();
        let mut n = 1;
        while !self.taken.insert(candidate.to_lowercase()) {
            candidate = format!("{base} {n}");
            n += 1;
        }
        candidate
    }
}

fn sanitize(name: &str) -> String {
    let replaced: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect();
    let trimmed = replaced.trim_end();
    match trimmed {
        "" => "-".into(),
        "." | ".." => trimmed.replace('.', "-"),
        name if name.starts_with('.') => format!("-{}", &name[1..]),
        name => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sanitised_and_case_insensitive_clashes_numbered() {
        let mut names = UniqueNames::default();
        assert_eq!(names.claim("dup"), "dup");
        assert_eq!(names.claim("dup"), "dup 1");
        assert_eq!(names.claim("DUP"), "DUP 2");
        assert_eq!(
            names.claim("weird a/b\\c:d*e?f\"g<h>i|j. "),
            "weird a-b-c-d-e-f-g-h-i-j."
        );
        assert_eq!(names.claim("Auth: Digest"), "Auth- Digest");
        assert_eq!(names.claim("/"), "-");
        assert_eq!(names.claim(".hidden"), "-hidden");
    }

    #[test]
    fn key_values_use_the_list_form_only_when_needed() {
        let plain = [KeyValue::new("a", "1"), KeyValue::new("b", "")];
        assert!(matches!(key_values(&plain), Some(Value::Map(_))));
        let repeated = [KeyValue::new("a", "1"), KeyValue::new("a", "2")];
        assert!(matches!(key_values(&repeated), Some(Value::List(_))));
        let disabled = [KeyValue {
            enabled: false,
            ..KeyValue::new("a", "1")
        }];
        assert!(matches!(key_values(&disabled), Some(Value::List(_))));
        assert_eq!(key_values(&[]), None);
    }
}
