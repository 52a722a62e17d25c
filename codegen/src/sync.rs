//! Keeps the generated directories equal to what the specs produce: write
//! what changed, or (check mode) report every stale, missing or extra file.
//! Generation happens in memory first, so a bad spec never leaves a
//! half-written tree.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::{GeneratedFile, Target};

/// How a file on disk differs from what the specs produce.
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

/// Why `cargo xtask codegen` could not run.
#[derive(Debug)]
pub enum SyncError {
    /// A spec cannot be generated; nothing was written.
    Spec(crate::Error),
    /// Reading or writing the generated files failed.
    Io(std::io::Error),
}

impl fmt::Display for SyncError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SyncError::Spec(error) => write!(f, "{error}\nnothing was written."),
            SyncError::Io(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for SyncError {}

/// What [`run`] found.
#[derive(Debug, Default)]
pub struct Outcome {
    /// How the disk differed from what the specs produce (empty: it was up
    /// to date); in write mode, what was written.
    pub drift: Vec<Drift>,
    /// How many files the specs produce.
    pub files: usize,
    /// What the generator did not generate exactly, by target (its index in
    /// the `targets` given) and spec (relative to `root`).
    pub warnings: Vec<SpecWarning>,
}

/// A [`Warning`](crate::ir::Warning) and the spec it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecWarning {
    /// The index of the target in the `targets` given to [`run`].
    pub target: usize,
    /// The spec, relative to `root`.
    pub spec: PathBuf,
    /// What was not generated exactly, and where.
    pub warning: crate::ir::Warning,
}

impl fmt::Display for SpecWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: at {}: {}",
            self.spec.display(),
            self.warning.pointer,
            self.warning.message
        )
    }
}

/// Generates every target under `root`; in check mode reports the drift, else
/// writes it away.
pub fn run(root: &Path, targets: &[Target], check: bool) -> Result<Outcome, SyncError> {
    // All specs of all targets are generated before anything is written.
    let mut outcome = Outcome::default();
    let mut generated = Vec::new();
    for (index, target) in targets.iter().enumerate() {
        let mut apis = Vec::new();
        for spec in crate::spec_paths(root, target).map_err(SyncError::Spec)? {
            let api = crate::api(root, &spec).map_err(SyncError::Spec)?;
            outcome
                .warnings
                .extend(api.warnings.iter().map(|warning| SpecWarning {
                    target: index,
                    spec: spec.clone(),
                    warning: warning.clone(),
                }));
            apis.push(api);
        }
        let files = crate::generate_from(target, &apis).map_err(SyncError::Spec)?;
        generated.push((target, files));
    }
    for (target, files) in &generated {
        outcome.files += files.len();
        let found = drift(root, target, files).map_err(SyncError::Io)?;
        if !check {
            apply(root, files, &found).map_err(SyncError::Io)?;
        }
        outcome.drift.extend(found);
    }
    Ok(outcome)
}

/// Compares the disk under `root` with `files`, the output of `target`.
pub fn drift(root: &Path, target: &Target, files: &[GeneratedFile]) -> std::io::Result<Vec<Drift>> {
    let mut problems = Vec::new();
    let expected: BTreeSet<PathBuf> = files.iter().map(|f| PathBuf::from(&f.path)).collect();
    for file in files {
        match std::fs::read_to_string(root.join(&file.path)) {
            Ok(current) if current == file.contents => {}
            Ok(_) => problems.push(Drift::Stale(PathBuf::from(&file.path))),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                problems.push(Drift::Missing(PathBuf::from(&file.path)))
            }
            Err(error) => return Err(error),
        }
    }
    for path in existing(root, target)? {
        if !expected.contains(&path) {
            problems.push(Drift::Extra(path));
        }
    }
    Ok(problems)
}

/// Writes stale and missing files and removes extra ones. Each file goes to a
/// temporary sibling first and is renamed into place, so an interrupted run
/// never leaves a truncated file.
fn apply(root: &Path, files: &[GeneratedFile], problems: &[Drift]) -> std::io::Result<()> {
    for problem in problems {
        match problem {
            Drift::Stale(path) | Drift::Missing(path) => {
                let file = files
                    .iter()
                    .find(|f| Path::new(&f.path) == path)
                    .expect("stale and missing files come from `files`");
                let target = root.join(path);
                if let Some(parent) = target.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                let temporary = target.with_extension("rs.tmp");
                std::fs::write(&temporary, &file.contents)?;
                std::fs::rename(&temporary, &target)?;
            }
            Drift::Extra(path) => {
                let target = root.join(path);
                std::fs::remove_file(&target)?;
                if let Some(parent) = target.parent() {
                    // Succeeds only when the directory is now empty.
                    let _ = std::fs::remove_dir(parent);
                }
            }
        }
    }
    Ok(())
}

/// Every file under `target.out`, relative to `root`.
fn existing(root: &Path, target: &Target) -> std::io::Result<Vec<PathBuf>> {
    let out = target.out.as_path();
    let mut found = Vec::new();
    let mut pending = vec![root.join(out)];
    while let Some(current) = pending.pop() {
        let entries = match std::fs::read_dir(&current) {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => continue,
            Err(error) => return Err(error),
        };
        for entry in entries {
            let path = entry?.path();
            let relative = path
                .strip_prefix(root)
                .expect("walked from root")
                .to_path_buf();
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
