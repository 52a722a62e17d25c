//! The outline of every fixture spec in `tests/fixtures/`, snapshotted: the
//! generator's decisions (names, views, types, parameters, responses) in one
//! readable place per concern, each Rust name beside the wire fact it stands
//! for. A new fixture gets a snapshot automatically.

use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

/// The stems of the top-level fixture specs, sorted (the `invalid/`
/// subdirectory is for `generator_errors`).
fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures"))
        .expect("tests/fixtures exists")
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|ext| ext == "yaml"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_fixture_has_an_ir_snapshot() {
    let fixtures = fixtures();
    // The fixtures this suite is written against; more may be added.
    for expected in [
        "aliases",
        "arrays_of_objects",
        "auth_basic",
        "auth_bearer",
        "by_status",
        "nested_objects",
        "nullable",
        "odd_names",
        "path_params",
        "read_only",
        "string_enums",
        "vendor_json",
        "x_patch",
        "all_of",
        "unions",
        "recursive",
        "values",
        "bodies",
        "responses",
        "security",
        "derived_names",
        "refs",
        "schemas_only",
        "stable_names",
        "examples",
    ] {
        assert!(
            fixtures.iter().any(|name| name == expected),
            "tests/fixtures/{expected}.yaml is missing"
        );
    }
    for name in &fixtures {
        let path = Path::new("tests/fixtures").join(format!("{name}.yaml"));
        let api = switchboard_codegen::api(root(), &path)
            .unwrap_or_else(|error| panic!("fixture {name} does not generate:\n{error}"));
        let surface = switchboard_codegen::Surface::new(&api, "crate");
        insta::assert_snapshot!(name.as_str(), surface.outline());
    }
}
