//! The Switchboard generator: curated OpenAPI 3.0 specs in, the `switchboard`
//! client crate out.
//!
//! Three stages, each a module: [`load`] (parse, check `$ref`s), [`model`]
//! (build the [`ir`]), [`emit`] (IR → `quote!` → `prettyplease`). The whole
//! pipeline is a pure function of the spec files: [`generate`] returns the
//! files to write; [`sync`] compares them with the disk or writes them.

pub mod diff;
pub mod docs;
pub mod emit;
pub mod error;
pub mod ir;
pub mod load;
pub mod model;
pub mod naming;
pub mod standalone;
pub mod sync;

use std::path::{Path, PathBuf};

pub use emit::GeneratedFile;
pub use error::Error;

/// A directory of specs and the directory their code is generated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Target {
    /// The specs, relative to the workspace root.
    pub specs: &'static str,
    /// Where the modules go, relative to the workspace root.
    pub out: &'static str,
    /// What the file that declares the modules looks like.
    pub root: RootFile,
    /// Paths under `out` that are hand-written: never written, checked or removed.
    pub hand_written: &'static [&'static str],
    /// The Rust path of the module that declares the generated modules.
    pub rust_parent: &'static str,
}

/// The file that declares the provider modules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RootFile {
    /// `lib.rs` of the `switchboard` crate: runtime, re-exports, cargo features.
    CrateLib,
    /// `mod.rs` of a directory of test fixtures, compiled inside another crate.
    FixtureMod,
}

/// The `switchboard` crate, from `specs/`.
pub const CRATE: Target = Target {
    specs: "specs",
    out: "generated/src",
    root: RootFile::CrateLib,
    hand_written: &[],
    rust_parent: "crate",
};

/// The generator's test fixtures, compiled by the `tests` crate so every
/// emitted fixture is proven to build.
pub const FIXTURES: Target = Target {
    specs: "tests/fixtures",
    out: "tests/src/golden",
    root: RootFile::FixtureMod,
    hand_written: &[],
    rust_parent: "crate::golden",
};

/// Everything `cargo xtask codegen` maintains.
pub const TARGETS: &[Target] = &[CRATE, FIXTURES];

/// The spec files of `target`, relative to `root`, sorted by name.
pub fn spec_paths(root: &Path, target: &Target) -> Result<Vec<PathBuf>, Error> {
    let dir = root.join(target.specs);
    let unreadable = |error: std::io::Error| {
        Error::new(
            target.specs,
            "#",
            format!("cannot list the directory: {error}"),
        )
    };
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(&dir).map_err(unreadable)? {
        let entry = entry.map_err(unreadable)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_spec = [".yaml", ".yml", ".json"]
            .iter()
            .any(|ext| name.ends_with(ext));
        if is_spec && entry.file_type().is_ok_and(|t| t.is_file()) {
            paths.push(Path::new(target.specs).join(name));
        }
    }
    paths.sort();
    if paths.is_empty() {
        return Err(
            Error::new(target.specs, "#", "no specs found").hint("add `<provider>.yaml` there")
        );
    }
    Ok(paths)
}

/// Builds the IR of one spec, `path` relative to `root`.
pub fn api(root: &Path, path: &Path) -> Result<ir::Api, Error> {
    let spec = load::load(root, path)?;
    model::build(&spec)
}

/// Every file of `target`, paths relative to the workspace `root`.
pub fn generate(root: &Path, target: &Target) -> Result<Vec<GeneratedFile>, Error> {
    let apis = spec_paths(root, target)?
        .iter()
        .map(|path| api(root, path))
        .collect::<Result<Vec<_>, _>>()?;
    generate_from(target, &apis)
}

/// The files of `target` for already-built APIs.
pub fn generate_from(target: &Target, apis: &[ir::Api]) -> Result<Vec<GeneratedFile>, Error> {
    let mut files = vec![match target.root {
        RootFile::CrateLib => emit::lib_file(apis),
        RootFile::FixtureMod => emit::fixture_mod_file(apis),
    }];
    for api in apis {
        files.extend(emit::try_provider_files(api, target.rust_parent)?);
    }
    for file in &mut files {
        file.path = format!("{}/{}", target.out, file.path);
    }
    Ok(files)
}
