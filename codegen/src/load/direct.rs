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
use std::ops::Range;

use indexmap::IndexMap;
use openapiv3::{OpenAPI, PathItem, ReferenceOr, Schema};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use super::typed;

/// A document read directly.
pub(super) struct Direct {
    /// The typed document, without its path items when they are `deferred`.
    pub(super) doc: OpenAPI,
    /// Each path and where its item is in the text, in the document's
    /// order, when the items were left there (each read, and dropped, to
    /// make sure it reads); empty when they are in `doc`.
    pub(super) deferred: Vec<(String, Range<usize>)>,
}

/// The typed document of the JSON `text`, when it reads directly; `None`
/// sends it the way that keeps its YAML value. `own_name` is the spec's
/// file name (a `$ref` to it by name is a local one). With `defer_from`,
/// path items whose text is that long or longer in all are left in the
/// text (see [`Direct::deferred`]).
pub(super) fn read(own_name: &str, text: &str, defer_from: Option<usize>) -> Option<Direct> {
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
    let direct = match read_split(text, crate::parallel::threads(), defer_from) {
        Some(direct) => direct,
        None => Direct {
            doc: serde_json::from_str(text).ok()?,
            deferred: Vec::new(),
        },
    };
    typed::names_components(own_name, scan.refs.iter().map(String::as_str), &direct.doc)
        .then_some(direct)
}

/// How many paths and component schemas make reading them on two threads
/// worth it.
const ENTRIES_APART: usize = 64;

/// The typed document of `text` (walked already: no key twice, every key of
/// `paths` a path or an extension) read on two threads: each path by itself
/// on this one, and on the other the rest of the document whole, with those
/// and its component schemas left out, then each schema by itself. The
/// entries go in the text's order, so the document is the one `text` reads
/// as whole. Path items `defer_from` bytes long or longer in all are read
/// and dropped, and left in the text. `None` with one thread, few entries
/// (unless the path items are left in the text), or anything that does not
/// read: then the document is read whole, and any problem is found there.
fn read_split(text: &str, threads: usize, defer_from: Option<usize>) -> Option<Direct> {
    let top: IndexMap<String, &RawValue> = serde_json::from_str(text).ok()?;
    let sections = |key: &str| -> Option<IndexMap<String, &RawValue>> {
        match top.get(key) {
            Some(raw) => serde_json::from_str(raw.get()).ok(),
            None => Some(IndexMap::new()),
        }
    };
    let paths = sections("paths")?;
    let components = sections("components")?;
    let schemas: IndexMap<String, &RawValue> = match components.get("schemas") {
        Some(raw) => serde_json::from_str(raw.get()).ok()?,
        None => IndexMap::new(),
    };
    let path_entries: Vec<(&String, &RawValue)> = paths
        .iter()
        .filter(|(key, _)| key.starts_with('/'))
        .map(|(key, raw)| (key, *raw))
        .collect();
    let paths_bytes: usize = path_entries.iter().map(|(_, raw)| raw.get().len()).sum();
    let defer = defer_from.is_some_and(|from| paths_bytes >= from);
    if !defer && (threads < 2 || path_entries.len() + schemas.len() < ENTRIES_APART) {
        return None;
    }
    // The rest: every top-level entry as written, but `paths` keeps only
    // its extensions and `components` has no `schemas`.
    let mut rest = String::with_capacity(text.len() / 16);
    let object = |rest: &mut String, entries: &mut dyn Iterator<Item = (&String, &&RawValue)>| {
        rest.push('{');
        for (index, (key, raw)) in entries.enumerate() {
            if index > 0 {
                rest.push(',');
            }
            // A key re-escaped: it was read from a JSON string.
            rest.push_str(&serde_json::to_string(key).ok()?);
            rest.push(':');
            rest.push_str(raw.get());
        }
        rest.push('}');
        Some(())
    };
    object(
        &mut rest,
        &mut top
            .iter()
            .filter(|(key, _)| *key != "paths" && *key != "components"),
    )?;
    rest.pop();
    for (key, entries) in [("paths", &paths), ("components", &components)] {
        if !top.contains_key(key) {
            continue;
        }
        if rest.len() > 1 {
            rest.push(',');
        }
        rest.push_str(&format!("\"{key}\":"));
        object(
            &mut rest,
            &mut entries
                .iter()
                .filter(|(entry, _)| !(key == "paths" && entry.starts_with('/')))
                .filter(|(entry, _)| !(key == "components" && *entry == "schemas")),
        )?;
    }
    rest.push('}');
    // The paths here, on the thread the model is built on: when the spec is
    // loaded to be built (`model::load_and_build`) they are freed one by
    // one as the model reads them, and the memory goes to the IR, which is
    // made here too (a thread's frees serve its own allocations).
    // The rest of the document and its schemas, kept to the end, on the
    // other thread.
    let read_paths = || -> Option<Paths> {
        if defer {
            let mut deferred = Vec::with_capacity(path_entries.len());
            for (key, raw) in &path_entries {
                serde_json::from_str::<ReferenceOr<PathItem>>(raw.get()).ok()?;
                deferred.push(((*key).clone(), within(text, raw.get())?));
            }
            return Some(Paths::Deferred(deferred));
        }
        let mut paths = IndexMap::with_capacity(path_entries.len());
        for (key, raw) in &path_entries {
            paths.insert((*key).clone(), serde_json::from_str(raw.get()).ok()?);
        }
        Some(Paths::Read(paths))
    };
    let read_rest = || -> Option<OpenAPI> {
        let mut doc: OpenAPI = serde_json::from_str(&rest).ok()?;
        if !schemas.is_empty() {
            let components = doc.components.as_mut()?;
            sized(&mut components.schemas, schemas.len());
            for (key, raw) in &schemas {
                let schema: ReferenceOr<Schema> = serde_json::from_str(raw.get()).ok()?;
                components.schemas.insert(key.clone(), schema);
            }
        }
        Some(doc)
    };
    let (paths, doc) = crate::parallel::join(read_paths, read_rest);
    let mut doc = doc?;
    let deferred = match paths? {
        Paths::Read(paths) => {
            doc.paths.paths = paths;
            Vec::new()
        }
        Paths::Deferred(deferred) => deferred,
    };
    Some(Direct { doc, deferred })
}

/// The path items as [`read_split`] read them.
enum Paths {
    Read(IndexMap<String, ReferenceOr<PathItem>>),
    /// Left in the text: each path and where its item is.
    Deferred(Vec<(String, Range<usize>)>),
}

/// Where `part`, a slice of `text`, is in it.
fn within(text: &str, part: &str) -> Option<Range<usize>> {
    let start = (part.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    let range = start..start + part.len();
    text.get(range.clone())
        .is_some_and(|found| std::ptr::eq(found, part))
        .then_some(range)
}

/// Makes `map` room for `more` entries, exactly: `reserve` makes room for
/// as many as its hash table can hold, up to twice as many (a schema takes
/// almost 1 KiB, room for one or not).
fn sized<V>(map: &mut IndexMap<String, V>, more: usize) {
    let mut sized = IndexMap::with_capacity(map.len() + more);
    sized.extend(std::mem::take(map));
    *map = sized;
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
        for ((path, range), (whole_path, whole_item)) in
            direct.deferred.iter().zip(&whole.paths.paths)
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
}
