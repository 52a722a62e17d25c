//! The committed generated code is exactly what the specs produce: the
//! `switchboard` crate from `specs/` and the compiled fixtures from
//! `tests/fixtures/` (`cargo xtask codegen --check`, as a test).

use std::path::Path;

#[test]
fn generated_code_is_what_the_specs_produce() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root");
    let outcome = switchboard_codegen::sync::run(root, &xtask::targets(), true)
        .unwrap_or_else(|error| panic!("the specs do not generate:\n{error}"));
    let (drift, count) = (outcome.drift, outcome.files);
    assert!(count > 0, "no files were generated");
    let listing: Vec<String> = drift.iter().map(|d| format!("  {d}")).collect();
    assert!(
        drift.is_empty(),
        "generated code is not what the specs produce:\n{}\nrun `cargo xtask codegen` and commit the result.",
        listing.join("\n")
    );
}
