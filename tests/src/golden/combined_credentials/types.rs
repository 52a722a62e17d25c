// Generated from `tests/fixtures/combined_credentials.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `combined_credentials` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

/// Defined inline in the spec at `#/paths/~1sms/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct SendSmsBody {
    /// The spec's `to` property.
    pub to: String,
}

switchboard_runtime::__serde_struct! {
    struct SendSmsBody {
        to: Required<"to">,
    }
}

impl SendSmsBody {
    /// New, from its fields.
    pub fn new(to: impl Into<String>) -> Self {
        Self { to: to.into() }
    }
}
