//! Findings as text (grouped by file), JSON, JUnit (one testcase per rule
//! per file, so CI shows the lint as tests) or SARIF 2.1.0 (so GitHub code
//! scanning shows findings inline).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::json;

use super::{Finding, Rule, Severity};

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// The findings as a JSON array.
    Json,
    /// JUnit XML.
    Junit,
    /// SARIF 2.1.0.
    Sarif,
}

/// The findings in `format`; `files` are all the files linted.
pub fn render(format: Format, findings: &[Finding], files: &[PathBuf], color: bool) -> String {
    match format {
        Format::Text => text(findings, color),
        Format::Json => serde_json::to_string_pretty(findings).unwrap_or_default() + "\n",
        Format::Junit => junit(findings, files),
        Format::Sarif => sarif(findings),
    }
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn text(findings: &[Finding], color: bool) -> String {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let mut by_file: BTreeMap<&PathBuf, Vec<&Finding>> = BTreeMap::new();
    for finding in findings {
        by_file.entry(&finding.file).or_default().push(finding);
    }
    let mut out = String::new();
    for (file, findings) in by_file {
        out.push_str(&paint("1", &file.display().to_string()));
        out.push('\n');
        for f in findings {
            let word = severity_word(f.severity);
            let word = match f.severity {
                Severity::Error => paint("31", word),
                Severity::Warning => paint("33", word),
                Severity::Info => paint("2", word),
            };
            let place = if f.path.is_empty() {
                String::new()
            } else {
                format!(" at {}", f.path)
            };
            out.push_str(&format!(
                "  {word:<7} {}{place}: {}\n          hint: {}\n",
                f.rule, f.message, f.hint
            ));
        }
    }
    let count = |s| findings.iter().filter(|f| f.severity == s).count();
    out.push_str(&format!(
        "{} error(s), {} warning(s), {} info\n",
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    ));
    out
}

fn junit(findings: &[Finding], files: &[PathBuf]) -> String {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut report = Report::new("postrun lint");
    for file in files {
        let mut suite = TestSuite::new(file.display().to_string());
        for rule in Rule::ALL {
            let hits: Vec<&Finding> = findings
                .iter()
                .filter(|f| &f.file == file && f.rule == rule && f.severity > Severity::Info)
                .collect();
            let status = if hits.is_empty() {
                TestCaseStatus::success()
            } else {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                let detail: Vec<String> = hits
                    .iter()
                    .map(|f| format!("{} {}: {}", f.path, f.message, f.hint))
                    .collect();
                status
                    .set_type(rule.id())
                    .set_message(hits[0].message.clone())
                    .set_description(detail.join("\n"));
                status
            };
            let mut case = TestCase::new(rule.id(), status);
            case.set_classname(file.display().to_string());
            suite.add_test_case(case);
        }
        report.add_test_suite(suite);
    }
    report.to_string().unwrap_or_default()
}

/// SARIF 2.1.0, built with serde-sarif's types: each rule with its
/// descriptions, help and help URI, each result with the region of the
/// offending value (line and column in its file, from `position`; the
/// file's start when the finding is about no one value).
fn sarif(findings: &[Finding]) -> String {
    use serde_sarif::sarif::{
        ArtifactLocation, Location, LogicalLocation, Message, MultiformatMessageString,
        PhysicalLocation, Region, ReportingConfiguration, ReportingDescriptor, Result, Run, Sarif,
        Tool, ToolComponent,
    };
    let text = |text: String| MultiformatMessageString::builder().text(text).build();
    let rules: Vec<ReportingDescriptor> = Rule::ALL
        .iter()
        .map(|r| {
            ReportingDescriptor::builder()
                .id(r.id())
                .name(r.id())
                .short_description(text(r.description().into()))
                .full_description(text(format!("{} Fix: {}.", r.description(), r.hint())))
                .help(text(r.hint().into()))
                .help_uri(r.help_uri())
                .default_configuration(
                    ReportingConfiguration::builder()
                        .level(json!(sarif_level(r.severity()).to_string()))
                        .build(),
                )
                .build()
        })
        .collect();
    let mut texts: BTreeMap<PathBuf, Option<String>> = BTreeMap::new();
    let results: Vec<Result> = findings
        .iter()
        .map(|f| {
            let source = texts
                .entry(f.file.clone())
                .or_insert_with(|| std::fs::read_to_string(&f.file).ok());
            let (line, column) = source
                .as_deref()
                .and_then(|t| crate::load::position::value_position(t, &f.path))
                .unwrap_or((1, 1));
            let region = Region::builder()
                .start_line(line as i64)
                .start_column(column as i64)
                .build();
            let physical = PhysicalLocation::builder()
                .artifact_location(
                    ArtifactLocation::builder()
                        .uri(f.file.display().to_string())
                        .build(),
                )
                .region(region)
                .build();
            let logical = LogicalLocation::builder()
                .fully_qualified_name(f.path.clone())
                .build();
            let location = Location::builder()
                .physical_location(physical)
                .logical_locations(vec![logical])
                .build();
            Result::builder()
                .rule_id(f.rule.id())
                .level(sarif_level(f.severity))
                .message(
                    Message::builder()
                        .text(format!("{} ({})", f.message, f.hint))
                        .build(),
                )
                .locations(vec![location])
                .build()
        })
        .collect();
    let mut driver = ToolComponent::builder()
        .name("postrun lint")
        .version(env!("CARGO_PKG_VERSION"))
        .rules(rules)
        .build();
    // The project's address, once Cargo.toml gives one.
    let home = [env!("CARGO_PKG_HOMEPAGE"), env!("CARGO_PKG_REPOSITORY")];
    driver.information_uri = home.into_iter().find(|u| !u.is_empty()).map(str::to_string);
    let run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .results(results)
        .build();
    let log = Sarif::builder()
        .schema("https://json.schemastore.org/sarif-2.1.0.json")
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    serde_json::to_string_pretty(&log).unwrap_or_default() + "\n"
}

fn sarif_level(severity: Severity) -> serde_sarif::sarif::ResultLevel {
    use serde_sarif::sarif::ResultLevel;
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}
