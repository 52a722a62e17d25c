// Generated from `tests/fixtures/aliases.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `aliases` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `Account` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    /// Wire name: `AccountId`. Also accepted when decoding: `AccountID`.
    pub account_id: String,
    /// Wire name: `IpWhiteList`. Also accepted when decoding: `IpWhitelist`, `ip_whitelist`.
    pub ip_white_list: Option<Vec<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Account
    where
        unknown_fields: Unknown,
    {
        account_id: Required<"AccountId", "AccountID">,
        ip_white_list: Optional<"IpWhiteList", "IpWhitelist", "ip_whitelist">,
    }
}

impl Account {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            ip_white_list: None,
            unknown_fields: Default::default(),
        }
    }
}
