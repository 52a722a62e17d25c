//! Phase 2: `cargo check` of the generated crates, in batches that are
//! members of one workspace (`target/directory/Cargo.toml`, rewritten per
//! batch) building into the main target directory, so the runtime and its
//! dependencies are built once. `--keep-going` checks every member of a
//! batch however many fail, and the compiler's JSON messages say which crate
//! each error belongs to.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use super::report::{Outcome, Row};

/// How the check runs.
pub(crate) struct Settings {
    /// Crates per batch.
    pub batch: usize,
    /// Keep each batch's build artifacts (else removed after it, so the
    /// whole directory fits on a disk).
    pub keep_artifacts: bool,
    /// The address space each compiler process may take (0: no limit), so
    /// one huge crate cannot take a shared machine's memory.
    pub memory_mb: u64,
}

/// A batch also ends when its crates hold this many lines of Rust: one huge
/// crate is a batch of its own, and no batch needs more memory than a few.
const LINES_PER_BATCH: u64 = 600_000;

/// What cargo said about one crate.
#[derive(Default)]
struct Verdict {
    checked: bool,
    first_error: Option<String>,
    warnings: usize,
    first_warning: Option<String>,
}

/// Checks every generated crate of `rows` and sets its outcome.
pub(crate) fn check_all(
    root: &Path,
    out: &Path,
    rows: &mut [Row],
    settings: &Settings,
) -> Result<(), String> {
    let members: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].outcome == Outcome::Generated)
        .collect();
    let mut batches: Vec<Vec<usize>> = Vec::new();
    let mut lines = 0;
    for index in members {
        let full = batches.last().is_none_or(|batch| {
            batch.len() >= settings.batch || lines + rows[index].lines > LINES_PER_BATCH
        });
        if full {
            batches.push(Vec::new());
            lines = 0;
        }
        lines += rows[index].lines;
        if let Some(batch) = batches.last_mut() {
            batch.push(index);
        }
    }
    let target_dir =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let mut warned = Vec::new();
    for (number, batch) in batches.iter().enumerate() {
        let started = Instant::now();
        let names: Vec<&str> = batch.iter().map(|&i| rows[i].name.as_str()).collect();
        write_workspace(root, out, &names)
            .map_err(|error| format!("{}: {error}", out.display()))?;
        let (verdicts, cargo_error) = cargo_check(out, &target_dir, settings.memory_mb)?;
        let mut failed = 0;
        for &index in batch {
            let row = &mut rows[index];
            let verdict = verdicts.get(&row.name);
            match verdict {
                Some(verdict) if verdict.checked && verdict.first_error.is_none() => {
                    row.outcome = Outcome::Checks;
                    if let Some(warning) = &verdict.first_warning {
                        row.detail = format!("{} compiler warnings: {warning}", verdict.warnings);
                        warned.push(row.label.clone());
                    }
                }
                Some(Verdict {
                    first_error: Some(error),
                    ..
                }) => {
                    failed += 1;
                    row.outcome = Outcome::Broken;
                    row.detail = error.clone();
                }
                // No artifact and no error: the compiler died (the memory
                // limit) or cargo stopped before it.
                _ => {
                    failed += 1;
                    let died = cargo_error
                        .as_deref()
                        .filter(|error| error.starts_with("the compiler"));
                    (row.outcome, row.detail) = match died {
                        Some(error) => (Outcome::Crashed, error.to_owned()),
                        None => (
                            Outcome::Broken,
                            cargo_error.clone().unwrap_or_else(|| {
                                "cargo check stopped before checking it".to_owned()
                            }),
                        ),
                    };
                }
            }
        }
        eprintln!(
            "  check batch {}/{}: {} crates, {} failed, {:.0} s",
            number + 1,
            batches.len(),
            batch.len(),
            failed,
            started.elapsed().as_secs_f64()
        );
        for &index in batch {
            let row = &rows[index];
            if row.outcome != Outcome::Checks {
                eprintln!("    {}: {}", row.label, row.detail);
            }
        }
        if !settings.keep_artifacts {
            remove_artifacts(&target_dir);
        }
    }
    if !warned.is_empty() {
        eprintln!(
            "{} crates check with compiler warnings, e.g. {}",
            warned.len(),
            warned
                .iter()
                .take(5)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(())
}

/// The batch's workspace: its members, the main workspace's profiles (so the
/// dependencies built for it are reused) and lints, and its lock file.
fn write_workspace(root: &Path, out: &Path, members: &[&str]) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    let mut manifest = String::from(
        "# Written by `cargo xtask corpus --directory`: one batch of generated crates.\n\
         [workspace]\nresolver = \"3\"\nmembers = [\n",
    );
    for member in members {
        let _ = writeln!(manifest, "    {member:?},");
    }
    manifest.push_str(
        "]\n\n[workspace.lints.rust]\nmissing_docs = \"warn\"\n\n\
         [profile.dev]\ndebug = \"line-tables-only\"\n\n\
         [profile.dev.package.\"*\"]\ndebug = false\n",
    );
    std::fs::write(out.join("Cargo.toml"), manifest)?;
    let lock = root.join("Cargo.lock");
    if lock.exists() {
        std::fs::copy(lock, out.join("Cargo.lock"))?;
    }
    Ok(())
}

/// Runs `cargo check` on the batch: what it said about each crate (by its
/// directory name), and cargo's own first error when it stopped early.
fn cargo_check(
    out: &Path,
    target_dir: &Path,
    memory_mb: u64,
) -> Result<(BTreeMap<String, Verdict>, Option<String>), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = if cfg!(unix) && memory_mb > 0 {
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!(
                "ulimit -v {} && exec \"$0\" \"$@\"",
                memory_mb * 1024
            ))
            .arg(cargo);
        command
    } else {
        Command::new(cargo)
    };
    let mut child = command
        .args([
            "check",
            "--workspace",
            "--keep-going",
            "--message-format=json",
        ])
        .arg("--manifest-path")
        .arg(out.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target_dir)
        .env("CARGO_INCREMENTAL", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run cargo: {error}"))?;
    let stderr = child.stderr.take();
    let err_reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut pipe) = stderr {
            let _ = std::io::Read::read_to_string(&mut pipe, &mut text);
        }
        text
    });
    let mut verdicts: BTreeMap<String, Verdict> = BTreeMap::new();
    if let Some(stdout) = child.stdout.take() {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let Ok(message) = serde_json::from_str::<serde_json::Value>(&line) else {
                continue;
            };
            let Some(name) = member_name(&message, out) else {
                continue;
            };
            let verdict = verdicts.entry(name).or_default();
            match message.get("reason").and_then(serde_json::Value::as_str) {
                Some("compiler-artifact") => verdict.checked = true,
                Some("compiler-message") => {
                    let Some(diagnostic) = message.get("message") else {
                        continue;
                    };
                    let level = diagnostic
                        .get("level")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or_default();
                    let text = diagnostic_line(diagnostic);
                    if level == "error" {
                        verdict.first_error.get_or_insert(text);
                    } else if level == "warning" {
                        verdict.warnings += 1;
                        verdict.first_warning.get_or_insert(text);
                    }
                }
                _ => {}
            }
        }
    }
    let _ = child.wait();
    let stderr = err_reader.join().unwrap_or_default();
    let died = stderr.lines().find_map(|line| {
        if line.contains("memory allocation of") {
            Some(format!(
                "the compiler ran out of memory (its limit is `--check-memory-mb`): {}",
                line.trim()
            ))
        } else {
            let signal = line.split("(signal: ").nth(1)?;
            Some(format!(
                "the compiler died: signal {}",
                signal.trim_end_matches(')')
            ))
        }
    });
    let cargo_error = died.or_else(|| {
        stderr
            .lines()
            .find(|line| line.starts_with("error") && !line.contains("could not compile"))
            .map(|line| format!("cargo: {line}"))
    });
    Ok((verdicts, cargo_error))
}

/// The crate directory (a member of `out`) a message is about.
fn member_name(message: &serde_json::Value, out: &Path) -> Option<String> {
    let manifest = Path::new(message.get("manifest_path")?.as_str()?);
    let dir = manifest.parent()?;
    (dir.parent()? == out).then(|| dir.file_name()?.to_str().map(str::to_owned))?
}

/// `error[E0412]: cannot find type `X` in this scope (src/api/types.rs:12)`.
fn diagnostic_line(diagnostic: &serde_json::Value) -> String {
    let level = diagnostic
        .get("level")
        .and_then(serde_json::Value::as_str)
        .unwrap_or("error");
    let text = diagnostic
        .get("message")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default();
    let code = diagnostic
        .get("code")
        .and_then(|code| code.get("code"))
        .and_then(serde_json::Value::as_str);
    let place = diagnostic
        .get("spans")
        .and_then(serde_json::Value::as_array)
        .and_then(|spans| spans.first())
        .and_then(|span| {
            Some(format!(
                " ({}:{})",
                span.get("file_name")?.as_str()?,
                span.get("line_start")?.as_u64()?
            ))
        })
        .unwrap_or_default();
    match code {
        Some(code) => format!("{level}[{code}]: {text}{place}"),
        None => format!("{level}: {text}{place}"),
    }
}

/// Removes what checking the generated crates left in the target directory
/// (their metadata and fingerprints, named after `dir-…`), not what the
/// dependencies left: those are shared by every batch.
fn remove_artifacts(target_dir: &Path) {
    let debug = target_dir.join("debug");
    for (dir, prefixes) in [
        (debug.join("deps"), ["libdir_", "dir_"]),
        (debug.join(".fingerprint"), ["dir-", "dir-"]),
    ] {
        let Ok(listing) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in listing.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if prefixes.iter().any(|prefix| name.starts_with(prefix)) {
                let path = entry.path();
                let _ = if path.is_dir() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
            }
        }
    }
}
