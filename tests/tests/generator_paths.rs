//! A spec the loader hands over to the model (`load::parse_to_build` and
//! `model::load_and_build`, what `cargo xtask generate` does: each path item
//! is freed once its operations are in the IR) builds the IR, the warnings and the errors that the same
//! spec lent to the model (`model::build`) does.

use std::path::Path;

use serde_json::{Value, json};
use switchboard_codegen::{load, model};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

/// What each way gives for the spec `text` named `name`: the IR, or the
/// error as printed.
fn both(name: &str, text: &str) -> (Result<String, String>, Result<String, String>) {
    let path = Path::new(name);
    let module = path.file_stem().unwrap().to_string_lossy().into_owned();
    let lent = load::parse(path, text)
        .and_then(|spec| model::build(&spec))
        .map(|api| format!("{api:#?}"))
        .map_err(|error| error.to_string());
    let taken = model::load_and_build(|| load::parse_to_build(path, text.to_owned(), &module))
        .map(|api| format!("{api:#?}"))
        .map_err(|error| error.to_string());
    (lent, taken)
}

#[test]
fn every_spec_and_fixture_builds_the_same_either_way() {
    let mut specs = Vec::new();
    for directory in ["specs", "tests/fixtures", "tests/fixtures/invalid"] {
        for entry in std::fs::read_dir(root().join(directory)).expect("the directory exists") {
            let path = entry.expect("a readable directory entry").path();
            if path.extension().is_some_and(|ext| ext == "yaml") {
                specs.push(path);
            }
        }
    }
    specs.sort();
    assert!(specs.len() > 20, "found only {specs:?}");
    let (mut built, mut refused) = (0, 0);
    for path in &specs {
        let text = std::fs::read_to_string(path).expect("the spec reads");
        let name = path.file_name().unwrap().to_string_lossy();
        let (lent, taken) = both(&name, &text);
        assert_eq!(lent, taken, "{}", path.display());
        match lent {
            Ok(_) => built += 1,
            Err(_) => refused += 1,
        }
    }
    // Both outcomes are compared: specs that build and specs refused.
    assert!(
        built > 10 && refused > 0,
        "{built} built, {refused} refused"
    );
}

/// Convirza's spec as JSON, with `more` paths added: with 64 or more paths
/// and schemas, a JSON spec is read on two threads where there are two
/// cores, each path by itself.
fn convirza_json(more: usize) -> Value {
    let text = std::fs::read_to_string(root().join("specs/convirza.yaml")).unwrap();
    let mut doc: Value = serde_yaml::from_str(&text).unwrap();
    let paths = doc["paths"].as_object_mut().unwrap();
    for index in 0..more {
        paths.insert(
            format!("/extra/{index}/{{id}}"),
            json!({
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
                "get": {
                    "operationId": format!("getExtra{index}"),
                    "responses": {"200": {"description": "ok", "content": {"application/json": {
                        "schema": {"type": "object", "title": "Extra", "properties": {"n": {"type": "integer"}}}
                    }}}}
                }
            }),
        );
    }
    doc
}

#[test]
fn a_large_json_spec_builds_the_same_either_way() {
    let doc = convirza_json(80);
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let (lent, taken) = both("convirza.json", &text);
    let lent = lent.expect("the spec builds");
    assert_eq!(Ok(lent.clone()), taken);
    // Its token endpoint, which names the operations that refresh and revoke
    // its tokens, is read once every operation is known.
    assert!(
        lent.contains("refreshAccessToken") && lent.contains("token_endpoints: [\n"),
        "{lent}"
    );
    assert!(lent.contains("getExtra79"), "every added path is built");
}

#[test]
fn a_token_endpoint_without_bearer_credentials_is_refused_the_same_either_way() {
    let mut doc = convirza_json(80);
    doc.as_object_mut().unwrap().remove("security");
    for item in doc["paths"].as_object_mut().unwrap().values_mut() {
        for operation in item.as_object_mut().unwrap().values_mut() {
            if let Some(operation) = operation.as_object_mut() {
                operation.remove("security");
            }
        }
    }
    doc["components"]["securitySchemes"] = json!({});
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let (lent, taken) = both("convirza.json", &text);
    let error = lent.expect_err("no bearer token for the tokens to be sent as");
    assert!(
        error.contains("x-token-endpoint") && error.contains("no bearer token"),
        "{error}"
    );
    assert_eq!(Err(error), taken);
}
