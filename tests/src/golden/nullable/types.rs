// Generated from `tests/fixtures/nullable.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `nullable` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// A thing with nullable fields.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingPatch {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `nickname` property.
    pub nickname: Option<String>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub note: Option<Option<String>>,
    /// The spec's `count` property.
    pub count: Option<i64>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub owner: Option<Option<Owner>>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub status: Option<Option<ThingStatus>>,
}

switchboard_runtime::__serde_struct! {
    struct ThingPatch {
        name: Required<"name">,
        nickname: Required<"nickname">,
        note: Present<"note">,
        count: Optional<"count">,
        owner: Present<"owner">,
        status: Present<"status">,
    }
}

impl ThingPatch {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>, nickname: Option<String>) -> Self {
        Self {
            name: name.into(),
            nickname,
            note: None,
            count: None,
            owner: None,
            status: None,
        }
    }
}

/// The spec's `Owner` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Owner {
    /// The spec's `email` property.
    pub email: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Owner
    where
        unknown_fields: Unknown,
    {
        email: Optional<"email">,
    }
}

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/components/schemas/Thing/properties/status`.
    pub enum ThingStatus {
        Active = "active",
        Paused = "paused",
    }
}

/// A thing with nullable fields.
#[derive(Debug, Clone, PartialEq)]
pub struct Thing {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `nickname` property.
    pub nickname: Option<String>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub note: Option<Option<String>>,
    /// The spec's `count` property.
    pub count: Option<i64>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub owner: Option<Option<Owner>>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub status: Option<Option<ThingStatus>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Thing
    where
        unknown_fields: Unknown,
    {
        name: Required<"name">,
        nickname: Required<"nickname">,
        note: Present<"note">,
        count: Optional<"count">,
        owner: Present<"owner">,
        status: Present<"status">,
    }
}

impl Thing {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>, nickname: Option<String>) -> Self {
        Self {
            name: name.into(),
            nickname,
            note: None,
            count: None,
            owner: None,
            status: None,
            unknown_fields: Default::default(),
        }
    }
}
