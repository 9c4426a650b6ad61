//! The `htmlextra` reporter: the dashboard newman-reporter-htmlextra users
//! know, built in and offline (one file, no CDN). A summary with skipped
//! tests and the environment's name, every request with its headers and
//! bodies, navigation by iteration and folder, a failed-only filter, the
//! console, a light and a dark theme. It takes htmlextra's option names
//! ([`HtmlextraOptions`]). The page is written a request at a time, and
//! every string passes the redactor before it is rendered.

use std::io::{self, Write};
use std::path::PathBuf;

use serde_json::{Value, json};

use super::html::{ROW_END, ROW_START, TemplateParts, split_at_markers};
use super::{Export, Redactor, Reporter};
use super::{Milestone, default_export_name, format, milestone};
use crate::events::Event;
use crate::load::Variable;
use crate::script::AssertionOutcome;
use crate::summary::{Execution, KeptBody, Summary};

/// The dashboard's template: a head, a part repeated per request, a tail.
const TEMPLATE: &str = include_str!("htmlextra.html.hbs");

/// newman-reporter-htmlextra's options, by their names there
/// (`--reporter-htmlextra-<name>`). Lists are comma-separated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlextraOptions {
    /// `-export`: the file, or a directory to write it in.
    pub export: Option<PathBuf>,
    /// `-title`: the heading (htmlextra's default "Newman Run Dashboard").
    pub title: Option<String>,
    /// `-browserTitle`: the window's title.
    pub browser_title: Option<String>,
    /// `-titleSize`: the heading's level, 1 to 6.
    pub title_size: Option<u8>,
    /// `-darkTheme`: open in the dark theme.
    pub dark_theme: bool,
    /// `-logs`: show each request's console output.
    pub logs: bool,
    /// `-omitHeaders`: no request or response headers.
    pub omit_headers: bool,
    /// `-skipHeaders`: these headers left out.
    pub skip_headers: Vec<String>,
    /// `-omitRequestBodies`.
    pub omit_request_bodies: bool,
    /// `-omitResponseBodies`.
    pub omit_response_bodies: bool,
    /// `-hideRequestBody`: the request bodies of these requests left out.
    pub hide_request_body: Vec<String>,
    /// `-hideResponseBody`: the response bodies of these requests left out.
    pub hide_response_body: Vec<String>,
    /// `-skipSensitiveData`: no request headers or bodies at all (secrets
    /// are masked either way).
    pub skip_sensitive_data: bool,
    /// `-showOnlyFails`: only failed requests are listed.
    pub show_only_fails: bool,
    /// `-skipFolders`: requests in these folders left out.
    pub skip_folders: Vec<String>,
    /// `-skipRequests`: these requests left out.
    pub skip_requests: Vec<String>,
    /// `-showEnvironmentData`: the environment's final values in the summary.
    pub show_environment_data: bool,
    /// `-skipEnvironmentVars`: these left out of it.
    pub skip_environment_vars: Vec<String>,
    /// `-showGlobalData`: the globals' final values in the summary.
    pub show_global_data: bool,
    /// `-skipGlobalVars`: these left out of it.
    pub skip_global_vars: Vec<String>,
}

impl HtmlextraOptions {
    /// Sets the option htmlextra calls `name`; `false` when it has none of
    /// that name. A switch given a value takes `false`/`0` as off.
    pub fn set(&mut self, name: &str, value: Option<&str>) -> bool {
        let on = !matches!(value.map(str::trim), Some("false" | "0"));
        let text = || value.map(str::to_string);
        let list = || value.map(comma_list).unwrap_or_default();
        match name {
            "export" => self.export = value.map(PathBuf::from),
            "title" => self.title = text(),
            "browserTitle" => self.browser_title = text(),
            "titleSize" => self.title_size = value.and_then(|v| v.trim().parse().ok()),
            "darkTheme" => self.dark_theme = on,
            "logs" => self.logs = on,
            "omitHeaders" => self.omit_headers = on,
            "skipHeaders" => self.skip_headers = list(),
            "omitRequestBodies" => self.omit_request_bodies = on,
            "omitResponseBodies" => self.omit_response_bodies = on,
            "hideRequestBody" => self.hide_request_body = list(),
            "hideResponseBody" => self.hide_response_body = list(),
            "skipSensitiveData" => self.skip_sensitive_data = on,
            "showOnlyFails" => self.show_only_fails = on,
            "skipFolders" => self.skip_folders = list(),
            "skipRequests" => self.skip_requests = list(),
            "showEnvironmentData" => self.show_environment_data = on,
            "skipEnvironmentVars" => self.skip_environment_vars = list(),
            "showGlobalData" => self.show_global_data = on,
            "skipGlobalVars" => self.skip_global_vars = list(),
            // Accepted for command lines written for htmlextra; the page
            // has no syntax colouring, paging or markdown, and shows UTC.
            "noSyntaxHighlighting"
            | "showMarkdownLinks"
            | "showFolderDescription"
            | "testPaging"
            | "displayProgressBar"
            | "silentProgressBar"
            | "timezone"
            | "template" => {}
            _ => return false,
        }
        true
    }

    /// Whether any body is shown, so the run must keep them.
    pub fn wants_bodies(&self) -> bool {
        !(self.omit_request_bodies || self.skip_sensitive_data) || !self.omit_response_bodies
    }

    fn lists(&self, list: &[String], name: &str) -> bool {
        list.iter().any(|n| n == name)
    }
}

fn comma_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// Writes the dashboard at the end of the run.
pub struct HtmlextraReporter {
    options: HtmlextraOptions,
    registry: handlebars::Handlebars<'static>,
    collection: String,
    /// The environment file's `name`, known at the end of the run.
    environment_name: Option<String>,
    /// The environment and globals as the run left them.
    scopes: Option<[Vec<(String, String)>; 2]>,
}

impl HtmlextraReporter {
    /// A reporter with these options.
    pub fn new(options: HtmlextraOptions) -> Self {
        let mut registry = handlebars::Handlebars::new();
        registry.set_strict_mode(false);
        let TemplateParts { head, row, tail } =
            split_at_markers(TEMPLATE, ROW_START, ROW_END).expect("the template has its markers");
        for (name, part) in [("head", head), ("row", row), ("tail", tail)] {
            registry
                .register_template_string(name, part)
                .expect("the built-in template parses");
        }
        HtmlextraReporter {
            options,
            registry,
            collection: String::new(),
            environment_name: None,
            scopes: None,
        }
    }

    /// Where the page goes: `-export`, else htmlextra's default name in
    /// `newman/`; a folder gets the default name inside it.
    fn path(&self) -> PathBuf {
        super::export_target(self.options.export.as_deref(), || self.default_name())
    }

    /// htmlextra's default name, `<collection>.html` (`newman_htmlextra`
    /// when the name cannot be a file's), stamped as Newman stamps it.
    fn default_name(&self) -> String {
        let name = &self.collection;
        let usable = !name.trim().is_empty()
            && !name.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|'])
            && !name.ends_with(['.', ' ']);
        let stem = if usable {
            name.as_str()
        } else {
            "newman_htmlextra"
        };
        let stamped = default_export_name("html");
        format!("{stem}{}", stamped.trim_start_matches("newman-run-report"))
    }
}

impl Reporter for HtmlextraReporter {
    fn event(&mut self, event: &Event<'_>, _: &Redactor) -> io::Result<()> {
        match milestone(&event.kind) {
            Some(Milestone::Started(collection)) => self.collection = collection.info.name.clone(),
            Some(Milestone::Finished(scopes)) => {
                self.environment_name = scopes.environment.name().map(str::to_string);
                self.scopes = Some([
                    pairs(scopes.environment.variables()),
                    pairs(scopes.globals.variables()),
                ])
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
        let mut page = self.page(summary);
        redactor.json(&mut page);
        let page = handlebars::Context::from(page);
        let registry = std::mem::take(&mut self.registry);
        let options = self.options.clone();
        let redactor = redactor.clone();
        Ok(vec![Export::stream(
            self.path(),
            move |out: &mut dyn Write| {
                let render = |name: &str, context: &handlebars::Context, out: &mut dyn Write| {
                    registry
                        .render_with_context_to_write(name, context, out)
                        .map_err(io::Error::other)
                };
                render("head", &page, out)?;
                let mut previous_iteration = None;
                for (index, execution) in listed(summary, &options) {
                    let first = previous_iteration != Some(execution.iteration);
                    previous_iteration = Some(execution.iteration);
                    let mut row =
                        request_data(index, execution, first, summary, &options, &redactor);
                    redactor.json(&mut row);
                    render("row", &handlebars::Context::from(row), out)?;
                }
                render("tail", &page, out)
            },
        )])
    }
}

fn pairs(variables: &[Variable]) -> Vec<(String, String)> {
    variables
        .iter()
        .filter(|v| v.enabled)
        .map(|v| (v.key.clone(), v.value.to_string()))
        .collect()
}

/// The requests the page lists, with their places in the run.
fn listed<'s>(
    summary: &'s Summary,
    options: &'s HtmlextraOptions,
) -> impl Iterator<Item = (usize, &'s Execution)> + 's {
    summary
        .executions
        .iter()
        .enumerate()
        .filter(move |(_, e)| !options.show_only_fails || e.failed())
        .filter(move |(_, e)| !options.lists(&options.skip_requests, &e.item_name))
        .filter(move |(_, e)| {
            !folders_of(e)
                .iter()
                .any(|f| options.lists(&options.skip_folders, f))
        })
}

/// The folders an execution is in, outermost first.
fn folders_of(execution: &Execution) -> Vec<&str> {
    let folder = execution.folder();
    if folder.is_empty() {
        Vec::new()
    } else {
        folder.split(" / ").collect()
    }
}

impl HtmlextraReporter {
    /// Everything but the requests: titles, totals, navigation, failures.
    fn page(&self, summary: &Summary) -> Value {
        let options = &self.options;
        let skipped = summary
            .executions
            .iter()
            .flat_map(|e| e.assertions.iter())
            .filter(|(_, o)| matches!(o, AssertionOutcome::Skipped))
            .count();
        let times = summary.response_time_stats();
        let stat = |name: &str, count: crate::summary::Count| json!({ "name": name, "total": count.total, "failed": count.failed });
        let mut iterations: Vec<Value> = Vec::new();
        let mut folders: Vec<String> = Vec::new();
        for execution in &summary.executions {
            let number = execution.iteration + 1;
            if iterations.last().and_then(|i| i["number"].as_u64()) != Some(number as u64) {
                iterations.push(json!({ "number": number, "failed": false }));
            }
            if execution.failed()
                && let Some(last) = iterations.last_mut()
            {
                last["failed"] = json!(true);
            }
            let folder = execution.folder().to_string();
            if !folder.is_empty() && !folders.contains(&folder) {
                folders.push(folder);
            }
        }
        let failed_tests: Vec<Value> =
            tests_with(summary, |o| matches!(o, AssertionOutcome::Failed { .. }));
        let skipped_tests = tests_with(summary, |o| matches!(o, AssertionOutcome::Skipped));
        let (environment, globals) = match &self.scopes {
            Some([environment, globals]) => (environment.as_slice(), globals.as_slice()),
            None => (&[][..], &[][..]),
        };
        let shown = |show: bool, values: &[(String, String)], skip: &[String]| {
            show.then(|| {
                values
                    .iter()
                    .filter(|(key, _)| !skip.contains(key))
                    .map(|(key, value)| json!({ "key": key, "value": value }))
                    .collect::<Vec<_>>()
            })
        };
        json!({
            "browserTitle": options.browser_title.clone().unwrap_or_else(|| "Newman Summary Report".into()),
            "title": options.title.clone().unwrap_or_else(|| "Newman Run Dashboard".into()),
            "titleSize": options.title_size.filter(|s| (1..=6).contains(s)).unwrap_or(2),
            "theme": if options.dark_theme { "dark" } else { "light" },
            "timestamp": summary.started_at.map(|t| t.format("%A, %d %B %Y %H:%M:%S UTC").to_string()).unwrap_or_default(),
            "version": env!("CARGO_PKG_VERSION"),
            "collection": self.collection,
            "environment": self.environment_name,
            "interrupted": summary.interruption(),
            "stats": [
                stat("Iterations", summary.iterations),
                stat("Requests", summary.requests),
                stat("Prerequest Scripts", summary.prerequest_scripts),
                stat("Test Scripts", summary.test_scripts),
                stat("Assertions", summary.assertions),
            ],
            "skipped": skipped,
            "failures": summary.failures.len(),
            "failed": summary.has_failures(),
            "duration": format::duration(summary.duration),
            "received": format::size(summary.bytes_received),
            "average": format::duration(times.average),
            "min": format::duration(times.min),
            "max": format::duration(times.max),
            "iterations": iterations,
            "manyIterations": summary.planned_iterations > 1,
            "folders": folders,
            "failedTests": failed_tests,
            "skippedTests": skipped_tests,
            "showOnlyFails": options.show_only_fails,
            "environmentValues": shown(options.show_environment_data, environment, &options.skip_environment_vars),
            "globalValues": shown(options.show_global_data, globals, &options.skip_global_vars),
        })
    }
}

/// The tests whose outcome `wanted` picks, with the request they are in.
fn tests_with(summary: &Summary, wanted: impl Fn(&AssertionOutcome) -> bool) -> Vec<Value> {
    let many = summary.planned_iterations > 1;
    summary
        .executions
        .iter()
        .enumerate()
        .flat_map(|(index, e)| e.assertions.iter().map(move |a| (index, e, a)))
        .filter(|(_, _, (_, outcome))| wanted(outcome))
        .map(|(index, e, (name, outcome))| {
            json!({
                "name": name,
                "message": failure_message(outcome),
                "request": e.item_path,
                "anchor": anchor(index),
                "iteration": many.then_some(e.iteration + 1),
            })
        })
        .collect()
}

fn failure_message(outcome: &AssertionOutcome) -> Option<String> {
    match outcome {
        AssertionOutcome::Failed {
            error_name,
            message,
        } => Some(format!("{error_name}: {message}")),
        AssertionOutcome::Passed | AssertionOutcome::Skipped => None,
    }
}

fn anchor(index: usize) -> String {
    format!("request-{}", index + 1)
}

/// One request's card.
fn request_data(
    index: usize,
    execution: &Execution,
    first_in_iteration: bool,
    summary: &Summary,
    options: &HtmlextraOptions,
    redactor: &Redactor,
) -> Value {
    let name = execution.item_name.as_str();
    let count = |wanted: fn(&AssertionOutcome) -> bool| {
        execution
            .assertions
            .iter()
            .filter(|(_, o)| wanted(o))
            .count()
    };
    let tests: Vec<Value> = execution
        .assertions
        .iter()
        .map(|(name, outcome)| {
            let (class, mark) = match outcome {
                AssertionOutcome::Passed => ("pass", "Pass"),
                AssertionOutcome::Skipped => ("skip", "Skipped"),
                AssertionOutcome::Failed { .. } => ("fail", "Fail"),
            };
            json!({ "name": name, "class": class, "mark": mark, "message": failure_message(outcome) })
        })
        .collect();
    let errors: Vec<String> = execution
        .script_errors
        .iter()
        .map(|e| format!("{} in the {} script: {}", e.name, e.event, e.message))
        .chain(execution.request_error.iter().cloned())
        .collect();
    let show_headers =
        |request: bool| !(options.omit_headers || (request && options.skip_sensitive_data));
    let headers = |list: &[(String, String)]| -> Vec<Value> {
        list.iter()
            .filter(|(key, _)| {
                !options
                    .skip_headers
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(key))
            })
            .map(|(key, value)| json!({ "key": key, "value": redactor.header(key, value) }))
            .collect()
    };
    let body = |kept: Option<&KeptBody>| -> Option<String> {
        let bytes = summary.body(kept?).ok()?;
        Some(redactor.text(&shown_body(&bytes)).into_owned())
    };
    let request = execution.request.as_ref().map(|r| {
        let show_body = !(options.omit_request_bodies
            || options.skip_sensitive_data
            || options.lists(&options.hide_request_body, name));
        json!({
            "method": r.method,
            "url": redactor.text(&r.url),
            "headers": show_headers(true).then(|| headers(&r.header_pairs())),
            "body": show_body.then(|| body(r.body.as_ref())).flatten(),
        })
    });
    let response = execution.response.as_ref().map(|r| {
        let show_body =
            !(options.omit_response_bodies || options.lists(&options.hide_response_body, name));
        json!({
            "code": r.code,
            "status": r.status,
            "class": if r.code >= 400 { "fail" } else { "pass" },
            "time": format::duration(r.time),
            "size": format::size(r.size as u64),
            "headers": show_headers(false).then(|| headers(&r.headers)),
            "body": show_body.then(|| body(r.body.as_ref())).flatten(),
        })
    });
    json!({
        "anchor": anchor(index),
        "name": name,
        "path": execution.item_path,
        "folder": execution.folder(),
        "iteration": execution.iteration + 1,
        "firstInIteration": first_in_iteration,
        "manyIterations": summary.planned_iterations > 1,
        "failed": execution.failed(),
        "request": request,
        "response": response,
        "errors": errors,
        "tests": tests,
        "passed": count(|o| matches!(o, AssertionOutcome::Passed)),
        "failedCount": count(|o| matches!(o, AssertionOutcome::Failed { .. })),
        "skippedCount": count(|o| matches!(o, AssertionOutcome::Skipped)),
        "console": options.logs.then(|| execution.console.iter().map(|c| json!({ "level": c.level, "message": c.message })).collect::<Vec<_>>()),
    })
}

/// A body as text: JSON pretty-printed, anything else as it came (bytes
/// that are not UTF-8 replaced).
fn shown_body(bytes: &[u8]) -> String {
    serde_json::from_slice::<Value>(bytes)
        .ok()
        .filter(|v| v.is_object() || v.is_array())
        .and_then(|v| serde_json::to_string_pretty(&v).ok())
        .unwrap_or_else(|| String::from_utf8_lossy(bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_take_htmlextras_names_and_values() {
        let mut options = HtmlextraOptions::default();
        assert!(options.set("title", Some("Nightly")));
        assert!(options.set("darkTheme", None));
        assert!(options.set("logs", Some("false")));
        assert!(options.set("skipHeaders", Some("Authorization, X-Api-Key")));
        assert!(options.set("timezone", Some("Europe/Paris")));
        assert!(!options.set("colour", Some("red")));
        assert_eq!(options.title.as_deref(), Some("Nightly"));
        assert!(options.dark_theme && !options.logs);
        assert_eq!(options.skip_headers, ["Authorization", "X-Api-Key"]);
    }

    #[test]
    fn the_template_splits_at_its_request_markers() {
        let parts = split_at_markers(TEMPLATE, ROW_START, ROW_END).unwrap();
        assert!(parts.head.contains("<head>") && parts.tail.contains("</html>"));
        assert!(parts.row.contains("class=\"request"), "{}", parts.row);
        HtmlextraReporter::new(HtmlextraOptions::default());
    }

    #[test]
    fn json_bodies_are_pretty_printed_and_the_rest_kept() {
        assert_eq!(shown_body(br#"{"a":[1]}"#), "{\n  \"a\": [\n    1\n  ]\n}");
        assert_eq!(shown_body(b"plain"), "plain");
        assert_eq!(shown_body(b"42"), "42");
    }
}
