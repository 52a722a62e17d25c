//! `sync::run` (what `cargo xtask codegen [--check]` does) on a scratch tree:
//! check mode reports drift without writing, write mode removes it, hand-written
//! files are never touched, and a bad spec leaves every file as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use switchboard_codegen::sync::{self, Drift, SyncError};
use switchboard_codegen::{RootFile, Target};

fn target(specs: &str, out: &str) -> Target {
    Target {
        specs: PathBuf::from(specs),
        out: PathBuf::from(out),
        root: RootFile::FixtureMod,
        rust_parent: "crate".to_owned(),
        crate_name: "scratch".to_owned(),
        command: "cargo xtask codegen".to_owned(),
        rustfmt: false,
    }
}

/// The scratch target: `specs/` into `out/`.
fn first() -> Target {
    target("specs", "out")
}

/// A second target, generated after [`first`], for the "nothing half-written" test.
fn second() -> Target {
    target("more_specs", "more_out")
}

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    /// An empty tree with `specs/auth_bearer.yaml` copied from the fixtures.
    fn new(test: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("switchboard-sync-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let scratch = Scratch(dir);
        scratch.copy_spec("tests/fixtures/auth_bearer.yaml", "specs/auth_bearer.yaml");
        scratch
    }

    fn root(&self) -> &Path {
        &self.0
    }

    fn copy_spec(&self, from: &str, to: &str) {
        self.write(
            to,
            &std::fs::read_to_string(workspace().join(from)).unwrap(),
        );
    }

    fn write(&self, path: &str, contents: &str) {
        let path = self.0.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }

    fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.0.join(path)).unwrap()
    }

    /// Every file in the tree and its bytes.
    fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut pending = vec![self.0.clone()];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    let bytes = std::fs::read(&path).unwrap();
                    files.insert(path.strip_prefix(&self.0).unwrap().to_path_buf(), bytes);
                }
            }
        }
        files
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What [`first`] generates from the scratch specs: path → contents.
fn expected(scratch: &Scratch) -> BTreeMap<PathBuf, Vec<u8>> {
    switchboard_codegen::generate(scratch.root(), &first())
        .unwrap()
        .into_iter()
        .map(|file| (PathBuf::from(file.path), file.contents.into_bytes()))
        .collect()
}

fn run(scratch: &Scratch, check: bool) -> Vec<Drift> {
    sync::run(scratch.root(), &[first()], check).unwrap().drift
}

const GENERATED: [&str; 5] = [
    "out/mod.rs",
    "out/auth_bearer/mod.rs",
    "out/auth_bearer/client.rs",
    "out/auth_bearer/builders.rs",
    "out/auth_bearer/types.rs",
];

#[test]
fn check_mode_reports_every_file_missing_and_writes_nothing() {
    let scratch = Scratch::new("check-empty");
    let before = scratch.files();
    let outcome = sync::run(scratch.root(), &[first()], true).unwrap();
    let (drift, count) = (outcome.drift, outcome.files);
    assert_eq!(count, GENERATED.len());
    let missing: Vec<Drift> = GENERATED
        .iter()
        .map(|path| Drift::Missing(PathBuf::from(path)))
        .collect();
    assert_eq!(drift, missing);
    assert_eq!(scratch.files(), before);
    assert!(!scratch.root().join("out").exists());
}

#[test]
fn write_mode_creates_the_files_and_a_second_run_finds_no_drift() {
    let scratch = Scratch::new("write");
    let drift = run(&scratch, false);
    assert_eq!(drift.len(), GENERATED.len());
    assert!(
        drift.iter().all(|d| matches!(d, Drift::Missing(_))),
        "{drift:?}"
    );
    let mut on_disk = scratch.files();
    on_disk.remove(Path::new("specs/auth_bearer.yaml"));
    assert_eq!(on_disk, expected(&scratch));
    assert!(scratch.read("out/mod.rs").contains("pub mod auth_bearer;"));
    assert_eq!(run(&scratch, true), []);
    assert_eq!(run(&scratch, false), []);
}

#[test]
fn a_modified_file_is_stale_and_write_mode_restores_it() {
    let scratch = Scratch::new("stale");
    run(&scratch, false);
    let original = scratch.read("out/auth_bearer/types.rs");
    scratch.write(
        "out/auth_bearer/types.rs",
        &format!("{original}// edited by hand\n"),
    );
    let stale = vec![Drift::Stale(PathBuf::from("out/auth_bearer/types.rs"))];
    assert_eq!(run(&scratch, true), stale);
    // Check mode changed nothing.
    assert!(
        scratch
            .read("out/auth_bearer/types.rs")
            .ends_with("// edited by hand\n")
    );
    assert_eq!(run(&scratch, false), stale);
    assert_eq!(scratch.read("out/auth_bearer/types.rs"), original);
    assert_eq!(run(&scratch, true), []);
}

#[test]
fn a_stray_file_is_extra_and_write_mode_removes_it() {
    let scratch = Scratch::new("extra");
    run(&scratch, false);
    scratch.write("out/auth_bearer/old.rs", "// from a removed operation\n");
    scratch.write("out/gone/mod.rs", "// from a removed spec\n");
    let extra = vec![
        Drift::Extra(PathBuf::from("out/auth_bearer/old.rs")),
        Drift::Extra(PathBuf::from("out/gone/mod.rs")),
    ];
    assert_eq!(run(&scratch, true), extra);
    assert!(scratch.root().join("out/gone/mod.rs").exists());
    assert_eq!(run(&scratch, false), extra);
    assert!(!scratch.root().join("out/auth_bearer/old.rs").exists());
    assert!(
        !scratch.root().join("out/gone").exists(),
        "the emptied directory is removed"
    );
    assert!(scratch.root().join("out/auth_bearer/types.rs").exists());
    assert_eq!(run(&scratch, true), []);
}

#[test]
fn the_generator_owns_the_whole_output_directory() {
    let scratch = Scratch::new("owned");
    run(&scratch, false);
    // Nothing hand-written lives among generated files: it is reported, and removed.
    scratch.write("out/keep/mod.rs", "// hand-written runtime\n");
    let extra = vec![Drift::Extra(PathBuf::from("out/keep/mod.rs"))];
    assert_eq!(run(&scratch, true), extra);
    assert_eq!(scratch.read("out/keep/mod.rs"), "// hand-written runtime\n");
    assert_eq!(run(&scratch, false), extra);
    assert!(!scratch.root().join("out/keep").exists());
    assert_eq!(run(&scratch, true), []);
}

#[test]
fn a_bad_spec_returns_a_spec_error_and_changes_no_file() {
    let scratch = Scratch::new("bad-spec");
    run(&scratch, false);
    // Leave drift in place that a write would repair: a stale and an extra file.
    scratch.write("out/auth_bearer/types.rs", "// stale\n");
    scratch.write("out/stray.rs", "// extra\n");
    // The first target is fine; the second one's spec is not.
    scratch.copy_spec("tests/fixtures/nullable.yaml", "more_specs/nullable.yaml");
    scratch.copy_spec(
        "tests/fixtures/invalid/unresolved_ref.yaml",
        "more_specs/zz_bad.yaml",
    );
    let before = scratch.files();

    for check in [false, true] {
        let error = sync::run(scratch.root(), &[first(), second()], check).unwrap_err();
        let SyncError::Spec(error) = &error else {
            panic!("expected SyncError::Spec, got {error:?}")
        };
        assert_eq!(error.file, Path::new("more_specs/zz_bad.yaml"));
        assert_eq!(
            error.pointer,
            "#/paths/~1pets/get/responses/200/content/application~1json/schema"
        );
        assert_eq!(scratch.files(), before, "check = {check}: a file changed");
    }
    assert!(!scratch.root().join("more_out").exists());
    let error = sync::run(scratch.root(), &[second()], false).unwrap_err();
    assert!(
        error.to_string().ends_with("\nnothing was written."),
        "{error}"
    );
}
