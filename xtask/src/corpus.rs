//! `cargo xtask corpus`: the generator against real-world specs. Every spec
//! of the corpus (the 21 that ship inside the `openapiv3` crate and the ones
//! in `../shared/realspecs/`) becomes a standalone crate under
//! `target/corpus/<name>/`; the crates are members of one workspace
//! (`target/corpus/Cargo.toml`) that builds into the main `target/`, so they
//! are checked together and share every dependency. Telegent's own
//! published document (the YAML of seed 003 in `../shared/seeds/`, as the
//! provider publishes it, not the curated `specs/telegent.yaml`) is one of
//! them: a provider's document as it is must keep generating.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use switchboard_codegen::standalone::{self, Options, Runtime};

/// The usage lines of this command.
pub const USAGE: &str = "  corpus [--clippy NAME] [--only NAME,NAME] [--no-check]
                    generate a crate for every real-world spec (openapiv3's fixtures,
                    ../shared/realspecs and Telegent's published document from
                    ../shared/seeds) into target/corpus/, `cargo check` them as one
                    workspace, run clippy -D warnings on NAME; prints a table, exit 1 on
                    any failure
";

/// One spec of the corpus.
struct Entry {
    /// The crate's directory and the name in the table (`quayio-yaml`).
    name: String,
    path: PathBuf,
}

/// What happened to one spec.
struct Outcome {
    name: String,
    /// Lines of Rust generated, and warnings; or the refusal.
    generated: Result<(usize, usize), String>,
    generate_time: Duration,
}

/// Runs the command with `args` (after `corpus`).
pub fn run(root: &Path, args: &[&str]) -> ExitCode {
    let mut clippy: Option<String> = None;
    let mut only: Option<Vec<String>> = None;
    let mut check = true;
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        match *flag {
            "--no-check" => check = false,
            "--clippy" | "--only" => {
                let Some(value) = rest.next() else {
                    eprintln!("error: `{flag}` needs a value\n\nusage:\n{USAGE}");
                    return ExitCode::from(2);
                };
                if *flag == "--clippy" {
                    clippy = Some((*value).to_owned());
                } else {
                    only = Some(value.split(',').map(str::to_owned).collect());
                }
            }
            _ => {
                eprintln!("error: unknown option `{flag}`\n\nusage:\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let entries = match corpus(root) {
        Ok(entries) => entries,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let entries: Vec<Entry> = entries
        .into_iter()
        .filter(|entry| only.as_ref().is_none_or(|only| only.contains(&entry.name)))
        .collect();
    if let Some(name) = &clippy {
        if !entries.iter().any(|entry| entry.name == *name) {
            eprintln!("error: `--clippy {name}`: no such spec in the corpus");
            return ExitCode::from(2);
        }
    }
    let dir = root.join("target/corpus");
    // Each crate is `target/corpus/<name>/`; the runtime is `runtime/`.
    let runtime = Runtime::Path("../../../runtime".to_owned());
    let mut outcomes = Vec::new();
    let mut members = Vec::new();
    for entry in &entries {
        let started = Instant::now();
        let generated = generate(&dir, entry, &runtime);
        if generated.is_ok() {
            members.push(entry.name.clone());
        }
        outcomes.push(Outcome {
            name: entry.name.clone(),
            generated,
            generate_time: started.elapsed(),
        });
    }
    if let Err(error) = write_workspace(root, &dir, &members) {
        eprintln!("error: {}: {error}", dir.display());
        return ExitCode::FAILURE;
    }

    let mut failed_check: Vec<String> = Vec::new();
    let mut check_time = None;
    if check && !members.is_empty() {
        let started = Instant::now();
        match cargo(
            root,
            &dir,
            &["check", "--workspace", "--keep-going", "--quiet"],
        ) {
            Ok((_, output)) => {
                failed_check = members
                    .iter()
                    .filter(|name| {
                        output.contains(&format!("could not compile `{}`", crate_name(name)))
                    })
                    .cloned()
                    .collect();
                if !output.is_empty() && !failed_check.is_empty() {
                    eprintln!("{output}");
                }
            }
            Err(error) => {
                eprintln!("error: cargo check: {error}");
                return ExitCode::FAILURE;
            }
        }
        check_time = Some(started.elapsed());
    }
    let mut clippy_result: Option<(String, bool, Duration)> = None;
    if let Some(name) = clippy.filter(|name| members.contains(name)) {
        let started = Instant::now();
        let package = crate_name(&name);
        let passed = match cargo(
            root,
            &dir,
            &["clippy", "-p", &package, "--quiet", "--", "-D", "warnings"],
        ) {
            Ok((passed, output)) => {
                if !passed {
                    eprintln!("{output}");
                }
                passed
            }
            Err(error) => {
                eprintln!("error: cargo clippy: {error}");
                false
            }
        };
        clippy_result = Some((name, passed, started.elapsed()));
    }

    let (table, failures) = table(&outcomes, check.then_some(&failed_check), &clippy_result);
    println!("{table}");
    if let Some(time) = check_time {
        println!(
            "cargo check of {} crates: {:.1} s",
            members.len(),
            time.as_secs_f64()
        );
    }
    if let Some((name, _, time)) = &clippy_result {
        println!(
            "cargo clippy -D warnings of {name}: {:.1} s",
            time.as_secs_f64()
        );
    }
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("{failures} of {} specs failed", outcomes.len());
        ExitCode::FAILURE
    }
}

/// `corpus-<name>`: a package name that cannot clash with a dependency.
fn crate_name(name: &str) -> String {
    format!("corpus-{name}")
}

/// The corpus: `openapiv3`'s fixtures and `../shared/realspecs/`, sorted by
/// name; a stem that two files share gets the extension (`quayio-json`).
fn corpus(root: &Path) -> Result<Vec<Entry>, String> {
    let seeds = root.join("target/corpus-seeds");
    std::fs::create_dir_all(&seeds).map_err(|error| format!("{}: {error}", seeds.display()))?;
    let mut paths = vec![telegent_published(root, &seeds)?];
    for dir in [openapiv3_fixtures()?, root.join("../shared/realspecs")] {
        let listing =
            std::fs::read_dir(&dir).map_err(|error| format!("{}: {error}", dir.display()))?;
        for entry in listing.flatten() {
            let path = entry.path();
            let spec = path
                .extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml" || ext == "json");
            if spec && path.is_file() {
                paths.push(path);
            }
        }
    }
    let stem = |path: &Path| {
        path.file_stem()
            .map(|s| s.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default()
            .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "-")
    };
    let mut entries: Vec<Entry> = paths
        .iter()
        .map(|path| {
            let shared = paths.iter().filter(|p| stem(p) == stem(path)).count() > 1;
            let name = if shared {
                let ext = path.extension().unwrap_or_default().to_string_lossy();
                format!("{}-{ext}", stem(path))
            } else {
                stem(path)
            };
            Entry {
                name,
                path: path.clone(),
            }
        })
        .collect();
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(entries)
}

/// Telegent's own OpenAPI document, as its page publishes it (the ```yaml
/// block of seed 003), written to `dir`.
pub(crate) fn telegent_published(root: &Path, dir: &Path) -> Result<PathBuf, String> {
    let seed = root.join("../shared/seeds/003_ea535ef13deed359.txt");
    let text = std::fs::read_to_string(&seed).map_err(|e| format!("{}: {e}", seed.display()))?;
    let yaml = text
        .split("```yaml")
        .nth(1)
        // The fence's info string goes on after `yaml` (the page's path).
        .and_then(|rest| rest.split_once('\n'))
        .and_then(|(_, rest)| rest.split("```").next())
        .ok_or_else(|| format!("{}: no ```yaml block", seed.display()))?;
    let path = dir.join("telegent-published.yaml");
    std::fs::write(&path, yaml).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// `openapiv3-2.2.0/fixtures` in the cargo registry.
pub(crate) fn openapiv3_fixtures() -> Result<PathBuf, String> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let registry = home.join("registry/src");
    let listing =
        std::fs::read_dir(&registry).map_err(|error| format!("{}: {error}", registry.display()))?;
    listing
        .flatten()
        .map(|index| index.path().join("openapiv3-2.2.0/fixtures"))
        .find(|fixtures| fixtures.is_dir())
        .ok_or_else(|| {
            format!(
                "openapiv3 2.2.0's fixtures are not under {} (run `cargo fetch`)",
                registry.display()
            )
        })
}

/// Generates one crate into `dir/<name>/` (writing only the files whose
/// content changed, so an unchanged crate is not checked again): the lines
/// of Rust and the number of warnings, or the generator's error.
fn generate(dir: &Path, entry: &Entry, runtime: &Runtime) -> Result<(usize, usize), String> {
    let text = std::fs::read_to_string(&entry.path)
        .map_err(|error| format!("{}: {error}", entry.path.display()))?;
    let options = Options {
        crate_name: crate_name(&entry.name),
        runtime: runtime.clone(),
        own_workspace: false,
        spec_label: entry
            .path
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned()),
        max_lines: standalone::DEFAULT_MAX_LINES,
        features: standalone::FeatureMode::default(),
    };
    let generated =
        standalone::generate(&entry.path, &text, &options).map_err(|error| error.to_string())?;
    let out = dir.join(&entry.name);
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
            lines += file.contents.lines().count();
        }
    }
    Ok((lines, generated.warnings.len()))
}

/// `target/corpus/Cargo.toml` (the members, the main workspace's profiles so
/// dependencies built for it are reused) and its `Cargo.lock` (the main
/// one's, so the same versions are used without resolving anew).
fn write_workspace(root: &Path, dir: &Path, members: &[String]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut manifest = String::from(
        "# Written by `cargo xtask corpus`: the generated crates of the real-world spec corpus.\n\
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
    let path = dir.join("Cargo.toml");
    if std::fs::read_to_string(&path).ok() != Some(manifest.clone()) {
        std::fs::write(path, manifest)?;
    }
    // The main lock's versions; cargo adds the corpus crates to it.
    let lock = root.join("Cargo.lock");
    if lock.exists() {
        std::fs::copy(lock, dir.join("Cargo.lock"))?;
    }
    Ok(())
}

/// Runs cargo on the corpus workspace with the main target directory:
/// whether it succeeded and its combined output, or why it could not run.
fn cargo(root: &Path, dir: &Path, args: &[&str]) -> Result<(bool, String), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let (command, rest) = args.split_first().expect("a cargo command");
    let output = Command::new(cargo)
        .arg(command)
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .args(rest)
        .env(
            "CARGO_TARGET_DIR",
            std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from),
        )
        .output()
        .map_err(|error| error.to_string())?;
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    if !output.status.success() && text.trim().is_empty() {
        return Err(format!("exited with {}", output.status));
    }
    Ok((output.status.success(), text))
}

/// The results as a Markdown table, and how many specs failed.
fn table(
    outcomes: &[Outcome],
    failed_check: Option<&Vec<String>>,
    clippy: &Option<(String, bool, Duration)>,
) -> (String, usize) {
    let mut out = String::from(
        "| spec | generated | lines | warnings | cargo check | clippy -D warnings |\n\
         | --- | --- | ---: | ---: | --- | --- |\n",
    );
    let mut failures = 0;
    for outcome in outcomes {
        let (generated, lines, warnings, compiles) = match &outcome.generated {
            Ok((lines, warnings)) => {
                let compiles = match failed_check {
                    None => "not run",
                    Some(failed) if failed.contains(&outcome.name) => "FAILED",
                    Some(_) => "ok",
                };
                (
                    format!("ok ({:.1} s)", outcome.generate_time.as_secs_f64()),
                    lines.to_string(),
                    warnings.to_string(),
                    compiles,
                )
            }
            Err(error) => (
                format!("refused: {}", error.lines().next().unwrap_or_default()),
                "-".to_owned(),
                "-".to_owned(),
                "-",
            ),
        };
        let clippy = match clippy {
            Some((name, true, _)) if *name == outcome.name => "ok",
            Some((name, false, _)) if *name == outcome.name => "FAILED",
            _ => "",
        };
        if outcome.generated.is_err() || compiles == "FAILED" || clippy == "FAILED" {
            failures += 1;
        }
        let _ = writeln!(
            out,
            "| {} | {generated} | {lines} | {warnings} | {compiles} | {clippy} |",
            outcome.name
        );
    }
    (out, failures)
}
