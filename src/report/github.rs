//! The `github` reporter, for GitHub Actions: a Markdown summary of the
//! run (totals, then each failure with its request, iteration, test and
//! message) added to the job's summary file (`$GITHUB_STEP_SUMMARY`, else
//! `--reporter-github-export`), and one `::error` workflow command per
//! failure, pointing at the request in the collection file (in a v3 tree,
//! at the request's own YAML file), so the failures show as annotations. Every value is redacted before it is written into
//! Markdown or a command.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;

use super::{Export, Redactor, Reporter};
use super::{Milestone, default_export_name, format, milestone};
use crate::events::Event;
use crate::summary::{Count, Failure, FailureKind, Summary};

/// Where the github reporter writes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GithubOptions {
    /// The job summary file (`$GITHUB_STEP_SUMMARY`): the Markdown is
    /// added to what earlier steps wrote there.
    pub step_summary: Option<PathBuf>,
    /// `--reporter-github-export`: where the Markdown goes without a job
    /// summary file (default `newman/newman-run-report-<time>-0.md`).
    pub export: Option<PathBuf>,
    /// The collection file the annotations point into (none for a URL).
    pub collection_file: Option<PathBuf>,
}

/// Writes the job summary and the annotations at the end of the run.
pub struct GithubReporter {
    options: GithubOptions,
    /// Where workflow commands go (the binary hands stderr).
    commands: Box<dyn Write>,
    collection: String,
    /// The file of each request that has one of its own (v3), by path.
    request_files: std::collections::HashMap<String, PathBuf>,
}

impl GithubReporter {
    /// A reporter writing workflow commands to `commands`.
    pub fn new(options: GithubOptions, commands: Box<dyn Write>) -> Self {
        GithubReporter {
            options,
            commands,
            collection: String::new(),
            request_files: Default::default(),
        }
    }

    fn summary_path(&self) -> PathBuf {
        match &self.options.step_summary {
            Some(path) => path.clone(),
            None => {
                super::export_target(self.options.export.as_deref(), || default_export_name("md"))
            }
        }
    }
}

impl Reporter for GithubReporter {
    fn event(&mut self, event: &Event<'_>, _: &Redactor) -> io::Result<()> {
        match milestone(&event.kind) {
            Some(Milestone::Started(collection)) => {
                self.collection = collection.info.name.clone();
                request_files(&collection.items, "", &mut self.request_files);
            }
            Some(Milestone::Finished(_)) | None => {}
        }
        Ok(())
    }

    fn finish<'s>(
        &mut self,
        summary: &'s Summary,
        redactor: &Redactor,
    ) -> io::Result<Vec<Export<'s>>> {
        let source = self
            .options
            .collection_file
            .as_ref()
            .and_then(|file| Some((file, std::fs::read_to_string(file).ok()?)));
        for failure in &summary.failures {
            // A v3 request file: the line of its scripts (a test or script
            // failure) or of its URL (a request error); else its first line.
            let key = match failure.kind {
                FailureKind::Assertion { .. } | FailureKind::Script { .. } => "scripts",
                FailureKind::Request { .. } => "url",
            };
            let own_file = self.request_files.get(&failure.item_path).map(|file| {
                let line = std::fs::read_to_string(file)
                    .ok()
                    .and_then(|text| crate::load::position::value_position(&text, key))
                    .map_or(1, |(line, _)| line);
                (file.display().to_string(), Some(line))
            });
            let place = own_file.or_else(|| {
                source.as_ref().map(|(file, text)| {
                    (
                        file.display().to_string(),
                        request_line(text, &failure.item_path),
                    )
                })
            });
            let command = error_command(failure, summary, place, redactor);
            writeln!(self.commands, "{command}")?;
        }
        self.commands.flush()?;
        let markdown = markdown(&self.collection, summary, redactor);
        let path = self.summary_path();
        // The job summary file holds earlier steps' summaries: this one is
        // added after them (written whole through a temporary file).
        let earlier = match &self.options.step_summary {
            Some(file) => std::fs::read(file).unwrap_or_default(),
            None => Vec::new(),
        };
        let mut bytes = earlier;
        if !bytes.is_empty() && !bytes.ends_with(b"\n") {
            bytes.push(b'\n');
        }
        bytes.extend_from_slice(markdown.as_bytes());
        Ok(vec![Export::bytes(path, bytes)])
    }
}

/// Each request's own file (v3 trees), by its path (`Folder / Request`).
fn request_files(
    items: &[crate::load::Item],
    prefix: &str,
    found: &mut std::collections::HashMap<String, PathBuf>,
) {
    for item in items {
        let path = match prefix {
            "" => item.name().to_string(),
            _ => format!("{prefix} / {}", item.name()),
        };
        match item {
            crate::load::Item::Folder(folder) => request_files(&folder.items, &path, found),
            crate::load::Item::Request(request) => {
                if let Some(file) = &request.source {
                    found.insert(path, file.clone());
                }
            }
        }
    }
}

/// The line of the request's `name` in a collection file, found by walking
/// its folders by name.
fn request_line(text: &str, item_path: &str) -> Option<usize> {
    let json: serde_json::Value = serde_json::from_str(text).ok()?;
    let mut path = String::new();
    let mut group = &json;
    for name in item_path.split(" / ") {
        let items = group["item"].as_array()?;
        let index = items.iter().position(|item| item["name"] == name)?;
        path.push_str(&format!("item[{index}]."));
        group = &items[index];
    }
    path.push_str("name");
    crate::load::position::value_position(text, &path).map(|(line, _)| line)
}

/// `::error file=…,line=…,title=…::message`, escaped as GitHub reads it.
fn error_command(
    failure: &Failure,
    summary: &Summary,
    place: Option<(String, Option<usize>)>,
    redactor: &Redactor,
) -> String {
    let test = match &failure.kind {
        FailureKind::Assertion { test, .. } => test.clone(),
        FailureKind::Script { .. } | FailureKind::Request { .. } => failure.name.clone(),
    };
    let title = redactor
        .text(&format!("{}: {test}", failure.item_path))
        .into_owned();
    let mut message = redactor.text(&failure.message).into_owned();
    if summary.planned_iterations > 1 {
        message.push_str(&format!(" (iteration {})", failure.iteration + 1));
    }
    let mut properties = Vec::new();
    if let Some((file, line)) = place {
        properties.push(format!("file={}", escape_property(&file)));
        if let Some(line) = line {
            properties.push(format!("line={line}"));
        }
    }
    properties.push(format!("title={}", escape_property(&title)));
    format!(
        "::error {}::{}",
        properties.join(","),
        escape_data(&message)
    )
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The run as Markdown: a heading, the totals table, the failures table.
fn markdown(collection: &str, summary: &Summary, redactor: &Redactor) -> String {
    let cell = |text: &str| -> String {
        redactor
            .text(text)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('|', "\\|")
            .replace(['\r', '\n'], " ")
    };
    let mut out = String::new();
    let mark = if summary.has_failures() { "❌" } else { "✅" };
    let _ = writeln!(out, "### {mark} postrun: {}\n", cell(collection));
    let _ = writeln!(out, "| | executed | failed |\n|---|---:|---:|");
    let rows: [(&str, Count); 5] = [
        ("iterations", summary.iterations),
        ("requests", summary.requests),
        ("test scripts", summary.test_scripts),
        ("pre-request scripts", summary.prerequest_scripts),
        ("assertions", summary.assertions),
    ];
    for (name, count) in rows {
        let _ = writeln!(out, "| {name} | {} | {} |", count.total, count.failed);
    }
    let times = summary.response_time_stats();
    let _ = writeln!(
        out,
        "\nTotal run duration {}, data received {}, average response time {}.",
        format::duration(summary.duration),
        format::size(summary.bytes_received),
        format::duration(times.average)
    );
    if let Some(why) = summary.interruption() {
        let _ = writeln!(
            out,
            "\nThe run was {why}: this summary holds what ran before it."
        );
    }
    if !summary.failures.is_empty() {
        let _ = writeln!(
            out,
            "\n#### Failures\n\n| # | request | iteration | test | message |\n|---:|---|---:|---|---|"
        );
        for (n, failure) in summary.failures.iter().enumerate() {
            let test = match &failure.kind {
                FailureKind::Assertion { test, .. } => test.clone(),
                FailureKind::Script { .. } | FailureKind::Request { .. } => failure.name.clone(),
            };
            let message = format!("{}: {}", failure.name, failure.message);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                n + 1,
                cell(&failure.item_path),
                failure.iteration + 1,
                cell(&test),
                cell(&message)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_data_and_properties_are_escaped() {
        assert_eq!(escape_data("50%\nnext"), "50%25%0Anext");
        assert_eq!(escape_property("a: b, c"), "a%3A b%2C c");
    }

    #[test]
    fn a_request_is_found_by_its_folders() {
        let text = "{\n  \"item\": [\n    { \"name\": \"A\", \"item\": [\n      { \"name\": \"x\" },\n      { \"name\": \"y\" }\n    ] }\n  ]\n}\n";
        assert_eq!(request_line(text, "A / y"), Some(5));
        assert_eq!(request_line(text, "A / z"), None);
    }
}
