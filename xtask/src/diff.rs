//! `cargo xtask diff`: the API changes of every spec since a git revision, or
//! between two spec files, classified for the wire and for Rust users (see
//! `switchboard_codegen::diff`). Reads the base specs with `git show`, so
//! nothing is checked out and no network is needed.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use switchboard_codegen::diff::{self, ProviderDiff, Report};
use switchboard_codegen::ir::Api;
use switchboard_codegen::{load, model};

pub const USAGE: &str =
    "  diff [--base REV] the API changes of every spec in specs/ since the git revision
                    REV (default HEAD): added, removed and changed operations,
                    parameters, fields, enum values, statuses, auth and servers,
                    each judged for the wire and for Rust users, with the semver bump
  diff OLD NEW      the same for two spec files
    --format F      terminal (default; coloured on a terminal unless NO_COLOR is
                    set), markdown or json
    --fail-on breaking
                    exit 1 when a change breaks the wire or the Rust API
                    (exit 2: bad arguments, or a spec that cannot be read)\n";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Terminal,
    Markdown,
    Json,
}

#[derive(Debug)]
struct Options {
    base: Option<String>,
    files: Vec<String>,
    format: Format,
    fail_on_breaking: bool,
}

/// Runs `cargo xtask diff <args>` for the workspace at `root`.
pub fn run(root: &Path, args: &[&str]) -> ExitCode {
    let options = match options(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\n\nusage: cargo xtask diff …\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let report = match options.files.as_slice() {
        [old, new] => between_files(Path::new(old), Path::new(new)),
        _ => since_revision(root, options.base.as_deref().unwrap_or("HEAD")),
    };
    let report = match report {
        Ok(report) => report,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let text = match options.format {
        Format::Terminal => {
            let no_colour = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            report.terminal(std::io::stdout().is_terminal() && !no_colour)
        }
        Format::Markdown => report.markdown(),
        Format::Json => report.json(),
    };
    print!("{text}");
    if options.fail_on_breaking && report.is_breaking() {
        eprintln!("error: breaking changes (--fail-on breaking)");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

fn options(args: &[&str]) -> Result<Options, String> {
    let mut options = Options {
        base: None,
        files: Vec::new(),
        format: Format::Terminal,
        fail_on_breaking: false,
    };
    let mut args = args.iter().copied();
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value)),
            _ => (arg, None),
        };
        let mut value = || {
            inline
                .or_else(|| args.next())
                .ok_or_else(|| format!("`{flag}` needs a value"))
        };
        match flag {
            "--base" => options.base = Some(value()?.to_owned()),
            "--format" => {
                options.format = match value()? {
                    "terminal" => Format::Terminal,
                    "markdown" | "md" => Format::Markdown,
                    "json" => Format::Json,
                    other => {
                        return Err(format!(
                            "unknown format `{other}` (terminal, markdown or json)"
                        ));
                    }
                }
            }
            "--fail-on" => match value()? {
                "breaking" => options.fail_on_breaking = true,
                other => return Err(format!("`--fail-on {other}`: only `breaking` is known")),
            },
            flag if flag.starts_with('-') => return Err(format!("unknown option `{flag}`")),
            file => options.files.push(file.to_owned()),
        }
    }
    match (options.files.len(), &options.base) {
        (0, _) => Ok(options),
        (2, None) => Ok(options),
        (2, Some(_)) => Err("give either `--base REV` or two spec files, not both".to_owned()),
        _ => Err("give two spec files (OLD NEW), or none to compare specs/ with git".to_owned()),
    }
}

/// Two spec files, named as given; the provider is the file stem they share.
fn between_files(old: &Path, new: &Path) -> Result<Report, String> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
    };
    let old_api = build(old, &read(old)?, "")?;
    let new_api = build(new, &read(new)?, "")?;
    let name = match (old.file_stem(), new.file_stem()) {
        (Some(a), Some(b)) if a == b => a.to_string_lossy().into_owned(),
        _ => format!("{} → {}", old.display(), new.display()),
    };
    Ok(Report::new(vec![diff::provider(
        &name,
        Some(&old_api),
        Some(&new_api),
    )]))
}

/// Every spec in `specs/` at `rev` against the working tree.
fn since_revision(root: &Path, rev: &str) -> Result<Report, String> {
    git(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| {
        format!(
            "`{rev}` is not a commit in the git repository at {}",
            root.display()
        )
    })?;
    let mut paths = base_spec_paths(root, rev)?;
    let target = xtask::crate_target();
    for path in switchboard_codegen::spec_paths(root, &target).map_err(|error| error.to_string())? {
        if !paths.contains(&path) {
            paths.push(path);
        }
    }
    paths.sort();
    let mut providers: Vec<ProviderDiff> = Vec::new();
    for path in &paths {
        let name = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        let old = match git(root, &["show", &format!("{rev}:./{}", slashes(path))]) {
            Ok(text) => Some(build(path, &text, &format!(" (at {rev})"))?),
            Err(_) => None,
        };
        let new = match std::fs::read_to_string(root.join(path)) {
            Ok(text) => Some(build(path, &text, "")?),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
            Err(error) => return Err(format!("{}: {error}", path.display())),
        };
        providers.push(diff::provider(&name, old.as_ref(), new.as_ref()));
    }
    Ok(Report::new(providers))
}

/// The spec files directly in `specs/` at `rev`.
fn base_spec_paths(root: &Path, rev: &str) -> Result<Vec<PathBuf>, String> {
    let dir = format!("{}/", xtask::crate_target().specs.display());
    let listing = git(root, &["ls-tree", rev, "--", &dir])?;
    Ok(listing
        .lines()
        .filter_map(|line| {
            let (meta, path) = line.split_once('\t')?;
            let is_file = meta.split_whitespace().nth(1) == Some("blob");
            let is_spec = [".yaml", ".yml", ".json"]
                .iter()
                .any(|ext| path.ends_with(ext));
            (is_file && is_spec).then(|| PathBuf::from(path))
        })
        .collect())
}

/// The spec's IR; `at` says which version an error is about.
fn build(path: &Path, text: &str, at: &str) -> Result<Api, String> {
    // Any file name will do: the module name only matters for generated code.
    let spec = load::parse_module(path, text, "spec").map_err(|error| format!("{error}{at}"))?;
    model::build(&spec).map_err(|error| format!("{error}{at}"))
}

/// Runs git in `root`; its standard output, or its complaint.
fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|error| format!("cannot run git: {error}"))?;
    if output.status.success() {
        String::from_utf8(output.stdout).map_err(|_| format!("git {}: not UTF-8", args.join(" ")))
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}

/// A relative path with `/` separators, as git names it.
fn slashes(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}
