//! Variables: `pm.environment`, `pm.globals`, `pm.collectionVariables`, `pm.variables` and the rest, natively where the host can be exact.

use super::*;
use crate::vars::{Read, ScopeName};

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("get", 2, get),
    ("has", 2, has),
    ("set", 4, set),
    ("unset", 2, unset),
    ("clear", 1, clear),
    ("toObject", 1, to_object),
    ("scopeJSON", 1, scope_json),
    ("replaceIn", 2, replace_in),
];

fn lookup(scopes: &Scopes, scope: &str, key: &str) -> Option<Variable> {
    let name = ScopeName::from_name(scope)?;
    scopes.get_in(name, key).cloned()
}

/// A variable's value as scripts see it: typed values come back typed.
fn variable_value(var: &Variable, ctx: &mut Context) -> JsResult<JsValue> {
    match read(var, ctx)? {
        Read::Held => {}
        Read::Number(n) => return Ok(JsValue::from(n)),
        Read::Json(json) => return Ok(super::json::from_value(&json, ctx)),
        Read::Undefined => return Ok(JsValue::undefined()),
    }
    if var.typed && var.value == crate::vars::UNDEFINED {
        return Ok(JsValue::undefined());
    }
    if var.typed
        && let Ok(value) = super::json::parse(var.value.as_bytes(), ctx)
    {
        return Ok(value);
    }
    Ok(text(var.value.as_str()))
}

/// What reading `var` gives in a script ([`crate::vars::cast_out`]), with
/// Newman's sandbox quirk: scopes reach it as JSON, so a `number` variable
/// holding `NaN` reads as 0 there, unless this script set it.
fn read(var: &Variable, ctx: &Context) -> JsResult<Read> {
    Ok(sandbox_read(var, &host(ctx)?.borrow()))
}

fn sandbox_read(var: &Variable, host: &Host) -> Read {
    match crate::vars::cast_out(var) {
        Read::Number(n) if !n.is_finite() && !set_here(host, &var.key) => Read::Number(0.0),
        read => read,
    }
}

fn set_here(host: &Host, key: &str) -> bool {
    host.mutations
        .iter()
        .any(|m| m.key == key && m.change != Change::Unset)
}

fn get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, key) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    let found = lookup(&host(ctx)?.borrow().scopes, &scope, &key);
    match found {
        Some(var) => variable_value(&var, ctx),
        None => Ok(JsValue::undefined()),
    }
}

fn has(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, key) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    let found = lookup(&host(ctx)?.borrow().scopes, &scope, &key).is_some();
    Ok(JsValue::from(found))
}

fn set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, key, value) = (
        string_arg(args, 0, ctx)?,
        string_arg(args, 1, ctx)?,
        string_arg(args, 2, ctx)?,
    );
    let typed = args.get(3).is_some_and(JsValue::to_boolean);
    set_in(&mut host(ctx)?.borrow_mut(), &scope, key, value, typed);
    Ok(JsValue::undefined())
}

/// A variable a script set or unset, as `toJSON()`'s `mutations` list it:
/// `[key, value]` or `[key]`. The value is not kept: a key's last change is
/// the one listed, and after a set the scope holds its value.
#[derive(Debug)]
pub struct Mutation {
    scope: ScopeName,
    key: String,
    change: Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Set,
    /// Set to `undefined` (listed as `null`).
    SetUndefined,
    Unset,
}

impl Mutation {
    fn undefined(&self) -> bool {
        self.change == Change::SetUndefined
    }

    /// `[key, value]`, or `[key]` for an unset.
    fn json(&self, scopes: &Scopes) -> serde_json::Value {
        let mut change = vec![serde_json::Value::String(self.key.clone())];
        match self.change {
            Change::Unset => {}
            Change::SetUndefined => change.push(serde_json::Value::Null),
            Change::Set => {
                let held = scopes.named(self.scope).get(&self.key);
                change.push(held.map_or(serde_json::Value::Null, held_json));
            }
        }
        serde_json::Value::Array(change)
    }
}

/// Once a script is over, a variable it set to `undefined` holds what its
/// type makes of `null`, as in Newman, where the change leaves the sandbox
/// as JSON and is cast again outside (a `string` variable then holds
/// `"null"`, a `number` one 0; one of no type becomes `null` anyway).
pub(in crate::script) fn settle_undefined(mutations: &[Mutation], scopes: &mut Scopes) {
    if !mutations.iter().any(Mutation::undefined) {
        return;
    }
    // Each variable's last change counts: read from the end.
    let mut seen = std::collections::HashSet::new();
    for mutation in mutations.iter().rev() {
        if seen.insert((mutation.scope, mutation.key.as_str())) && mutation.undefined() {
            scopes
                .named_mut(mutation.scope)
                .set_typed(&mutation.key, "null", true);
        }
    }
}

fn set_in(host: &mut Host, scope: &str, key: String, value: String, typed: bool) {
    let Some(name) = ScopeName::from_name(scope) else {
        return;
    };
    let change = match typed && value == crate::vars::UNDEFINED {
        true => Change::SetUndefined,
        false => Change::Set,
    };
    host.scopes.named_mut(name).set_typed(&key, value, typed);
    host.mutations.push(Mutation {
        scope: name,
        key,
        change,
    });
}

fn unset_in(host: &mut Host, name: ScopeName, key: String) {
    host.scopes.named_mut(name).unset(&key);
    host.mutations.push(Mutation {
        scope: name,
        key,
        change: Change::Unset,
    });
}

fn unset(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, key) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    if let Some(name) = ScopeName::from_name(&scope) {
        unset_in(&mut host(ctx)?.borrow_mut(), name, key);
    }
    Ok(JsValue::undefined())
}

/// Unsets each variable in turn, as Newman's `clear` does (each one is a
/// mutation), keeping which file the scope was read from; the script sees
/// the scope empty, the run gets its switched-off variables back
/// (`Host::cleared_off`).
fn clear(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let scope = string_arg(args, 0, ctx)?;
    if let Some(name) = ScopeName::from_name(&scope) {
        let host = host(ctx)?;
        let mut host = host.borrow_mut();
        let keys: Vec<String> = host
            .scopes
            .named(name)
            .variables()
            .iter()
            .map(|v| v.key.clone())
            .collect();
        for key in keys {
            unset_in(&mut host, name, key);
        }
        let off = host.scopes.named_mut(name).clear();
        if !off.is_empty() {
            host.cleared_off.push((name, off));
        }
    }
    Ok(JsValue::undefined())
}

/// `pm.environment.get`, `.has` and `.set` (and the other scopes'): the
/// calls scripts make most, natively in front of the prelude's `Scope`
/// methods (pm.js), which still take what the host cannot do as exactly:
/// a key that is not text, a value that becomes JSON.
pub fn install_scope_methods(prototype: &JsObject, ctx: &mut Context) -> JsResult<()> {
    let methods: [(&str, ScopeMethod); 3] =
        [("get", scope_get), ("has", scope_has), ("set", scope_set)];
    for (name, method) in methods {
        let prelude = prototype
            .get(JsString::from(name), ctx)?
            .as_callable()
            .ok_or_else(|| JsNativeError::typ().with_message("the prelude's Scope is missing"))?;
        let native = NativeFunction::from_copy_closure_with_captures(
            scope_shortcut,
            (Shortcut(method), prelude),
        );
        let function = FunctionObjectBuilder::new(ctx.realm(), native)
            .name(JsString::from(name))
            .build();
        prototype.set(JsString::from(name), function, true, ctx)?;
    }
    Ok(())
}

/// A native scope method: `None` hands the call to the prelude's.
type ScopeMethod = fn(&str, &[JsValue], &mut Context) -> JsResult<Option<JsValue>>;

#[derive(Clone, Copy)]
struct Shortcut(ScopeMethod);

impl Finalize for Shortcut {}

// SAFETY: a function pointer holds nothing to trace.
unsafe impl Trace for Shortcut {
    empty_trace!();
}

fn scope_shortcut(
    this: &JsValue,
    args: &[JsValue],
    (Shortcut(method), prelude): &(Shortcut, JsObject),
    ctx: &mut Context,
) -> JsResult<JsValue> {
    if let Some(scope) = this.as_object() {
        let name = scope.get(js_string!("_name"), ctx)?;
        if let Some(name) = name.as_string()
            && let Some(result) = method(&rust_string(&name), args, ctx)?
        {
            return Ok(result);
        }
    }
    prelude.call(this, args, ctx)
}

/// A key the prelude's `String(key)` and the host agree on.
fn plain_key(args: &[JsValue], ctx: &mut Context) -> JsResult<Option<String>> {
    match args.first() {
        Some(key) if key.is_string() || key.is_number() => {
            Ok(Some(rust_string(&key.to_string(ctx)?)))
        }
        _ => Ok(None),
    }
}

fn scope_get(scope: &str, args: &[JsValue], ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let Some(key) = plain_key(args, ctx)? else {
        return Ok(None);
    };
    match lookup(&host(ctx)?.borrow().scopes, scope, &key) {
        Some(var) => variable_value(&var, ctx).map(Some),
        None => Ok(Some(JsValue::undefined())),
    }
}

fn scope_has(scope: &str, args: &[JsValue], ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let Some(key) = plain_key(args, ctx)? else {
        return Ok(None);
    };
    let found = lookup(&host(ctx)?.borrow().scopes, scope, &key).is_some();
    Ok(Some(JsValue::from(found)))
}

/// Text and `undefined` (kept as such until the script ends) only:
/// anything else is JSON, as the prelude writes it.
fn scope_set(scope: &str, args: &[JsValue], ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let (value, typed) = match args.get(1) {
        None => (crate::vars::UNDEFINED.to_string(), true),
        Some(value) if value.is_undefined() => (crate::vars::UNDEFINED.to_string(), true),
        Some(value) => match value.as_string() {
            Some(text) => (rust_string(&text), false),
            None => return Ok(None),
        },
    };
    let Some(key) = plain_key(args, ctx)? else {
        return Ok(None);
    };
    set_in(&mut host(ctx)?.borrow_mut(), scope, key, value, typed);
    Ok(Some(JsValue::undefined()))
}

fn to_object(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let scope = string_arg(args, 0, ctx)?;
    let host = host(ctx)?;
    let map = {
        let host = host.borrow();
        let scopes = &host.scopes;
        let layers = match scope.as_str() {
            // The legacy `data`: the row as the script started with it.
            "row" => vec![&host.row],
            _ => ScopeName::from_name(&scope).map_or_else(Vec::new, |n| scopes.layers(n)),
        };
        let mut map = serde_json::Map::new();
        // Switched-off variables too, the last of a name winning, as the
        // SDK's `toObject()` gathers them (`get` skips them in both).
        for var in layers.into_iter().flat_map(Scope::variables) {
            // An undefined value is no key, as in `JSON.stringify`.
            match json_of(var, sandbox_read(var, &host)) {
                Some(json) => map.insert(var.key.clone(), json),
                None => map.shift_remove(&var.key),
            };
        }
        map
    };
    Ok(super::json::from_value(
        &serde_json::Value::Object(map),
        ctx,
    ))
}

/// `scopeJSON(scope)`: the scope as Newman's `toJSON()` gives it: the
/// file's `id` (else one made for the run) and `name`, the `mutations`
/// this script made (not for `pm.iterationData`), and its own variables,
/// disabled ones included and in order, each `{ type, value, key }` with
/// its value typed (`pm.variables` lists only what scripts set on it; a
/// disabled collection variable says `disabled: true`, an environment's
/// only when its file wrote that flag rather than `enabled: false`).
fn scope_json(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let scope = string_arg(args, 0, ctx)?;
    let Some(name) = ScopeName::from_name(&scope) else {
        return Ok(JsValue::undefined());
    };
    let host = host(ctx)?;
    let file_id = host.borrow().scopes.named(name).id().map(String::from);
    let id = match file_id {
        Some(id) => id,
        None => scope_id(name, ctx),
    };
    let json = {
        let host = host.borrow();
        let own = host.scopes.named(name);
        let mut out = serde_json::Map::new();
        out.insert("id".into(), id.into());
        if let Some(file_name) = own.name() {
            out.insert("name".into(), file_name.into());
        }
        if name != ScopeName::Data {
            out.insert("mutations".into(), mutations_json(&host, name));
        }
        let values = own
            .variables()
            .iter()
            .map(|var| value_json(var, name, set_here(&host, &var.key)))
            .collect();
        out.insert("values".into(), serde_json::Value::Array(values));
        serde_json::Value::Object(out)
    };
    Ok(super::json::from_value(&json, ctx))
}

/// `{ autoCompact, stream, compacted }`: the last change to each key, in
/// the order the keys were first changed.
fn mutations_json(host: &Host, name: ScopeName) -> serde_json::Value {
    let mut compacted = serde_json::Map::new();
    for mutation in host.mutations.iter().filter(|m| m.scope == name) {
        compacted.insert(mutation.key.clone(), mutation.json(&host.scopes));
    }
    serde_json::json!({ "autoCompact": true, "stream": [], "compacted": compacted })
}

/// One of `toJSON()`'s values: what the variable holds (a `number` one
/// holding `NaN` is `null`, or 0 when another script set it: see `read`).
fn value_json(var: &Variable, name: ScopeName, set_here: bool) -> serde_json::Value {
    let mut entry = serde_json::Map::new();
    if !var.enabled && (name == ScopeName::Collection || var.written_disabled) {
        entry.insert("disabled".into(), serde_json::Value::Bool(true));
    }
    entry.insert("type".into(), var.declared.name().into());
    // `undefined` (kept as such until the script ends) is no value.
    if !(var.typed && var.value == crate::vars::UNDEFINED) {
        let held = match crate::vars::cast_out(var) {
            Read::Number(n) if !n.is_finite() => {
                serde_json::json!(if set_here { None } else { Some(0) })
            }
            _ => held_json(var),
        };
        entry.insert("value".into(), held);
    }
    entry.insert("key".into(), var.key.clone().into());
    serde_json::Value::Object(entry)
}

/// The `id` a scope read from no file has: made once per engine.
fn scope_id(name: ScopeName, ctx: &mut Context) -> String {
    if ctx.get_data::<ScopeIds>().is_none() {
        ctx.insert_data(ScopeIds::default());
    }
    let Some(ids) = ctx.get_data::<ScopeIds>() else {
        return uuid::Uuid::new_v4().to_string();
    };
    let mut ids = ids.0.borrow_mut();
    match ids.iter().find(|(n, _)| *n == name) {
        Some((_, id)) => id.clone(),
        None => {
            let id = uuid::Uuid::new_v4().to_string();
            ids.push((name, id.clone()));
            id
        }
    }
}

#[derive(Default)]
struct ScopeIds(RefCell<Vec<(ScopeName, String)>>);

impl Finalize for ScopeIds {}

// SAFETY: holds no garbage-collected value.
unsafe impl Trace for ScopeIds {
    empty_trace!();
}

/// A variable's value as JSON, from what reading it gives; `None` for
/// nothing.
fn json_of(var: &Variable, read: Read) -> Option<serde_json::Value> {
    match read {
        Read::Held => Some(held_json(var)),
        Read::Number(n) => Some(serde_json::json!(n)),
        Read::Json(json) => Some(json),
        Read::Undefined => None,
    }
}

/// What a variable holds, as JSON: typed values with their type.
fn held_json(var: &Variable) -> serde_json::Value {
    if var.typed
        && let Ok(json) = serde_json::from_str(&var.value)
    {
        return json;
    }
    serde_json::Value::String(var.value.clone())
}

fn replace_in(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, input) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    let host = host(ctx)?;
    let host = host.borrow();
    let mut unresolved = crate::vars::Unresolved::default();
    let resolved = match ScopeName::from_name(&scope) {
        Some(ScopeName::Variables) => host.scopes.resolve_in_script(&input, &mut unresolved),
        name => {
            let mut only = Scopes {
                max_expanded: host.scopes.max_expanded,
                ..Scopes::default()
            };
            if let Some(name) = name {
                *only.named_mut(name) = host.scopes.named(name).clone();
            }
            only.resolve_in_script(&input, &mut unresolved)
        }
    };
    if let Some(message) = unresolved.too_large_message() {
        return Err(JsNativeError::range().with_message(message).into());
    }
    Ok(text(resolved))
}
