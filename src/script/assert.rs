//! Native fast paths for the commonest chai assertions.
//!
//! boa interprets the prelude's `expect` (expect.js) at 10–40 thousand
//! instructions an assertion: as much as sending the request. The functions
//! here settle the usual case natively: an assertion that holds, under
//! plain flags, on a value whose type leaves no doubt. Everything else — a
//! failure (chai's wording lives in the prelude), `deep`, `nested`, `own`,
//! length chains, dates, maps, proxies — goes on to the prelude's
//! implementation of the same name. A fast path therefore answers only
//! "holds" or "ask the prelude", and changes nothing before it knows.

use boa_engine::builtins::object::OrdinaryObject;
use boa_engine::gc::{Finalize, Trace, empty_trace};
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::object::builtins::JsRegExp;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{
    Context, JsNativeError, JsObject, JsResult, JsString, JsSymbol, JsValue, NativeFunction,
    js_string,
};

use super::host::HeldResponse;
use super::json;

/// Whether an assertion holds; `false` hands it to the prelude.
type Check = fn(&Subject, &[JsValue], &mut Context) -> JsResult<bool>;

/// A fast path and how its name is used.
#[derive(Clone)]
struct Fast {
    check: Check,
    /// Which argument is chai's optional failure message.
    message_at: Option<usize>,
    /// The flag a chainable name sets when read (`include` → `contains`).
    chain_flag: Option<JsString>,
    /// The flag `length`/`lengthOf` set, which comparisons must see.
    length_flag: JsString,
}

impl Finalize for Fast {}

// SAFETY: a `Fast` holds a function pointer and strings, no garbage-collected value.
unsafe impl Trace for Fast {
    empty_trace!();
}

/// The flags the checks below read from an assertion's `__flags`: each must
/// be one the prelude's contract lists.
const FLAGS_READ: [&str; 6] = ["object", "message", "negate", "deep", "nested", "own"];

/// Assertions called as methods: `.equal(1)`.
const METHODS: [(&str, Check); 22] = [
    ("oneOf", one_of),
    ("match", matches),
    ("matches", matches),
    ("equal", equal),
    ("equals", equal),
    ("eq", equal),
    ("eql", eql),
    ("eqls", eql),
    ("property", property),
    ("status", status),
    ("above", above),
    ("gt", above),
    ("greaterThan", above),
    ("least", least),
    ("gte", least),
    ("greaterThanOrEqual", least),
    ("below", below),
    ("lt", below),
    ("lessThan", below),
    ("most", most),
    ("lte", most),
    ("lessThanOrEqual", most),
];

/// Assertions read as properties: `.to.be.true`.
const PROPERTIES: [(&str, Check); 13] = [
    ("ok", ok),
    ("empty", is_empty),
    ("info", in_status_class::<1>),
    ("success", in_status_class::<2>),
    ("redirection", in_status_class::<3>),
    ("clientError", in_status_class::<4>),
    ("serverError", in_status_class::<5>),
    ("json", is_json),
    ("true", is_true),
    ("false", is_false),
    ("null", is_null),
    ("undefined", is_undefined),
    ("exist", exists),
];

/// Names both read and called: `.a('string')`, `.include.members([…])`.
const CHAINABLES: [(&str, Check); 8] = [
    ("a", is_type),
    ("an", is_type),
    ("include", include),
    ("includes", include),
    ("contain", include),
    ("contains", include),
    ("length", length_of),
    ("lengthOf", length_of),
];

/// What the prelude says about its assertions (`__expect.contract` in
/// expect.js): the one list of chains, flags and message positions.
#[derive(Debug, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Contract {
    chains: Vec<String>,
    chain_flags: std::collections::HashMap<String, String>,
    flags: Vec<String>,
    message_at: std::collections::HashMap<String, usize>,
}

impl Contract {
    /// Reads the contract and checks that every flag the host reads or
    /// sets is one the prelude keeps.
    fn read(expect: &JsObject, ctx: &mut Context) -> JsResult<Contract> {
        let value = expect.get(js_string!("contract"), ctx)?.to_json(ctx)?;
        let contract: Contract = value
            .and_then(|value| serde_json::from_value(value).ok())
            .ok_or_else(|| prelude_error("its `contract` is missing or malformed".into()))?;
        let used = FLAGS_READ
            .iter()
            .copied()
            .chain(contract.chain_flags.values().map(String::as_str));
        for flag in used {
            if !contract.flags.iter().any(|known| known == flag) {
                return Err(prelude_error(format!(
                    "the flag `{flag}` is not in its contract"
                )));
            }
        }
        Ok(contract)
    }

    fn fast(&self, name: &str, check: Check, chainable: bool) -> JsResult<Fast> {
        let length = self.chain_flags.get("length");
        let length = length.ok_or_else(|| prelude_error("no flag for `length`".into()))?;
        Ok(Fast {
            check,
            message_at: self.message_at.get(name).copied(),
            chain_flag: match chainable {
                true => self
                    .chain_flags
                    .get(name)
                    .map(|f| JsString::from(f.as_str())),
                false => None,
            },
            length_flag: JsString::from(length.as_str()),
        })
    }
}

fn prelude_error(what: String) -> boa_engine::JsError {
    JsNativeError::error()
        .with_message(format!(
            "the prelude's assertions do not fit the host: {what}"
        ))
        .into()
}

/// Puts the fast paths on the prelude's `Assertion.prototype`, each in
/// front of the prelude's own member of that name, and a native `expect`
/// on `pm`. Accessors stay accessors and methods stay methods: boa's
/// property caches in compiled code rely on the kind.
pub fn install(
    expect: &JsObject,
    prototype: &JsObject,
    pm: &JsObject,
    ctx: &mut Context,
) -> JsResult<()> {
    let contract = Contract::read(expect, ctx)?;
    let itself = NativeFunction::from_fn_ptr(|this, _, _| Ok(this.clone()));
    let itself = FunctionObjectBuilder::new(ctx.realm(), itself).build();
    for name in &contract.chains {
        define_getter(prototype, name, itself.clone(), ctx)?;
    }
    for (name, check) in METHODS {
        let fast = contract.fast(name, check, false)?;
        let prelude = callable(prototype.get(JsString::from(name), ctx)?, name)?;
        let native = NativeFunction::from_copy_closure_with_captures(method, (fast, prelude));
        let function = FunctionObjectBuilder::new(ctx.realm(), native)
            .name(JsString::from(name))
            .build();
        prototype.set(JsString::from(name), function, true, ctx)?;
    }
    for (name, check) in PROPERTIES {
        // Read, not called: a property takes no message.
        let fast = Fast {
            message_at: None,
            ..contract.fast(name, check, false)?
        };
        let prelude = prelude_getter(prototype, name, ctx)?;
        let native = NativeFunction::from_copy_closure_with_captures(method, (fast, prelude));
        let function = FunctionObjectBuilder::new(ctx.realm(), native).build();
        define_getter(prototype, name, function, ctx)?;
    }
    for (name, check) in CHAINABLES {
        let fast = contract.fast(name, check, true)?;
        let prelude = prelude_getter(prototype, name, ctx)?;
        let native = NativeFunction::from_copy_closure_with_captures(chainable, (fast, prelude));
        let function = FunctionObjectBuilder::new(ctx.realm(), native).build();
        define_getter(prototype, name, function, ctx)?;
    }
    install_expect(prototype, pm, ctx)
}

/// `pm.response.to`: an assertion about the response, as
/// `pm.expect(pm.response)` makes (its `to` gives the assertion itself).
pub fn install_response_to(
    response_prototype: &JsObject,
    assertion_prototype: &JsObject,
    ctx: &mut Context,
) -> JsResult<()> {
    let native = NativeFunction::from_copy_closure_with_captures(
        |this, _, prototype: &JsObject, ctx| {
            let args = [this.clone()];
            expect(&JsValue::undefined(), &args, prototype, ctx)
        },
        assertion_prototype.clone(),
    );
    let getter = FunctionObjectBuilder::new(ctx.realm(), native).build();
    define_getter(response_prototype, "to", getter, ctx)
}

/// `pm.expect`: the prelude's `expect` made natively, keeping `expect.fail`.
fn install_expect(prototype: &JsObject, pm: &JsObject, ctx: &mut Context) -> JsResult<()> {
    let prelude = callable(pm.get(js_string!("expect"), ctx)?, "expect")?;
    let native = NativeFunction::from_copy_closure_with_captures(expect, prototype.clone());
    let function = FunctionObjectBuilder::new(ctx.realm(), native)
        .name(js_string!("expect"))
        .length(2)
        .build();
    let fail = prelude.get(js_string!("fail"), ctx)?;
    function.set(js_string!("fail"), fail, true, ctx)?;
    pm.set(js_string!("expect"), function, true, ctx)?;
    Ok(())
}

/// The same object as the prelude's `expect` literal:
/// `{ __proto__: Assertion.prototype, __flags: { object, message } }`.
fn expect(
    _: &JsValue,
    args: &[JsValue],
    prototype: &JsObject,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let flags = json::object(
        [
            (js_string!("object"), argument(args, 0)),
            (js_string!("message"), argument(args, 1)),
        ],
        ctx,
    );
    Ok(json::instance(
        prototype.clone(),
        OrdinaryObject,
        [(js_string!("__flags"), flags)],
        ctx,
    ))
}

fn define_getter(
    prototype: &JsObject,
    name: &str,
    getter: impl Into<JsValue>,
    ctx: &mut Context,
) -> JsResult<()> {
    let descriptor = PropertyDescriptor::builder()
        .get(getter)
        .enumerable(false)
        .configurable(true);
    prototype.define_property_or_throw(JsString::from(name), descriptor, ctx)?;
    Ok(())
}

/// The getter the prelude defined for `name` on the prototype.
fn prelude_getter(prototype: &JsObject, name: &str, ctx: &mut Context) -> JsResult<JsObject> {
    let object = ctx.intrinsics().constructors().object().constructor();
    let describe = callable(
        object.get(js_string!("getOwnPropertyDescriptor"), ctx)?,
        "getOwnPropertyDescriptor",
    )?;
    let descriptor = describe.call(
        &JsValue::undefined(),
        &[prototype.clone().into(), JsString::from(name).into()],
        ctx,
    )?;
    let getter = match descriptor.as_object() {
        Some(descriptor) => descriptor.get(js_string!("get"), ctx)?,
        None => JsValue::undefined(),
    };
    callable(getter, name)
}

fn callable(value: JsValue, name: &str) -> JsResult<JsObject> {
    value.as_callable().ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("the prelude's assertion {name} is missing"))
            .into()
    })
}

// ---- the ways a name is used ----

/// Whether the fast path settles the assertion `this` holds; if it does,
/// chai's trailing message is kept for the rest of the chain.
fn settles(this: &JsValue, args: &[JsValue], fast: &Fast, ctx: &mut Context) -> JsResult<bool> {
    let Some(subject) = Subject::of(this, fast, ctx)? else {
        return Ok(false);
    };
    if !(fast.check)(&subject, args, ctx)? {
        return Ok(false);
    }
    subject.take_message(args, fast.message_at, ctx)?;
    Ok(true)
}

/// A method (`.equal(1)`) or a property getter (`.true`, called with no
/// arguments): the assertion itself when settled, else the prelude's.
fn method(
    this: &JsValue,
    args: &[JsValue],
    (fast, prelude): &(Fast, JsObject),
    ctx: &mut Context,
) -> JsResult<JsValue> {
    if settles(this, args, fast, ctx)? {
        return Ok(this.clone());
    }
    prelude.call(this, args, ctx)
}

/// Reading a chainable name sets its flag and gives a function whose
/// prototype is the assertion, so that both `.include(x)` and
/// `.include.members(…)` work, as in chai.
fn chainable(
    this: &JsValue,
    _: &[JsValue],
    (fast, prelude): &(Fast, JsObject),
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let Some(assertion) = this.as_object() else {
        return prelude.call(this, &[], ctx);
    };
    if let Some(flag) = &fast.chain_flag {
        let Some(subject) = Subject::of(this, fast, ctx)? else {
            return prelude.call(this, &[], ctx);
        };
        subject.flags.set(flag.clone(), true, true, ctx)?;
    }
    let native = NativeFunction::from_copy_closure_with_captures(
        chained_call,
        (fast.clone(), prelude.clone(), assertion.clone()),
    );
    let function = FunctionObjectBuilder::new(ctx.realm(), native).build();
    function.set_prototype(Some(assertion));
    Ok(function.into())
}

/// The call of a chainable name: on the assertion it was read from.
fn chained_call(
    _: &JsValue,
    args: &[JsValue],
    (fast, prelude, assertion): &(Fast, JsObject, JsObject),
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let this = JsValue::from(assertion.clone());
    if settles(&this, args, fast, ctx)? {
        return Ok(this);
    }
    // The prelude's getter sets the same flag again and gives its own function.
    let call = callable(prelude.call(&this, &[], ctx)?, "chain")?;
    call.call(&JsValue::undefined(), args, ctx)
}

// ---- what the checks read ----

/// An assertion's `__flags`, with the two every check reads.
struct Subject {
    flags: JsObject,
    object: JsValue,
    negate: bool,
    /// The flag `length` sets (the contract's name for it).
    length_flag: JsString,
}

impl Subject {
    fn of(this: &JsValue, fast: &Fast, ctx: &mut Context) -> JsResult<Option<Subject>> {
        let Some(this) = this.as_object() else {
            return Ok(None);
        };
        let Some(flags) = this.get(js_string!("__flags"), ctx)?.as_object() else {
            return Ok(None);
        };
        let object = flags.get(js_string!("object"), ctx)?;
        let negate = flags.get(js_string!("negate"), ctx)?.to_boolean();
        Ok(Some(Subject {
            flags,
            object,
            negate,
            length_flag: fast.length_flag.clone(),
        }))
    }

    fn is_set(&self, flag: JsString, ctx: &mut Context) -> JsResult<bool> {
        Ok(self.flags.get(flag, ctx)?.to_boolean())
    }

    /// Whether a check that `passed` means the assertion holds.
    fn holds(&self, passed: bool) -> bool {
        passed != self.negate
    }

    /// chai keeps a trailing message argument for the rest of the chain.
    fn take_message(&self, args: &[JsValue], at: Option<usize>, ctx: &mut Context) -> JsResult<()> {
        if let Some(message) = at.and_then(|at| args.get(at))
            && !message.is_undefined()
        {
            self.flags
                .set(js_string!("message"), message.clone(), true, ctx)?;
        }
        Ok(())
    }
}

fn argument(args: &[JsValue], index: usize) -> JsValue {
    args.get(index).cloned().unwrap_or_default()
}

/// An ordinary object straight from `Object.prototype`, as JSON makes
/// them: its type and truthiness leave no doubt.
fn is_plain(object: &JsObject, ctx: &mut Context) -> bool {
    let object_prototype = ctx.intrinsics().constructors().object().prototype();
    object.is_ordinary()
        && object
            .prototype()
            .is_some_and(|prototype| JsObject::equals(&prototype, &object_prototype))
}

/// The type name chai's `a`/`an` compares, where it is certain.
fn type_name(value: &JsValue, ctx: &mut Context) -> JsResult<Option<&'static str>> {
    if value.is_null() {
        return Ok(Some("null"));
    }
    let Some(object) = value.as_object() else {
        return Ok(Some(value.type_of()));
    };
    if object.is_array() {
        return Ok(Some("array"));
    }
    // `Object.prototype.toString` would say "Object" unless a tag says otherwise.
    if is_plain(&object, ctx) && object.get(JsSymbol::to_string_tag(), ctx)?.is_undefined() {
        return Ok(Some("object"));
    }
    Ok(None)
}

// ---- the checks ----

fn equal(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    if subject.is_set(js_string!("deep"), ctx)? {
        return eql(subject, args, ctx);
    }
    Ok(subject.holds(subject.object.strict_equals(&argument(args, 0))))
}

/// `eql` and `deep.equal` on what JSON makes (plain objects, arrays,
/// primitives): equal values hold at once; anything else, a difference
/// included, goes to the prelude's `deepEqual`, which words the failure.
fn eql(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    let equal = plain_deep_equal(&subject.object, &argument(args, 0), 0, ctx)?;
    Ok(equal == Some(true) && subject.holds(true))
}

/// How deep [`plain_deep_equal`] goes before it leaves the answer to the
/// prelude (which also follows cycles).
const DEEP_EQUAL_DEPTH: usize = 64;

/// chai's deep equality where it is certain: `Some(true)` or `Some(false)`
/// for primitives, arrays and plain objects of data properties; `None` for
/// anything else (dates, maps, boxed primitives, getters, proxies, class
/// instances, too deep), which the prelude settles.
fn plain_deep_equal(
    a: &JsValue,
    b: &JsValue,
    depth: usize,
    ctx: &mut Context,
) -> JsResult<Option<bool>> {
    let (left, right) = match (a.as_object(), b.as_object()) {
        (None, None) => return Ok(Some(same_primitive(a, b))),
        (Some(left), Some(right)) => (left, right),
        // An object against a primitive: different types, unless the
        // object is a boxed primitive, which the prelude weighs.
        (Some(object), None) | (None, Some(object)) => {
            let plain = object.is_array() || is_plain(&object, ctx);
            return Ok(if plain { Some(false) } else { None });
        }
    };
    if JsObject::equals(&left, &right) {
        return Ok(Some(true));
    }
    if depth >= DEEP_EQUAL_DEPTH {
        return Ok(None);
    }
    let array_prototype = ctx.intrinsics().constructors().array().prototype();
    let is_plain_array = |object: &JsObject| {
        object.is_array()
            && object
                .prototype()
                .is_some_and(|prototype| JsObject::equals(&prototype, &array_prototype))
    };
    match (is_plain_array(&left), is_plain_array(&right)) {
        (true, true) => {
            let length = left.get(js_string!("length"), ctx)?.to_length(ctx)?;
            if length != right.get(js_string!("length"), ctx)?.to_length(ctx)? {
                return Ok(Some(false));
            }
            for index in 0..length {
                let (x, y) = (left.get(index, ctx)?, right.get(index, ctx)?);
                match plain_deep_equal(&x, &y, depth + 1, ctx)? {
                    Some(true) => {}
                    other => return Ok(other),
                }
            }
            Ok(Some(true))
        }
        (false, false) => {
            let plain = |object: &JsObject, ctx: &mut Context| -> JsResult<bool> {
                Ok(is_plain(object, ctx)
                    && object.get(JsSymbol::to_string_tag(), ctx)?.is_undefined())
            };
            if !plain(&left, ctx)? || !plain(&right, ctx)? {
                return Ok(None);
            }
            let (Some(left_keys), Some(right_keys)) =
                (data_keys(&left, ctx)?, data_keys(&right, ctx)?)
            else {
                return Ok(None);
            };
            if left_keys.len() != right_keys.len() {
                return Ok(Some(false));
            }
            for key in left_keys {
                if !right_keys.contains(&key) {
                    return Ok(Some(false));
                }
                let (x, y) = (left.get(key.clone(), ctx)?, right.get(key, ctx)?);
                match plain_deep_equal(&x, &y, depth + 1, ctx)? {
                    Some(true) => {}
                    other => return Ok(other),
                }
            }
            Ok(Some(true))
        }
        // An array against another kind of object: `None` unless both are
        // plain, so the prelude sees arguments objects and the like.
        _ => {
            let plain_object = |object: &JsObject, ctx: &mut Context| is_plain(object, ctx);
            let both_plain = (is_plain_array(&left) || plain_object(&left, ctx))
                && (is_plain_array(&right) || plain_object(&right, ctx));
            Ok(if both_plain { Some(false) } else { None })
        }
    }
}

/// deep-eql on two primitives: strict equality, except that NaN equals
/// NaN and +0 does not equal -0.
fn same_primitive(a: &JsValue, b: &JsValue) -> bool {
    match (a.as_number(), b.as_number()) {
        (Some(x), Some(y)) if x.is_nan() && y.is_nan() => true,
        (Some(x), Some(y)) => x == y && x.is_sign_negative() == y.is_sign_negative(),
        _ => a.strict_equals(b),
    }
}

/// A plain object's own keys (`Object.keys`), if all of them are
/// enumerable string-keyed data properties; `None` otherwise.
fn data_keys(object: &JsObject, ctx: &mut Context) -> JsResult<Option<Vec<PropertyKey>>> {
    let keys = object.own_property_keys(ctx)?;
    // An ordinary object's own properties are its property map.
    let borrowed = object.borrow();
    for key in &keys {
        let data = !matches!(key, PropertyKey::Symbol(_))
            && borrowed
                .properties()
                .get(key)
                .is_some_and(|d| d.is_data_descriptor() && d.expect_enumerable());
        if !data {
            return Ok(None);
        }
    }
    Ok(Some(keys))
}

fn is_type(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    let Some(wanted) = args.first().and_then(JsValue::as_string) else {
        return Ok(false);
    };
    let Some(actual) = type_name(&subject.object, ctx)? else {
        return Ok(false);
    };
    if wanted == actual {
        return Ok(subject.holds(true));
    }
    // The prelude lower-cases the name first: only a name already in lower
    // case is certainly another type.
    let lower_case = wanted.iter().all(|unit| (0x61..=0x7a).contains(&unit));
    Ok(lower_case && subject.holds(false))
}

fn property(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    if subject.negate {
        return Ok(false);
    }
    for flag in [js_string!("deep"), js_string!("own"), js_string!("nested")] {
        if subject.is_set(flag, ctx)? {
            return Ok(false);
        }
    }
    let (Some(object), Some(name)) = (
        subject.object.as_object(),
        args.first().and_then(JsValue::as_string),
    ) else {
        return Ok(false);
    };
    if !is_plain(&object, ctx) && !object.is_array() {
        return Ok(false);
    }
    let key = PropertyKey::from(name);
    if !object.has_property(key.clone(), ctx)? {
        return Ok(false);
    }
    let found = object.get(key, ctx)?;
    if let Some(value) = args.get(1)
        && !value.strict_equals(&found)
    {
        return Ok(false);
    }
    // Later assertions in the chain are about the property's value.
    subject.flags.set(js_string!("object"), found, true, ctx)?;
    Ok(true)
}

/// `pm.response.to.have.status(200)`.
fn status(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    let (Some(response), Some(wanted)) = (
        held_response(subject),
        args.first().filter(|code| code.is_number()),
    ) else {
        return Ok(false);
    };
    if subject.negate {
        return Ok(false);
    }
    Ok(response.get(js_string!("code"), ctx)?.strict_equals(wanted))
}

fn compare(
    subject: &Subject,
    args: &[JsValue],
    ctx: &mut Context,
    test: fn(f64, f64) -> bool,
) -> JsResult<bool> {
    if subject.is_set(subject.length_flag.clone(), ctx)? {
        return Ok(false);
    }
    match (
        subject.object.as_number(),
        args.first().and_then(JsValue::as_number),
    ) {
        (Some(value), Some(bound)) => Ok(subject.holds(test(value, bound))),
        _ => Ok(false),
    }
}

fn above(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    compare(subject, args, ctx, |value, bound| value > bound)
}

fn least(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    compare(subject, args, ctx, |value, bound| value >= bound)
}

fn below(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    compare(subject, args, ctx, |value, bound| value < bound)
}

fn most(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    compare(subject, args, ctx, |value, bound| value <= bound)
}

/// `ok`: truthy, or for a response, the reason phrase `OK` (as Postman's
/// chai plugin reads it).
fn ok(subject: &Subject, _: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    if let Some(response) = held_response(subject) {
        let reason = callable(response.get(js_string!("reason"), ctx)?, "reason")?;
        let reason = reason.call(&response.into(), &[], ctx)?.to_string(ctx)?;
        return Ok(subject.holds(reason.to_std_string_lossy().to_uppercase() == "OK"));
    }
    let certain = match subject.object.as_object() {
        Some(object) => object.is_array() || is_plain(&object, ctx),
        None => true,
    };
    Ok(certain && subject.holds(subject.object.to_boolean()))
}

/// The response an assertion is about, when it is one the host made.
fn held_response(subject: &Subject) -> Option<JsObject> {
    subject
        .object
        .as_object()
        .filter(|object| object.is::<HeldResponse>())
}

/// A response's status in the class `CLASS` (`2` for 2XX): `info`,
/// `success`, `redirection`, `clientError`, `serverError`.
fn in_status_class<const CLASS: u8>(
    subject: &Subject,
    _: &[JsValue],
    ctx: &mut Context,
) -> JsResult<bool> {
    let Some(response) = held_response(subject) else {
        return Ok(false);
    };
    let Some(code) = response.get(js_string!("code"), ctx)?.as_number() else {
        return Ok(false);
    };
    Ok(subject.holds((code / 100.0).floor() == f64::from(CLASS)))
}

/// `json` on a response: its body parses (`response.json()` does not
/// throw); a failure is the prelude's to word, and a negated one too.
fn is_json(subject: &Subject, _: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    let Some(response) = held_response(subject) else {
        return Ok(false);
    };
    if subject.negate {
        return Ok(false);
    }
    let json = callable(response.get(js_string!("json"), ctx)?, "json")?;
    Ok(json.call(&response.into(), &[], ctx).is_ok())
}

fn is_true(subject: &Subject, _: &[JsValue], _: &mut Context) -> JsResult<bool> {
    Ok(subject.holds(subject.object.as_boolean() == Some(true)))
}

fn is_false(subject: &Subject, _: &[JsValue], _: &mut Context) -> JsResult<bool> {
    Ok(subject.holds(subject.object.as_boolean() == Some(false)))
}

fn is_null(subject: &Subject, _: &[JsValue], _: &mut Context) -> JsResult<bool> {
    Ok(subject.holds(subject.object.is_null()))
}

fn is_undefined(subject: &Subject, _: &[JsValue], _: &mut Context) -> JsResult<bool> {
    Ok(subject.holds(subject.object.is_undefined()))
}

fn exists(subject: &Subject, _: &[JsValue], _: &mut Context) -> JsResult<bool> {
    Ok(subject.holds(!subject.object.is_null_or_undefined()))
}

/// `oneOf(list)` without `deep`: the value is strictly equal to an item
/// of an array (`undefined` is left to the prelude, whose `some` skips
/// holes).
fn one_of(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    if subject.is_set(js_string!("deep"), ctx)? || subject.object.is_undefined() {
        return Ok(false);
    }
    let Some(list) = args.first().and_then(JsValue::as_object) else {
        return Ok(false);
    };
    if !list.is_array() {
        return Ok(false);
    }
    let length = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
    for index in 0..length {
        if list.get(index, ctx)?.strict_equals(&subject.object) {
            return Ok(subject.holds(true));
        }
    }
    Ok(subject.holds(false))
}

/// `match(re)` on a text: chai's `re.exec(text)`, for a regular expression
/// that keeps no state between calls (neither global nor sticky), so that
/// the prelude's second call, when the assertion fails, finds the same.
fn matches(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    let (Some(text), Some(re)) = (
        subject.object.as_string(),
        args.first().and_then(JsValue::as_object),
    ) else {
        return Ok(false);
    };
    let Ok(regexp) = JsRegExp::from_object(re.clone()) else {
        return Ok(false);
    };
    if regexp.global(ctx)? || regexp.sticky(ctx)? {
        return Ok(false);
    }
    let exec = callable(re.get(js_string!("exec"), ctx)?, "exec")?;
    let found = exec.call(&re.clone().into(), &[text.into()], ctx)?;
    Ok(subject.holds(found.to_boolean()))
}

/// `empty` on a text, an array or a plain object (its own enumerable keys,
/// as `Object.keys` counts them).
fn is_empty(subject: &Subject, _: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    let size = if let Some(text) = subject.object.as_string() {
        text.len() as u64
    } else if let Some(object) = subject.object.as_object() {
        if object.is_array() {
            object.get(js_string!("length"), ctx)?.to_length(ctx)?
        } else if is_plain(&object, ctx) {
            let mut keys = 0;
            for key in object.own_property_keys(ctx)? {
                let enumerable = !matches!(key, PropertyKey::Symbol(_))
                    && object
                        .borrow()
                        .properties()
                        .get(&key)
                        .is_some_and(|property| property.enumerable() == Some(true));
                keys += u64::from(enumerable);
            }
            keys
        } else {
            return Ok(false);
        }
    } else {
        return Ok(false);
    };
    Ok(subject.holds(size == 0))
}

fn include(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    if subject.is_set(js_string!("deep"), ctx)? {
        return Ok(false);
    }
    let value = argument(args, 0);
    if let (Some(text), Some(part)) = (subject.object.as_string(), value.as_string()) {
        return Ok(subject.holds(contains(&text, &part)));
    }
    match subject.object.as_object() {
        Some(array) if array.is_array() => {
            let length = array.get(js_string!("length"), ctx)?.to_length(ctx)?;
            for index in 0..length {
                let item = array.get(index, ctx)?;
                // chai's `indexOf`: NaN is never found in an array.
                if item.strict_equals(&value) {
                    return Ok(subject.holds(true));
                }
            }
            Ok(subject.holds(false))
        }
        _ => Ok(false),
    }
}

/// `String.prototype.indexOf(part) !== -1`, on UTF-16 code units.
fn contains(text: &JsString, part: &JsString) -> bool {
    let text: Vec<u16> = text.iter().collect();
    let part: Vec<u16> = part.iter().collect();
    part.is_empty()
        || text
            .windows(part.len())
            .any(|window| window == part.as_slice())
}

fn length_of(subject: &Subject, args: &[JsValue], ctx: &mut Context) -> JsResult<bool> {
    let size = match subject.object.as_object() {
        Some(array) if array.is_array() => array.get(js_string!("length"), ctx)?,
        Some(_) => return Ok(false),
        None => match subject.object.as_string() {
            Some(text) => JsValue::from(text.len()),
            None => return Ok(false),
        },
    };
    // chai counts loosely (`lengthOf('2')`): only a number is settled here.
    let wanted = argument(args, 0);
    if !wanted.is_number() {
        return Ok(false);
    }
    Ok(subject.holds(size.strict_equals(&wanted)))
}
