//! The `json` reporter: Newman's run summary, key for key, so tools that
//! parse Newman's JSON keep working: the collection and each execution's
//! item in the SDK's shape (`sdk_json`), bodies as `response.stream` bytes,
//! script errors under `testScript[]`/`prerequestScript[]`, failures with
//! their `source` item and `parent` group. postrun's own extras (a
//! response's `body` text with `--reporter-json-include-body`, `console`,
//! `scriptErrors`, `item.path`) stay beside them. A test compares the key
//! paths with Newman's report of every parity collection. Every string
//! passes the redactor.

use std::io::{self, Write};
use std::path::PathBuf;

use serde_json::{Value, json};

use super::sdk_json::{SdkCollection, sdk_collection, sdk_description, sdk_variable, url_object};
use super::{Export, Redactor, Reporter};
use super::{Milestone, milestone};
use crate::events::Event;
use crate::http::Listed;
use crate::load;
use crate::script::AssertionOutcome;
use crate::summary::{Count, Execution, Failure, FailureKind, Summary};
use crate::vars::Scope;

/// Writes the run summary as JSON at the end of the run.
pub struct JsonReporter {
    path: PathBuf,
    parts: NewmanParts,
    /// Bodies as text too (`--reporter-json-include-body`).
    include_body: bool,
}

impl JsonReporter {
    /// A reporter writing to `path`; `include_body` adds each response's
    /// body as text beside Newman's `stream`.
    pub fn new(path: PathBuf, include_body: bool) -> Self {
        JsonReporter {
            path,
            parts: NewmanParts::default(),
            include_body,
        }
    }
}

/// What Newman's summary holds besides the run's own summary: the
/// collection in the SDK's shape, and the environment and globals as the
/// run left them (with what their files say of themselves).
#[derive(Default)]
pub(super) struct NewmanParts {
    sdk: Option<SdkCollection>,
    scopes: Option<[Value; 2]>,
}

impl NewmanParts {
    /// Keeps what the run's start and end events carry.
    pub(super) fn event(&mut self, event: &Event<'_>) {
        match milestone(&event.kind) {
            Some(Milestone::Started(collection)) => self.sdk = Some(sdk_collection(collection)),
            Some(Milestone::Finished(scopes)) => {
                self.scopes = Some([scope_json(&scopes.environment), scope_json(&scopes.globals)]);
            }
            None => {}
        }
    }

    /// The collection and the scopes, taken at the end of the run.
    pub(super) fn take(&mut self) -> (SdkCollection, [Value; 2]) {
        let sdk = self
            .sdk
            .take()
            .unwrap_or_else(|| sdk_collection(&load::Collection::default()));
        (sdk, self.scopes.take().unwrap_or_default())
    }
}

/// Newman's run summary whole, executions included and redacted, for a
/// template written for Newman's reporters (the JSON report itself is
/// written an execution at a time instead).
pub(super) fn newman_summary(
    sdk: &SdkCollection,
    scopes: [Value; 2],
    summary: &Summary,
    redactor: &Redactor,
) -> Value {
    let mut run = run_json(sdk, summary, scopes);
    run["collection"] = sdk.collection.clone();
    let shape = Shape {
        sdk,
        include_body: false,
    };
    let mut executions = Vec::new();
    for (execution, position) in summary.executions.iter().zip(positions(summary)) {
        let mut value = execution_json(position, summary, execution, redactor, &shape);
        if let Some(body) = kept_body(summary, execution, redactor) {
            value["response"]["stream"]["data"] = json!(body);
        }
        for _ in 0..times_listed(execution) {
            executions.push(value.clone());
        }
    }
    run["run"]["executions"] = Value::Array(executions);
    redactor.json(&mut run);
    run
}

/// Newman lists an item once per request it sent (`pm.sendRequest` calls
/// included), each time as it ended, and not at all when a script skipped
/// its request.
pub(super) fn times_listed(execution: &Execution) -> usize {
    execution
        .requests_sent
        .max(usize::from(execution.request_error.is_some()))
}

impl Reporter for JsonReporter {
    fn event(&mut self, event: &Event<'_>, _: &Redactor) -> io::Result<()> {
        self.parts.event(event);
        Ok(())
    }

    fn finish<'s>(
        &mut self,
        summary: &'s Summary,
        redactor: &Redactor,
    ) -> io::Result<Vec<Export<'s>>> {
        let (mut sdk, scopes) = self.parts.take();
        redactor.json(&mut sdk.collection);
        // Everything but the collection and the executions, which stand in
        // as markers no collection can hold: the collection is written from
        // the reporter's tree, the executions one at a time.
        let mut run = run_json(&sdk, summary, scopes);
        redactor.json(&mut run);
        // Set after redaction: a short secret must not mask the markers.
        let marker = format!("postrun-executions-{}", uuid::Uuid::new_v4());
        run["collection"] = Value::String(format!("{marker}-collection"));
        run["run"]["executions"] = Value::String(marker.clone());
        let redactor = redactor.clone();
        let include_body = self.include_body;
        let write = move |out: &mut dyn Write| {
            let shape = Shape {
                sdk: &sdk,
                include_body,
            };
            write_run(out, &run, &marker, summary, &redactor, &shape)
        };
        Ok(vec![Export::stream(self.path.clone(), write)])
    }
}

/// The report as Newman's pretty JSON, each execution built, redacted and
/// written in turn: a report with bodies is never held whole.
/// What an execution's JSON is made with besides the execution.
struct Shape<'a> {
    sdk: &'a SdkCollection,
    include_body: bool,
}

fn write_run(
    out: &mut dyn Write,
    run: &Value,
    marker: &str,
    summary: &Summary,
    redactor: &Redactor,
    shape: &Shape<'_>,
) -> io::Result<()> {
    let text = serde_json::to_string_pretty(run).map_err(io::Error::other)?;
    let missing = || io::Error::other("a report marker is missing");
    // The collection (already redacted) is written from the one tree the
    // reporter holds, not copied into the run.
    let (before, rest) = text
        .split_once(&format!("\"{marker}-collection\""))
        .ok_or_else(missing)?;
    out.write_all(before.as_bytes())?;
    let collection =
        serde_json::to_string_pretty(&shape.sdk.collection).map_err(io::Error::other)?;
    write_indented(out, &collection, b"  ")?;
    let (between, after) = rest
        .split_once(&format!("\"{marker}\""))
        .ok_or_else(missing)?;
    out.write_all(between.as_bytes())?;
    out.write_all(b"[")?;
    let mut written = 0;
    for (execution, position) in summary.executions.iter().zip(positions(summary)) {
        let mut value = execution_json(position, summary, execution, redactor, shape);
        redactor.json(&mut value);
        // The body's bytes are written straight into the file where the
        // marker stands: a megabyte body is a million numbers, too many to
        // hold as JSON values.
        let body = kept_body(summary, execution, redactor);
        if let Some(body) = &body {
            value["response"]["stream"]["data"] = Value::String(marker.to_string());
            if shape.include_body {
                value["response"]["body"] = json!(String::from_utf8_lossy(body));
            }
        }
        let item = serde_json::to_string_pretty(&value).map_err(io::Error::other)?;
        for _ in 0..times_listed(execution) {
            // Indented as to_string_pretty would put it at this depth (run → executions → item).
            out.write_all(if written == 0 { b"\n" } else { b",\n" })?;
            written += 1;
            out.write_all(b"      ")?;
            match (&body, item.split_once(&format!("\"{marker}\""))) {
                (Some(bytes), Some((before, after))) => {
                    write_indented(out, before, b"      ")?;
                    let depth = 6 + before
                        .lines()
                        .last()
                        .map_or(0, |l| l.len() - l.trim_start().len());
                    write_byte_array(out, bytes, depth)?;
                    write_indented(out, after, b"      ")?;
                }
                _ => write_indented(out, &item, b"      ")?,
            }
        }
    }
    if written > 0 {
        out.write_all(b"\n    ")?;
    }
    out.write_all(b"]")?;
    out.write_all(after.as_bytes())
}

/// An execution's response body as the report shows it: the bytes as they
/// came (a binary body too), secrets masked; when it was kept.
fn kept_body(summary: &Summary, execution: &Execution, redactor: &Redactor) -> Option<Vec<u8>> {
    let kept = execution.response.as_ref()?.body.as_ref()?;
    let body = summary.body(kept).ok()?;
    Some(redactor.bytes(&body).into_owned())
}

/// `bytes` as the pretty JSON array of numbers `to_string_pretty` writes,
/// its key at `depth` spaces.
fn write_byte_array(out: &mut dyn Write, bytes: &[u8], depth: usize) -> io::Result<()> {
    if bytes.is_empty() {
        return out.write_all(b"[]");
    }
    let (inner, outer) = (" ".repeat(depth + 2), " ".repeat(depth));
    let mut text = String::with_capacity(bytes.len() * (depth + 6));
    text.push('[');
    for (n, byte) in bytes.iter().enumerate() {
        text.push_str(if n == 0 { "\n" } else { ",\n" });
        text.push_str(&inner);
        let _ = std::fmt::Write::write_fmt(&mut text, format_args!("{byte}"));
        // Written in pieces: the text of a large body is never held whole.
        if text.len() > 1 << 16 {
            out.write_all(text.as_bytes())?;
            text.clear();
        }
    }
    text.push('\n');
    text.push_str(&outer);
    text.push(']');
    out.write_all(text.as_bytes())
}

/// Pretty JSON text placed at a depth: every line after the first
/// indented by `indent`, as `to_string_pretty` would have put it there.
fn write_indented(out: &mut dyn Write, text: &str, indent: &[u8]) -> io::Result<()> {
    for (n, line) in text.lines().enumerate() {
        if n > 0 {
            out.write_all(b"\n")?;
            out.write_all(indent)?;
        }
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

fn count(count: Count) -> Value {
    json!({ "total": count.total, "pending": 0, "failed": count.failed })
}

/// Newman's run summary, built from the summary, but for its executions
/// (see `write_run`). Headers that carry credentials are masked here; all
/// other secrets before it is written.
fn run_json(sdk: &SdkCollection, summary: &Summary, [environment, globals]: [Value; 2]) -> Value {
    let items = summary.items_started;
    let stats = json!({
        "iterations": count(summary.iterations),
        // Newman's runtime ends an item without an error whatever failed in
        // it (a failed assertion, a script error, a refused request), so
        // its report counts no failed items.
        "items": count(Count { total: items, failed: 0 }),
        "scripts": count(Count {
            total: summary.prerequest_scripts.total + summary.test_scripts.total,
            failed: summary.prerequest_scripts.failed + summary.test_scripts.failed,
        }),
        "prerequests": count(Count { total: items, failed: 0 }),
        "requests": count(summary.requests),
        "tests": count(Count { total: summary.executions.iter().filter(|e| e.tested).count(), failed: 0 }),
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
        // postrun does not time DNS and the first byte apart from the
        // response: DNS is 0, the first byte the response's time.
        "dnsAverage": 0, "dnsMin": 0, "dnsMax": 0, "dnsSd": 0,
        "firstByteAverage": times.average.as_secs_f64() * 1e3,
        "firstByteMin": times.min.as_secs_f64() * 1e3,
        "firstByteMax": times.max.as_secs_f64() * 1e3,
        "firstByteSd": times.std_dev.as_secs_f64() * 1e3,
    });
    json!({
        // Set by the caller: the tree is large, and the JSON report writes
        // it from the reporter's own instead of a copy.
        "collection": null,
        "environment": environment,
        "globals": globals,
        "run": {
            "stats": stats,
            "timings": timings,
            "executions": [],
            "transfers": { "responseTotal": summary.bytes_received },
            "failures": summary.failures.iter().map(|f| failure_json(f, sdk, summary)).collect::<Vec<_>>(),
            "error": summary.interruption().map(|message| json!({ "name": "Interrupted", "message": message })),
        }
    })
}

/// An environment or globals as Newman writes it (the SDK's
/// VariableScope): the file's meta fields under `_` (their leading
/// underscores trimmed), its `id` (else its `_postman_id`, else a new
/// one), its `name` when it has one, and the values with the
/// descriptions the file gave them.
fn scope_json(scope: &Scope) -> Value {
    let file = scope.file();
    let mut out = serde_json::Map::new();
    let mut meta = serde_json::Map::new();
    for (key, value) in file.map(|f| f.meta.as_slice()).unwrap_or_default() {
        let key = key.trim_start_matches('_');
        if !key.is_empty() {
            meta.insert(key.to_string(), value.clone());
        }
    }
    let id = (file.and_then(|f| f.id.clone()))
        .or_else(|| {
            meta.get("postman_id")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    if !meta.is_empty() {
        out.insert("_".into(), Value::Object(meta));
    }
    out.insert("id".into(), json!(id));
    if let Some(name) = scope.name() {
        out.insert("name".into(), json!(name));
    }
    let mut values = load::variables_json(scope.variables());
    for value in values.as_array_mut().into_iter().flatten() {
        sdk_variable(value);
        let key = value["key"].as_str().unwrap_or_default();
        if let Some(description) = file.and_then(|f| f.description(key)) {
            value["description"] = sdk_description(description);
        }
    }
    out.insert("values".into(), values);
    Value::Object(out)
}

/// Newman's cursor: where an execution (or a failure) was in the run.
fn cursor_json(position: usize, iteration: usize, length: usize, cycles: usize) -> Value {
    json!({
        "position": position,
        "iteration": iteration,
        "length": length,
        "cycles": cycles,
        "empty": length == 0,
        "eof": false,
        "bof": position == 0,
        "cr": false,
        "ref": uuid::Uuid::new_v4().to_string(),
        "httpRequestId": uuid::Uuid::new_v4().to_string(),
    })
}

/// An error as Newman's sandbox reports it: its name, message and stack,
/// with the id, checksum and time Newman stamps on it.
fn error_json(name: &str, message: &str, test: Option<&str>) -> Value {
    use sha2::Digest as _;
    let checksum: String = md5::Md5::digest(format!("{name}{message}").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut out = json!({
        "type": if name == "AssertionError" { "AssertionError" } else { "Error" },
        "name": name,
        "message": message,
        "stack": format!("{name}: {message}"),
        "checksum": checksum,
        "id": uuid::Uuid::new_v4().to_string(),
        "timestamp": chrono::Utc::now().timestamp_millis(),
        "stacktrace": [],
    });
    if let Some(test) = test {
        out["test"] = json!(test);
    }
    out
}

fn headers_json(headers: &[(String, String)], redactor: &Redactor) -> Value {
    Value::Array(
        headers
            .iter()
            .map(|(key, value)| json!({ "key": key, "value": redactor.header(key, value) }))
            .collect(),
    )
}

/// Each execution's place among its iteration's requests (Newman's
/// `cursor.position`).
fn positions(summary: &Summary) -> impl Iterator<Item = usize> + '_ {
    let mut previous = None;
    let mut position = 0;
    summary.executions.iter().map(move |execution| {
        position = match previous == Some(execution.iteration) {
            true => position + 1,
            false => 0,
        };
        previous = Some(execution.iteration);
        position
    })
}

/// One execution at `position` in its iteration; its body, when kept,
/// read back from the summary's spool.
fn execution_json(
    position: usize,
    summary: &Summary,
    execution: &Execution,
    redactor: &Redactor,
    shape: &Shape<'_>,
) -> Value {
    let length = summary.requests_per_iteration;
    let item = shape.sdk.item(&execution.item_path).cloned();
    let mut item_json = item
        .clone()
        .unwrap_or_else(|| json!({ "id": execution.item_id, "name": execution.item_name }));
    item_json["path"] = json!(execution.item_path);
    let mut out = json!({
        "cursor": cursor_json(position, execution.iteration, length, summary.planned_iterations),
        // Newman's execution id is its item's.
        "id": item_json["id"].clone(),
        "item": item_json,
        "assertions": execution.assertions.iter().enumerate().map(|(i, (name, outcome))| assertion_json(i, name, outcome)).collect::<Vec<_>>(),
    });
    if let Some(request) = &execution.request {
        let written = item.as_ref().map(|i| &i["request"]);
        let variables = written
            .and_then(|r| r["url"]["variable"].as_array())
            .cloned()
            .unwrap_or_default();
        let mut written_headers = WrittenHeaders::of(written);
        let headers: Vec<Value> = (request.headers.iter())
            .map(|(key, value, listed)| {
                let value = redactor.header(key, value);
                match listed {
                    Listed::System => json!({ "key": key, "value": value, "system": true }),
                    Listed::SystemDisabled => {
                        json!({ "key": key, "value": value, "system": true, "disabled": true })
                    }
                    Listed::Own | Listed::Disabled => {
                        let disabled = *listed == Listed::Disabled;
                        let mut header = match disabled {
                            true => json!({ "disabled": true, "key": key, "value": value }),
                            false => json!({ "key": key, "value": value }),
                        };
                        written_headers.describe(&mut header, key, disabled);
                        header
                    }
                }
            })
            .collect();
        out["request"] = json!({
            "url": url_object(&redactor.text(&crate::http::url_as_sent(&request.url)), &variables),
            "method": request.method,
            "header": headers,
        });
        for key in ["body", "description"] {
            if let Some(value) = written.and_then(|r| r.get(key)).filter(|v| !v.is_null()) {
                out["request"][key] = value.clone();
            }
        }
        if let Some(body) = out["request"].get_mut("body") {
            as_newman_sent_files(body);
        }
        if let Some(auth) = shape.sdk.auth(&execution.item_path) {
            out["request"]["auth"] = auth.clone();
        }
    }
    if let Some(response) = &execution.response {
        out["response"] = json!({
            "id": uuid::Uuid::new_v4().to_string(),
            "status": response.status,
            "code": response.code,
            "header": headers_json(&response.headers, redactor),
            "stream": { "type": "Buffer", "data": [] },
            "cookie": [],
            "responseTime": response.time.as_millis() as u64,
            "responseSize": response.size,
        });
    }
    if let Some(error) = &execution.request_error {
        out["requestError"] =
            request_error_json(error, execution.request.as_ref().map(|r| r.url.as_str()));
    }
    for (key, listen) in [("prerequestScript", "prerequest"), ("testScript", "test")] {
        let errors: Vec<Value> = execution
            .script_errors
            .iter()
            .filter(|e| e.event.to_string() == listen)
            .map(|e| json!({ "error": error_json(&e.name, &e.message, None) }))
            .collect();
        if !errors.is_empty() {
            out[key] = Value::Array(errors);
        }
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

/// File fields and bodies as Newman's runtime leaves them once sent: a form's
/// file field with no file chosen gets the empty `fileName` it is sent with
/// (`filename=""`); one given inline as base64 (`value`, no `src`) and a file
/// body's `content` lose the text, which the runtime replaced with the
/// decoded bytes, left out of the report.
fn as_newman_sent_files(body: &mut Value) {
    if let Some(file) = body.get_mut("file").and_then(Value::as_object_mut) {
        file.remove("content");
    }
    let parts = body.get_mut("formdata").and_then(Value::as_array_mut);
    for part in parts.into_iter().flatten() {
        let is_file = part["type"] == "file" && part["disabled"] != true;
        let unchosen = match &part["src"] {
            Value::Null => true,
            Value::String(path) => path.is_empty(),
            Value::Array(paths) => paths.is_empty(),
            Value::Bool(_) | Value::Number(_) | Value::Object(_) => false,
        };
        if !(is_file && unchosen) {
            continue;
        }
        match part.as_object_mut() {
            Some(fields)
                if fields
                    .get("value")
                    .is_some_and(|v| v.as_str().is_some_and(|t| !t.is_empty())) =>
            {
                fields.remove("value");
            }
            _ => part["fileName"] = json!(""),
        }
    }
}

/// The enabled headers a request item writes, each to be matched once by
/// name with a header the request sent, which then carries the written
/// `name` and `description` as Newman's executed request does.
struct WrittenHeaders<'a> {
    unmatched: Vec<&'a serde_json::Map<String, Value>>,
}

impl<'a> WrittenHeaders<'a> {
    fn of(request: Option<&'a Value>) -> Self {
        let listed = request.and_then(|r| r["header"].as_array());
        let unmatched = (listed.into_iter().flatten())
            .filter_map(Value::as_object)
            .collect();
        WrittenHeaders { unmatched }
    }

    /// Gives `header` the name and description of the first header the
    /// collection writes with its key and its being switched off.
    fn describe(&mut self, header: &mut Value, key: &str, disabled: bool) {
        let found = (self.unmatched.iter()).position(|h| {
            let switched_off = h.get("disabled") == Some(&Value::Bool(true));
            switched_off == disabled
                && h.get("key")
                    .and_then(Value::as_str)
                    .is_some_and(|k| k.eq_ignore_ascii_case(key))
        });
        let Some(written) = found.map(|at| self.unmatched.remove(at)) else {
            return;
        };
        for field in ["name", "description"] {
            if let Some(value) = written.get(field) {
                header[field] = value.clone();
            }
        }
    }
}

/// A request error as Newman writes node's: name and message, and the
/// fields node gives the error (code, errno, syscall, where it went).
fn request_error_json(message: &str, url: Option<&str>) -> Value {
    let mut out = json!({ "name": "RequestError", "message": message });
    let fields = crate::http::node_error_fields(message, url.unwrap_or_default());
    for (key, value) in fields.into_iter().flatten() {
        out[key] = value;
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
            "error": { "name": error_name, "index": index, "test": name, "message": message, "stack": format!("{error_name}: {message}") },
        }),
    }
}

fn failure_json(failure: &Failure, sdk: &SdkCollection, summary: &Summary) -> Value {
    let executions = &summary.executions;
    let length = summary.requests_per_iteration;
    let at = failure.at();
    let (test, index) = match &failure.kind {
        FailureKind::Assertion { test, index, .. } => (Some(test.clone()), Some(*index)),
        FailureKind::Script { .. } | FailureKind::Request { .. } => (None, None),
    };
    // A script's request has no name of its own in Newman's report.
    let name = match failure.kind {
        FailureKind::Request { from_script: true } => "",
        FailureKind::Assertion { .. }
        | FailureKind::Script { .. }
        | FailureKind::Request { from_script: false } => failure.item_name.as_str(),
    };
    let mut source = sdk
        .item(&failure.item_path)
        .cloned()
        .unwrap_or_else(|| json!({ "name": name }));
    source["name"] = json!(name);
    source["path"] = json!(failure.item_path);
    let mut error = error_json(&failure.name, &failure.message, test.as_deref());
    if let Some(index) = index {
        error["index"] = json!(index);
    }
    if let FailureKind::Request { .. } = failure.kind {
        let url = executions
            .iter()
            .find(|e| e.item_path == failure.item_path && e.iteration == failure.iteration)
            .and_then(|e| e.request.as_ref())
            .map(|r| r.url.as_str());
        if let Some(details) = request_error_json(&failure.message, url).as_object() {
            for (key, value) in details {
                error
                    .as_object_mut()
                    .map(|e| e.entry(key.clone()).or_insert(value.clone()));
            }
        }
    }
    let line = match &failure.kind {
        FailureKind::Script { line, .. } => line.unwrap_or(1),
        FailureKind::Assertion { .. } | FailureKind::Request { .. } => 1,
    };
    // One frame: where postrun knows the failure happened.
    error["stacktrace"] = json!([{
        "fileName": at, "lineNumber": line, "functionName": "", "typeName": "",
        "methodName": "", "columnNumber": 0, "native": false,
    }]);
    let mut cursor = cursor_json(0, failure.iteration, length, summary.planned_iterations);
    cursor["execution"] = json!(uuid::Uuid::new_v4().to_string());
    cursor["scriptId"] = json!(uuid::Uuid::new_v4().to_string());
    json!({
        "error": error,
        "at": at,
        "source": source,
        "parent": sdk.parent(&failure.item_path),
        "cursor": cursor,
    })
}
