//! How a type is spelled in Rust: one tree per type reference, from which
//! both the tokens `emit` writes and the text docs and `xtask diff` show are
//! made, so the two can never disagree.

use crate::ir::TypeRef;
use crate::naming::{Name, Type};

/// A Rust type as the generated code writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spelled {
    /// `()`.
    Unit,
    /// `String`.
    String,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `bool`.
    Bool,
    /// `serde_json::Number`.
    Number,
    /// `serde_json::Value`.
    Json,
    /// `serde_json::Map<String, serde_json::Value>`.
    JsonObject,
    /// The runtime's `Bytes`.
    Bytes,
    /// A generated type, by name (in `types`).
    Named(Name<Type>),
    /// `Box<T>`.
    Boxed(Box<Spelled>),
    /// `Vec<T>`.
    Vec(Box<Spelled>),
    /// `BTreeMap<String, T>`.
    Map(Box<Spelled>),
    /// `Option<T>`.
    Option(Box<Spelled>),
    /// `impl Into<T>`: what a setter or method takes so that callers can
    /// pass `&str` for a `String`, `100` for a number.
    Into(Box<Spelled>),
}

impl Spelled {
    /// The spelling of `ty`, naming generated types by `name`.
    pub fn of(ty: &TypeRef, name: &dyn Fn(crate::ir::TypeId) -> Name<Type>) -> Spelled {
        match ty {
            TypeRef::String => Spelled::String,
            TypeRef::I32 => Spelled::I32,
            TypeRef::I64 => Spelled::I64,
            TypeRef::Number => Spelled::Number,
            TypeRef::Bool => Spelled::Bool,
            TypeRef::Json => Spelled::Json,
            TypeRef::JsonObject => Spelled::JsonObject,
            TypeRef::Bytes => Spelled::Bytes,
            TypeRef::Boxed(inner) => Spelled::Boxed(Box::new(Spelled::of(inner, name))),
            TypeRef::Vec(item) => Spelled::Vec(Box::new(Spelled::of(item, name))),
            TypeRef::Map(value) => Spelled::Map(Box::new(Spelled::of(value, name))),
            TypeRef::Named(id) => Spelled::Named(name(*id)),
        }
    }

    /// `Option<self>`.
    pub fn optional(self) -> Spelled {
        Spelled::Option(Box::new(self))
    }

    /// What a setter or client method takes for a value of this type, and
    /// whether the value then needs `.into()`: strings, numbers, bytes and
    /// boxes take anything that converts.
    pub fn accepted(&self) -> (Spelled, bool) {
        match self {
            Spelled::String | Spelled::Number | Spelled::Bytes | Spelled::Boxed(_) => {
                (Spelled::Into(Box::new(self.clone())), true)
            }
            other => (other.clone(), false),
        }
    }

    /// Whether a generated type appears in it.
    pub fn names_a_type(&self) -> bool {
        match self {
            Spelled::Named(_) => true,
            Spelled::Boxed(inner)
            | Spelled::Vec(inner)
            | Spelled::Map(inner)
            | Spelled::Option(inner)
            | Spelled::Into(inner) => inner.names_a_type(),
            _ => false,
        }
    }

    /// The type as a reader writes it (`Vec<Partner>`,
    /// `Option<serde_json::Value>`), for docs and reports.
    pub fn text(&self) -> String {
        match self {
            Spelled::Unit => "()".to_owned(),
            Spelled::String => "String".to_owned(),
            Spelled::I32 => "i32".to_owned(),
            Spelled::I64 => "i64".to_owned(),
            Spelled::Bool => "bool".to_owned(),
            Spelled::Number => "serde_json::Number".to_owned(),
            Spelled::Json => "serde_json::Value".to_owned(),
            Spelled::JsonObject => "serde_json::Map<String, serde_json::Value>".to_owned(),
            Spelled::Bytes => "Bytes".to_owned(),
            Spelled::Named(name) => name.bare().to_owned(),
            Spelled::Boxed(inner) => format!("Box<{}>", inner.text()),
            Spelled::Vec(item) => format!("Vec<{}>", item.text()),
            Spelled::Map(value) => format!("BTreeMap<String, {}>", value.text()),
            Spelled::Option(inner) => format!("Option<{}>", inner.text()),
            Spelled::Into(inner) => format!("impl Into<{}>", inner.text()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::TypeId;

    fn spell(ty: &TypeRef) -> Spelled {
        Spelled::of(ty, &|id: TypeId| Name::fixed(format!("T{}", id.index())))
    }

    #[test]
    fn nested_references_are_spelled_as_a_reader_writes_them() {
        let ty = TypeRef::Map(Box::new(TypeRef::Vec(Box::new(TypeRef::Boxed(Box::new(
            TypeRef::Named(TypeId(3)),
        ))))));
        let spelled = spell(&ty);
        assert_eq!(spelled.text(), "BTreeMap<String, Vec<Box<T3>>>");
        assert!(spelled.names_a_type());
        assert_eq!(
            spell(&TypeRef::Vec(Box::new(TypeRef::Json)))
                .optional()
                .optional()
                .text(),
            "Option<Option<Vec<serde_json::Value>>>"
        );
        assert!(!spell(&TypeRef::JsonObject).names_a_type());
        assert_eq!(
            spell(&TypeRef::JsonObject).text(),
            "serde_json::Map<String, serde_json::Value>"
        );
    }

    #[test]
    fn strings_numbers_bytes_and_boxes_are_taken_by_conversion() {
        let accepted = |ty: TypeRef| {
            let (spelled, converts) = spell(&ty).accepted();
            (spelled.text(), converts)
        };
        assert_eq!(
            accepted(TypeRef::String),
            ("impl Into<String>".to_owned(), true)
        );
        assert_eq!(
            accepted(TypeRef::Number),
            ("impl Into<serde_json::Number>".to_owned(), true)
        );
        assert_eq!(
            accepted(TypeRef::Bytes),
            ("impl Into<Bytes>".to_owned(), true)
        );
        assert_eq!(
            accepted(TypeRef::Boxed(Box::new(TypeRef::Named(TypeId(0))))),
            ("impl Into<Box<T0>>".to_owned(), true)
        );
        assert_eq!(accepted(TypeRef::I64), ("i64".to_owned(), false));
        assert_eq!(
            accepted(TypeRef::Vec(Box::new(TypeRef::String))),
            ("Vec<String>".to_owned(), false)
        );
        assert_eq!(
            accepted(TypeRef::Named(TypeId(1))),
            ("T1".to_owned(), false)
        );
    }
}
