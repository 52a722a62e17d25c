// Generated from `tests/fixtures/read_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `read_only` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// A widget; the server assigns `id` and `created_at`.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetInput {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `size` property.
    pub size: Option<i32>,
    /// Who owns a widget (no read-only fields).
    pub owner: Option<Owner>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct WidgetInput
    where
        unknown_fields: Unknown<"id", "created_at">,
    {
        name: Required<"name">,
        size: Optional<"size">,
        owner: Optional<"owner">,
    }
}

impl WidgetInput {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            size: None,
            owner: None,
            unknown_fields: Default::default(),
        }
    }
}

impl From<Widget> for WidgetInput {
    /// Keeps every writable field of a [`Widget`] (and the fields the spec does not know) and drops the read-only ones: read, modify, send back.
    fn from(model: Widget) -> Self {
        WidgetInput {
            name: model.name,
            size: model.size,
            owner: model.owner,
            unknown_fields: model.unknown_fields,
        }
    }
}

/// Who owns a widget (no read-only fields).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Owner {
    /// The spec's `email` property.
    pub email: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Owner
    where
        unknown_fields: Unknown,
    {
        email: Optional<"email">,
    }
}

/// A widget; the server assigns `id` and `created_at`.
#[derive(Debug, Clone, PartialEq)]
pub struct Widget {
    /// The spec's `id` property.
    pub id: String,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `size` property.
    pub size: Option<i32>,
    /// Format: `date-time`.
    pub created_at: String,
    /// Who owns a widget (no read-only fields).
    pub owner: Option<Owner>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Widget
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
        name: Required<"name">,
        size: Optional<"size">,
        created_at: Required<"created_at">,
        owner: Optional<"owner">,
    }
}

impl Widget {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        created_at: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            size: None,
            created_at: created_at.into(),
            owner: None,
            unknown_fields: Default::default(),
        }
    }
}

/// A widget; the server assigns `id` and `created_at`.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetPatch {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `size` property.
    pub size: Option<i32>,
    /// Who owns a widget (no read-only fields).
    pub owner: Option<Owner>,
}

switchboard_runtime::__serde_struct! {
    struct WidgetPatch {
        name: Required<"name">,
        size: Optional<"size">,
        owner: Optional<"owner">,
    }
}

impl WidgetPatch {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            size: None,
            owner: None,
        }
    }
}

/// A gadget whose part has a read-only serial number.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GadgetInput {
    /// The spec's `part` property.
    pub part: Option<GadgetPartInput>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct GadgetInput
    where
        unknown_fields: Unknown<"id">,
    {
        part: Optional<"part">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Gadget/properties/part`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GadgetPartInput {
    /// The spec's `label` property.
    pub label: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct GadgetPartInput
    where
        unknown_fields: Unknown<"serial">,
    {
        label: Optional<"label">,
    }
}

impl From<GadgetPart> for GadgetPartInput {
    /// Keeps every writable field of a [`GadgetPart`] (and the fields the spec does not know) and drops the read-only ones: read, modify, send back.
    fn from(model: GadgetPart) -> Self {
        GadgetPartInput {
            label: model.label,
            unknown_fields: model.unknown_fields,
        }
    }
}

/// A gadget whose part has a read-only serial number.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gadget {
    /// The spec's `id` property.
    pub id: Option<String>,
    /// The spec's `part` property.
    pub part: Option<GadgetPart>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Gadget
    where
        unknown_fields: Unknown,
    {
        id: Optional<"id">,
        part: Optional<"part">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Gadget/properties/part`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GadgetPart {
    /// The spec's `serial` property.
    pub serial: Option<String>,
    /// The spec's `label` property.
    pub label: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct GadgetPart
    where
        unknown_fields: Unknown,
    {
        serial: Optional<"serial">,
        label: Optional<"label">,
    }
}
