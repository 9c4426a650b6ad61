//! The `json` reporter: Newman's run summary shape, so tools that parse
//! Newman's JSON keep working. Response bodies only with
//! `--reporter-json-include-body`; every string passes the redactor.

use std::io::{self, Write};
use std::path::PathBuf;

use serde_json::{Value, json};

use super::{Export, Redactor, Reporter};
use super::{Milestone, milestone};
use crate::events::Event;
use crate::load::{self, Variable};
use crate::script::AssertionOutcome;
use crate::summary::{Count, Execution, Failure, FailureKind, Summary};

/// Writes the run summary as JSON at the end of the run.
pub struct JsonReporter {
    path: PathBuf,
    collection: Value,
    /// The environment and globals as the run left them.
    scopes: Option<[Value; 2]>,
}

impl JsonReporter {
    /// A reporter writing to `path`.
    pub fn new(path: PathBuf) -> Self {
        JsonReporter {
            path,
            collection: Value::Null,
            scopes: None,
        }
    }
}

impl Reporter for JsonReporter {
    fn event(&mut self, event: &Event<'_>, _: &Redactor) -> io::Result<()> {
        match milestone(&event.kind) {
            Some(Milestone::Started(collection)) => {
                self.collection = load::collection_json(collection)
            }
            Some(Milestone::Finished(scopes)) => {
                self.scopes = Some([
                    scope_json("environment", scopes.environment.variables()),
                    scope_json("globals", scopes.globals.variables()),
                ]);
            }
            None => {}
        }
        Ok(())
    }

    fn finish<'s>(
        &mut self,
        summary: &'s Summary,
        redactor: &Redactor,
    ) -> io::Result<Vec<Export<'s>>> {
        let collection = std::mem::take(&mut self.collection);
        let [environment, globals] = self.scopes.take().unwrap_or_default();
        // Everything but the executions, which stand in as a marker no
        // collection can hold and are written one at a time in its place.
        let mut run = run_json(collection, summary, [environment, globals]);
        redactor.json(&mut run);
        // Set after redaction: a short secret must not mask the marker.
        let marker = format!("postrun-executions-{}", uuid::Uuid::new_v4());
        run["run"]["executions"] = Value::String(marker.clone());
        let redactor = redactor.clone();
        let write = move |out: &mut dyn Write| write_run(out, &run, &marker, summary, &redactor);
        Ok(vec![Export::stream(self.path.clone(), write)])
    }
}

/// The report as Newman's pretty JSON, each execution built, redacted and
/// written in turn: a report with bodies is never held whole.
fn write_run(
    out: &mut dyn Write,
    run: &Value,
    marker: &str,
    summary: &Summary,
    redactor: &Redactor,
) -> io::Result<()> {
    let text = serde_json::to_string_pretty(run).map_err(io::Error::other)?;
    let placeholder = format!("\"{marker}\"");
    let (before, after) = text
        .split_once(&placeholder)
        .ok_or_else(|| io::Error::other("the executions marker is missing"))?;
    out.write_all(before.as_bytes())?;
    out.write_all(b"[")?;
    let mut written = 0;
    for (index, execution) in summary.executions.iter().enumerate() {
        let mut value = execution_json(index, summary, execution, redactor);
        redactor.json(&mut value);
        let item = serde_json::to_string_pretty(&value).map_err(io::Error::other)?;
        // Newman lists an item once per request it sent (`pm.sendRequest`
        // calls included), each time as it ended, and not at all when a
        // script skipped its request.
        let listed = execution
            .requests_sent
            .max(usize::from(execution.request_error.is_some()));
        for _ in 0..listed {
            // Indented as to_string_pretty would put it at this depth (run → executions → item).
            out.write_all(if written == 0 { b"\n" } else { b",\n" })?;
            written += 1;
            for (n, line) in item.lines().enumerate() {
                if n > 0 {
                    out.write_all(b"\n")?;
                }
                out.write_all(b"      ")?;
                out.write_all(line.as_bytes())?;
            }
        }
    }
    if written > 0 {
        out.write_all(b"\n    ")?;
    }
    out.write_all(b"]")?;
    out.write_all(after.as_bytes())
}

fn count(count: Count) -> Value {
    json!({ "total": count.total, "pending": 0, "failed": count.failed })
}

/// Newman's run summary, built from the summary, but for its executions
/// (see `write_run`). Headers that carry credentials are masked here; all
/// other secrets before it is written.
pub fn run_json(collection: Value, summary: &Summary, [environment, globals]: [Value; 2]) -> Value {
    let items = summary.executions.len();
    let failed_items = summary.executions.iter().filter(|e| e.failed()).count();
    let stats = json!({
        "iterations": count(summary.iterations),
        "items": count(Count { total: items, failed: failed_items }),
        "scripts": count(Count {
            total: summary.prerequest_scripts.total + summary.test_scripts.total,
            failed: summary.prerequest_scripts.failed + summary.test_scripts.failed,
        }),
        "prerequests": count(Count { total: items, failed: 0 }),
        "requests": count(summary.requests),
        "tests": count(Count { total: summary.executions.iter().filter(|e| e.response.is_some()).count(), failed: 0 }),
        "assertions": count(summary.assertions),
        "testScripts": count(summary.test_scripts),
        "prerequestScripts": count(summary.prerequest_scripts),
    });
    let times = summary.response_time_stats();
    let started = summary
        .started_at
        .map(|t| t.timestamp_millis())
        .unwrap_or_default();
    let timings = json!({
        "responseAverage": times.average.as_secs_f64() * 1e3,
        "responseMin": times.min.as_secs_f64() * 1e3,
        "responseMax": times.max.as_secs_f64() * 1e3,
        "responseSd": times.std_dev.as_secs_f64() * 1e3,
        "started": started,
        "completed": started + summary.duration.as_millis() as i64,
    });
    json!({
        "collection": collection,
        "environment": environment,
        "globals": globals,
        "run": {
            "stats": stats,
            "timings": timings,
            "executions": [],
            "transfers": { "responseTotal": summary.bytes_received },
            "failures": summary.failures.iter().map(failure_json).collect::<Vec<_>>(),
            "error": summary.interruption().map(|message| json!({ "name": "Interrupted", "message": message })),
        }
    })
}

fn scope_json(scope: &str, variables: &[Variable]) -> Value {
    json!({ "_postman_variable_scope": scope, "values": load::variables_json(variables) })
}

fn headers_json(headers: &[(String, String)], redactor: &Redactor) -> Value {
    Value::Array(
        headers
            .iter()
            .map(|(key, value)| json!({ "key": key, "value": redactor.header(key, value) }))
            .collect(),
    )
}

/// A URL as Newman writes it: parts, with `raw` beside them.
fn url_json(raw: &str) -> Value {
    let Ok(url) = url::Url::parse(raw) else {
        return json!({ "raw": raw });
    };
    let path: Vec<&str> = url
        .path()
        .trim_start_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let query: Vec<Value> = url
        .query_pairs()
        .map(|(k, v)| json!({ "key": k, "value": v }))
        .collect();
    let mut out = json!({
        "raw": raw,
        "protocol": url.scheme(),
        "host": url.host_str().unwrap_or_default().split('.').collect::<Vec<_>>(),
        "path": path,
        "query": query,
    });
    if let Some(port) = url.port() {
        out["port"] = json!(port.to_string());
    }
    out
}

/// One execution; its body, when kept, read back from the summary's spool.
fn execution_json(
    index: usize,
    summary: &Summary,
    execution: &Execution,
    redactor: &Redactor,
) -> Value {
    let length = summary.executions.len();
    let mut out = json!({
        "cursor": { "position": index % length.max(1), "iteration": execution.iteration, "length": length },
        "item": { "id": execution.item_id, "name": execution.item_name, "path": execution.item_path },
        "assertions": execution.assertions.iter().enumerate().map(|(i, (name, outcome))| assertion_json(i, name, outcome)).collect::<Vec<_>>(),
    });
    if let Some(request) = &execution.request {
        out["request"] = json!({
            "method": request.method,
            "url": url_json(&redactor.text(&request.url)),
            "header": headers_json(&request.headers, redactor),
        });
    }
    if let Some(response) = &execution.response {
        out["response"] = json!({
            "status": response.status,
            "code": response.code,
            "header": headers_json(&response.headers, redactor),
            "responseTime": response.time.as_millis() as u64,
            "responseSize": response.size,
        });
        if let Some(body) = response.body.as_ref().and_then(|b| summary.body(b).ok()) {
            out["response"]["body"] = json!(String::from_utf8_lossy(&body));
        }
    }
    if let Some(error) = &execution.request_error {
        out["requestError"] = json!({ "name": "RequestError", "message": error });
    }
    if !execution.script_errors.is_empty() {
        out["scriptErrors"] = Value::Array(
            execution
                .script_errors
                .iter()
                .map(|e| json!({ "name": e.name, "message": e.message, "event": e.event, "line": e.line }))
                .collect(),
        );
    }
    if !execution.console.is_empty() {
        out["console"] = Value::Array(
            execution
                .console
                .iter()
                .map(|c| json!({ "level": c.level, "messages": [c.message] }))
                .collect(),
        );
    }
    out
}

fn assertion_json(index: usize, name: &str, outcome: &AssertionOutcome) -> Value {
    match outcome {
        AssertionOutcome::Passed => json!({ "assertion": name, "skipped": false }),
        AssertionOutcome::Skipped => json!({ "assertion": name, "skipped": true }),
        AssertionOutcome::Failed {
            error_name,
            message,
        } => json!({
            "assertion": name,
            "skipped": false,
            "error": { "name": error_name, "index": index, "test": name, "message": message },
        }),
    }
}

fn failure_json(failure: &Failure) -> Value {
    let (at, test) = match &failure.kind {
        // Newman's words, whichever script the assertion was in: consumers
        // of this file match on them (the terminal and JUnit say which).
        FailureKind::Assertion { test, index, .. } => (
            format!("assertion:{index} in test-script"),
            Some(test.clone()),
        ),
        FailureKind::Script { event, .. } => (format!("{event}-script"), None),
        FailureKind::Request { .. } => ("request".to_string(), None),
    };
    // A script's request has no name of its own in Newman's report.
    let source = match failure.kind {
        FailureKind::Request { from_script: true } => "",
        FailureKind::Assertion { .. }
        | FailureKind::Script { .. }
        | FailureKind::Request { from_script: false } => failure.item_name.as_str(),
    };
    json!({
        "error": { "name": failure.name, "message": failure.message, "test": test },
        "at": at,
        "source": { "name": source, "path": failure.item_path },
        "cursor": { "iteration": failure.iteration },
    })
}
