//! Variables: `pm.environment`, `pm.globals`, `pm.collectionVariables`, `pm.variables` and the rest, natively where the host can be exact.

use super::*;
use crate::vars::ScopeName;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("get", 2, get),
    ("has", 2, has),
    ("set", 4, set),
    ("unset", 2, unset),
    ("clear", 1, clear),
    ("toObject", 1, to_object),
    ("replaceIn", 2, replace_in),
];

/// The scope a script names, for writing (`variables` writes the local one).
fn scope_mut<'s>(scopes: &'s mut Scopes, name: &str) -> Option<&'s mut Scope> {
    ScopeName::from_name(name).map(|name| scopes.named_mut(name))
}

fn lookup(scopes: &Scopes, scope: &str, key: &str) -> Option<Variable> {
    let name = ScopeName::from_name(scope)?;
    scopes.get_in(name, key).cloned()
}

/// A variable's value as scripts see it: typed values come back typed.
fn variable_value(var: &Variable, ctx: &mut Context) -> JsResult<JsValue> {
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
    let host = host(ctx)?;
    let mut host = host.borrow_mut();
    if let Some(target) = scope_mut(&mut host.scopes, &scope) {
        target.set_typed(&key, value, typed);
    }
    Ok(JsValue::undefined())
}

fn unset(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (scope, key) = (string_arg(args, 0, ctx)?, string_arg(args, 1, ctx)?);
    let host = host(ctx)?;
    if let Some(target) = scope_mut(&mut host.borrow_mut().scopes, &scope) {
        target.unset(&key);
    }
    Ok(JsValue::undefined())
}

fn clear(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let scope = string_arg(args, 0, ctx)?;
    let host = host(ctx)?;
    if let Some(target) = scope_mut(&mut host.borrow_mut().scopes, &scope) {
        *target = Scope::default();
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
    let host = host(ctx)?;
    if let Some(target) = scope_mut(&mut host.borrow_mut().scopes, scope) {
        target.set_typed(&key, value, typed);
    }
    Ok(Some(JsValue::undefined()))
}

fn to_object(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let scope = string_arg(args, 0, ctx)?;
    let host = host(ctx)?;
    let map = {
        let host = host.borrow();
        let scopes = &host.scopes;
        let layers = ScopeName::from_name(&scope).map_or_else(Vec::new, |n| scopes.layers(n));
        let mut map = serde_json::Map::new();
        for var in layers
            .into_iter()
            .flat_map(Scope::variables)
            .filter(|v| v.enabled)
        {
            map.insert(var.key.clone(), json_of(var));
        }
        map
    };
    Ok(super::json::from_value(
        &serde_json::Value::Object(map),
        ctx,
    ))
}

fn json_of(var: &Variable) -> serde_json::Value {
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
        Some(ScopeName::Variables) => host.scopes.resolve(&input, &mut unresolved),
        name => {
            let mut only = Scopes {
                max_expanded: host.scopes.max_expanded,
                ..Scopes::default()
            };
            if let Some(name) = name {
                *only.named_mut(name) = host.scopes.named(name).clone();
            }
            only.resolve(&input, &mut unresolved)
        }
    };
    if let Some(message) = unresolved.too_large_message() {
        return Err(JsNativeError::range().with_message(message).into());
    }
    Ok(text(resolved))
}
