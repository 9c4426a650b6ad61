//! What scripts are given (`pm.info`, `pm.request`, `pm.response`, …) and
//! how a pre-request script's changes to `pm.request` apply.

use serde_json::{Value, json};

use super::{RunPlan, Step};
use crate::http::{self, PreparedBody, PreparedRequest, Response};
use crate::load::{self, Request, Url};
use crate::script::response_json;

fn info(plan: &RunPlan, step: &Step<'_>, event: &str, iteration: usize) -> Value {
    json!({
        "eventName": event,
        "iteration": iteration,
        "iterationCount": plan.options.iterations,
        "requestName": step.item.name,
        "requestId": step.item.id.clone().unwrap_or_default(),
    })
}

fn location(plan: &RunPlan, step: &Step<'_>) -> Value {
    let mut path = vec![plan.collection.info.name.clone()];
    path.extend(step.folders.iter().map(|f| f.name.clone()));
    path.push(step.item.name.clone());
    json!(path)
}

/// The request goes over as JSON text: scripts that never look at
/// `pm.request` (most test scripts) then never pay for building it.
fn with_identity(mut request: Value, step: &Step<'_>) -> Value {
    request["id"] = json!(step.item.id.clone().unwrap_or_default());
    request["name"] = json!(step.item.name);
    Value::String(request.to_string())
}

/// A pre-request script sees the request as written, variables unresolved.
pub fn prerequest_context(
    plan: &RunPlan,
    step: &Step<'_>,
    request: &Request,
    iteration: usize,
) -> Value {
    let url = http::unresolved_url(&request.url);
    json!({
        "event": "prerequest",
        "info": info(plan, step, "prerequest", iteration),
        "location": location(plan, step),
        "request": with_identity(load::request_json(request, &url), step),
        "response": null,
        "cookies": [],
    })
}

/// A test script sees the request as sent and the response (its body is
/// read on demand).
pub fn test_context(
    plan: &RunPlan,
    step: &Step<'_>,
    sent: &PreparedRequest,
    response: &Response,
    cookies: &[(String, String)],
    iteration: usize,
) -> Value {
    let headers: Vec<Value> = sent
        .headers
        .iter()
        .map(|(k, v)| json!({ "key": k, "value": v }))
        .collect();
    let mut request = json!({ "method": sent.method, "url": sent.url, "header": headers });
    if let PreparedBody::Bytes(bytes) = &sent.body {
        request["body"] = json!({ "mode": "raw", "raw": String::from_utf8_lossy(bytes) });
    }
    let cookies: Vec<Value> = cookies
        .iter()
        .map(|(name, value)| json!({ "name": name, "value": value }))
        .collect();
    let mut response = response_json(response, false);
    response["cookies"] = response_cookies(&response);
    // As text, like the request: turned into objects only when a script
    // reads `pm.response.headers`.
    response["headers"] = Value::String(response["headers"].to_string());
    json!({
        "event": "test",
        "info": info(plan, step, "test", iteration),
        "location": location(plan, step),
        "request": with_identity(request, step),
        "response": response,
        "cookies": cookies,
    })
}

/// The cookies a response sets, from its `Set-Cookie` headers.
fn response_cookies(response: &Value) -> Value {
    let cookies: Vec<Value> = response["headers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|h| {
            h["key"]
                .as_str()
                .is_some_and(|k| k.eq_ignore_ascii_case("set-cookie"))
        })
        .filter_map(|h| {
            let first = h["value"].as_str()?.split(';').next()?;
            let (name, value) = first.split_once('=')?;
            Some(json!({ "name": name.trim(), "value": value.trim() }))
        })
        .collect();
    Value::Array(cookies)
}

/// Applies `pm.request` as a pre-request script left it. A URL that was
/// changed is used as written from then on.
pub fn apply_request_changes(request: &mut Request, changes: &Value) {
    let Some(changed) = load::request_from_json(changes.clone()) else {
        return;
    };
    let url_before = http::unresolved_url(&request.url);
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
