//! The `html` reporter: one self-contained file (no network, no CDN),
//! rendered with handlebars from an embedded template that
//! `--reporter-html-template` can replace. Failures come first and failed
//! requests are expanded. Every string is redacted before rendering.

use std::io::{self, Write};
use std::path::PathBuf;

use serde_json::{Value, json};

use super::format;
use super::json::{NewmanParts, newman_summary};
use super::newman_html;
use super::{Export, Redactor, Reporter};
use super::{Milestone, milestone};
use crate::events::Event;
use crate::script::AssertionOutcome;
use crate::summary::{Count, Execution, Summary};

/// The built-in template.
pub const DEFAULT_TEMPLATE: &str = include_str!("template.html.hbs");

/// Why an HTML template cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{}: not a usable handlebars template", file.display())]
pub struct TemplateError {
    /// The template file.
    pub file: PathBuf,
    /// The parser's message.
    #[source]
    pub source: Box<dyn std::error::Error + Send + Sync>,
}

/// Where the built-in template repeats a row per request: it is rendered
/// in three parts, so that a run's rows are never held at once.
pub(super) const ROW_START: &str = "{{!-- request --}}\n";
pub(super) const ROW_END: &str = "{{!-- /request --}}\n";

/// Writes an HTML report at the end of the run.
pub struct HtmlReporter {
    path: PathBuf,
    registry: handlebars::Handlebars<'static>,
    collection: String,
    /// The built-in template, registered as `head`, `row` and `tail`; a
    /// template of the user's is rendered whole, from Newman's data.
    by_rows: bool,
    /// What Newman's data is made of, for a template of the user's.
    newman: NewmanParts,
}

impl HtmlReporter {
    /// A reporter writing to `path`, with the built-in template or the one
    /// in `template` (checked here, before the run starts).
    pub fn new(path: PathBuf, template: Option<(PathBuf, String)>) -> Result<Self, TemplateError> {
        let mut registry = handlebars::Handlebars::new();
        registry.set_strict_mode(false);
        newman_html::register_helpers(&mut registry);
        let built_in = template.is_none();
        let (file, source) =
            template.unwrap_or_else(|| (PathBuf::from("<built-in>"), DEFAULT_TEMPLATE.to_string()));
        let invalid = |e: handlebars::TemplateError| TemplateError {
            file: file.clone(),
            source: Box::new(e),
        };
        let parts = split_at_markers(&source, ROW_START, ROW_END)
            .filter(|_| built_in)
            .map(|p| [p.head, p.row, p.tail]);
        let by_rows = parts.is_some();
        match parts {
            Some(parts) => {
                for (name, part) in ["head", "row", "tail"].into_iter().zip(parts) {
                    registry
                        .register_template_string(name, part)
                        .map_err(invalid)?;
                }
            }
            None => registry
                .register_template_string("report", newman_html::for_rust(&source))
                .map_err(invalid)?,
        }
        Ok(HtmlReporter {
            path,
            registry,
            collection: String::new(),
            by_rows,
            newman: NewmanParts::default(),
        })
    }
}

impl Reporter for HtmlReporter {
    fn event(&mut self, event: &Event<'_>, _: &Redactor) -> io::Result<()> {
        match milestone(&event.kind) {
            Some(Milestone::Started(collection)) => self.collection = collection.info.name.clone(),
            Some(Milestone::Finished(_)) | None => {}
        }
        if !self.by_rows {
            self.newman.event(event);
        }
        Ok(())
    }

    fn finish<'s>(
        &mut self,
        summary: &'s Summary,
        redactor: &Redactor,
    ) -> io::Result<Vec<Export<'s>>> {
        if self.by_rows {
            return Ok(vec![self.rendered_by_rows(summary, redactor)]);
        }
        let mut data = page_data(&self.collection, summary, redactor);
        let (sdk, scopes) = self.newman.take();
        let newman = newman_summary(&sdk, scopes, summary, redactor);
        let group_of = |execution: &Execution| {
            let folder = execution.folder();
            let id = match folder {
                "" => &sdk.collection["info"]["_postman_id"],
                _ => &sdk.parent(&execution.item_path)["id"],
            };
            json!({ "id": id, "name": folder })
        };
        let newman = newman_html::template_data(&newman, summary, &group_of);
        if let (Some(data), Value::Object(newman)) = (data.as_object_mut(), newman) {
            data.extend(newman);
        }
        redactor.json(&mut data);
        // Handed over, not serialized again: `render` would copy the data.
        let context = handlebars::Context::from(data);
        let registry = std::mem::take(&mut self.registry);
        let write = move |out: &mut dyn Write| {
            let rendered = registry.render_with_context_to_write("report", &context, out);
            rendered.map_err(io::Error::other)
        };
        Ok(vec![Export::stream(self.path.clone(), write)])
    }
}

/// A template rendered in three parts: the row is repeated per request.
pub(super) struct TemplateParts<'t> {
    pub head: &'t str,
    pub row: &'t str,
    pub tail: &'t str,
}

/// The parts of `source` around and between the `start` and `end` markers
/// (which belong to no part).
pub(super) fn split_at_markers<'t>(
    source: &'t str,
    start: &str,
    end: &str,
) -> Option<TemplateParts<'t>> {
    let (head, rest) = source.split_once(start)?;
    let (row, tail) = rest.split_once(end)?;
    Some(TemplateParts { head, row, tail })
}

impl HtmlReporter {
    /// The page written as it is rendered: the head, then one request's row
    /// at a time (each made, redacted and dropped in turn), then the tail.
    fn rendered_by_rows<'s>(&mut self, summary: &'s Summary, redactor: &Redactor) -> Export<'s> {
        let mut head = page_head(&self.collection, summary);
        redactor.json(&mut head);
        let head = handlebars::Context::from(head);
        let registry = std::mem::take(&mut self.registry);
        let redactor = redactor.clone();
        Export::stream(self.path.clone(), move |out: &mut dyn Write| {
            let render = |name: &str, context: &handlebars::Context, out: &mut dyn Write| {
                registry
                    .render_with_context_to_write(name, context, out)
                    .map_err(io::Error::other)
            };
            render("head", &head, out)?;
            let many = summary.planned_iterations > 1;
            for execution in failed_first(summary) {
                let mut row = execution_data(execution, many, &redactor);
                redactor.json(&mut row);
                render("row", &handlebars::Context::from(row), out)?;
            }
            render("tail", &head, out)
        })
    }
}

/// Failed requests first, each group in run order.
fn failed_first(summary: &Summary) -> Vec<&Execution> {
    let mut executions: Vec<&Execution> = summary.executions.iter().collect();
    executions.sort_by_key(|e| !e.failed());
    executions
}

fn card(name: &str, count: Count) -> Value {
    json!({ "name": name, "total": count.total, "failed": count.failed })
}

/// What the template sees.
/// The page without its rows: totals, cards, failures.
fn page_head(collection: &str, summary: &Summary) -> Value {
    let many = summary.planned_iterations > 1;
    let failures: Vec<Value> = summary
        .failures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let test = match &f.kind {
                crate::summary::FailureKind::Assertion { test, .. } => Some(test.clone()),
                crate::summary::FailureKind::Script { .. }
                | crate::summary::FailureKind::Request { .. } => None,
            };
            json!({ "index": i + 1, "name": f.name, "test": test, "message": f.message,
                    "item": f.item_path, "iteration": many.then_some(f.iteration + 1) })
        })
        .collect();
    json!({
        "collection": collection,
        "version": env!("CARGO_PKG_VERSION"),
        "started": summary.started_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        "interrupted": summary.interruption(),
        "duration": format::duration(summary.duration),
        "average": format::duration(summary.response_time_stats().average),
        "received": format::size(summary.bytes_received),
        "cards": [
            card("iterations", summary.iterations),
            card("requests", summary.requests),
            card("test scripts", summary.test_scripts),
            card("pre-request scripts", summary.prerequest_scripts),
            card("assertions", summary.assertions),
        ],
        "failures": failures,
    })
}

/// What a template of the user's sees: the page and every request's row.
fn page_data(collection: &str, summary: &Summary, redactor: &Redactor) -> Value {
    let many = summary.planned_iterations > 1;
    let mut data = page_head(collection, summary);
    let rows = failed_first(summary)
        .into_iter()
        .map(|e| execution_data(e, many, redactor));
    data["executions"] = Value::Array(rows.collect());
    data
}

fn headers(headers: &[(String, String)], redactor: &Redactor) -> Value {
    Value::Array(
        headers
            .iter()
            .map(|(k, v)| json!({ "key": k, "value": redactor.header(k, v) }))
            .collect(),
    )
}

fn execution_data(execution: &Execution, many: bool, redactor: &Redactor) -> Value {
    let assertions: Vec<Value> = execution
        .assertions
        .iter()
        .map(|(name, outcome)| match outcome {
            AssertionOutcome::Passed => json!({ "name": name, "class": "pass", "mark": "✓" }),
            AssertionOutcome::Skipped => json!({ "name": name, "class": "skip", "mark": "–" }),
            AssertionOutcome::Failed { error_name, message } => {
                json!({ "name": name, "class": "fail", "mark": "✗", "message": format!("{error_name}: {message}") })
            }
        })
        .collect();
    let errors: Vec<String> = execution
        .script_errors
        .iter()
        .map(|e| format!("{} in the {} script: {}", e.name, e.event, e.message))
        .chain(execution.request_error.iter().cloned())
        .collect();
    json!({
        "path": execution.item_path,
        "iteration": many.then_some(execution.iteration + 1),
        "failed": execution.failed(),
        "request": execution.request.as_ref().map(|r| json!({ "method": r.method, "url": r.url, "headers": headers(&r.header_pairs(), redactor) })),
        "response": execution.response.as_ref().map(|r| json!({
            "code": r.code, "status": r.status, "time": format::duration(r.time), "headers": headers(&r.headers, redactor)
        })),
        "error": (!errors.is_empty()).then(|| errors.join("; ")),
        "console": execution.console.iter().map(|c| c.message.clone()).collect::<Vec<_>>(),
        "assertions": assertions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_template_splits_into_head_row_and_tail() {
        let TemplateParts { head, row, tail } =
            split_at_markers(DEFAULT_TEMPLATE, ROW_START, ROW_END)
                .expect("the row markers are there");
        assert!(head.ends_with("<tbody>\n"), "{head}");
        assert!(row.trim_start().starts_with("<tr>") && row.trim_end().ends_with("</tr>"));
        assert!(tail.trim_start().starts_with("</tbody>"), "{tail}");
        let reporter = HtmlReporter::new(PathBuf::from("r.html"), None).unwrap();
        assert!(reporter.by_rows);
        let template = Some(("t".into(), "{{x}}".into()));
        let custom = HtmlReporter::new(PathBuf::from("r.html"), template);
        assert!(!custom.unwrap().by_rows);
    }
}
