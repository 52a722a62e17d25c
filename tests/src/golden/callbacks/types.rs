// Generated from `tests/fixtures/callbacks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `callbacks` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

/// Defined inline in the spec at `#/paths/~1subscriptions/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscribeBody {
    /// The spec's `url` property.
    pub url: String,
}

switchboard_runtime::__serde_struct! {
    struct SubscribeBody {
        url: Required<"url">,
    }
}

impl SubscribeBody {
    /// New, from its fields.
    pub fn new(url: impl Into<String>) -> Self {
        Self { url: url.into() }
    }
}
