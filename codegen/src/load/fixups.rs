//! What a 3.0 or 3.1 document may hold that the 3.0 reader (`openapiv3`)
//! cannot read, rewritten before it reads the document.

use serde_yaml::Value;

use super::files::{Files, key_text};
use crate::error::Pointer;
use crate::ir::Warning;

/// Callbacks are not generated (a client makes requests; it does not serve
/// the provider's), and `openapiv3` cannot read one given by `$ref`: each
/// operation's `callbacks` is taken out with a warning, in every file of
/// the spec, and so is `components/callbacks`, which only callbacks use.
/// Says whether the spec's own document changed.
pub(super) fn callbacks(root: &mut Value, files: &mut Files, warnings: &mut Vec<Warning>) -> bool {
    let mut found = Vec::new();
    take_callbacks(root, &mut Vec::new(), &mut found);
    let mut changed = !found.is_empty();
    if let Some(Value::Mapping(components)) = root.get_mut("components") {
        changed |= components.remove("callbacks").is_some();
    }
    push_warnings(Pointer::root(), found, warnings);
    for (name, value) in files.parsed_mut() {
        let mut found = Vec::new();
        take_callbacks(value, &mut Vec::new(), &mut found);
        push_warnings(Pointer::document_root(name), found, warnings);
    }
    changed
}

fn push_warnings(root: Pointer, found: Vec<(Vec<String>, Vec<String>)>, out: &mut Vec<Warning>) {
    for (segments, names) in found {
        let at = segments
            .iter()
            .fold(root.clone(), |at, segment| at.join(segment))
            .join("callbacks");
        let names: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
        out.push(Warning {
            pointer: at.to_string(),
            message: format!(
                "callbacks ({}) are not generated: the client makes requests, it does not receive the provider's",
                names.join(", ")
            ),
        });
    }
}

/// Takes `callbacks` out of every operation (a mapping with `responses`)
/// inside `value`, recording where and which.
fn take_callbacks(
    value: &mut Value,
    path: &mut Vec<String>,
    found: &mut Vec<(Vec<String>, Vec<String>)>,
) {
    match value {
        Value::Mapping(map) => {
            if map.contains_key("responses") {
                match map.remove("callbacks") {
                    Some(Value::Mapping(callbacks)) if !callbacks.is_empty() => {
                        found.push((path.clone(), callbacks.keys().map(key_text).collect()));
                    }
                    _ => {}
                }
            }
            for (key, child) in map.iter_mut() {
                let key = key_text(key);
                // Values, not the document: an example may look like anything.
                if matches!(key.as_str(), "example" | "examples" | "default" | "enum") {
                    continue;
                }
                path.push(key);
                take_callbacks(child, path, found);
                path.pop();
            }
        }
        Value::Sequence(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                path.push(index.to_string());
                take_callbacks(item, path, found);
                path.pop();
            }
        }
        _ => {}
    }
}
