//! The `junit` reporter: one `<testsuite>` per request, one `<testcase>` per
//! assertion, for CI servers. Written with `quick-junit` (nextest's): unlike
//! `junit-report` it writes properties, per-suite system-out and arbitrary
//! attributes such as `hostname`, and it is actively maintained.
//!
//! Failed assertions are `<failure>`s; script and request errors are
//! `<error>`s, so a CI server tells "the API answered wrong" from "the run
//! broke".

use std::io;
use std::path::PathBuf;
use std::time::Duration;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::{Export, Redactor, Reporter};
use super::{Milestone, milestone};
use crate::events::Event;
use crate::script::AssertionOutcome;
use crate::summary::{Execution, Summary};

/// Writes a JUnit XML report at the end of the run.
pub struct JunitReporter {
    path: PathBuf,
    collection: String,
}

impl JunitReporter {
    /// A reporter writing to `path`.
    pub fn new(path: PathBuf) -> Self {
        JunitReporter {
            path,
            collection: String::new(),
        }
    }
}

impl Reporter for JunitReporter {
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
        let collection = std::mem::take(&mut self.collection);
        let redactor = redactor.clone();
        let write =
            move |out: &mut dyn io::Write| write_report(out, &collection, summary, &redactor);
        Ok(vec![Export::stream(self.path.clone(), write)])
    }
}

/// Writes the report a suite at a time: the root element's totals come
/// from a first pass, then each suite is built, written and dropped, so a
/// run of any length is never held as XML. Every string is redacted before
/// it is escaped, so XML escaping cannot hide a secret from the mask.
fn write_report(
    out: &mut dyn io::Write,
    collection: &str,
    summary: &Summary,
    redactor: &Redactor,
) -> io::Result<()> {
    let text = |s: &str| xml_text(&redactor.text(s));
    let hostname = hostname();
    let suites = || {
        let executions = summary.executions.iter();
        let run = executions.map(|execution| execution_suite(execution, summary, &hostname, &text));
        run.chain(summary.interruption().map(|why| interrupted_suite(&why)))
    };
    let mut root = Report::new(text(collection));
    root.set_time(summary.duration);
    if let Some(started) = summary.started_at {
        root.set_timestamp(started);
    }
    for suite in suites() {
        root.tests += suite.tests;
        root.failures += suite.failures;
        root.errors += suite.errors;
        root.skipped += suite.skipped;
    }
    // quick-junit writes whole reports: the root alone, opened and closed,
    // then each suite as a report of one, cut out of its root.
    let root = serialized(&root)?;
    let close = root.rfind(ROOT_CLOSE).unwrap_or(root.len());
    out.write_all(&root.as_bytes()[..close])?;
    for suite in suites() {
        let mut alone = Report::new("");
        alone.add_test_suite(suite);
        let alone = serialized(&alone)?;
        let start = alone.find(SUITE_OPEN).unwrap_or(0);
        let end = alone.rfind(ROOT_CLOSE).unwrap_or(alone.len());
        out.write_all(&alone.as_bytes()[start..end])?;
    }
    out.write_all(&root.as_bytes()[close..])
}

/// Where a suite starts and the root ends in quick-junit's indented output.
const SUITE_OPEN: &str = "\n    <testsuite ";
const ROOT_CLOSE: &str = "\n</testsuites>";

fn serialized(report: &Report) -> io::Result<String> {
    report.to_string().map_err(io::Error::other)
}

/// One execution's suite, with its place in time and the machine's name.
fn execution_suite(
    execution: &Execution,
    summary: &Summary,
    hostname: &str,
    text: &dyn Fn(&str) -> String,
) -> TestSuite {
    let mut suite = suite(execution, summary.iterations.total, text);
    if let Some(started) = summary.started_at {
        let offset = chrono::Duration::from_std(execution.started).unwrap_or_default();
        suite.set_timestamp(started + offset);
    }
    suite.extra.insert("hostname".into(), hostname.into());
    suite
}

/// A run stopped by a signal: one suite with one error, so CI shows that
/// the report holds only what ran.
fn interrupted_suite(interruption: &str) -> TestSuite {
    let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
    status.set_type("Interrupted").set_message(format!(
        "the run was {interruption}: the requests after it never ran"
    ));
    let mut case = TestCase::new("run", status);
    case.set_classname("postrun");
    let mut suite = TestSuite::new("postrun: run interrupted");
    suite.add_test_case(case);
    suite
}

/// Text XML 1.0 can hold: the characters it forbids (most C0 controls,
/// U+FFFE, U+FFFF, lone surrogates cannot occur in Rust) become U+FFFD.
fn xml_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
            c => c,
        })
        .collect()
}

fn suite(execution: &Execution, iterations: usize, text: &dyn Fn(&str) -> String) -> TestSuite {
    let name = match iterations {
        0 | 1 => execution.item_path.clone(),
        _ => format!(
            "{} (iteration {})",
            execution.item_path,
            execution.iteration + 1
        ),
    };
    let mut suite = TestSuite::new(text(&name));
    suite.set_time(execution.duration);
    suite.add_property(("iteration", (execution.iteration + 1).to_string().as_str()));
    if let Some(request) = &execution.request {
        suite.add_property((
            "request",
            text(&format!("{} {}", request.method, request.url)).as_str(),
        ));
    }
    if let Some(response) = &execution.response {
        suite.add_property((
            "response",
            format!("{} {}", response.code, response.status).as_str(),
        ));
    }
    let cases = execution.assertions.len().max(1) as u32;
    let share = execution.duration / cases;
    for (name, outcome) in &execution.assertions {
        suite.add_test_case(assertion_case(
            name,
            outcome,
            &execution.item_path,
            share,
            text,
        ));
    }
    for error in &execution.script_errors {
        let line = error
            .line
            .map(|l| format!(" (line {l})"))
            .unwrap_or_default();
        let message = format!("{}{line}", error.message);
        let case_name = format!("{} script", error.event);
        suite.add_test_case(error_case(
            &case_name,
            &error.name,
            &message,
            &execution.item_path,
            text,
        ));
    }
    if let Some(error) = &execution.request_error {
        suite.add_test_case(error_case(
            "request",
            "RequestError",
            error,
            &execution.item_path,
            text,
        ));
    }
    let console: Vec<&str> = execution
        .console
        .iter()
        .map(|c| c.message.as_str())
        .collect();
    if !console.is_empty() {
        suite.set_system_out(text(&console.join("\n")));
    }
    suite
}

fn assertion_case(
    name: &str,
    outcome: &AssertionOutcome,
    item_path: &str,
    time: Duration,
    text: &dyn Fn(&str) -> String,
) -> TestCase {
    let status = match outcome {
        AssertionOutcome::Passed => TestCaseStatus::success(),
        AssertionOutcome::Skipped => TestCaseStatus::skipped(),
        AssertionOutcome::Failed {
            error_name,
            message,
        } => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status
                .set_type(text(error_name))
                .set_message(text(message))
                .set_description(text(&format!("{message}\nat request \"{item_path}\"")));
            status
        }
    };
    let mut case = TestCase::new(text(name), status);
    case.set_classname(text(item_path)).set_time(time);
    case
}

fn error_case(
    name: &str,
    kind: &str,
    message: &str,
    item_path: &str,
    text: &dyn Fn(&str) -> String,
) -> TestCase {
    let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
    status
        .set_type(kind)
        .set_message(text(message))
        .set_description(text(&format!("{message}\nat request \"{item_path}\"")));
    let mut case = TestCase::new(name, status);
    case.set_classname(text(item_path)).set_time(Duration::ZERO);
    case
}

fn hostname() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| {
            std::fs::read_to_string("/etc/hostname")
                .ok()
                .map(|h| h.trim().to_string())
        })
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_string())
}
