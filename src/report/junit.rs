//! The `junit` reporter, for CI servers. By default the layout is
//! Newman's, so a CI history survives the switch: one `<testsuite>` per
//! request item (its iterations together) named by its folder path, one
//! `<testcase>` per assertion name with Newman's classname (the suite name
//! in UpperCamelCase), and a root element the Jenkins xUnit plugin's
//! `junit-10.xsd` accepts. `--reporter-junit-per-iteration` gives postrun's
//! richer layout: a suite per execution, with properties and each
//! assertion a case. Suites are written with `quick-junit` (nextest's).
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
use crate::vars::upper_first;

/// Writes a JUnit XML report at the end of the run.
pub struct JunitReporter {
    path: PathBuf,
    collection: String,
    layout: JunitLayout,
}

/// How executions become suites.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum JunitLayout {
    /// Newman's: a suite per request item, a case per assertion name.
    #[default]
    Newman,
    /// A suite per execution (item and iteration), with properties.
    PerIteration,
}

impl JunitReporter {
    /// A reporter writing to `path` in `layout`.
    pub fn new(path: PathBuf, layout: JunitLayout) -> Self {
        JunitReporter {
            path,
            collection: String::new(),
            layout,
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
        let layout = self.layout;
        let write = move |out: &mut dyn io::Write| {
            write_report(out, &collection, summary, &redactor, layout)
        };
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
    layout: JunitLayout,
) -> io::Result<()> {
    let text = |s: &str| xml_text(&redactor.text(s));
    let hostname = hostname();
    let items = by_item(&summary.executions);
    let suites = || -> Box<dyn Iterator<Item = TestSuite> + '_> {
        let run: Box<dyn Iterator<Item = TestSuite>> = match layout {
            JunitLayout::Newman => Box::new(
                items
                    .iter()
                    .map(|executions| newman_suite(executions, summary, collection, &text)),
            ),
            JunitLayout::PerIteration => Box::new(
                summary
                    .executions
                    .iter()
                    .map(|execution| execution_suite(execution, summary, &hostname, &text)),
            ),
        };
        Box::new(run.chain(summary.interruption().map(|why| interrupted_suite(&why))))
    };
    let (mut tests, mut failures, mut errors) = (0, 0, 0);
    for suite in suites() {
        tests += suite.tests;
        failures += suite.failures;
        errors += suite.errors;
    }
    // The root as junit-10.xsd allows it (no `skipped`, no `timestamp`),
    // then each suite as quick-junit writes it, cut out of a report of one.
    write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\" time=\"{:.3}\">",
        attribute(&text(collection)),
        summary.duration.as_secs_f64()
    )?;
    for suite in suites() {
        let mut alone = Report::new("");
        alone.add_test_suite(suite);
        let alone = serialized(&alone)?;
        let start = alone.find(SUITE_OPEN).unwrap_or(0);
        let end = alone.rfind(ROOT_CLOSE).unwrap_or(alone.len());
        out.write_all(&alone.as_bytes()[start..end])?;
    }
    out.write_all(ROOT_CLOSE.as_bytes())?;
    out.write_all(b"\n")
}

/// An attribute value, escaped.
fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The executions of each request item, items in the order they first ran.
fn by_item(executions: &[Execution]) -> Vec<Vec<&Execution>> {
    let mut items: Vec<Vec<&Execution>> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for execution in executions {
        let key = execution.item_id.as_deref().unwrap_or(&execution.item_path);
        match index.get(key) {
            Some(&at) => items[at].push(execution),
            None => {
                index.insert(key, items.len());
                items.push(vec![execution]);
            }
        }
    }
    items
}

/// Newman's classname for a suite: lodash's
/// `upperFirst(camelCase(name).replace(/\W/g, ''))` of the suite's name as
/// xmlbuilder stores the attribute (escaped: `&` reads `&amp;`, a line
/// break `&#xA;`), so accents go (`Usuários` → `Usuarios`), `&` gives `Amp`;
/// a name with no ASCII letter or digit left takes the collection's, made
/// the same way from the name as written.
fn class_name(name: &str, collection: &str) -> String {
    let own = camel_class(&xmlbuilder_escaped(name));
    if own.is_empty() {
        camel_class(collection)
    } else {
        own
    }
}

fn camel_class(name: &str) -> String {
    let text = crate::script::deburr(name).replace(['\'', '\u{2019}'], "");
    let units: Vec<u16> = text.encode_utf16().collect();
    let camel: String = crate::script::words(&units)
        .into_iter()
        .enumerate()
        .map(|(at, range)| {
            let word = String::from_utf16_lossy(&units[range]).to_lowercase();
            if at == 0 { word } else { upper_first(&word) }
        })
        .collect();
    upper_first(&camel.replace(|c: char| !(c.is_ascii_alphanumeric() || c == '_'), ""))
}

/// An attribute value as xmlbuilder escapes it (not `>` or `'`).
fn xmlbuilder_escaped(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#x9;"),
            '\n' => out.push_str("&#xA;"),
            '\r' => out.push_str("&#xD;"),
            _ => out.push(c),
        }
    }
    out
}

/// The runs of one assertion name across an item's executions.
struct AssertionRuns<'a> {
    name: &'a str,
    /// The message of each failed run.
    failures: Vec<&'a str>,
    /// Every run was skipped.
    only_skipped: bool,
}

/// Each assertion name once, in the order first seen, with its failures.
fn assertion_runs<'a>(executions: &[&'a Execution]) -> Vec<AssertionRuns<'a>> {
    let mut runs: Vec<AssertionRuns<'a>> = Vec::new();
    // Each name's place in `runs`: a script may make thousands of tests.
    let mut places: std::collections::HashMap<&'a str, usize> = std::collections::HashMap::new();
    for (name, outcome) in executions.iter().flat_map(|e| e.assertions.iter()) {
        let at = *places.entry(name.as_str()).or_insert_with(|| {
            runs.push(AssertionRuns {
                name,
                failures: Vec::new(),
                only_skipped: true,
            });
            runs.len() - 1
        });
        match outcome {
            AssertionOutcome::Failed { message, .. } => {
                runs[at].failures.push(message);
                runs[at].only_skipped = false;
            }
            AssertionOutcome::Passed => runs[at].only_skipped = false,
            AssertionOutcome::Skipped => {}
        }
    }
    runs
}

/// One request item's suite in Newman's layout: its iterations together,
/// a case per assertion name (failed when any run of it failed), errors as
/// cases of their own.
fn newman_suite(
    executions: &[&Execution],
    summary: &Summary,
    collection: &str,
    text: &dyn Fn(&str) -> String,
) -> TestSuite {
    let first = executions[0];
    let name = text(&first.item_path);
    let classname = class_name(&name, &text(collection));
    let mut suite = TestSuite::new(name.clone());
    if let Some(started) = summary.started_at {
        suite.set_timestamp(started);
    }
    if let Some(id) = &first.item_id {
        suite.extra.insert("id".into(), text(id).into());
    }
    let mean = executions.iter().map(|e| e.duration).sum::<Duration>() / executions.len() as u32;
    suite.set_time(mean);
    for runs in assertion_runs(executions) {
        let status = match runs.failures.first() {
            Some(message) => {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                status
                    .set_type("AssertionFailure")
                    .set_message(text(message))
                    .set_description(text(&format!(
                        "Failed {} times.\nRequest name: {}.\nTest description: {}.\nError message: {message}.",
                        runs.failures.len(),
                        first.item_path,
                        runs.name
                    )));
                status
            }
            None if runs.only_skipped => TestCaseStatus::skipped(),
            None => TestCaseStatus::success(),
        };
        let mut case = TestCase::new(text(runs.name), status);
        case.set_classname(classname.clone()).set_time(mean);
        suite.add_test_case(case);
    }
    for execution in executions {
        let iteration = format!(" (iteration {})", execution.iteration + 1);
        let iteration = if summary.planned_iterations > 1 {
            iteration.as_str()
        } else {
            ""
        };
        for mut case in error_cases(execution, iteration, text) {
            case.set_classname(classname.clone());
            suite.add_test_case(case);
        }
    }
    let console: Vec<&str> = executions
        .iter()
        .flat_map(|e| e.console.iter().map(|c| c.message.as_str()))
        .collect();
    if !console.is_empty() {
        suite.set_system_out(text(&console.join("\n")));
    }
    suite
}

/// Where a suite starts and the root ends in quick-junit's indented output.
const SUITE_OPEN: &str = "\n    <testsuite ";
const ROOT_CLOSE: &str = "\n</testsuites>";

fn serialized(report: &Report) -> io::Result<String> {
    report
        .to_string()
        .map(|xml| line_breaks_kept_in_attributes(&xml))
        .map_err(io::Error::other)
}

/// quick-junit writes a line break inside an attribute (a test's name, a
/// failure's message) as it is, and XML readers turn it into a space;
/// Newman writes it as a character reference, which keeps it. Text
/// between tags is left alone.
fn line_breaks_kept_in_attributes(xml: &str) -> String {
    if !xml.contains(['\n', '\r', '\t']) {
        return xml.to_string();
    }
    let mut out = String::with_capacity(xml.len());
    let (mut in_tag, mut quote) = (false, None);
    for c in xml.chars() {
        match (in_tag, quote, c) {
            (false, _, '<') => in_tag = true,
            (true, None, '>') => in_tag = false,
            (true, None, '"' | '\'') => quote = Some(c),
            (true, Some(open), _) if c == open => quote = None,
            (true, Some(_), '\n') => {
                out.push_str("&#xA;");
                continue;
            }
            (true, Some(_), '\r') => {
                out.push_str("&#xD;");
                continue;
            }
            (true, Some(_), '\t') => {
                out.push_str("&#x9;");
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// One execution's suite, with its place in time and the machine's name.
fn execution_suite(
    execution: &Execution,
    summary: &Summary,
    hostname: &str,
    text: &dyn Fn(&str) -> String,
) -> TestSuite {
    let mut suite = suite(execution, summary.planned_iterations, text);
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
    for case in error_cases(execution, "", text) {
        suite.add_test_case(case);
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

/// An execution's script and request errors as cases named `test script`,
/// `request`, … (with `suffix`, say an iteration), classed by item path.
fn error_cases(
    execution: &Execution,
    suffix: &str,
    text: &dyn Fn(&str) -> String,
) -> Vec<TestCase> {
    let scripts = execution.script_errors.iter().map(|error| {
        let line = error
            .line
            .map(|l| format!(" (line {l})"))
            .unwrap_or_default();
        let name = format!("{} script{suffix}", error.event);
        let message = format!("{}{line}", error.message);
        error_case(&name, &error.name, &message, &execution.item_path, text)
    });
    let request = execution.request_error.iter().map(|error| {
        let name = format!("request{suffix}");
        error_case(&name, "RequestError", error, &execution.item_path, text)
    });
    scripts.chain(request).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_in_attributes_are_character_references() {
        let xml = "<testcase name=\"one\ntwo\" classname='a\tb'>\n  <failure message=\"x\r\ny\">body\nline</failure>\n</testcase>";
        assert_eq!(
            line_breaks_kept_in_attributes(xml),
            "<testcase name=\"one&#xA;two\" classname='a&#x9;b'>\n  <failure message=\"x&#xD;&#xA;y\">body\nline</failure>\n</testcase>"
        );
    }

    /// Newman's classnames, recorded with its own lodash and xmlbuilder
    /// (`scripts/junit-classnames.js`) for every request of the corpus and
    /// names made for the corners.
    #[test]
    fn class_names_are_newmans() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/report/junit-classnames.json"
        );
        let golden: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let cases = golden["cases"].as_array().unwrap();
        assert!(cases.len() > 3000, "{} cases", cases.len());
        let wrong: Vec<String> = cases
            .iter()
            .filter_map(|case| {
                let (name, newman) = (case[0].as_str()?, case[1].as_str()?);
                let ours = class_name(name, "A & B");
                let expected = if newman.is_empty() { "AB" } else { newman };
                (ours != expected).then(|| format!("{name:?}: {ours:?}, Newman {expected:?}"))
            })
            .collect();
        assert!(
            wrong.is_empty(),
            "{} of {}:\n{}",
            wrong.len(),
            cases.len(),
            wrong.join("\n")
        );
    }
}
