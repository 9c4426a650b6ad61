//! What newman-reporter-html hands a template (`--reporter-html-template`),
//! so a template written for Newman renders: `timestamp`, `version`,
//! `aggregations` (requests grouped by their folder, each with its mean
//! time and size and its assertions counted over the iterations) and
//! `summary` (`stats`, `collection`, `environment`, `globals`, `failures`,
//! `responseTotal`, `responseAverage`, `duration`), worked out as its
//! `index.js` does, with its helpers `add` and `gt` and its formats
//! (pretty-ms, filesize). A test renders newman-reporter-html's own
//! template with both tools and compares the text.

use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, Renderable,
    ScopedJson,
};
use serde_json::{Map, Value, json};

use crate::summary::{Execution, Summary};

/// The template data, from Newman's run summary (`json::newman_summary`)
/// and the run's executions, listed alike.
pub(super) fn template_data(newman: &Value, summary: &Summary, group_of: GroupOf<'_>) -> Value {
    let executions = newman["run"]["executions"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    // The run's executions, each as often as Newman's summary lists it.
    let places = summary
        .executions
        .iter()
        .flat_map(|e| std::iter::repeat_n(e, super::json::times_listed(e)));
    let mut items: Vec<ItemAggregate> = Vec::new();
    let mut order: Vec<(usize, Value)> = Vec::new();
    for (execution, place) in executions.iter().zip(places) {
        let id = execution["item"]["id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let index = match items.iter().position(|i| i.id == id) {
            Some(index) => index,
            None => {
                items.push(ItemAggregate::new(id, execution));
                order.push((items.len() - 1, group_of(place)));
                items.len() - 1
            }
        };
        items[index].add(execution);
    }
    let mut aggregations: Vec<Value> = Vec::new();
    for (index, parent) in order {
        let current = items[index].to_json();
        let same = aggregations
            .last()
            .is_some_and(|last: &Value| last["parent"]["id"] == parent["id"]);
        match aggregations.last_mut() {
            Some(last) if same => push(&mut last["executions"], current),
            _ => aggregations.push(json!({ "parent": parent, "executions": [current] })),
        }
    }
    let run = &newman["run"];
    let timings = &run["timings"];
    let duration =
        timings["completed"].as_f64().unwrap_or(0.0) - timings["started"].as_f64().unwrap_or(0.0);
    json!({
        "timestamp": js_date(summary),
        "aggregations": aggregations,
        "summary": {
            "stats": run["stats"],
            "collection": collection_as_sdk_object(&newman["collection"]),
            "globals": newman["globals"],
            "environment": newman["environment"],
            "failures": run["failures"],
            "responseTotal": filesize(run["transfers"]["responseTotal"].as_f64().unwrap_or(0.0)),
            "responseAverage": pretty_ms(timings["responseAverage"].as_f64().unwrap_or(0.0)),
            "duration": pretty_ms(duration),
        },
    })
}

/// The group a request is in: its folder (or the collection) with the id
/// and the full name (`Folder / Sub`, empty for the collection) Newman
/// gives it.
pub(super) type GroupOf<'a> = &'a dyn Fn(&Execution) -> Value;

/// The collection as a template sees the SDK's object: its JSON, with
/// `name` and `description` (as text) at the top as the object has them.
fn collection_as_sdk_object(collection: &Value) -> Value {
    let mut out = collection.clone();
    let info = &collection["info"];
    out["name"] = info["name"].clone();
    let description = &info["description"];
    out["description"] = match description.get("content") {
        Some(content) => content.clone(),
        None => description.clone(),
    };
    out
}

fn push(list: &mut Value, value: Value) {
    if let Some(list) = list.as_array_mut() {
        list.push(value);
    }
}

/// One request item over the run: its first execution, its mean time and
/// size, and each assertion's passes and failures.
struct ItemAggregate {
    id: String,
    first: Value,
    time: (f64, usize),
    size: (f64, usize),
    assertions: Vec<(String, [u64; 2])>,
}

impl ItemAggregate {
    fn new(id: String, execution: &Value) -> Self {
        let mut first = Map::new();
        for key in ["item", "request", "response", "requestError"] {
            if let Some(value) = execution.get(key) {
                first.insert(key.into(), value.clone());
            }
        }
        let mut first = Value::Object(first);
        // The request's URL as text, as the SDK's object renders in a
        // template; the response's body as text beside its bytes.
        if let Some(url) = first.pointer("/request/url/raw").cloned() {
            first["request"]["url"] = url;
        }
        if let Some(bytes) = first
            .pointer("/response/stream/data")
            .and_then(Value::as_array)
        {
            let bytes: Vec<u8> = bytes
                .iter()
                .filter_map(Value::as_u64)
                .map(|b| b as u8)
                .collect();
            first["response"]["body"] = json!(String::from_utf8_lossy(&bytes));
        }
        ItemAggregate {
            id,
            first,
            time: (0.0, 0),
            size: (0.0, 0),
            assertions: Vec::new(),
        }
    }

    fn add(&mut self, execution: &Value) {
        let number = |key: &str| execution["response"][key].as_f64().unwrap_or(0.0);
        self.time = (self.time.0 + number("responseTime"), self.time.1 + 1);
        self.size = (self.size.0 + number("responseSize"), self.size.1 + 1);
        for assertion in execution["assertions"].as_array().into_iter().flatten() {
            let name = assertion["assertion"].as_str().unwrap_or_default();
            let failed = assertion.get("error").is_some_and(|e| !e.is_null());
            let counts = match self.assertions.iter_mut().find(|(n, _)| n == name) {
                Some((_, counts)) => counts,
                None => {
                    self.assertions.push((name.to_string(), [0, 0]));
                    &mut self.assertions.last_mut().expect("just pushed").1
                }
            };
            counts[usize::from(failed)] += 1;
        }
    }

    fn to_json(&self) -> Value {
        let mean = |(sum, count): (f64, usize)| sum / count.max(1) as f64;
        let (passed, failed) = self
            .assertions
            .iter()
            .fold((0, 0), |(p, f), (_, [ps, fs])| (p + ps, f + fs));
        let mut out = self.first.clone();
        out["assertions"] = self
            .assertions
            .iter()
            .map(|(name, [p, f])| json!({ "name": name, "passed": p, "failed": f }))
            .collect();
        out["mean"] =
            json!({ "time": pretty_ms(mean(self.time)), "size": filesize(mean(self.size)) });
        out["cumulativeTests"] = json!({ "passed": passed, "failed": failed });
        out
    }
}

/// JavaScript's `Date()` text, in UTC: `Sun Dec 06 2026 00:27:29 GMT+0000
/// (Coordinated Universal Time)`.
fn js_date(summary: &Summary) -> String {
    let now = summary.started_at.unwrap_or_else(chrono::Utc::now);
    now.format("%a %b %d %Y %H:%M:%S GMT+0000 (Coordinated Universal Time)")
        .to_string()
}

/// newman-reporter-html's times: whole milliseconds below 1998 ms, else
/// pretty-ms's `1m 3.4s` (seconds floored to a tenth).
pub(super) fn pretty_ms(ms: f64) -> String {
    // The reporter's copy of Newman's rule writes no microseconds.
    if ms < 1998.0 {
        return format!("{}ms", ms.max(0.0).trunc());
    }
    super::format::duration(std::time::Duration::from_secs_f64(ms / 1000.0))
}

/// filesize's default text (binary multiples, JEDEC symbols, two decimals
/// at most, no space): `364B`, `1.65KB`.
pub(super) fn filesize(bytes: f64) -> String {
    let symbols = ["B", "KB", "MB", "GB", "TB"];
    let mut value = bytes.max(0.0);
    let mut exponent = 0;
    while value >= 1024.0 && exponent < symbols.len() - 1 {
        value /= 1024.0;
        exponent += 1;
    }
    let rounded = (value * 100.0).round() / 100.0;
    format!("{rounded}{}", symbols[exponent])
}

/// Registers newman-reporter-html's helpers: `add a b` and the block `gt`.
pub(super) fn register_helpers(registry: &mut Handlebars<'_>) {
    registry.register_helper("add", Box::new(Add));
    registry.register_helper("gt", Box::new(GreaterThan));
}

/// A template written for Handlebars.js, in the forms the Rust renderer
/// reads the same way: inline partials first, lengths by the `len` helper.
pub(super) fn for_rust(source: &str) -> String {
    rewrite_lengths(&hoist_inline_partials(source))
}

/// Moves every `{{#*inline …}}…{{/inline}}` block to the start: Handlebars.js
/// registers inline partials before rendering, so a template may define
/// them after their use (newman-reporter-html's does), where the Rust
/// renderer has not seen them yet.
fn hoist_inline_partials(source: &str) -> String {
    const OPEN: &str = "{{#*inline";
    const CLOSE: &str = "{{/inline}}";
    let mut partials = String::new();
    let mut rest = String::with_capacity(source.len());
    let mut text = source;
    while let Some(start) = text.find(OPEN) {
        let Some(end) = text[start..].find(CLOSE).map(|e| start + e + CLOSE.len()) else {
            break;
        };
        rest.push_str(&text[..start]);
        partials.push_str(&text[start..end]);
        text = &text[end..];
    }
    rest.push_str(text);
    partials + &rest
}

/// Rewrites JavaScript's `path.length` (which Handlebars.js reads off an
/// array) to the `len` helper: `{{x.length}}` → `{{len x}}`, and
/// `(len x)` inside a longer expression.
fn rewrite_lengths(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find("}}") else {
            break;
        };
        let inner = &rest[start + 2..start + end];
        out.push_str("{{");
        out.push_str(&rewrite_expression(inner));
        out.push_str("}}");
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    out
}

fn rewrite_expression(inner: &str) -> String {
    if let Some(path) = inner.trim().strip_suffix(".length").filter(|p| is_path(p)) {
        return format!("len {path}");
    }
    let words: Vec<String> = inner
        .split(' ')
        .map(
            |word| match word.strip_suffix(".length").filter(|p| is_path(p)) {
                Some(path) => format!("(len {path})"),
                None => word.to_string(),
            },
        )
        .collect();
    words.join(" ")
}

fn is_path(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '@' | '/' | '$'))
}

struct Add;

impl HelperDef for Add {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        helper: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, handlebars::RenderError> {
        let number = |i: usize| helper.param(i).and_then(|p| p.value().as_f64());
        let sum = match (number(0), number(1)) {
            (Some(a), Some(b)) => json!(a + b),
            _ => Value::Null,
        };
        // Whole numbers print as integers, as in JavaScript.
        let sum = sum.as_f64().map_or(sum, super::format::js_number);
        Ok(ScopedJson::Derived(sum))
    }
}

struct GreaterThan;

impl HelperDef for GreaterThan {
    fn call<'reg: 'rc, 'rc>(
        &self,
        helper: &Helper<'rc>,
        registry: &'reg Handlebars<'reg>,
        context: &'rc Context,
        render: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let number = |i: usize| helper.param(i).and_then(|p| p.value().as_f64());
        let greater = matches!((number(0), number(1)), (Some(a), Some(b)) if a > b);
        let block = if greater {
            helper.template()
        } else {
            helper.inverse()
        };
        match block {
            Some(block) => block.render(registry, context, render, out),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_sizes_read_as_newman_reporter_html_writes_them() {
        assert_eq!(pretty_ms(5.7), "5ms");
        assert_eq!(pretty_ms(1997.0), "1997ms");
        assert_eq!(pretty_ms(2345.0), "2.3s");
        assert_eq!(pretty_ms(63_400.0), "1m 3.4s");
        assert_eq!(pretty_ms(3_600_000.0), "1h");
        assert_eq!(filesize(364.0), "364B");
        assert_eq!(filesize(1690.0), "1.65KB");
        assert_eq!(filesize(1024.0), "1KB");
        assert_eq!(filesize(455.5), "455.5B");
    }

    #[test]
    fn length_reads_become_the_len_helper() {
        assert_eq!(
            rewrite_lengths("<b>{{failures.length}}</b>{{#if summary.failures.length}}x{{/if}}"),
            "<b>{{len failures}}</b>{{#if (len summary.failures)}}x{{/if}}"
        );
        assert_eq!(rewrite_lengths("{{name}} {{/if}}"), "{{name}} {{/if}}");
    }

    #[test]
    fn inline_partials_defined_after_their_use_move_first() {
        let source = "a{{> p}}b{{#*inline \"p\"}}P{{/inline}}c";
        assert_eq!(for_rust(source), "{{#*inline \"p\"}}P{{/inline}}a{{> p}}bc");
        let mut registry = Handlebars::new();
        let rendered = registry.render_template(&for_rust(source), &json!({}));
        assert_eq!(rendered.unwrap(), "aPbc");
        registry.set_strict_mode(true);
    }

    #[test]
    fn the_helpers_add_and_compare() {
        let mut registry = Handlebars::new();
        register_helpers(&mut registry);
        let data = json!({ "cursor": { "iteration": 1, "cycles": 2 } });
        let template = "{{#gt cursor.cycles 1}}it {{add cursor.iteration 1}}{{else}}once{{/gt}}";
        assert_eq!(registry.render_template(template, &data).unwrap(), "it 2");
        let once = json!({ "cursor": { "iteration": 0, "cycles": 1 } });
        assert_eq!(registry.render_template(template, &once).unwrap(), "once");
    }
}
