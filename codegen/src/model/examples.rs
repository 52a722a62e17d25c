//! The spec's examples of parameters, request bodies and replies: found
//! (`example`, the first of `examples`, else the schema's `example`) while an
//! operation is read, and checked against the types once every type is
//! known. An example that does not fit its type is a warning and is left
//! out of the docs, which never show a value the client would not send or
//! could not decode.

use indexmap::IndexMap;
use openapiv3::{Example as SpecExample, ReferenceOr, Schema};
use serde_json::Value;

use super::Model;
use crate::error::Pointer;
use crate::ir::{Example, Operation, TypeDef, TypeKind, TypeRef, UnionVariant, Warning};

/// How deep an example is followed; deeper parts are taken on trust.
const MAX_DEPTH: usize = 32;

impl Model<'_> {
    /// The example of a parameter or media type: its `example`, else the
    /// first of its `examples` that has a value, else its schema's.
    pub(super) fn example(
        &self,
        example: Option<&Value>,
        examples: &IndexMap<String, ReferenceOr<SpecExample>>,
        at: &Pointer,
        schema: Option<&ReferenceOr<Schema>>,
    ) -> Option<Example> {
        if let Some(value) = example {
            return Some(Example {
                value: value.clone(),
                at: at.join("example").to_string(),
            });
        }
        for (name, example) in examples {
            let example_at = at.join("examples").join(name);
            // An example that does not resolve is the `$ref` check's to
            // report; the docs just go without it.
            let Ok((example, example_at)) = self.spec.resolve(example, &example_at) else {
                continue;
            };
            if let Some(value) = example.into_owned().value {
                return Some(Example {
                    value,
                    at: example_at.join("value").to_string(),
                });
            }
        }
        let schema = schema?;
        let located = self.locate(schema, &at.join("schema")).ok()?;
        let value = located.schema.schema_data.example.clone()?;
        Some(Example {
            value,
            at: located.at.join("example").to_string(),
        })
    }
}

/// Drops every example of `operations` that does not fit its type, with a
/// warning that says where and why.
pub(super) fn check(types: &[TypeDef], operations: &mut [Operation], warnings: &mut Vec<Warning>) {
    let mut keep = |example: &mut Option<Example>, ty: &TypeRef, sent: bool| {
        let Some(found) = example else {
            return;
        };
        if let Err(misfit) = fits(types, ty, &found.value, sent, "", 0) {
            let warning = Warning {
                pointer: found.at.clone(),
                message: format!(
                    "the example does not fit the schema{}: {}; the docs leave it out",
                    if misfit.path.is_empty() {
                        String::new()
                    } else {
                        format!(" at `{}`", misfit.path)
                    },
                    misfit.why
                ),
            };
            if !warnings.contains(&warning) {
                warnings.push(warning);
            }
            *example = None;
        }
    };
    for operation in operations {
        for param in &mut operation.params {
            keep(&mut param.example, &param.ty.clone(), true);
        }
        if let Some(body) = &mut operation.body {
            keep(&mut body.example, &body.ty.clone(), true);
        }
        for case in operation.success.iter_mut().chain(&mut operation.errors) {
            for media in &mut case.media {
                if !media.text {
                    keep(&mut media.example, &media.ty.clone(), false);
                } else if !media.example.as_ref().is_some_and(|e| e.value.is_string()) {
                    media.example = None;
                }
            }
        }
    }
}

/// Where in an example a value does not fit, and why.
struct Misfit {
    path: String,
    why: String,
}

fn misfit(path: &str, why: impl Into<String>) -> Result<(), Misfit> {
    Err(Misfit {
        path: path.to_owned(),
        why: why.into(),
    })
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "`null`",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Whether `value` decodes into (or, `sent`, is a valid request value of)
/// the type `ty`. `path` is where `value` is in the example.
fn fits(
    types: &[TypeDef],
    ty: &TypeRef,
    value: &Value,
    sent: bool,
    path: &str,
    depth: usize,
) -> Result<(), Misfit> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    let expected = |what: &str| misfit(path, format!("expected {what}, found {}", kind(value)));
    match ty {
        TypeRef::String => match value {
            Value::String(_) => Ok(()),
            _ => expected("a string"),
        },
        TypeRef::I32 => match value.as_i64() {
            Some(n) if i32::try_from(n).is_ok() => Ok(()),
            _ => expected("a 32-bit integer"),
        },
        TypeRef::I64 => match value.as_i64() {
            Some(_) => Ok(()),
            None => expected("an integer"),
        },
        TypeRef::Number => match value {
            Value::Number(_) => Ok(()),
            _ => expected("a number"),
        },
        TypeRef::Bool => match value {
            Value::Bool(_) => Ok(()),
            _ => expected("a boolean"),
        },
        TypeRef::Json => Ok(()),
        TypeRef::JsonObject => match value {
            Value::Object(_) => Ok(()),
            _ => expected("an object"),
        },
        // Raw bytes have no JSON example the docs could show.
        TypeRef::Bytes => misfit(path, "raw bytes have no example value"),
        TypeRef::Boxed(inner) => fits(types, inner, value, sent, path, depth + 1),
        TypeRef::Vec(item) => match value {
            Value::Array(items) => items.iter().enumerate().try_for_each(|(i, v)| {
                fits(types, item, v, sent, &format!("{path}/{i}"), depth + 1)
            }),
            _ => expected("an array"),
        },
        TypeRef::Map(item) => match value {
            Value::Object(map) => map.iter().try_for_each(|(key, v)| {
                fits(
                    types,
                    item,
                    v,
                    sent,
                    &format!("{path}/{}", escape(key)),
                    depth + 1,
                )
            }),
            _ => expected("an object"),
        },
        TypeRef::Named(id) => {
            let Some(def) = types.get(id.index()) else {
                return Ok(());
            };
            fits_def(types, def, value, sent, path, depth)
        }
    }
}

fn fits_def(
    types: &[TypeDef],
    def: &TypeDef,
    value: &Value,
    sent: bool,
    path: &str,
    depth: usize,
) -> Result<(), Misfit> {
    let expected = |what: &str| misfit(path, format!("expected {what}, found {}", kind(value)));
    match &def.kind {
        TypeKind::Enum { variants } => match value {
            Value::String(text) if variants.iter().any(|v| &v.wire == text) => Ok(()),
            // A reply may carry a value the spec does not list (`Unknown`);
            // a request example should not.
            Value::String(_) if !sent => Ok(()),
            Value::String(text) => misfit(path, format!("`{text}` is not one of the values")),
            _ => expected("a string"),
        },
        TypeKind::IntEnum { variants } => match value.as_i64() {
            Some(n) if variants.iter().any(|v| v.value == n) => Ok(()),
            Some(_) if !sent => Ok(()),
            Some(n) => misfit(path, format!("{n} is not one of the values")),
            None => expected("an integer"),
        },
        TypeKind::Union { variants, tag } => {
            fits_union(types, variants, tag, value, sent, path, depth)
        }
        TypeKind::ByStatus { .. } => Ok(()),
        TypeKind::Newtype { inner } => fits(types, inner, value, sent, path, depth + 1),
        TypeKind::Struct {
            fields,
            keeps_unknown,
            read_only,
            extra,
            ..
        } => {
            let Value::Object(map) = value else {
                return expected("an object");
            };
            for field in fields {
                let found = std::iter::once(&field.wire_name)
                    .chain(&field.aliases)
                    .find_map(|name| map.get(name));
                match found {
                    None if field.required && !field.constant => {
                        return misfit(
                            path,
                            format!("the required `{}` is missing", field.wire_name),
                        );
                    }
                    None => {}
                    Some(Value::Null) if field.nullable => {}
                    Some(found) => fits(
                        types,
                        &field.ty,
                        found,
                        sent,
                        &format!("{path}/{}", escape(&field.wire_name)),
                        depth + 1,
                    )?,
                }
            }
            for (key, found) in map {
                let known = fields
                    .iter()
                    .any(|f| &f.wire_name == key || f.aliases.contains(key));
                if known || read_only.contains(key) {
                    continue;
                }
                if let Some(extra) = extra {
                    fits(
                        types,
                        &extra.ty,
                        found,
                        sent,
                        &format!("{path}/{}", escape(key)),
                        depth + 1,
                    )?;
                } else if !keeps_unknown {
                    return misfit(path, format!("`{key}` is not a property of the schema"));
                }
            }
            Ok(())
        }
    }
}

fn fits_union(
    types: &[TypeDef],
    variants: &[UnionVariant],
    tag: &Option<String>,
    value: &Value,
    sent: bool,
    path: &str,
    depth: usize,
) -> Result<(), Misfit> {
    if let (Some(tag), Value::Object(map)) = (tag, value) {
        let Some(Value::String(found)) = map.get(tag) else {
            return misfit(path, format!("the tag `{tag}` is missing"));
        };
        return match variants.iter().find(|v| v.tags.iter().any(|t| t == found)) {
            Some(variant) => fits(types, &variant.ty, value, sent, path, depth + 1),
            None if !sent => Ok(()),
            None => misfit(path, format!("no alternative has the tag `{found}`")),
        };
    }
    if variants
        .iter()
        .any(|v| fits(types, &v.ty, value, sent, path, depth + 1).is_ok())
    {
        return Ok(());
    }
    misfit(path, "it fits none of the alternatives")
}

/// A JSON pointer segment (`~` and `/` escaped).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}
