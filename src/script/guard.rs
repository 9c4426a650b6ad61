//! chai's guard against mistyped names: in Newman every assertion is a
//! proxy, and reading a name no assertion has throws (`Invalid Chai
//! property: tru. Did you mean "true"?`) where a plain object would give
//! `undefined` and let the assertion pass. Here one proxy sits at the end
//! of `Assertion.prototype`'s chain, past every member, so a name that
//! exists never reaches it; its trap is native because a test function
//! that returns its assertion has it asked for `then` every time.

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

/// The proxy's `get(target, key, receiver)`: what `Object.prototype` has
/// reads as usual; any other name is chai's error, made by the prelude.
fn guarded_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or_default();
    let (target, key, receiver) = (arg(0), arg(1), arg(2));
    let Some(target_object) = target.as_object() else {
        return Ok(JsValue::undefined());
    };
    if target_object.has_property(key.to_property_key(ctx)?, ctx)? {
        // `Reflect.get`, for the receiver: `__proto__`'s getter reads it.
        let reflect = ctx.intrinsics().objects().reflect();
        let get = reflect.get(js_string!("get"), ctx)?;
        let get = get
            .as_callable()
            .ok_or_else(|| JsNativeError::typ().with_message("Reflect.get is missing"))?;
        return get.call(&reflect.into(), &[target, key, receiver], ctx);
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
    let expect = ctx.global_object().get(js_string!("__expect"), ctx)?;
    let prototype = expect
        .as_object()
        .map(|expect| expect.get(js_string!("Assertion"), ctx))
        .transpose()?
        .and_then(|assertion| assertion.as_object())
        .map(|assertion| assertion.get(js_string!("prototype"), ctx))
        .transpose()?
        .unwrap_or_default();
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
