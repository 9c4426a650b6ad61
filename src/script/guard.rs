//! chai's guard against mistyped names: in Newman every assertion is a
//! proxy, and reading a name no assertion has throws (`Invalid Chai
//! property: tru. Did you mean "true"?`) where a plain object would give
//! `undefined` and let the assertion pass. Here one proxy sits at the end
//! of `Assertion.prototype`'s chain, past every member, so a name that
//! exists never reaches it; its trap is native because a test function
//! that returns its assertion has it asked for `then` every time. Each
//! method's function gets a proxy of `Function.prototype` in the same way:
//! a name read on it (`to.equal.foo`) is chai's other error.

use boa_engine::object::builtins::JsProxyBuilder;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue, js_string};

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

/// The method proxy's trap: `Function.prototype`'s members read as usual;
/// any other name read on a chai method is chai's error naming both.
fn guarded_method_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let (target, key, receiver) = (arg(0), arg(1), arg(2));
    if let Some(found) = read_through(&target, &key, &receiver, ctx)? {
        return Ok(found);
    }
    let Some(property) = key.as_string().map(|name| name.to_std_string_escaped()) else {
        return Ok(JsValue::undefined());
    };
    if UNCHECKED.contains(&property.as_str()) {
        return Ok(JsValue::undefined());
    }
    let prototype = lookup(
        &ctx.global_object(),
        &["__expect", "Assertion", "prototype"],
        ctx,
    )?;
    let Some(prototype) = prototype.as_object() else {
        return Ok(JsValue::undefined());
    };
    for name in method_names(ctx)? {
        if prototype.get(js_string!(name.as_str()), ctx)? == receiver {
            let message = format!(
                "Invalid Chai property: {name}.{property}. See docs for proper usage of \"{name}\"."
            );
            return Err(JsNativeError::error().with_message(message).into());
        }
    }
    Ok(JsValue::undefined())
}

/// What `target` has under `key`, read for `receiver` (`Reflect.get`), or
/// `None` when it has nothing there.
fn read_through(
    target: &JsValue,
    key: &JsValue,
    receiver: &JsValue,
    ctx: &mut Context,
) -> JsResult<Option<JsValue>> {
    let Some(target_object) = target.as_object() else {
        return Ok(Some(JsValue::undefined()));
    };
    if !target_object.has_property(key.to_property_key(ctx)?, ctx)? {
        return Ok(None);
    }
    // `Reflect.get`, for the receiver: `__proto__`'s getter reads it.
    let reflect = ctx.intrinsics().objects().reflect();
    let get = reflect.get(js_string!("get"), ctx)?;
    let get = get
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message("Reflect.get is missing"))?;
    get.call(
        &reflect.into(),
        &[target.clone(), key.clone(), receiver.clone()],
        ctx,
    )
    .map(Some)
}

/// The proxy's `get(target, key, receiver)`: what `Object.prototype` has
/// reads as usual; any other name is chai's error, made by the prelude.
fn guarded_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let (target, key, receiver) = (arg(0), arg(1), arg(2));
    if let Some(found) = read_through(&target, &key, &receiver, ctx)? {
        return Ok(found);
    }
    let Some(name) = key.as_string().map(|name| name.to_std_string_escaped()) else {
        return Ok(JsValue::undefined());
    };
    if UNCHECKED.contains(&name.as_str()) {
        return Ok(JsValue::undefined());
    }
    if receiver.is_callable() && (name == "call" || name == "apply") {
        // A chainable name's function (`.include`) keeps these, as in chai.
        let function_prototype = ctx.intrinsics().constructors().function().prototype();
        return function_prototype.get(js_string!(name.as_str()), ctx);
    }
    let prototype = lookup(
        &ctx.global_object(),
        &["__expect", "Assertion", "prototype"],
        ctx,
    )?;
    if receiver == prototype {
        // Reading on the prototype itself is no assertion.
        return Ok(JsValue::undefined());
    }
    let lazy = ctx.global_object().get(js_string!("__lazy"), ctx)?;
    let lazy = lazy
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message("__lazy is missing"))?;
    let more = lazy.call(
        &JsValue::undefined(),
        &[js_string!("expect-more.js").into()],
        ctx,
    )?;
    let invalid = more
        .as_object()
        .map(|more| more.get(js_string!("invalidProperty"), ctx))
        .transpose()?
        .and_then(|f| f.as_callable())
        .ok_or_else(|| JsNativeError::typ().with_message("invalidProperty is missing"))?;
    let error = invalid.call(&JsValue::undefined(), &[key, receiver, prototype], ctx)?;
    Err(boa_engine::JsError::from_opaque(error))
}
