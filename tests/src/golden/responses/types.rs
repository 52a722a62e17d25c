// Generated from `tests/fixtures/responses.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `responses` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Serialize};
use switchboard_runtime::serde_json;

/// The spec's `Problem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The spec's `title` property.
    pub title: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Problem
    where
        unknown_fields: Unknown,
    {
        title: Optional<"title">,
    }
}

impl switchboard_runtime::ProviderMessage for Problem {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.title)
    }
}

/// The spec's `Feed` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feed {
    /// The spec's `items` property.
    pub items: Option<Vec<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Feed
    where
        unknown_fields: Unknown,
    {
        items: Optional<"items">,
    }
}

/// One variant for each of the possible successful replies, by HTTP status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetFeedResponse {
    /// HTTP 200: The feed, as JSON or XML.
    Ok(Feed),
    /// Any other HTTP 2xx status: Any other success, without a body.
    Success,
}

/// Encodes the body of whichever status it is, as the provider sent it.
impl Serialize for GetFeedResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            GetFeedResponse::Ok(body) => body.serialize(serializer),
            GetFeedResponse::Success => serializer.serialize_unit(),
        }
    }
}
