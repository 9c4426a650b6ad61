//! `lint`: checks collections, environments and globals before they are
//! shared: credentials stored as plain values, variables used but never
//! defined, and the like. Reads with [`crate::load`] and [`crate::vars`];
//! never sends a request.
//!
//! Each finding carries a stable rule id, a severity, the file and the JSON
//! path it is about, a one-line message and a hint. Secret values are never
//! shown: a message gives the first four characters and the length.

mod detect;
mod output;
mod rules;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

pub use output::{Format, render};
pub use rules::Rule;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// For information.
    Info,
    /// Should be fixed.
    Warning,
    /// Must be fixed before sharing.
    Error,
}

/// One problem found.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Finding {
    /// The rule (serialized as its stable id, e.g. `secret-in-plain-value`).
    pub rule: Rule,
    /// How much it matters.
    pub severity: Severity,
    /// The file.
    pub file: PathBuf,
    /// JSON path inside the file, e.g. `values[1].value`.
    pub path: String,
    /// What is wrong (secrets masked).
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

/// What a file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A collection.
    Collection,
    /// An environment.
    Environment,
    /// A globals file.
    Globals,
}

/// A file given to `lint`, read and classified.
#[derive(Debug, Clone)]
pub struct Input {
    /// The file.
    pub path: PathBuf,
    /// What it is.
    pub kind: FileKind,
    /// Its JSON.
    pub json: Value,
    /// For a v3 tree: the YAML file of each item, by its JSON path
    /// (`item[0].item[2]`), so findings can name the file.
    pub item_files: Vec<(String, PathBuf)>,
}

/// Why `lint` could not read its input (exit code 2).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LintError {
    /// The file could not be read or parsed.
    #[error(transparent)]
    Load(#[from] crate::load::LoadError),
    /// Valid JSON that is no Postman file.
    #[error("{}: not a Postman collection, environment or globals file", .0.display())]
    Unknown(PathBuf),
}

/// Reads a file and tells what it is from its content. A v3 collection
/// directory or YAML environment is read through the model and linted as
/// the v2.1 JSON it converts to.
pub fn read_input(path: &Path) -> Result<Input, LintError> {
    if path.is_dir() {
        let (collection, item_files) = crate::load::load_tree_with_files(path)?;
        return Ok(Input {
            path: path.into(),
            kind: FileKind::Collection,
            json: crate::load::collection_json(&collection),
            item_files,
        });
    }
    let text = crate::load::read_text(path)?;
    if !text.trim_start().starts_with(['{', '[']) {
        return yaml_environment(path, &text);
    }
    let json: Value =
        serde_json::from_str(&text).map_err(|source| crate::load::LoadError::Syntax {
            file: path.into(),
            line: source.line(),
            column: source.column(),
            source,
        })?;
    let kind = if json.get("item").is_some() {
        FileKind::Collection
    } else if json.get("_postman_variable_scope").and_then(Value::as_str) == Some("globals")
        || is_bare_globals(&json)
    {
        FileKind::Globals
    } else if json.get("values").is_some() {
        FileKind::Environment
    } else {
        return Err(LintError::Unknown(path.into()));
    };
    Ok(Input {
        path: path.into(),
        kind,
        json,
        item_files: Vec::new(),
    })
}

fn yaml_environment(path: &Path, text: &str) -> Result<Input, LintError> {
    let environment = crate::load::parse_environment(text, path)?;
    let is_globals = path.to_string_lossy().contains(".globals.");
    let mut json = serde_json::json!({
        "name": environment.file.name,
        "values": crate::load::variables_json(&environment.values),
    });
    if is_globals {
        json["_postman_variable_scope"] = Value::from("globals");
    }
    Ok(Input {
        path: path.into(),
        kind: if is_globals {
            FileKind::Globals
        } else {
            FileKind::Environment
        },
        json,
        item_files: Vec::new(),
    })
}

/// Newman's globals may be a bare array of `{key, value}`.
fn is_bare_globals(json: &Value) -> bool {
    json.as_array()
        .is_some_and(|items| items.iter().all(|item| item.get("key").is_some()))
}

/// A variable as a file stores it, with where it stands.
struct Stored<'a> {
    key: &'a str,
    value: String,
    /// The value as the file writes it (a number, text, …).
    raw: Option<&'a Value>,
    /// The `type` it declares (`number`, `boolean`, …).
    declared: crate::load::Declared,
    secret: bool,
    enabled: bool,
    path: String,
}

fn stored_variables(input: &Input) -> Vec<Stored<'_>> {
    let (list, prefix) = match input.kind {
        FileKind::Collection => (
            input.json.get("variable").or(input.json.get("variables")),
            "variable",
        ),
        FileKind::Environment | FileKind::Globals => (
            input
                .json
                .get("values")
                .or(Some(&input.json))
                .filter(|v| v.is_array()),
            "values",
        ),
    };
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(i, var)| {
            Some(Stored {
                key: var.get("key").and_then(Value::as_str)?,
                value: var
                    .get("value")
                    .map(crate::load::value_text)
                    .unwrap_or_default(),
                raw: var.get("value"),
                declared: crate::load::Declared::from_type(var.get("type").and_then(Value::as_str)),
                secret: var.get("type").and_then(Value::as_str) == Some("secret"),
                enabled: var.get("enabled") != Some(&Value::Bool(false))
                    && var.get("disabled") != Some(&Value::Bool(true)),
                path: format!("{prefix}[{i}].value"),
            })
        })
        .collect()
}

struct Linter<'a> {
    inputs: &'a [Input],
    findings: Vec<Finding>,
}

impl Linter<'_> {
    /// A finding with the rule's usual hint.
    fn add(&mut self, rule: Rule, file: &Path, path: String, message: String) {
        self.add_hinted(rule, file, path, message, rule.hint());
    }

    /// A finding with a hint that fits this case better than the rule's.
    fn add_hinted(&mut self, rule: Rule, file: &Path, path: String, message: String, hint: &str) {
        self.findings.push(Finding {
            rule,
            severity: rule.severity(),
            file: file.into(),
            path,
            message,
            hint: hint.into(),
        });
    }
}

/// Runs every rule over the inputs, minus the allowed ones.
pub fn lint(inputs: &[Input], allowed: &[Rule]) -> Vec<Finding> {
    let mut linter = Linter {
        inputs,
        findings: Vec::new(),
    };
    for input in inputs {
        stored_rules(&mut linter, input);
        if input.kind == FileKind::Collection {
            hard_coded_rules(&mut linter, input);
        }
    }
    reference_rules(&mut linter);
    vault_rules(&mut linter);
    linter.findings.retain(|f| !allowed.contains(&f.rule));
    for finding in &mut linter.findings {
        locate_in_tree(finding, inputs);
    }
    linter.findings
}

/// A finding at `item[0].item[2].request…` of a v3 tree names the item's
/// YAML file and the rest of the path.
fn locate_in_tree(finding: &mut Finding, inputs: &[Input]) {
    let Some(input) = inputs.iter().find(|i| i.path == finding.file) else {
        return;
    };
    let deepest = input
        .item_files
        .iter()
        .filter(|(item, _)| finding.path == *item || finding.path.starts_with(&format!("{item}.")))
        .max_by_key(|(item, _)| item.len());
    if let Some((item, file)) = deepest {
        finding.path = finding.path[item.len()..]
            .trim_start_matches('.')
            .to_string();
        finding.file = file.clone();
    }
}

/// Rules about each stored variable.
fn stored_rules(linter: &mut Linter<'_>, input: &Input) {
    let variables = stored_variables(input);
    let mut seen: BTreeMap<&str, &str> = BTreeMap::new();
    for var in &variables {
        let leaked = if var.secret {
            None
        } else if let Some(kind) = detect::credential_kind(&var.value) {
            Some(kind)
        } else if detect::sensitive_name(var.key) && detect::high_entropy(&var.value) {
            Some("credential")
        } else {
            None
        };
        if let Some(kind) = leaked {
            let message = format!(
                "`{}` holds a {kind} as a plain value: {}",
                var.key,
                detect::masked(&var.value)
            );
            linter.add(
                Rule::SecretInPlainValue,
                &input.path,
                var.path.clone(),
                message,
            );
        } else if !var.secret && detect::sensitive_name(var.key) {
            let message = format!(
                "`{}` is named like a credential but typed `default`",
                var.key
            );
            linter.add(
                Rule::SecretNameNotSecretType,
                &input.path,
                var.path.replace(".value", ".type"),
                message,
            );
        }
        if var.secret && !var.value.is_empty() {
            let message = format!(
                "secret `{}` has its value in this file: {}",
                var.key,
                detect::masked(&var.value)
            );
            linter.add(
                Rule::SecretWithValueInExport,
                &input.path,
                var.path.clone(),
                message,
            );
        }
        let previous = if var.enabled {
            seen.insert(var.key, &var.value)
        } else {
            None
        };
        if previous.is_some_and(|previous| previous != var.value) {
            let message = format!(
                "`{}` is defined twice with different values (the last one wins)",
                var.key
            );
            linter.add(Rule::DuplicateKey, &input.path, var.path.clone(), message);
        }
        if is_insecure_url(&var.value) {
            let message = format!("`{}` points at {} over plain http", var.key, var.value);
            linter.add(Rule::InsecureUrl, &input.path, var.path.clone(), message);
        }
        if let Some(reads_as) = surprising_read(var) {
            // A value that may be a credential is shown masked, as elsewhere.
            let shown = match var.secret || leaked.is_some() || detect::sensitive_name(var.key) {
                true => detect::masked(&var.value),
                false => var.raw.map(Value::to_string).unwrap_or_default(),
            };
            let message = format!(
                "`{}` is typed `{}`, so Postman reads its value {shown} as {reads_as}",
                var.key,
                var.declared.name(),
            );
            linter.add(Rule::TypeMismatch, &input.path, var.path.clone(), message);
        }
    }
}

/// What a variable's declared type makes of its value when that is not
/// what the file seems to say: text that is no number reads as `NaN`,
/// `"false"` as `true` (any text but the empty one is), text that is no
/// JSON array or object as nothing.
fn surprising_read(var: &Stored<'_>) -> Option<&'static str> {
    use crate::load::Declared;
    let text = var.raw?.as_str()?;
    let typed = crate::load::Variable {
        value: text.to_string(),
        declared: var.declared,
        ..Default::default()
    };
    let scope = crate::vars::Scope::new(vec![typed]);
    let held = scope.variables().first()?;
    match (var.declared, crate::vars::cast_out(held)) {
        (Declared::Number, crate::vars::Read::Number(n)) if n.is_nan() => Some("NaN"),
        (Declared::Boolean, _)
            if held.value == "true"
                && ["false", "0", "no", "off"]
                    .contains(&text.trim().to_ascii_lowercase().as_str()) =>
        {
            Some("true")
        }
        (Declared::Array | Declared::Object, crate::vars::Read::Undefined) => Some("undefined"),
        _ => None,
    }
}

fn is_insecure_url(value: &str) -> bool {
    let Some(rest) = value.trim().strip_prefix("http://") else {
        return false;
    };
    let host = rest.split(['/', ':', '?']).next().unwrap_or_default();
    !matches!(host, "localhost" | "127.0.0.1" | "[::1]" | "0.0.0.0")
        && !host.contains("{{")
        && !host.is_empty()
}

/// Credentials written straight into requests (headers, auth, URLs, bodies).
fn hard_coded_rules(linter: &mut Linter<'_>, input: &Input) {
    let mut found = Vec::new();
    walk_strings(&input.json, String::new(), &mut found);
    for (path, text) in found {
        let in_request = !path.contains(".response[")
            && !path.contains(".event[")
            && !path.ends_with("description")
            && !path.starts_with("variable");
        if !in_request {
            continue;
        }
        let basic_password = path.contains("auth.basic[")
            && path.ends_with(".value")
            && password_param(&input.json, &path);
        let kind = detect::credential_kind(&text).or((basic_password
            && !text.is_empty()
            && !detect::is_reference(&text))
        .then_some("basic-auth password"));
        if let Some(kind) = kind {
            let message = format!(
                "a {kind} is written into the collection: {}",
                detect::masked(&text)
            );
            linter.add_hinted(
                Rule::SecretInPlainValue,
                &input.path,
                path.clone(),
                message,
                "use a `{{variable}}` typed secret in the environment instead",
            );
        } else if (path.ends_with(".url") || path.ends_with(".raw")) && is_insecure_url(&text) {
            let message = format!("request to {text} over plain http");
            linter.add(Rule::InsecureUrl, &input.path, path, message);
        }
    }
}

/// Whether the auth attribute at `path` (its `.value`) is the password.
fn password_param(json: &Value, path: &str) -> bool {
    let key_path = format!("{}.key", path.trim_end_matches(".value"));
    pointer(json, &key_path).and_then(Value::as_str) == Some("password")
}

fn pointer<'v>(value: &'v Value, path: &str) -> Option<&'v Value> {
    let pointer: String = path
        .replace(']', "")
        .split(['.', '['])
        .filter(|s| !s.is_empty())
        .map(|s| format!("/{s}"))
        .collect();
    value.pointer(&pointer)
}

fn walk_strings(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::String(text) => out.push((path, text.clone())),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| walk_strings(v, format!("{path}[{i}]"), out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            let next = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            walk_strings(v, next, out)
        }),
        _ => {}
    }
}

/// Names a collection uses: `{{name}}` anywhere in its requests, and
/// `pm.*.get("name")` in scripts; with the names scripts `set`.
fn collection_names(
    json: &Value,
) -> (
    BTreeMap<String, BTreeSet<String>>,
    BTreeSet<String>,
    BTreeSet<String>,
) {
    let mut used: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut in_url_or_auth = BTreeSet::new();
    let mut set_by_scripts = BTreeSet::new();
    let mut strings = Vec::new();
    walk_strings(json, String::new(), &mut strings);
    for (path, text) in strings {
        if path.contains(".response[") || path.ends_with("description") {
            continue;
        }
        let item = item_name(json, &path);
        let script = path.contains(".exec");
        let names: Vec<String> = if script {
            script_calls(&text, "get")
                .into_iter()
                .chain(crate::vars::references(&text).into_iter().map(String::from))
                .collect()
        } else {
            crate::vars::references(&text)
                .into_iter()
                .map(String::from)
                .collect()
        };
        if script {
            set_by_scripts.extend(script_calls(&text, "set"));
        }
        for name in names
            .into_iter()
            .filter(|n| !n.starts_with('$') && !n.starts_with("vault:") && !n.is_empty())
        {
            if path.contains(".url") || path.contains("auth") {
                in_url_or_auth.insert(name.clone());
            }
            used.entry(name).or_default().insert(item.clone());
        }
    }
    (used, in_url_or_auth, set_by_scripts)
}

/// `pm.environment.get("x")`, `pm.variables.set('x', …)` and the like.
fn script_calls(source: &str, verb: &str) -> Vec<String> {
    let mut names = Vec::new();
    for scope in ["environment", "variables", "globals", "collectionVariables"] {
        let pattern = format!("pm.{scope}.{verb}(");
        let mut rest = source;
        while let Some(at) = rest.find(&pattern) {
            rest = &rest[at + pattern.len()..];
            let quote = rest.chars().next();
            if let Some(q @ ('"' | '\'' | '`')) = quote
                && let Some(end) = rest[1..].find(q)
            {
                names.push(rest[1..1 + end].to_string());
            }
        }
    }
    names
}

/// The name of the request (or folder) a JSON path is inside.
fn item_name(json: &Value, path: &str) -> String {
    let mut current = json;
    let mut name = String::from("(collection)");
    for part in path.split('.') {
        let (key, indices) = match part.find('[') {
            Some(at) => (&part[..at], &part[at..]),
            None => (part, ""),
        };
        current = match current.get(key) {
            Some(v) => v,
            None => break,
        };
        for index in indices
            .trim_matches(|c| c == '[' || c == ']')
            .split("][")
            .filter(|s| !s.is_empty())
        {
            current = match index.parse::<usize>().ok().and_then(|i| current.get(i)) {
                Some(v) => v,
                None => return name,
            };
            if key == "item"
                && let Some(n) = current.get("name").and_then(Value::as_str)
            {
                name = if name == "(collection)" {
                    n.to_string()
                } else {
                    format!("{name} / {n}")
                };
            }
        }
    }
    name
}

/// Rules that relate collections to the variables files define.
fn reference_rules(linter: &mut Linter<'_>) {
    let inputs = linter.inputs;
    let collections: Vec<&Input> = inputs
        .iter()
        .filter(|i| i.kind == FileKind::Collection)
        .collect();
    let variable_files: Vec<&Input> = inputs
        .iter()
        .filter(|i| i.kind != FileKind::Collection)
        .collect();
    for collection in &collections {
        let (used, in_url_or_auth, set_by_scripts) = collection_names(&collection.json);
        let defined: Vec<(&Input, Stored<'_>)> = inputs
            .iter()
            .flat_map(|input| stored_variables(input).into_iter().map(move |v| (input, v)))
            .collect();
        for (name, items) in &used {
            let definitions: Vec<&(&Input, Stored<'_>)> =
                defined.iter().filter(|(_, v)| v.key == name).collect();
            let enabled: Vec<&&(&Input, Stored<'_>)> =
                definitions.iter().filter(|(_, v)| v.enabled).collect();
            let items = items.iter().cloned().collect::<Vec<_>>().join(", ");
            if definitions.is_empty() && !set_by_scripts.contains(name) {
                let message =
                    format!("`{{{{{name}}}}}` is used but defined nowhere (used by: {items})");
                linter.add(
                    Rule::UndefinedVariable,
                    &collection.path,
                    String::new(),
                    message,
                );
            } else if enabled.is_empty() && !set_by_scripts.contains(name) {
                let message = format!(
                    "`{{{{{name}}}}}` is used but only defined as disabled (used by: {items})"
                );
                linter.add(
                    Rule::DisabledButReferenced,
                    &collection.path,
                    String::new(),
                    message,
                );
            } else if in_url_or_auth.contains(name)
                && !variable_files.is_empty()
                && enabled.iter().all(|(_, v)| v.value.is_empty())
            {
                let message = format!(
                    "`{{{{{name}}}}}` is used in a URL or auth but empty in every file given"
                );
                linter.add_hinted(
                    Rule::EmptyRequired,
                    &collection.path,
                    String::new(),
                    message,
                    &format!(
                        "fill it at run time from a CI secret: --secret-env {name}=YOUR_CI_VARIABLE"
                    ),
                );
            }
        }
        for file in &variable_files {
            for var in stored_variables(file) {
                if !used.contains_key(var.key) {
                    let message =
                        format!("`{}` is defined but no request or script uses it", var.key);
                    linter.add(Rule::UnusedVariable, &file.path, var.path, message);
                }
            }
        }
    }
}

/// Every `{{vault:name}}` reference, once per file: where its value must come from.
fn vault_rules(linter: &mut Linter<'_>) {
    for input in linter.inputs {
        let mut strings = Vec::new();
        walk_strings(&input.json, String::new(), &mut strings);
        let mut names: Vec<(String, String)> = strings
            .iter()
            .flat_map(|(path, text)| {
                crate::vars::vault_references(text)
                    .into_iter()
                    .map(move |n| (n.to_string(), path.clone()))
            })
            .collect();
        names.sort();
        names.dedup_by(|a, b| a.0 == b.0);
        for (name, path) in names {
            let message = format!("`{{{{vault:{name}}}}}` is read from the vault");
            let hint = format!(
                "headless, postrun resolves it from --vault-file or {}",
                crate::vars::secrets::vault_env_name(&name)
            );
            linter.add_hinted(Rule::VaultReference, &input.path, path, message, &hint);
        }
    }
}

/// The file with every secret finding fixed: values emptied, typed
/// `secret`, with a note in the description. The original is untouched.
pub fn shareable(input: &Input, findings: &[Finding]) -> Value {
    let mut json = input.json.clone();
    for finding in findings.iter().filter(|f| f.file == input.path) {
        let secret_rule = matches!(
            finding.rule,
            Rule::SecretInPlainValue
                | Rule::SecretNameNotSecretType
                | Rule::SecretWithValueInExport
        );
        let Some(entry_path) = finding
            .path
            .strip_suffix(".value")
            .or(finding.path.strip_suffix(".type"))
        else {
            continue;
        };
        if !secret_rule {
            continue;
        }
        if let Some(entry) = pointer_mut(&mut json, entry_path) {
            entry["value"] = Value::String(String::new());
            entry["type"] = Value::String("secret".into());
            entry["description"] = Value::String(
                "emptied by postrun lint: fill it at run time (for example with --secret-env)"
                    .into(),
            );
        }
    }
    json
}

fn pointer_mut<'v>(value: &'v mut Value, path: &str) -> Option<&'v mut Value> {
    let pointer: String = path
        .replace(']', "")
        .split(['.', '['])
        .filter(|s| !s.is_empty())
        .map(|s| format!("/{s}"))
        .collect();
    value.pointer_mut(&pointer)
}
