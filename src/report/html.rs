//! The `html` reporter: one self-contained file (no network, no CDN),
//! rendered with handlebars from an embedded template that
//! `--reporter-html-template` can replace. Failures come first and failed
//! requests are expanded. Every string is redacted before rendering.

use std::io::{self, Write};
use std::path::PathBuf;

use serde_json::{Value, json};

use super::format;
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

/// Writes an HTML report at the end of the run.
pub struct HtmlReporter {
    path: PathBuf,
    registry: handlebars::Handlebars<'static>,
    collection: String,
}

impl HtmlReporter {
    /// A reporter writing to `path`, with the built-in template or the one
    /// in `template` (checked here, before the run starts).
    pub fn new(path: PathBuf, template: Option<(PathBuf, String)>) -> Result<Self, TemplateError> {
        let mut registry = handlebars::Handlebars::new();
        registry.set_strict_mode(false);
        let (file, source) =
            template.unwrap_or_else(|| (PathBuf::from("<built-in>"), DEFAULT_TEMPLATE.to_string()));
        registry
            .register_template_string("report", source)
            .map_err(|e| TemplateError {
                file,
                source: Box::new(e),
            })?;
        Ok(HtmlReporter {
            path,
            registry,
            collection: String::new(),
        })
    }
}

impl Reporter for HtmlReporter {
    fn event(&mut self, event: &Event<'_>, _: &Redactor) -> io::Result<()> {
        match milestone(&event.kind) {
            Some(Milestone::Started(collection)) => self.collection = collection.info.name.clone(),
            Some(Milestone::Finished(_)) | None => {}
        }
        Ok(())
    }

    fn finish<'s>(
        &mut self,
        summary: &'s Summary,
        redactor: &Redactor,
    ) -> io::Result<Vec<Export<'s>>> {
        let mut data = page_data(&self.collection, summary, redactor);
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

fn card(name: &str, count: Count) -> Value {
    json!({ "name": name, "total": count.total, "failed": count.failed })
}

/// What the template sees.
fn page_data(collection: &str, summary: &Summary, redactor: &Redactor) -> Value {
    let many = summary.iterations.total > 1;
    let mut executions: Vec<&Execution> = summary.executions.iter().collect();
    // Failed requests first, each group in run order.
    executions.sort_by_key(|e| !e.failed());
    let failures: Vec<Value> = summary
        .failures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let test = match &f.kind {
                crate::summary::FailureKind::Assertion { test, .. } => Some(test.clone()),
                crate::summary::FailureKind::Script { .. }
                | crate::summary::FailureKind::Request => None,
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
        "executions": executions.into_iter().map(|e| execution_data(e, many, redactor)).collect::<Vec<_>>(),
    })
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
        "request": execution.request.as_ref().map(|r| json!({ "method": r.method, "url": r.url, "headers": headers(&r.headers, redactor) })),
        "response": execution.response.as_ref().map(|r| json!({
            "code": r.code, "status": r.status, "time": format::duration(r.time), "headers": headers(&r.headers, redactor)
        })),
        "error": (!errors.is_empty()).then(|| errors.join("; ")),
        "console": execution.console.iter().map(|c| c.message.clone()).collect::<Vec<_>>(),
        "assertions": assertions,
    })
}
