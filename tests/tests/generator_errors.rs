//! Specs the generator cannot turn into Rust: each `tests/fixtures/invalid/<case>.yaml`
//! must give an error (never a panic) that names the file, the place in it
//! and what to change. The message is snapshotted, one per case.

use std::path::{Path, PathBuf};

use switchboard_codegen::Error;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

/// Every bad spec, by file stem, sorted.
fn cases() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/invalid"))
        .expect("tests/fixtures/invalid exists")
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The generator's error for one bad spec; panics (naming the case) if the
/// spec is accepted or the generator panics.
fn error_for(case: &str) -> (PathBuf, Error) {
    let path = PathBuf::from(format!("tests/fixtures/invalid/{case}.yaml"));
    let outcome = std::panic::catch_unwind(|| switchboard_codegen::api(root(), &path));
    match outcome {
        Ok(Ok(_)) => panic!("{case}: the generator accepted a spec it cannot generate"),
        Ok(Err(error)) => (path, error),
        Err(_) => panic!("{case}: the generator panicked instead of returning an error"),
    }
}

#[test]
fn every_bad_spec_is_an_error_naming_the_file_the_place_and_a_fix() {
    let cases = cases();
    assert!(
        cases.len() >= 15,
        "expected the invalid fixtures, found {cases:?}"
    );
    let mut problems = Vec::new();
    for case in &cases {
        let (path, error) = error_for(case);
        let shown = error.to_string();
        // A multi-file spec's problem may be in one of its other files
        // (`invalid/<case>/…`): the error names the file that holds it.
        let own_files = Path::new("tests/fixtures/invalid").join(case);
        if error.file != path && !error.file.starts_with(&own_files) {
            problems.push(format!("{case}: the error names another file: {shown}"));
        }
        let located = if case == "invalid_yaml" {
            error.pointer.starts_with("line ")
        } else {
            error.pointer.starts_with("#/")
        };
        if !located {
            problems.push(format!(
                "{case}: the error does not locate the problem: {shown}"
            ));
        }
        if error.hint.is_none() {
            problems.push(format!("{case}: the error says nothing to change: {shown}"));
        }
        insta::assert_snapshot!(case.as_str(), shown);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
