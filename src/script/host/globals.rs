//! Small globals (`atob`, `btoa`, uuids v1, v4 and v5) and the loader of the lazy prelude files.

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("atob", 1, atob),
    ("btoa", 1, btoa),
    ("uuid", 0, uuid),
    ("uuid1", 0, uuid1),
    ("uuid5", 2, uuid5),
    ("load", 1, load),
    ("reasonPhrase", 1, reason_phrase),
];

/// The standard reason phrase of an HTTP status code (null for none), for
/// the SDK's `Response#reason` in `require('postman-collection')`.
fn reason_phrase(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args.first().cloned().unwrap_or_default().to_number(ctx)?;
    let phrase = (code.fract() == 0.0 && (100.0..=999.0).contains(&code))
        .then(|| crate::load::reason_phrase(code as u16))
        .flatten();
    Ok(phrase.map_or(JsValue::null(), |p| text(p.as_str())))
}

/// Evaluates a file of the lazy prelude; `__lazy` calls this once per file.
fn load(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = string_arg(args, 0, ctx)?;
    let start = crate::script::start::LAZY_PRELUDE.iter();
    let Some((name, source)) = start
        .chain(crate::script::start::LIBRARIES.iter())
        .find(|(n, _)| *n == name)
    else {
        return Err(JsNativeError::error()
            .with_message(format!("no prelude file {name}"))
            .into());
    };
    let source = Source::from_bytes(source.as_bytes()).with_path(std::path::Path::new(name));
    ctx.eval(source)
}

/// `atob`: base64 to a "binary string", one char per byte.
fn atob(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // Newman's `atob` is `Buffer.from(s, 'base64')`, Node's lenient base64.
    let bytes = crate::http::decode_base64_as_node(&string_arg(args, 0, ctx)?);
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

/// A time-based uuid; the node id is random with the multicast bit set, as
/// the uuid package makes it when no MAC address is given.
fn uuid1(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let mut node = [0u8; 6];
    node.iter_mut().for_each(|b| *b = fastrand::u8(..));
    node[0] |= 0x01;
    Ok(text(uuid::Uuid::now_v1(&node).to_string()))
}

/// `uuid5(name, namespace)`: the SHA-1 name-based uuid of RFC 4122.
fn uuid5(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = string_arg(args, 0, ctx)?;
    let namespace = string_arg(args, 1, ctx)?;
    let namespace = uuid::Uuid::parse_str(&namespace).map_err(|_| {
        JsNativeError::typ()
            .with_message("Namespace must be array-like (16 iterable integer values, 0-255)")
    })?;
    Ok(text(
        uuid::Uuid::new_v5(&namespace, name.as_bytes()).to_string(),
    ))
}
