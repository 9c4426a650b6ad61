//! JSON Schema validation for `ajv`, `tv4` and `pm.response.to.have.jsonSchema`,
//! on the `jsonschema` crate. Each error comes back in one neutral shape
//! (keyword, paths, params, ajv 6's message); `lib/ajv.js` and `lib/tv4.js`
//! word it as their library does.

use std::collections::HashMap;
use std::sync::Arc;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{Draft, Validator};
use serde_json::{Value, json};

use super::*;

/// The `__host` functions of this part: name, arity, function.
pub(super) const FUNCTIONS: &[(&str, usize, HostFn)] = &[
    ("schemaErrors", 4, schema_errors),
    ("schemaCompiles", 3, schema_compiles),
];

/// Compiled schemas kept for reuse: collections validate each response
/// against the same few schemas.
const CACHE: usize = 64;

thread_local! {
    static VALIDATORS: RefCell<HashMap<String, Arc<Validator>>> = RefCell::new(HashMap::new());
}

/// `schemaErrors(schema, data, draft, formats, inAjvOrder)`: every error
/// (in the order ajv 6 reports them when asked), as an array
/// of `{ keyword, dataPath, instancePath, schemaPath, params, message }`.
/// `draft` is 4, 6 or 7 (or 0: the schema's `$schema`, else draft 7);
/// `formats` says whether `format` is checked (ajv does, tv4 does not).
/// A schema that does not compile throws, naming the problem.
fn schema_errors(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let schema = json_arg(args, 0, ctx)?;
    let data = json_arg(args, 1, ctx)?;
    let draft = draft_arg(args.get(2), ctx)?;
    let formats = args.get(3).is_some_and(JsValue::to_boolean);
    let in_ajv_order = args.get(4).is_some_and(JsValue::to_boolean);
    let validator = validator(&schema, draft, formats)?;
    let mut errors = Vec::new();
    for (group, error) in validator.iter_errors(&data).enumerate() {
        for mut shape in neutral(&error, &schema, false) {
            shape["group"] = json!(group);
            errors.push(shape);
        }
    }
    if in_ajv_order && errors.len() > 1 {
        errors.sort_by_cached_key(|error| ajv_rank(&schema, &data, error));
    }
    Ok(json::from_value(&Value::Array(errors), ctx))
}

/// ajv 6's keywords in the order its generated code checks them: the
/// rules of each type's group (number, string, array, object), then those
/// for any type. Keywords one rule checks together share its place.
const AJV_RULES: [&[&str]; 5] = [
    &[
        "maximum exclusiveMaximum",
        "minimum exclusiveMinimum",
        "multipleOf",
    ],
    &["maxLength", "minLength", "pattern", "format"],
    &[
        "maxItems",
        "minItems",
        "items additionalItems",
        "contains",
        "uniqueItems",
    ],
    &[
        "maxProperties",
        "minProperties",
        "required",
        "dependencies",
        "propertyNames",
        "additionalProperties properties patternProperties",
    ],
    &[
        "$ref",
        "const",
        "enum",
        "not",
        "anyOf",
        "oneOf",
        "allOf",
        "if then else",
    ],
];

/// Where an error comes in ajv's report, as ajv's generated code walks
/// the schema and the data: at each schema, the keyword's place in
/// [`AJV_RULES`] (a `type` that a group of rules guards comes after them,
/// one with no such rules first); under `properties`, the schema's order
/// of names; under `items` and `additionalProperties`, the data's order; in
/// a list of schemas, the index; and an error of a keyword after those of
/// the schemas inside it (an `anyOf` after its branches'). jsonschema
/// reports in the schema's keyword order and, for `properties`, often the
/// data's.
fn ajv_rank(schema: &Value, data: &Value, error: &Value) -> Vec<(usize, usize)> {
    let segments: Vec<String> = error["schemaPath"]
        .as_str()
        .unwrap_or_default()
        .trim_start_matches('#')
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let path: Vec<&str> = error["path"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let mut walk = AjvWalk {
        rank: Vec::with_capacity(segments.len() + 1),
        node: schema,
        data,
        path: path.into_iter(),
    };
    let mut steps = segments.iter();
    while let Some(keyword) = steps.next() {
        if !walk.step(keyword, &mut steps) {
            break;
        }
    }
    // The keyword's own error after those inside it.
    walk.rank.push((usize::MAX, usize::MAX));
    walk.rank
}

/// Where [`ajv_rank`] is in the schema and the data.
struct AjvWalk<'a, 'p> {
    rank: Vec<(usize, usize)>,
    node: &'a Value,
    data: &'a Value,
    path: std::vec::IntoIter<&'p str>,
}

impl<'a> AjvWalk<'a, '_> {
    /// Goes down `keyword` of the schema at hand (and the name or index
    /// after it, for a keyword holding several schemas); `false` when the
    /// path leaves the schema.
    fn step<'s>(&mut self, keyword: &str, steps: &mut impl Iterator<Item = &'s String>) -> bool {
        self.rank.push(keyword_place(self.node, keyword));
        let Some(value) = self.node.get(keyword) else {
            return false;
        };
        self.node = value;
        match keyword {
            "properties" | "patternProperties" => {
                let Some(name) = steps.next() else {
                    return false;
                };
                let place = self
                    .node
                    .as_object()
                    .and_then(|map| map.keys().position(|k| k == name));
                self.rank.push((place.unwrap_or(usize::MAX), 0));
                // The data key this schema checked.
                self.descend_data();
                self.enter(name)
            }
            "definitions" | "dependencies" => match steps.next() {
                Some(name) => self.enter(name),
                None => false,
            },
            "allOf" | "anyOf" | "oneOf" => match steps.next() {
                Some(index) => {
                    self.rank.push((index.parse().unwrap_or(usize::MAX), 0));
                    self.enter(index)
                }
                None => false,
            },
            "items" if self.node.is_array() => match steps.next() {
                Some(index) => {
                    self.rank.push((index.parse().unwrap_or(usize::MAX), 0));
                    self.descend_data();
                    self.enter(index)
                }
                None => false,
            },
            "items" | "additionalItems" | "additionalProperties" | "contains" => {
                let at = self.descend_data();
                self.rank.push((at, 0));
                true
            }
            _ => true,
        }
    }

    /// Into the schema named `name` (or numbered) under the current one.
    fn enter(&mut self, name: &str) -> bool {
        let next = match self.node {
            Value::Array(list) => name.parse::<usize>().ok().and_then(|i| list.get(i)),
            _ => self.node.get(name),
        };
        match next {
            Some(node) => {
                self.node = node;
                true
            }
            None => false,
        }
    }

    /// One step down the error's data path: the place of that key or index
    /// in the data (ajv loops over the data there).
    fn descend_data(&mut self) -> usize {
        let Some(step) = self.path.next() else {
            return usize::MAX;
        };
        let (place, next) = match self.data {
            Value::Object(map) => (map.keys().position(|key| key == step), map.get(step)),
            Value::Array(list) => {
                let index = step.parse::<usize>().ok();
                (index, index.and_then(|i| list.get(i)))
            }
            _ => (None, None),
        };
        self.data = next.unwrap_or(&Value::Null);
        place.unwrap_or(usize::MAX)
    }
}

/// A keyword's place among its schema's in ajv's order: its group, then
/// its rule.
fn keyword_place(schema: &Value, keyword: &str) -> (usize, usize) {
    let group_of = |keyword: &str| {
        // `format` is checked with the strings' rules.
        let groups = [1, 0, 2, 3, 4];
        groups.into_iter().find_map(|group| {
            AJV_RULES[group]
                .iter()
                .enumerate()
                .find_map(|(rule, keywords)| {
                    // One rule's keywords in the order it checks them
                    // (`additionalProperties` before `properties`).
                    let within = keywords.split(' ').position(|k| k == keyword)?;
                    Some((group, rule * 8 + within))
                })
        })
    };
    if keyword == "type" {
        let guarded = ["number", "string", "array", "object"]
            .iter()
            .position(|t| schema.get("type").and_then(Value::as_str) == Some(t))
            .filter(|&group| {
                schema.as_object().is_some_and(|map| {
                    map.keys()
                        .any(|k| group_of(k).is_some_and(|(g, _)| g == group))
                })
            });
        return match guarded {
            Some(group) => (group + 1, usize::MAX),
            None => (0, 0),
        };
    }
    group_of(keyword).map_or((usize::MAX, 0), |(group, rule)| (group + 1, rule))
}

/// `schemaCompiles(schema, draft, formats)`: throws as `schemaErrors` does when the
/// schema does not compile, and otherwise keeps the compiled schema for the
/// validation that follows (ajv's `compile`), without validating anything.
fn schema_compiles(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let schema = json_arg(args, 0, ctx)?;
    let draft = draft_arg(args.get(1), ctx)?;
    let formats = args.get(2).is_some_and(JsValue::to_boolean);
    validator(&schema, draft, formats)?;
    Ok(JsValue::undefined())
}

/// An argument as JSON, its whole numbers integers (see [`integral`]).
fn json_arg(args: &[JsValue], index: usize, ctx: &mut Context) -> JsResult<Value> {
    let mut json = match args.get(index) {
        Some(value) => crate::script::json::to_value(value, ctx)?.unwrap_or(Value::Null),
        None => Value::Null,
    };
    integral(&mut json);
    Ok(json)
}

fn draft_arg(arg: Option<&JsValue>, ctx: &mut Context) -> JsResult<Option<Draft>> {
    Ok(match arg.map(|v| v.to_number(ctx)).transpose()? {
        Some(4.0) => Some(Draft::Draft4),
        Some(6.0) => Some(Draft::Draft6),
        Some(7.0) => Some(Draft::Draft7),
        _ => None,
    })
}

/// Numbers a script wrote as `1` reach here as `1.0` (boa keeps most numbers
/// as doubles); JSON Schema's draft 4 would not call them integers.
fn integral(value: &mut Value) {
    match value {
        Value::Number(number) => {
            if let Some(float) = number.as_f64().filter(|float| {
                float.fract() == 0.0
                    && float.abs() < 9_007_199_254_740_992.0
                    && !number.is_i64()
                    && !number.is_u64()
            }) {
                *value = json!(float as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integral),
        Value::Object(map) => map.values_mut().for_each(integral),
        Value::Null | Value::Bool(_) | Value::String(_) => {}
    }
}

fn validator(schema: &Value, draft: Option<Draft>, formats: bool) -> JsResult<Arc<Validator>> {
    let key = format!("{draft:?}{formats}{schema}");
    if let Some(found) = VALIDATORS.with(|cache| cache.borrow().get(&key).cloned()) {
        return Ok(found);
    }
    let mut options = jsonschema::options().should_validate_formats(formats);
    let declared = schema.get("$schema").and_then(Value::as_str).is_some();
    if let Some(draft) = draft.filter(|_| !declared) {
        options = options.with_draft(draft);
    } else if !declared {
        options = options.with_draft(Draft::Draft7);
    }
    // tv4 (draft 4) ignores keywords of later drafts (`exclusiveMinimum: 5`);
    // the crate refuses them under draft 4, so such a schema is read as draft 7.
    let built = options.build(schema).or_else(|error| match draft {
        Some(Draft::Draft4) if !declared => jsonschema::options()
            .should_validate_formats(formats)
            .with_draft(Draft::Draft7)
            .build(schema)
            .map_err(|_| error),
        _ => Err(error),
    });
    let validator = built.map_err(|error| {
        JsNativeError::error().with_message(format!("schema is invalid: {error}"))
    })?;
    let validator = Arc::new(validator);
    VALIDATORS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHE {
            cache.clear();
        }
        cache.insert(key, validator.clone());
    });
    Ok(validator)
}

/// One crate error as the neutral shapes: the errors ajv reports before it
/// (an `anyOf`'s branches, a property name's own error, marked `sub`), then
/// the error itself (one per unexpected property, as ajv reports them).
fn neutral(error: &jsonschema::ValidationError<'_>, schema: &Value, sub: bool) -> Vec<Value> {
    let segments: Vec<Value> = pointer_segments(error.instance_path().as_str())
        .map(Value::String)
        .collect();
    let canonical = error.schema_path().as_str().to_string();
    // tv4 names the path it took, `$ref`s left out.
    let evaluation = error.evaluation_path().as_str().replace("/$ref", "");
    let shape = |keyword: &str, params: Value, message: String, path: &str| {
        json!({
            "keyword": keyword,
            "path": segments,
            "schemaPath": format!("#{path}"),
            "evaluationPath": evaluation,
            "params": params,
            "message": message,
            "sub": sub,
        })
    };
    let node = schema.pointer(&canonical);
    let parent = schema.pointer(canonical.rsplit_once('/').map_or("", |(head, _)| head));
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .map(|name| {
                shape(
                    "additionalProperties",
                    json!({ "additionalProperty": name }),
                    "should NOT have additional properties".into(),
                    &canonical,
                )
            })
            .collect(),
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            let mut out: Vec<Value> = context
                .iter()
                .flatten()
                .flat_map(|inner| neutral(inner, schema, true))
                .collect();
            let (keyword, params, message) =
                described(error.kind(), error.instance(), node, parent);
            out.push(shape(keyword, params, message, &canonical));
            out
        }
        ValidationErrorKind::PropertyNames { error: inner } => {
            // The inner error is about the name itself.
            let name = inner.instance().as_str().unwrap_or_default().to_string();
            let mut own = neutral(inner, schema, true);
            for shape in &mut own {
                shape["propertyName"] = json!(name);
                shape["path"] = json!(segments);
            }
            let outer = canonical
                .rsplit_once("/propertyNames")
                .map_or(canonical.clone(), |(head, _)| {
                    format!("{head}/propertyNames")
                });
            own.push(shape(
                "propertyNames",
                json!({ "propertyName": name }),
                format!("property name '{name}' is invalid"),
                &outer,
            ));
            own
        }
        kind => {
            let (keyword, params, message) = described(kind, error.instance(), node, parent);
            vec![shape(keyword, params, message, &canonical)]
        }
    }
}

/// A JSON pointer's steps, unescaped.
fn pointer_segments(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .split('/')
        .skip(1)
        .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
}

/// A keyword, ajv 6's params and message for each kind of error.
/// `node` is the schema's value at the error's keyword, `parent` the schema
/// holding it (for the type list as written, `items`' type, `dependencies`).
fn described(
    kind: &ValidationErrorKind,
    instance: &Value,
    node: Option<&Value>,
    parent: Option<&Value>,
) -> (&'static str, Value, String) {
    use ValidationErrorKind as K;
    if let Some(bounded) = bounded(kind) {
        return bounded;
    }
    match kind {
        K::Required { property } if node.is_some_and(Value::is_object) => {
            dependency(property, instance, node)
        }
        K::Required { property } => {
            let name = property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_string);
            (
                "required",
                json!({ "missingProperty": name }),
                format!("should have required property '{name}'"),
            )
        }
        K::Type { kind } => type_error(kind, node),
        K::Enum { options } => (
            "enum",
            json!({ "allowedValues": options.as_ref() }),
            "should be equal to one of the allowed values".into(),
        ),
        K::Constant { expected_value } => (
            "const",
            json!({ "allowedValue": expected_value.as_ref() }),
            "should be equal to constant".into(),
        ),
        K::UniqueItems => duplicates(instance, parent),
        K::AnyOf { .. } => (
            "anyOf",
            json!({}),
            "should match some schema in anyOf".into(),
        ),
        K::OneOfNotValid { .. } => (
            "oneOf",
            json!({ "passingSchemas": null }),
            "should match exactly one schema in oneOf".into(),
        ),
        K::OneOfMultipleValid { context } => {
            let passing: Vec<usize> = context
                .iter()
                .enumerate()
                .filter(|(_, errors)| errors.is_empty())
                .map(|(index, _)| index)
                .collect();
            (
                "oneOf",
                json!({ "passingSchemas": passing }),
                "should match exactly one schema in oneOf".into(),
            )
        }
        K::Not { .. } => ("not", json!({}), "should NOT be valid".into()),
        K::Contains => ("contains", json!({}), "should contain a valid item".into()),
        K::PropertyNames { error } => {
            let name = error.instance().as_str().unwrap_or_default().to_string();
            (
                "propertyNames",
                json!({ "propertyName": name }),
                format!("property name '{name}' is invalid"),
            )
        }
        K::FalseSchema => ("false schema", json!({}), "boolean schema is false".into()),
        other => ("schema", json!({}), other_message(other)),
    }
}

/// A `type` failure, the types named as the schema lists them (the crate
/// keeps a sorted set).
fn type_error(kind: &TypeKind, node: Option<&Value>) -> (&'static str, Value, String) {
    let written = node.and_then(Value::as_array).map(|types| {
        let names: Vec<&str> = types.iter().filter_map(Value::as_str).collect();
        names.join(",")
    });
    let names = written.unwrap_or_else(|| match kind {
        TypeKind::Single(single) => single.to_string(),
        TypeKind::Multiple(set) => {
            let names: Vec<String> = set.iter().map(|t| t.to_string()).collect();
            names.join(",")
        }
    });
    (
        "type",
        json!({ "type": names }),
        format!("should be {names}"),
    )
}

/// The keywords that bound a value (numbers, lengths, counts, pattern,
/// format), with ajv 6's params and message.
fn bounded(kind: &ValidationErrorKind) -> Option<(&'static str, Value, String)> {
    use ValidationErrorKind as K;
    let limit = |keyword: &'static str, comparison: &str, limit: &Value, exclusive: bool| {
        (
            keyword,
            json!({ "comparison": comparison, "limit": limit, "exclusive": exclusive }),
            format!("should be {comparison} {limit}"),
        )
    };
    let count = |keyword: &'static str, limit: u64, message: String| {
        (keyword, json!({ "limit": limit }), message)
    };
    Some(match kind {
        K::Minimum { limit: l } => limit("minimum", ">=", l, false),
        K::Maximum { limit: l } => limit("maximum", "<=", l, false),
        K::ExclusiveMinimum { limit: l } => limit("exclusiveMinimum", ">", l, true),
        K::ExclusiveMaximum { limit: l } => limit("exclusiveMaximum", "<", l, true),
        K::MinLength { limit } => count(
            "minLength",
            *limit,
            format!("should NOT be shorter than {limit} characters"),
        ),
        K::MaxLength { limit } => count(
            "maxLength",
            *limit,
            format!("should NOT be longer than {limit} characters"),
        ),
        K::MinItems { limit } => count(
            "minItems",
            *limit,
            format!("should NOT have fewer than {limit} items"),
        ),
        K::MaxItems { limit } => count(
            "maxItems",
            *limit,
            format!("should NOT have more than {limit} items"),
        ),
        K::AdditionalItems { limit } => count(
            "additionalItems",
            *limit as u64,
            format!("should NOT have more than {limit} items"),
        ),
        K::MinProperties { limit } => count(
            "minProperties",
            *limit,
            format!("should NOT have fewer than {limit} properties"),
        ),
        K::MaxProperties { limit } => count(
            "maxProperties",
            *limit,
            format!("should NOT have more than {limit} properties"),
        ),
        K::Pattern { pattern } => (
            "pattern",
            json!({ "pattern": pattern }),
            format!("should match pattern \"{pattern}\""),
        ),
        K::Format { format } => (
            "format",
            json!({ "format": format }),
            format!("should match format \"{format}\""),
        ),
        K::MultipleOf { multiple_of, .. } => (
            "multipleOf",
            json!({ "multipleOf": multiple_of }),
            format!("should be multiple of {multiple_of}"),
        ),
        _ => return None,
    })
}

/// The pair of equal items ajv names. For items of a scalar `type` it keeps
/// the last index of each value, walking from the end; otherwise it compares
/// each item with those before it, from the end.
fn duplicates(instance: &Value, parent: Option<&Value>) -> (&'static str, Value, String) {
    let items = instance.as_array().map(Vec::as_slice).unwrap_or_default();
    let item_type = parent
        .and_then(|p| p.get("items"))
        .and_then(|i| i.get("type"));
    let structured = |t: &Value| matches!(t.as_str(), Some("object" | "array"));
    let scalar = match item_type {
        None => false,
        Some(Value::Array(types)) => !types.iter().any(structured),
        Some(single) => !structured(single),
    };
    let pair = if scalar {
        let mut seen: Vec<(&Value, usize)> = Vec::new();
        (0..items.len()).rev().find_map(|i| {
            let found = seen
                .iter()
                .find(|(v, _)| **v == items[i])
                .map(|&(_, j)| (i, j));
            seen.push((&items[i], i));
            found
        })
    } else {
        (1..items.len())
            .rev()
            .find_map(|i| (0..i).rev().find(|&j| items[i] == items[j]).map(|j| (i, j)))
    };
    let (i, j) = pair.unwrap_or_default();
    (
        "uniqueItems",
        json!({ "i": i, "j": j }),
        format!("should NOT have duplicate items (items ## {j} and {i} are identical)"),
    )
}

/// A `dependencies` failure (the crate reports it as `required`): which
/// present property asked for the missing one.
fn dependency(
    missing: &Value,
    instance: &Value,
    node: Option<&Value>,
) -> (&'static str, Value, String) {
    let missing = missing.as_str().unwrap_or_default();
    let dependencies = node.and_then(Value::as_object);
    let (property, deps) = dependencies
        .into_iter()
        .flatten()
        .find_map(|(key, list)| {
            let list = list.as_array()?;
            let asks = list.iter().any(|name| name.as_str() == Some(missing));
            (asks && instance.get(key).is_some()).then_some((key.clone(), list.as_slice()))
        })
        .unwrap_or_default();
    let deps: Vec<&str> = deps.iter().filter_map(Value::as_str).collect();
    (
        "dependencies",
        json!({
            "property": property,
            "missingProperty": format!(".{missing}"),
            "depsCount": deps.len(),
            "deps": deps.join(", "),
        }),
        format!(
            "should have {} {} when property {property} is present",
            if deps.len() == 1 {
                "property"
            } else {
                "properties"
            },
            deps.join(", ")
        ),
    )
}

fn other_message(kind: &ValidationErrorKind) -> String {
    format!("{kind:?}")
        .split([' ', '{', '('])
        .next()
        .unwrap_or_default()
        .to_string()
}
