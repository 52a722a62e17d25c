//! The Switchboard generator: OpenAPI specs in, Rust client modules out.
//!
//! Four stages, each a module: [`load`] (parse, check `$ref`s), [`model`]
//! (build the [`ir`]: what the spec means), [`surface`] (the Rust API,
//! decided once: names, types, docs) and [`emit`] (surface → `quote!` →
//! `prettyplease`); [`diff`] compares two specs in the surface's words. The
//! pipeline is a pure function of the spec files; [`generate`] returns the
//! files of a [`Target`] and [`sync`] compares them with the disk or writes
//! them. What to generate, and where, is the caller's to say.

pub mod diff;
pub mod docs;
pub mod emit;
pub mod error;
pub mod format;
pub mod ir;
pub mod load;
pub mod model;
pub mod naming;
mod parallel;
pub mod standalone;
pub mod surface;
pub mod sync;
#[cfg(test)]
mod testing;

use std::path::{Path, PathBuf};

pub use emit::GeneratedFile;
pub use error::Error;
pub use surface::Surface;

/// A directory of specs and the directory their code is generated into.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The specs, relative to the root the caller works in.
    pub specs: PathBuf,
    /// Where the modules go, relative to the same root.
    pub out: PathBuf,
    /// What the file that declares the modules looks like.
    pub root: RootFile,
    /// The Rust path of the module that declares the generated modules
    /// (`crate`, `crate::golden`).
    pub rust_parent: String,
    /// The Rust name of the crate the modules are in (`switchboard`), which
    /// the doctests in their docs import them from.
    pub crate_name: String,
    /// What the generated files' headers say made them (`cargo xtask codegen`).
    pub command: String,
    /// Format the files with the toolchain's `rustfmt`, so that they pass
    /// `cargo fmt --check` as committed.
    pub rustfmt: bool,
}

/// The file that declares the provider modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootFile {
    /// `lib.rs` of a crate: the runtime's re-exports, one module per spec
    /// behind a cargo feature of its name, and `doc` as the crate's docs.
    CrateLib {
        /// The crate's docs, in a sentence or two.
        doc: String,
    },
    /// `mod.rs` of a directory of modules compiled inside another crate.
    FixtureMod,
}

/// The spec files of `target`, relative to `root`, sorted by name.
pub fn spec_paths(root: &Path, target: &Target) -> Result<Vec<PathBuf>, Error> {
    let dir = root.join(&target.specs);
    let unreadable = |error: std::io::Error| {
        Error::new(
            &target.specs,
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
            paths.push(target.specs.join(name));
        }
    }
    paths.sort();
    if paths.is_empty() {
        return Err(
            Error::new(&target.specs, "#", "no specs found").hint("add `<provider>.yaml` there")
        );
    }
    Ok(paths)
}

/// Builds the IR of one spec, `path` relative to `root`.
pub fn api(root: &Path, path: &Path) -> Result<ir::Api, Error> {
    model::load_and_build(|| load::load_to_build(root, path))
}

/// Every file of `target`, paths relative to `root`.
pub fn generate(root: &Path, target: &Target) -> Result<Vec<GeneratedFile>, Error> {
    // On one thread: the memory each spec's document took is reused by the
    // next spec and by the code written after.
    model::on_deep_stack(|| {
        let apis = spec_paths(root, target)?
            .iter()
            .map(|path| api(root, path))
            .collect::<Result<Vec<_>, _>>()?;
        generate_from(target, &apis)
    })
}

/// The files of `target` for already-built APIs.
pub fn generate_from(target: &Target, apis: &[ir::Api]) -> Result<Vec<GeneratedFile>, Error> {
    // Doctests reach the modules from outside the crate; a crate re-exports
    // the runtime as `runtime`, the fixtures' crate depends on it directly.
    let outside = target.rust_parent.replacen("crate", &target.crate_name, 1);
    let runtime = match &target.root {
        RootFile::CrateLib { .. } => format!("{}::runtime", target.crate_name),
        RootFile::FixtureMod => "switchboard_runtime".to_owned(),
    };
    let surfaces: Vec<Surface<'_>> = apis
        .iter()
        .map(|api| {
            let paths = surface::DocPaths {
                module: format!("{outside}::{}", naming::snake(&api.name)),
                runtime: runtime.clone(),
            };
            Surface::with_examples(api, &target.rust_parent, &paths)
        })
        .collect();
    let mut files = vec![match &target.root {
        RootFile::CrateLib { doc } => emit::lib_file(&surfaces, doc, &target.command),
        RootFile::FixtureMod => emit::fixture_mod_file(&surfaces, &target.command),
    }];
    for surface in &surfaces {
        files.extend(emit::try_provider_files(surface, &target.command)?);
    }
    if target.rustfmt {
        format::rustfmt(&mut files)?;
    }
    let out = target.out.to_string_lossy().replace('\\', "/");
    for file in &mut files {
        file.path = format!("{out}/{}", file.path);
    }
    Ok(files)
}
