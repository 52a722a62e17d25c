// Generated from `tests/fixtures/auth_basic.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `auth_basic` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `Me` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Me {
    /// The spec's `name` property.
    pub name: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Me
    where
        unknown_fields: Unknown,
    {
        name: Optional<"name">,
    }
}

/// The spec's `Health` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Health {
    /// The spec's `status` property.
    pub status: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Health
    where
        unknown_fields: Unknown,
    {
        status: Optional<"status">,
    }
}
