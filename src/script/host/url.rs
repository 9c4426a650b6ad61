//! `URL` and `URLSearchParams` on the `url` crate, which implements the
//! WHATWG URL Standard (the one Node and browsers follow): parsing against
//! a base, dot segments, IDNA hosts, percent-encoding sets, the setters'
//! rules and `application/x-www-form-urlencoded`. `js/web.js` keeps the
//! objects; every rule is here.

use ::url::{Url, form_urlencoded, quirks};

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("urlParts", 2, parts),
    ("urlSet", 3, set),
    ("formParse", 1, form_parse),
    ("formSerialize", 1, form_serialize),
];

fn invalid(input: &str) -> JsError {
    JsNativeError::typ()
        .with_message(format!("Invalid URL: {input}"))
        .into()
}

/// Every component as the URL's getters give it.
fn components(url: &Url, ctx: &mut Context) -> JsValue {
    let fields = [
        ("href", quirks::href(url).to_string()),
        ("origin", quirks::origin(url)),
        ("protocol", quirks::protocol(url).to_string()),
        ("username", quirks::username(url).to_string()),
        ("password", quirks::password(url).to_string()),
        ("host", quirks::host(url).to_string()),
        ("hostname", quirks::hostname(url).to_string()),
        ("port", quirks::port(url).to_string()),
        ("pathname", quirks::pathname(url).to_string()),
        ("search", quirks::search(url).to_string()),
        ("hash", quirks::hash(url).to_string()),
    ];
    let mut object = ObjectInitializer::new(ctx);
    for (name, value) in fields {
        object.property(
            JsString::from(name),
            JsString::from(value.as_str()),
            Attribute::all(),
        );
    }
    object.build().into()
}

/// `urlParts(input, base)`: the components, or a `TypeError` as `new URL` throws.
fn parts(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = string_arg(args, 0, ctx)?;
    let base = optional_string_arg(args, 1, ctx)?;
    let url = match base {
        Some(base) => {
            let base = Url::parse(&base).map_err(|_| invalid(&base))?;
            base.join(&input)
        }
        None => Url::parse(&input),
    }
    .map_err(|_| invalid(&input))?;
    Ok(components(&url, ctx))
}

/// `urlSet(href, name, value)`: the components after a setter, which
/// ignores what the standard says it ignores.
fn set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let href = string_arg(args, 0, ctx)?;
    let name = string_arg(args, 1, ctx)?;
    let value = string_arg(args, 2, ctx)?;
    let mut url = Url::parse(&href).map_err(|_| invalid(&href))?;
    match name.as_str() {
        "href" => url = Url::parse(&value).map_err(|_| invalid(&value))?,
        "protocol" => drop(quirks::set_protocol(&mut url, &value)),
        "username" => drop(quirks::set_username(&mut url, &value)),
        "password" => drop(quirks::set_password(&mut url, &value)),
        "host" => drop(quirks::set_host(&mut url, &value)),
        "hostname" => drop(quirks::set_hostname(&mut url, &value)),
        "port" => drop(quirks::set_port(&mut url, &value)),
        "pathname" => quirks::set_pathname(&mut url, &value),
        "search" => quirks::set_search(&mut url, &value),
        "hash" => quirks::set_hash(&mut url, &value),
        _ => {}
    }
    Ok(components(&url, ctx))
}

/// `formParse(text)`: the pairs of an `application/x-www-form-urlencoded` text.
fn form_parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = string_arg(args, 0, ctx)?;
    let pairs: Vec<JsValue> = form_urlencoded::parse(text.as_bytes())
        .map(|(key, value)| {
            JsArray::from_iter(
                [
                    JsValue::from(JsString::from(key.as_ref())),
                    JsValue::from(JsString::from(value.as_ref())),
                ],
                ctx,
            )
            .into()
        })
        .collect();
    Ok(JsArray::from_iter(pairs, ctx).into())
}

/// `formSerialize(pairs)`: the pairs as `application/x-www-form-urlencoded`.
fn form_serialize(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    if let Some(list) = args.first().and_then(JsValue::as_object) {
        let length = list.get(js_string!("length"), ctx)?.to_number(ctx)? as usize;
        for index in 0..length {
            let pair = list.get(index, ctx)?;
            let pair = pair
                .as_object()
                .ok_or_else(|| JsNativeError::typ().with_message("a pair is not a list"))?;
            let key = pair.get(0, ctx)?.to_string(ctx)?;
            let value = pair.get(1, ctx)?.to_string(ctx)?;
            serializer.append_pair(&rust_string(&key), &rust_string(&value));
        }
    }
    Ok(JsValue::from(JsString::from(serializer.finish().as_str())))
}
