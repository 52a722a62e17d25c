// Generated from `tests/fixtures/encoded_refs.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `encoded_refs` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `Café` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cafe {
    /// The spec's `name` property.
    pub name: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Cafe
    where
        unknown_fields: Unknown,
    {
        name: Optional<"name">,
    }
}
