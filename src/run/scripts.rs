//! What scripts are given (`pm.info`, `pm.request`, `pm.response`, …) and
//! how a pre-request script's changes to `pm.request` apply.

use std::rc::Rc;

use serde::Serialize;
use serde_json::{Value, json};

use crate::http::PreparedRequest;
use crate::load::{self, Request, Url};
use crate::plan::{RunPlan, Step};
use crate::script::{Later, ScriptContext};

fn context(
    plan: &RunPlan,
    step: &Step<'_>,
    iteration: usize,
    request: Later<String>,
    cookies: Rc<Later<Vec<(String, String)>>>,
) -> ScriptContext {
    let mut location = Vec::with_capacity(step.folders.len() + 2);
    location.push(plan.collection.info.name.clone());
    location.extend(step.folders.iter().map(|f| f.name.clone()));
    location.push(step.item.name.clone());
    ScriptContext {
        iteration,
        iteration_count: plan.options.iterations,
        request_name: step.item.name.clone(),
        // Newman gives an item without an id one of its own; postrun's is
        // made from the item's place, so it is the same in every run.
        request_id: step.item.id.clone().unwrap_or_else(|| {
            uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, location.join("/").as_bytes())
                .to_string()
        }),
        location,
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
    let (id, name) = (step.item.id.clone(), step.item.name.clone());
    let json = Later::new(move || {
        let url = request.url.unresolved();
        let mut json = load::request_json(&request, &url);
        json["id"] = json!(id.unwrap_or_default());
        json["name"] = json!(name);
        json.to_string()
    });
    context(plan, step, iteration, json, Rc::default())
}

/// `pm.request` in a test script: the request as sent.
#[derive(Serialize)]
struct SentRequest<'a> {
    id: &'a str,
    name: &'a str,
    method: &'a str,
    url: &'a str,
    header: Vec<Header<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<RawBody<'a>>,
}

#[derive(Serialize)]
struct Header<'a> {
    key: &'a str,
    value: &'a str,
}

#[derive(Serialize)]
struct RawBody<'a> {
    mode: &'static str,
    raw: std::borrow::Cow<'a, str>,
}

/// A test script sees the request as sent, the response (from the host)
/// and the jar's cookies for the URL.
pub fn test_context(
    plan: &RunPlan,
    step: &Step<'_>,
    sent: &Rc<PreparedRequest>,
    cookies: &Rc<Later<Vec<(String, String)>>>,
    iteration: usize,
) -> ScriptContext {
    let (sent, id, name) = (sent.clone(), step.item.id.clone(), step.item.name.clone());
    let request = Later::new(move || sent_json(&sent, id.as_deref().unwrap_or_default(), &name));
    context(plan, step, iteration, request, cookies.clone())
}

fn sent_json(sent: &PreparedRequest, id: &str, name: &str) -> String {
    let shown = sent.shown_headers();
    let request = SentRequest {
        id,
        name,
        method: &sent.method,
        url: &sent.url,
        header: shown
            .iter()
            .map(|(key, value)| Header { key, value })
            .collect(),
        body: sent.body.bytes().map(|bytes| RawBody {
            mode: "raw",
            raw: String::from_utf8_lossy(bytes),
        }),
    };
    // Serializing borrowed fields cannot fail.
    serde_json::to_string(&request).unwrap_or_default()
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
