//! `report`: reporters that turn the event stream into output.
//!
//! Every reporter implements [`Reporter`]: the `cli` one streams to the
//! writers it was handed, the file reporters (`junit`, `json`, `html`)
//! render the [`Summary`] in [`Reporter::finish`] and return an [`Export`]. [`Reporters`] fans events out to all of them and
//! owns the one [`Redactor`]: every byte written to a terminal passes a
//! redacting writer, and every export is redacted before it is written. A
//! reporter never changes run state.
//!
//! A new reporter is one file: implement [`Reporter`], match every
//! `EventKind` by name, and add it to [`ReporterName`] and [`build`].

// A new variant of any of this crate's enums must be placed by name here.
#![deny(clippy::wildcard_enum_match_arm)]

mod build;
mod cli;
mod cli_table;
mod emoji;
mod exports;
mod format;
mod github;
mod html;
mod htmlextra;
mod json;
mod junit;
pub mod merge;
mod newman_html;
mod progress;
mod redact;
mod sdk_json;
mod terminal;

use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use build::{ReportError, ReporterConfig, ReporterName, Terminal, build};
pub use cli::{CliOptions, CliReporter, CliSwitches};
pub use emoji::EmojiReporter;
pub use exports::{ExportPaths, ExportsReporter};
pub use github::{GithubOptions, GithubReporter};
pub use html::{DEFAULT_TEMPLATE, HtmlReporter, TemplateError};
pub use htmlextra::{HtmlextraOptions, HtmlextraReporter};
pub use indicatif::ProgressDrawTarget;
pub use json::JsonReporter;
pub use junit::{JunitLayout, JunitReporter};
pub use progress::ProgressReporter;
pub use redact::{MASK, RedactingWriter, Redactor, encodings, is_sensitive_header};
pub use terminal::{SanitizingWriter, sanitize};

use crate::events::{Event, EventKind, EventSink};
use crate::summary::Summary;

/// A file a reporter wants written at the end of the run. Every value in
/// it is already redacted (serialized text is never rewritten, so a short
/// secret cannot break its markup).
pub struct Export<'s> {
    /// Where.
    pub path: PathBuf,
    /// What.
    pub content: Content<'s>,
}

/// What goes into an [`Export`].
pub enum Content<'s> {
    /// The whole file.
    Bytes(Vec<u8>),
    /// Written piece by piece into the file, so that a large report (bodies
    /// included) is never held whole in memory.
    Stream(Writing<'s>),
}

/// Writes a file's content into the writer it is handed.
pub type Writing<'s> = Box<dyn FnOnce(&mut dyn Write) -> io::Result<()> + 's>;

impl<'s> Export<'s> {
    /// A file of these bytes.
    pub fn bytes(path: PathBuf, bytes: Vec<u8>) -> Self {
        Export {
            path,
            content: Content::Bytes(bytes),
        }
    }

    /// A file that `write` writes, when its turn comes.
    pub fn stream(
        path: PathBuf,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()> + 's,
    ) -> Self {
        Export {
            path,
            content: Content::Stream(Box::new(write)),
        }
    }
}

impl std::fmt::Debug for Export<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Export")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// Consumes events and produces output.
pub trait Reporter {
    /// Handles one event. An error stops this reporter only.
    fn event(&mut self, event: &Event<'_>, redactor: &Redactor) -> io::Result<()>;

    /// The run is over and `summary` holds its totals: print them, and
    /// return the files to write (file reporters, exports).
    fn finish<'s>(
        &mut self,
        _summary: &'s Summary,
        _redactor: &Redactor,
    ) -> io::Result<Vec<Export<'s>>> {
        Ok(Vec::new())
    }
}

/// A report file that could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {}", path.display())]
pub struct ExportError {
    /// The file.
    pub path: PathBuf,
    /// Why.
    #[source]
    pub source: io::Error,
}

/// The fan-out: every event goes to every reporter.
pub struct Reporters {
    redactor: Redactor,
    reporters: Vec<Box<dyn Reporter>>,
}

impl Reporters {
    /// No reporters yet; output will be masked by `redactor`.
    pub fn new(redactor: Redactor) -> Self {
        Reporters {
            redactor,
            reporters: Vec::new(),
        }
    }

    /// A terminal writer whose output is redacted and stripped of control
    /// sequences: the only kind a reporter may get.
    pub fn writer<W: Write + 'static>(&self, inner: W) -> Box<dyn Write> {
        Box::new(self.redactor.writer(terminal::SanitizingWriter(inner)))
    }

    /// Adds a reporter.
    pub fn push(&mut self, reporter: Box<dyn Reporter>) {
        self.reporters.push(reporter);
    }

    /// Hands every reporter the run's totals and writes their exports
    /// (creating folders as needed). A report that cannot be written does
    /// not stop the others: every failure is returned with what was written.
    pub fn finish(&mut self, summary: &Summary) -> Written {
        let mut written = Written::default();
        for reporter in &mut self.reporters {
            // Like an event, a reporter whose output is gone is passed over.
            let exports = reporter.finish(summary, &self.redactor).unwrap_or_default();
            for export in exports {
                let path = export.path.clone();
                match write_export(export) {
                    Ok(()) => written.paths.push(path),
                    Err(error) => written.failed.push(error),
                }
            }
        }
        written
    }
}

/// What [`Reporters::finish`] wrote, and what it could not.
#[derive(Debug, Default)]
pub struct Written {
    /// The files written.
    pub paths: Vec<PathBuf>,
    /// The files that could not be written, each with its cause.
    pub failed: Vec<ExportError>,
}

fn write_export(export: Export<'_>) -> Result<(), ExportError> {
    let Export { path, content } = export;
    let written = match content {
        Content::Bytes(bytes) => crate::files::write_atomic(&path, &bytes),
        Content::Stream(write) => crate::files::write_atomic_with(&path, write),
    };
    written.map_err(|source| ExportError { path, source })
}

impl EventSink for Reporters {
    fn event(&mut self, event: &Event<'_>) {
        if let EventKind::SecretsChanged { secrets } = &event.kind {
            self.redactor.add(secrets.iter().cloned());
        }
        let redactor = &self.redactor;
        // A reporter whose output is gone (a closed pipe: `postrun run … | head`)
        // is dropped quietly; the run and the other reporters go on.
        self.reporters
            .retain_mut(|reporter| reporter.event(event, redactor).is_ok());
    }
}

/// The two moments a file reporter acts on.
pub(crate) enum Milestone<'e> {
    /// The run starts (the collection as loaded).
    Started(&'e crate::load::Collection),
    /// The run is over (the scopes as the run left them).
    Finished(&'e crate::vars::Scopes),
}

/// Whether an event is a file reporter's start or end. File reporters render
/// everything from the summary at the end, so every other event is decided
/// here, once: a new event kind must be placed in this match.
pub(crate) fn milestone<'e>(kind: &'e EventKind<'_>) -> Option<Milestone<'e>> {
    match kind {
        EventKind::RunStarted { collection, .. } => Some(Milestone::Started(collection)),
        EventKind::RunFinished { scopes } => Some(Milestone::Finished(scopes)),
        EventKind::IterationStarted { .. }
        | EventKind::ItemStarted(_)
        | EventKind::Warning { .. }
        | EventKind::RequestSent { .. }
        | EventKind::ResponseReceived { .. }
        | EventKind::RequestFailed { .. }
        | EventKind::ScriptStarted { .. }
        | EventKind::Console { .. }
        | EventKind::Assertion { .. }
        | EventKind::ScriptFinished { .. }
        | EventKind::SecretsChanged { .. }
        | EventKind::ItemFinished(_)
        | EventKind::IterationFinished { .. } => None,
    }
}

/// Where a file reporter writes: `given`, or inside it under `default_name`
/// when it names a folder (one that exists, or any path ending in `/`,
/// which Newman takes for a file's name), else `newman/` and the name, so
/// CI artifact globs written for Newman find postrun's reports.
pub(crate) fn export_target(
    given: Option<&Path>,
    default_name: impl FnOnce() -> String,
) -> PathBuf {
    match given {
        Some(dir) if dir.is_dir() || names_a_folder(dir) => dir.join(default_name()),
        Some(path) => path.to_path_buf(),
        None => PathBuf::from("newman").join(default_name()),
    }
}

/// `reports/`: written as a folder's name.
fn names_a_folder(path: &Path) -> bool {
    let text = path.as_os_str().to_string_lossy();
    text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR)
}

/// Newman's default report file name: `newman-run-report-` and the time as
/// its ISO form with every run of non-digits turned into `-`, then `0`.
pub fn default_export_name(extension: &str) -> String {
    let stamp = chrono::Utc::now().format("%Y-%m-%d-%H-%M-%S-%3f-");
    format!("newman-run-report-{stamp}0.{extension}")
}
