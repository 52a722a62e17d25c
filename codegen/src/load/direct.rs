//! A JSON document read straight into the typed document, without the YAML
//! value in between, when nothing the value is for applies: a quick walk
//! over the text first makes sure it is OpenAPI 3.0 with no key twice in an
//! object, no callbacks, every key of `paths` a path, and every `$ref` a
//! string naming a component of the document. Anything else, and any
//! document the typed reader refuses, goes the way that keeps the value
//! (for its errors at the right node, the keywords it leaves out, 3.1,
//! other files). The typed document is the same either way.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use openapiv3::OpenAPI;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::typed;

/// The typed document of the JSON `text`, when it reads directly; `None`
/// sends it the way that keeps its YAML value. `own_name` is the spec's
/// file name (a `$ref` to it by name is a local one).
pub(super) fn read(own_name: &str, text: &str) -> Option<OpenAPI> {
    let mut scan = Scan::default();
    let mut reader = serde_json::Deserializer::from_str(text);
    Node {
        scan: &mut scan,
        place: Place::Root,
    }
    .deserialize(&mut reader)
    .ok()?;
    reader.end().ok()?;
    let version_3_0 = scan
        .version
        .as_deref()
        .is_some_and(|v| v == "3.0" || v.starts_with("3.0."));
    // The model reads `x-error-message` from schemas anywhere, by pointer,
    // which the typed document cannot answer.
    if scan.refused || !version_3_0 || text.contains(super::ERROR_MESSAGE) {
        return None;
    }
    let doc: OpenAPI = serde_json::from_str(text).ok()?;
    typed::names_components(own_name, scan.refs.iter().map(String::as_str), &doc).then_some(doc)
}

/// What the walk found.
#[derive(Default)]
struct Scan {
    /// The root's `openapi` string.
    version: Option<String>,
    /// Every `$ref`'s string.
    refs: Vec<String>,
    /// Something the direct read cannot stand for: a key twice in an
    /// object, `callbacks`, `swagger`, a `paths` key that is no path, a
    /// `$ref` that is not a string.
    refused: bool,
}

/// Where in the document a node is, for the keys that matter there.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Root,
    Paths,
    Other,
}

/// One node of the document, walked.
struct Node<'s> {
    scan: &'s mut Scan,
    place: Place,
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<(), A::Error> {
        while items
            .next_element_seed(Node {
                scan: &mut *self.scan,
                place: Place::Other,
            })?
            .is_some()
        {}
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<(), A::Error> {
        let mut seen: HashSet<Cow<'de, str>> = HashSet::new();
        while let Some(Key(key)) = entries.next_key()? {
            if self.place == Place::Paths && !key.starts_with('/') && !key.starts_with("x-") {
                self.scan.refused = true;
            }
            match (self.place, key.as_ref()) {
                (_, "$ref") => match entries.next_value::<Option<String>>()? {
                    Some(reference) => self.scan.refs.push(reference),
                    None => self.scan.refused = true,
                },
                (Place::Root, "openapi") => {
                    self.scan.version = entries.next_value::<Option<String>>()?;
                }
                (Place::Root, "swagger") | (_, "callbacks") => {
                    self.scan.refused = true;
                    entries.next_value::<IgnoredAny>()?;
                }
                (place, key) => {
                    let place = match (place, key) {
                        (Place::Root, "paths") => Place::Paths,
                        _ => Place::Other,
                    };
                    entries.next_value_seed(Node {
                        scan: &mut *self.scan,
                        place,
                    })?;
                }
            }
            if !seen.insert(key) {
                self.scan.refused = true;
            }
        }
        Ok(())
    }
}

/// An object's key, borrowed from the text unless it has escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl<'de> Visitor<'de> for Text {
            type Value = Key<'de>;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a key")
            }

            fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(key)))
            }

            fn visit_str<E>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(key.to_owned())))
            }
        }
        deserializer.deserialize_str(Text)
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::read;

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

    #[test]
    fn a_plain_document_reads_directly_into_the_same_document() {
        let direct = read("t.json", SPEC);
        assert!(direct.is_some());
        assert_eq!(direct, Some(slow(SPEC)));
        // And so it is loaded: no YAML value kept, the same warnings (none).
        let spec = super::super::parse(Path::new("t.json"), SPEC)
            .unwrap_or_else(|error| panic!("{error}"));
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
            assert_eq!(read("t.json", &text), None, "{what}");
        }
        // A `$ref` to the spec's own file by name is a local one.
        let own = SPEC.replacen(
            "\"#/components/schemas/Pet\"",
            "\"t.json#/components/schemas/Pet\"",
            1,
        );
        assert!(read("t.json", &own).is_some());
    }
}
