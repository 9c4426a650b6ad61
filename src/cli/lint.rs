//! `postrun lint`: checks files before they are shared; never sends a request.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use postrun::ExitStatus;
use postrun::lint::{FileKind, Finding, Input, LintError, Rule, Severity};

use super::{Color, Hint, use_color};

/// `postrun lint`.
#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Collection, environment and globals files, in any mix (told apart by content).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,

    /// More environment files.
    #[arg(short = 'e', long = "environment", value_name = "FILE")]
    pub environments: Vec<PathBuf>,

    /// A globals file.
    #[arg(short = 'g', long = "globals", value_name = "FILE")]
    pub globals: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = postrun::lint::Format::Text)]
    pub format: postrun::lint::Format,

    /// Write the report to this file instead of stdout.
    #[arg(long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Write a copy of the (first) environment, or the collection, with every
    /// secret finding fixed: values emptied, typed secret. The original is not touched.
    #[arg(long = "write-shareable", value_name = "OUT.json|OUT.yaml")]
    pub write_shareable: Option<PathBuf>,

    /// Fail (exit 1) on warnings too, not only on errors.
    #[arg(long, value_enum)]
    pub deny: Option<DenyLevel>,

    /// Do not report this rule. Repeatable.
    #[arg(long = "allow", value_name = "RULE")]
    pub allow: Vec<String>,

    /// Colour output: auto, on, off.
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    pub color: Color,

    /// Settings file (`deny = "warnings"`, `allow = ["rule", …]`); flags win.
    /// Default: `postrun-lint.toml` in the current folder, when there is one.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// `postrun-lint.toml`.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LintConfig {
    deny: Option<String>,
    #[serde(default)]
    allow: Vec<String>,
}

fn lint_config(args: &LintArgs) -> Result<LintConfig, LintCommandError> {
    let (path, required) = match &args.config {
        Some(path) => (path.clone(), true),
        None => (PathBuf::from("postrun-lint.toml"), false),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(_) if !required => return Ok(LintConfig::default()),
        Err(source) => return Err(LintCommandError::Read { path, source }),
    };
    toml::from_str(&text).map_err(|source| LintCommandError::Config { path, source })
}

/// The lowest severity that fails `lint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    /// Errors and warnings fail.
    Warnings,
    /// Only errors fail (the default).
    Errors,
}

/// Why `postrun lint` could not do its job (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum LintCommandError {
    /// An input file could not be read or parsed.
    #[error(transparent)]
    Input(#[from] LintError),
    /// A file could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The settings file is not valid.
    #[error("{}: not a valid lint config", path.display())]
    Config {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: toml::de::Error,
    },
    /// `--allow` or the config named a rule lint does not have.
    #[error("unknown rule `{rule}` for --allow{}; the rules are: {}", postrun::suggest::did_you_mean(postrun::suggest::closest(rule, Rule::ALL.map(Rule::id)).as_deref()), Rule::ALL.map(Rule::id).join(", "))]
    UnknownRule {
        /// The name given.
        rule: String,
    },
    /// The config's `deny` is neither level.
    #[error("deny = \"{0}\" in the lint config: use \"warnings\" or \"errors\"")]
    Deny(String),
    /// `--write-shareable` with nothing to make shareable.
    #[error("--write-shareable needs an environment or a collection")]
    NothingShareable,
    /// An output file could not be written.
    #[error("cannot write {}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

impl Hint for LintCommandError {
    fn hint(&self) -> Option<String> {
        match self {
            LintCommandError::Write { .. } => {
                Some("check that the folder exists and can be written".into())
            }
            _ => None,
        }
    }
}

/// `postrun lint`: exit 0 when nothing at or above the deny level was found.
pub fn command(args: LintArgs) -> Result<ExitStatus, LintCommandError> {
    let mut paths = args.files.clone();
    paths.extend(args.environments.iter().cloned());
    paths.extend(args.globals.iter().cloned());
    let inputs = paths
        .iter()
        .map(|p| postrun::lint::read_input(p))
        .collect::<Result<Vec<_>, _>>()?;
    let config = lint_config(&args)?;
    let allowed = args
        .allow
        .iter()
        .chain(&config.allow)
        .map(|id| {
            Rule::from_id(id).ok_or_else(|| LintCommandError::UnknownRule { rule: id.clone() })
        })
        .collect::<Result<Vec<Rule>, _>>()?;
    let findings = postrun::lint::lint(&inputs, &allowed);
    let color = use_color(args.color) && args.output.is_none();
    let report = postrun::lint::render(args.format, &findings, &paths, color);
    match &args.output {
        Some(path) => write_file(path, report.as_bytes())?,
        None => print_quietly(&report),
    }
    if let Some(out) = &args.write_shareable {
        write_shareable(&inputs, &findings, out)?;
    }
    let threshold = match deny_level(args.deny, config.deny.as_deref())? {
        DenyLevel::Warnings => Severity::Warning,
        DenyLevel::Errors => Severity::Error,
    };
    Ok(match findings.iter().any(|f| f.severity >= threshold) {
        true => ExitStatus::Failures,
        false => ExitStatus::Success,
    })
}

/// Stdout closed early (`postrun lint … | head`) is not an error.
fn print_quietly(report: &str) {
    let _ = std::io::stdout().lock().write_all(report.as_bytes());
}

/// A copy of the environment (or else the collection) with every secret
/// finding fixed; YAML when the copy is named `.yaml`.
fn write_shareable(
    inputs: &[Input],
    findings: &[Finding],
    out: &Path,
) -> Result<(), LintCommandError> {
    let target = inputs
        .iter()
        .find(|i| i.kind == FileKind::Environment)
        .or_else(|| inputs.iter().find(|i| i.kind == FileKind::Collection))
        .ok_or(LintCommandError::NothingShareable)?;
    let copy = postrun::lint::shareable(target, findings);
    let yaml = out.extension().is_some_and(|e| e == "yaml" || e == "yml");
    let text = match yaml {
        true => postrun::load::yaml_text(&copy),
        false => serde_json::to_string_pretty(&copy).unwrap_or_default() + "\n",
    };
    write_file(out, text.as_bytes())
}

fn deny_level(
    flag: Option<DenyLevel>,
    config: Option<&str>,
) -> Result<DenyLevel, LintCommandError> {
    match (flag, config) {
        (Some(level), _) => Ok(level),
        (None, None) => Ok(DenyLevel::Errors),
        (None, Some(other)) => {
            DenyLevel::from_str(other, false).map_err(|_| LintCommandError::Deny(other.into()))
        }
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), LintCommandError> {
    postrun::files::write_atomic(path, bytes).map_err(|source| LintCommandError::Write {
        path: path.to_path_buf(),
        source,
    })
}
