//! Phase 1: every spec generated in a child process of its own
//! (`cargo xtask corpus-one`, this same binary), so that a panic, an abort
//! (a stack overflow), a spec that runs too long or too large is that spec's
//! outcome. The child prints one JSON line; the parent turns it, or the way
//! the child ended, into a [`Row`].

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use switchboard_codegen::standalone::{self, Options, Runtime};

use super::Spec;
use super::report::{Outcome, Row};

/// Bounds on each child.
pub(crate) struct Limits {
    pub timeout: Duration,
    pub memory_mb: u64,
    pub jobs: usize,
}

/// `dir-<name>`: a package name that starts with a letter and cannot clash
/// with a dependency.
pub(crate) fn crate_name(name: &str) -> String {
    format!("dir-{name}")
}

/// Generates every spec into `out/<name>/`, `limits.jobs` children at a time.
pub(crate) fn generate_all(out: &Path, specs: &[Spec], limits: &Limits) -> Vec<Row> {
    let next = Mutex::new(0usize);
    let rows = Mutex::new(Vec::with_capacity(specs.len()));
    let done = Mutex::new(0usize);
    std::thread::scope(|scope| {
        for _ in 0..limits.jobs.max(1) {
            scope.spawn(|| {
                loop {
                    let index = {
                        let Ok(mut next) = next.lock() else { return };
                        let index = *next;
                        *next += 1;
                        index
                    };
                    let Some(spec) = specs.get(index) else { return };
                    let row = generate_in_child(out, spec, limits);
                    if let Ok(mut done) = done.lock() {
                        *done += 1;
                        if *done % 100 == 0 || row.millis > 20_000 {
                            eprintln!(
                                "  [{}/{}] {} ({:.1} s): {}",
                                *done,
                                specs.len(),
                                spec.label,
                                row.millis as f64 / 1000.0,
                                row.outcome.as_str()
                            );
                        }
                    }
                    if let Ok(mut rows) = rows.lock() {
                        rows.push(row);
                    }
                }
            });
        }
    });
    let mut rows = rows.into_inner().unwrap_or_default();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    rows
}

fn generate_in_child(out: &Path, spec: &Spec, limits: &Limits) -> Row {
    let mut row = Row::new(spec);
    let started = Instant::now();
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("xtask"));
    let crate_dir = out.join(&spec.name);
    let mut command = if cfg!(unix) && limits.memory_mb > 0 {
        // The address-space limit bounds what one spec may take; `exec`
        // keeps the child's pid, so the timeout kills the generator itself.
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!(
                "ulimit -v {} && exec \"$0\" \"$@\"",
                limits.memory_mb * 1024
            ))
            .arg(&exe);
        command
    } else {
        Command::new(&exe)
    };
    command
        .arg("corpus-one")
        .arg(&spec.path)
        .arg(&crate_dir)
        .arg(crate_name(&spec.name))
        .arg(&spec.label)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(error) => {
            row.outcome = Outcome::Crashed;
            row.detail = format!("could not start the generator: {error}");
            return row;
        }
    };
    // Read both pipes while waiting, so a chatty child never blocks.
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let out_reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(pipe) = stdout.as_mut() {
            let _ = pipe.read_to_string(&mut text);
        }
        text
    });
    let err_reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(pipe) = stderr.as_mut() {
            let _ = pipe.read_to_string(&mut text);
        }
        text
    });
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() > limits.timeout => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(_) => break None,
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    row.millis = started.elapsed().as_millis() as u64;
    let report: Option<serde_json::Value> = stdout
        .lines()
        .rev()
        .find_map(|line| serde_json::from_str(line).ok());
    match (status, report) {
        (None, _) => {
            row.outcome = Outcome::Crashed;
            row.detail = format!(
                "killed: still generating after {} s",
                limits.timeout.as_secs()
            );
        }
        (Some(_), Some(report)) => {
            let text = |key: &str| {
                report
                    .get(key)
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            let number = |key: &str| {
                report
                    .get(key)
                    .and_then(serde_json::Value::as_u64)
                    .unwrap_or(0)
            };
            row.peak_kb = number("peak_kb");
            row.lines = number("lines");
            row.warnings = number("warnings");
            if text("outcome") == "generated" {
                row.outcome = Outcome::Generated;
            } else {
                row.outcome = Outcome::Refused;
                row.detail = text("message");
            }
        }
        (Some(status), None) => {
            let panic = stderr
                .lines()
                .skip_while(|line| !line.contains("panicked at"))
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            // 101 from an unwinding build, SIGABRT (6) from the release build.
            let aborted = std::os::unix::process::ExitStatusExt::signal(&status) == Some(6);
            if (status.code() == Some(101) || aborted) && !panic.is_empty() {
                row.outcome = Outcome::Panicked;
                row.detail = panic;
            } else {
                row.outcome = Outcome::Crashed;
                let last = stderr.lines().rev().find(|line| !line.trim().is_empty());
                row.detail = match last {
                    Some(line) => format!("{status}: {line}"),
                    None => status.to_string(),
                };
            }
        }
    }
    row
}

/// `corpus-one SPEC OUT CRATE LABEL`: the child. Generates one crate and
/// prints one JSON line saying what happened.
pub fn generate_one(args: &[&str]) -> ExitCode {
    let [spec, out, crate_name, label] = args else {
        eprintln!("usage: corpus-one SPEC OUT CRATE-NAME LABEL");
        return ExitCode::from(2);
    };
    let spec = Path::new(spec);
    let out = Path::new(out);
    let report = match generate(spec, out, crate_name, label) {
        Ok((lines, warnings)) => serde_json::json!({
            "outcome": "generated",
            "lines": lines,
            "warnings": warnings,
            "peak_kb": peak_kb(),
        }),
        Err(message) => {
            // No stale crate of an earlier run stays behind a refusal.
            let _ = std::fs::remove_dir_all(out);
            serde_json::json!({
            "outcome": "refused",
            "message": message,
            "peak_kb": peak_kb(),
            })
        }
    };
    println!("{report}");
    ExitCode::SUCCESS
}

/// Writes the crate (only files whose content changed, so an unchanged crate
/// is not checked again): the lines of Rust and the warnings, or the
/// generator's error.
fn generate(spec: &Path, out: &Path, crate_name: &str, label: &str) -> Result<(u64, u64), String> {
    let text = std::fs::read_to_string(spec)
        .map_err(|error| format!("{}: cannot read the file: {error}", spec.display()))?;
    let options = Options {
        crate_name: crate_name.to_owned(),
        // `target/directory/<name>/` → the checkout's `runtime/`.
        runtime: Runtime::Path("../../../runtime".to_owned()),
        own_workspace: false,
        spec_label: label.to_owned(),
        max_lines: standalone::DEFAULT_MAX_LINES,
        features: standalone::FeatureMode::default(),
    };
    let generated = standalone::generate(spec, &text, &options).map_err(|error| {
        // Name the spec by its place in the directory, not this machine's path.
        let mut error = error;
        if error.file == spec {
            error.file = PathBuf::from(label);
        }
        error.to_string()
    })?;
    let mut lines = 0;
    for file in &generated.files {
        let target = out.join(&file.path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| format!("{}: {error}", parent.display()))?;
        }
        if std::fs::read_to_string(&target).ok().as_deref() != Some(file.contents.as_str()) {
            std::fs::write(&target, &file.contents)
                .map_err(|error| format!("{}: {error}", target.display()))?;
        }
        if file.path.ends_with(".rs") {
            lines += file.contents.lines().count() as u64;
        }
    }
    Ok((lines, generated.warnings.len() as u64))
}

/// This process's peak resident memory in KiB (Linux), or 0.
fn peak_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmHWM:"))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kb| kb.parse().ok())
        })
        .unwrap_or(0)
}
