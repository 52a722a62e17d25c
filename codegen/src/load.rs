//! Stage 1: read a spec, check every `$ref`, and give typed access to it.

use std::path::{Path, PathBuf};

use openapiv3::{OpenAPI, ReferenceOr};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_yaml::Value;

use crate::error::{Error, Pointer};

/// A parsed spec: the typed document plus the raw JSON for resolving `$ref`s
/// that point anywhere in it.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The file it came from.
    pub path: PathBuf,
    /// The provider's module name: the file stem (`telegent`).
    pub module: String,
    /// The typed document.
    pub doc: OpenAPI,
    /// The document as parsed, in source order, for `$ref`s into any place.
    raw: Value,
}

/// Reads and parses `root/path` (`.yaml`, `.yml` or `.json`). A `$ref` is
/// checked when the generator follows it ([`Spec::resolve`]): one in a part of
/// the document no operation uses cannot stop the spec. Errors and generated headers name
/// the file by `path`, relative to the workspace `root`.
pub fn load(root: &Path, path: &Path) -> Result<Spec, Error> {
    let text = std::fs::read_to_string(root.join(path))
        .map_err(|error| Error::new(path, "#", format!("cannot read the file: {error}")))?;
    parse(path, &text)
}

/// Parses spec text; `path` names it in errors and picks the format.
pub fn parse(path: &Path, text: &str) -> Result<Spec, Error> {
    let module = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned();
    parse_module(path, text, &module)
}

/// Parses spec text into the Rust module `module` (instead of the file stem).
pub fn parse_module(path: &Path, text: &str, module: &str) -> Result<Spec, Error> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let raw: Value = match extension {
        "yaml" | "yml" => serde_yaml::from_str(text).map_err(|error| {
            let place = error
                .location()
                .map(|l| format!("line {}, column {}", l.line(), l.column()))
                .unwrap_or_else(|| "#".to_owned());
            Error::new(path, place, format!("not valid YAML: {error}"))
                .hint("fix the syntax there (indentation, an unclosed bracket or quote, a `:` in an unquoted value)")
        })?,
        // serde_yaml's `Value` keeps the source order of object keys.
        "json" => serde_json::from_str(text).map_err(|error| {
            Error::new(
                path,
                format!("line {}, column {}", error.line(), error.column()),
                format!("not valid JSON: {error}"),
            )
            .hint("fix the syntax there")
        })?,
        _ => {
            return Err(Error::new(path, "#", "unknown spec format")
                .hint("name the file `<provider>.yaml`, `.yml` or `.json`"));
        }
    };
    if let Some(version) = raw.get("swagger") {
        return Err(Error::new(
            path,
            "#/swagger",
            format!("a Swagger (OpenAPI {}) document", key_text(version)),
        )
        .hint("convert it to OpenAPI 3.0.3 (`openapi: 3.0.3`, `components`, `requestBody`); Switchboard reads OpenAPI 3.0.x documents"));
    }
    let version = match raw.get("openapi") {
        None => {
            return Err(Error::new(path, "#", "no `openapi` version")
                .hint("start the document with `openapi: 3.0.3`"));
        }
        Some(version) => key_text(version),
    };
    if !version.starts_with("3.0.") {
        return Err(Error::new(
            path,
            "#/openapi",
            format!("unsupported OpenAPI version `{version}`"),
        )
        .hint("Switchboard reads OpenAPI 3.0.x documents: write `openapi: 3.0.3` and use only 3.0 keywords"));
    }
    let doc: OpenAPI = serde_path_to_error::deserialize(&raw).map_err(|error| {
        let pointer = pointer_of(error.path());
        let (pointer, message) = refine(&raw, pointer, error.inner().to_string());
        Error::new(
            path,
            pointer.as_str(),
            format!("not a valid OpenAPI 3.0 document: {message}"),
        )
        .hint("fix the node there (an OpenAPI linter, e.g. `redocly lint`, says what it lacks)")
    })?;
    check_path_keys(path, &raw)?;
    let module = module.to_owned();
    // The file stem is the module and the cargo feature: it must be a plain
    // Rust identifier and not a name the crate root already uses.
    let plain = module.starts_with(|c: char| c.is_ascii_lowercase())
        && module
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !plain || crate::naming::snake(&module) != module || module == "runtime" {
        return Err(
            Error::new(path, "#", format!("`{module}` cannot name a Rust module"))
                .hint("name spec files after the provider, in lower case: `specs/<provider>.yaml` (not a Rust keyword, not `runtime`)"),
        );
    }
    Ok(Spec {
        path: path.to_owned(),
        module,
        doc,
        raw,
    })
}

/// The JSON pointer of the place `serde_path_to_error` names.
fn pointer_of(path: &serde_path_to_error::Path) -> Pointer {
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
fn refine(raw: &Value, mut pointer: Pointer, mut message: String) -> (Pointer, String) {
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
fn check_path_keys(path: &Path, raw: &Value) -> Result<(), Error> {
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

/// A mapping key as a pointer segment (YAML allows `200:` as a number key),
/// or a scalar as text.
fn key_text(key: &Value) -> String {
    match key {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        Value::Bool(flag) => flag.to_string(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_owned(),
    }
}

fn lookup<'a>(root: &'a Value, pointer: &Pointer) -> Option<&'a Value> {
    pointer
        .segments()
        .iter()
        .try_fold(root, |value, segment| match value {
            Value::Mapping(map) => map.get(segment.as_str()).or_else(|| {
                map.iter()
                    .find(|(key, _)| key_text(key) == *segment)
                    .map(|(_, v)| v)
            }),
            Value::Sequence(items) => items.get(segment.parse::<usize>().ok()?),
            _ => None,
        })
}

impl Spec {
    /// Follows `$ref`s (through chains of them) to the item, returning it with
    /// the pointer where it is defined. `at` names the place of `item`.
    pub fn resolve<T: DeserializeOwned + Clone>(
        &self,
        item: &ReferenceOr<T>,
        at: &Pointer,
    ) -> Result<(T, Pointer), Error> {
        let mut current = item.clone();
        let mut place = at.clone();
        for _ in 0..32 {
            match current {
                ReferenceOr::Item(item) => return Ok((item, place)),
                ReferenceOr::Reference { reference } => {
                    let target = Pointer::from_ref(&reference).ok_or_else(|| {
                        self.error(&place, format!("external reference `{reference}`"))
                            .hint("copy the referenced definition into this file's components")
                    })?;
                    let value = lookup(&self.raw, &target).ok_or_else(|| {
                        self.error(&place, format!("`{reference}` does not resolve"))
                            .hint("check the spelling of the component name")
                    })?;
                    current = ReferenceOr::<T>::deserialize(value).map_err(|error| {
                        self.error(
                            &target,
                            format!("`{reference}` points at something of the wrong kind: {error}"),
                        )
                    })?;
                    place = target;
                }
            }
        }
        Err(self
            .error(at, "a chain of `$ref`s loops")
            .hint("make one of them point at a definition"))
    }

    /// The raw JSON at `pointer`, for extensions the typed model drops.
    pub fn raw(&self, pointer: &Pointer) -> Option<&Value> {
        lookup(&self.raw, pointer)
    }

    /// An error at `pointer` in this spec.
    pub fn error(&self, pointer: &Pointer, message: impl Into<String>) -> Error {
        Error::new(&self.path, pointer.as_str(), message)
    }
}
