//! `postrun merge-reports`: the JSON or JUnit reports of a sharded run's
//! shards (`run --shard K/M`) joined into the whole run's report.

use std::path::PathBuf;

use postrun::ExitStatus;
use postrun::report::merge::{MergeError, merge_json, merge_junit};

/// `postrun merge-reports`.
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The shards' reports, in shard order (1/M first): all JSON (Newman's
    /// run summary) or all JUnit XML.
    #[arg(required = true, value_name = "REPORT")]
    pub reports: Vec<PathBuf>,

    /// Where the merged report goes.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

/// Why reports could not be merged.
#[derive(Debug, thiserror::Error)]
pub enum MergeCommandError {
    /// A report could not be read.
    #[error("cannot read {}", .0.display())]
    Read(PathBuf, #[source] std::io::Error),
    /// A JSON report is not JSON.
    #[error("{} is not JSON", .0.display())]
    Json(PathBuf, #[source] serde_json::Error),
    /// JSON and XML reports given together.
    #[error("{} and {} are not the same kind of report", .0.display(), .1.display())]
    Mixed(PathBuf, PathBuf),
    /// A report is not what its kind should be.
    #[error("{}: cannot merge it", .0.display())]
    Report(PathBuf, #[source] MergeError),
    /// The reports do not merge.
    #[error(transparent)]
    Merge(MergeError),
    /// The merged report could not be written.
    #[error("cannot write {}", .0.display())]
    Write(PathBuf, #[source] std::io::Error),
}

impl super::Hint for MergeCommandError {
    fn hint(&self) -> Option<String> {
        match self {
            MergeCommandError::Mixed(..) => {
                Some("merge the JSON reports and the JUnit reports in two calls".into())
            }
            _ => None,
        }
    }
}

/// Reads the reports, merges them, writes the result.
pub fn command(args: MergeArgs) -> Result<ExitStatus, MergeCommandError> {
    let mut texts = Vec::new();
    for path in &args.reports {
        let text =
            std::fs::read_to_string(path).map_err(|e| MergeCommandError::Read(path.clone(), e))?;
        texts.push(text);
    }
    let is_xml = |text: &str| text.trim_start().starts_with('<');
    let xml = is_xml(&texts[0]);
    if let Some(other) = texts.iter().position(|t| is_xml(t) != xml) {
        return Err(MergeCommandError::Mixed(
            args.reports[0].clone(),
            args.reports[other].clone(),
        ));
    }
    // An invalid report is named by its file, not its place in the list.
    let named = |error: MergeError| match error {
        MergeError::Invalid { index, .. } => match args.reports.get(index - 1) {
            Some(path) => MergeCommandError::Report(path.clone(), error),
            None => MergeCommandError::Merge(error),
        },
        other => MergeCommandError::Merge(other),
    };
    let merged = if xml {
        merge_junit(&texts).map_err(named)?
    } else {
        let mut reports = Vec::new();
        for (path, text) in args.reports.iter().zip(&texts) {
            let report =
                serde_json::from_str(text).map_err(|e| MergeCommandError::Json(path.clone(), e))?;
            reports.push(report);
        }
        let merged = merge_json(reports).map_err(named)?;
        serde_json::to_string_pretty(&merged).unwrap_or_default()
    };
    postrun::files::write_atomic(&args.output, merged.as_bytes())
        .map_err(|e| MergeCommandError::Write(args.output.clone(), e))?;
    Ok(ExitStatus::Success)
}
