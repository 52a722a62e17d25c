//! A standalone crate with a cargo feature per group of operations: the
//! generator's closure gives each type the features that need it, the
//! manifest lists the features, and the crate checks and documents without a
//! warning under each feature alone, under the defaults and under none.

use std::path::{Path, PathBuf};
use std::process::Command;

use switchboard_codegen::standalone::{self, FeatureMode, Options, Runtime};
use switchboard_codegen::surface::features::{Features, Gate};
use xtask::paths;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

fn spec() -> PathBuf {
    root().join("tests/fixtures/standalone/features.yaml")
}

/// Each type's gate as feature names, by type name (`None`: always compiled).
type TypeGates = Vec<(String, Option<Vec<String>>)>;

/// The features of the fixture, and each type's gate.
fn gates() -> (Features, TypeGates) {
    let text = std::fs::read_to_string(spec()).unwrap();
    let spec = switchboard_codegen::load::parse_module(&spec(), &text, "api").unwrap();
    let api = switchboard_codegen::model::build(&spec).unwrap();
    let surface = switchboard_codegen::Surface::new(&api, "crate");
    let features = Features::of(&api, &surface.messages);
    let types = surface
        .types
        .iter()
        .zip(&features.types)
        .map(|(ty, gate)| {
            let names = features
                .names(gate)
                .map(|names| names.into_iter().map(str::to_owned).collect());
            (ty.name.bare().to_owned(), names)
        })
        .collect();
    (features, types)
}

fn gate_of<'a>(types: &'a TypeGates, name: &str) -> Option<&'a [String]> {
    types
        .iter()
        .find(|(ty, _)| ty == name)
        .unwrap_or_else(|| panic!("no type {name} in {types:?}"))
        .1
        .as_deref()
}

#[test]
fn each_type_is_gated_by_the_groups_that_reach_it() {
    let (features, types) = gates();
    let groups: Vec<(&str, &str, usize)> = features
        .groups
        .iter()
        .map(|g| (g.feature.as_code(), g.label.as_str(), g.operations))
        .collect();
    // Tags first, else the path's first segment that is not a version.
    assert_eq!(
        groups,
        [
            ("customers", "customers", 3),
            ("orders", "Orders", 2),
            ("reports", "reports", 1),
            ("health", "health", 1),
            ("auth", "auth", 1),
        ]
    );
    let strings = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        gate_of(&types, "Customer"),
        Some(&strings(&["customers"])[..])
    );
    assert_eq!(
        gate_of(&types, "NewCustomer"),
        Some(&strings(&["customers"])[..])
    );
    // Shared by two groups; the error type of both.
    assert_eq!(
        gate_of(&types, "Money"),
        Some(&strings(&["customers", "orders"])[..])
    );
    assert_eq!(
        gate_of(&types, "Problem"),
        Some(&strings(&["customers", "orders"])[..])
    );
    // `Customer.last_order` is a weak link: `Order` stays with `orders`,
    // and the field has its gate.
    assert_eq!(gate_of(&types, "Order"), Some(&strings(&["orders"])[..]));
    assert_eq!(
        gate_of(&types, "OrderStatus"),
        Some(&strings(&["orders"])[..])
    );
    let customer = types.iter().position(|(ty, _)| ty == "Customer").unwrap();
    let id = switchboard_codegen::ir::TypeId(u32::try_from(customer).unwrap());
    assert_eq!(features.field_gate(id, 3), Gate::Any(vec![1]));
    assert_eq!(features.field_gate(id, 2), Gate::Always);
    // A request view's weak field is gated as its model's, so that `From`
    // moves the value typed to typed, or unknown to unknown.
    let id_of = |name: &str| {
        let at = types.iter().position(|(ty, _)| ty == name).unwrap();
        switchboard_codegen::ir::TypeId(u32::try_from(at).unwrap())
    };
    assert_eq!(
        features.field_gate(id_of("CartLine"), 2),
        Gate::Any(vec![1])
    );
    assert_eq!(
        features.field_gate(id_of("CartLineInput"), 1),
        Gate::Any(vec![1])
    );
    // Reached only through a list of lists.
    assert_eq!(
        gate_of(&types, "ReportCell"),
        Some(&strings(&["reports"])[..])
    );
    // The shared error decoder is gated by both groups.
    assert_eq!(features.shared([0, 3]), Gate::Any(vec![0, 1]));
}

/// A directory of its own outside the checkout, removed when dropped.
struct Outside(PathBuf);

impl Drop for Outside {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn the_crate_checks_without_warnings_under_each_feature() {
    let dir = std::env::temp_dir().join(format!("switchboard-features-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let outside = Outside(dir);
    let out = outside.0.join("shop");
    let options = Options {
        crate_name: "shop".to_owned(),
        runtime: Runtime::Path(paths::relative(&out, &root().join("runtime"))),
        own_workspace: true,
        spec_label: paths::spec_label(&out, &spec()),
        max_lines: standalone::DEFAULT_MAX_LINES,
        // The fixture is small: features forced on.
        features: FeatureMode::Auto { threshold: 0 },
    };
    let text = std::fs::read_to_string(spec()).unwrap();
    let generated = standalone::generate(&spec(), &text, &options).unwrap();
    for file in &generated.files {
        let target = out.join(&file.path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, &file.contents).unwrap();
    }
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    let features = manifest
        .split("[features]\n")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .expect("a [features] table");
    assert_eq!(
        features,
        "default = [\"all\"]\n\
         all = [\"customers\", \"orders\", \"reports\", \"health\", \"auth\"]\n\
         # \"customers\": 3 operations\ncustomers = []\n\
         # \"Orders\": 2 operations\norders = []\n\
         # \"reports\": 1 operation\nreports = []\n\
         # \"health\": 1 operation\nhealth = []\n\
         # \"auth\": 1 operation\nauth = []"
    );
    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap();
    assert!(lib.contains("//! | `orders` | Orders | 2 |"), "{lib}");
    assert!(lib.contains("default-features = false"), "{lib}");
    // The items only one group needs are in that group's module file,
    // declared behind its feature (rustc reads it only with the feature on),
    // its `Client` methods too.
    let shared = std::fs::read_to_string(out.join("src/api/types.rs")).unwrap();
    let mut types = shared.clone();
    let mut groups = Vec::new();
    for file in ["types", "builders", "client"] {
        let Ok(entries) = std::fs::read_dir(out.join("src/api").join(file)) else {
            continue;
        };
        let parent = std::fs::read_to_string(out.join(format!("src/api/{file}.rs"))).unwrap();
        for entry in entries {
            let path = entry.unwrap().path();
            let group = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(text.contains("\nuse super::*;\n"), "{}", path.display());
            let gate = format!("#[cfg(feature = \"{group}\")]\n");
            // A group's `Client` methods are an `impl` block: nothing to
            // re-export.
            let reexported = parent.contains(&format!("{gate}pub use {group}::*;\n"));
            assert!(
                parent.contains(&format!("{gate}mod {group};\n"))
                    && reexported == (file != "client"),
                "{file}.rs does not declare {group}:\n{parent}"
            );
            if file == "client" {
                // Its methods, in one block, their docs linked to its own
                // builders (compiled with them).
                assert_eq!(text.matches("impl Client {").count(), 1, "{text}");
                assert!(text.contains("see [`builders::"), "{text}");
            }
            // The declaration is the whole gate of its items: they do not
            // repeat it (a weak link's field keeps its own).
            assert!(
                !text.contains("\n#[cfg("),
                "{} repeats a gate:\n{text}",
                path.display()
            );
            if file == "types" {
                types.push_str(&text);
            }
            groups.push(format!("{file}/{group}"));
        }
    }
    groups.sort();
    assert!(
        groups.contains(&"builders/customers".to_owned())
            && groups.contains(&"types/orders".to_owned())
            && groups.contains(&"client/customers".to_owned()),
        "{groups:?}"
    );
    // A `new` whose arity changed with `orders` would not be additive.
    assert!(!types.contains("impl CartLine {"), "{types}");
    assert!(types.contains("No `new()`: the required field `order`"));
    assert!(types.contains("pub fn new(line: CartLineInput)"));
    // Without features the same spec has none.
    let plain = Options {
        features: FeatureMode::default(),
        ..options.clone()
    };
    let plain = standalone::generate(&spec(), &text, &plain).unwrap();
    assert!(!plain.files[0].contents.contains("[features]"));

    std::fs::copy(root().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let target_dir =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    let sets: [&[&str]; 7] = [
        &[],
        &["--no-default-features"],
        &["--no-default-features", "--features", "customers"],
        &["--no-default-features", "--features", "orders"],
        &["--no-default-features", "--features", "reports"],
        &["--no-default-features", "--features", "health"],
        // The token constructor names no type of its group.
        &["--no-default-features", "--features", "auth"],
    ];
    let run = |command: &[&str], set: &[&str]| {
        let output = Command::new(&cargo)
            .args(command)
            .args(set)
            .current_dir(&out)
            .env("CARGO_TARGET_DIR", &target_dir)
            // Intra-doc links to another group's items would not resolve.
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(
            output.status.success(),
            "cargo {command:?} {set:?} failed:\n{stderr}"
        );
        stderr
    };
    for set in sets {
        let stderr = run(&["check"], set);
        assert!(
            !stderr.contains("warning"),
            "cargo check {set:?}:\n{stderr}"
        );
        if set.len() == 3 {
            run(&["doc", "--no-deps"], set);
        }
    }
    // A request view from a model keeps every field the provider sent,
    // typed or (its feature off) unknown.
    std::fs::create_dir_all(out.join("tests")).unwrap();
    std::fs::write(out.join("tests/keeps.rs"), KEEPS).unwrap();
    for set in [&sets[0], &sets[2]] {
        run(&["test", "--test", "keeps"], set);
    }
}

/// A test of the generated crate: decode a `CartLine`, convert it, encode.
const KEEPS: &str = r#"
use shop::api::{CartLine, CartLineInput};
use shop::runtime::serde_json::{self, json};

#[test]
fn a_view_keeps_every_field_of_its_model() {
    let sent = json!({
        "id": "l1",
        "note": "gift",
        "order": {"id": "o1", "total": {"amount": 5, "currency": "EUR"}},
        "coupon": "X",
    });
    let line: CartLine = serde_json::from_value(sent.clone()).unwrap();
    let input = CartLineInput::from(line);
    let mut expected = sent;
    expected.as_object_mut().unwrap().remove("id");
    assert_eq!(serde_json::to_value(&input).unwrap(), expected);
}
"#;
