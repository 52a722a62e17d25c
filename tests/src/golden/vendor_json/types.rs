// Generated from `tests/fixtures/vendor_json.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `vendor_json` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `Resource` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// The spec's `type` property.
    pub r#type: String,
    /// The spec's `id` property.
    pub id: Option<String>,
    /// The spec's `name` property.
    pub name: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Resource
    where
        unknown_fields: Unknown,
    {
        r#type: Required<"type">,
        id: Optional<"id">,
        name: Optional<"name">,
    }
}

impl Resource {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(r#type: impl Into<String>) -> Self {
        Self {
            r#type: r#type.into(),
            id: None,
            name: None,
            unknown_fields: Default::default(),
        }
    }
}
