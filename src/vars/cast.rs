//! postman-collection's casts by a variable's declared `type`: what a
//! variable holds once a value is written to it (`castIn`) and what reading
//! it gives (`castOut`). Newman applies them to every scope's variables.

use super::{UNDEFINED, js_string, js_text};
use crate::load::{Declared, Variable, js_number_text};

/// What a variable of type `declared` holds when `value` is written to it
/// (`typed`: `value` is JSON text of a non-string, or [`UNDEFINED`]):
/// `String(value)`, `Number(value)`, `Boolean(value)`, or for arrays and
/// objects the JSON text.
pub fn cast_in(declared: Declared, value: String, typed: bool) -> (String, bool) {
    match declared {
        Declared::Any => (value, typed),
        Declared::String if typed && value == UNDEFINED => (UNDEFINED.into(), false),
        Declared::String if typed => (js_text(&value), false),
        Declared::String => (value, false),
        Declared::Number => number_held(to_number(&value, typed)),
        Declared::Boolean => (truthy(&value, typed).to_string(), true),
        // `JSON.stringify(undefined)` is no value at all.
        Declared::Array | Declared::Object => {
            let undefined = typed && value == UNDEFINED;
            (value, undefined)
        }
    }
}

/// What reading a variable gives, where its declared type changes it.
#[derive(Debug, PartialEq)]
pub enum Read {
    /// What it holds, as it holds it.
    Held,
    /// A number (`NaN` for text that is none).
    Number(f64),
    /// The array or object its JSON text holds.
    Json(serde_json::Value),
    /// Nothing: text that is not the array or object the type wants.
    Undefined,
}

/// `castOut`: numbers are read from text, arrays and objects parsed.
pub fn cast_out(var: &Variable) -> Read {
    match var.declared {
        Declared::Number if !var.typed => Read::Number(to_number(&var.value, false)),
        Declared::Array | Declared::Object => {
            let wanted = |v: &serde_json::Value| match var.declared {
                Declared::Array => v.is_array(),
                _ => v.is_object(),
            };
            match serde_json::from_str::<serde_json::Value>(&var.value) {
                Ok(json) if wanted(&json) => Read::Json(json),
                _ => Read::Undefined,
            }
        }
        _ => Read::Held,
    }
}

/// The text `{{name}}` becomes, where the declared type changes it: an
/// array's items joined by commas, `[object Object]`, or nothing.
pub fn substituted(var: &Variable) -> Option<String> {
    match cast_out(var) {
        Read::Held => None,
        Read::Number(n) => Some(js_number_text(n)),
        Read::Json(json) => Some(js_string(&json, true)),
        Read::Undefined => Some(String::new()),
    }
}

/// A number as a variable holds it: JSON when it is finite, else the text
/// JavaScript writes (`NaN`, `Infinity`), read back by [`cast_out`].
fn number_held(n: f64) -> (String, bool) {
    (js_number_text(n), n.is_finite())
}

/// JavaScript's `Number(value)`.
fn to_number(value: &str, typed: bool) -> f64 {
    if !typed {
        return text_number(value);
    }
    match serde_json::from_str::<serde_json::Value>(value) {
        Ok(serde_json::Value::Number(n)) => n.as_f64().unwrap_or(f64::NAN),
        Ok(serde_json::Value::Bool(b)) => f64::from(u8::from(b)),
        Ok(serde_json::Value::Null) => 0.0,
        // `Number([5])` is 5, `Number([])` 0: an array reads as its text.
        Ok(array @ serde_json::Value::Array(_)) => text_number(&js_string(&array, true)),
        _ => f64::NAN,
    }
}

/// JavaScript's `Number(text)`.
fn text_number(text: &str) -> f64 {
    crate::load::js_number(text.trim()).unwrap_or(f64::NAN)
}

/// JavaScript's `Boolean(value)`.
fn truthy(value: &str, typed: bool) -> bool {
    if !typed {
        return !value.is_empty();
    }
    match serde_json::from_str::<serde_json::Value>(value) {
        Ok(serde_json::Value::Bool(b)) => b,
        Ok(serde_json::Value::Number(n)) => n.as_f64().is_some_and(|n| n != 0.0 && !n.is_nan()),
        Ok(serde_json::Value::Null) | Err(_) => false,
        Ok(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_written_are_cast_as_postman_collection_casts_them() {
        let cases = [
            (Declared::String, "5", true, ("5", false)),
            (
                Declared::String,
                r#"{"a":1}"#,
                true,
                ("[object Object]", false),
            ),
            (Declared::String, UNDEFINED, true, ("undefined", false)),
            (Declared::Number, "7", false, ("7", true)),
            (Declared::Number, " 0x10 ", false, ("16", true)),
            (Declared::Number, "", false, ("0", true)),
            (Declared::Number, "abc", false, ("NaN", false)),
            (Declared::Number, "1.5", false, ("1.5", true)),
            (Declared::Number, "true", true, ("1", true)),
            (Declared::Boolean, "false", false, ("true", true)),
            (Declared::Boolean, "", false, ("false", true)),
            (Declared::Boolean, "0", true, ("false", true)),
            (Declared::Array, "[1,2]", true, ("[1,2]", false)),
            (Declared::Object, UNDEFINED, true, (UNDEFINED, true)),
            (Declared::Any, "5", true, ("5", true)),
        ];
        for (declared, value, typed, (held, held_typed)) in cases {
            assert_eq!(
                cast_in(declared, value.into(), typed),
                (held.to_string(), held_typed),
                "{declared:?} {value}"
            );
        }
    }

    #[test]
    fn reading_parses_what_the_type_wants_and_nothing_else() {
        let var = |declared, value: &str| Variable {
            key: "k".into(),
            value: value.into(),
            declared,
            ..Variable::default()
        };
        assert_eq!(
            cast_out(&var(Declared::Array, "[1,2]")),
            Read::Json(serde_json::json!([1, 2]))
        );
        assert_eq!(
            cast_out(&var(Declared::Array, r#"{"a":1}"#)),
            Read::Undefined
        );
        assert_eq!(cast_out(&var(Declared::Object, "[1]")), Read::Undefined);
        assert_eq!(
            substituted(&var(Declared::Array, "[1,[2,3]]")).as_deref(),
            Some("1,2,3")
        );
        assert_eq!(
            substituted(&var(Declared::Object, r#"{"a":1}"#)).as_deref(),
            Some("[object Object]")
        );
        assert!(matches!(cast_out(&var(Declared::Number, "NaN")), Read::Number(n) if n.is_nan()));
        assert_eq!(cast_out(&var(Declared::String, "x")), Read::Held);
    }
}
