//! `cargo xtask generate --spec FILE --out DIR [--crate-name NAME]`: a
//! standalone client crate for one spec, built on `switchboard-runtime`.

use std::path::Path;
use std::process::ExitCode;

use switchboard_codegen::GeneratedFile;
use switchboard_codegen::ir::Warning;
use switchboard_codegen::standalone::{self, FeatureMode, Options, Runtime};

use xtask::paths;

mod args;
mod staged;

use args::{Usage, parse};
use staged::Staged;

/// The usage lines of this command.
pub const USAGE: &str = "  generate --spec FILE --out DIR [--crate-name NAME] [--max-lines N]
           [--runtime-version VERSION | --runtime-path DIR] [--rustfmt]
           [--features auto|tags|none] [--feature-threshold N]
                    a standalone crate (Cargo.toml, src/) for one spec, YAML or JSON,
                    on switchboard-runtime: from the registry (this checkout's version,
                    or VERSION), or from DIR (written relative to the crate, e.g. this
                    checkout's runtime/); nothing is written if the spec fails, or if
                    the crate would have more than N lines of Rust (default 1,500,000:
                    more than rustc checks in the memory of a typical machine).
                    The files are laid out by prettyplease, and `cargo fmt` leaves the
                    generated module alone (`#[rustfmt::skip]`); --rustfmt also runs the
                    toolchain's rustfmt over them (3-5x the generation time on big specs).
                    --features: a cargo feature per group of operations (first tag, else
                    first path segment that is not a version), so a user compiles only the
                    groups they call: `auto` (the default) when the spec has more than N
                    operations (default 100), `tags` always, `none` never; never with a
                    single group
";

/// Runs the command with `args` (after `generate`).
pub fn run(args: &[&str]) -> ExitCode {
    let args = match parse(args) {
        Ok(args) => args,
        Err(Usage::Help) => {
            say!("usage:\n{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(Usage::Wrong(error)) => {
            tell!("error: {error}\n\nusage:\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (spec, out) = (args.spec.as_path(), args.out.as_path());
    if let Err(error) = check_places(
        out,
        args.runtime_path.as_deref(),
        args.crate_name.as_deref(),
    ) {
        tell!("error: {error}\nnothing was written.");
        return ExitCode::from(2);
    }
    // The runtime from the registry, as neither flag chose it: said after.
    let default_runtime = args.runtime_version.is_none() && args.runtime_path.is_none();
    let runtime = match (args.runtime_version, &args.runtime_path) {
        (_, Some(dir)) => Runtime::Path(paths::relative(out, dir)),
        (Some(version), None) => Runtime::Version(version),
        (None, None) => Runtime::Version(paths::runtime_version()),
    };
    let crate_name = args.crate_name.unwrap_or_else(|| default_crate_name(spec));
    let text = match std::fs::read_to_string(spec) {
        Ok(text) => text,
        Err(error) => {
            tell!("error: {}: cannot read the file: {error}", spec.display());
            return ExitCode::FAILURE;
        }
    };
    let options = Options {
        crate_name: crate_name.clone(),
        runtime,
        own_workspace: true,
        spec_label: paths::spec_label(out, spec),
        max_lines: args.max_lines,
        features: args.mode.unwrap_or(FeatureMode::Auto {
            threshold: args.threshold,
        }),
    };
    // Nothing is written to `out` before everything is generated.
    let written = match args.rustfmt {
        false => write_as_made(spec, text, &options, out),
        true => formatted_and_written(spec, text, &options, out),
    };
    let (warnings, count) = match written {
        Ok(written) => written,
        Err(error) => {
            tell!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    for warning in &warnings {
        tell!(
            "warning: {}: at {}: {}",
            spec.display(),
            warning.pointer,
            warning.message
        );
    }
    say!(
        "generated crate `{crate_name}` in {} ({count} files)",
        out.display(),
    );
    if default_runtime {
        tell!(
            "note: the crate depends on `switchboard-runtime = {:?}` from the registry; to build it against a checkout of this repository instead, generate it with `--runtime-path <checkout>/runtime`",
            paths::runtime_version()
        );
    }
    ExitCode::SUCCESS
}

/// What is wrong with the places and the name given, before anything is
/// read: an `--out` that is a file, a `--runtime-path` that holds no
/// `switchboard-runtime`, a `--crate-name` cargo would refuse.
fn check_places(
    out: &Path,
    runtime: Option<&Path>,
    crate_name: Option<&str>,
) -> Result<(), String> {
    // The nearest part of `out` that is there must be a directory.
    let there = out
        .ancestors()
        .find(|dir| !dir.as_os_str().is_empty() && dir.exists());
    if let Some(file) = there.filter(|there| !there.is_dir()) {
        let what = match file == out {
            true => "a file is there, not a directory".to_owned(),
            false => format!(
                "`{}` is a file, so no directory can be made there",
                file.display()
            ),
        };
        return Err(format!(
            "--out {}: {what}: give a directory (new or existing)",
            out.display()
        ));
    }
    // Another crate's manifest would be replaced: found before the spec is
    // read (any other file the crate would replace is checked before the
    // files move).
    let manifest = out.join("Cargo.toml");
    if manifest.is_file() && !staged::written_by_generate(&manifest) {
        return Err(format!(
            "--out {}: holds a crate `generate` did not write (its Cargo.toml does not say it was generated), which would be replaced: give a new or empty directory, or one `generate` wrote before",
            out.display()
        ));
    }
    if let Some(runtime) = runtime {
        let manifest = std::fs::read_to_string(runtime.join("Cargo.toml")).unwrap_or_default();
        if package_name(&manifest).as_deref() != Some("switchboard-runtime") {
            return Err(format!(
                "--runtime-path {}: no `switchboard-runtime` crate there (its Cargo.toml): give the directory of the runtime crate, `runtime/` in a checkout of this repository",
                runtime.display()
            ));
        }
    }
    match crate_name {
        Some(name) => match standalone::crate_name_refusal(name) {
            Some(refusal) => Err(format!(
                "--crate-name `{name}` is not a valid crate name: {refusal}"
            )),
            None => Ok(()),
        },
        None => Ok(()),
    }
}

/// The crate's files written as they are made, into a staging directory
/// they leave for `out` once all are made: its warnings and how many files
/// there are. On an error, nothing was written, unless the error says which
/// files are still in the staging directory (see [`Staged::finish`]).
fn write_as_made(
    spec: &Path,
    text: String,
    options: &Options,
    out: &Path,
) -> Result<(Vec<Warning>, usize), String> {
    let staged = Staged::new(out)?;
    match standalone::generate_into(spec, text, options, &|file| staged.write(&file)) {
        Ok(warnings) => staged.finish().map(|count| (warnings, count)),
        Err(error) => {
            staged.discard();
            Err(format!("{error}\nnothing was written."))
        }
    }
}

/// The crate's files made, formatted by the toolchain's rustfmt as `cargo
/// fmt` would leave them, then written the way [`write_as_made`] writes
/// them: all of them, or none.
fn formatted_and_written(
    spec: &Path,
    text: String,
    options: &Options,
    out: &Path,
) -> Result<(Vec<Warning>, usize), String> {
    let generated = standalone::generate(spec, text, options)
        .map_err(|error| format!("{error}\nnothing was written."))?;
    let mut files = generated.files;
    if let Err(error) = switchboard_codegen::format::rustfmt(&mut files) {
        tell!("note: {error}; the files are formatted by prettyplease alone");
    }
    let count = write_staged(out, &files)?;
    Ok((generated.warnings, count))
}

/// Writes `files` into a staging directory inside `out`, half of them on a
/// second thread (creating a file is most of the time this takes), and
/// moves them into place once all are written: how many there are. On an
/// error nothing was written, unless the error says which files are still
/// in the staging directory (see [`Staged::finish`]).
fn write_staged(out: &Path, files: &[GeneratedFile]) -> Result<usize, String> {
    let staged = Staged::new(out)?;
    let (first, second) = files.split_at(files.len() / 2);
    let write = |files: &[GeneratedFile]| files.iter().all(|file| staged.write(file));
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new().spawn_scoped(scope, || write(first));
        // A second thread that cannot be had: this one writes both halves.
        if write(second) && worker.is_err() {
            write(first);
        }
        if let Ok(worker) = worker {
            worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        }
    });
    staged.finish()
}

/// The `name` of a manifest's `[package]`, as cargo reads the usual ways of
/// writing it (any spacing, either quotes, a comment after it).
fn package_name(manifest: &str) -> Option<String> {
    let mut table = String::new();
    for line in manifest.lines() {
        let line = line.trim();
        if let Some(header) = line.strip_prefix('[') {
            table = header
                .split(']')
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned();
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim();
        if (table == "package" && key == "name") || (table.is_empty() && key == "package.name") {
            let value = value.trim();
            let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            return value[1..].split(quote).next().map(str::to_owned);
        }
    }
    None
}

/// `petstore-expanded.yaml` → `petstore-expanded`.
fn default_crate_name(spec: &Path) -> String {
    let stem = spec.file_stem().and_then(|s| s.to_str()).unwrap_or("api");
    let name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name
    } else {
        format!("api-{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: String, contents: String) -> GeneratedFile {
        GeneratedFile { path, contents }
    }

    /// Each of `files` is under `out`, with its contents.
    fn assert_on_disk(out: &Path, files: &[GeneratedFile]) {
        for file in files {
            let on_disk = std::fs::read_to_string(out.join(&file.path)).ok();
            assert_eq!(
                on_disk.as_deref(),
                Some(file.contents.as_str()),
                "{}",
                file.path
            );
        }
    }

    /// An `--out` that is a file, a `--runtime-path` without the runtime
    /// and a crate name cargo refuses are each named, by their flag; this
    /// checkout's runtime and a new directory pass.
    #[test]
    fn bad_places_and_names_are_named_by_their_flag() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let a_file = root.join("Cargo.toml");
        let error = check_places(&a_file, None, None).unwrap_err();
        assert!(
            error.starts_with("--out ") && error.contains("a file is there"),
            "{error}"
        );
        let not_runtime = check_places(Path::new("new-dir"), Some(&root.join("xtask")), None);
        let error = not_runtime.unwrap_err();
        assert!(
            error.starts_with("--runtime-path ") && error.contains("runtime/"),
            "{error}"
        );
        let missing = check_places(Path::new("new-dir"), Some(&root.join("no-such-dir")), None);
        assert!(missing.is_err());
        let under_a_file = check_places(&a_file.join("sub"), None, None).unwrap_err();
        assert!(
            under_a_file.contains("is a file, so no directory"),
            "{under_a_file}"
        );
        for manifest in [
            "[package]\nname = \"switchboard-runtime\"\n",
            "[package]\nversion = \"0.1.0\"\n\tname\t= 'switchboard-runtime' # the runtime\r\n",
            "package.name = \"switchboard-runtime\"\n",
        ] {
            assert_eq!(
                package_name(manifest).as_deref(),
                Some("switchboard-runtime"),
                "{manifest:?}"
            );
        }
        let a_bin = "[package]\nname = \"other\"\n[[bin]]\nname = \"switchboard-runtime\"\n";
        assert_eq!(package_name(a_bin).as_deref(), Some("other"));
        assert_eq!(package_name("[workspace]\nmembers = []\n"), None);
        let error = check_places(Path::new("new-dir"), None, Some("My Crate")).unwrap_err();
        assert!(error.starts_with("--crate-name `My Crate`"), "{error}");
        // Names cargo refuses for what they are.
        for (name, why) in [
            ("std", "standard library"),
            ("proc-macro", "standard library"),
            ("test", "standard library"),
            ("self", "keyword"),
            ("Self", "keyword"),
            ("async", "keyword"),
            ("deps", "build output"),
            ("switchboard-runtime", "runtime the crate depends on"),
        ] {
            let error = check_places(Path::new("new-dir"), None, Some(name)).unwrap_err();
            assert!(
                error.starts_with(&format!(
                    "--crate-name `{name}` is not a valid crate name: "
                )) && error.contains(why),
                "{error}"
            );
        }
        for name in ["acme", "std-client", "selfie", "r-type"] {
            assert_eq!(
                check_places(Path::new("new-dir"), None, Some(name)),
                Ok(()),
                "{name}"
            );
        }
        // A crate `generate` did not write is not replaced.
        let error = check_places(&root, None, None).unwrap_err();
        assert!(
            error.contains("holds a crate `generate` did not write"),
            "{error}"
        );
        assert_eq!(
            check_places(
                &root.join("target/new-dir"),
                Some(&root.join("runtime")),
                Some("acme-client")
            ),
            Ok(())
        );
    }

    /// A crate written as it is made is the crate made whole; a spec refused
    /// part way (past its lines) leaves `out` as it was.
    #[test]
    fn a_crate_written_as_made_is_the_crate_or_nothing() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let spec = root.join("tests/fixtures/path_query.yaml");
        let text = std::fs::read_to_string(&spec).unwrap();
        let out = std::env::temp_dir().join(format!("xtask-as-made-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let options = |max_lines| Options {
            crate_name: "rides".to_owned(),
            runtime: Runtime::Version("0.1".to_owned()),
            own_workspace: true,
            spec_label: "path_query.yaml".to_owned(),
            max_lines,
            features: FeatureMode::Tags,
        };
        let whole = standalone::generate(&spec, text.as_str(), &options(usize::MAX)).unwrap();
        let written = write_as_made(&spec, text.clone(), &options(usize::MAX), &out);
        assert_eq!(written.map(|(_, count)| count), Ok(whole.files.len()));
        assert_on_disk(&out, &whole.files);
        std::fs::write(out.join("src/lib.rs"), "as it was").unwrap();
        let refused = write_as_made(&spec, text, &options(100), &out);
        assert!(
            refused
                .as_ref()
                .is_err_and(|error| error.contains("nothing was written")),
            "{refused:?}"
        );
        let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap();
        assert_eq!(lib, "as it was");
        let entries = std::fs::read_dir(&out).unwrap().count();
        assert_eq!(entries, 2, "Cargo.toml and src/, no staging directory");
        let _ = std::fs::remove_dir_all(&out);
    }

    /// Every file is written, on either thread, whatever directory it is
    /// in; a file that cannot be written leaves `out` as it was.
    #[test]
    fn every_file_is_written_where_it_belongs_or_none() {
        let out = std::env::temp_dir().join(format!("xtask-write-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let mut files = vec![file("Cargo.toml".into(), "[package]\n".into())];
        for index in 0..40 {
            files.push(file(
                format!("src/api/types/t{index}.rs"),
                format!("// type {index}\n"),
            ));
        }
        for index in 0..3 {
            files.push(file(
                format!("src/api/b{index}.rs"),
                format!("// builder {index}\n"),
            ));
        }
        assert_eq!(write_staged(&out, &files), Ok(files.len()));
        assert_on_disk(&out, &files);
        assert_eq!(
            std::fs::read_dir(&out).unwrap().count(),
            2,
            "no staging directory"
        );
        // A file where a directory must go, among others on both threads:
        // the error names the path, and no file changes.
        let mut blocked: Vec<GeneratedFile> = (0..10)
            .map(|index| file(format!("src/api/types/t{index}.rs"), "changed".into()))
            .collect();
        blocked.insert(
            7,
            file("src/api/types/t0.rs/inner.rs".into(), String::new()),
        );
        let error = write_staged(&out, &blocked).err().unwrap_or_default();
        assert!(error.contains("t0.rs"), "{error}");
        assert_on_disk(&out, &files);
        assert_eq!(
            std::fs::read_dir(&out).unwrap().count(),
            2,
            "no staging directory"
        );
        let _ = std::fs::remove_dir_all(&out);
    }
}
