//! The response as scripts see it: `pm.response`, `pm.sendRequest` replies, their headers, cookies and bodies, and native JSON parsing.

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("body", 1, body),
    ("bodyBytes", 1, body_bytes),
    ("size", 1, size),
    ("json", 1, json),
    ("parseJson", 1, parse_json),
    ("response", 1, response),
    ("responseHeaders", 1, response_headers),
    ("responseCookies", 2, response_cookies),
    ("cookies", 0, cookies),
];

/// The response a response object stands for, held by the object: one
/// kept past its script still shows its own headers and body.
pub(in crate::script) struct HeldResponse(Rc<Response>);

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
pub(in crate::script) fn response_object(response: Rc<Response>, ctx: &mut Context) -> JsValue {
    let prototype = match ctx.get_data::<ResponsePrototype>() {
        Some(prototype) => prototype.0.clone(),
        None => ctx.intrinsics().constructors().object().prototype(),
    };
    // After a request error: no status line, no sizes (Newman's empty response).
    if response.is_empty() {
        return json::instance(
            prototype,
            HeldResponse(response),
            std::iter::empty::<(JsString, JsValue)>(),
            ctx,
        );
    }
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

/// `responseCookies(response, url)`: the cookies the response sets, from
/// its `Set-Cookie` headers, each with its attributes as the jar reads them
/// for `url` (name and value only for one the jar would refuse).
fn response_cookies(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let response = held_response(args)?;
    let url = match args.get(1) {
        Some(url) if !url.is_undefined() => rust_string(&url.to_string(ctx)?),
        _ => String::new(),
    };
    let cookies = response
        .headers
        .iter()
        .filter(|(key, _)| key.eq_ignore_ascii_case("set-cookie"))
        .filter_map(|(_, value)| {
            if let Some(cookie) = crate::http::JarCookie::from_set_cookie(value, &url) {
                return Some(cookie.to_json());
            }
            let (name, value) = value.split(';').next()?.split_once('=')?;
            Some(serde_json::json!({ "name": name.trim(), "value": value.trim() }))
        })
        .collect();
    Ok(json::from_value(&serde_json::Value::Array(cookies), ctx))
}

/// The jar's cookies for the request's URL (`pm.cookies`).
fn cookies(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = host(ctx)?;
    let host = host.borrow();
    let cookies = host.context.cookies.get().iter();
    let list = serde_json::Value::Array(cookies.map(crate::http::JarCookie::to_json).collect());
    Ok(json::from_value(&list, ctx))
}

fn body(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let response = held_response(args)?;
    if response.is_empty() {
        return Ok(JsValue::undefined());
    }
    Ok(text(body_text(&response).as_ref()))
}

/// The charsets a body is read in.
enum Charset {
    /// The default, and what most bodies are.
    Utf8,
    /// ISO-8859-1 as Node reads it: one character a byte (encoding_rs would
    /// read the label as windows-1252).
    Latin1,
    /// Any other that `Content-Type` names and encoding_rs knows.
    Other(&'static encoding_rs::Encoding),
}

/// The charset a response's `Content-Type` names; UTF-8 when it names none
/// or one unknown, as the sandbox reads it.
fn charset(response: &Response) -> Charset {
    let Some(content_type) = crate::http::find_header(&response.headers, "content-type") else {
        return Charset::Utf8;
    };
    let label = content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_ascii_lowercase())
    });
    match label.as_deref() {
        None => Charset::Utf8,
        Some("iso-8859-1" | "iso8859-1" | "latin1" | "l1" | "binary") => Charset::Latin1,
        Some(label) => match encoding_rs::Encoding::for_label(label.as_bytes()) {
            Some(encoding) if encoding != encoding_rs::UTF_8 => Charset::Other(encoding),
            _ => Charset::Utf8,
        },
    }
}

/// A body as scripts read it (`text()`, `responseBody`): in its charset,
/// without a byte order mark, as the SDK's `text()` decodes it.
fn body_text(response: &Response) -> std::borrow::Cow<'_, str> {
    match charset(response) {
        Charset::Utf8 => String::from_utf8_lossy(decoded(&response.body)),
        Charset::Latin1 => crate::http::latin1(&response.body).into(),
        // Sniffs a byte order mark first, and drops it.
        Charset::Other(encoding) => encoding.decode(&response.body).0,
    }
}

/// `bodyBytes(response)`: the body as received, as an array of byte
/// values (for `stream`, a Buffer, and `toJSON()`'s `stream.data`).
fn body_bytes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let response = held_response(args)?;
    let bytes = response.body.iter().map(|byte| JsValue::from(*byte));
    Ok(JsArray::from_iter(bytes, ctx).into())
}

/// `[body, header]`: the response's size as the Postman SDK counts it.
fn size(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let size = held_response(args)?.sdk_size();
    let parts = [size.body, size.header].map(JsValue::from);
    Ok(JsArray::from_iter(parts, ctx).into())
}

/// A body's bytes as scripts read them: without a UTF-8 byte order mark,
/// which the sandbox's decoder (iconv-lite) drops from text and JSON alike.
fn decoded(body: &[u8]) -> &[u8] {
    body.strip_prefix("\u{feff}".as_bytes()).unwrap_or(body)
}

/// Parsed natively: serde plus `from_json` is several times faster than
/// `JSON.parse` inside the interpreter. The current response's parse is
/// cached for the script.
fn json(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // Parsed on every call, as the SDK's `json()` does: a script that
    // changes what one call gave (deletes a field before comparing) must
    // not see that change in the next call.
    let response = held_response(args)?;
    if response.is_empty() {
        let message = "\"undefined\" is not valid JSON";
        return Err(JsNativeError::syntax().with_message(message).into());
    }
    let text;
    let body = match charset(&response) {
        Charset::Utf8 => decoded(&response.body),
        Charset::Latin1 | Charset::Other(_) => {
            text = body_text(&response);
            text.as_bytes()
        }
    };
    super::json::parse(body, ctx).map_err(|e| {
        JsError::from(JsNativeError::syntax().with_message(json_error_message(body, &e)))
    })
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
    super::json::parse(input.as_bytes(), ctx).map_err(|e| {
        JsError::from(
            JsNativeError::syntax().with_message(json_error_message(input.as_bytes(), &e)),
        )
    })
}

/// A JSON error worded as Newman's sandbox words it (its `JSON.parse` and
/// `pm.response.json()` are liquid-json, which asks the `jju` parser):
/// what went wrong, where, and the line with a caret under the place.
pub(super) fn json_error_message(input: &[u8], error: &serde_json::Error) -> String {
    let text = String::from_utf8_lossy(input);
    crate::script::json_fault::describe(&text).unwrap_or_else(|| error.to_string())
}
