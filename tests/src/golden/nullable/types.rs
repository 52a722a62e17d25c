// Generated from `tests/fixtures/nullable.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `nullable` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
use serde::{Deserialize, Serialize};
/// A thing with nullable fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThingPatch {
    /// Wire name: `name`.
    pub name: String,
    /// Wire name: `nickname`.
    pub nickname: Option<String>,
    /// Wire name: `note`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable",
    )]
    pub note: Option<Option<String>>,
    /// Wire name: `count`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}
/// A thing with nullable fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Thing {
    /// Wire name: `name`.
    pub name: String,
    /// Wire name: `nickname`.
    pub nickname: Option<String>,
    /// Wire name: `note`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable",
    )]
    pub note: Option<Option<String>>,
    /// Wire name: `count`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
