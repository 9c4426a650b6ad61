//! `vars`: variable scopes and `{{name}}` resolution.
//!
//! Owns the scopes (global < collection < environment < data < local),
//! substitution of `{{name}}` and dynamic `{{$name}}` variables, the casts
//! by a variable's declared type (`cast`), and the set of secret values
//! that reporters must mask. Knows nothing about HTTP.

mod cast;
mod dynamic;
pub use cast::{Read, cast_out};
pub(crate) use dynamic::title as upper_first;
pub use dynamic::{NAMES as DYNAMIC_NAMES, seed as seed_dynamic};
pub mod secrets;

use crate::load::{Declared, ScopeFile, VarType, Variable};

/// How many passes nested references get before giving up: Postman's limit
/// (a cycle ends on the same name as in Newman).
const MAX_DEPTH: usize = 19;

/// The default of `--max-variable-size`: how long a text may grow while its
/// variables are substituted (`{{lol}}` → `{{lol}}{{lol}}…` grows
/// exponentially).
pub const DEFAULT_MAX_EXPANDED: usize = 16 << 20;

/// What a resolution could not do.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Unresolved {
    /// Names nobody defines, in order of first use.
    pub names: Vec<String>,
    /// The text would have grown past this many bytes: it was left as it
    /// stood before, and the caller must treat it as an error.
    pub too_large: Option<usize>,
    /// Secret-typed variables the text uses whose value is empty (a shared
    /// environment has its secrets emptied), in order of first use.
    pub empty_secrets: Vec<String>,
}

impl Unresolved {
    /// The error for a text that grew too large, naming the flag.
    pub fn too_large_message(&self) -> Option<String> {
        self.too_large.map(|limit| {
            format!(
                "substituting variables makes the text longer than {limit} bytes \
                 (a variable that refers to itself several times?); \
                 --max-variable-size raises the limit"
            )
        })
    }
}

/// One scope: an ordered list of variables where the last enabled key wins.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    vars: Vec<Variable>,
    /// What the file it was read from (an environment or globals file)
    /// says of itself: scripts see its `id` and `name` in `toJSON()`.
    /// Shared: scopes are copied for every iteration and globals snapshot.
    file: Option<std::sync::Arc<ScopeFile>>,
}

/// The typed text a script's `undefined` is kept as until its script ends.
pub const UNDEFINED: &str = "undefined";

/// A typed value (JSON text) as JavaScript's `String(value)` writes it,
/// which is what Newman substitutes: `[object Object]` for an object, an
/// array's items joined by commas, an empty text for `undefined`.
pub fn js_text(json: &str) -> String {
    if json == UNDEFINED {
        return String::new();
    }
    match serde_json::from_str::<serde_json::Value>(json) {
        Ok(value) => js_string(&value, true),
        Err(_) => json.to_string(),
    }
}

/// JavaScript's `String(value)` of a JSON value (`top`: not inside an array).
fn js_string(value: &serde_json::Value, top: bool) -> String {
    use serde_json::Value;
    match value {
        Value::Null if top => "null".into(),
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|v| js_string(v, false))
            .collect::<Vec<_>>()
            .join(","),
        Value::Object(_) => "[object Object]".into(),
    }
}

impl Scope {
    /// A scope holding these variables (disabled ones are kept but never match).
    /// Values are cast by the type each variable declares, as Newman's are.
    pub fn new(mut vars: Vec<Variable>) -> Self {
        for var in &mut vars {
            if var.declared != Declared::Any {
                let value = std::mem::take(&mut var.value);
                (var.value, var.typed) = cast::cast_in(var.declared, value, var.typed);
            }
        }
        Scope { vars, file: None }
    }

    /// The same scope, saying what the file it was read from says of itself.
    pub fn with_file(mut self, file: ScopeFile) -> Self {
        self.file = (file != ScopeFile::default()).then(|| std::sync::Arc::new(file));
        self
    }

    /// What the file it was read from says of itself, when it was read from one.
    pub fn file(&self) -> Option<&ScopeFile> {
        self.file.as_deref()
    }

    /// The `id` of the file it was read from.
    pub fn id(&self) -> Option<&str> {
        self.file().and_then(|f| f.id.as_deref())
    }

    /// The `name` of the file it was read from.
    pub fn name(&self) -> Option<&str> {
        self.file().and_then(|f| f.name.as_deref())
    }

    /// Removes every variable, keeping which file it was read from;
    /// returns the switched-off ones, in order.
    pub fn clear(&mut self) -> Vec<Variable> {
        let mut off = std::mem::take(&mut self.vars);
        off.retain(|v| !v.enabled);
        off
    }

    /// Puts switched-off variables back before the others.
    pub fn restore_off(&mut self, off: Vec<Variable>) {
        self.vars.splice(0..0, off);
    }

    /// The enabled variable with this name; the last one wins, as in Newman.
    pub fn get(&self, key: &str) -> Option<&Variable> {
        self.vars.iter().rev().find(|v| v.enabled && v.key == key)
    }

    /// Sets a text value, keeping the variable's type if it exists.
    pub fn set(&mut self, key: &str, value: impl Into<String>) {
        self.set_typed(key, value, false);
    }

    /// Every `undefined` value set by a script becomes `null`.
    fn settle_undefined(&mut self) {
        for var in &mut self.vars {
            if var.typed && var.value == UNDEFINED {
                var.value = "null".into();
            }
        }
    }

    /// Sets a value; `typed` says it is the JSON text of a non-string value.
    pub fn set_typed(&mut self, key: &str, value: impl Into<String>, typed: bool) {
        let value = value.into();
        match self
            .vars
            .iter_mut()
            .rev()
            .find(|v| v.enabled && v.key == key)
        {
            Some(var) => (var.value, var.typed) = cast::cast_in(var.declared, value, typed),
            None => self.vars.push(Variable {
                key: key.into(),
                value,
                kind: VarType::Default,
                enabled: true,
                written_disabled: false,
                typed,
                declared: Declared::Any,
            }),
        }
    }

    /// Removes every enabled variable with this name: switched-off ones
    /// stay, as the collection SDK's `unset` leaves them.
    pub fn unset(&mut self, key: &str) {
        self.vars.retain(|v| v.key != key || !v.enabled);
    }

    /// Sets a value and marks it secret.
    pub fn set_secret(&mut self, key: &str, value: impl Into<String>) {
        self.set(key, value);
        if let Some(var) = self
            .vars
            .iter_mut()
            .rev()
            .find(|v| v.enabled && v.key == key)
        {
            var.kind = VarType::Secret;
        }
    }

    /// Makes every name whose variable differs between `before` and
    /// `after` (set, changed, unset) as it is in `after`, and leaves the
    /// other names as they are here.
    pub fn apply_changes(&mut self, before: &Scope, after: &Scope) {
        let mut names: Vec<&str> = before.vars.iter().map(|v| v.key.as_str()).collect();
        names.extend(after.vars.iter().map(|v| v.key.as_str()));
        names.sort_unstable();
        names.dedup();
        for name in names {
            let now = after.get(name);
            if before.get(name) == now {
                continue;
            }
            match now {
                Some(var) => match self
                    .vars
                    .iter_mut()
                    .rev()
                    .find(|v| v.enabled && v.key == name)
                {
                    Some(mine) => *mine = var.clone(),
                    None => self.vars.push(var.clone()),
                },
                None => self.unset(name),
            }
        }
    }

    /// All variables in order, disabled ones included.
    pub fn variables(&self) -> &[Variable] {
        &self.vars
    }
}

/// The five scopes a run resolves against.
#[derive(Debug, Clone, Default)]
pub struct Scopes {
    /// Globals file and `--global-var`.
    pub globals: Scope,
    /// Collection variables.
    pub collection: Scope,
    /// Environment file and `--env-var`.
    pub environment: Scope,
    /// The current iteration's data row.
    pub data: Scope,
    /// Set by scripts for the current run (`pm.variables.set`).
    pub local: Scope,
    /// `{{vault:name}}` values, always secret, keyed `vault:name`.
    pub vault: Scope,
    /// `--max-variable-size`: the longest a text may grow while resolved
    /// (`0` means [`DEFAULT_MAX_EXPANDED`]).
    pub max_expanded: usize,
}

/// The scopes scripts name: `pm.globals`, `pm.collectionVariables`,
/// `pm.environment`, `pm.iterationData`, `pm.variables`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScopeName {
    /// `pm.globals`.
    Globals,
    /// `pm.collectionVariables`.
    Collection,
    /// `pm.environment`.
    Environment,
    /// `pm.iterationData`.
    Data,
    /// `pm.variables`: reads resolve through every scope, writes go to the
    /// local one.
    Variables,
}

impl ScopeName {
    /// The scope the prelude names `name` (`environment`, `variables`, …).
    pub fn from_name(name: &str) -> Option<ScopeName> {
        Some(match name {
            "globals" => ScopeName::Globals,
            "collection" => ScopeName::Collection,
            "environment" => ScopeName::Environment,
            "data" => ScopeName::Data,
            "variables" => ScopeName::Variables,
            _ => return None,
        })
    }
}

impl Scopes {
    /// The scope `name` writes to.
    pub fn named(&self, name: ScopeName) -> &Scope {
        match name {
            ScopeName::Globals => &self.globals,
            ScopeName::Collection => &self.collection,
            ScopeName::Environment => &self.environment,
            ScopeName::Data => &self.data,
            ScopeName::Variables => &self.local,
        }
    }

    /// The scope `name` writes to, for writing.
    pub fn named_mut(&mut self, name: ScopeName) -> &mut Scope {
        match name {
            ScopeName::Globals => &mut self.globals,
            ScopeName::Collection => &mut self.collection,
            ScopeName::Environment => &mut self.environment,
            ScopeName::Data => &mut self.data,
            ScopeName::Variables => &mut self.local,
        }
    }

    /// What `name` reads a key as: `pm.variables` looks through every scope.
    pub fn get_in(&self, name: ScopeName, key: &str) -> Option<&Variable> {
        match name {
            ScopeName::Variables => self.lookup(key),
            name => self.named(name).get(key),
        }
    }

    /// The scopes `name` shows, outermost first (later ones win).
    pub fn layers(&self, name: ScopeName) -> Vec<&Scope> {
        match name {
            ScopeName::Variables => vec![
                &self.globals,
                &self.collection,
                &self.environment,
                &self.data,
                &self.local,
            ],
            name => vec![self.named(name)],
        }
    }

    /// Innermost scope first: the order names are looked up in. Vault
    /// names (`vault:…`) cannot clash with the others.
    fn innermost_first(&self) -> [&Scope; 6] {
        [
            &self.local,
            &self.data,
            &self.environment,
            &self.collection,
            &self.globals,
            &self.vault,
        ]
    }

    /// The variable a name resolves to, looking from the local scope outwards.
    pub fn lookup(&self, key: &str) -> Option<&Variable> {
        self.innermost_first().into_iter().find_map(|s| s.get(key))
    }

    /// Substitutes every `{{name}}` in `text`. Names nobody defines stay as
    /// written (as in Newman) and are added to `unresolved`; a text that
    /// would grow past the limit stops growing and is marked there.
    pub fn resolve(&self, text: &str, unresolved: &mut Unresolved) -> String {
        self.resolve_for(Reader::Request, text, unresolved)
    }

    /// [`Scopes::resolve`] as a script's `replaceIn` reads the names: a
    /// `null` from a JSON data file is the text `null` there.
    pub fn resolve_in_script(&self, text: &str, unresolved: &mut Unresolved) -> String {
        self.resolve_for(Reader::Script, text, unresolved)
    }

    fn resolve_for(&self, reader: Reader, text: &str, unresolved: &mut Unresolved) -> String {
        if !text.contains("{{") {
            return text.to_string();
        }
        let limit = match self.max_expanded {
            0 => DEFAULT_MAX_EXPANDED,
            limit => limit,
        };
        for name in references(text) {
            let empty_secret = self
                .lookup(name)
                .is_some_and(|var| var.kind == VarType::Secret && var.value.is_empty());
            if empty_secret && !unresolved.empty_secrets.iter().any(|n| n == name) {
                unresolved.empty_secrets.push(name.to_string());
            }
        }
        let mut current = text.to_string();
        for _ in 0..MAX_DEPTH {
            match self.substitute_once(reader, &current, limit) {
                Pass::Replaced(next) => current = next,
                Pass::Unchanged => break,
                Pass::TooLarge => {
                    unresolved.too_large = Some(limit);
                    break;
                }
            }
        }
        for name in references(&current) {
            if !unresolved.names.iter().any(|u| u == name) {
                unresolved.names.push(name.to_string());
            }
        }
        current
    }

    /// One pass of substitution.
    fn substitute_once(&self, reader: Reader, text: &str, limit: usize) -> Pass {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        let mut replaced = false;
        while let Some((start, name, end)) = next_reference(rest) {
            out.push_str(&rest[..start]);
            match self.value_of(reader, name) {
                Some(value) => {
                    out.push_str(&value);
                    replaced = true;
                }
                None => out.push_str(&rest[start..end]),
            }
            if out.len() > limit {
                return Pass::TooLarge;
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        match (replaced, out.len() > limit) {
            (_, true) => Pass::TooLarge,
            (true, false) => Pass::Replaced(out),
            (false, false) => Pass::Unchanged,
        }
    }

    fn value_of(&self, reader: Reader, name: &str) -> Option<String> {
        if let Some(var) = self.lookup(name) {
            // A `null` in a JSON data file stays `{{name}}` in a request in
            // Newman, over any outer scope's value; scripts read `null`.
            let from_data = self
                .data
                .get(name)
                .is_some_and(|data| std::ptr::eq(var, data));
            if reader == Reader::Request && var.typed && var.value == "null" && from_data {
                return None;
            }
            if let Some(text) = cast::substituted(var) {
                return Some(text);
            }
            return Some(match var.typed {
                true => js_text(&var.value),
                false => var.value.clone(),
            });
        }
        name.strip_prefix('$').and_then(dynamic::generate)
    }

    /// A script's `undefined` becomes `null` once the script is over, as
    /// Newman's values do when they leave the sandbox as JSON.
    pub fn settle_undefined(&mut self) {
        for scope in [
            &mut self.local,
            &mut self.data,
            &mut self.environment,
            &mut self.collection,
            &mut self.globals,
        ] {
            scope.settle_undefined();
        }
    }

    /// Every non-empty value of a secret-typed variable in any scope.
    pub fn secret_values(&self) -> Vec<String> {
        let mut secrets: Vec<String> = self
            .innermost_first()
            .into_iter()
            .flat_map(|scope| scope.variables())
            .filter(|v| v.kind == VarType::Secret && !v.value.is_empty())
            // A script's `null` or `undefined` in a secret variable is no secret.
            .filter(|v| !(v.typed && (v.value == "null" || v.value == UNDEFINED)))
            .map(|v| v.value.clone())
            .collect();
        secrets.sort();
        secrets.dedup();
        secrets
    }
}

/// Who reads a `{{name}}`: the request being built, or a script's
/// `replaceIn` (they differ on a JSON data file's `null`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    Request,
    Script,
}

/// How one pass of substitution went.
enum Pass {
    Replaced(String),
    Unchanged,
    TooLarge,
}

/// The names in every `{{vault:name}}` reference in `text`.
pub fn vault_references(text: &str) -> Vec<&str> {
    references(text)
        .into_iter()
        .filter_map(|name| name.strip_prefix("vault:"))
        .collect()
}

/// The names of all `{{name}}` references left in `text`.
pub fn references(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some((_, name, end)) = next_reference(rest) {
        names.push(name);
        rest = &rest[end..];
    }
    names
}

/// The first `{{name}}` in `text` whose name holds no brace, as
/// `(start, name, end)`; `{{a{{b}}}}` yields `b` first, so nesting works.
fn next_reference(text: &str) -> Option<(usize, &str, usize)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    // A search for one byte is a memchr; one for "{{" set up a substring
    // searcher at every call, which made scanning a large collection slow.
    while let Some(offset) = text[from..].find('{') {
        let start = from + offset;
        if bytes.get(start + 1) != Some(&b'{') {
            from = start + 1;
            continue;
        }
        let mut at = start + 2;
        while at < bytes.len() {
            match bytes[at] {
                b'}' if bytes.get(at + 1) == Some(&b'}') => {
                    return Some((start, &text[start + 2..at], at + 2));
                }
                b'{' | b'}' => break,
                _ => at += 1,
            }
        }
        from = start + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn var(key: &str, value: &str) -> Variable {
        Variable {
            key: key.into(),
            value: value.into(),
            kind: VarType::Default,
            enabled: true,
            written_disabled: false,
            typed: false,
            declared: Declared::Any,
        }
    }

    fn off(key: &str, value: &str) -> Variable {
        Variable {
            enabled: false,
            written_disabled: true,
            ..var(key, value)
        }
    }

    #[test]
    fn unset_and_clear_spare_switched_off_variables_as_the_sdk_does() {
        let mut scope = Scope::default();
        for v in [
            off("a", "0"),
            var("a", "1"),
            var("a", "2"),
            off("b", "3"),
            var("c", "4"),
        ] {
            scope.vars.push(v);
        }
        scope.unset("a");
        let keys = |scope: &Scope| {
            (scope.variables().iter())
                .map(|v| {
                    format!(
                        "{}={}{}",
                        v.key,
                        v.value,
                        if v.enabled { "" } else { " off" }
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(&scope), ["a=0 off", "b=3 off", "c=4"]);
        assert_eq!(scope.get("a"), None);
        // A script sees the scope empty; the run gets the switched-off ones back.
        let spared = scope.clear();
        assert!(scope.variables().is_empty());
        scope.set("d", "5");
        scope.restore_off(spared);
        assert_eq!(keys(&scope), ["a=0 off", "b=3 off", "d=5"]);
    }

    fn resolve(scopes: &Scopes, text: &str) -> (String, Vec<String>) {
        let mut unresolved = Unresolved::default();
        let out = scopes.resolve(text, &mut unresolved);
        (out, unresolved.names)
    }

    #[test]
    fn an_expansion_bomb_stops_at_the_limit() {
        let mut scopes = Scopes {
            max_expanded: 1 << 16,
            ..Scopes::default()
        };
        scopes
            .environment
            .set("lol", "{{lol}}{{lol}}{{lol}}{{lol}}");
        let mut unresolved = Unresolved::default();
        let out = scopes.resolve("x{{lol}}", &mut unresolved);
        assert_eq!(unresolved.too_large, Some(1 << 16));
        assert!(out.len() <= 1 << 16, "{}", out.len());
        assert!(
            unresolved
                .too_large_message()
                .unwrap()
                .contains("--max-variable-size")
        );
        // An honest text well under the limit is untouched by it.
        let mut unresolved = Unresolved::default();
        scopes.environment.set("a", "{{b}}{{b}}");
        scopes.environment.set("b", "xy");
        assert_eq!(scopes.resolve("{{a}}", &mut unresolved), "xyxy");
        assert_eq!(unresolved, Unresolved::default());
    }

    #[test]
    fn finds_innermost_reference() {
        assert_eq!(next_reference("x{{a}}y"), Some((1, "a", 6)));
        assert_eq!(next_reference("{{a{{b}}}}"), Some((3, "b", 8)));
        assert_eq!(next_reference("{{a}"), None);
        assert_eq!(next_reference("{{}}"), Some((0, "", 4)));
    }

    #[test]
    fn nested_values_and_names_resolve() {
        let scopes = Scopes {
            environment: Scope::new(vec![
                var("host", "{{scheme}}://x"),
                var("scheme", "https"),
                var("env", "prod"),
                var("url_prod", "p.example"),
            ]),
            ..Scopes::default()
        };
        assert_eq!(resolve(&scopes, "{{host}}/a").0, "https://x/a");
        assert_eq!(resolve(&scopes, "{{url_{{env}}}}").0, "p.example");
    }

    #[test]
    fn unresolved_stays_and_is_reported() {
        let scopes = Scopes::default();
        assert_eq!(
            resolve(&scopes, "a{{missing}}b"),
            ("a{{missing}}b".into(), vec!["missing".into()])
        );
    }

    #[test]
    fn cycles_stop() {
        let scopes = Scopes {
            globals: Scope::new(vec![var("a", "{{b}}"), var("b", "{{a}}")]),
            ..Scopes::default()
        };
        let (_, unresolved) = resolve(&scopes, "{{a}}");
        assert_eq!(unresolved.len(), 1);
    }

    #[test]
    fn last_enabled_duplicate_wins() {
        let mut off = var("k", "off");
        off.enabled = false;
        let scope = Scope::new(vec![var("k", "first"), var("k", "second"), off]);
        assert_eq!(scope.get("k").map(|v| v.value.as_str()), Some("second"));
    }

    #[test]
    fn defined_names_beat_dynamic_ones() {
        let mut scopes = Scopes::default();
        assert_ne!(resolve(&scopes, "{{$guid}}").0, "{{$guid}}");
        scopes.local.set("$guid", "fixed");
        assert_eq!(resolve(&scopes, "{{$guid}}").0, "fixed");
    }
}
