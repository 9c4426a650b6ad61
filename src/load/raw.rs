//! The collection and environment file formats exactly as serde reads them.
//!
//! Everything here is lenient: a field may be a string or an array, an object
//! or null, and unknown fields are ignored. `normalize` turns these types into
//! the model.

use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::Value;

/// A value written either alone or as an array of them.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    pub fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMany::One(one) => vec![one],
            OneOrMany::Many(many) => many,
        }
    }
}

/// Just enough of a file to tell what it is. Only `info` is kept: the rest
/// is checked for presence, and building the whole item tree as values
/// cost as much as loading the collection.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Probe {
    pub info: Option<Value>,
    pub item: Option<IgnoredAny>,
    pub values: Option<IgnoredAny>,
    pub requests: Option<IgnoredAny>,
    pub order: Option<IgnoredAny>,
    #[serde(rename = "_postman_variable_scope")]
    pub scope: Option<IgnoredAny>,
    /// The Postman API's envelope: `{"collection": {…}}`.
    pub collection: Option<IgnoredAny>,
    /// The Postman API's envelope: `{"environment": {…}}`.
    pub environment: Option<IgnoredAny>,
}

/// A collection as the Postman API answers it, and as people commit that
/// answer: `{"collection": {…}}`.
#[derive(Debug, Deserialize)]
pub struct CollectionEnvelope {
    pub collection: Collection,
}

/// An environment as the Postman API answers it: `{"environment": {…}}`.
#[derive(Debug, Deserialize)]
pub struct EnvironmentEnvelope {
    pub environment: EnvironmentFile,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Collection {
    pub info: Option<Info>,
    /// `None` when the file has no `item` array: not a collection.
    pub item: Option<Vec<Item>>,
    pub auth: Option<Value>,
    pub event: Option<OneOrMany<Event>>,
    #[serde(alias = "variables")]
    pub variable: Vec<Variable>,
    #[serde(rename = "protocolProfileBehavior")]
    pub behavior: Option<Value>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Info {
    pub name: Option<Value>,
    #[serde(rename = "_postman_id")]
    pub id: Option<String>,
    pub description: Option<Value>,
    pub version: Option<Value>,
    pub schema: Option<String>,
    #[serde(rename = "_collection_link")]
    pub collection_link: Option<Value>,
    #[serde(rename = "_exporter_id")]
    pub exporter_id: Option<Value>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Item {
    pub id: Option<Value>,
    /// Older exports' item id.
    #[serde(rename = "_postman_id")]
    pub postman_id: Option<Value>,
    #[serde(rename = "_postman_isSubFolder")]
    pub sub_folder: Option<Value>,
    pub name: Option<Value>,
    pub description: Option<Value>,
    pub item: Option<Vec<Item>>,
    pub request: Option<Request>,
    pub event: Option<OneOrMany<Event>>,
    pub response: Option<Vec<Value>>,
    pub auth: Option<Value>,
    #[serde(rename = "protocolProfileBehavior")]
    pub behavior: Option<Value>,
}

/// A URL string or a request object. Not `untagged`: an error inside the
/// object keeps its own path and message (`item[0].request.method`).
#[derive(Debug)]
pub enum Request {
    Url(String),
    Full(Box<FullRequest>),
}

impl<'de> Deserialize<'de> for Request {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(StringOr::<FullRequest>::new(
                "a URL string or a request object",
            ))
            .map(|either| match either {
                Either::Text(text) => Request::Url(text),
                Either::Object(full) => Request::Full(Box::new(full)),
            })
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct FullRequest {
    pub url: Option<Url>,
    pub method: Option<String>,
    pub header: Option<Headers>,
    pub body: Option<Body>,
    pub auth: Option<Value>,
    pub description: Option<Value>,
}

/// A URL string or a URL object, with errors inside the object kept.
#[derive(Debug)]
pub enum Url {
    Raw(String),
    Parts(Box<UrlParts>),
}

impl<'de> Deserialize<'de> for Url {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let expected = "a URL string or a URL object (`raw`, `host`, `path`, …)";
        deserializer
            .deserialize_any(StringOr::<UrlParts>::new(expected))
            .map(|either| match either {
                Either::Text(text) => Url::Raw(text),
                Either::Object(parts) => Url::Parts(Box::new(parts)),
            })
    }
}

/// Text or an object of type `T`.
enum Either<T> {
    Text(String),
    Object(T),
}

/// Reads text or a `T` object; anything else is an error saying `expected`.
struct StringOr<T> {
    expected: &'static str,
    object: std::marker::PhantomData<T>,
}

impl<T> StringOr<T> {
    fn new(expected: &'static str) -> Self {
        StringOr {
            expected,
            object: std::marker::PhantomData,
        }
    }
}

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for StringOr<T> {
    type Value = Either<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.expected)
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Either::Text(text.to_string()))
    }

    fn visit_map<M: serde::de::MapAccess<'de>>(self, map: M) -> Result<Self::Value, M::Error> {
        T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Either::Object)
    }
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct UrlParts {
    pub raw: Option<String>,
    pub protocol: Option<String>,
    pub host: Option<OneOrMany<String>>,
    pub port: Option<Value>,
    pub path: Option<OneOrMany<PathSegment>>,
    pub query: Option<Vec<KeyValue>>,
    pub variable: Option<Vec<KeyValue>>,
    pub hash: Option<String>,
    pub auth: Option<Value>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum PathSegment {
    Text(String),
    Typed { value: Option<String> },
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Headers {
    List(Vec<KeyValue>),
    Text(String),
}

/// Headers, query params, form fields, path variables and auth attributes
/// all share this shape.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct KeyValue {
    pub key: Option<Value>,
    pub id: Option<Value>,
    pub name: Option<Value>,
    pub value: Option<Value>,
    pub disabled: Option<bool>,
    pub enabled: Option<bool>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub src: Option<Value>,
    #[serde(rename = "contentType")]
    pub content_type: Option<String>,
    pub description: Option<Value>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Body {
    pub mode: Option<String>,
    pub raw: Option<Value>,
    pub urlencoded: Option<Vec<KeyValue>>,
    pub formdata: Option<Vec<KeyValue>>,
    pub file: Option<FileBody>,
    pub graphql: Option<GraphQl>,
    pub options: Option<Value>,
    pub disabled: Option<bool>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct FileBody {
    pub src: Option<Value>,
    pub content: Option<Value>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct GraphQl {
    pub query: Option<String>,
    pub variables: Option<Value>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Event {
    pub id: Option<String>,
    pub listen: Option<String>,
    pub script: Option<ScriptBody>,
    pub disabled: Option<bool>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct ScriptBody {
    pub id: Option<String>,
    pub exec: Option<OneOrMany<String>>,
    pub packages: Option<Value>,
}

/// Collection variables and environment values.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Variable {
    pub key: Option<Value>,
    pub id: Option<Value>,
    pub value: Option<Value>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub disabled: Option<bool>,
    pub enabled: Option<bool>,
    /// `null` included: Newman reports a `null` description, not none.
    #[serde(deserialize_with = "present")]
    pub description: Option<Value>,
}

/// A field that is there, even as `null`.
fn present<'de, D: serde::Deserializer<'de>>(field: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(field).map(Some)
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Example {
    pub name: Option<Value>,
    #[serde(rename = "originalRequest")]
    pub original_request: Option<Request>,
    pub code: Option<u16>,
    pub status: Option<String>,
    pub header: Option<Headers>,
    pub body: Option<Value>,
    /// `null` included: the SDK keeps it.
    #[serde(rename = "responseTime", deserialize_with = "present")]
    pub response_time: Option<Value>,
    #[serde(rename = "_postman_previewlanguage")]
    pub preview_language: Option<Value>,
    #[serde(rename = "_postman_previewtype")]
    pub preview_type: Option<Value>,
    pub cookie: Option<Value>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct EnvironmentFile {
    pub id: Option<String>,
    pub name: Option<String>,
    pub values: Vec<Variable>,
    /// Every other field: those whose names start with `_` are the file's
    /// meta fields (`_postman_exported_at`, …), which Newman's reports repeat.
    #[serde(flatten)]
    pub rest: serde_json::Map<String, Value>,
}
