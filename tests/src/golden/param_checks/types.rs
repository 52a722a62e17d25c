// Generated from `tests/fixtures/param_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `param_checks` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// Defined inline in the spec at `#/paths/~1numbers~1{id}/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetNumberOkResponse {
    /// The spec's `id` property.
    pub id: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct GetNumberOkResponse
    where
        unknown_fields: Unknown,
    {
        id: Optional<"id">,
    }
}
