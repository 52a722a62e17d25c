//! The direct read against the document read whole, and what it refuses.

use std::path::Path;

use openapiv3::OpenAPI;

/// The document [`super::read`] reads, its path items in it.
fn typed_read(own_name: &str, text: &str) -> Option<OpenAPI> {
    let direct = super::read(own_name, text, None)?;
    assert!(
        direct.deferred.is_empty(),
        "nothing is deferred unless asked"
    );
    Some(direct.doc)
}

/// The document [`super::read_split`] reads, its path items in it.
fn read_apart(text: &str, threads: usize) -> Option<OpenAPI> {
    let direct = super::read_split(text, threads, None)?;
    assert!(
        direct.deferred.is_empty(),
        "nothing is deferred unless asked"
    );
    Some(direct.doc)
}

const SPEC: &str = r##"{
  "openapi": "3.0.3",
  "info": {"title": "t", "version": "1", "x-note": "caf\u00e9"},
  "paths": {
    "/pets": {
      "get": {
        "parameters": [{"$ref": "#/components/parameters/Limit"}],
        "responses": {"200": {"description": "ok", "content": {"application/json":
          {"schema": {"$ref": "#/components/schemas/Pet"}, "example": {"id": 1.0}}}}}
      }
    },
    "x-internal": true
  },
  "components": {
    "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}}},
    "schemas": {"Pet": {"type": "object", "properties": {"id": {"type": "number"}}}}
  }
}"##;

fn slow(text: &str) -> openapiv3::OpenAPI {
    let mut raw: serde_yaml::Value =
        serde_json::from_str(text).unwrap_or_else(|error| panic!("{error}"));
    super::super::read_document(
        Path::new("t.json"),
        &mut raw,
        super::super::Family::V30,
        &mut Vec::new(),
    )
    .unwrap_or_else(|error| panic!("{error}"))
}

/// A document with `count` paths and as many schemas, with extensions
/// and escaped keys among them; `bad` makes one schema unreadable.
fn many_entries(count: usize, bad: bool) -> String {
    let mut paths = vec![r##""x-internal": {"note": "kept"}"##.to_owned()];
    let mut schemas = Vec::new();
    for index in 0..count {
        paths.push(format!(
            r##""/things/{index}/caf\u00e9\"q": {{"get": {{"summary": "path {index}",
              "parameters": [{{"$ref": "#/components/parameters/Limit"}}],
              "responses": {{"200": {{"description": "ok", "content": {{"application/json":
                {{"schema": {{"$ref": "#/components/schemas/Thing{index}"}}}}}}}}}}}}}}"##
        ));
        let kind = match bad && index == count / 2 {
            true => r##""type": ["object"]"##,
            false => r##""type": "object""##,
        };
        schemas.push(format!(
            r##""Thing{index}": {{{kind}, "x-rank": {index}, "properties": {{"id": {{"type": "integer"}},
              "parts": {{"type": "array", "items": {{"$ref": "#/components/schemas/Thing0"}}}}}}}}"##
        ));
    }
    format!(
        r##"{{"x-top": [1, 2], "openapi": "3.0.3", "info": {{"title": "t", "version": "1"}},
          "paths": {{{}}},
          "components": {{"x-section": true,
            "parameters": {{"Limit": {{"name": "limit", "in": "query", "schema": {{"type": "integer"}}}}}},
            "schemas": {{{}}}, "responses": {{}}}},
          "tags": [{{"name": "things"}}]}}"##,
        paths.join(",\n"),
        schemas.join(",\n")
    )
}

#[test]
fn a_large_document_read_on_two_threads_is_the_document_read_whole() {
    // 600 entries, 300 paths and 300 schemas.
    let text = many_entries(300, false);
    let whole: Option<openapiv3::OpenAPI> = serde_json::from_str(&text).ok();
    assert!(whole.is_some(), "the document reads");
    let split = read_apart(&text, 2);
    assert!(split.is_some(), "600 entries are read apart");
    assert_eq!(split, whole);
    // Every path and schema is there, in the text's order, with the
    // extensions left in place.
    let Some(doc) = split else { return };
    let first = doc.paths.paths.keys().next().map(String::as_str);
    assert_eq!(first, Some("/things/0/caf\u{e9}\"q"));
    assert_eq!(doc.paths.paths.len(), 300);
    assert!(doc.paths.extensions.contains_key("x-internal"));
    let components = doc.components.as_ref();
    let names: Vec<&str> = components
        .map(|c| c.schemas.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(names.len(), 300);
    assert_eq!(names[299], "Thing299");
    assert_eq!(names[..3], ["Thing0", "Thing1", "Thing2"]);
    assert!(components.is_some_and(|c| c.extensions.contains_key("x-section")));
    assert!(doc.extensions.contains_key("x-top"));
    assert_eq!(read_apart(&text, 1), None, "one thread reads it whole");
    // And so it is loaded.
    assert_eq!(typed_read("t.json", &text), Some(doc));
}

#[test]
fn path_items_left_in_the_text_are_the_items_the_document_has() {
    let text = many_entries(10, false);
    let Some(whole) = typed_read("t.json", &text) else {
        panic!("the document reads");
    };
    let Some(direct) = super::read("t.json", &text, Some(0)) else {
        panic!("the document reads directly");
    };
    assert_eq!(direct.deferred.len(), 10, "even a few are left, when asked");
    for ((path, range), (whole_path, whole_item)) in direct.deferred.iter().zip(&whole.paths.paths)
    {
        assert_eq!(path, whole_path);
        let item: Result<openapiv3::ReferenceOr<openapiv3::PathItem>, _> =
            serde_json::from_str(&text[range.clone()]);
        assert_eq!(item.ok().as_ref(), Some(whole_item), "{path}");
    }
    // The rest of the document is the one read whole.
    let mut rest = whole.clone();
    rest.paths.paths.clear();
    assert_eq!(direct.doc, rest);
    // Shorter than asked, they are read in.
    let read_in = super::read("t.json", &text, Some(text.len()));
    assert_eq!(
        read_in.map(|direct| (direct.doc, direct.deferred)),
        Some((whole, vec![]))
    );
    // An item that does not read sends the document the value's way, for
    // the error at its node.
    let bad = text.replacen("\"summary\": \"path 5\"", "\"summary\": 5", 1);
    assert_ne!(bad, text);
    assert!(super::read("t.json", &bad, Some(0)).is_none());
}

#[test]
fn a_small_document_or_one_whose_entry_does_not_read_is_read_whole() {
    let small = many_entries(10, false);
    assert_eq!(read_apart(&small, 2), None, "20 entries are read whole");
    assert!(typed_read("t.json", &small).is_some());
    // An unreadable schema, after 400 paths and schemas that read.
    let bad = many_entries(400, true);
    assert_eq!(read_apart(&bad, 2), None);
    // Read whole, it fails too: the YAML value's way reports it.
    assert_eq!(typed_read("t.json", &bad), None);
}

#[test]
fn a_plain_document_reads_directly_into_the_same_document() {
    let direct = typed_read("t.json", SPEC);
    assert!(direct.is_some());
    assert_eq!(direct, Some(slow(SPEC)));
    // And so it is loaded: no YAML value kept, the same warnings (none).
    let spec =
        super::super::parse(Path::new("t.json"), SPEC).unwrap_or_else(|error| panic!("{error}"));
    assert!(matches!(spec.raw, super::super::Raw::Unparsed { .. }));
    assert_eq!(spec.version, "3.0.3");
    assert_eq!(spec.module, "t");
}

#[test]
fn anything_the_yaml_value_is_for_goes_that_way() {
    for (what, from, to) in [
        ("3.1", "\"openapi\": \"3.0.3\"", "\"openapi\": \"3.1.0\""),
        (
            "swagger",
            "\"openapi\": \"3.0.3\"",
            "\"swagger\": \"2.0\", \"openapi\": \"3.0.3\"",
        ),
        ("no version", "\"openapi\": \"3.0.3\",", ""),
        ("a number", "\"openapi\": \"3.0.3\"", "\"openapi\": 3.0"),
        (
            "a key twice",
            "\"title\": \"t\"",
            "\"title\": \"t\", \"title\": \"u\"",
        ),
        (
            "an escaped key twice",
            "\"title\": \"t\"",
            "\"title\": \"t\", \"titl\\u0065\": \"u\"",
        ),
        (
            "callbacks",
            "\"parameters\": [",
            "\"callbacks\": {}, \"parameters\": [",
        ),
        ("not a path", "\"/pets\": {", "\"pets\": {"),
        (
            "a ref into a schema",
            "#/components/schemas/Pet\"",
            "#/components/schemas/Pet/properties/id\"",
        ),
        (
            "a ref to nothing",
            "#/components/schemas/Pet\"",
            "#/components/schemas/Dog\"",
        ),
        (
            "a ref of another file",
            "#/components/schemas/Pet\"",
            "other.json#/Pet\"",
        ),
        (
            "a ref that is no string",
            "\"#/components/schemas/Pet\"",
            "7",
        ),
        ("a ref in an example", "{\"id\": 1.0}", "{\"$ref\": \"x\"}"),
        (
            "a misfit keyword",
            "\"type\": \"number\"",
            "\"type\": \"number\", \"pattern\": 0",
        ),
        ("trailing text", "\n    }", "\n    } x"),
    ] {
        let text = SPEC.replacen(from, to, 1);
        assert_ne!(text, SPEC, "{what}");
        assert_eq!(typed_read("t.json", &text), None, "{what}");
    }
    // A `$ref` to the spec's own file by name is a local one.
    let own = SPEC.replacen(
        "\"#/components/schemas/Pet\"",
        "\"t.json#/components/schemas/Pet\"",
        1,
    );
    assert!(typed_read("t.json", &own).is_some());
}
