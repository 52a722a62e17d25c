//! The Switchboard generator: curated OpenAPI 3.0 specs in, the `switchboard`
//! client crate out.
//!
//! Three stages, each a module: [`load`] (parse, check `$ref`s), [`model`]
//! (build the [`ir`]), [`emit`] (IR → `quote!` → `prettyplease`). The whole
//! pipeline is a pure function of the spec files: [`generate`] returns the
//! files to write and never touches the disk beyond reading the specs.

pub mod docs;
pub mod emit;
pub mod error;
pub mod ir;
pub mod load;
pub mod model;
pub mod naming;
pub mod sync;

use std::path::{Path, PathBuf};

pub use emit::GeneratedFile;
pub use error::Error;

/// The spec files under `root/specs/`, relative to `root`, sorted by name.
pub fn spec_paths(root: &Path) -> Result<Vec<PathBuf>, Error> {
    let dir = root.join("specs");
    let entries = std::fs::read_dir(&dir).map_err(|error| {
        Error::new(
            "specs",
            "#",
            format!("cannot list the specs directory: {error}"),
        )
    })?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|error| {
            Error::new(
                "specs",
                "#",
                format!("cannot list the specs directory: {error}"),
            )
        })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_spec = [".yaml", ".yml", ".json"]
            .iter()
            .any(|ext| name.ends_with(ext));
        if is_spec && entry.file_type().is_ok_and(|t| t.is_file()) {
            paths.push(Path::new("specs").join(name));
        }
    }
    paths.sort();
    if paths.is_empty() {
        return Err(Error::new("specs", "#", "no specs found").hint("add `specs/<provider>.yaml`"));
    }
    Ok(paths)
}

/// Builds the IR of one spec, `path` relative to `root`.
pub fn api(root: &Path, path: &Path) -> Result<ir::Api, Error> {
    let spec = load::load(root, path)?;
    model::build(&spec)
}

/// Every generated file of the `switchboard` crate, from every spec under
/// `root/specs/`, relative to the crate directory (`generated/`).
pub fn generate(root: &Path) -> Result<Vec<GeneratedFile>, Error> {
    let apis = spec_paths(root)?
        .iter()
        .map(|path| api(root, path))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(generate_from(&apis))
}

/// The generated files for already-built APIs.
pub fn generate_from(apis: &[ir::Api]) -> Vec<GeneratedFile> {
    let mut files = vec![emit::lib_file(apis)];
    for api in apis {
        files.extend(emit::provider_files(api));
    }
    files
}
