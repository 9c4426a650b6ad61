//! `pm.cookies.jar()`: the run's cookie jar, read and changed by scripts.
//! The prelude (`pm.js`) checks arguments and calls back asynchronously, as
//! Newman does; these functions do the work at once and return JSON text,
//! or throw an `Error` whose message the callback receives.

use super::*;
use crate::http::JarCookie;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[("cookieJar", 3, cookie_jar)];

/// `cookieJar(operation, url, argument)`: `getAll`, `set` (a `Set-Cookie`
/// text), `unset` (a name) or `clear`.
fn cookie_jar(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let operation = string_arg(args, 0, ctx)?;
    let url = string_arg(args, 1, ctx)?;
    let argument = string_arg(args, 2, ctx)?;
    let jar = host(ctx)?.borrow().jar.clone();
    let jar =
        jar.ok_or_else(|| JsNativeError::error().with_message("no cookie jar in this run"))?;
    let list = |cookies: Vec<JarCookie>| {
        serde_json::Value::Array(cookies.iter().map(JarCookie::to_json).collect())
    };
    let result = match operation.as_str() {
        "getAll" => jar.get_all(&url).map(list),
        "set" => jar.set(&url, &argument).map(|c| c.to_json()),
        "unset" => jar.unset(&url, &argument).map(|()| serde_json::Value::Null),
        "clear" => jar.clear(&url).map(|()| serde_json::Value::Null),
        other => Err(format!("unknown cookie jar operation `{other}`")),
    };
    match result {
        Ok(value) => Ok(text(value.to_string().as_str())),
        Err(message) => Err(JsNativeError::error().with_message(message).into()),
    }
}
