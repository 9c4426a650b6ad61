//! Collection v3: Postman v12's directory of YAML files → the same model the
//! v2.1 loader builds.
//!
//! A directory is a collection; each subdirectory other than `.resources` is
//! a folder (with or without `.resources/definition.yaml`); each
//! `*.request.yaml` is a request, its examples under the parent's
//! `.resources/<stem>.resources/examples/`. Siblings sort by `order`
//! (missing = 0), ties by display name. Where the Postman CLI skips a broken
//! file silently, postrun stops with the file and line instead.

mod fields;
mod write;

use std::path::{Path, PathBuf};

use super::model::*;
use super::normalize::{preview_language, reason_phrase};
use super::yaml::{self, Node, Value};
use super::{LoadError, read_text};
use fields::FileReader;

pub use write::{ConvertWarnings, write_tree};

const REQUEST_KINDS_NOT_RUN: &[&str] = &[
    "grpc-request",
    "websocket-request",
    "socket.io-request",
    "mqtt-request",
    "mcp-request",
    "llm-request",
];

/// One thing wrong in one file of a tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file.display(),
            self.line,
            self.column,
            self.message
        )
    }
}

/// A `postman/` workspace (or its `collections/` directory) rather than a
/// collection: it has no root definition, and holds collections.
pub fn is_workspace(dir: &Path) -> bool {
    definition_file(dir).is_none()
        && (dir.join("collections").is_dir()
            || matches!(file_name(dir).as_str(), "postman" | "collections"))
}

/// Deeper than this is a symbolic-link loop, not a collection.
const MAX_DEPTH: usize = 64;

/// The collections of a `postman/` workspace root (or of its `collections/`
/// directory), by display name: every directory there is one.
pub fn workspace_collections(dir: &Path) -> Vec<(String, PathBuf)> {
    let collections = dir.join("collections");
    let parent = if collections.is_dir() {
        &collections
    } else {
        dir
    };
    sorted_entries(parent)
        .into_iter()
        .filter(|path| path.is_dir() && !is_hidden(path))
        .map(|path| (collection_name(&path), path))
        .collect()
}

fn collection_name(dir: &Path) -> String {
    definition_file(dir)
        .and_then(|file| read_text(&file).ok())
        .and_then(|text| yaml::parse(&text).ok())
        .and_then(|doc| doc.get("name")?.value.scalar_text())
        .unwrap_or_else(|| file_name(dir))
}

/// Loads a v3 collection directory.
pub fn load_tree(root: &Path) -> Result<Collection, LoadError> {
    load_tree_for_conversion(root).map(|(collection, _)| collection)
}

/// Loads a v3 collection directory, and lists what its v2.1 form cannot
/// hold: sibling `order` numbers (the order is kept), auth entry ids,
/// script packages, generator keys.
pub fn load_tree_for_conversion(root: &Path) -> Result<(Collection, ConvertWarnings), LoadError> {
    let (collection, loader) = load_checked(root)?;
    let mut losses = vec!["`order` numbers (v2.1 keeps the order itself)".to_string()];
    losses.extend(loader.losses.iter().map(|l| l.to_string()));
    Ok((collection, losses))
}

/// Loads a v3 collection directory and says which file each item came
/// from, keyed by the item's path in the v2.1 JSON (`item[0].item[2]`).
pub fn load_tree_with_files(
    root: &Path,
) -> Result<(Collection, Vec<(String, PathBuf)>), LoadError> {
    let (collection, loader) = load_checked(root)?;
    let mut files = Vec::new();
    flatten_files(&loader.files, "", &mut files);
    Ok((collection, files))
}

/// The collection, with the loader's warnings in it, unless a file had a
/// problem.
fn load_checked(root: &Path) -> Result<(Collection, Loader), LoadError> {
    let mut loader = Loader::default();
    let collection = loader.collection(root);
    if !loader.problems.is_empty() {
        return Err(LoadError::Tree {
            root: root.to_path_buf(),
            problems: loader.problems,
        });
    }
    let warnings = std::mem::take(&mut loader.warnings);
    Ok((
        Collection {
            warnings,
            ..collection
        },
        loader,
    ))
}

fn flatten_files(items: &[ItemFile], prefix: &str, out: &mut Vec<(String, PathBuf)>) {
    for (index, item) in items.iter().enumerate() {
        let path = format!("{prefix}item[{index}]");
        flatten_files(&item.children, &format!("{path}."), out);
        out.push((path, item.file.clone()));
    }
}

/// Loads a v3 environment or globals file (`name`, `values[]`).
pub fn parse_environment(text: &str, file: &Path) -> Result<Environment, LoadError> {
    let mut loader = Loader::default();
    let doc = loader.parse(text, file);
    let mut environment = Environment {
        source: file.to_path_buf(),
        ..Environment::default()
    };
    if let Some(doc) = doc {
        let mut reader = loader.reader(file);
        environment.file.name = reader.text(&doc, "name");
        environment.file.id = reader.text(&doc, "id");
        environment.values = environment_values(&mut reader, &doc);
    }
    match loader.problems.len() {
        0 => Ok(Environment {
            warnings: loader.warnings,
            ..environment
        }),
        _ => Err(LoadError::Tree {
            root: file.to_path_buf(),
            problems: loader.problems,
        }),
    }
}

fn environment_values(reader: &mut FileReader, doc: &Node) -> Vec<Variable> {
    let mut out = Vec::new();
    for entry in reader.list(doc, "values") {
        let Some(key) = reader.text(entry, "key") else {
            reader.problem(entry, "environment value without a `key`");
            continue;
        };
        if entry.get("source").is_some_and(|s| !s.is_null()) {
            reader.warn(
                entry,
                format!(
                    "`{key}` is linked to a vault and has no value offline; pass it with --secret-env or --secret-var"
                ),
            );
            continue;
        }
        let flag = |name: &str| entry.get(name).map(|n| &n.value);
        let secret = reader.text(entry, "type").as_deref() == Some("secret")
            || flag("secret") == Some(&Value::Bool(true));
        out.push(Variable {
            value: reader.text(entry, "value").unwrap_or_default(),
            kind: if secret {
                VarType::Secret
            } else {
                VarType::Default
            },
            enabled: flag("enabled") != Some(&Value::Bool(false))
                && flag("disabled") != Some(&Value::Bool(true)),
            written_disabled: flag("disabled") == Some(&Value::Bool(true)),
            typed: false,
            declared: Declared::Any,
            key,
        });
    }
    out
}

#[derive(Default)]
struct Loader {
    problems: Vec<Problem>,
    warnings: Vec<String>,
    losses: std::collections::BTreeSet<&'static str>,
    files: Vec<ItemFile>,
    /// How many folders deep the walk is.
    depth: usize,
}

/// A child of a directory before sorting.
struct Child {
    order: f64,
    name: String,
    item: Item,
    file: ItemFile,
}

/// The file an item was read from (a folder's definition, or its directory
/// when it has none), and its children's, in item order.
#[derive(Debug, Clone, PartialEq)]
struct ItemFile {
    file: PathBuf,
    children: Vec<ItemFile>,
}

impl Loader {
    fn reader<'a>(&'a mut self, file: &'a Path) -> FileReader<'a> {
        FileReader {
            file,
            problems: &mut self.problems,
            warnings: &mut self.warnings,
            losses: &mut self.losses,
        }
    }

    fn read(&mut self, file: &Path) -> Option<Node> {
        match read_text(file) {
            Ok(text) => self.parse(&text, file),
            Err(error) => {
                self.problems.push(Problem {
                    file: file.into(),
                    line: 1,
                    column: 1,
                    message: error.to_string(),
                });
                None
            }
        }
    }

    /// Parses a file that must hold a mapping.
    fn parse(&mut self, text: &str, file: &Path) -> Option<Node> {
        match yaml::parse(text) {
            Ok(doc) if matches!(doc.value, Value::Map(_)) => Some(doc),
            Ok(doc) => {
                self.reader(file).problem(
                    &doc,
                    format!("expected a mapping, found {}", doc.value.kind()),
                );
                None
            }
            Err(error) => {
                self.problems.push(Problem {
                    file: file.into(),
                    line: error.line,
                    column: error.column,
                    message: format!("invalid YAML: {}", error.message),
                });
                None
            }
        }
    }

    fn collection(&mut self, root: &Path) -> Collection {
        let definition = self.definition(root);
        let mut collection = Collection {
            source: root.to_path_buf(),
            // The v3 runtime sends a GET's body; Newman drops it unless told.
            behavior: Behavior {
                disable_body_pruning: Some(true),
                ..Behavior::default()
            },
            ..Collection::default()
        };
        collection.info.name = file_name(root);
        if let Some((file, doc)) = &definition {
            let mut reader = self.reader(file);
            if let Some(name) = reader.text(doc, "name") {
                collection.info.name = name;
            }
            collection.info.id = reader.text(doc, "id");
            collection.info.description = reader.description(doc);
            collection.variables = reader.variables(doc);
            collection.auth = reader.auth(doc);
            collection.events = reader.scripts(doc, true);
            collection.behavior = collection.behavior.merged_with(&reader.settings(doc));
        }
        let (items, files) = self.children(root);
        if definition_file(root).is_none() && !has_requests(&items) {
            self.problems.push(Problem {
                file: root.to_path_buf(),
                line: 1,
                column: 1,
                message: "a directory, but not a v3 collection (no `.resources/definition.yaml` and no `*.request.yaml`)".into(),
            });
        }
        collection.items = items;
        self.files = files;
        collection
    }

    /// `<dir>/.resources/definition.yaml`, parsed and checked for `$kind`.
    fn definition(&mut self, dir: &Path) -> Option<(PathBuf, Node)> {
        let file = definition_file(dir)?;
        let doc = self.read(&file)?;
        let kind = doc.get("$kind").and_then(Node::as_str);
        if kind != Some("collection") {
            let found = kind.map_or("no `$kind`".to_string(), |k| format!("`$kind: {k}`"));
            self.reader(&file).problem(
                doc.get("$kind").unwrap_or(&doc),
                format!("a definition needs `$kind: collection` (folders too), found {found}"),
            );
            return None;
        }
        Some((file, doc))
    }

    fn children(&mut self, dir: &Path) -> (Vec<Item>, Vec<ItemFile>) {
        if self.depth >= MAX_DEPTH {
            self.problems.push(Problem {
                file: dir.to_path_buf(),
                line: 1,
                column: 1,
                message: format!(
                    "folders nested more than {MAX_DEPTH} deep (a symbolic link that loops?)"
                ),
            });
            return (Vec::new(), Vec::new());
        }
        self.depth += 1;
        let mut children = Vec::new();
        for path in sorted_entries(dir) {
            let name = file_name(&path);
            if path.is_dir() {
                if name == ".resources" {
                    self.reject_requests_in_resources(&path, 0);
                } else if !is_hidden(&path) {
                    children.push(self.folder(&path));
                }
            } else if is_request_file(&path) {
                children.extend(self.request(&path));
            } else if name == "definition.yaml" || name == "definition.yml" {
                self.warnings.push(format!(
                    "{}: ignored: a definition belongs in `.resources/{name}`",
                    path.display()
                ));
            }
        }
        // Ties by display name in code-unit order, as the Postman CLI sorts.
        children.sort_by(|a, b| {
            a.order
                .total_cmp(&b.order)
                .then_with(|| a.name.encode_utf16().cmp(b.name.encode_utf16()))
        });
        self.depth -= 1;
        children
            .into_iter()
            .map(|child| (child.item, child.file))
            .unzip()
    }

    fn reject_requests_in_resources(&mut self, resources: &Path, depth: usize) {
        for path in sorted_entries(resources) {
            if path.is_dir() {
                // Nothing below `.resources/` runs: a loop there only ends the search.
                if depth < MAX_DEPTH {
                    self.reject_requests_in_resources(&path, depth + 1);
                }
            } else if is_request_file(&path) {
                self.problems.push(Problem {
                    file: path,
                    line: 1,
                    column: 1,
                    message: "a request file inside `.resources/` is never run; move it to the folder it belongs to".into(),
                });
            }
        }
    }

    fn folder(&mut self, dir: &Path) -> Child {
        let mut folder = Folder {
            name: file_name(dir),
            ..Folder::default()
        };
        let mut order = 0.0;
        if let Some((file, doc)) = self.definition(dir) {
            let mut reader = self.reader(&file);
            if let Some(name) = reader.text(&doc, "name") {
                folder.name = name;
            }
            folder.id = reader.text(&doc, "id");
            folder.description = reader.description(&doc);
            folder.auth = reader.auth(&doc);
            folder.events = reader.scripts(&doc, true);
            folder.behavior = reader.settings(&doc);
            order = reader.order(&doc);
            if let Some(variables) = doc.get("variables") {
                reader.warn(
                    variables,
                    "folder variables are not used at run time (Postman ignores them too)",
                );
            }
        }
        let (items, files) = self.children(dir);
        folder.items = items;
        Child {
            order,
            name: folder.name.clone(),
            item: Item::Folder(Box::new(folder)),
            file: ItemFile {
                file: definition_file(dir).unwrap_or_else(|| dir.to_path_buf()),
                children: files,
            },
        }
    }

    fn request(&mut self, file: &Path) -> Option<Child> {
        let doc = self.read(file)?;
        let stem = request_stem(file);
        let mut reader = self.reader(file);
        let kind = doc.get("$kind").and_then(Node::as_str).unwrap_or_default();
        match kind {
            "http-request" | "graphql-request" => {}
            kind if REQUEST_KINDS_NOT_RUN.contains(&kind) => {
                reader.warn(
                    &doc,
                    format!("skipped: postrun runs HTTP requests, not `{kind}`"),
                );
                return None;
            }
            "" => {
                reader.problem(
                    &doc,
                    "missing `$kind` (a request file starts with `$kind: http-request`)",
                );
                return None;
            }
            other => {
                let node = doc.get("$kind").unwrap_or(&doc);
                reader.problem(node, format!("unknown `$kind: {other}` in a request file"));
                return None;
            }
        }
        let mut request = reader.request(&doc);
        if kind == "graphql-request" {
            request.method = "POST".into();
            request.body = Some(Body::GraphQl {
                query: reader.text(&doc, "query").unwrap_or_default(),
                variables: reader
                    .text(&doc, "variables")
                    .filter(|v| !v.trim().is_empty()),
                variables_as_object: false,
            });
        }
        let item = RequestItem {
            id: reader.text(&doc, "id"),
            name: reader.text(&doc, "name").unwrap_or(stem.clone()),
            description: reader.description(&doc),
            request,
            events: reader.scripts(&doc, false),
            behavior: reader.settings(&doc),
            examples: Vec::new(),
            meta: Vec::new(),
            source: Some(file.to_path_buf()),
        };
        let order = reader.order(&doc);
        let examples = self.examples(file, &stem);
        Some(Child {
            order,
            name: item.name.clone(),
            item: Item::Request(Box::new(RequestItem { examples, ..item })),
            file: ItemFile {
                file: file.to_path_buf(),
                children: Vec::new(),
            },
        })
    }

    fn examples(&mut self, request_file: &Path, stem: &str) -> Vec<Example> {
        let dir = request_file
            .parent()
            .unwrap_or(Path::new("."))
            .join(".resources")
            .join(format!("{stem}.resources"))
            .join("examples");
        let mut examples: Vec<(f64, Example)> = sorted_entries(&dir)
            .into_iter()
            .filter(|path| is_example_file(path))
            .filter_map(|path| self.example(&path))
            .collect();
        examples.sort_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then_with(|| a.1.name.encode_utf16().cmp(b.1.name.encode_utf16()))
        });
        examples.into_iter().map(|(_, example)| example).collect()
    }

    fn example(&mut self, file: &Path) -> Option<(f64, Example)> {
        let doc = self.read(file)?;
        let mut reader = self.reader(file);
        let kind = doc.get("$kind").and_then(Node::as_str).unwrap_or_default();
        if !kind.ends_with("-example") {
            let node = doc.get("$kind").unwrap_or(&doc);
            reader.problem(
                node,
                format!("an example file needs `$kind: http-example`, found `{kind}`"),
            );
            return None;
        }
        let stem = file_name(file);
        let stem = stem
            .strip_suffix(".example.yaml")
            .or_else(|| stem.strip_suffix(".example.yml"))
            .unwrap_or(&stem);
        let empty = Node::new(Value::Null);
        let response = doc.get("response").unwrap_or(&empty);
        let body = response.get("body");
        let code = response
            .get("statusCode")
            .and_then(|c| match c.value {
                Value::Int(code) => u16::try_from(code).ok(),
                _ => None,
            })
            .unwrap_or(200);
        let content = body
            .and_then(|b| reader.text(b, "content"))
            .filter(|b| !b.is_empty());
        let example = Example {
            name: reader
                .text(&doc, "name")
                .unwrap_or_else(|| stem.to_string()),
            original_request: doc.get("request").map(|r| reader.request(r)),
            code: Some(code),
            status: reader
                .text(response, "statusText")
                .or_else(|| reason_phrase(code)),
            headers: reader.key_values(response, "headers"),
            language: content
                .as_ref()
                .and(body.and_then(|b| reader.text(b, "type")))
                .and_then(|language| preview_language(&language)),
            body: content,
            response_time: None,
            meta: Vec::new(),
            cookies: None,
        };
        Some((reader.order(&doc), example))
    }
}

fn has_requests(items: &[Item]) -> bool {
    items.iter().any(|item| match item {
        Item::Folder(folder) => has_requests(&folder.items),
        Item::Request(_) => true,
    })
}

fn definition_file(dir: &Path) -> Option<PathBuf> {
    ["definition.yaml", "definition.yml"]
        .iter()
        .map(|name| dir.join(".resources").join(name))
        .find(|path| path.is_file())
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|read| read.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn is_hidden(path: &Path) -> bool {
    file_name(path).starts_with('.')
}

fn is_request_file(path: &Path) -> bool {
    let name = file_name(path);
    path.is_file() && (name.ends_with(".request.yaml") || name.ends_with(".request.yml"))
}

fn is_example_file(path: &Path) -> bool {
    let name = file_name(path);
    path.is_file() && (name.ends_with(".example.yaml") || name.ends_with(".example.yml"))
}

fn request_stem(file: &Path) -> String {
    let name = file_name(file);
    name.strip_suffix(".request.yaml")
        .or_else(|| name.strip_suffix(".request.yml"))
        .unwrap_or(&name)
        .to_string()
}

/// YAML text as JSON, for comparing trees by value.
pub fn yaml_to_json(text: &str) -> Result<serde_json::Value, String> {
    yaml::parse(text)
        .map(|doc| doc.value.to_json())
        .map_err(|e| format!("{}:{}: {}", e.line, e.column, e.message))
}
