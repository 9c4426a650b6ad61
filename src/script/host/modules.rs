//! `require(name)`, the library globals of Postman's sandbox (`_`,
//! `CryptoJS`, `Buffer`, `tv4`, `xml2Json`, `cheerio`, `Backbone`) and
//! Sugar's extensions of the built-ins, made natively at the sandbox's
//! start: a run whose scripts use no library parses nothing for them. The
//! module table is `lib/modules.js` and each library a file of `lib/`, all
//! parsed when first asked for (through `__lazy`, so every `require` of a
//! name in a run gets the same object).

use boa_engine::property::PropertyDescriptor;

use super::*;

/// The globals made from `lib/modules.js`'s `legacy` table on first read.
const LIBRARY_GLOBALS: [&str; 7] = [
    "_", "CryptoJS", "Buffer", "tv4", "xml2Json", "cheerio", "Backbone",
];

/// Sugar's statics that are values, made by `lib/sugar.js` on first read
/// (its `values` table); a script may replace them.
const SUGAR_VALUES: [(&str, &[&str]); 3] = [
    ("String", &["Inflector"]),
    ("Date", &["utc"]),
    (
        "Array",
        &[
            "AlphanumericSortOrder",
            "AlphanumericSortIgnore",
            "AlphanumericSortIgnoreCase",
            "AlphanumericSortEquivalents",
        ],
    ),
];

/// Sugar's named date formats (`date.format(Date.RFC1123)`).
const SUGAR_FORMATS: [(&str, &str); 4] = [
    ("RFC1123", "{Dow}, {dd} {Mon} {yyyy} {HH}:{mm}:{ss} {tz}"),
    ("RFC1036", "{Weekday}, {dd}-{Mon}-{yy} {HH}:{mm}:{ss} {tz}"),
    ("ISO8601_DATE", "{yyyy}-{MM}-{dd}"),
    (
        "ISO8601_DATETIME",
        "{yyyy}-{MM}-{dd}T{HH}:{mm}:{ss}.{fff}{isotz}",
    ),
];

/// Installs `require`, the library globals and Sugar's extensions.
pub(in crate::script) fn install(ctx: &mut Context) -> JsResult<()> {
    let global = ctx.global_object();
    let require = FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_fn_ptr(require))
        .name(js_string!("require"))
        .length(1)
        .build();
    global.set(js_string!("require"), require, true, ctx)?;
    // The globals stay accessors once made: boa's caches in compiled
    // scripts do not notice a getter replaced by a plain value. What a
    // script assigns to one lasts until the script ends
    // ([`forget_assigned`]), as in Newman, where the next script gets the
    // sandbox's own again.
    let made = JsObject::with_null_proto();
    let assigned = JsObject::with_null_proto();
    for name in LIBRARY_GLOBALS {
        let name = JsString::from(name);
        let get = NativeFunction::from_copy_closure_with_captures(
            |_, _, (made, assigned, name), ctx| {
                if assigned.has_own_property(name.clone(), ctx)? {
                    return assigned.get(name.clone(), ctx);
                }
                if !made.has_own_property(name.clone(), ctx)? {
                    let legacy =
                        lazy_file("lib/modules.js", ctx)?.get(js_string!("legacy"), ctx)?;
                    let value = call_member(&legacy, name, &[], ctx)?;
                    made.create_data_property_or_throw(name.clone(), value, ctx)?;
                }
                made.get(name.clone(), ctx)
            },
            (made.clone(), assigned.clone(), name.clone()),
        );
        let set = NativeFunction::from_copy_closure_with_captures(
            |_, args, (assigned, name), ctx| {
                let value = args.first().cloned().unwrap_or_default();
                assigned.create_data_property_or_throw(name.clone(), value, ctx)?;
                if let Some(marker) = ctx.get_data::<Assigned>() {
                    marker.any.set(true);
                }
                Ok(JsValue::undefined())
            },
            (assigned.clone(), name.clone()),
        );
        define_accessor(&global, name, get, set, ctx)?;
    }
    ctx.insert_data(Assigned {
        values: assigned,
        any: std::cell::Cell::new(false),
    });
    for (kind, names) in SUGAR_VALUES {
        let constructor = member(&global, kind, ctx)?;
        for &name in names {
            let (kind, name) = (JsString::from(kind), JsString::from(name));
            let get = NativeFunction::from_copy_closure_with_captures(
                |_, _, (kind, name), ctx| sugar_values(kind, ctx)?.get(name.clone(), ctx),
                (kind.clone(), name.clone()),
            );
            let set = NativeFunction::from_copy_closure_with_captures(
                |_, args, (kind, name), ctx| {
                    let value = args.first().cloned().unwrap_or_default();
                    sugar_values(kind, ctx)?.set(name.clone(), value, true, ctx)?;
                    Ok(JsValue::undefined())
                },
                (kind, name.clone()),
            );
            define_accessor(&constructor, name, get, set, ctx)?;
        }
    }
    let date = member(&global, "Date", ctx)?;
    for (name, format) in SUGAR_FORMATS {
        define_hidden(&date, JsString::from(name), js_string!(format), ctx)?;
    }
    Ok(())
}

/// The library globals a script assigned (`_ = require('lodash')`), and
/// whether it assigned any (most scripts do not: nothing to forget).
struct Assigned {
    values: JsObject,
    any: std::cell::Cell<bool>,
}

impl Finalize for Assigned {}

// SAFETY: the one garbage-collected value it holds is traced.
unsafe impl Trace for Assigned {
    boa_engine::gc::custom_trace!(this, mark, mark(&this.values));
}

impl JsData for Assigned {}

/// Forgets what the last script assigned to the library globals: each
/// script starts with the sandbox's own.
pub(in crate::script) fn forget_assigned(ctx: &mut Context) -> JsResult<()> {
    let Some(assigned) = ctx
        .get_data::<Assigned>()
        .filter(|a| a.any.replace(false))
        .map(|a| a.values.clone())
    else {
        return Ok(());
    };
    for name in LIBRARY_GLOBALS {
        assigned.delete_property_or_throw(JsString::from(name), ctx)?;
    }
    Ok(())
}

/// `require(name)`: `lib/modules.js`'s.
fn require(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let modules = JsValue::from(lazy_file("lib/modules.js", ctx)?);
    call_member(&modules, &js_string!("require"), args, ctx)
}

/// The file of the lazy prelude or of the libraries, evaluated once
/// (`__lazy(name)`).
pub(in crate::script) fn lazy_file(name: &str, ctx: &mut Context) -> JsResult<JsObject> {
    let lazy = ctx.global_object().get(js_string!("__lazy"), ctx)?;
    let lazy = lazy
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message("__lazy is missing"))?;
    let value = lazy.call(&JsValue::undefined(), &[text(name)], ctx)?;
    value.as_object().ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("{name} has no value"))
            .into()
    })
}

/// `lib/sugar.js`'s values of `kind` (`String`, `Date`, `Array`).
fn sugar_values(kind: &JsString, ctx: &mut Context) -> JsResult<JsObject> {
    let values = member(&lazy_file("lib/sugar.js", ctx)?, "values", ctx)?;
    member(&values, &kind.to_std_string_escaped(), ctx)
}

/// `object[name](...args)`.
pub(in crate::script) fn call_member(
    object: &JsValue,
    name: &JsString,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let method = object.to_object(ctx)?.get(name.clone(), ctx)?;
    let method = method.as_callable().ok_or_else(|| {
        JsNativeError::typ().with_message(format!(
            "{} is not a function",
            name.to_std_string_escaped()
        ))
    })?;
    method.call(object, args, ctx)
}

fn define_accessor(
    target: &JsObject,
    name: JsString,
    get: NativeFunction,
    set: NativeFunction,
    ctx: &mut Context,
) -> JsResult<()> {
    let [get, set] = [get, set].map(|f| FunctionObjectBuilder::new(ctx.realm(), f).build());
    let property = PropertyDescriptor::builder()
        .get(get)
        .set(set)
        .configurable(true)
        .enumerable(false);
    target.define_property_or_throw(name, property, ctx)?;
    Ok(())
}
