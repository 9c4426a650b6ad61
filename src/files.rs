//! Writing files so that a failed write never leaves a truncated file where
//! a good one was: reports, exports, lint output and converted JSON go to a
//! temporary file in the same folder first and are renamed into place; a
//! v3 directory written by `convert` is made as a temporary directory beside
//! its place and renamed into it whole.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file beside it, creating
/// the folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// Like [`write_atomic`], for content `write` produces piece by piece
/// (buffered); nothing replaces the old file unless it all succeeds.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let folder = made_parent(path)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".postrun-");
    #[cfg(unix)]
    builder.permissions(permissions(path));
    let temporary = builder.tempfile_in(folder)?;
    let mut buffered = std::io::BufWriter::new(temporary);
    write(&mut buffered)?;
    let temporary = buffered.into_inner().map_err(|e| e.into_error())?;
    temporary.as_file().sync_all()?;
    temporary.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes `files` (paths relative to `dir`) into a temporary directory
/// beside `dir`, then renames it to `dir`, which must not exist or be
/// empty: a failed write leaves no half tree.
pub fn write_dir_atomic<'f>(
    dir: &Path,
    files: impl IntoIterator<Item = (&'f Path, &'f [u8])>,
) -> std::io::Result<()> {
    let parent = made_parent(dir)?;
    let temporary = tempfile::Builder::new()
        .prefix(".postrun-")
        .tempdir_in(parent)?;
    for (relative, bytes) in files {
        let path = temporary.path().join(relative);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::write(path, bytes)?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // A temporary directory is private; a made one is readable by all.
        std::fs::set_permissions(temporary.path(), std::fs::Permissions::from_mode(0o755))?;
    }
    // rename(2) replaces an empty directory and refuses a non-empty one.
    std::fs::rename(temporary.path(), dir)?;
    // Renamed away: nothing is left for the guard to remove.
    let _ = temporary.keep();
    Ok(())
}

/// The folder `path` goes in (`.` for a bare name), made if missing: the
/// temporary file or directory must be beside the target to be renamed.
fn made_parent(path: &Path) -> std::io::Result<&Path> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    Ok(folder)
}

/// The permissions the file had, or those of a file made anew: readable by
/// all, as `std::fs::write` would leave it (a temporary file is private).
#[cfg(unix)]
fn permissions(path: &Path) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path)
        .map(|metadata| metadata.permissions())
        .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("report.json");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let entries = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
        assert_eq!(entries, 1, "no temporary file left behind");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_readable_by_all_and_an_old_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.xml");
        write_atomic(&path, b"x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&path, b"y").unwrap();
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn a_tree_appears_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let tree = dir.path().join("tree");
        let files = [
            (Path::new("a.yaml"), b"a: 1".as_slice()),
            (Path::new("f/b.yaml"), b"b: 2".as_slice()),
        ];
        write_dir_atomic(&tree, files).unwrap();
        assert_eq!(std::fs::read(tree.join("f/b.yaml")).unwrap(), b"b: 2");
        // A file that cannot be made (its folder is a file) leaves nothing.
        let broken = dir.path().join("broken");
        let files = [
            (Path::new("x"), b"x".as_slice()),
            (Path::new("x/y"), b"y".as_slice()),
        ];
        assert!(write_dir_atomic(&broken, files).is_err());
        assert!(!broken.exists());
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "only the first tree: {left:?}");
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        write_atomic(&path, b"good").unwrap();
        // A path whose folder is a file cannot be written.
        let bad = path.join("x");
        assert!(write_atomic(&bad, b"bad").is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"good");
    }
}
