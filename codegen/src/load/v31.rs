//! OpenAPI 3.1 read as 3.0: the document's YAML value is rewritten in place,
//! before `openapiv3` (a 3.0 reader) or any `$ref` lookup sees it, so the
//! rest of the generator has one model to understand.
//!
//! What changes, in every schema (the walk knows where schemas are: under
//! `components/schemas`, a parameter's, header's or media type's `schema`,
//! and inside schemas; and wherever a `$ref` from such a place points, in
//! this file or another):
//!
//! - `type: [T, "null"]` → `type: T`, `nullable: true`; several types → an
//!   `anyOf` of one schema per type, each with that type's keywords;
//! - `const: v` → `enum: [v]`;
//! - `examples: [a, …]` → `example: a`;
//! - numeric `exclusiveMinimum: n` → `minimum: n`, `exclusiveMinimum: true`
//!   (the stricter bound wins when both are given); the same for maximum;
//! - `$ref` beside other keywords → `allOf: [{$ref}]` beside them (3.1
//!   applies both; 3.0 would ignore the siblings);
//! - `true` / `false` as a schema → `{}` / `{not: {}}`;
//! - `contentEncoding: base64` → `format: byte`; `contentMediaType` on a
//!   string without `format` → `format: binary`;
//! - `prefixItems` (tuples) → left out, with a warning: a list of any JSON
//!   value.
//!
//! And in the document: no `paths` → none; `webhooks` → left out, with a
//! warning. `$defs` are schemas like any other: a `$ref` into them is
//! looked up where it points.

use std::collections::BTreeSet;

use serde_yaml::{Mapping, Value};

use super::files::{Files, key_text, lookup_mut};
use super::refs::target;
use crate::error::Pointer;
use crate::ir::Warning;

/// The kind of node the walk is at: what its keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    PathItem,
    Operation,
    /// A parameter or a header.
    Parameter,
    RequestBody,
    Response,
    MediaType,
    Schema,
}

/// Rewrites the 3.1 document `root` (and the parts of `files` it refers to)
/// into the 3.0 shape.
pub(super) fn translate(root: &mut Value, files: &mut Files, warnings: &mut Vec<Warning>) {
    let mut walk = Walk {
        own_name: files.own_name().to_owned(),
        queue: Vec::new(),
        seen: BTreeSet::new(),
        warnings,
    };
    walk.document(root);
    // Whatever a `$ref` reached: in this file (outside the places walked
    // already, or not), or in another.
    while let Some((at, kind)) = walk.queue.pop() {
        let value = match at.document() {
            "" => lookup_mut(root, &at),
            file => files
                .value_mut(file)
                .and_then(|value| lookup_mut(value, &at)),
        };
        if let Some(value) = value {
            walk.node(value, &at, kind);
        }
    }
}

struct Walk<'w> {
    own_name: String,
    /// `$ref` targets still to rewrite, with the kind of node they are.
    queue: Vec<(Pointer, Kind)>,
    /// Targets queued once already.
    seen: BTreeSet<(String, Kind)>,
    warnings: &'w mut Vec<Warning>,
}

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Walk<'_> {
    fn warn(&mut self, at: &Pointer, message: impl Into<String>) {
        self.warnings.push(Warning {
            pointer: at.to_string(),
            message: message.into(),
        });
    }

    fn document(&mut self, root: &mut Value) {
        let at = Pointer::root();
        let Value::Mapping(doc) = root else { return };
        if let Some(Value::Mapping(webhooks)) = doc.get("webhooks") {
            let names: Vec<String> = webhooks
                .keys()
                .map(|key| format!("`{}`", key_text(key)))
                .collect();
            if !names.is_empty() {
                let message = format!(
                    "webhooks ({}) are not generated: the client makes requests, it does not receive the provider's",
                    names.join(", ")
                );
                self.warn(&at.join("webhooks"), message);
            }
        }
        // 3.1 makes `paths` optional (a document of webhooks or components).
        if !doc.contains_key("paths") {
            doc.insert("paths".into(), Value::Mapping(Mapping::new()));
        }
        if let Some(Value::Mapping(paths)) = doc.get_mut("paths") {
            let paths_at = at.join("paths");
            for (key, item) in paths.iter_mut() {
                self.node(item, &paths_at.join(key_text(key)), Kind::PathItem);
            }
        }
        if let Some(Value::Mapping(components)) = doc.get_mut("components") {
            let components_at = at.join("components");
            for (section, kind) in [
                ("schemas", Kind::Schema),
                ("parameters", Kind::Parameter),
                ("headers", Kind::Parameter),
                ("requestBodies", Kind::RequestBody),
                ("responses", Kind::Response),
                ("pathItems", Kind::PathItem),
            ] {
                self.each_value(
                    components.get_mut(section),
                    &components_at.join(section),
                    kind,
                );
            }
        }
    }

    /// Walks every value of the mapping `value` (at `at`) as a `kind`.
    fn each_value(&mut self, value: Option<&mut Value>, at: &Pointer, kind: Kind) {
        if let Some(Value::Mapping(map)) = value {
            for (key, child) in map.iter_mut() {
                self.node(child, &at.join(key_text(key)), kind);
            }
        }
    }

    /// Walks every item of the sequence `value` (at `at`) as a `kind`.
    fn each_item(&mut self, value: Option<&mut Value>, at: &Pointer, kind: Kind) {
        if let Some(Value::Sequence(items)) = value {
            for (index, child) in items.iter_mut().enumerate() {
                self.node(child, &at.join(index.to_string()), kind);
            }
        }
    }

    fn child(&mut self, map: &mut Mapping, key: &str, at: &Pointer, kind: Kind) {
        if let Some(child) = map.get_mut(key) {
            self.node(child, &at.join(key), kind);
        }
    }

    /// Rewrites the node `value` at `at`, a `kind`.
    fn node(&mut self, value: &mut Value, at: &Pointer, kind: Kind) {
        if kind == Kind::Schema {
            if let Value::Bool(allowed) = value {
                *value = boolean_schema(*allowed);
            }
        }
        let Value::Mapping(map) = value else { return };
        if kind == Kind::Schema {
            self.schema(map, at);
        }
        if let Some(Value::String(reference)) = map.get("$ref") {
            if let Ok(target) = target(&self.own_name, at, reference) {
                if self.seen.insert((target.to_string(), kind)) {
                    self.queue.push((target, kind));
                }
            }
            return;
        }
        match kind {
            Kind::PathItem => {
                self.each_item(
                    map.get_mut("parameters"),
                    &at.join("parameters"),
                    Kind::Parameter,
                );
                for method in METHODS {
                    self.child(map, method, at, Kind::Operation);
                }
            }
            Kind::Operation => {
                self.each_item(
                    map.get_mut("parameters"),
                    &at.join("parameters"),
                    Kind::Parameter,
                );
                self.child(map, "requestBody", at, Kind::RequestBody);
                self.each_value(
                    map.get_mut("responses"),
                    &at.join("responses"),
                    Kind::Response,
                );
            }
            Kind::Parameter => {
                self.child(map, "schema", at, Kind::Schema);
                self.each_value(map.get_mut("content"), &at.join("content"), Kind::MediaType);
            }
            Kind::RequestBody => {
                self.each_value(map.get_mut("content"), &at.join("content"), Kind::MediaType);
            }
            Kind::Response => {
                self.each_value(map.get_mut("headers"), &at.join("headers"), Kind::Parameter);
                self.each_value(map.get_mut("content"), &at.join("content"), Kind::MediaType);
            }
            Kind::MediaType => {
                self.child(map, "schema", at, Kind::Schema);
                if let Some(Value::Mapping(encodings)) = map.get_mut("encoding") {
                    let encoding_at = at.join("encoding");
                    for (key, encoding) in encodings.iter_mut() {
                        if let Value::Mapping(encoding) = encoding {
                            let headers_at = encoding_at.join(key_text(key)).join("headers");
                            self.each_value(
                                encoding.get_mut("headers"),
                                &headers_at,
                                Kind::Parameter,
                            );
                        }
                    }
                }
            }
            Kind::Schema => {
                for keyword in ["properties", "patternProperties", "$defs", "definitions"] {
                    self.each_value(map.get_mut(keyword), &at.join(keyword), Kind::Schema);
                }
                for keyword in ["allOf", "anyOf", "oneOf"] {
                    self.each_item(map.get_mut(keyword), &at.join(keyword), Kind::Schema);
                }
                for keyword in ["items", "not"] {
                    self.child(map, keyword, at, Kind::Schema);
                }
                // `additionalProperties: true | false` means what it does in 3.0.
                if let Some(child @ Value::Mapping(_)) = map.get_mut("additionalProperties") {
                    self.node(child, &at.join("additionalProperties"), Kind::Schema);
                }
            }
        }
    }

    /// The 3.1 keywords of one schema, rewritten as 3.0 ones.
    fn schema(&mut self, map: &mut Mapping, at: &Pointer) {
        match map.get("type") {
            Some(Value::Sequence(types)) => {
                let types = types.clone();
                self.type_list(map, &types, at);
            }
            Some(Value::String(_)) | None => {}
            Some(_) => {
                map.remove("type");
                self.warn(
                    &at.join("type"),
                    "`type` is neither a type name nor a list of them: left out",
                );
            }
        }
        if let Some(value) = map.remove("const") {
            if value.is_null() {
                map.insert("nullable".into(), Value::Bool(true));
            }
            if !map.contains_key("enum") {
                map.insert("enum".into(), Value::Sequence(vec![value]));
            }
        }
        if let Some(Value::Sequence(examples)) = map.get("examples").cloned() {
            map.remove("examples");
            if let (false, Some(first)) = (map.contains_key("example"), examples.into_iter().next())
            {
                map.insert("example".into(), first);
            }
        }
        exclusive_bound(map, "exclusiveMinimum", "minimum", |bound, other| {
            bound >= other
        });
        exclusive_bound(map, "exclusiveMaximum", "maximum", |bound, other| {
            bound <= other
        });
        let is_string = map.get("type").and_then(Value::as_str) == Some("string");
        if is_string && !map.contains_key("format") {
            let base64 = map.get("contentEncoding").and_then(Value::as_str) == Some("base64");
            if base64 {
                map.insert("format".into(), "byte".into());
            } else if map.contains_key("contentMediaType") {
                map.insert("format".into(), "binary".into());
            }
        }
        if map.remove("prefixItems").is_some() && !map.contains_key("items") {
            self.warn(
                at,
                "`prefixItems` (a tuple) cannot be expressed as one Rust list type: typed as a list of any JSON value",
            );
        }
        // `$ref` beside other keywords: both apply.
        let siblings = map.keys().any(|key| {
            !matches!(
                key.as_str(),
                Some("$ref" | "$defs" | "$comment" | "$schema" | "$id")
            )
        });
        if siblings {
            if let Some(reference) = map.remove("$ref") {
                let mut only = Mapping::new();
                only.insert("$ref".into(), reference);
                let mut members = vec![Value::Mapping(only)];
                if let Some(Value::Sequence(existing)) = map.remove("allOf") {
                    members.extend(existing);
                }
                map.insert("allOf".into(), Value::Sequence(members));
            }
        }
    }

    /// `type: [..]`: `"null"` makes the schema nullable; one other type is
    /// the type; several are an `anyOf` of one schema per type.
    fn type_list(&mut self, map: &mut Mapping, types: &[Value], at: &Pointer) {
        let mut names: Vec<String> = types
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        names.dedup();
        if names.iter().any(|name| name == "null") {
            map.insert("nullable".into(), Value::Bool(true));
            names.retain(|name| name != "null");
        }
        match names.as_slice() {
            [] => {
                map.insert("type".into(), "null".into());
            }
            [one] => {
                map.insert("type".into(), one.as_str().into());
            }
            several => {
                map.remove("type");
                if map.contains_key("anyOf") || map.contains_key("oneOf") {
                    self.warn(
                        &at.join("type"),
                        "several types beside `anyOf` / `oneOf`: the types are left to the alternatives",
                    );
                    return;
                }
                let alternatives = several.iter().map(|name| one_type(map, name)).collect();
                for keywords in TYPE_KEYWORDS.iter().map(|(_, keywords)| keywords) {
                    for keyword in *keywords {
                        map.remove(*keyword);
                    }
                }
                map.remove("enum");
                map.insert("anyOf".into(), Value::Sequence(alternatives));
            }
        }
    }
}

/// The keywords that belong to each JSON type.
const TYPE_KEYWORDS: [(&str, &[&str]); 5] = [
    ("string", &["pattern", "minLength", "maxLength", "format"]),
    (
        "integer",
        &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "format",
        ],
    ),
    (
        "number",
        &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "format",
        ],
    ),
    ("array", &["items", "minItems", "maxItems", "uniqueItems"]),
    (
        "object",
        &[
            "properties",
            "required",
            "additionalProperties",
            "minProperties",
            "maxProperties",
        ],
    ),
];

/// The schema of one type of a multi-type `type`: that type, its keywords
/// and the `enum` values of its kind.
fn one_type(map: &Mapping, name: &str) -> Value {
    let mut out = Mapping::new();
    out.insert("type".into(), name.into());
    let keywords = TYPE_KEYWORDS
        .iter()
        .find(|(kind, _)| *kind == name)
        .map_or(&[][..], |(_, keywords)| *keywords);
    for keyword in keywords {
        if let Some(value) = map.get(*keyword) {
            out.insert((*keyword).into(), value.clone());
        }
    }
    if let Some(Value::Sequence(values)) = map.get("enum") {
        let fits = |value: &Value| match name {
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_bool(),
            _ => false,
        };
        let values: Vec<Value> = values.iter().filter(|value| fits(value)).cloned().collect();
        if !values.is_empty() {
            out.insert("enum".into(), Value::Sequence(values));
        }
    }
    Value::Mapping(out)
}

/// A numeric `exclusive` bound (`exclusiveMinimum: 5`) as 3.0 writes it:
/// `minimum: 5, exclusiveMinimum: true`, unless the inclusive bound given
/// beside it is stricter (`stricter(exclusive, inclusive)` says it is not).
fn exclusive_bound(
    map: &mut Mapping,
    exclusive: &str,
    inclusive: &str,
    stricter: fn(f64, f64) -> bool,
) {
    let Some(Value::Number(bound)) = map.get(exclusive).cloned() else {
        return;
    };
    let other = map.get(inclusive).and_then(Value::as_f64);
    let wins = match (bound.as_f64(), other) {
        (Some(bound), Some(other)) => stricter(bound, other),
        _ => true,
    };
    if wins {
        map.insert(inclusive.into(), Value::Number(bound));
        map.insert(exclusive.into(), Value::Bool(true));
    } else {
        map.remove(exclusive);
    }
}

/// `true` (anything) and `false` (nothing) as schemas.
fn boolean_schema(allowed: bool) -> Value {
    let mut map = Mapping::new();
    if !allowed {
        map.insert("not".into(), Value::Mapping(Mapping::new()));
    }
    Value::Mapping(map)
}
