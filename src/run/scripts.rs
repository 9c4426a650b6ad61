//! What scripts are given (`pm.info`, `pm.request`, `pm.response`, …) and
//! how a pre-request script's changes to `pm.request` apply.

use std::rc::Rc;

use serde::Serialize;
use serde_json::{Value, json};

use crate::http::PreparedRequest;
use crate::load::{self, Request, Url};
use crate::plan::{RunPlan, Step};
use crate::script::{Later, ScriptContext};

/// `pm.info.requestId` and the legacy `request.id`. Newman gives an item
/// without an id one of its own; postrun's is made from the item's place,
/// so it is the same in every run.
fn request_id(plan: &RunPlan, step: &Step<'_>) -> String {
    step.item
        .id
        .clone()
        .unwrap_or_else(|| load::place_id(&location(plan, step).join("/")))
}

/// `pm.execution.location`: collection, folders, request.
fn location(plan: &RunPlan, step: &Step<'_>) -> Vec<String> {
    let mut location = Vec::with_capacity(step.folders.len() + 2);
    location.push(plan.collection.info.name.clone());
    location.extend(step.folders.iter().map(|f| f.name.clone()));
    location.push(step.item.name.clone());
    location
}

/// The request's description as scripts see it: the request's own, which
/// the loader keeps on the item.
fn description(step: &Step<'_>, request: &Request) -> Option<String> {
    request
        .description
        .clone()
        .or_else(|| step.item.description.clone())
}

fn context(
    plan: &RunPlan,
    step: &Step<'_>,
    iteration: usize,
    request: Later<String>,
    cookies: Rc<Later<Vec<crate::http::JarCookie>>>,
) -> ScriptContext {
    ScriptContext {
        iteration,
        iteration_count: plan.options.iterations,
        request_name: step.item.name.clone(),
        request_id: request_id(plan, step),
        location: location(plan, step),
        request,
        cookies,
    }
}

/// A pre-request script sees the request as written, variables unresolved.
pub fn prerequest_context(
    plan: &RunPlan,
    step: &Step<'_>,
    request: &Request,
    iteration: usize,
) -> ScriptContext {
    let request = request.clone();
    let (id, name) = (request_id(plan, step), step.item.name.clone());
    let description = description(step, &request);
    let json = Later::new(move || {
        // The URL in parts, as the SDK holds it: `:name` path segments with
        // their variables, disabled query parameters listed.
        let mut json = load::request_json(&request, "");
        json["url"] = load::url_json(&request.url);
        json["id"] = json!(id);
        json["name"] = json!(name);
        if let Some(description) = description {
            json["description"] = json!(description);
        }
        json.to_string()
    });
    context(plan, step, iteration, json, Rc::default())
}

/// `pm.request` in a test script: the request as sent (system headers
/// included), its body in the mode it was written in, variables resolved.
#[derive(Serialize)]
struct SentRequest<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    method: &'a str,
    url: &'a str,
    header: Vec<Header<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    auth: Option<&'a Value>,
}

#[derive(Serialize)]
struct Header<'a> {
    /// A header the collection switched off: not sent, listed by Newman.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    disabled: bool,
    key: &'a str,
    value: &'a str,
    /// One the HTTP layer adds (`User-Agent`, `Postman-Token`, …), marked
    /// as Newman's request marks it and as the JSON report does.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    system: bool,
}

/// The body as a test script sees it: the collection's body in the mode it
/// was written (urlencoded fields, form parts, raw text with its language),
/// variables resolved as when it was sent, as Newman shows it.
pub enum TestBody {
    /// A raw body: its text is the one sent, read from the sent request
    /// when a script asks (no second resolution of a large body).
    Raw {
        /// `options.raw.language`.
        language: Option<String>,
    },
    /// Any other mode, resolved at send time.
    Written(Value),
}

/// [`TestBody`] of `request`; `resolve` is the run's variable resolution
/// at send time.
pub fn body_for_tests(
    request: &Request,
    mut resolve: impl FnMut(&str) -> String,
) -> Option<TestBody> {
    fn resolve_strings(value: &mut Value, resolve: &mut dyn FnMut(&str) -> String) {
        match value {
            Value::String(text) => *text = resolve(text),
            Value::Array(items) => items.iter_mut().for_each(|v| resolve_strings(v, resolve)),
            Value::Object(map) => map.values_mut().for_each(|v| resolve_strings(v, resolve)),
            Value::Null | Value::Bool(_) | Value::Number(_) => {}
        }
    }
    let body = request.body.as_ref()?;
    if let load::Body::Raw { language, .. } = body {
        return Some(TestBody::Raw {
            language: language.clone(),
        });
    }
    let mut body = load::body_json(body);
    resolve_strings(&mut body, &mut resolve);
    Some(TestBody::Written(body))
}

/// The JSON of a [`TestBody`], the raw text taken from `sent`.
fn test_body_json(body: &TestBody, sent: &PreparedRequest) -> Value {
    match body {
        TestBody::Written(value) => value.clone(),
        TestBody::Raw { language } => {
            let text = String::from_utf8_lossy(sent.body.bytes().unwrap_or_default());
            let mut out = json!({ "mode": "raw", "raw": text });
            if let Some(language) = language {
                out["options"] = json!({ "raw": { "language": language } });
            }
            out
        }
    }
}

/// What a test script is told about the request it follows.
pub struct TestRequest {
    /// The request as sent.
    pub sent: Rc<PreparedRequest>,
    /// [`body_for_tests`] of the request as sent.
    pub body: Option<TestBody>,
    /// The request's description.
    pub description: Option<String>,
    /// [`auth_for_tests`] of the auth it was sent with.
    pub auth: Option<Value>,
}

/// The auth a test script sees on `pm.request`: the request's own or the
/// one it inherits, values resolved, as Newman shows it.
pub fn auth_for_tests(auth: &load::Auth, mut resolve: impl FnMut(&str) -> String) -> Value {
    let mut resolved = auth.clone();
    for param in &mut resolved.params {
        param.value = resolve(&param.value);
    }
    load::auth_json(&resolved)
}

/// A test script sees the request as sent, the response (from the host)
/// and the jar's cookies for the URL.
pub fn test_context(
    plan: &RunPlan,
    step: &Step<'_>,
    request: &Rc<TestRequest>,
    cookies: &Rc<Later<Vec<crate::http::JarCookie>>>,
    iteration: usize,
) -> ScriptContext {
    let (request, id, name) = (
        request.clone(),
        request_id(plan, step),
        step.item.name.clone(),
    );
    let json = Later::new(move || sent_json(&request, &id, &name));
    context(plan, step, iteration, json, cookies.clone())
}

/// The description of `step`'s request, for [`TestRequest`].
pub fn request_description(step: &Step<'_>, request: &Request) -> Option<String> {
    description(step, request)
}

fn sent_json(request: &TestRequest, id: &str, name: &str) -> String {
    let sent = &request.sent;
    let shown = sent.shown_headers();
    let url = crate::http::url_as_sent(&sent.url);
    let json = SentRequest {
        id,
        name,
        description: request.description.as_deref(),
        method: &sent.method,
        url: &url,
        header: shown
            .iter()
            .map(|(key, value, listed)| Header {
                disabled: listed.is_disabled(),
                key,
                value,
                system: listed.is_system(),
            })
            .collect(),
        body: request.body.as_ref().map(|body| test_body_json(body, sent)),
        auth: request.auth.as_ref(),
    };
    // Serializing borrowed fields cannot fail.
    serde_json::to_string(&json).unwrap_or_default()
}

/// Applies `pm.request` as a pre-request script left it. A URL that was
/// changed is used as written from then on.
pub fn apply_request_changes(request: &mut Request, changes: &Value) {
    let Some(changed) = load::request_from_json(changes.clone()) else {
        return;
    };
    let url_before = request.url.unresolved();
    if changed.url.raw != url_before {
        request.url = Url {
            raw: changed.url.raw,
            variables: std::mem::take(&mut request.url.variables),
            ..Url::default()
        };
    }
    request.method = changed.method;
    request.headers = changed.headers;
    request.body = changed.body;
    request.auth = changed.auth;
}
