//! A deserialization error at the node it is about, and the checks the 3.0
//! reader does not make (every key of `paths` is a path).

use std::path::Path;

use serde::de::DeserializeOwned;
use serde_yaml::Value;

use super::files::{key_text, lookup, lookup_mut};
use crate::error::{Error, Pointer};
use crate::ir::Warning;

/// The JSON pointer of the place `serde_path_to_error` names.
pub(super) fn pointer_of(path: &serde_path_to_error::Path) -> Pointer {
    use serde_path_to_error::Segment;
    path.iter()
        .fold(Pointer::root(), |pointer, segment| match segment {
            Segment::Seq { index } => pointer.join(index.to_string()),
            Segment::Map { key } => pointer.join(key),
            Segment::Enum { variant } => pointer.join(variant),
            Segment::Unknown => pointer,
        })
}

/// The node a deserialization error is really about. `openapiv3` reads the
/// entries of `paths` and of an operation's `responses` through flattened
/// maps, where the error's path stops; each entry is tried on its own to
/// find the one that fails, and where inside it.
pub(super) fn refine(raw: &Value, mut pointer: Pointer, mut message: String) -> (Pointer, String) {
    for _ in 0..8 {
        let segments = pointer.segments();
        let found = match segments.as_slice() {
            [paths] if paths == "paths" => first_failing::<openapiv3::PathItem>(raw, &pointer),
            [.., responses]
                if responses == "responses" && segments.first().is_some_and(|s| s == "paths") =>
            {
                first_failing::<openapiv3::Response>(raw, &pointer)
            }
            _ => None,
        };
        match found {
            Some((deeper, why)) if deeper != pointer => (pointer, message) = (deeper, why),
            _ => break,
        }
    }
    (pointer, message)
}

/// The first entry of the mapping at `at` that does not read as a `T` (a
/// `$ref` aside, read where it points): where in it, and why.
fn first_failing<T: DeserializeOwned>(raw: &Value, at: &Pointer) -> Option<(Pointer, String)> {
    let Some(Value::Mapping(entries)) = lookup(raw, at) else {
        return None;
    };
    entries.iter().find_map(|(key, value)| {
        let key = key_text(key);
        if key.starts_with("x-") || value.get("$ref").is_some() {
            return None;
        }
        let error = serde_path_to_error::deserialize::<_, T>(value).err()?;
        let inside = pointer_of(error.path());
        let mut place = at.join(&key);
        for segment in inside.segments() {
            place = place.join(segment);
        }
        Some((place, error.inner().to_string()))
    })
}

/// Every key of `paths` is a path (it starts with `/`) or an extension
/// (`x-…`): `openapiv3` drops any other key, and its operations with it.
pub(super) fn check_path_keys(path: &Path, raw: &Value) -> Result<(), Error> {
    let Some(Value::Mapping(paths)) = raw.get("paths") else {
        return Ok(());
    };
    for key in paths.keys() {
        let key = key_text(key);
        if key.starts_with('/') || key.starts_with("x-") {
            continue;
        }
        let at = Pointer::root().join("paths").join(&key);
        let (message, hint) = if key.is_empty() {
            (
                "an empty path".to_owned(),
                "name the path its operations are at, starting with `/` (`/` for the server URL itself)"
                    .to_owned(),
            )
        } else {
            (
                format!("`{key}` is not a path: paths start with `/`"),
                format!("write `/{key}`"),
            )
        };
        return Err(Error::new(path, at.as_str(), message).hint(hint));
    }
    Ok(())
}

/// The schema keywords that only constrain or describe a value, by the
/// kind of value each takes: one of the wrong kind (`pattern: 0`) can be
/// left out without changing what the client sends or accepts.
const SCALAR_KEYWORDS: [(&str, Kind); 20] = [
    ("pattern", Kind::String),
    ("format", Kind::String),
    ("title", Kind::String),
    ("description", Kind::String),
    ("minLength", Kind::Integer),
    ("maxLength", Kind::Integer),
    ("minItems", Kind::Integer),
    ("maxItems", Kind::Integer),
    ("minProperties", Kind::Integer),
    ("maxProperties", Kind::Integer),
    ("minimum", Kind::Number),
    ("maximum", Kind::Number),
    ("multipleOf", Kind::Number),
    ("exclusiveMinimum", Kind::Bool),
    ("exclusiveMaximum", Kind::Bool),
    ("uniqueItems", Kind::Bool),
    ("readOnly", Kind::Bool),
    ("writeOnly", Kind::Bool),
    ("deprecated", Kind::Bool),
    ("nullable", Kind::Bool),
];

#[derive(Debug, Clone, Copy)]
enum Kind {
    String,
    Integer,
    Number,
    Bool,
}

impl Kind {
    fn fits(self, value: &Value) -> bool {
        match self {
            Kind::String => value.is_string(),
            Kind::Integer => {
                value.is_u64() || value.as_f64().is_some_and(|n| n >= 0.0 && n.fract() == 0.0)
            }
            Kind::Number => value.is_number(),
            Kind::Bool => value.is_bool(),
        }
    }
}

/// Leaves out, with a warning, every constraint or description keyword of
/// the wrong kind in the schemas at and under `at` (the node a
/// deserialization error stopped at): whether there was one.
pub(super) fn drop_misfit_keywords(
    raw: &mut Value,
    at: &Pointer,
    warnings: &mut Vec<Warning>,
) -> bool {
    let Some(node) = lookup_mut(raw, at) else {
        return false;
    };
    let mut dropped = Vec::new();
    let names = at
        .segments()
        .last()
        .is_some_and(|last| NAME_MAPS.contains(&last.as_str()));
    misfits(node, at.clone(), names, &mut dropped);
    let found = !dropped.is_empty();
    for (place, keyword, value) in dropped {
        warnings.push(Warning {
            pointer: place.to_string(),
            message: format!("`{keyword}: {value}` is not a value `{keyword}` takes: left out"),
        });
    }
    found
}

/// Maps whose keys are names the spec chose (a property named `pattern`),
/// not keywords.
pub(super) const NAME_MAPS: [&str; 20] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "schemas",
    "parameters",
    "paths",
    "responses",
    "content",
    "headers",
    "encoding",
    "securitySchemes",
    "requestBodies",
    "links",
    "callbacks",
    "variables",
    "mapping",
    "pathItems",
    "webhooks",
    "dependentSchemas",
];

/// Removes the misfit keywords of every object at and under `node`; `names`
/// says `node`'s keys are names, not keywords.
fn misfits(
    node: &mut Value,
    at: Pointer,
    names: bool,
    dropped: &mut Vec<(Pointer, String, String)>,
) {
    match node {
        Value::Mapping(map) => {
            if !names {
                for (keyword, kind) in SCALAR_KEYWORDS {
                    if map.get(keyword).is_some_and(|value| !kind.fits(value)) {
                        if let Some(value) = map.remove(keyword) {
                            let shown = serde_json::to_string(&value).unwrap_or_default();
                            dropped.push((at.join(keyword), keyword.to_owned(), shown));
                        }
                    }
                }
            }
            for (key, child) in map.iter_mut() {
                let key = key_text(key);
                // Values, not the document: an example may hold anything.
                let value = !names
                    && (matches!(
                        key.as_str(),
                        "example" | "examples" | "default" | "enum" | "const"
                    ) || key.starts_with("x-"));
                if value {
                    continue;
                }
                let child_names = !names && NAME_MAPS.contains(&key.as_str());
                misfits(child, at.join(&key), child_names, dropped);
            }
        }
        Value::Sequence(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                misfits(item, at.join(index.to_string()), false, dropped);
            }
        }
        _ => {}
    }
}
