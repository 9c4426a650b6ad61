//! `load`: reads collection, environment and globals files into the model.
//!
//! Owns the serde model of Collection v2.0/v2.1 and the reader of Postman
//! v12's v3 YAML trees (`v3`), normalising all of them into one set of
//! types, and load errors that name the file, line and column. Does not
//! touch the network or resolve variables.

mod csv;
mod data;
mod model;
mod normalize;
pub(crate) mod position;
mod pruning;
mod raw;
mod url;
mod v1;
pub mod v3;
mod write;
pub(crate) mod yaml;

use std::path::{Path, PathBuf};

pub use data::{DataRow, load_data, parse_data};
pub(crate) use data::{js_number, js_number_text};
pub use model::*;
pub use normalize::{reason_phrase, text as value_text};
pub use pruning::{BODYLESS_METHODS, for_v2_1 as pruning_for_v2_1};
pub use url::{Resolve, encode_chars};
pub use write::{auth_json, body_json, collection_json, request_json, url_json, variables_json};

/// Why a file could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The file could not be read.
    #[error("cannot read {}", file.display())]
    Read {
        /// The file.
        file: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not text in an encoding Postman writes.
    #[error("{}: not UTF-8 or UTF-16 text", file.display())]
    Encoding {
        /// The file.
        file: PathBuf,
    },
    /// The file is not valid JSON.
    #[error("{}:{line}:{column}: not valid JSON", file.display())]
    Syntax {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's message.
        #[source]
        source: serde_json::Error,
    },
    /// Valid JSON with a value of the wrong type somewhere.
    #[error("{}:{line}:{column}: unexpected value at {path}: {expected}", file.display())]
    Shape {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// JSON path of the value, such as `item[2].request.header`.
        path: String,
        /// What was expected there, in plain words.
        expected: String,
    },
    /// JSON nested deeper than the parser follows.
    #[error("{}:{line}:{column}: nested too deeply: postrun reads JSON up to {MAX_JSON_DEPTH} levels deep", file.display())]
    TooDeep {
        /// The file.
        file: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Valid JSON that is not the kind of file expected.
    #[error("{}:1:1: {what}", file.display())]
    WrongKind {
        /// The file.
        file: PathBuf,
        /// What it is instead, with a hint.
        what: String,
    },
    /// An iteration data file with a bad row.
    #[error("{}:{row}: {message}", file.display())]
    Data {
        /// The file.
        file: PathBuf,
        /// 1-based line of the row (0 when unknown).
        row: usize,
        /// What is wrong with it.
        message: String,
    },
    /// Problems in the files of a v3 tree (or a YAML environment), each
    /// with its file, line and column.
    #[error("{} has {} problem{}:\n{}", root.display(), problems.len(), if problems.len() == 1 { "" } else { "s" }, problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Tree {
        /// The collection directory or file.
        root: PathBuf,
        /// Every problem found.
        problems: Vec<v3::Problem>,
    },
    /// A collection in a schema version postrun does not run.
    #[error("{}:1:1: unsupported collection format {version} (postrun runs v2.0 and v2.1; re-export the collection from Postman as v2.1)", file.display())]
    UnsupportedVersion {
        /// The file.
        file: PathBuf,
        /// The version found.
        version: String,
    },
}

/// Reads and normalises a collection: a v2.0/v2.1 JSON file or a v3
/// directory of YAML files.
pub fn load_collection(path: &Path) -> Result<Collection, LoadError> {
    if path.is_dir() {
        return v3::load_tree(&tree_root(path)?);
    }
    parse_collection(&read_collection_file(path)?, path)
}

/// As [`load_collection`], with the collection's text, to look for the
/// variables it uses: the file itself, or for a v3 tree the collection as
/// v2.1 JSON. Writing a large collection out again costs more than loading
/// it, so a file's own text is used as it is.
pub fn load_collection_and_text(path: &Path) -> Result<(Collection, String), LoadError> {
    if path.is_dir() {
        let collection = v3::load_tree(&tree_root(path)?)?;
        let text = collection_json(&collection).to_string();
        return Ok((collection, text));
    }
    let text = read_collection_file(path)?;
    Ok((parse_collection(&text, path)?, text))
}

fn read_collection_file(path: &Path) -> Result<String, LoadError> {
    let text = read_text(path)?;
    if !text.trim_start().starts_with('{') && is_yaml_file(path) {
        return Err(wrong_kind(path, yaml_file_hint(path)));
    }
    Ok(text)
}

fn is_yaml_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml" || e == "yml")
}

fn yaml_file_hint(path: &Path) -> &'static str {
    let name = path.to_string_lossy();
    if name.contains(".request.y") || name.contains("definition.y") || name.contains(".example.y") {
        "one file of a v3 collection: pass the collection's directory"
    } else {
        "a YAML file: a v3 collection is passed as its directory, an environment with -e"
    }
}

/// Loads a v3 collection directory (or the one collection of a workspace)
/// with the file each item came from, by its v2.1 JSON path.
pub fn load_tree_with_files(dir: &Path) -> Result<(Collection, Vec<(String, PathBuf)>), LoadError> {
    v3::load_tree_with_files(&tree_root(dir)?)
}

/// Loads a v3 collection directory (or the one collection of a workspace)
/// and lists what its v2.1 form cannot hold.
pub fn load_tree_for_conversion(dir: &Path) -> Result<(Collection, Vec<String>), LoadError> {
    v3::load_tree_for_conversion(&tree_root(dir)?)
}

/// Reads and normalises an environment or globals file.
pub fn load_environment(path: &Path) -> Result<Environment, LoadError> {
    let text = read_text(path)?;
    parse_environment(&text, path)
}

/// Parses collection JSON; `file` is only used in errors and `source`.
pub fn parse_collection(text: &str, file: &Path) -> Result<Collection, LoadError> {
    // The probe that names what else a file might be is a second parse: it
    // runs only when the collection's own parse fails or finds no items, or
    // an unsupported schema.
    let probe = || -> Result<(), LoadError> {
        let probe: raw::Probe = from_str(text, file)?;
        check_is_collection(&probe, file)
    };
    let raw: raw::Collection = match from_str(text, file) {
        Ok(raw) => raw,
        Err(error) => {
            if let Some(converted) = from_v1(text, file) {
                return converted;
            }
            probe()?;
            return Err(error);
        }
    };
    // The Postman API's answer, `{"collection": {…}}`, as Newman reads it;
    // errors inside keep their line, column and `collection.…` path.
    let raw = match raw.item {
        None if from_str::<raw::Probe>(text, file).is_ok_and(|p| p.collection.is_some()) => {
            from_str::<raw::CollectionEnvelope>(text, file)?.collection
        }
        _ => raw,
    };
    if raw.item.is_none()
        && let Some(converted) = from_v1(text, file)
    {
        return converted;
    }
    let schema = raw.info.as_ref().and_then(|info| info.schema.as_deref());
    if raw.item.is_none() || unsupported_schema(schema.unwrap_or_default()).is_some() {
        probe()?;
    }
    let mut collection = normalize::collection(raw);
    collection.source = file.to_path_buf();
    Ok(collection)
}

/// A stable id made from an item's place in its collection
/// (`Collection/Folder/Request`): what postrun gives an item without one
/// (`pm.info.requestId`, the JSON report), the same in every run.
pub fn place_id(place: &str) -> String {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, place.as_bytes()).to_string()
}

/// A v1 collection converted to v2.1 as Newman converts it, with a
/// warning; `None` when `text` is not one.
fn from_v1(text: &str, file: &Path) -> Option<Result<Collection, LoadError>> {
    let value = serde_json::from_str::<serde_json::Value>(text).ok()?;
    if !v1::is_v1(&value) {
        return None;
    }
    let converted = v1::to_v2_1(&value).to_string();
    Some(parse_collection(&converted, file).map(|mut collection| {
        let warning = format!(
            "{} is a v1 collection: converted to v2.1 as Newman converts it",
            file.display()
        );
        collection.warnings.insert(0, warning);
        collection
    }))
}

/// A directory is a v3 collection, or a `postman/` workspace holding
/// exactly one: the collection's directory.
fn tree_root(dir: &Path) -> Result<PathBuf, LoadError> {
    if !v3::is_workspace(dir) {
        return Ok(dir.to_path_buf());
    }
    match v3::workspace_collections(dir).as_slice() {
        [(_, only)] => Ok(only.clone()),
        [] => Err(wrong_kind(dir, "a workspace without collections")),
        several => Err(wrong_kind(
            dir,
            &format!(
                "a workspace with {} collections; pick one with --collection NAME ({})",
                several.len(),
                quoted_names(several)
            ),
        )),
    }
}

/// The collection called `name` in a `postman/` workspace directory.
pub fn load_workspace_collection(dir: &Path, name: &str) -> Result<Collection, LoadError> {
    let collections = v3::workspace_collections(dir);
    let found = collections
        .iter()
        .find(|(display, path)| display == name || path.file_name().is_some_and(|f| f == name));
    match found {
        Some((_, path)) => v3::load_tree(path),
        None => Err(wrong_kind(
            dir,
            &format!(
                "no collection named \"{name}\" here; found {}",
                quoted_names(&collections)
            ),
        )),
    }
}

fn quoted_names(collections: &[(String, PathBuf)]) -> String {
    collections
        .iter()
        .map(|(name, _)| format!("\"{name}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses an environment or globals file: v2.1 JSON (a `{values: [...]}`
/// object or a bare array) or v3 YAML (`name`, `values`).
pub fn parse_environment(text: &str, file: &Path) -> Result<Environment, LoadError> {
    if !text.trim_start().starts_with(['{', '[']) {
        return v3::parse_environment(text, file);
    }
    if !text.trim_start().starts_with('[') {
        let probe: raw::Probe = from_str(text, file)?;
        if probe.values.is_none() && probe.environment.is_some() {
            let env = from_str::<raw::EnvironmentEnvelope>(text, file)?.environment;
            return Ok(environment_from(env, file));
        }
        if probe.values.is_none() && (probe.item.is_some() || probe.info.is_some()) {
            return Err(wrong_kind(
                file,
                "this looks like a collection, not an environment; pass it as the collection argument",
            ));
        }
    }
    // Read as the one shape its first character says, so that an error
    // names its place (`values[2].enabled`), which a guess between the two
    // shapes could not.
    let env = match text.trim_start().starts_with('[') {
        true => raw::EnvironmentFile {
            values: from_str(text, file)?,
            ..raw::EnvironmentFile::default()
        },
        false => from_str::<raw::EnvironmentFile>(text, file)?,
    };
    Ok(environment_from(env, file))
}

fn environment_from(env: raw::EnvironmentFile, file: &Path) -> Environment {
    let mut descriptions = Vec::new();
    let mut values = Vec::with_capacity(env.values.len());
    for mut raw in env.values {
        let description = raw.description.take();
        if let Some(var) = normalize::variable(raw) {
            if let Some(description) = description {
                descriptions.push((var.key.clone(), description));
            }
            values.push(var);
        }
    }
    Environment {
        file: ScopeFile {
            id: env.id,
            name: env.name,
            meta: (env.rest.into_iter())
                .filter(|(key, _)| key.starts_with('_'))
                .collect(),
            descriptions,
        },
        values,
        source: file.to_path_buf(),
        warnings: Vec::new(),
    }
}

/// A request written as collection JSON (`{url, method, header, body}`), as
/// scripts build them for `pm.sendRequest` and pre-request changes.
pub fn request_from_json(value: serde_json::Value) -> Option<Request> {
    let raw: raw::Request = serde_json::from_value(value).ok()?;
    Some(normalize::request(raw))
}

fn check_is_collection(probe: &raw::Probe, file: &Path) -> Result<(), LoadError> {
    let schema = probe
        .info
        .as_ref()
        .and_then(|info| info.get("schema"))
        .and_then(|s| s.as_str())
        .unwrap_or_default();
    if let Some(version) = unsupported_schema(schema) {
        return Err(LoadError::UnsupportedVersion {
            file: file.into(),
            version,
        });
    }
    if probe.item.is_some() {
        return Ok(());
    }
    if probe.values.is_some() || probe.scope.is_some() {
        return Err(wrong_kind(
            file,
            "this looks like an environment file; pass it with -e",
        ));
    }
    if probe.requests.is_some() || probe.order.is_some() {
        return Err(LoadError::UnsupportedVersion {
            file: file.into(),
            version: "v1".into(),
        });
    }
    Err(wrong_kind(
        file,
        "not a Postman collection (no `item` array at the top level)",
    ))
}

/// The version named in `info.schema` when it is one postrun does not read.
fn unsupported_schema(schema: &str) -> Option<String> {
    let version = schema.split('/').find(|part| {
        part.starts_with('v') && part[1..].starts_with(|c: char| c.is_ascii_digit())
    })?;
    (!version.starts_with("v2.")).then(|| version.to_string())
}

fn wrong_kind(file: &Path, what: &str) -> LoadError {
    LoadError::WrongKind {
        file: file.into(),
        what: what.into(),
    }
}

fn from_str<'a, T: serde::Deserialize<'a>>(text: &'a str, file: &Path) -> Result<T, LoadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = err.path().to_string();
        let source = err.into_inner();
        shape_or_syntax(file, path, source)
    })?;
    de.end()
        .map_err(|source| shape_or_syntax(file, String::new(), source))?;
    Ok(value)
}

/// How deep serde_json follows nested arrays and objects.
pub const MAX_JSON_DEPTH: usize = 128;

fn shape_or_syntax(file: &Path, path: String, source: serde_json::Error) -> LoadError {
    let (line, column) = (source.line().max(1), source.column().max(1));
    if source.is_data() {
        LoadError::Shape {
            file: file.into(),
            line,
            column,
            path,
            expected: expected_in_plain_words(&source),
        }
    } else if source.to_string().starts_with("recursion limit exceeded") {
        LoadError::TooDeep {
            file: file.into(),
            line,
            column,
        }
    } else {
        LoadError::Syntax {
            file: file.into(),
            line,
            column,
            source,
        }
    }
}

/// What serde wanted, said for people: its untagged enums name Rust types
/// ("did not match any variant of untagged enum Request").
fn expected_in_plain_words(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(text, _)| text);
    let Some(kind) = message.strip_prefix("data did not match any variant of untagged enum ")
    else {
        return message.replace(
            "expected struct Variable",
            "expected a variable (`{\"key\": …, \"value\": …}`)",
        );
    };
    let wanted = match kind {
        "Request" => "a URL string or a request object",
        "Url" => "a URL string or a URL object (`raw`, `host`, `path`, …)",
        "OneOrMany" => "one value or a list of them",
        "Headers" => "a list of headers or header text",
        "PathSegment" => "a path segment: text or an object with a `value`",
        _ => "a value of another type",
    };
    format!("expected {wanted}")
}

/// Reads a file as text: UTF-8 with or without a BOM, or UTF-16 with a BOM.
pub(crate) fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        file: path.into(),
        source,
    })?;
    decode_text(&bytes).ok_or_else(|| LoadError::Encoding { file: path.into() })
}

fn decode_text(bytes: &[u8]) -> Option<String> {
    let utf16 = |bytes: &[u8], from: fn([u8; 2]) -> u16| {
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|pair| from([pair[0], pair[1]]))
            .collect();
        String::from_utf16(&units).ok()
    };
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8(rest.to_vec()).ok(),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => String::from_utf8(bytes.to_vec()).ok(),
    }
}

/// A JSON value written as YAML text (v3's format), e.g. a shareable copy
/// of a v3 environment.
pub fn yaml_text(json: &serde_json::Value) -> String {
    yaml::to_string(&yaml::Value::from_json(json))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_bom_and_utf16() {
        assert_eq!(decode_text(b"\xEF\xBB\xBF{}").as_deref(), Some("{}"));
        assert_eq!(decode_text(b"\xFF\xFE{\0}\0").as_deref(), Some("{}"));
        assert_eq!(decode_text(b"\xFE\xFF\0{\0}").as_deref(), Some("{}"));
        assert_eq!(decode_text(b"\xC3"), None);
    }

    #[test]
    fn schema_versions() {
        let v = |s| unsupported_schema(s);
        assert_eq!(
            v("https://schema.getpostman.com/json/collection/v2.1.0/collection.json"),
            None
        );
        assert_eq!(
            v("http://schema.getpostman.com/json/draft-07/collection/v2.0.0/collection.json"),
            None
        );
        assert_eq!(
            v("https://schema.getpostman.com/json/collection/v1.0.0/collection.json").as_deref(),
            Some("v1.0.0")
        );
        assert_eq!(v(""), None);
    }

    #[test]
    fn header_string_form() {
        let text =
            r#"{"item":[{"name":"a","request":{"url":"http://x","header":"A: 1\n//B: 2\n"}}]}"#;
        let collection = parse_collection(text, Path::new("c.json")).unwrap();
        let Item::Request(item) = &collection.items[0] else {
            panic!("not a request")
        };
        assert_eq!(
            item.request.headers,
            vec![
                KeyValue::new("A", "1"),
                KeyValue {
                    enabled: false,
                    ..KeyValue::new("B", "2")
                },
            ]
        );
    }

    #[test]
    fn shape_error_names_the_path() {
        let text = "{\"item\": [\n {\"name\": \"a\", \"item\": 5}\n]}";
        let err = parse_collection(text, Path::new("c.json")).unwrap_err();
        let LoadError::Shape { line, path, .. } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(*line, 2);
        assert_eq!(path, "item[0].item");
    }
}
