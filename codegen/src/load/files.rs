//! Spec text as YAML values, and the other files of a multi-file spec: each
//! file a `$ref` names (`common/errors.yaml#/Error`, relative to the file
//! that holds the `$ref`), read once, with the files those name in turn.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use serde_yaml::Value;

use super::refs;
use crate::error::{Error, Pointer};

/// How many files one spec may span, so a tree of references stays bounded.
const MAX_FILES: usize = 1000;

/// Parses YAML or JSON text (by `path`'s extension) into a value that keeps
/// the source order of object keys; a large YAML text on every core.
pub(super) fn parse_value(path: &Path, text: &str) -> Result<Value, Error> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    match extension {
        "yaml" | "yml" => match super::split::parse(text, crate::parallel::threads()) {
            Some(value) => Ok(value),
            None => serde_yaml::from_str(text),
        }
        .map_err(|error| {
            let (place, message) = match error.location() {
                Some(l) => (
                    format!("line {}, column {}", l.line(), l.column()),
                    placed_once(error.to_string(), l.line(), l.column()),
                ),
                None => ("#".to_owned(), error.to_string()),
            };
            Error::new(path, place, format!("not valid YAML: {message}"))
                .hint("fix the syntax there (indentation, an unclosed bracket or quote, a `:` in an unquoted value)")
        }),
        // serde_yaml's `Value` keeps the source order of object keys.
        "json" => serde_json::from_str(text).map_err(|error| {
            Error::new(
                path,
                format!("line {}, column {}", error.line(), error.column()),
                format!(
                    "not valid JSON: {}",
                    placed_once(error.to_string(), error.line(), error.column())
                ),
            )
            .hint("fix the syntax there")
        }),
        _ => Err(Error::new(path, "#", "unknown spec format")
            .hint("name the file `<provider>.yaml`, `.yml` or `.json`")),
    }
}

/// What the keys of a map in a spec's files are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keys {
    /// Keywords (`type`, `default`): the values of some are data.
    Keywords,
    /// Names the spec chose (properties, replies by status).
    Names,
    /// Either: the root of a file a `$ref` names.
    Either,
}

/// A parser's `message` without the ` at line L column C` it gives for the
/// place the error already names (any other place it gives stays: "while
/// parsing a block mapping at line 3 column 1").
fn placed_once(message: String, line: usize, column: usize) -> String {
    message.replacen(&format!(" at line {line} column {column}"), "", 1)
}

/// A mapping key as a pointer segment (YAML allows `200:` as a number key),
/// or a scalar as text.
pub fn key_text(key: &Value) -> String {
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

/// The value at `pointer` inside `root` (the pointer's file is the caller's
/// to pick).
pub(super) fn lookup<'a>(root: &'a Value, pointer: &Pointer) -> Option<&'a Value> {
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

/// [`lookup`], for changing the value.
pub(super) fn lookup_mut<'a>(root: &'a mut Value, pointer: &Pointer) -> Option<&'a mut Value> {
    pointer
        .segments()
        .iter()
        .try_fold(root, |value, segment| match value {
            Value::Mapping(map) => map
                .iter_mut()
                .find(|(key, _)| key_text(key) == *segment)
                .map(|(_, v)| v),
            Value::Sequence(items) => items.get_mut(segment.parse::<usize>().ok()?),
            _ => None,
        })
}

/// The other files of a spec, by their path relative to the spec's
/// directory (`common/errors.yaml`, `../shared/pet.json`): each parsed, or
/// why it could not be (reported where a `$ref` into it is followed).
#[derive(Debug, Clone, Default)]
pub(super) struct Files {
    /// The directory the spec is read from.
    dir: PathBuf,
    /// The directory as errors name it.
    shown_dir: PathBuf,
    /// The spec's own file name: a `$ref` to it is a local one.
    own_name: String,
    files: BTreeMap<String, Result<Value, Unread>>,
}

/// Why a file of the spec has no value.
#[derive(Debug, Clone)]
pub(super) enum Unread {
    /// It could not be read (it is not there): the `$ref` that names it is
    /// where the problem is.
    Missing(String),
    /// It is not YAML or JSON, or the spec spans too many files: the error
    /// names the file.
    Invalid(Error),
}

impl Files {
    /// Reads every file that `root` (the spec at `real`, shown as `shown`)
    /// refers to, and every file those refer to.
    pub fn read(real: &Path, shown: &Path, root: &Value) -> Self {
        let parent = |path: &Path| path.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut files = Files {
            dir: parent(real),
            shown_dir: parent(shown),
            own_name: shown
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default(),
            files: BTreeMap::new(),
        };
        let mut pending = Vec::new();
        files.referenced(root, "", &mut pending);
        while let Some(name) = pending.pop() {
            if files.files.contains_key(&name) {
                continue;
            }
            let shown = files.shown_path(&name);
            let parsed = if files.files.len() >= MAX_FILES {
                Err(Unread::Invalid(
                    Error::new(
                        &shown,
                        "#",
                        format!("the spec spans more than {MAX_FILES} files"),
                    )
                    .hint("bundle the spec into fewer files (`redocly bundle`)"),
                ))
            } else {
                std::fs::read_to_string(files.dir.join(&name))
                    .map_err(|error| {
                        Unread::Missing(match error.kind() {
                            std::io::ErrorKind::NotFound => "there is no such file".to_owned(),
                            _ => error.to_string(),
                        })
                    })
                    .and_then(|text| parse_value(&shown, &text).map_err(Unread::Invalid))
            };
            if let Ok(value) = &parsed {
                files.referenced(value, &name, &mut pending);
            }
            files.files.insert(name, parsed);
        }
        files
    }

    /// Adds to `pending` every file a `$ref` inside `value` (of the file
    /// `file`) names that is not read yet. A `$ref` inside data (an
    /// `example`, `default`, `enum` or `const` value, an Example's `value`,
    /// an extension) is not followed; one under a key the spec chose (the
    /// `default` reply, a property named `enum`) is.
    fn referenced(&self, value: &Value, file: &str, pending: &mut Vec<String>) {
        let base = Pointer::document_root(file);
        // The spec's root is a document; another file's may be a document,
        // a map of definitions by name, or a definition.
        let root = match file.is_empty() {
            true => Keys::Keywords,
            false => Keys::Either,
        };
        let mut stack = vec![(value, root)];
        while let Some((value, keys)) = stack.pop() {
            match value {
                Value::Mapping(map) => {
                    for (key, child) in map {
                        let key = key.as_str();
                        if let (Some("$ref"), Value::String(reference)) = (key, child) {
                            if let Ok(target) = refs::target(&self.own_name, &base, reference) {
                                let name = target.document();
                                if !name.is_empty() && !self.files.contains_key(name) {
                                    pending.push(name.to_owned());
                                }
                            }
                            continue;
                        }
                        let data = key.is_some_and(|key| {
                            matches!(key, "example" | "default" | "enum" | "const" | "value")
                                || key.starts_with("x-")
                        });
                        if data && keys == Keys::Keywords {
                            continue;
                        }
                        // A map of names is under a keyword, never under a name.
                        let names_below = keys != Keys::Names
                            && key.is_some_and(|key| {
                                key == "examples" || super::located::NAME_MAPS.contains(&key)
                            });
                        stack.push((
                            child,
                            if names_below {
                                Keys::Names
                            } else {
                                Keys::Keywords
                            },
                        ));
                    }
                }
                Value::Sequence(items) => {
                    stack.extend(items.iter().map(|item| (item, Keys::Keywords)));
                }
                _ => {}
            }
        }
    }

    /// Whether the spec is one file: no `$ref` names another.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The parsed file `name`, if a `$ref` named it.
    pub fn get(&self, name: &str) -> Option<&Result<Value, Unread>> {
        self.files.get(name)
    }

    /// Every file that parsed, by name, for rewriting.
    pub fn parsed_mut(&mut self) -> impl Iterator<Item = (&String, &mut Value)> {
        self.files
            .iter_mut()
            .filter_map(|(name, parsed)| parsed.as_mut().ok().map(|value| (name, value)))
    }

    /// The file `name`, for rewriting.
    pub fn value_mut(&mut self, name: &str) -> Option<&mut Value> {
        self.files.get_mut(name)?.as_mut().ok()
    }

    /// The spec's own file name.
    pub fn own_name(&self) -> &str {
        &self.own_name
    }

    /// The file `name` as errors name it: beside the spec, `.` and `..`
    /// resolved (`tests/fixtures/multi_file/common/errors.yaml`).
    pub fn shown_path(&self, name: &str) -> PathBuf {
        normalized(&self.shown_dir.join(name))
    }
}

/// `path` with `.` and `..` resolved lexically (a `..` that leaves a
/// relative path is kept).
pub(super) fn normalized(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(component),
            },
            other => out.push(other),
        }
    }
    out.iter().collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{Files, parse_value};

    /// The files a spec's `$ref`s lead to are read, wherever a key the spec
    /// chose leads (at another file's root too); a `$ref` inside data is
    /// not followed.
    #[test]
    fn refs_under_chosen_keys_are_followed_and_refs_in_data_are_not() {
        let dir = std::env::temp_dir().join(format!("sb-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let spec = "openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        default: {$ref: 'responses.yaml#/default'}
      x-data: {properties: {default: {$ref: 'in-extension.yaml'}}}
webhooks:
  default:
    post:
      requestBody: {$ref: 'hook.yaml'}
components:
  schemas:
    A:
      type: object
      dependentSchemas:
        default: {$ref: 'dependent.yaml'}
      properties:
        enum: {$ref: 'property.yaml'}
      default: {$ref: 'in-default.yaml'}
  examples:
    default: {$ref: 'example.yaml'}
    enum: {value: {$ref: 'in-value.yaml'}}
";
        std::fs::write(
            dir.join("responses.yaml"),
            "default:\n  description: x\n  content:\n    application/json:\n      schema: {$ref: 'fault.yaml#/Fault'}\n",
        )
        .unwrap();
        let root: serde_yaml::Value = serde_yaml::from_str(spec).unwrap();
        let files = Files::read(&dir.join("api.yaml"), Path::new("api.yaml"), &root);
        for read in [
            "responses.yaml",
            "fault.yaml",
            "hook.yaml",
            "dependent.yaml",
            "property.yaml",
            "example.yaml",
        ] {
            assert!(files.get(read).is_some(), "{read} is not read");
        }
        for data in ["in-extension.yaml", "in-default.yaml", "in-value.yaml"] {
            assert!(files.get(data).is_none(), "{data} is read");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A syntax error names its place once, in the error's place; the
    /// parser's other places stay in the message.
    #[test]
    fn a_syntax_error_names_its_place_once() {
        let json = parse_value(Path::new("api.json"), "{\n  \"a\": }").unwrap_err();
        assert_eq!(json.pointer, "line 2, column 8");
        assert!(!json.message.contains("line 2"), "{}", json.message);
        assert!(
            json.message.starts_with("not valid JSON: "),
            "{}",
            json.message
        );
        let yaml = parse_value(Path::new("api.yaml"), "a: [1,\nb: 2\n").unwrap_err();
        assert!(yaml.pointer.starts_with("line "), "{}", yaml.pointer);
        let place = yaml.pointer.replace(',', "");
        assert!(!yaml.message.contains(&place), "{}", yaml.message);
        assert!(
            yaml.message
                .contains("while parsing a flow sequence at line 1"),
            "{}",
            yaml.message
        );
    }
}
