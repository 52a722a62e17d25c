//! `cargo xtask diff`: every `tests/fixtures/diff/<case>/` holds a spec before
//! (`old.yaml`) and after (`new.yaml`) one kind of change; the Markdown report
//! of each is snapshotted, with the JSON and terminal reports of the realistic
//! `carrierx` case (today's `specs/carrierx.yaml` with a field removed, one made
//! required, an enum value added and an operation added).

use std::path::Path;

use switchboard_codegen::diff::{self, Bump, ChangeKind, Impact, Report};
use switchboard_codegen::ir::Api;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

fn cases() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures/diff"))
        .expect("tests/fixtures/diff exists")
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.is_dir())
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn api(case: &str, side: &str) -> Api {
    let path = Path::new("tests/fixtures/diff")
        .join(case)
        .join(format!("{side}.yaml"));
    switchboard_codegen::api(root(), &path)
        .unwrap_or_else(|error| panic!("{case}/{side}.yaml does not generate:\n{error}"))
}

fn report(case: &str) -> Report {
    let (old, new) = (api(case, "old"), api(case, "new"));
    Report::new(vec![diff::provider(case, Some(&old), Some(&new))])
}

/// The kinds of change a case reports, in order.
fn kinds(report: &Report) -> Vec<ChangeKind> {
    report.changes().map(|change| change.kind).collect()
}

#[test]
fn every_case_has_a_markdown_snapshot() {
    let cases = cases();
    for expected in [
        "auth_scheme",
        "carrierx",
        "docs_only",
        "enum_value_added",
        "enum_value_added_shared",
        "enum_value_removed",
        "field_added_request",
        "field_added_response",
        "field_nullable",
        "field_read_only",
        "field_removed",
        "field_required",
        "field_type",
        "media_type",
        "operation_added",
        "operation_removed",
        "operation_renamed",
        "param_added",
        "param_removed",
        "param_removed_reserved",
        "param_required",
        "param_type",
        "reorder_only",
        "server_url",
        "operation_server",
        "whole_object_body",
        "status_under_default",
        "status_added",
        "status_removed",
        "oauth2_flow_added",
    ] {
        assert!(
            cases.iter().any(|case| case == expected),
            "tests/fixtures/diff/{expected}/ is missing"
        );
    }
    for case in &cases {
        insta::assert_snapshot!(case.as_str(), report(case).markdown());
    }
}

#[test]
fn carrierx_as_json_and_for_a_terminal() {
    let report = report("carrierx");
    insta::assert_snapshot!("carrierx_json", report.json());
    insta::assert_snapshot!("carrierx_terminal", report.terminal(false));
    let coloured = report.terminal(true);
    assert!(coloured.contains("\x1b[1m\x1b[31mmajor\x1b[0m"));
    assert_eq!(
        strip_ansi(&coloured),
        report.terminal(false),
        "colour adds escape codes and nothing else"
    );
}

#[test]
fn the_realistic_change_is_major_and_says_why() {
    let report = report("carrierx");
    assert_eq!(report.bump, Some(Bump::Major));
    assert!(report.is_breaking());
    let kinds = kinds(&report);
    for expected in [
        ChangeKind::OperationAdded,
        ChangeKind::FieldRemoved,
        ChangeKind::FieldRequiredChanged,
        ChangeKind::EnumValueAdded,
    ] {
        assert!(kinds.contains(&expected), "{expected:?} not in {kinds:?}");
    }
}

#[test]
fn a_removed_parameter_is_named_by_the_setter_that_vanishes() {
    // `timeout`, `retry` and `send` are a builder's own methods, so those
    // parameters' setters are `.timeout2()`, `.retry2()` and `.send2()`.
    let report = report("param_removed_reserved");
    let rust: Vec<&str> = report
        .changes()
        .map(|change| change.rust.why.as_str())
        .collect();
    assert_eq!(
        rust,
        [
            "the setter `.timeout2()` of `ListThings` no longer exists",
            "the setter `.retry2()` of `ListThings` no longer exists",
            "the setter `.send2()` of `ListThings` no longer exists",
        ]
    );
}

#[test]
fn a_value_added_to_a_shared_inline_enum_renames_nothing() {
    // `RouteType` is written out at three places; one of them gains `SIP`.
    // The type keeps its name and gains a variant: no type appears, none
    // vanishes, no field changes type.
    let report = report("enum_value_added_shared");
    assert_eq!(kinds(&report), [ChangeKind::EnumValueAdded]);
    let change = report.changes().next().unwrap();
    assert!(
        change.rust.why.contains("`RouteType::Sip`"),
        "{}",
        change.rust.why
    );
    let new = api("enum_value_added_shared", "new");
    let surface = switchboard_codegen::surface::Surface::new(&new, "crate");
    let names: Vec<&str> = (0..new.types.len())
        .map(|index| {
            let id = switchboard_codegen::ir::TypeId(u32::try_from(index).unwrap());
            surface.type_name(id).bare()
        })
        .collect();
    assert_eq!(
        names.iter().filter(|n| n.starts_with("RouteType")).count(),
        1,
        "{names:?}"
    );
}

#[test]
fn reordering_a_spec_is_no_change() {
    let report = report("reorder_only");
    assert_eq!(kinds(&report), []);
    assert_eq!(report.bump, None);
    assert!(!report.is_breaking());
}

#[test]
fn every_provider_spec_compared_with_itself_reports_nothing() {
    for path in switchboard_codegen::spec_paths(root(), &xtask::crate_target()).unwrap() {
        let api = switchboard_codegen::api(root(), &path).unwrap();
        let diff = diff::provider(&api.name, Some(&api), Some(&api));
        assert_eq!(diff.changes, [], "{}", path.display());
    }
}

#[test]
fn each_case_needs_the_bump_its_rust_changes_need() {
    for (case, bump) in [
        ("docs_only", Bump::Patch),
        ("server_url", Bump::Patch),
        ("media_type", Bump::Patch),
        ("status_removed", Bump::Patch),
        ("operation_added", Bump::Minor),
        ("param_added", Bump::Minor),
        ("field_added_response", Bump::Minor),
        ("status_added", Bump::Minor),
        ("operation_removed", Bump::Major),
        ("operation_renamed", Bump::Major),
        ("field_added_request", Bump::Major),
        ("field_required", Bump::Major),
        ("enum_value_added", Bump::Major),
    ] {
        assert_eq!(report(case).bump, Some(bump), "{case}");
    }
}

#[test]
fn wire_and_rust_are_judged_separately() {
    let verdicts = |case: &str| {
        let report = report(case);
        let change = report
            .changes()
            .next()
            .unwrap_or_else(|| panic!("{case} reports nothing"))
            .clone();
        (change.wire.impact, change.rust.impact)
    };
    // The request is the same; code that calls the old method does not compile.
    assert_eq!(
        verdicts("operation_renamed"),
        (Impact::None, Impact::Breaking)
    );
    // Yesterday's client sends to the old host; the Rust API is the same.
    assert_eq!(verdicts("server_url"), (Impact::Breaking, Impact::None));
    assert_eq!(
        verdicts("operation_server"),
        (Impact::Breaking, Impact::None)
    );
    // A wider integer is accepted on the wire; the setter's type changes.
    assert_eq!(
        verdicts("param_type"),
        (Impact::Compatible, Impact::Breaking)
    );
    // A new optional field of a reply: nothing breaks.
    assert_eq!(
        verdicts("field_added_response"),
        (Impact::Compatible, Impact::Compatible)
    );
}

#[test]
fn a_spec_on_one_side_only_is_a_new_or_removed_provider() {
    let api = api("operation_added", "old");
    let added = Report::new(vec![diff::provider("widgets", None, Some(&api))]);
    assert_eq!(kinds(&added), [ChangeKind::ProviderAdded]);
    assert_eq!(added.bump, Some(Bump::Minor));
    let removed = Report::new(vec![diff::provider("widgets", Some(&api), None)]);
    assert_eq!(kinds(&removed), [ChangeKind::ProviderRemoved]);
    assert_eq!(removed.bump, Some(Bump::Major));
    insta::assert_snapshot!(
        "provider_added_and_removed",
        Report::new(vec![
            diff::provider("added", None, Some(&api)),
            diff::provider("removed", Some(&api), None),
            diff::provider("unchanged", Some(&api), Some(&api)),
        ])
        .markdown()
    );
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
