//! chai's guard against mistyped names: in Newman every assertion is a
//! proxy, and reading a name no assertion has throws (`Invalid Chai
//! property: tru. Did you mean "true"?`) where a plain object would give
//! `undefined` and let the assertion pass. Here one proxy sits at the end
//! of `Assertion.prototype`'s chain, past every member, so a name that
//! exists never reaches it; its trap is native because a test function
//! that returns its assertion has it asked for `then` every time. Each
//! method's function gets a proxy of `Function.prototype` in the same way:
//! a name read on it (`to.equal.foo`) is chai's other error.

use std::ops::ControlFlow;

use boa_engine::object::builtins::JsProxyBuilder;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue, js_string};

use super::host::modules::{call_member, lazy_file};

/// Names chai lets through (its `proxyExcludedKeys`): `then` keeps an
/// assertion from looking like a promise.
const UNCHECKED: [&str; 4] = ["then", "catch", "inspect", "toJSON"];

/// Puts the guard between `Assertion.prototype` and `Object.prototype`.
pub(super) fn install(assertion_prototype: &JsObject, ctx: &mut Context) -> JsResult<()> {
    let object_prototype = ctx.intrinsics().constructors().object().prototype();
    let guard = JsProxyBuilder::new(object_prototype)
        .get(guarded_get)
        .build(ctx)?;
    assertion_prototype.set_prototype(Some(guard.into()));
    Ok(())
}

/// Puts the method guard behind each method the prelude added (and the
/// host put in its place): run after the host's fast paths are installed.
pub(super) fn install_for_methods(
    assertion_prototype: &JsObject,
    ctx: &mut Context,
) -> JsResult<()> {
    let function_prototype = ctx.intrinsics().constructors().function().prototype();
    let guard: JsObject = JsProxyBuilder::new(function_prototype)
        .get(guarded_method_get)
        .build(ctx)?
        .into();
    for name in method_names(ctx)? {
        let method = assertion_prototype.get(js_string!(name.as_str()), ctx)?;
        if let Some(method) = method.as_object().filter(|m| m.is_callable()) {
            method.set_prototype(Some(guard.clone()));
        }
    }
    Ok(())
}

/// `__expect.contract.methods`: the names the prelude added as methods.
fn method_names(ctx: &mut Context) -> JsResult<Vec<String>> {
    let contract = lookup(
        &ctx.global_object(),
        &["__expect", "contract", "methods"],
        ctx,
    )?;
    let Some(list) = contract.as_object() else {
        return Ok(Vec::new());
    };
    let length = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
    (0..length)
        .map(|i| Ok(list.get(i, ctx)?.to_string(ctx)?.to_std_string_escaped()))
        .collect()
}

/// `object[a][b]…`, or `undefined` where a link is missing.
fn lookup(object: &JsObject, path: &[&str], ctx: &mut Context) -> JsResult<JsValue> {
    let mut value = JsValue::from(object.clone());
    for key in path {
        let Some(object) = value.as_object() else {
            return Ok(JsValue::undefined());
        };
        value = object.get(js_string!(*key), ctx)?;
    }
    Ok(value)
}

/// What a trap asks after: a name neither chai nor the target has.
struct Missing {
    name: String,
    key: JsValue,
    receiver: JsValue,
}

/// The part both traps share: what the target has (`Reflect.get`, for the
/// receiver: `__proto__`'s getter reads it) reads as usual, and so do a
/// symbol and chai's unchecked names (as `undefined`): `Break` is the answer.
fn missing_name(args: &[JsValue], ctx: &mut Context) -> JsResult<ControlFlow<JsValue, Missing>> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let (target, key, receiver) = (arg(0), arg(1), arg(2));
    let Some(target_object) = target.as_object() else {
        return Ok(ControlFlow::Break(JsValue::undefined()));
    };
    if target_object.has_property(key.to_property_key(ctx)?, ctx)? {
        let reflect = JsValue::from(ctx.intrinsics().objects().reflect());
        let found = call_member(&reflect, &js_string!("get"), &[target, key, receiver], ctx)?;
        return Ok(ControlFlow::Break(found));
    }
    match key.as_string().map(|name| name.to_std_string_escaped()) {
        Some(name) if !UNCHECKED.contains(&name.as_str()) => Ok(ControlFlow::Continue(Missing {
            name,
            key,
            receiver,
        })),
        _ => Ok(ControlFlow::Break(JsValue::undefined())),
    }
}

/// `__expect.Assertion.prototype`, read on the error path only.
fn assertion_prototype(ctx: &mut Context) -> JsResult<JsValue> {
    lookup(
        &ctx.global_object(),
        &["__expect", "Assertion", "prototype"],
        ctx,
    )
}

/// The method proxy's trap: `Function.prototype`'s members read as usual;
/// any other name read on a chai method is chai's error naming both.
fn guarded_method_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let missing = match missing_name(args, ctx)? {
        ControlFlow::Continue(missing) => missing,
        ControlFlow::Break(answer) => return Ok(answer),
    };
    let Some(prototype) = assertion_prototype(ctx)?.as_object() else {
        return Ok(JsValue::undefined());
    };
    for method in method_names(ctx)? {
        if prototype.get(js_string!(method.as_str()), ctx)? == missing.receiver {
            let message = format!(
                "Invalid Chai property: {method}.{}. See docs for proper usage of \"{method}\".",
                missing.name
            );
            return Err(JsNativeError::error().with_message(message).into());
        }
    }
    Ok(JsValue::undefined())
}

/// The proxy's `get(target, key, receiver)`: what `Object.prototype` has
/// reads as usual; any other name is chai's error, made by the prelude.
fn guarded_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Missing {
        name,
        key,
        receiver,
    } = match missing_name(args, ctx)? {
        ControlFlow::Continue(missing) => missing,
        ControlFlow::Break(answer) => return Ok(answer),
    };
    if receiver.is_callable() && (name == "call" || name == "apply") {
        // A chainable name's function (`.include`) keeps these, as in chai.
        let function_prototype = ctx.intrinsics().constructors().function().prototype();
        return function_prototype.get(js_string!(name.as_str()), ctx);
    }
    let prototype = assertion_prototype(ctx)?;
    if receiver == prototype {
        // Reading on the prototype itself is no assertion.
        return Ok(JsValue::undefined());
    }
    let more = JsValue::from(lazy_file("expect-more.js", ctx)?);
    let error = call_member(
        &more,
        &js_string!("invalidProperty"),
        &[key, receiver, prototype],
        ctx,
    )?;
    Err(boa_engine::JsError::from_opaque(error))
}
