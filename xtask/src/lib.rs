//! What this workspace generates, for `cargo xtask` and for the tests that
//! check the committed code: the `switchboard` crate from `specs/`, and the
//! generator's fixtures (compiled by the tests crate) from `tests/fixtures/`.

pub mod paths;

use std::path::{Path, PathBuf};

use switchboard_codegen::{RootFile, Target};

/// What the generated files say made them.
pub const COMMAND: &str = "cargo xtask codegen";

/// The `switchboard` crate, from `specs/`.
pub fn crate_target() -> Target {
    Target {
        specs: PathBuf::from("specs"),
        out: PathBuf::from("generated/src"),
        root: RootFile::CrateLib {
            doc: "Typed clients for telephony providers' REST APIs, generated from curated OpenAPI specs."
                .to_owned(),
        },
        rust_parent: "crate".to_owned(),
        crate_name: "switchboard".to_owned(),
        command: COMMAND.to_owned(),
        rustfmt: true,
    }
}

/// The generator's test fixtures, compiled by the `tests` crate so every
/// emitted fixture is proven to build.
pub fn fixtures_target() -> Target {
    Target {
        specs: PathBuf::from("tests/fixtures"),
        out: PathBuf::from("tests/src/golden"),
        root: RootFile::FixtureMod,
        rust_parent: "crate::golden".to_owned(),
        crate_name: "switchboard_tests".to_owned(),
        command: COMMAND.to_owned(),
        rustfmt: true,
    }
}

/// Everything `cargo xtask codegen` maintains.
pub fn targets() -> Vec<Target> {
    vec![crate_target(), fixtures_target()]
}

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
