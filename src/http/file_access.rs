//! Where body and form files are read from: relative paths resolve against
//! `--working-dir` (the current directory by default), and with
//! `--no-insecure-file-read` a path outside it is refused, as in Newman.

use std::path::{Path, PathBuf};

use super::{PartValue, PreparedBody, PreparedRequest};

/// How a run may read the files a request names.
#[derive(Debug, Clone)]
pub struct FileAccess {
    /// `--working-dir`: the base of relative paths; `None` is the current
    /// directory.
    pub working_dir: Option<PathBuf>,
    /// `false` with `--no-insecure-file-read`: only files under the working
    /// directory may be read.
    pub insecure_read: bool,
}

impl Default for FileAccess {
    fn default() -> Self {
        FileAccess {
            working_dir: None,
            insecure_read: true,
        }
    }
}

impl FileAccess {
    /// Resolves every file of `request`'s body; an error names the file
    /// refused and the flag that refuses it. A form-data file that cannot
    /// be read is left out with a warning, as Newman sends the form without
    /// it.
    pub fn apply(
        &self,
        request: &mut PreparedRequest,
        warnings: &mut Vec<String>,
    ) -> Result<(), String> {
        match &mut request.body {
            PreparedBody::File(path) => self.resolve(path),
            PreparedBody::Multipart(parts) => {
                for part in parts.iter_mut() {
                    if let PartValue::File(path) = &mut part.value {
                        self.resolve(path)?;
                    }
                }
                parts.retain(|part| match &part.value {
                    PartValue::File(path) if !path.is_file() => {
                        warnings.push(format!(
                            "form field `{}`: cannot read {}; the form is sent without it",
                            part.name,
                            path.display()
                        ));
                        false
                    }
                    PartValue::File(_)
                    | PartValue::Text(_)
                    | PartValue::NoFileChosen
                    | PartValue::Inline(_) => true,
                });
                // Nothing left: no body at all, as Newman sends it.
                if parts.is_empty() {
                    request.body = PreparedBody::Empty;
                }
                Ok(())
            }
            PreparedBody::Empty | PreparedBody::Bytes(_) => Ok(()),
        }
    }

    fn base(&self) -> PathBuf {
        match &self.working_dir {
            Some(dir) => dir.clone(),
            None => std::env::current_dir().unwrap_or_default(),
        }
    }

    fn resolve(&self, path: &mut PathBuf) -> Result<(), String> {
        // Without --working-dir a relative path stays as written (the
        // process's directory), so messages show it as the collection has it.
        if let (true, Some(dir)) = (path.is_relative(), &self.working_dir) {
            *path = dir.join(&*path);
        }
        let base = self.base();
        if self.insecure_read || is_inside(path, &base) {
            return Ok(());
        }
        Err(format!(
            "the file {} is outside the working directory {}; --no-insecure-file-read \
             refuses it (move it under --working-dir, or drop the flag)",
            path.display(),
            base.display()
        ))
    }
}

/// Whether `path` is under `dir` once both are canonical (symbolic links
/// and `..` resolved). A file that does not exist is judged by its parent.
fn is_inside(path: &Path, dir: &Path) -> bool {
    let Ok(dir) = dir.canonicalize() else {
        return false;
    };
    let canonical = path.canonicalize().or_else(|_| {
        let parent = path.parent().unwrap_or(path).canonicalize()?;
        Ok::<_, std::io::Error>(parent.join(path.file_name().unwrap_or_default()))
    });
    canonical.is_ok_and(|p| p.starts_with(&dir))
}
