//! JSON → JS values for the sandbox, and JS values → JSON, faster than
//! boa's own routes.
//!
//! boa's `JSON.parse` runs its full JavaScript parser, and
//! `JsValue::from_json` gives every object a unique shape, so each
//! `record.field` a script reads in a loop misses boa's inline caches. Here
//! objects are built on the root shape, as object literals are (records
//! with the same keys share a shape), each distinct key becomes a JS
//! string once, and text is parsed straight into JS values, with no
//! `serde_json::Value` in between.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

use boa_engine::builtins::object::OrdinaryObject;
use boa_engine::object::builtins::JsArray;
use boa_engine::object::{NativeObject, ObjectInitializer};
use boa_engine::property::PropertyDescriptor;
use boa_engine::property::PropertyKey;
use boa_engine::value::JsVariant;
use boa_engine::{Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Parses JSON text into JS values, as `JSON.parse` (without a reviver).
pub fn parse(text: &[u8], ctx: &mut Context) -> Result<JsValue, serde_json::Error> {
    // Checked once here, the text is not checked again string by string.
    match std::str::from_utf8(text) {
        Ok(text) => match read(serde_json::Deserializer::from_str(text), false, ctx) {
            // serde refuses a number beyond a double (`1e400`), which V8
            // reads as Infinity: each becomes a marked string, read back
            // as the infinity it was.
            Err(error) if error.to_string().starts_with("number out of range") => {
                let marked = infinities_marked(text).ok_or(error)?;
                read(serde_json::Deserializer::from_str(&marked), true, ctx)
            }
            parsed => parsed,
        },
        Err(_) => read(serde_json::Deserializer::from_slice(text), false, ctx),
    }
}

fn read<'de, R: serde_json::de::Read<'de>>(
    mut deserializer: serde_json::Deserializer<R>,
    infinities: bool,
    ctx: &mut Context,
) -> Result<JsValue, serde_json::Error> {
    with_keys(ctx, |keys, ctx| {
        let seed = Seed {
            ctx,
            keys,
            infinities,
        };
        let value = seed.deserialize(&mut deserializer)?;
        deserializer.end()?;
        Ok(value)
    })
}

/// What an infinite number is written as in a marked text (a JSON string
/// no document holds: it starts with a NUL), by its sign.
const MARKED_INFINITY: [&str; 2] = ["\u{0}postrun:+Infinity", "\u{0}postrun:-Infinity"];

/// `text` with every number token outside strings whose value is beyond
/// a double written as a [`MARKED_INFINITY`] string; `None` when there is
/// none (the fault is another).
fn infinities_marked(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut at, mut copied, mut marked) = (0, 0, false);
    while at < bytes.len() {
        match bytes[at] {
            b'"' => {
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                at += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = at;
                while at < bytes.len()
                    && matches!(bytes[at], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                {
                    at += 1;
                }
                let token = &text[start..at];
                if let Ok(number) = token.parse::<f64>()
                    && number.is_infinite()
                {
                    out.push_str(&text[copied..start]);
                    let sign = usize::from(number < 0.0);
                    out.push_str(&serde_json::to_string(MARKED_INFINITY[sign]).ok()?);
                    copied = at;
                    marked = true;
                }
            }
            _ => at += 1,
        }
    }
    out.push_str(text.get(copied..)?);
    marked.then_some(out)
}

/// A `serde_json::Value` as JS, through the same visitor as [`parse`].
pub fn from_value(json: &serde_json::Value, ctx: &mut Context) -> JsValue {
    with_keys(ctx, |keys, ctx| {
        Seed {
            ctx,
            keys,
            infinities: false,
        }
        .deserialize(json)
        // Every `Value` is one a JSON visitor accepts.
        .unwrap_or_else(|_| JsValue::undefined())
    })
}

/// A script's value as JSON, as boa's `JsValue::to_json` makes it (own
/// properties by their data value, `undefined` left out of objects and
/// `null` in arrays, an error on a cycle, a symbol or a BigInt) at a
/// fraction of its cost: boa writes every string out a character at a
/// time and tracks the objects it is inside in a SipHash set.
pub fn to_value(value: &JsValue, ctx: &mut Context) -> JsResult<Option<serde_json::Value>> {
    to_value_within(value, ctx, &mut Vec::new())
}

fn to_value_within(
    value: &JsValue,
    ctx: &mut Context,
    inside: &mut Vec<JsObject>,
) -> JsResult<Option<serde_json::Value>> {
    use serde_json::Value;
    Ok(Some(match value.variant() {
        JsVariant::Null => Value::Null,
        JsVariant::Undefined => return Ok(None),
        JsVariant::Boolean(b) => Value::Bool(b),
        JsVariant::String(string) => Value::String(super::host::rust_string(&string)),
        JsVariant::Float64(number) => Value::from(number),
        JsVariant::Integer32(number) => Value::from(number),
        JsVariant::BigInt(_) => return Err(not_json("bigint")),
        JsVariant::Symbol(_) => return Err(not_json("Symbol")),
        JsVariant::Object(object) => {
            if inside.contains(&object) {
                return Err(JsNativeError::typ()
                    .with_message("cyclic object value")
                    .into());
            }
            inside.push(object.clone());
            let json = object_value(&object, ctx, inside);
            inside.pop();
            json?
        }
    }))
}

/// An array's items (a hole or `undefined` as `null`), or an object's own
/// properties in their order.
fn object_value(
    object: &JsObject,
    ctx: &mut Context,
    inside: &mut Vec<JsObject>,
) -> JsResult<serde_json::Value> {
    use serde_json::Value;
    let own = |key: &PropertyKey| -> Option<JsValue> {
        let property = object.borrow().properties().get(key)?;
        property.value().cloned()
    };
    if object.is_array() {
        let length = object
            .get(boa_engine::js_string!("length"), ctx)?
            .to_length(ctx)?;
        let mut items = Vec::with_capacity(length.min(1 << 16) as usize);
        for index in 0..length {
            let item = match own(&PropertyKey::from(index)) {
                Some(item) => to_value_within(&item, ctx, inside)?,
                None => Some(Value::Null),
            };
            items.push(item.unwrap_or(Value::Null));
        }
        return Ok(Value::Array(items));
    }
    let mut map = serde_json::Map::new();
    for key in object.own_property_keys(ctx)? {
        let name = match &key {
            PropertyKey::String(name) => super::host::rust_string(name),
            PropertyKey::Index(index) => index.get().to_string(),
            PropertyKey::Symbol(_) => return Err(not_json("Symbol")),
        };
        // An accessor is `null`, as in boa's conversion.
        let json = match own(&key) {
            Some(value) => to_value_within(&value, ctx, inside)?,
            None => Some(Value::Null),
        };
        if let Some(json) = json {
            map.insert(name, json);
        }
    }
    Ok(Value::Object(map))
}

fn not_json(what: &str) -> JsError {
    JsNativeError::typ()
        .with_message(format!("cannot convert {what} to JSON"))
        .into()
}

/// The keys made into JS strings so far, kept by a sandbox (as context
/// data) from one parse to the next: the responses of one API repeat
/// their keys.
#[derive(Default)]
pub struct KeyCache(RefCell<Keys>);

/// A run that has seen more distinct keys than this starts afresh.
const KEY_CACHE_LIMIT: usize = 4096;

fn with_keys<T>(ctx: &mut Context, work: impl FnOnce(&mut Keys, &mut Context) -> T) -> T {
    let cached = ctx.get_data::<KeyCache>().map(|cache| cache.0.take());
    let mut keys = cached.unwrap_or_default();
    let result = work(&mut keys, ctx);
    if keys.0.len() > KEY_CACHE_LIMIT {
        keys.0.clear();
    }
    if let Some(cache) = ctx.get_data::<KeyCache>() {
        *cache.0.borrow_mut() = keys;
    }
    result
}

/// An object with these properties, in this order, shaped as the same
/// object literal would be.
pub fn object<K: Into<JsString>>(
    properties: impl IntoIterator<Item = (K, JsValue)>,
    ctx: &mut Context,
) -> JsValue {
    let prototype = ctx.intrinsics().constructors().object().prototype();
    instance(prototype, OrdinaryObject, properties, ctx)
}

/// As [`object`], with another prototype and native data: the way to make
/// an instance of a prelude class without its constructor, whose
/// `this.x = …` assignments each search the prototype chain for a setter.
pub fn instance<K: Into<JsString>, T: NativeObject>(
    prototype: JsObject,
    data: T,
    properties: impl IntoIterator<Item = (K, JsValue)>,
    ctx: &mut Context,
) -> JsValue {
    let object = ObjectInitializer::with_native_data_and_proto(data, prototype, ctx).build();
    for (key, value) in properties {
        insert(&object, key.into(), value);
    }
    object.into()
}

/// `[{ [names.0]: a, [names.1]: b }, …]`: the shape of header and cookie lists.
pub fn pairs<'p>(
    names: (&str, &str),
    pairs: impl IntoIterator<Item = (&'p str, &'p str)>,
    ctx: &mut Context,
) -> JsValue {
    let (first, second) = (JsString::from(names.0), JsString::from(names.1));
    let items: Vec<JsValue> = pairs
        .into_iter()
        .map(|(a, b)| {
            let item = new_object(ctx);
            insert(&item, first.clone(), JsString::from(a).into());
            insert(&item, second.clone(), JsString::from(b).into());
            item.into()
        })
        .collect();
    JsArray::from_iter(items, ctx).into()
}

/// As `from_json`: an i32 when the number is one, a double otherwise.
fn number(integer: Option<i64>, float: Option<f64>) -> JsValue {
    match integer.and_then(|i| i32::try_from(i).ok()) {
        Some(i) => JsValue::new(i),
        None => JsValue::new(float.unwrap_or(f64::NAN)),
    }
}

fn new_object(ctx: &mut Context) -> JsObject {
    ObjectInitializer::with_native_data(OrdinaryObject, ctx).build()
}

fn insert(object: &JsObject, key: JsString, value: JsValue) {
    object.insert_property(
        key,
        PropertyDescriptor::builder()
            .value(value)
            .writable(true)
            .enumerable(true)
            .configurable(true),
    );
}

/// Each distinct key made into a JS string once. Hashed with foldhash:
/// SipHash cost a fifth of parsing a small response.
#[derive(Default)]
struct Keys(HashMap<String, JsString, foldhash::fast::RandomState>);

impl Keys {
    fn get(&mut self, key: &str) -> JsString {
        if let Some(cached) = self.0.get(key) {
            return cached.clone();
        }
        let made = JsString::from(key);
        self.0.insert(key.to_string(), made.clone());
        made
    }
}

/// Deserializes one JSON value into a JS value.
struct Seed<'a> {
    ctx: &'a mut Context,
    keys: &'a mut Keys,
    /// The text marks infinite numbers ([`infinities_marked`]).
    infinities: bool,
}

impl Seed<'_> {
    fn nested(&mut self) -> Seed<'_> {
        Seed {
            ctx: self.ctx,
            keys: self.keys,
            infinities: self.infinities,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = JsValue;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<JsValue, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = JsValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<JsValue, E> {
        Ok(JsValue::new(b))
    }

    fn visit_i64<E>(self, i: i64) -> Result<JsValue, E> {
        Ok(number(Some(i), Some(i as f64)))
    }

    fn visit_u64<E>(self, u: u64) -> Result<JsValue, E> {
        Ok(number(i64::try_from(u).ok(), Some(u as f64)))
    }

    fn visit_f64<E>(self, f: f64) -> Result<JsValue, E> {
        Ok(JsValue::new(f))
    }

    fn visit_str<E>(self, s: &str) -> Result<JsValue, E> {
        if self.infinities
            && let Some(sign) = MARKED_INFINITY.iter().position(|marked| *marked == s)
        {
            return Ok(JsValue::new(if sign == 0 {
                f64::INFINITY
            } else {
                f64::NEG_INFINITY
            }));
        }
        Ok(JsValue::from(JsString::from(s)))
    }

    fn visit_unit<E>(self) -> Result<JsValue, E> {
        Ok(JsValue::null())
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<JsValue, A::Error> {
        let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(value) = seq.next_element_seed(self.nested())? {
            values.push(value);
        }
        Ok(JsArray::from_iter(values, self.ctx).into())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<JsValue, A::Error> {
        let object = new_object(self.ctx);
        while let Some(key) = map.next_key_seed(KeySeed(self.keys))? {
            let value = map.next_value_seed(self.nested())?;
            insert(&object, key, value);
        }
        Ok(object.into())
    }
}

/// An object key, through the key cache.
struct KeySeed<'a>(&'a mut Keys);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = JsString;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<JsString, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = JsString;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<E>(self, key: &str) -> Result<JsString, E> {
        Ok(self.0.get(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a script would see, as JSON text again.
    fn round_trip(text: &str) -> String {
        let mut ctx = Context::default();
        let value = parse(text.as_bytes(), &mut ctx).unwrap();
        let from_value = from_value(&serde_json::from_str(text).unwrap(), &mut ctx);
        let stringify = |value: JsValue, ctx: &mut Context| {
            value
                .to_json(ctx)
                .unwrap()
                .map(|v| v.to_string())
                .unwrap_or_default()
        };
        let (a, b) = (stringify(value, &mut ctx), stringify(from_value, &mut ctx));
        assert_eq!(a, b, "parse and from_value agree");
        a
    }

    #[test]
    fn values_keep_their_types_order_and_duplicates_resolve_as_in_js() {
        assert_eq!(
            round_trip(r#"{"b":1,"a":[true,null,"x\u00e9",2.5,-3,4294967296],"c":{"d":{}}}"#),
            r#"{"b":1,"a":[true,null,"xé",2.5,-3,4294967296.0],"c":{"d":{}}}"#
        );
        assert_eq!(round_trip(r#"{"k":1,"k":2}"#), r#"{"k":2}"#);
        assert_eq!(round_trip(r#"{"esc\"aped":1}"#), r#"{"esc\"aped":1}"#);
    }

    #[test]
    fn numbers_beyond_a_double_are_infinities_as_in_v8() {
        let mut ctx = Context::default();
        let text = br#"{"big": 1e400, "neg": [-1E+999, 2], "kept": "1e400 \" 1e400", "n": 1.5}"#;
        let value = parse(text, &mut ctx).unwrap();
        let object = value.as_object().unwrap();
        let get = |key: &str, ctx: &mut Context| object.get(JsString::from(key), ctx).unwrap();
        assert_eq!(get("big", &mut ctx).as_number(), Some(f64::INFINITY));
        let neg = get("neg", &mut ctx).as_object().unwrap();
        assert_eq!(
            neg.get(0, &mut ctx).unwrap().as_number(),
            Some(f64::NEG_INFINITY)
        );
        assert_eq!(neg.get(1, &mut ctx).unwrap().as_number(), Some(2.0));
        let kept = get("kept", &mut ctx);
        assert_eq!(
            kept.as_string().map(|s| s.to_std_string_escaped()),
            Some("1e400 \" 1e400".to_string())
        );
        assert_eq!(get("n", &mut ctx).as_number(), Some(1.5));
        // A string that only looks like the mark stays a string.
        let looks = parse(br#"["\u0000postrun:+Infinity"]"#, &mut ctx).unwrap();
        assert!(
            looks
                .as_object()
                .unwrap()
                .get(0, &mut ctx)
                .unwrap()
                .is_string()
        );
        // Another fault is still reported as serde found it.
        assert!(parse(b"[1e400, ]", &mut ctx).is_err());
    }

    #[test]
    fn to_value_answers_what_boas_to_json_answers() {
        let mut ctx = Context::default();
        let cases = [
            "({ b: 1, a: [true, null, 'x\\u00e9', 2.5, -3, 4294967296, undefined, , NaN], c: { d: {} }, u: undefined })",
            "[[], {}, '\\ud800', { 2: 'two', 1: 'one', z: 'z' }]",
            "(function () { var o = Object.create({ inherited: 1 }); Object.defineProperty(o, 'hidden', { value: 2 }); Object.defineProperty(o, 'got', { get: function () { return 3; }, enumerable: true }); return o; })()",
            "'text'",
            "7",
        ];
        for case in cases {
            let value = ctx.eval(boa_engine::Source::from_bytes(case)).unwrap();
            let ours = to_value(&value, &mut ctx).unwrap();
            let boas = value.to_json(&mut ctx).unwrap();
            assert_eq!(ours, boas, "{case}");
        }
        for failing in [
            "(function () { var o = {}; o.self = o; return o; })()",
            "({ s: Symbol('x') })",
            "[1n]",
        ] {
            let value = ctx.eval(boa_engine::Source::from_bytes(failing)).unwrap();
            let ours = to_value(&value, &mut ctx).unwrap_err().to_string();
            let boas = value.to_json(&mut ctx).unwrap_err().to_string();
            assert_eq!(ours, boas, "{failing}");
        }
    }

    #[test]
    fn the_key_cache_outlives_a_parse_and_stays_bounded() {
        let mut ctx = Context::default();
        ctx.insert_data(KeyCache::default());
        let stringify = |value: JsValue, ctx: &mut Context| {
            value.to_json(ctx).unwrap().map(|v| v.to_string()).unwrap()
        };
        let first = parse(br#"{"id":1,"name":"a"}"#, &mut ctx).unwrap();
        let second = parse(br#"{"name":"b","id":2,"more":true}"#, &mut ctx).unwrap();
        assert_eq!(stringify(first, &mut ctx), r#"{"id":1,"name":"a"}"#);
        assert_eq!(
            stringify(second, &mut ctx),
            r#"{"name":"b","id":2,"more":true}"#
        );
        let cached = |ctx: &Context| ctx.get_data::<KeyCache>().unwrap().0.borrow().0.len();
        assert_eq!(cached(&ctx), 3, "id, name, more");
        let many: String = (0..=KEY_CACHE_LIMIT)
            .map(|i| format!("\"k{i}\":{i},"))
            .collect();
        parse(format!("{{{}\"last\":0}}", many).as_bytes(), &mut ctx).unwrap();
        assert_eq!(cached(&ctx), 0, "a cache past its limit starts afresh");
    }

    #[test]
    fn bad_text_is_an_error_with_a_position() {
        let mut ctx = Context::default();
        let error = parse(b"{\"a\": [1,]}", &mut ctx).unwrap_err();
        assert_eq!((error.line(), error.column()), (1, 10));
        assert!(parse(b"[1] x", &mut ctx).is_err(), "trailing text");
    }
}
