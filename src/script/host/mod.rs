//! The native functions behind `__host`: what the JavaScript prelude calls
//! to read and write variables, record assertions and console lines, read
//! the response, and queue timers and `pm.sendRequest` calls.
//!
//! Their state is one [`Host`] per sandbox, reached through the context's
//! host data, so every function here is a plain `fn` pointer. One file per
//! concern: [`scopes`], [`outcomes`], [`context`], [`response`],
//! [`jar`], [`timers`], [`globals`], [`crypto`], [`cipher`], [`schema`], [`xml`], [`html`], [`sugar`], [`dates`], [`collation`], [`url`], [`words`], [`literals`]; each lists its functions in `FUNCTIONS`.
//! [`sort`] replaces the built-in sorts, whose Rust sort panics on a
//! comparator that is not a total order.

mod cipher;
mod collation;
mod context;
mod crypto;
mod dates;
mod globals;
mod html;
mod jar;
mod literals;
pub(super) mod modules;
mod outcomes;
mod response;
mod schema;
pub(super) mod scopes;
mod sort;
pub(super) mod sugar;
mod timers;
mod url;
pub(crate) mod wording;
pub(crate) mod words;
mod xml;

pub use outcomes::install_quick_test;
pub(super) use response::{
    HeldResponse, ResponsePrototype, install_response_json, response_object,
};
pub use scopes::install_scope_methods;
pub(crate) use xml::tree as xml_tree;

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
    /// The iteration's data row as the script started with it: the legacy
    /// `data` object, and what the run keeps when the script ends (Newman
    /// forgets a script's `pm.iterationData.set`/`unset` with it).
    pub row: Scope,
    /// `prerequest` or `test`.
    pub event: &'static str,
    pub context: ScriptContext,
    pub response: Option<Rc<Response>>,
    /// `pm.info` and `pm.response`, made when the script first reads them.
    pub info_object: Option<JsValue>,
    pub response_object: Option<JsValue>,
    /// What the prelude keeps for this script (`host.remember`), forgotten
    /// with it: the legacy `tests` object, pending tests, `pm.request`, …
    pub memo: Vec<(String, JsValue)>,
    pub outputs: Vec<ScriptOutput>,
    /// Tests started in this script: the next one's number.
    pub tests_started: usize,
    pub error: Option<ThrownError>,
    pub next: Option<NextRequest>,
    /// What the script had done when it called `pm.execution.skipRequest()`.
    pub skipped: Option<Box<Skipped>>,
    pub sends: Vec<(u32, String)>,
    /// The run's cookie jar (`pm.cookies.jar()`).
    pub jar: Option<std::sync::Arc<crate::http::CookieJar>>,
    pub timers: Vec<(u32, Instant)>,
    /// The running script's text, to word its errors as V8 does.
    pub source: Rc<str>,
    /// The literals the running script's shape takes as names.
    pub literals: Option<Rc<crate::script::shape::Literals>>,
    /// The variables this script set and unset, in order (`toJSON()`'s
    /// `mutations`).
    pub mutations: Vec<scopes::Mutation>,
    /// Switched-off variables a `clear()` took from the script's view of a
    /// scope. The run keeps them: Newman's runtime replays a `clear` as an
    /// `unset` of each name, and `unset` spares switched-off variables.
    pub cleared_off: Vec<(crate::vars::ScopeName, Vec<crate::load::Variable>)>,
}

/// Newman's sandbox ends a script at `skipRequest()`: whatever the rest
/// of it does (assertions, variable writes, timers) is never seen. The
/// script here runs on, so its state at the call is kept and restored.
#[derive(Debug)]
pub struct Skipped {
    pub outputs: usize,
    pub scopes: crate::vars::Scopes,
    pub next: Option<NextRequest>,
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

/// `object[name]`, which must be an object (a part of the prelude, a
/// built-in, a library's table).
pub(in crate::script) fn member(
    object: &JsObject,
    name: &str,
    ctx: &mut Context,
) -> JsResult<JsObject> {
    object
        .get(JsString::from(name), ctx)?
        .as_object()
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message(format!("{name} is missing"))
                .into()
        })
}

/// Defines `target[key]` as a built-in method or setting is: writable,
/// configurable, not enumerable.
fn define_hidden(
    target: &JsObject,
    key: JsString,
    value: impl Into<JsValue>,
    ctx: &mut Context,
) -> JsResult<()> {
    let property = boa_engine::property::PropertyDescriptor::builder()
        .value(value)
        .writable(true)
        .configurable(true)
        .enumerable(false);
    target.define_property_or_throw(key, property, ctx)?;
    Ok(())
}

/// Installs `__host` on the global object: every part's functions.
pub fn install(ctx: &mut Context) -> JsResult<()> {
    sort::install(ctx)?;
    literals::install(ctx)?;
    let parts = [
        scopes::FUNCTIONS,
        outcomes::FUNCTIONS,
        context::FUNCTIONS,
        response::FUNCTIONS,
        jar::FUNCTIONS,
        timers::FUNCTIONS,
        globals::FUNCTIONS,
        crypto::FUNCTIONS,
        cipher::FUNCTIONS,
        schema::FUNCTIONS,
        xml::FUNCTIONS,
        html::FUNCTIONS,
        dates::FUNCTIONS,
        collation::FUNCTIONS,
        url::FUNCTIONS,
        words::FUNCTIONS,
        literals::FUNCTIONS,
    ];
    let mut object = ObjectInitializer::new(ctx);
    for &(name, length, function) in parts.into_iter().flatten() {
        object.function(
            NativeFunction::from_fn_ptr(function),
            JsString::from(name),
            length,
        );
    }
    let object = object.build();
    ctx.register_global_property(js_string!("__host"), object, Attribute::empty())
}
