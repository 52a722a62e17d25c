//! Which error types say the provider's message, and from where: every
//! type an operation's error reply decodes into (and each type those hold
//! as a variant or an `errors` list) implements the runtime's
//! `ProviderMessage`, so `Display` of an `Error::Api` shows it.

use crate::ir::{Api, TypeId, TypeKind, TypeRef};

/// The fields searched when the schema names none (`x-error-message`), in
/// order: the usual `message`, RFC 7807's `detail` and `title`, OAuth2's
/// `error_description` and `error`.
const FIELDS: &[&str] = &[
    "message",
    "Message",
    "detail",
    "Detail",
    "error_description",
    "title",
    "Title",
    "error",
    "Error",
];

/// Where a type's message comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageSource {
    /// The first of these fields that holds one.
    Fields(Vec<MessageField>),
    /// The variant's value (a union, a by-status enum).
    Variants,
    /// Nowhere: the type carries no message.
    Nothing,
}

/// A struct field that may hold the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageField {
    /// The text field at this index.
    Text(usize),
    /// The first item of the list field at this index (`errors[0]`).
    FirstItem(usize),
}

/// For every type (by [`TypeId`]), where its message comes from, when it
/// needs one: `None` for types no error reply reaches.
pub(super) fn sources(api: &Api) -> Vec<Option<MessageSource>> {
    let mut sources = vec![None; api.types.len()];
    let mut pending: Vec<TypeId> = api
        .operations
        .iter()
        .filter_map(|op| op.error_type.as_ref())
        .filter_map(direct)
        .collect();
    while let Some(id) = pending.pop() {
        let Some(slot) = sources.get_mut(id.index()) else {
            continue;
        };
        if slot.is_some() {
            continue;
        }
        let def = api.def(id);
        let source = match &def.kind {
            TypeKind::Struct { fields, .. } => {
                // The field the schema names; else every usual one, in order.
                let named = api
                    .message_fields
                    .get(id.index())
                    .and_then(Option::as_ref)
                    .and_then(|wire| fields.iter().position(|f| &f.wire_name == wire));
                let mut found: Vec<MessageField> = match named {
                    Some(index) => vec![MessageField::Text(index)],
                    None => FIELDS
                        .iter()
                        .filter_map(|wire| {
                            fields
                                .iter()
                                .position(|f| f.wire_name == *wire && f.ty == TypeRef::String)
                        })
                        .map(MessageField::Text)
                        .collect(),
                };
                if named.is_none() {
                    for (index, field) in fields.iter().enumerate() {
                        if let (TypeRef::Vec(item), "errors" | "Errors") =
                            (&field.ty, field.wire_name.as_str())
                        {
                            if let Some(item) = direct(item) {
                                pending.push(item);
                                found.push(MessageField::FirstItem(index));
                            }
                        }
                    }
                }
                if found.is_empty() {
                    MessageSource::Nothing
                } else {
                    MessageSource::Fields(found)
                }
            }
            TypeKind::Union { variants, .. } => {
                pending.extend(variants.iter().filter_map(|v| direct(&v.ty)));
                MessageSource::Variants
            }
            TypeKind::ByStatus { variants } => {
                pending.extend(
                    variants
                        .iter()
                        .filter_map(|v| v.ty.as_ref().and_then(direct)),
                );
                MessageSource::Variants
            }
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. } | TypeKind::Newtype { .. } => {
                MessageSource::Nothing
            }
        };
        sources[id.index()] = Some(source);
    }
    sources
}

/// The generated type a value of `ty` is, directly or boxed (lists and maps
/// have the runtime's impl, whatever they hold).
fn direct(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Boxed(inner) => direct(inner),
        _ => None,
    }
}
