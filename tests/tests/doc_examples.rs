//! The spec's examples in the docs (`tests/fixtures/examples.yaml`): where
//! they are found, which are left out, and what the docs then show. That the
//! examples compile, and that a body written out is the spec's example, is
//! checked by the doctests themselves (`cargo test --doc`).

use std::path::Path;

use switchboard_codegen::ir::Api;
use switchboard_codegen::surface::{DocPaths, Surface};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

fn api() -> Api {
    switchboard_codegen::api(root(), Path::new("tests/fixtures/examples.yaml")).unwrap()
}

fn paths() -> DocPaths {
    DocPaths {
        module: "switchboard_tests::golden::examples".to_owned(),
        runtime: "switchboard_runtime".to_owned(),
    }
}

fn method_doc(api: &Api, method: &str) -> String {
    let surface = Surface::with_examples(api, "crate::golden", &paths());
    surface
        .operations
        .iter()
        .find(|op| op.method.bare() == method)
        .unwrap_or_else(|| panic!("no method {method}"))
        .method_doc
        .clone()
}

#[test]
fn examples_come_from_example_examples_by_ref_and_the_schema() {
    let api = api();
    let list = &api.operations[0];
    let example = |index: usize| {
        list.params[index]
            .example
            .as_ref()
            .map(|e| (&e.value, e.at.as_str()))
    };
    assert_eq!(
        example(0),
        Some((
            &serde_json::json!(25),
            "#/paths/~1trunks/get/parameters/0/example"
        ))
    );
    // `examples: {west: {$ref: …}}`: the referenced example's value.
    assert_eq!(
        example(1),
        Some((
            &serde_json::json!("us-west"),
            "#/components/examples/WestRegion/value"
        ))
    );
    // The 422 reply has no example of its own: its schema's.
    let create_route = &api.operations[4];
    let problem = create_route.errors[0].media[0].example.as_ref().unwrap();
    assert_eq!(problem.at, "#/components/schemas/Problem/example");
}

#[test]
fn an_example_that_does_not_fit_is_a_warning_and_left_out() {
    let api = api();
    let warnings: Vec<(&str, &str)> = api
        .warnings
        .iter()
        .map(|w| (w.pointer.as_str(), w.message.as_str()))
        .collect();
    assert_eq!(
        warnings,
        [
            (
                "#/paths/~1trunks/get/parameters/2/example",
                "the example does not fit the schema: expected an integer, found a string; the docs leave it out"
            ),
            (
                "#/paths/~1trunks~1{id}/put/requestBody/content/application~1json/example",
                "the example does not fit the schema: the required `name` is missing; the docs leave it out"
            ),
        ]
    );
    assert_eq!(api.operations[0].params[2].example, None);
    // The setter of the misfit is not in the call; the others are.
    let doc = method_doc(&api, "list_trunks");
    assert!(
        doc.contains("    .limit(25)\n    .region(examples::Region::UsWest)\n    .await?"),
        "{doc}"
    );
    assert!(!doc.contains(".since("), "{doc}");
    // Without an example the body is made of placeholders.
    let doc = method_doc(&api, "replace_trunk");
    assert!(
        doc.contains("let body = examples::TrunkInput::new(\"name\");"),
        "{doc}"
    );
    assert!(
        doc.contains("client.replace_trunk(\"tr_1\", body).await?;"),
        "{doc}"
    );
}

#[test]
fn a_body_is_written_field_by_field_and_checked_against_the_example() {
    let doc = method_doc(&api(), "create_trunk");
    for line in [
        "let body = examples::TrunkInput {",
        "    capacity: Some(3000000000),",
        "    note: Some(None),",
        "        (\"team\".into(), \"voice\".into()),",
        "            ..examples::TrunkTargetsItem::new(\"sip.example.test\")",
        "        examples::TrunkTargetsItem::new(\"backup.example.test\"),",
        "    ..examples::TrunkInput::new(\"Main\")",
        "let trunk: examples::Trunk = client.create_trunk(body).await?.into_body();",
    ] {
        assert!(doc.lines().any(|l| l == line), "`{line}` not in:\n{doc}");
    }
    // The read-only `id` of the example is not written (a request leaves
    // it out); the hidden check decodes the example and compares.
    assert!(!doc.contains("tr_ignored\".into()"), "{doc}");
    assert!(doc.contains("\n# assert_eq!(switchboard_runtime::serde_json::to_value(&body)?"));
    assert!(doc.starts_with("Create trunk"), "{doc}");
    assert!(doc.contains("```rust\n# use switchboard_tests::golden::examples;\n# fn main()"));
}

#[test]
fn a_patch_example_is_setters_and_null_clears() {
    let doc = method_doc(&api(), "update_trunk");
    assert!(
        doc.contains(
            "client.update_trunk(\"tr_1\")\n    .name(\"Backup\")\n    .clear_note()\n    .await?"
        ),
        "{doc}"
    );
}

#[test]
fn a_tagged_union_body_is_the_variant_its_tag_selects() {
    let doc = method_doc(&api(), "create_route");
    assert!(
        doc.contains("let body = examples::Route::SipRoute(examples::SipRoute::new(\"sip\", \"sip:desk@example.test\"));"),
        "{doc}"
    );
}

#[test]
fn reply_types_show_the_example_reply() {
    let api = api();
    let surface = Surface::new(&api, "crate::golden");
    let doc = |name: &str| {
        surface
            .types
            .iter()
            .find(|t| t.name.bare() == name)
            .unwrap()
            .doc
            .clone()
    };
    // The first item of the list a 200 reply holds.
    let trunk = doc("Trunk");
    assert!(trunk.contains("# Example\n\nAn item of a `200` reply to `GET /trunks`:\n\n```json\n{\n  \"capacity\": 30,"), "{trunk}");
    let problem = doc("Problem");
    assert!(problem.ends_with("The body of a `422` reply to `POST /routes`:\n\n```json\n{\n  \"title\": \"The route is not valid.\"\n}\n```"), "{problem}");
}
