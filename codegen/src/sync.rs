//! Keeps `generated/` equal to what the specs produce: write what changed, or
//! (check mode) report every stale, missing or extra file.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::GeneratedFile;

/// The generated crate's directory, relative to the workspace root.
pub const CRATE_DIR: &str = "generated";
/// Hand-written code inside the generated crate, never touched or checked.
pub const HAND_WRITTEN: &[&str] = &["src/runtime"];

/// How a file under `generated/` differs from what the specs produce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// The file's content is not what the specs produce.
    Stale(PathBuf),
    /// The specs produce a file that does not exist.
    Missing(PathBuf),
    /// A file exists that the specs no longer produce.
    Extra(PathBuf),
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Drift::Stale(path) => write!(f, "stale:   {}", path.display()),
            Drift::Missing(path) => write!(f, "missing: {}", path.display()),
            Drift::Extra(path) => write!(f, "extra:   {}", path.display()),
        }
    }
}

/// Compares `root/generated/` with `files`.
pub fn drift(root: &Path, files: &[GeneratedFile]) -> std::io::Result<Vec<Drift>> {
    let dir = root.join(CRATE_DIR);
    let mut problems = Vec::new();
    let expected: BTreeSet<PathBuf> = files.iter().map(|f| PathBuf::from(&f.path)).collect();
    for file in files {
        let shown = Path::new(CRATE_DIR).join(&file.path);
        match std::fs::read_to_string(dir.join(&file.path)) {
            Ok(current) if current == file.contents => {}
            Ok(_) => problems.push(Drift::Stale(shown)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                problems.push(Drift::Missing(shown))
            }
            Err(error) => return Err(error),
        }
    }
    for path in existing(&dir)? {
        if !expected.contains(&path) {
            problems.push(Drift::Extra(Path::new(CRATE_DIR).join(path)));
        }
    }
    Ok(problems)
}

/// Writes the files whose content changed and removes extra ones. Each file is
/// written to a temporary sibling and renamed into place, so an interrupted
/// run never leaves a truncated file. Returns what changed.
pub fn write(root: &Path, files: &[GeneratedFile]) -> std::io::Result<Vec<Drift>> {
    let dir = root.join(CRATE_DIR);
    let problems = drift(root, files)?;
    for problem in &problems {
        match problem {
            Drift::Stale(shown) | Drift::Missing(shown) => {
                let relative = shown
                    .strip_prefix(CRATE_DIR)
                    .expect("drift paths start with the crate dir");
                let file = files
                    .iter()
                    .find(|f| Path::new(&f.path) == relative)
                    .expect("stale and missing files come from `files`");
                let target = dir.join(relative);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                let temporary = target.with_extension("rs.tmp");
                std::fs::write(&temporary, &file.contents)?;
                std::fs::rename(&temporary, &target)?;
            }
            Drift::Extra(shown) => {
                let target = root.join(shown);
                std::fs::remove_file(&target)?;
                if let Some(parent) = target.parent() {
                    // Only succeeds when the directory is now empty.
                    let _ = std::fs::remove_dir(parent);
                }
            }
        }
    }
    Ok(problems)
}

/// Every file under `dir/src`, relative to `dir`, except the hand-written ones.
fn existing(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.join("src")];
    while let Some(current) = pending.pop() {
        let entries = match std::fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
            Err(error) => return Err(error),
        };
        for entry in entries {
            let path = entry?.path();
            let relative = path
                .strip_prefix(dir)
                .expect("walked from dir")
                .to_path_buf();
            if HAND_WRITTEN.iter().any(|hand| relative.starts_with(hand)) {
                continue;
            }
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(relative);
            }
        }
    }
    found.sort();
    Ok(found)
}
