//! The normalised collection model every later stage works on.
//!
//! v2.0 and v2.1 files and v3 trees all become these types, so the runner,
//! the linter and the reporters never see a format difference.

use std::path::PathBuf;

/// A loaded collection, with the file it came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Collection {
    /// Name, id and description from `info`.
    pub info: Info,
    /// Top-level folders and requests, in file order.
    pub items: Vec<Item>,
    /// Collection-level auth; `None` sends no auth unless an item sets one.
    pub auth: Option<Auth>,
    /// Collection-level prerequest and test scripts.
    pub events: Vec<Script>,
    /// Collection variables.
    pub variables: Vec<Variable>,
    /// Collection-level `protocolProfileBehavior`.
    pub behavior: Behavior,
    /// Where the collection was read from (empty when built in memory).
    pub source: PathBuf,
    /// What the loader skipped or reinterpreted, `file:line:col: …` each;
    /// the CLI prints them before the run.
    pub warnings: Vec<String>,
}

/// The `info` block.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Info {
    /// Display name.
    pub name: String,
    /// `_postman_id`, when the export has one.
    pub id: Option<String>,
    /// Description text (markdown), if any.
    pub description: Option<String>,
    /// `version` as written (`"1.2.0"` or `{major, minor, patch}`), kept so
    /// that exports and reports lose nothing.
    pub version: Option<serde_json::Value>,
    /// `_collection_link`, when the export has one.
    pub collection_link: Option<serde_json::Value>,
    /// `_exporter_id`: the Postman user who exported it, when the export
    /// says (Newman's report keeps it).
    pub exporter_id: Option<String>,
}

/// A folder or a request.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// An item group.
    Folder(Box<Folder>),
    /// A request with its scripts and saved examples.
    Request(Box<RequestItem>),
}

impl Item {
    /// The display name of the folder or request.
    pub fn name(&self) -> &str {
        match self {
            Item::Folder(folder) => &folder.name,
            Item::Request(request) => &request.name,
        }
    }
}

/// An item group: a folder at any depth.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Folder {
    /// `id`, else an older export's `_postman_id`, when present.
    pub id: Option<String>,
    /// Display name.
    pub name: String,
    /// Description text, if any.
    pub description: Option<String>,
    /// Children in file order.
    pub items: Vec<Item>,
    /// Folder-level auth; `None` inherits from the parent.
    pub auth: Option<Auth>,
    /// Folder-level prerequest and test scripts.
    pub events: Vec<Script>,
    /// Folder-level `protocolProfileBehavior`.
    pub behavior: Behavior,
    /// Its `_postman_*` fields as written (`_postman_isSubFolder`, …),
    /// which exports write back and the SDK's reports show under `_`.
    pub meta: Meta,
}

/// A part's `_`-prefixed fields as the file wrote them, in file order.
pub type Meta = Vec<(String, serde_json::Value)>;

/// A description's text when it has any: files keep empty descriptions
/// (`""`, `{content: ""}`), which reports and exports repeat and the rest
/// (conversions, pm.info) treat as none.
pub fn description_text(description: &Option<String>) -> Option<&str> {
    description.as_deref().filter(|text| !text.is_empty())
}

/// A request item.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestItem {
    /// `id`, else an older export's `_postman_id`, when present.
    pub id: Option<String>,
    /// Display name.
    pub name: String,
    /// Description text, if any.
    pub description: Option<String>,
    /// The request to send.
    pub request: Request,
    /// Request-level prerequest and test scripts.
    pub events: Vec<Script>,
    /// Saved example responses.
    pub examples: Vec<Example>,
    /// Item-level `protocolProfileBehavior`.
    pub behavior: Behavior,
    /// Its `_postman_*` fields as written (`_postman_id`, …).
    pub meta: Meta,
    /// The file the request was read from when it has one of its own (a
    /// v3 tree's request file), for reports that point at it.
    pub source: Option<std::path::PathBuf>,
}

/// An HTTP request as written in the collection, variables unresolved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Request {
    /// Method, upper-cased; `GET` when the file has none.
    pub method: String,
    /// The URL in parts.
    pub url: Url,
    /// Headers in file order, disabled ones included.
    pub headers: Vec<KeyValue>,
    /// The body, if the request has one.
    pub body: Option<Body>,
    /// Request-level auth; `None` inherits.
    pub auth: Option<Auth>,
    /// Description text, if any.
    pub description: Option<String>,
}

/// A URL as Postman stores it.
///
/// When `host` is present the URL is built from its parts (as Postman does);
/// otherwise `raw` is used as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Url {
    /// The URL as typed in the app.
    pub raw: String,
    /// `http`, `https`, …
    pub protocol: Option<String>,
    /// Host labels (joined with `.`); may be a single `{{baseUrl}}`.
    pub host: Option<Vec<String>>,
    /// Port, as written (may be a variable).
    pub port: Option<String>,
    /// Path segments (joined with `/`); `:name` segments are path variables.
    pub path: Option<Vec<String>>,
    /// Query parameters, disabled ones included.
    pub query: Vec<KeyValue>,
    /// Values of `:name` path variables.
    pub variables: Vec<KeyValue>,
    /// Fragment.
    pub hash: Option<String>,
    /// `auth` (`{user, password}`) as an object URL writes it, kept for
    /// exports and reports.
    pub auth: Option<serde_json::Value>,
}

/// A key/value pair that can be switched off: headers, query, form fields.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeyValue {
    /// Name.
    pub key: String,
    /// Value (unresolved).
    pub value: String,
    /// `false` when the file marks it `disabled`.
    pub enabled: bool,
    /// Description text, if any (kept so conversions lose nothing).
    pub description: Option<String>,
    /// The file gives no value (`null`): a query key is sent bare, `?flag`.
    pub no_value: bool,
    /// `id` as written (older exports name path variables by it).
    pub id: Option<String>,
    /// `name` as written (older exports give headers a display name).
    pub name: Option<String>,
    /// `type` as written, where the SDK keeps it (an auth parameter is a
    /// variable: `pm.request.auth` shows `string` where the file says so).
    pub kind: Option<String>,
}

impl KeyValue {
    /// An enabled pair.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        KeyValue {
            key: key.into(),
            value: value.into(),
            enabled: true,
            description: None,
            no_value: false,
            id: None,
            name: None,
            kind: None,
        }
    }
}

/// A request body in one of Postman's modes.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// `raw`, with the editor language (`json`, `text`, `xml`, …) when set.
    Raw {
        /// The text.
        text: String,
        /// `options.raw.language`.
        language: Option<String>,
    },
    /// `urlencoded` fields.
    UrlEncoded(Vec<KeyValue>),
    /// `formdata` parts.
    FormData(Vec<FormPart>),
    /// `file`: the whole body read from a file, or given inline.
    File {
        /// Path of the file, if one was chosen.
        src: Option<String>,
        /// The body as base64 (`file.content`), sent decoded when there is
        /// no `src`, as Newman's runtime does.
        content: Option<String>,
    },
    /// `graphql`: sent as JSON `{query, variables}`.
    GraphQl {
        /// The query document.
        query: String,
        /// The variables, as JSON text.
        variables: Option<String>,
        /// The file wrote the variables as a JSON object rather than as text
        /// (reports and exports write them back so).
        variables_as_object: bool,
    },
}

/// One part of a `formdata` body.
#[derive(Debug, Clone, PartialEq)]
pub struct FormPart {
    /// Field name.
    pub key: String,
    /// Text value or file paths.
    pub value: FormValue,
    /// Explicit content type of the part.
    pub content_type: Option<String>,
    /// `false` when disabled.
    pub enabled: bool,
    /// Description text, if any.
    pub description: Option<String>,
}

/// What a form part carries.
#[derive(Debug, Clone, PartialEq)]
pub enum FormValue {
    /// A text field.
    Text(String),
    /// One or more files (zero when none was chosen in the app).
    Files(Vec<String>),
    /// A file's contents given inline as base64 (a file field's `value`
    /// with no `src`): sent decoded, as Newman's runtime does.
    Base64(String),
}

/// Auth settings at collection, folder or request level.
#[derive(Debug, Clone, PartialEq)]
pub struct Auth {
    /// `apikey`, `bearer`, `basic`, `noauth`, `inherit`, …
    pub kind: String,
    /// The parameters of that kind, in file order, values unresolved.
    pub params: Vec<KeyValue>,
}

impl Auth {
    /// The value of a parameter, if set.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|p| p.key == name)
            .map(|p| p.value.as_str())
    }
}

/// When a script runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Listen {
    /// Before the request is sent.
    Prerequest,
    /// After the response arrives.
    Test,
}

impl Listen {
    /// The name collections use: `prerequest` or `test`.
    pub fn as_str(self) -> &'static str {
        match self {
            Listen::Prerequest => "prerequest",
            Listen::Test => "test",
        }
    }

    /// The event a collection's `listen` names; others (Postman has more,
    /// such as `beforeQuery`) are not run.
    pub fn from_name(name: &str) -> Option<Listen> {
        [Listen::Prerequest, Listen::Test]
            .into_iter()
            .find(|listen| listen.as_str() == name)
    }
}

impl std::fmt::Display for Listen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An `event[]` entry: a script bound to prerequest or test.
#[derive(Debug, Clone, PartialEq)]
pub struct Script {
    /// When it runs.
    pub listen: Listen,
    /// The source, lines joined with `\n`.
    pub source: String,
    /// `script.id` or `event.id`, when present.
    pub id: Option<String>,
    /// `script.packages` (Postman's package library, `pm.require`), kept
    /// as written for exports and Newman's report; postrun does not load
    /// packages.
    pub packages: Option<serde_json::Value>,
}

/// Where a variable's value came from and whether it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VarType {
    /// `default`, `text`, `any`, `string`, …: may be shown.
    #[default]
    Default,
    /// `secret`: never shown.
    Secret,
}

/// The `type` a variable declares, by which postman-collection casts its
/// value when it is set and read (a `number` variable written `"7"` reads
/// as 7; a `string` one set to 5 holds `"5"`). Any other type (`default`,
/// `secret`, `text`, none) is `any`: values pass through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Declared {
    /// Values pass through.
    #[default]
    Any,
    /// `String(value)`.
    String,
    /// `Number(value)`.
    Number,
    /// `Boolean(value)`.
    Boolean,
    /// Held as JSON text, read as an array (or nothing).
    Array,
    /// Held as JSON text, read as an object (or nothing).
    Object,
}

impl Declared {
    /// The type a file's `type` field names (case does not matter).
    pub fn from_type(kind: Option<&str>) -> Self {
        match kind.map(str::to_ascii_lowercase).as_deref() {
            Some("string") => Declared::String,
            Some("number") => Declared::Number,
            Some("boolean") => Declared::Boolean,
            Some("array") => Declared::Array,
            Some("object") => Declared::Object,
            _ => Declared::Any,
        }
    }

    /// Its name, as `toJSON()` writes it.
    pub fn name(self) -> &'static str {
        match self {
            Declared::Any => "any",
            Declared::String => "string",
            Declared::Number => "number",
            Declared::Boolean => "boolean",
            Declared::Array => "array",
            Declared::Object => "object",
        }
    }
}

/// A variable in a collection, environment or globals file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Variable {
    /// Name.
    pub key: String,
    /// Value as text (numbers and booleans are written as JSON).
    pub value: String,
    /// `secret` or not.
    pub kind: VarType,
    /// `false` when `enabled: false` or `disabled: true`.
    pub enabled: bool,
    /// The file said `disabled: true`, the flag Newman's scopes know (and
    /// write back in a script's `toJSON()`; `enabled: false` they ignore).
    pub written_disabled: bool,
    /// `value` is the JSON text of a number, boolean, object or null, as a
    /// file or a script gave it; scripts get it back with its type.
    pub typed: bool,
    /// The `type` it declares, which its values are cast by.
    pub declared: Declared,
}

/// A saved example response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Example {
    /// Example name.
    pub name: String,
    /// The request the example answers, when saved.
    pub original_request: Option<Request>,
    /// Status code.
    pub code: Option<u16>,
    /// Reason phrase.
    pub status: Option<String>,
    /// Response headers.
    pub headers: Vec<KeyValue>,
    /// Response body text.
    pub body: Option<String>,
    /// How the body is shown (`json`, `xml`, `html`, `text`, …):
    /// `_postman_previewlanguage` in v2.1, `body.type` in v3.
    pub language: Option<String>,
    /// `responseTime` as written (milliseconds, `null` kept).
    pub response_time: Option<serde_json::Value>,
    /// Its `_postman_*` fields besides the preview language, as written.
    pub meta: Meta,
    /// The cookies saved with it (`cookie`), as written.
    pub cookies: Option<serde_json::Value>,
}

impl Example {
    /// The response time saved with the example, in milliseconds.
    pub fn saved_response_time(&self) -> Option<u64> {
        let written = self.response_time.as_ref()?;
        written
            .as_u64()
            .or_else(|| written.as_str()?.trim().parse().ok())
    }
}

/// `protocolProfileBehavior` settings that change how a request is sent.
/// Inner levels override outer ones, key by key.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Behavior {
    /// Send a body even with GET/HEAD/… (`disableBodyPruning`).
    pub disable_body_pruning: Option<bool>,
    /// Follow redirects (`followRedirects`).
    pub follow_redirects: Option<bool>,
    /// Redirect limit (`maxRedirects`).
    pub max_redirects: Option<u32>,
    /// System headers not to add (`disabledSystemHeaders`), lower-cased;
    /// `None` when the file has no such key (`{}` is kept as written).
    pub disabled_system_headers: Option<Vec<String>>,
    /// The other settings, kept as written so conversions lose nothing:
    /// the switches read through [`Behavior::switch`] (`strictSSL`,
    /// `disableCookies`, the redirect ones) and those postrun does not act
    /// on (`protocolVersion`, TLS options, …).
    pub other: std::collections::BTreeMap<String, serde_json::Value>,
    /// The file has the object, if only as `{}`: an empty one is written
    /// back too (Newman's report keeps it).
    pub present: bool,
}

impl Behavior {
    /// A `true`/`false` setting kept among the others (`disableCookies`).
    pub fn switch(&self, key: &str) -> Option<bool> {
        self.other.get(key).and_then(serde_json::Value::as_bool)
    }

    /// `inner` overriding `self`, key by key.
    pub fn merged_with(&self, inner: &Behavior) -> Behavior {
        let disabled = match (
            &self.disabled_system_headers,
            &inner.disabled_system_headers,
        ) {
            (None, None) => None,
            (outer, inner) => Some(outer.iter().chain(inner).flatten().cloned().collect()),
        };
        let mut other = self.other.clone();
        other.extend(inner.other.clone());
        Behavior {
            disable_body_pruning: inner.disable_body_pruning.or(self.disable_body_pruning),
            follow_redirects: inner.follow_redirects.or(self.follow_redirects),
            max_redirects: inner.max_redirects.or(self.max_redirects),
            disabled_system_headers: disabled,
            other,
            present: self.present || inner.present,
        }
    }
}

/// What an environment or globals file says of itself beside its values,
/// which Newman's reports and exports repeat.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScopeFile {
    /// `id`.
    pub id: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// The fields whose names start with `_`, in file order, as written.
    pub meta: Vec<(String, serde_json::Value)>,
    /// The variables' `description`s as written, by key.
    pub descriptions: Vec<(String, serde_json::Value)>,
}

impl ScopeFile {
    /// The `description` the file gave the variable `key`.
    pub fn description(&self, key: &str) -> Option<&serde_json::Value> {
        let found = self.descriptions.iter().find(|(k, _)| k == key);
        found.map(|(_, description)| description)
    }
}

/// An environment or globals file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Environment {
    /// What the file says of itself: `id`, `name`, `_postman_*` fields,
    /// the variables' descriptions.
    pub file: ScopeFile,
    /// The variables in file order.
    pub values: Vec<Variable>,
    /// Where it was read from.
    pub source: PathBuf,
    /// What the loader skipped (vault-linked values of a v3 file).
    pub warnings: Vec<String>,
}
