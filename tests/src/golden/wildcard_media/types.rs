// Generated from `tests/fixtures/wildcard_media.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `wildcard_media` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `Document` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The spec's `id` property.
    pub id: Option<String>,
    /// The spec's `name` property.
    pub name: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Document
    where
        unknown_fields: Unknown,
    {
        id: Optional<"id">,
        name: Optional<"name">,
    }
}

/// The spec's `Token` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Token {
    /// The spec's `access_token` property.
    pub access_token: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Token
    where
        unknown_fields: Unknown,
    {
        access_token: Optional<"access_token">,
    }
}
