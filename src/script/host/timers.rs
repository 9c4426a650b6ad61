//! Work the host does after the script: `pm.sendRequest` calls and timers, queued here and run by the sandbox's event loop.

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("send", 2, send),
    ("timer", 2, timer),
    ("cancelTimer", 1, cancel_timer),
];

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
