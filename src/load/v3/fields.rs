//! One v3 YAML file's fields → model pieces. Every helper reports what it
//! cannot use to the [`FileReader`], with the node's line and column, and
//! carries on with what it can.

use std::path::{Path, PathBuf};

use super::super::model::*;
use super::super::normalize::ACTED_ON_BEHAVIOR;
use super::super::yaml::{Node, Value};
use super::Problem;

/// Reads the fields of one parsed file, collecting problems and warnings.
pub struct FileReader<'a> {
    pub file: &'a Path,
    pub problems: &'a mut Vec<Problem>,
    pub warnings: &'a mut Vec<String>,
    /// What a v2.1 conversion of this tree cannot keep (not a run warning).
    pub losses: &'a mut std::collections::BTreeSet<&'static str>,
}

impl FileReader<'_> {
    pub fn problem(&mut self, node: &Node, message: impl Into<String>) {
        self.problems.push(Problem {
            file: PathBuf::from(self.file),
            line: node.line,
            column: node.column,
            message: message.into(),
        });
    }

    pub fn warn(&mut self, node: &Node, message: impl std::fmt::Display) {
        self.warnings.push(format!(
            "{}:{}:{}: {message}",
            self.file.display(),
            node.line,
            node.column
        ));
    }

    /// A string field; numbers and booleans are taken as their text.
    pub fn text(&mut self, doc: &Node, key: &str) -> Option<String> {
        let node = doc.get(key)?;
        match &node.value {
            Value::Null => None,
            Value::List(_) | Value::Map(_) => {
                self.problem(
                    node,
                    format!("`{key}` must be a string, not {}", node.value.kind()),
                );
                None
            }
            scalar => scalar.scalar_text(),
        }
    }

    /// `description`: a string, or v2.1's `{content}` object.
    pub fn description(&mut self, doc: &Node) -> Option<String> {
        let node = doc.get("description")?;
        match &node.value {
            Value::Map(_) => node.get("content").and_then(|c| c.value.scalar_text()),
            _ => self.text(doc, "description"),
        }
        .filter(|d| !d.is_empty())
    }

    /// `order`: a YAML number; quoted numbers are a schema error, as in Postman.
    pub fn order(&mut self, doc: &Node) -> f64 {
        let Some(node) = doc.get("order") else {
            return 0.0;
        };
        match node.value {
            Value::Int(i) => i as f64,
            Value::Float(f) if f.is_finite() => f,
            Value::Null => 0.0,
            _ => {
                self.problem(
                    node,
                    format!("`order` must be a number, not {}", node.value.kind()),
                );
                0.0
            }
        }
    }

    /// The entries of a list field: none when it is absent or null, and a
    /// problem when it is something else.
    pub fn list<'n>(&mut self, doc: &'n Node, key: &str) -> &'n [Node] {
        match doc.get(key).map(|node| (node, &node.value)) {
            Some((_, Value::List(entries))) => entries,
            Some((node, value)) if *value != Value::Null => {
                self.problem(node, format!("`{key}` must be a list"));
                &[]
            }
            _ => &[],
        }
    }

    /// A boolean flag such as `disabled`; absent is `None`.
    fn flag(&mut self, doc: &Node, key: &str) -> Option<bool> {
        let node = doc.get(key)?;
        match node.value {
            Value::Bool(b) => Some(b),
            Value::Null => None,
            _ => {
                self.problem(node, format!("`{key}` must be true or false"));
                None
            }
        }
    }

    /// Headers, query parameters, path variables, urlencoded fields and
    /// credentials: a `{name: value}` map or a `[{key, value, disabled}]` list.
    pub fn key_values(&mut self, doc: &Node, key: &str) -> Vec<KeyValue> {
        let Some(node) = doc.get(key) else {
            return Vec::new();
        };
        match &node.value {
            Value::Null => Vec::new(),
            Value::Map(entries) => entries
                .iter()
                .map(|(k, v)| KeyValue {
                    no_value: v.is_null(),
                    ..KeyValue::new(k.as_str(), v.value.scalar_text().unwrap_or_default())
                })
                .collect(),
            Value::List(list) => list
                .iter()
                .filter_map(|entry| self.key_value_entry(entry, key))
                .collect(),
            other => {
                self.problem(
                    node,
                    format!("`{key}` must be a mapping or a list, not {}", other.kind()),
                );
                Vec::new()
            }
        }
    }

    fn key_value_entry(&mut self, entry: &Node, list: &str) -> Option<KeyValue> {
        if entry.get("$type").is_some() {
            self.losses
                .insert("`$type` schema strings written by Postman's OpenAPI sync");
        }
        if !matches!(entry.value, Value::Map(_)) {
            self.problem(entry, format!("each `{list}` entry must be a mapping"));
            return None;
        }
        let Some(key) = self.text(entry, "key") else {
            self.problem(entry, format!("`{list}` entry without a `key`"));
            return None;
        };
        Some(KeyValue {
            key,
            no_value: entry.get("value").is_none_or(Node::is_null),
            value: self.text(entry, "value").unwrap_or_default(),
            enabled: self.flag(entry, "disabled") != Some(true),
            description: self.description(entry),
            id: None,
            name: None,
            kind: None,
        })
    }

    /// Collection variables (values are strings in v3; others are taken as
    /// their text).
    pub fn variables(&mut self, doc: &Node) -> Vec<Variable> {
        self.key_values(doc, "variables")
            .into_iter()
            .map(|pair| Variable {
                key: pair.key,
                value: pair.value,
                kind: VarType::Default,
                enabled: pair.enabled,
                // v3 switches a variable off one way: `disabled: true`.
                written_disabled: !pair.enabled,
                typed: false,
                declared: Declared::Any,
            })
            .collect()
    }

    /// `auth`: a single `{type, credentials}` or the list form definitions
    /// use. `inherit` (or no `auth`) is `None`, as Postman documents it.
    pub fn auth(&mut self, doc: &Node) -> Option<Auth> {
        let node = doc.get("auth")?;
        let single = match &node.value {
            Value::List(list) => {
                if list.iter().any(|entry| {
                    entry
                        .get("id")
                        .and_then(Node::as_str)
                        .is_some_and(|id| !id.is_empty())
                }) {
                    self.losses.insert("the `id` of list-form auth entries");
                }
                if list.len() > 1 {
                    self.warn(
                        node,
                        format!(
                            "{} auth entries without rules; the last one is used, as the Postman CLI does",
                            list.len()
                        ),
                    );
                }
                list.last()?
            }
            Value::Map(_) => node,
            other => {
                self.problem(
                    node,
                    format!("`auth` must be a mapping, not {}", other.kind()),
                );
                return None;
            }
        };
        let Some(kind) = self.text(single, "type") else {
            self.problem(single, "`auth` without a `type`");
            return None;
        };
        if kind == "inherit" {
            return None;
        }
        let mut params = self.key_values(single, "credentials");
        for param in &mut params {
            param.description = None;
        }
        // In the order written, as a v2.1 file's are kept.
        Some(Auth { kind, params })
    }

    /// `scripts` at one scope. `prefixed` is true in definitions, where the
    /// types read `http:beforeRequest`; the other spelling is accepted with a
    /// warning. Every entry runs, in list order per type.
    pub fn scripts(&mut self, doc: &Node, prefixed: bool) -> Vec<Script> {
        let mut scripts = Vec::new();
        for entry in self.list(doc, "scripts") {
            let Some(kind) = self.text(entry, "type") else {
                self.problem(entry, "script without a `type`");
                continue;
            };
            let (protocol, event) = match kind.split_once(':') {
                Some((protocol, event)) => (Some(protocol), event),
                None => (None, kind.as_str()),
            };
            let listen = match event {
                "beforeRequest" | "beforeQuery" => Listen::Prerequest,
                "afterResponse" => Listen::Test,
                _ => {
                    self.warn(
                        entry,
                        format!("script type `{kind}` never runs in an HTTP run"),
                    );
                    continue;
                }
            };
            if !matches!(protocol, None | Some("http" | "graphql")) {
                self.warn(
                    entry,
                    format!("script type `{kind}` never runs in an HTTP run"),
                );
                continue;
            }
            if protocol.is_some() != prefixed {
                let (level, spelling) = match prefixed {
                    true => ("definitions", format!("http:{event}")),
                    false => ("requests", event.to_string()),
                };
                self.warn(
                    entry,
                    format!("script type `{kind}`: {level} spell it `{spelling}`; run anyway"),
                );
            }
            if entry.get("packages").is_some() {
                self.losses.insert("script `packages` (pm.require)");
            }
            scripts.push(Script {
                listen,
                source: self.text(entry, "code").unwrap_or_default(),
                id: None,
                packages: None,
            });
        }
        scripts
    }

    /// `settings` → the run-time parts of `protocolProfileBehavior`.
    pub fn settings(&mut self, doc: &Node) -> Behavior {
        let Some(node) = doc.get("settings") else {
            return Behavior::default();
        };
        let max_redirects = node.get("maxRedirects").and_then(|n| match n.value {
            Value::Int(i) => u32::try_from(i).ok(),
            _ => None,
        });
        let disabled_system_headers = match node.get("disabledSystemHeaders").map(|n| &n.value) {
            Some(Value::List(names)) => Some(
                names
                    .iter()
                    .filter_map(|n| n.as_str())
                    .map(str::to_ascii_lowercase)
                    .collect(),
            ),
            _ => None,
        };
        let other = match &node.value {
            Value::Map(entries) => entries
                .iter()
                .filter(|(key, _)| !ACTED_ON_BEHAVIOR.contains(&key.as_str()))
                .map(|(key, value)| (key.clone(), value.value.to_json()))
                .collect(),
            _ => Default::default(),
        };
        Behavior {
            disable_body_pruning: self.flag(node, "disableBodyPruning"),
            follow_redirects: self.flag(node, "followRedirects"),
            max_redirects,
            disabled_system_headers,
            other,
            present: false,
        }
    }

    /// `body` by `type`; `none` and a missing body are `None`.
    pub fn body(&mut self, doc: &Node) -> Option<Body> {
        let node = doc.get("body").filter(|n| !n.is_null())?;
        if node.get("$type").is_some() {
            self.losses
                .insert("`$type` schema strings written by Postman's OpenAPI sync");
        }
        let Some(kind) = self.text(node, "type") else {
            self.problem(
                node,
                "`body` without a `type` (v3 writes `type: json`, `text`, `urlencoded`, …)",
            );
            return None;
        };
        let content = |reader: &mut Self| reader.text(node, "content").unwrap_or_default();
        Some(match kind.as_str() {
            "json" | "xml" | "html" | "javascript" => Body::Raw {
                text: content(self),
                language: Some(kind),
            },
            "text" => Body::Raw {
                text: content(self),
                language: None,
            },
            "urlencoded" => Body::UrlEncoded(self.key_values(node, "content")),
            "formdata" => Body::FormData(self.form_parts(node)),
            "file" => Body::File {
                src: node
                    .get("content")
                    .and_then(|c| self.text(c, "src"))
                    .filter(|s| !s.is_empty()),
                content: None,
            },
            "none" => return None,
            other => {
                self.problem(node, format!("unknown body type `{other}`"));
                return None;
            }
        })
    }

    fn form_parts(&mut self, body: &Node) -> Vec<FormPart> {
        let list = match body.get("content").map(|c| &c.value) {
            Some(Value::List(list)) => list,
            _ => return Vec::new(),
        };
        list.iter()
            .map(|entry| {
                let key = self.text(entry, "key").unwrap_or_default();
                let value = match self.text(entry, "type").as_deref() {
                    Some("file") => FormValue::Files(match entry.get("src").map(|s| &s.value) {
                        Some(Value::List(paths)) => paths
                            .iter()
                            .filter_map(|p| p.as_str())
                            .map(String::from)
                            .collect(),
                        Some(Value::String(path)) if !path.is_empty() => vec![path.clone()],
                        _ => Vec::new(),
                    }),
                    _ => FormValue::Text(self.text(entry, "value").unwrap_or_default()),
                };
                FormPart {
                    key,
                    value,
                    content_type: self.text(entry, "contentType").filter(|c| !c.is_empty()),
                    enabled: self.flag(entry, "disabled") != Some(true),
                    description: self.description(entry),
                }
            })
            .collect()
    }

    /// The request fields shared by request files and examples' `request`.
    pub fn request(&mut self, doc: &Node) -> Request {
        let raw_url = self.text(doc, "url").unwrap_or_default();
        let query = self.key_values(doc, "queryParams");
        let variables = self.key_values(doc, "pathVariables");
        Request {
            method: self
                .text(doc, "method")
                .map(|m| m.trim().to_ascii_uppercase())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "GET".into()),
            url: url(&raw_url, query, variables),
            headers: self.key_values(doc, "headers"),
            body: self.body(doc),
            auth: self.auth(doc),
            description: None,
        }
    }
}

/// A v3 `url` string split into the parts Postman keeps, with the query
/// merge rule of the v3 runtime: the url's own pairs whose key `queryParams`
/// does not list, then `queryParams` in order.
pub fn url(raw: &str, query_params: Vec<KeyValue>, variables: Vec<KeyValue>) -> Url {
    let mut url = parse_url(raw);
    if !query_params.is_empty() {
        let listed = |key: &str| query_params.iter().any(|q| q.key == key);
        url.query.retain(|pair| !listed(&pair.key));
        url.query.extend(query_params);
    }
    url.variables = variables;
    url
}

/// Splits a raw URL the way Postman's URL parser does: protocol, host
/// labels, port, path segments, query pairs and hash. Variables stay as
/// written, so `{{baseUrl}}/x` is a one-label host.
pub fn parse_url(raw: &str) -> Url {
    let (rest, hash) = match raw.split_once('#') {
        Some((rest, hash)) => (rest, Some(hash.to_string())),
        None => (raw, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((rest, query)) => (rest, query_pairs(query)),
        None => (rest, Vec::new()),
    };
    let (protocol, rest) = match rest.split_once("://") {
        Some((protocol, rest)) if !protocol.contains(['/', '{']) => {
            (Some(protocol.to_string()), rest)
        }
        _ => (None, rest),
    };
    let (authority, path) = match rest.split_once('/') {
        Some((authority, path)) => (authority, Some(path)),
        None => (rest, None),
    };
    let (host, port) = split_port(authority);
    Url {
        raw: raw.to_string(),
        protocol,
        host: (!host.is_empty()).then(|| host.split('.').map(String::from).collect()),
        port,
        path: path.map(|p| p.split('/').map(String::from).collect()),
        query,
        variables: Vec::new(),
        hash,
        auth: None,
    }
}

fn split_port(authority: &str) -> (&str, Option<String>) {
    if let Some((host, port)) = authority.rsplit_once(':')
        && !port.is_empty()
        && (port.bytes().all(|b| b.is_ascii_digit()) || port.starts_with("{{"))
        && !host.ends_with('{')
    {
        return (host, Some(port.to_string()));
    }
    (authority, None)
}

fn query_pairs(query: &str) -> Vec<KeyValue> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((key, value)) => KeyValue::new(key, value),
            None => KeyValue {
                no_value: true,
                ..KeyValue::new(pair, "")
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_like_postman() {
        let url = parse_url("https://api.example.com:8443/a/:id?x=1&y#top");
        assert_eq!(url.protocol.as_deref(), Some("https"));
        assert_eq!(
            url.host,
            Some(vec!["api".into(), "example".into(), "com".into()])
        );
        assert_eq!(url.port.as_deref(), Some("8443"));
        assert_eq!(url.path, Some(vec!["a".into(), ":id".into()]));
        assert_eq!(
            url.query,
            vec![
                KeyValue::new("x", "1"),
                KeyValue {
                    no_value: true,
                    ..KeyValue::new("y", "")
                }
            ],
            "`y` has no `=`: sent bare"
        );
        assert_eq!(url.hash.as_deref(), Some("top"));

        let url = parse_url("{{baseUrl}}/me");
        assert_eq!(url.protocol, None);
        assert_eq!(url.host, Some(vec!["{{baseUrl}}".into()]));
        assert_eq!(url.path, Some(vec!["me".into()]));
    }

    #[test]
    fn query_params_replace_the_urls_own_pairs() {
        let disabled = KeyValue {
            enabled: false,
            ..KeyValue::new("b", "2")
        };
        let url = url(
            "http://h/p?a=1&b=2&c=3",
            vec![KeyValue::new("c", "9"), disabled.clone()],
            Vec::new(),
        );
        assert_eq!(
            url.query,
            vec![KeyValue::new("a", "1"), KeyValue::new("c", "9"), disabled]
        );
    }
}
