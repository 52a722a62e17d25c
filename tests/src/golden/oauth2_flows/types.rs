// Generated from `tests/fixtures/oauth2_flows.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `oauth2_flows` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `Problem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The spec's `error` property.
    pub error: Option<String>,
    /// The spec's `error_description` property.
    pub error_description: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Problem
    where
        unknown_fields: Unknown,
    {
        error: Optional<"error">,
        error_description: Optional<"error_description">,
    }
}

impl switchboard_runtime::ProviderMessage for Problem {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.error_description)
            .or_else(|| switchboard_runtime::ProviderMessage::provider_message(&self.error))
    }
}
