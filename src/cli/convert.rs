//! `postrun convert`: Collection v2.1 JSON ⇄ a v3 directory of YAML files.

use std::io::Write;
use std::path::PathBuf;

use postrun::ExitStatus;
use postrun::load::{self, LoadError};

use postrun::report::SanitizingWriter;

use super::{Hint, print_warnings};

/// `postrun convert`.
#[derive(Debug, clap::Args)]
pub struct ConvertArgs {
    /// A v2.0/v2.1 collection file (written out as a v3 directory) or a v3
    /// collection directory (written out as v2.1 JSON).
    pub input: PathBuf,
    /// The v3 directory to create (it must be new or empty), or the JSON file
    /// to write.
    pub output: PathBuf,
}

/// Why `postrun convert` failed (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    /// The input could not be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The output could not be written.
    #[error("cannot write {}", path.display())]
    Write {
        /// The file or directory.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

impl Hint for ConvertError {
    fn hint(&self) -> Option<String> {
        match self {
            ConvertError::Write { .. } => {
                Some("a v3 directory must be new or empty; a JSON file's folder must exist".into())
            }
            ConvertError::Load(_) => None,
        }
    }
}

/// Converts one way or the other, by what the input is.
pub fn command(args: ConvertArgs) -> Result<ExitStatus, ConvertError> {
    let from_tree = args.input.is_dir();
    let (collection, mut lost) = match from_tree {
        true => load::load_tree_for_conversion(&args.input)?,
        false => (load::load_collection(&args.input)?, Vec::new()),
    };
    let mut stderr = SanitizingWriter(std::io::stderr().lock());
    print_warnings(&mut stderr, &collection.warnings);
    let write_failed = |source| ConvertError::Write {
        path: args.output.clone(),
        source,
    };
    if from_tree {
        let mut collection = collection;
        load::pruning_for_v2_1(&mut collection);
        let mut json =
            serde_json::to_string_pretty(&load::collection_json(&collection)).unwrap_or_default();
        json.push('\n');
        postrun::files::write_atomic(&args.output, json.as_bytes()).map_err(write_failed)?;
    } else {
        lost.extend(load::v3::write_tree(&collection, &args.output).map_err(write_failed)?);
    }
    let lost: Vec<String> = lost
        .iter()
        .map(|what| format!("not converted: {what}"))
        .collect();
    print_warnings(&mut stderr, &lost);
    let (from, to) = (args.input.display(), args.output.display());
    let _ = writeln!(stderr, "converted {from} to {to}");
    Ok(ExitStatus::Success)
}
