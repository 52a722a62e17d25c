// Generated from `tests/fixtures/operation_servers.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `operation_servers` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// Defined inline in the spec at `#/paths/~1oauth~1token/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct IssueTokenBody {
    /// The spec's `user` property.
    pub user: String,
}

switchboard_runtime::__serde_struct! {
    struct IssueTokenBody {
        user: Required<"user">,
    }
}

impl IssueTokenBody {
    /// New, from its fields.
    pub fn new(user: impl Into<String>) -> Self {
        Self { user: user.into() }
    }
}

/// Defined inline in the spec at `#/paths/~1oauth~1token/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssueTokenOkResponse {
    /// The spec's `token` property.
    pub token: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct IssueTokenOkResponse
    where
        unknown_fields: Unknown,
    {
        token: Optional<"token">,
    }
}
