//! A crate from `cargo xtask generate`, written outside this checkout with
//! the runtime given by a relative path, builds there, its doc examples pass
//! as doctests, and the README's example program builds against it; nothing
//! in it names a path of this machine.

use std::path::{Path, PathBuf};
use std::process::Command;

use switchboard_codegen::standalone::{self, Options, Runtime};
use xtask::paths;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

/// The README's example program for a generated crate: the Rust block of
/// its "Using a generated crate in your project" section.
fn readme_example() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme
        .split("### Using a generated crate in your project")
        .nth(1)
        .expect("the README has the section");
    let block = section
        .split("```rust")
        .nth(1)
        .and_then(|rest| rest.split_once('\n'))
        .map(|(_, code)| code)
        .and_then(|code| code.split("```").next())
        .expect("the section has a Rust block");
    block.to_owned()
}

/// A directory of its own outside the checkout, removed when dropped.
struct Outside(PathBuf);

impl Outside {
    fn new() -> Outside {
        let dir = std::env::temp_dir().join(format!("switchboard-outside-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        assert!(
            !dir.starts_with(root()),
            "{} is inside the checkout",
            dir.display()
        );
        Outside(dir)
    }
}

impl Drop for Outside {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_crate_generated_outside_the_checkout_builds_there() {
    let outside = Outside::new();
    let out = outside.0.join("acme-client");
    let spec = root().join("tests/fixtures/standalone/acme.yaml");
    let options = Options {
        crate_name: "acme-client".to_owned(),
        runtime: Runtime::Path(paths::relative(&out, &root().join("runtime"))),
        own_workspace: true,
        spec_label: paths::spec_label(&out, &spec),
        max_lines: standalone::DEFAULT_MAX_LINES,
        features: standalone::FeatureMode::default(),
    };
    let text = std::fs::read_to_string(&spec).unwrap();
    let generated = standalone::generate(&spec, &text, &options).unwrap();
    let machine = [
        root().to_string_lossy().into_owned(),
        outside.0.to_string_lossy().into_owned(),
    ];
    for file in &generated.files {
        // The manifest names the runtime by a relative path (checked below).
        for path in machine.iter().filter(|_| file.path != "Cargo.toml") {
            assert!(
                !file.contents.contains(path.as_str()),
                "{} names `{path}`",
                file.path
            );
        }
        let target = out.join(&file.path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        let mut contents = file.contents.clone();
        if file.path == "Cargo.toml" {
            assert!(
                contents.contains("switchboard-runtime = { path = \"../"),
                "{contents}"
            );
            assert!(
                !contents.contains("\"/"),
                "an absolute path in:\n{contents}"
            );
            // What the README's example needs besides the crate.
            contents.push_str(
                "\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n",
            );
        }
        std::fs::write(&target, contents).unwrap();
    }
    std::fs::create_dir_all(out.join("examples")).unwrap();
    std::fs::write(out.join("examples/readme.rs"), readme_example()).unwrap();
    // The checkout's versions of every dependency, so nothing is resolved anew.
    std::fs::copy(root().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();

    // `cargo fmt --check` in the user's CI passes: `lib.rs` is as rustfmt
    // leaves it, and the generated module is `#[rustfmt::skip]`.
    let rustfmt = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".to_owned());
    let output = Command::new(rustfmt)
        .args(["--check", "--edition", "2024", "src/lib.rs"])
        .current_dir(&out)
        .output()
        .expect("rustfmt runs");
    assert!(
        output.status.success(),
        "rustfmt --check src/lib.rs in {} failed:\n{}",
        out.display(),
        String::from_utf8_lossy(&output.stdout)
    );
    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap();
    assert!(lib.contains("#[rustfmt::skip]\npub mod api;"), "{lib}");

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    // The checkout's own target directory: every dependency is built there already.
    let target_dir =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    let output = Command::new(cargo)
        .args(["build", "--quiet", "--examples"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", &target_dir)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "cargo build in {} failed:\n{}",
        out.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    // The examples in its docs are doctests that compile (and, for a
    // body, check the value written out is the spec's example).
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["test", "--quiet", "--doc"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", &target_dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "cargo test --doc in {} failed:\n{stdout}\n{}",
        out.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        !stdout.contains("running 0 tests"),
        "no doctests ran:\n{stdout}"
    );
    let example = target_dir.join("debug/examples/readme");
    assert!(
        example.exists() || example.with_extension("exe").exists(),
        "no example program at {}",
        example.display()
    );
}
