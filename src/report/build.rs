//! Building the reporters a run asked for (`-r`), with their paths and
//! options checked before the run starts.

use std::io::Write;

use indicatif::ProgressDrawTarget;
use std::path::PathBuf;

use super::{
    CliOptions, CliReporter, EmojiReporter, ExportPaths, ExportsReporter, GithubOptions,
    GithubReporter, HtmlReporter, HtmlextraOptions, HtmlextraReporter, JsonReporter, JunitReporter,
    ProgressReporter, Redactor, Reporters, TemplateError, default_export_name,
};

/// The reporters postrun has, by their `-r` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReporterName {
    /// Streams the run to the terminal, then totals and failures.
    Cli,
    /// JUnit XML, for CI.
    Junit,
    /// Newman's JSON run summary.
    Json,
    /// A self-contained HTML page.
    Html,
    /// newman-reporter-htmlextra's dashboard, built in.
    Htmlextra,
    /// A GitHub Actions job summary and an annotation per failure.
    Github,
    /// A live progress bar on stderr.
    Progress,
    /// A face per request on the terminal (Newman ships it too).
    Emojitrain,
}

/// What the reporters are to write, and where.
#[derive(Debug, Clone, Default)]
pub struct ReporterConfig {
    /// `-r`, in order; repeated names count once.
    pub names: Vec<ReporterName>,
    /// Whether anything may be printed on the terminal (`--silent` turns it off).
    pub terminal: bool,
    /// Whether to add the live bar although `-r` does not name it (a
    /// terminal, not CI, not `--verbose`).
    pub auto_progress: bool,
    /// How the cli reporter looks.
    pub cli: CliOptions,
    /// `--reporter-junit-export`.
    pub junit_export: Option<PathBuf>,
    /// Newman's suites, or one per iteration (`--reporter-junit-per-iteration`).
    pub junit_layout: super::JunitLayout,
    /// `--reporter-json-export`.
    pub json_export: Option<PathBuf>,
    /// `--reporter-json-include-body`: bodies as text beside `stream`.
    pub json_include_body: bool,
    /// `--reporter-html-export`.
    pub html_export: Option<PathBuf>,
    /// `--reporter-html-template`.
    pub html_template: Option<PathBuf>,
    /// `--reporter-htmlextra-*`.
    pub htmlextra: HtmlextraOptions,
    /// Where `-r github` writes.
    pub github: GithubOptions,
    /// `--export-environment`, `--export-globals`, `--export-collection`.
    pub exports: ExportPaths,
}

/// Why the reporters could not be built (exit code 2).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// The html template could not be parsed.
    #[error(transparent)]
    Template(#[from] TemplateError),
    /// The html template file could not be read.
    #[error("cannot read {}", .0.display())]
    TemplateFile(PathBuf, #[source] std::io::Error),
}

/// The terminal's two streams, handed in by the caller: the library never
/// opens stdout or stderr itself.
pub struct Terminal {
    /// Progress, results, totals.
    pub out: Box<dyn Write>,
    /// Warnings.
    pub err: Box<dyn Write>,
    /// Where the live progress bar draws (the binary hands stderr; tests
    /// a hidden target): the library never picks a stream itself.
    pub progress: ProgressDrawTarget,
    /// Where CI annotations (GitHub workflow commands, `-r github`) go:
    /// the binary hands stderr, which GitHub reads them from as well.
    pub annotations: Box<dyn Write>,
}

/// Every reporter `config` asks for, masking `redactor`'s secrets.
pub fn build(
    config: &ReporterConfig,
    redactor: Redactor,
    terminal: Terminal,
) -> Result<Reporters, ReportError> {
    let mut reporters = Reporters::new(redactor);
    let mut names: Vec<ReporterName> = Vec::new();
    for name in &config.names {
        if !names.contains(name) {
            names.push(*name);
        }
    }
    let Terminal {
        out,
        err,
        progress,
        annotations,
    } = terminal;
    let mut annotations = Some(annotations);
    // The bar, when there is one, is made first: every other writer to the
    // terminal takes it down while it writes.
    let wants_bar =
        config.terminal && (names.contains(&ReporterName::Progress) || config.auto_progress);
    let mut progress = wants_bar.then(|| ProgressReporter::new(progress));
    let (out, err): (Box<dyn Write>, Box<dyn Write>) = match &progress {
        Some(bar) => (Box::new(bar.suspending(out)), Box::new(bar.suspending(err))),
        None => (out, err),
    };
    let mut terminal = Some((out, err));
    for name in &names {
        match name {
            ReporterName::Cli if config.terminal => {
                if let Some((out, err)) = terminal.take() {
                    let (out, err) = (reporters.writer(out), reporters.writer(err));
                    reporters.push(Box::new(CliReporter::new(out, err, config.cli)));
                }
            }
            ReporterName::Progress if config.terminal => {
                if let Some(bar) = progress.take() {
                    reporters.push(Box::new(bar))
                }
            }
            ReporterName::Emojitrain if config.terminal => {
                if let Some((out, _)) = terminal.take() {
                    let out = reporters.writer(out);
                    reporters.push(Box::new(EmojiReporter::new(out)));
                }
            }
            ReporterName::Cli | ReporterName::Progress | ReporterName::Emojitrain => {}
            ReporterName::Junit => {
                let path = export_path(&config.junit_export, "xml");
                reporters.push(Box::new(JunitReporter::new(path, config.junit_layout)));
            }
            ReporterName::Json => {
                let path = export_path(&config.json_export, "json");
                reporters.push(Box::new(JsonReporter::new(path, config.json_include_body)));
            }
            ReporterName::Html => {
                let path = export_path(&config.html_export, "html");
                let template = html_template(config)?;
                reporters.push(Box::new(HtmlReporter::new(path, template)?));
            }
            ReporterName::Github => {
                if let Some(annotations) = annotations.take() {
                    let annotations = Box::new(reporters.writer(annotations));
                    let options = config.github.clone();
                    reporters.push(Box::new(GithubReporter::new(options, annotations)));
                }
            }
            ReporterName::Htmlextra => {
                let options = config.htmlextra.clone();
                reporters.push(Box::new(HtmlextraReporter::new(options)));
            }
        }
    }
    if let Some(bar) = progress.take() {
        reporters.push(Box::new(bar));
    }
    let exports = ExportsReporter::new(config.exports.clone());
    reporters.push(Box::new(exports));
    Ok(reporters)
}

/// Where a file reporter writes ([`super::export_target`]) under Newman's
/// default name.
fn export_path(path: &Option<PathBuf>, extension: &str) -> PathBuf {
    super::export_target(path.as_deref(), || default_export_name(extension))
}

fn html_template(config: &ReporterConfig) -> Result<Option<(PathBuf, String)>, ReportError> {
    let Some(file) = &config.html_template else {
        return Ok(None);
    };
    let text =
        std::fs::read_to_string(file).map_err(|e| ReportError::TemplateFile(file.clone(), e))?;
    Ok(Some((file.clone(), text)))
}
