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
mod tests;
