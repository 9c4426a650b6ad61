//! What the script runs in, built when the script first reads it (`pm.info`, `pm.request`, `location`), and what the prelude keeps for the running script.

use super::response::json_error_message;
use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("info", 0, info),
    ("location", 0, location),
    ("request", 0, request),
    ("memo", 1, memo),
    ("remember", 2, remember),
];

// ---- what the prelude keeps for the running script ----

fn memo(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = string_arg(args, 0, ctx)?;
    let host = host(ctx)?;
    let host = host.borrow();
    let found = host.memo.iter().find(|(key, _)| *key == name);
    Ok(found.map(|(_, value)| value.clone()).unwrap_or_default())
}

/// Keeps a value under a name for the rest of the script; gives it back.
fn remember(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = string_arg(args, 0, ctx)?;
    let value = args.get(1).cloned().unwrap_or_default();
    let host = host(ctx)?;
    let mut host = host.borrow_mut();
    match host.memo.iter_mut().find(|(key, _)| *key == name) {
        Some(slot) => slot.1 = value.clone(),
        None => host.memo.push((name, value.clone())),
    }
    Ok(value)
}

/// The getter of `pm.info`.
fn info(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = host(ctx)?;
    if let Some(info) = host.borrow().info_object.clone() {
        return Ok(info);
    }
    let info = info_object(&host.borrow(), ctx);
    host.borrow_mut().info_object = Some(info.clone());
    Ok(info)
}

fn info_object(host: &Host, ctx: &mut Context) -> JsValue {
    let context = &host.context;
    json::object(
        [
            (js_string!("eventName"), text(host.event)),
            (js_string!("iteration"), JsValue::from(context.iteration)),
            (
                js_string!("iterationCount"),
                JsValue::from(context.iteration_count),
            ),
            (
                js_string!("requestName"),
                text(context.request_name.as_str()),
            ),
            (js_string!("requestId"), text(context.request_id.as_str())),
        ],
        ctx,
    )
}

fn location(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = host(ctx)?;
    let names: Vec<JsValue> = host
        .borrow()
        .context
        .location
        .iter()
        .map(|name| text(name.as_str()))
        .collect();
    Ok(JsArray::from_iter(names, ctx).into())
}

/// `pm.request` as collection JSON, written and parsed only now.
fn request(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = host(ctx)?;
    let host = host.borrow();
    let text = host.context.request.get();
    super::json::parse(text.as_bytes(), ctx).map_err(|e| {
        JsError::from(JsNativeError::syntax().with_message(json_error_message(text.as_bytes(), &e)))
    })
}
