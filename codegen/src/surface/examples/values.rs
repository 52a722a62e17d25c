//! Values written as Rust: from an example, or a placeholder of the type.

use std::fmt::Write as _;

use serde_json::Value;

use super::json::json_macro;
use super::{MAX_DEPTH, Pos, Writer};
use crate::ir::{BodyEncoding, Operation, TypeKind, TypeRef};
use crate::surface::{ArgumentSurface, Members, Target};

impl Writer<'_, '_> {
    /// `carrierx::Partner`, for a generated type.
    fn named(&self, id: crate::ir::TypeId) -> String {
        format!("{}::{}", self.module, self.surface.type_name(id).bare())
    }

    /// A type as a doctest outside the crate writes it.
    pub(super) fn spelled(&self, ty: &TypeRef) -> String {
        match ty {
            TypeRef::String => "String".to_owned(),
            TypeRef::I32 => "i32".to_owned(),
            TypeRef::I64 => "i64".to_owned(),
            TypeRef::Bool => "bool".to_owned(),
            TypeRef::Number => format!("{}::serde_json::Number", self.runtime),
            TypeRef::Json => format!("{}::serde_json::Value", self.runtime),
            TypeRef::JsonObject => format!(
                "{rt}::serde_json::Map<String, {rt}::serde_json::Value>",
                rt = self.runtime
            ),
            TypeRef::Bytes => format!("{}::Bytes", self.runtime),
            TypeRef::Boxed(inner) => format!("Box<{}>", self.spelled(inner)),
            TypeRef::Vec(item) => format!("Vec<{}>", self.spelled(item)),
            TypeRef::Map(value) => format!(
                "std::collections::BTreeMap<String, {}>",
                self.spelled(value)
            ),
            TypeRef::Named(id) => self.named(*id),
        }
    }

    /// One argument of the client method.
    pub(super) fn argument(
        &self,
        op: &Operation,
        argument: &ArgumentSurface,
        body: bool,
        body_example: Option<&Value>,
    ) -> Option<String> {
        let pos = if argument.converts {
            Pos::Into
        } else {
            Pos::Exact
        };
        match argument.fills {
            Target::Param(index) => {
                let param = op.params.get(index)?;
                match &param.example {
                    Some(example) => self.value(&param.ty, &example.value, pos, 0),
                    None => self.placeholder(&param.ty, &param.wire_name, pos, 0),
                }
            }
            Target::Body => body.then(|| "body".to_owned()),
            Target::PatchField(index) => {
                let body = op.body.as_ref()?;
                let field = self.surface.api.struct_fields(&body.ty)?.get(index)?;
                let found = body_example
                    .and_then(Value::as_object)
                    .and_then(|map| map.get(&field.wire_name));
                let value = match found {
                    Some(Value::Null) if field.nullable => return Some("None".to_owned()),
                    Some(value) => self.value(&field.ty, value, pos, 0)?,
                    None => self.placeholder(&field.ty, &field.wire_name, pos, 0)?,
                };
                Some(if field.nullable {
                    format!("Some({value})")
                } else {
                    value
                })
            }
        }
    }

    /// A request body from its example: field by field, else decoded from
    /// the example's JSON.
    /// Also says whether it is field by field.
    pub(super) fn body(
        &self,
        ty: &TypeRef,
        encoding: &BodyEncoding,
        example: &Value,
    ) -> Option<(String, bool)> {
        if let Some(value) = self.value(ty, example, Pos::Exact, 0) {
            return Some((value, true));
        }
        if matches!(encoding, BodyEncoding::Binary | BodyEncoding::Text) || has_bytes(self, ty, 0) {
            return None;
        }
        let json = json_macro(example)?;
        let value = format!(
            "{rt}::serde_json::from_value({rt}::serde_json::json!({json}))?",
            rt = self.runtime
        );
        Some((value, false))
    }

    /// `value` as an expression of type `ty`, or `None` when it cannot be
    /// written.
    pub(super) fn value(
        &self,
        ty: &TypeRef,
        value: &Value,
        pos: Pos,
        depth: usize,
    ) -> Option<String> {
        if depth > 16 {
            return None;
        }
        let indent = "    ".repeat(depth + 1);
        let close = "    ".repeat(depth);
        match (ty, value) {
            (TypeRef::String, Value::String(text)) => Some(match pos {
                Pos::Into => format!("{text:?}"),
                Pos::Exact => format!("{text:?}.into()"),
            }),
            (TypeRef::I32 | TypeRef::I64, Value::Number(n)) => n.as_i64().map(|n| n.to_string()),
            (TypeRef::Number, Value::Number(n)) => Some(number(n, pos, &self.runtime)),
            (TypeRef::Bool, Value::Bool(b)) => Some(b.to_string()),
            (TypeRef::Json, value) => Some(format!(
                "{}::serde_json::json!({})",
                self.runtime,
                json_macro(value)?
            )),
            (TypeRef::JsonObject, Value::Object(_)) => Some(format!(
                "{rt}::serde_json::from_value({rt}::serde_json::json!({}))?",
                json_macro(value)?,
                rt = self.runtime
            )),
            (TypeRef::Boxed(inner), value) => {
                let inner = self.value(inner, value, Pos::Exact, depth)?;
                Some(match pos {
                    Pos::Into => inner,
                    Pos::Exact => format!("Box::new({inner})"),
                })
            }
            (TypeRef::Vec(item), Value::Array(items)) => {
                let items: Vec<String> = items
                    .iter()
                    .map(|v| self.value(item, v, Pos::Exact, depth + 1))
                    .collect::<Option<_>>()?;
                Some(list("vec![", &items, "]", &indent, &close))
            }
            (TypeRef::Map(item), Value::Object(map)) => {
                if map.is_empty() {
                    return Some("Default::default()".to_owned());
                }
                let entries: Vec<String> = map
                    .iter()
                    .map(|(key, v)| {
                        let v = self.value(item, v, Pos::Exact, depth + 1)?;
                        Some(format!("({key:?}.into(), {v})"))
                    })
                    .collect::<Option<_>>()?;
                Some(list(
                    "std::collections::BTreeMap::from([",
                    &entries,
                    "])",
                    &indent,
                    &close,
                ))
            }
            (TypeRef::Named(id), value) => self.named_value(*id, value, depth),
            _ => None,
        }
    }

    fn named_value(&self, id: crate::ir::TypeId, value: &Value, depth: usize) -> Option<String> {
        let def = self.surface.api.types.get(id.index())?;
        let name = self.named(id);
        match (&def.kind, value) {
            (TypeKind::Enum { variants }, Value::String(text)) => {
                match variants.iter().position(|v| &v.wire == text) {
                    Some(index) => {
                        let variant = self.surface.variants(id).get(index)?;
                        Some(format!("{name}::{}", variant.name.as_code()))
                    }
                    None => Some(format!("{name}::from({text:?})")),
                }
            }
            (TypeKind::IntEnum { variants }, Value::Number(n)) => {
                let n = n.as_i64()?;
                let index = variants.iter().position(|v| v.value == n)?;
                let variant = self.surface.variants(id).get(index)?;
                Some(format!("{name}::{}", variant.name.as_code()))
            }
            (TypeKind::Struct { .. }, Value::Object(map)) => self.struct_value(id, map, depth),
            (TypeKind::Newtype { inner }, value) => {
                let inner = self.value(inner, value, Pos::Exact, depth)?;
                Some(format!("{name}({inner})"))
            }
            // A tagged union: the alternative its tag selects.
            (
                TypeKind::Union {
                    variants,
                    tag: Some(tag),
                },
                Value::Object(map),
            ) => {
                let Some(Value::String(found)) = map.get(tag) else {
                    return None;
                };
                let index = variants.iter().position(|v| v.tags.contains(found))?;
                let variant = self.surface.variants(id).get(index)?;
                let inner = self.value(&variants.get(index)?.ty, value, Pos::Exact, depth)?;
                Some(format!("{name}::{}({inner})", variant.name.as_code()))
            }
            _ => None,
        }
    }

    /// `Type::new(required…)`, with the optional fields the example sets by
    /// struct-update syntax.
    fn struct_value(
        &self,
        id: crate::ir::TypeId,
        map: &serde_json::Map<String, Value>,
        depth: usize,
    ) -> Option<String> {
        let def = self.surface.api.types.get(id.index())?;
        let TypeKind::Struct {
            fields,
            read_only,
            extra,
            ..
        } = &def.kind
        else {
            return None;
        };
        let Members::Struct {
            fields: named,
            extra: extra_name,
            constructor,
            ..
        } = &self.surface.types.get(id.index())?.members
        else {
            return None;
        };
        let name = self.named(id);
        let indent = "    ".repeat(depth + 1);
        let close = "    ".repeat(depth);
        let found = |field: &crate::ir::Field| {
            std::iter::once(&field.wire_name)
                .chain(&field.aliases)
                .find_map(|wire| map.get(wire))
        };
        // Fields the spec does not list (but read-only ones a request
        // leaves out): only a typed `additionalProperties` map holds them.
        let mut others = Vec::new();
        for (key, value) in map {
            let known = fields
                .iter()
                .any(|f| &f.wire_name == key || f.aliases.contains(key));
            if known || read_only.contains(key) {
                continue;
            }
            let extra = extra.as_ref()?;
            let value = self.value(&extra.ty, value, Pos::Exact, depth + 2)?;
            others.push(format!("({key:?}.into(), {value})"));
        }
        let mut arguments = Vec::new();
        if let Some(constructor) = constructor {
            for argument in &constructor.arguments {
                let field = fields.get(argument.field)?;
                let pos = if argument.converts {
                    Pos::Into
                } else {
                    Pos::Exact
                };
                arguments.push(match found(field) {
                    Some(Value::Null) if field.nullable => "None".to_owned(),
                    Some(value) if field.nullable => {
                        format!(
                            "Some({})",
                            self.value(&field.ty, value, Pos::Exact, depth + 1)?
                        )
                    }
                    Some(value) => self.value(&field.ty, value, pos, depth + 1)?,
                    None => self.placeholder(&field.ty, &field.wire_name, pos, depth + 1)?,
                });
            }
        }
        let mut set = Vec::new();
        for (field, surface) in fields.iter().zip(named) {
            if field.required {
                continue;
            }
            let Some(value) = found(field) else { continue };
            let field_name = surface.name.as_code();
            let value = match (value, field.nullable) {
                (Value::Null, true) => "Some(None)".to_owned(),
                (value, nullable) => {
                    let value = self.value(&field.ty, value, Pos::Exact, depth + 1)?;
                    if nullable {
                        format!("Some(Some({value}))")
                    } else {
                        format!("Some({value})")
                    }
                }
            };
            set.push(format!("{field_name}: {value}"));
        }
        if !others.is_empty() {
            let extra_name = extra_name.as_ref()?;
            set.push(format!(
                "{}: {}",
                extra_name.as_code(),
                list(
                    "std::collections::BTreeMap::from([",
                    &others,
                    "])",
                    &format!("{indent}    "),
                    &indent
                )
            ));
        }
        if set.is_empty() {
            return Some(match constructor {
                Some(_) => list(&format!("{name}::new("), &arguments, ")", &indent, &close),
                None => format!("{name}::default()"),
            });
        }
        let mut text = format!("{name} {{\n");
        for line in &set {
            let _ = writeln!(text, "{indent}{line},");
        }
        // After `..`, one level deeper.
        let base = match constructor {
            Some(_) => list(
                &format!("{name}::new("),
                &arguments,
                ")",
                &format!("{indent}    "),
                &indent,
            ),
            None => "Default::default()".to_owned(),
        };
        let _ = write!(text, "{indent}..{base}\n{close}}}");
        Some(text)
    }

    /// A value of type `ty` where the spec gives no example: text named
    /// after what it fills, `1`, the first value of an enum, a struct from
    /// placeholders of its required fields.
    pub(super) fn placeholder(
        &self,
        ty: &TypeRef,
        what: &str,
        pos: Pos,
        depth: usize,
    ) -> Option<String> {
        if depth > MAX_DEPTH {
            return None;
        }
        match ty {
            TypeRef::String => self.value(ty, &Value::String(what.to_owned()), pos, depth),
            TypeRef::I32 | TypeRef::I64 | TypeRef::Number => {
                self.value(ty, &Value::from(1), pos, depth)
            }
            TypeRef::Bool => Some("true".to_owned()),
            TypeRef::Json => Some(format!("{}::serde_json::Value::Null", self.runtime)),
            TypeRef::JsonObject | TypeRef::Map(_) | TypeRef::Bytes => Some(match pos {
                Pos::Into => format!("{}::default()", self.spelled(ty)),
                Pos::Exact => "Default::default()".to_owned(),
            }),
            TypeRef::Vec(_) => Some("Vec::new()".to_owned()),
            TypeRef::Boxed(inner) => {
                let inner = self.placeholder(inner, what, Pos::Exact, depth + 1)?;
                Some(match pos {
                    Pos::Into => inner,
                    Pos::Exact => format!("Box::new({inner})"),
                })
            }
            TypeRef::Named(id) => {
                let def = self.surface.api.types.get(id.index())?;
                match &def.kind {
                    TypeKind::Enum { variants } => {
                        let first = variants.first()?;
                        self.named_value(*id, &Value::String(first.wire.clone()), depth)
                    }
                    TypeKind::IntEnum { variants } => {
                        let first = variants.first()?;
                        self.named_value(*id, &Value::from(first.value), depth)
                    }
                    TypeKind::Struct { .. } => {
                        self.struct_value(*id, &serde_json::Map::new(), depth)
                    }
                    TypeKind::Union { variants, tag } => {
                        // The first alternative; a tagged one with its tag.
                        let first = variants.first()?;
                        if let (Some(tag), Some(value)) = (tag, first.tags.first()) {
                            let mut map = serde_json::Map::new();
                            map.insert(tag.clone(), Value::String(value.clone()));
                            return self.named_value(*id, &Value::Object(map), depth);
                        }
                        let name = self.surface.variants(*id).first()?.name.as_code();
                        let inner = self.placeholder(&first.ty, what, Pos::Exact, depth + 1)?;
                        Some(format!("{}::{name}({inner})", self.named(*id)))
                    }
                    TypeKind::Newtype { inner } => {
                        let inner = self.placeholder(inner, what, Pos::Exact, depth + 1)?;
                        Some(format!("{}({inner})", self.named(*id)))
                    }
                    TypeKind::ByStatus { .. } => None,
                }
            }
        }
    }
}

/// Whether `ty` holds raw bytes, which no JSON example can give.
fn has_bytes(writer: &Writer<'_, '_>, ty: &TypeRef, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    match ty {
        TypeRef::Bytes => true,
        TypeRef::Boxed(inner) | TypeRef::Vec(inner) | TypeRef::Map(inner) => {
            has_bytes(writer, inner, depth + 1)
        }
        TypeRef::Named(id) => match writer.surface.api.types.get(id.index()).map(|d| &d.kind) {
            Some(TypeKind::Struct { fields, .. }) => fields
                .iter()
                .any(|field| has_bytes(writer, &field.ty, depth + 1)),
            Some(TypeKind::Union { variants, .. }) => variants
                .iter()
                .any(|variant| has_bytes(writer, &variant.ty, depth + 1)),
            Some(TypeKind::Newtype { inner }) => has_bytes(writer, inner, depth + 1),
            _ => false,
        },
        _ => false,
    }
}

/// A JSON number as a `serde_json::Number`: integers convert, others parse.
fn number(n: &serde_json::Number, pos: Pos, runtime: &str) -> String {
    if let Some(int) = n.as_i64() {
        let literal = if i32::try_from(int).is_ok() {
            int.to_string()
        } else {
            format!("{int}i64")
        };
        return match pos {
            Pos::Into => literal,
            Pos::Exact => format!("{literal}.into()"),
        };
    }
    if let Some(int) = n.as_u64() {
        return match pos {
            Pos::Into => format!("{int}u64"),
            Pos::Exact => format!("{int}u64.into()"),
        };
    }
    format!("\"{n}\".parse::<{runtime}::serde_json::Number>()?")
}

/// Items on one line when short, else one per line.
fn list(open: &str, items: &[String], close_with: &str, indent: &str, close: &str) -> String {
    let one_line = items.join(", ");
    if one_line.len() + open.len() <= 60 && !one_line.contains('\n') {
        return format!("{open}{one_line}{close_with}");
    }
    let mut text = format!("{open}\n");
    for item in items {
        let _ = writeln!(text, "{indent}{item},");
    }
    let _ = write!(text, "{close}{close_with}");
    text
}
