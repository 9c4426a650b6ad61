//! The literals a script's shape takes as names (`shape.rs`): their values
//! for the running script, and its literals written back wherever a
//! function's source text is read (`fn + ''`, `String(fn)`,
//! `fn.toString()`), as collections do that store helpers in a variable
//! and `eval` them later.

use super::*;
use crate::script::shape::{PLACEHOLDER, Value};

pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[("literals", 0, literals)];

/// The running script's literal values, in order (`__host.literals()`).
fn literals(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let literals = host(ctx)?.borrow().literals.clone();
    let values = literals
        .iter()
        .flat_map(|literals| literals.values())
        .map(|value| match value {
            Value::Text(text) => JsValue::from(JsString::from(&**text)),
            Value::Number(number) => JsValue::from(*number),
        });
    Ok(JsArray::from_iter(values, ctx).into())
}

/// `Function.prototype.toString` that shows the running script's literals
/// where its shape has their names.
pub(in crate::script) fn install(ctx: &mut Context) -> JsResult<()> {
    let prototype = ctx.intrinsics().constructors().function().prototype();
    let original = member(&prototype, "toString", ctx)?;
    let function = FunctionObjectBuilder::new(
        ctx.realm(),
        NativeFunction::from_copy_closure_with_captures(function_source, original),
    )
    .name(js_string!("toString"))
    .length(0)
    .build();
    define_hidden(&prototype, js_string!("toString"), function, ctx)
}

fn function_source(
    this: &JsValue,
    args: &[JsValue],
    original: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let text = original.call(this, args, ctx)?;
    let Some(literals) = host(ctx)?.borrow().literals.clone() else {
        return Ok(text);
    };
    let source = text.to_string(ctx)?.to_std_string_lossy();
    if !source.contains(PLACEHOLDER) {
        return Ok(text);
    }
    Ok(JsString::from(literals.restore(&source)).into())
}
