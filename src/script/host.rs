//! The native functions behind `__host`: what the JavaScript prelude calls
//! to read and write variables, record assertions and console lines, read
//! the response, and queue timers and `pm.sendRequest` calls.
//!
//! Their state is one [`Host`] per sandbox, reached through the context's
//! host data, so every function here is a plain `fn` pointer.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use boa_engine::gc::{Finalize, Trace, empty_trace};
use boa_engine::object::builtins::JsArray;
use boa_engine::object::{FunctionObjectBuilder, JsData, ObjectInitializer};
use boa_engine::property::Attribute;
use boa_engine::string::JsStrVariant;
use boa_engine::{
    Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction, Source,
    js_string,
};

use super::{AssertionOutcome, ConsoleLine, NextRequest, ScriptContext, ScriptOutput, json};
use crate::http::Response;
use crate::load::Variable;
use crate::vars::{Scope, Scopes};

/// What one script execution reads and produces.
#[derive(Default)]
pub struct Host {
    pub scopes: Scopes,
    /// `prerequest` or `test`.
    pub event: &'static str,
    pub context: ScriptContext,
    pub response: Option<Rc<Response>>,
    /// `pm.response.json()`, parsed once per response.
    pub json: Option<JsValue>,
    /// `pm.info` and `pm.response`, made when the script first reads them.
    pub info_object: Option<JsValue>,
    pub response_object: Option<JsValue>,
    /// What the prelude keeps for this script (`host.remember`), forgotten
    /// with it: the legacy `tests` object, pending tests, `pm.request`, …
    pub memo: Vec<(String, JsValue)>,
    pub outputs: Vec<ScriptOutput>,
    pub error: Option<ThrownError>,
    pub next: Option<NextRequest>,
    pub skip: bool,
    pub sends: Vec<(u32, String)>,
    pub timers: Vec<(u32, Instant)>,
}

/// An error a script threw and did not catch.
#[derive(Debug, Clone)]
pub struct ThrownError {
    pub name: String,
    pub message: String,
    pub stack: String,
}

/// The handle stored in the context's host data.
#[derive(Clone, Default)]
pub struct HostHandle(pub Rc<RefCell<Host>>);

fn host(ctx: &Context) -> JsResult<Rc<RefCell<Host>>> {
    ctx.get_data::<HostHandle>()
        .map(|handle| handle.0.clone())
        .ok_or_else(|| {
            JsNativeError::error()
                .with_message("postrun host is not installed")
                .into()
        })
}

/// A JS string as Rust text. `to_std_string_escaped` formats it a
/// character at a time, which made reading a response body back from a
/// script cost more than parsing it; ASCII is copied as it is.
pub(super) fn rust_string(text: &JsString) -> String {
    match text.as_str().variant() {
        JsStrVariant::Latin1(bytes) if bytes.is_ascii() => {
            String::from_utf8(bytes.to_vec()).unwrap_or_default()
        }
        _ => text
            .to_std_string()
            .unwrap_or_else(|_| text.to_std_string_escaped()),
    }
}

fn string_arg(args: &[JsValue], index: usize, ctx: &mut Context) -> JsResult<String> {
    match args.get(index) {
        None => Ok(String::new()),
        Some(value) if value.is_undefined() => Ok(String::new()),
        Some(value) => Ok(rust_string(&value.to_string(ctx)?)),
    }
}

fn optional_string_arg(
    args: &[JsValue],
    index: usize,
    ctx: &mut Context,
) -> JsResult<Option<String>> {
    match args.get(index) {
        Some(value) if !value.is_null_or_undefined() => {
            Ok(Some(rust_string(&value.to_string(ctx)?)))
        }
        _ => Ok(None),
    }
}

fn number_arg(args: &[JsValue], index: usize, ctx: &mut Context) -> JsResult<f64> {
    args.get(index).cloned().unwrap_or_default().to_number(ctx)
}

fn text(value: impl Into<JsString>) -> JsValue {
    JsValue::from(value.into())
}

type HostFn = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

/// Installs `__host` on the global object.
pub fn install(ctx: &mut Context) -> JsResult<()> {
    let functions: [(&str, usize, HostFn); 31] = [
        ("get", 2, get),
        ("has", 2, has),
        ("set", 4, set),
        ("unset", 2, unset),
        ("clear", 1, clear),
        ("toObject", 1, to_object),
        ("replaceIn", 2, replace_in),
        ("assertion", 4, assertion),
        ("console", 2, console),
        ("scriptError", 3, script_error),
        ("next", 1, next),
        ("skip", 0, skip),
        ("body", 1, body),
        ("json", 1, json),
        ("send", 2, send),
        ("timer", 2, timer),
        ("cancelTimer", 1, cancel_timer),
        ("atob", 1, atob),
        ("btoa", 1, btoa),
        ("uuid", 0, uuid),
        ("parseJson", 1, parse_json),
        ("info", 0, info),
        ("location", 0, location),
        ("request", 0, request),
        ("response", 1, response),
        ("responseHeaders", 1, response_headers),
        ("responseCookies", 1, response_cookies),
        ("cookies", 0, cookies),
        ("load", 1, load),
        ("memo", 1, memo),
        ("remember", 2, remember),
    ];
    let mut object = ObjectInitializer::new(ctx);
    for (name, length, function) in functions {
        object.function(
            NativeFunction::from_fn_ptr(function),
            JsString::from(name),
            length,
        );
    }
    let object = object.build();
    ctx.register_global_property(js_string!("__host"), object, Attribute::empty())
}

// ---- variables ----

/// The scope a script names, or `None` for `variables` (all scopes, resolved).
fn scope_mut<'s>(scopes: &'s mut Scopes, name: &str) -> Option<&'s mut Scope> {
    Some(match name {
        "environment" => &mut scopes.environment,
        "globals" => &mut scopes.globals,
        "collection" => &mut scopes.collection,
        "data" => &mut scopes.data,
        "local" | "variables" => &mut scopes.local,
        _ => return None,
    })
}

fn lookup(scopes: &Scopes, scope: &str, key: &str) -> Option<Variable> {
    let found = match scope {
        "variables" => scopes.lookup(key),
        "environment" => scopes.environment.get(key),
        "globals" => scopes.globals.get(key),
        "collection" => scopes.collection.get(key),
        "data" => scopes.data.get(key),
        _ => None,
    };
    found.cloned()
}

/// A variable's value as scripts see it: typed values come back typed.
fn variable_value(var: &Variable, ctx: &mut Context) -> JsResult<JsValue> {
    if var.typed
        && let Ok(value) = super::json::parse(var.value.as_bytes(), ctx)
    {
        return Ok(value);
    }
    Ok(text(var.value.as_str()))
}

fn get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, key) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    let found = lookup(&host(ctx)?.borrow().scopes, &scope, &key);
    match found {
        Some(var) => variable_value(&var, ctx),
        None => Ok(JsValue::undefined()),
    }
}

fn has(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, key) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    let found = lookup(&host(ctx)?.borrow().scopes, &scope, &key).is_some();
    Ok(JsValue::from(found))
}

fn set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, key, value) = (
        string_arg(args, 0, ctx)?,
        string_arg(args, 1, ctx)?,
        string_arg(args, 2, ctx)?,
    );
    let typed = args.get(3).is_some_and(JsValue::to_boolean);
    let host = host(ctx)?;
    let mut host = host.borrow_mut();
    if let Some(target) = scope_mut(&mut host.scopes, &scope) {
        target.set_typed(&key, value, typed);
    }
    Ok(JsValue::undefined())
}

fn unset(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, key) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    let host = host(ctx)?;
    if let Some(target) = scope_mut(&mut host.borrow_mut().scopes, &scope) {
        target.unset(&key);
    }
    Ok(JsValue::undefined())
}

fn clear(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let scope = string_arg(args, 0, ctx)?;
    let host = host(ctx)?;
    if let Some(target) = scope_mut(&mut host.borrow_mut().scopes, &scope) {
        *target = Scope::default();
    }
    Ok(JsValue::undefined())
}

/// `pm.environment.get`, `.has` and `.set` (and the other scopes'): the
/// calls scripts make most, natively in front of the prelude's `Scope`
/// methods (pm.js), which still take what the host cannot do as exactly:
/// a key that is not text, a value that becomes JSON.
pub fn install_scope_methods(prototype: &JsObject, ctx: &mut Context) -> JsResult<()> {
    let methods: [(&str, ScopeMethod); 3] =
        [("get", scope_get), ("has", scope_has), ("set", scope_set)];
    for (name, method) in methods {
        let prelude = prototype
            .get(JsString::from(name), ctx)?
            .as_callable()
            .ok_or_else(|| JsNativeError::typ().with_message("the prelude's Scope is missing"))?;
        let native = NativeFunction::from_copy_closure_with_captures(
            scope_shortcut,
            (Shortcut(method), prelude),
        );
        let function = FunctionObjectBuilder::new(ctx.realm(), native)
            .name(JsString::from(name))
            .build();
        prototype.set(JsString::from(name), function, true, ctx)?;
    }
    Ok(())
}

/// A native scope method: `None` hands the call to the prelude's.
type ScopeMethod = fn(&str, &[JsValue], &mut Context) -> JsResult<Option<JsValue>>;

#[derive(Clone, Copy)]
struct Shortcut(ScopeMethod);

impl Finalize for Shortcut {}

// SAFETY: a function pointer holds nothing to trace.
unsafe impl Trace for Shortcut {
    empty_trace!();
}

fn scope_shortcut(
    this: &JsValue,
    args: &[JsValue],
    (Shortcut(method), prelude): &(Shortcut, JsObject),
    ctx: &mut Context,
) -> JsResult<JsValue> {
    if let Some(scope) = this.as_object() {
        let name = scope.get(js_string!("_name"), ctx)?;
        if let Some(name) = name.as_string()
            && let Some(result) = method(&rust_string(&name), args, ctx)?
        {
            return Ok(result);
        }
    }
    prelude.call(this, args, ctx)
}

/// A key the prelude's `String(key)` and the host agree on.
fn plain_key(args: &[JsValue], ctx: &mut Context) -> JsResult<Option<String>> {
    match args.first() {
        Some(key) if key.is_string() || key.is_number() => {
            Ok(Some(rust_string(&key.to_string(ctx)?)))
        }
        _ => Ok(None),
    }
}

fn scope_get(scope: &str, args: &[JsValue], ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let Some(key) = plain_key(args, ctx)? else {
        return Ok(None);
    };
    match lookup(&host(ctx)?.borrow().scopes, scope, &key) {
        Some(var) => variable_value(&var, ctx).map(Some),
        None => Ok(Some(JsValue::undefined())),
    }
}

fn scope_has(scope: &str, args: &[JsValue], ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let Some(key) = plain_key(args, ctx)? else {
        return Ok(None);
    };
    let found = lookup(&host(ctx)?.borrow().scopes, scope, &key).is_some();
    Ok(Some(JsValue::from(found)))
}

/// Text and `undefined` (stored as "") only: anything else is JSON, as the
/// prelude writes it.
fn scope_set(scope: &str, args: &[JsValue], ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let value = match args.get(1) {
        None => String::new(),
        Some(value) if value.is_undefined() => String::new(),
        Some(value) => match value.as_string() {
            Some(text) => rust_string(&text),
            None => return Ok(None),
        },
    };
    let Some(key) = plain_key(args, ctx)? else {
        return Ok(None);
    };
    let host = host(ctx)?;
    if let Some(target) = scope_mut(&mut host.borrow_mut().scopes, scope) {
        target.set_typed(&key, value, false);
    }
    Ok(Some(JsValue::undefined()))
}

fn to_object(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let scope = string_arg(args, 0, ctx)?;
    let host = host(ctx)?;
    let map = {
        let host = host.borrow();
        let scopes = &host.scopes;
        let layers: Vec<&Scope> = match scope.as_str() {
            "variables" => vec![
                &scopes.globals,
                &scopes.collection,
                &scopes.environment,
                &scopes.data,
                &scopes.local,
            ],
            "environment" => vec![&scopes.environment],
            "globals" => vec![&scopes.globals],
            "collection" => vec![&scopes.collection],
            "data" => vec![&scopes.data],
            _ => vec![],
        };
        let mut map = serde_json::Map::new();
        for var in layers
            .into_iter()
            .flat_map(Scope::variables)
            .filter(|v| v.enabled)
        {
            map.insert(var.key.clone(), json_of(var));
        }
        map
    };
    Ok(super::json::from_value(
        &serde_json::Value::Object(map),
        ctx,
    ))
}

fn json_of(var: &Variable) -> serde_json::Value {
    if var.typed
        && let Ok(json) = serde_json::from_str(&var.value)
    {
        return json;
    }
    serde_json::Value::String(var.value.clone())
}

fn replace_in(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, input) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    let host = host(ctx)?;
    let host = host.borrow();
    let mut unresolved = Vec::new();
    let resolved = if scope == "variables" {
        host.scopes.resolve(&input, &mut unresolved)
    } else {
        let mut only = Scopes::default();
        if let Some(target) = scope_mut(&mut only, &scope) {
            *target = lookup_scope(&host.scopes, &scope).clone();
        }
        only.resolve(&input, &mut unresolved)
    };
    Ok(text(resolved))
}

fn lookup_scope<'s>(scopes: &'s Scopes, name: &str) -> &'s Scope {
    match name {
        "environment" => &scopes.environment,
        "globals" => &scopes.globals,
        "collection" => &scopes.collection,
        "data" => &scopes.data,
        _ => &scopes.local,
    }
}

// ---- what scripts report ----

fn assertion(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = string_arg(args, 0, ctx)?;
    let skipped = args.get(1).is_some_and(JsValue::to_boolean);
    let error_name = optional_string_arg(args, 2, ctx)?;
    let message = optional_string_arg(args, 3, ctx)?.unwrap_or_default();
    let outcome = match (skipped, error_name) {
        (true, _) => AssertionOutcome::Skipped,
        (false, None) => AssertionOutcome::Passed,
        (false, Some(error_name)) => AssertionOutcome::Failed {
            error_name,
            message,
        },
    };
    host(ctx)?
        .borrow_mut()
        .outputs
        .push(ScriptOutput::Assertion { name, outcome });
    Ok(JsValue::undefined())
}

/// Replaces `pm.test` with a native function for the usual test, a
/// function without a `done` parameter: run from here, it skips a JS frame
/// and the calls the prelude's `test` makes to record its result, about a
/// third of a short test. Every other form goes on to the prelude's `test`.
/// Not for `--timeout-script`: a callback run from a native function is out
/// of reach of the budgeted evaluation that enforces it.
pub fn install_quick_test(
    ctx: &mut Context,
    pm: JsObject,
    prelude_test: JsObject,
    await_test: JsObject,
) -> JsResult<()> {
    let skip = prelude_test.get(js_string!("skip"), ctx)?;
    let native = NativeFunction::from_copy_closure_with_captures(
        quick_test,
        (pm.clone(), prelude_test, await_test),
    );
    let function = FunctionObjectBuilder::new(ctx.realm(), native)
        .name(js_string!("test"))
        .length(2)
        .constructor(false)
        .build();
    function.set(js_string!("skip"), skip, false, ctx)?;
    pm.set(js_string!("test"), function, false, ctx)?;
    Ok(())
}

/// `pm`, the prelude's `test` and its `awaitTest`.
type QuickTestGlue = (JsObject, JsObject, JsObject);

fn quick_test(
    _: &JsValue,
    args: &[JsValue],
    (pm, prelude_test, await_test): &QuickTestGlue,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let name = args.first().cloned().unwrap_or_default();
    let callback = match args.get(1).and_then(JsValue::as_callable) {
        Some(callback) if !takes_done(&callback, ctx)? => callback,
        _ => return prelude_test.call(&JsValue::undefined(), args, ctx),
    };
    let outcome = match callback.call(&JsValue::undefined(), &[], ctx) {
        Ok(result) if is_thenable(&result, ctx)? => {
            await_test.call(&JsValue::undefined(), &[name, result], ctx)?;
            return Ok(pm.clone().into());
        }
        Ok(_) => AssertionOutcome::Passed,
        // What a JS `catch` would get; the engine's own limits go on up.
        Err(error) => thrown_outcome(&error.into_opaque(ctx)?, ctx)?,
    };
    let name = rust_string(&name.to_string(ctx)?);
    host(ctx)?
        .borrow_mut()
        .outputs
        .push(ScriptOutput::Assertion { name, outcome });
    Ok(pm.clone().into())
}

/// Whether the test function declares a `done` parameter (`fn.length > 0`,
/// as the prelude's `test` asks).
fn takes_done(function: &JsObject, ctx: &mut Context) -> JsResult<bool> {
    Ok(function.get(js_string!("length"), ctx)?.to_number(ctx)? > 0.0)
}

fn is_thenable(value: &JsValue, ctx: &mut Context) -> JsResult<bool> {
    match value.as_object() {
        Some(object) => Ok(object.get(js_string!("then"), ctx)?.is_callable()),
        None => Ok(false),
    }
}

/// A thrown value as the prelude records it: a falsy one passes; the
/// error's `name` (or `Error`) and its `message` (or the value itself).
fn thrown_outcome(thrown: &JsValue, ctx: &mut Context) -> JsResult<AssertionOutcome> {
    if !thrown.to_boolean() {
        return Ok(AssertionOutcome::Passed);
    }
    let object = thrown.to_object(ctx)?;
    let name = object.get(js_string!("name"), ctx)?;
    let error_name = match name.to_boolean() {
        true => rust_string(&name.to_string(ctx)?),
        false => "Error".to_string(),
    };
    let message = match object.get(js_string!("message"), ctx)? {
        message if message.is_undefined() => thrown.to_string(ctx)?,
        message => message.to_string(ctx)?,
    };
    Ok(AssertionOutcome::Failed {
        error_name,
        message: rust_string(&message),
    })
}

fn console(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (level, message) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    host(ctx)?
        .borrow_mut()
        .outputs
        .push(ScriptOutput::Console(ConsoleLine { level, message }));
    Ok(JsValue::undefined())
}

fn script_error(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let error = ThrownError {
        name: string_arg(args, 0, ctx)?,
        message: string_arg(args, 1, ctx)?,
        stack: string_arg(args, 2, ctx)?,
    };
    let host = host(ctx)?;
    let mut host = host.borrow_mut();
    // The first uncaught error is what stopped the script.
    if host.error.is_none() {
        host.error = Some(error);
    }
    Ok(JsValue::undefined())
}

fn next(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let next = match optional_string_arg(args, 0, ctx)? {
        Some(name) => NextRequest::Named(name),
        None => NextRequest::Stop,
    };
    host(ctx)?.borrow_mut().next = Some(next);
    Ok(JsValue::undefined())
}

fn skip(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    host(ctx)?.borrow_mut().skip = true;
    Ok(JsValue::undefined())
}

// ---- the response ----

/// Evaluates a file of the lazy prelude; `__lazy` calls this once per file.
fn load(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = string_arg(args, 0, ctx)?;
    let Some((name, source)) = super::LAZY_PRELUDE.iter().find(|(n, _)| *n == name) else {
        return Err(JsNativeError::error()
            .with_message(format!("no prelude file {name}"))
            .into());
    };
    let source = Source::from_bytes(source.as_bytes()).with_path(std::path::Path::new(name));
    ctx.eval(source)
}

// ---- what the script runs in, built when the script first reads it ----

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
    super::json::parse(host.context.request.get().as_bytes(), ctx)
        .map_err(|e| JsError::from(JsNativeError::syntax().with_message(json_error_message(&e))))
}

/// The response a response object stands for, held by the object: one
/// kept past its script still shows its own headers and body.
pub(super) struct HeldResponse(Rc<Response>);

impl Finalize for HeldResponse {}

// SAFETY: it holds no garbage-collected value, so there is nothing to trace.
unsafe impl Trace for HeldResponse {
    boa_engine::gc::empty_trace!();
}

impl JsData for HeldResponse {}

/// `PostmanResponse.prototype` (pm.js), for the response objects the host makes.
pub struct ResponsePrototype(pub JsObject);

impl Finalize for ResponsePrototype {}

// SAFETY: the one garbage-collected value it holds is traced.
unsafe impl Trace for ResponsePrototype {
    boa_engine::gc::custom_trace!(this, mark, mark(&this.0));
}

impl JsData for ResponsePrototype {}

/// The getter of `pm.response`: undefined before there is one.
fn response(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = host(ctx)?;
    if let Some(made) = host.borrow().response_object.clone() {
        return Ok(made);
    }
    let Some(response) = host.borrow().response.clone() else {
        return Ok(JsValue::undefined());
    };
    let made = response_object(response, ctx);
    host.borrow_mut().response_object = Some(made.clone());
    Ok(made)
}

/// A script's view of a response (`pm.response`, a `pm.sendRequest`
/// reply): its status line and sizes, holding the response itself for the
/// headers, cookies and body, which are built when a script reads them.
pub(super) fn response_object(response: Rc<Response>, ctx: &mut Context) -> JsValue {
    let properties = [
        (js_string!("code"), JsValue::from(response.code)),
        (js_string!("status"), text(response.reason.as_str())),
        (
            js_string!("responseTime"),
            JsValue::from(response.time.as_millis() as u64),
        ),
        (
            js_string!("responseSize"),
            JsValue::from(response.body.len()),
        ),
    ];
    let prototype = match ctx.get_data::<ResponsePrototype>() {
        Some(prototype) => prototype.0.clone(),
        None => ctx.intrinsics().constructors().object().prototype(),
    };
    json::instance(prototype, HeldResponse(response), properties, ctx)
}

/// The response held by the response object passed first.
fn held_response(args: &[JsValue]) -> JsResult<Rc<Response>> {
    args.first()
        .and_then(JsValue::as_object)
        .and_then(|object| {
            object
                .downcast_ref::<HeldResponse>()
                .map(|held| held.0.clone())
        })
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message("not a response of this run")
                .into()
        })
}

fn response_headers(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let response = held_response(args)?;
    let headers = response.headers.iter();
    Ok(json::pairs(
        ("key", "value"),
        headers.map(|(k, v)| (k.as_str(), v.as_str())),
        ctx,
    ))
}

/// The cookies the response sets, from its `Set-Cookie` headers.
fn response_cookies(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let response = held_response(args)?;
    let cookies = response
        .headers
        .iter()
        .filter(|(key, _)| key.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, value)| {
            let (name, value) = value.split(';').next()?.split_once('=')?;
            Some((name.trim(), value.trim()))
        });
    Ok(json::pairs(("name", "value"), cookies, ctx))
}

/// The jar's cookies for the request's URL (`pm.cookies`).
fn cookies(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = host(ctx)?;
    let host = host.borrow();
    let cookies = host.context.cookies.get().iter();
    Ok(json::pairs(
        ("name", "value"),
        cookies.map(|(k, v)| (k.as_str(), v.as_str())),
        ctx,
    ))
}

fn body(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let response = held_response(args)?;
    Ok(text(String::from_utf8_lossy(&response.body).as_ref()))
}

/// Parsed natively: serde plus `from_json` is several times faster than
/// `JSON.parse` inside the interpreter. The current response's parse is
/// cached for the script.
fn json(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let response = held_response(args)?;
    let host = host(ctx)?;
    let current = host
        .borrow()
        .response
        .as_ref()
        .is_some_and(|r| Rc::ptr_eq(r, &response));
    if current && let Some(cached) = host.borrow().json.clone() {
        return Ok(cached);
    }
    let value = super::json::parse(&response.body, ctx)
        .map_err(|e| JsError::from(JsNativeError::syntax().with_message(json_error_message(&e))))?;
    if current {
        host.borrow_mut().json = Some(value.clone());
    }
    Ok(value)
}

/// `pm.response.json()` (and a `pm.sendRequest` reply's) straight from the
/// host; the prelude's method still takes a reviver, and makes the
/// `JSONError` a body that is not JSON gets.
pub fn install_response_json(prototype: &JsObject, ctx: &mut Context) -> JsResult<()> {
    let prelude = prototype
        .get(js_string!("json"), ctx)?
        .as_callable()
        .ok_or_else(|| {
            JsNativeError::typ().with_message("the prelude's response json is missing")
        })?;
    let native = NativeFunction::from_copy_closure_with_captures(
        |this, args, prelude: &JsObject, ctx| {
            let reviver = args.first().is_some_and(|a| !a.is_null_or_undefined());
            if !reviver
                && let Ok(value) = json(&JsValue::undefined(), std::slice::from_ref(this), ctx)
            {
                return Ok(value);
            }
            prelude.call(this, args, ctx)
        },
        prelude,
    );
    let function = FunctionObjectBuilder::new(ctx.realm(), native)
        .name(js_string!("json"))
        .length(1)
        .build();
    prototype.set(js_string!("json"), function, true, ctx)?;
    Ok(())
}

/// `JSON.parse` without a reviver: serde plus `from_json` is several times
/// faster than boa's own parser on large bodies.
fn parse_json(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = string_arg(args, 0, ctx)?;
    super::json::parse(input.as_bytes(), ctx)
        .map_err(|e| JsError::from(JsNativeError::syntax().with_message(json_error_message(&e))))
}

fn json_error_message(error: &serde_json::Error) -> String {
    let what = error.to_string();
    let what = what.split(" at line ").next().unwrap_or_default();
    format!("{what} at {}:{}", error.line(), error.column())
}

// ---- work the host does after the script: requests and timers ----

fn send(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = number_arg(args, 0, ctx)? as u32;
    let spec = string_arg(args, 1, ctx)?;
    host(ctx)?.borrow_mut().sends.push((id, spec));
    Ok(JsValue::undefined())
}

fn timer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = number_arg(args, 0, ctx)? as u32;
    let ms = number_arg(args, 1, ctx)?;
    let delay = Duration::from_secs_f64((ms.max(0.0) / 1000.0).min(86_400.0));
    host(ctx)?
        .borrow_mut()
        .timers
        .push((id, Instant::now() + delay));
    Ok(JsValue::undefined())
}

fn cancel_timer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = number_arg(args, 0, ctx)? as u32;
    host(ctx)?
        .borrow_mut()
        .timers
        .retain(|(timer, _)| *timer != id);
    Ok(JsValue::undefined())
}

// ---- small globals ----

/// `atob`: base64 to a "binary string", one char per byte.
fn atob(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input: String = string_arg(args, 0, ctx)?
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(input.trim_end_matches('='))
        .map_err(|_| {
            JsNativeError::error()
                .with_message("The string to be decoded is not correctly encoded.")
        })?;
    Ok(text(
        bytes.iter().map(|&b| char::from(b)).collect::<String>(),
    ))
}

/// `btoa`: a "binary string" (chars up to U+00FF) to base64.
fn btoa(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = string_arg(args, 0, ctx)?;
    let bytes: Option<Vec<u8>> = input
        .chars()
        .map(|c| u8::try_from(u32::from(c)).ok())
        .collect();
    let bytes = bytes.ok_or_else(|| {
        JsNativeError::error().with_message("Invalid character: btoa takes Latin-1 text only")
    })?;
    Ok(text(
        base64::engine::general_purpose::STANDARD.encode(bytes),
    ))
}

fn uuid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(text(uuid::Uuid::new_v4().to_string()))
}
