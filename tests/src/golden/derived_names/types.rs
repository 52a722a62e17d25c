// Generated from `tests/fixtures/derived_names.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `derived_names` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `String` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct String2 {
    /// Wire name: `$ref`.
    pub r#ref: Option<String>,
    /// Wire name: `@id`.
    pub id: Option<String>,
    /// Wire name: `first name`.
    pub first_name: Option<String>,
    /// Wire name: `---`.
    pub value: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct String2
    where
        unknown_fields: Unknown,
    {
        r#ref: Optional<"$ref">,
        id: Optional<"@id">,
        first_name: Optional<"first name">,
        value: Optional<"---">,
    }
}

/// The spec's `Option` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Option2 {
    /// Wire name: `Serialize`.
    pub serialize: String,
    /// Wire name: `Vec`.
    pub vec: Option<Vec2>,
}

switchboard_runtime::__serde_struct! {
    struct Option2 {
        serialize: Required<"Serialize">,
        vec: Optional<"Vec">,
    }
}

impl Option2 {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(serialize: impl Into<String>) -> Self {
        Self {
            serialize: serialize.into(),
            vec: None,
        }
    }
}

switchboard_runtime::__string_enum! {
    /// The spec's `Vec` schema.
    pub enum Vec2 {
        A = "a",
        B = "b",
    }
}

/// The spec's `Result` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Result2 {
    /// The spec's `ok` property.
    pub ok: Option<bool>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Result2
    where
        unknown_fields: Unknown,
    {
        ok: Optional<"ok">,
    }
}
