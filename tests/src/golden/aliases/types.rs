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
    /// Wire name: `Label`. Also accepted when decoding: `Label`, `label`, `AccountId`, `Created`.
    pub label: Option<String>,
    /// Wire name: `Created`.
    pub created: Option<String>,
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
        label: Optional<"Label", "label">,
        created: Optional<"Created">,
    }
}

impl Account {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            ip_white_list: None,
            label: None,
            created: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Account` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct AccountInput {
    /// Wire name: `AccountId`. Also accepted when decoding: `AccountID`.
    pub account_id: String,
    /// Wire name: `IpWhiteList`. Also accepted when decoding: `IpWhitelist`, `ip_whitelist`.
    pub ip_white_list: Option<Vec<String>>,
    /// Wire name: `Label`. Also accepted when decoding: `Label`, `label`, `AccountId`, `Created`.
    pub label: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct AccountInput
    where
        unknown_fields: Unknown,
    {
        account_id: Required<"AccountId", "AccountID">,
        ip_white_list: Optional<"IpWhiteList", "IpWhitelist", "ip_whitelist">,
        label: Optional<"Label", "label", "Created">,
    }
}

impl AccountInput {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            ip_white_list: None,
            label: None,
            unknown_fields: Default::default(),
        }
    }
}

impl From<Account> for AccountInput {
    /// Keeps every writable field of a [`Account`] (and the fields the spec does not know) and drops the read-only ones: read, modify, send back.
    fn from(model: Account) -> Self {
        AccountInput {
            account_id: model.account_id,
            ip_white_list: model.ip_white_list,
            label: model.label,
            unknown_fields: model.unknown_fields,
        }
    }
}
