// Generated from `tests/fixtures/send_read_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `send_read_only` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// A record; the server assigns `id` and `created_at`; `note` may be null.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct RecordInput {
    /// The spec's `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "switchboard_runtime::__private::deserialize_nullable"
    )]
    pub note: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten, deserialize_with = "record_input_without_read_only")]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

fn record_input_without_read_only<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<serde_json::Map<String, serde_json::Value>, D::Error> {
    let mut unknown = serde_json::Map::deserialize(deserializer)?;
    unknown.retain(|name, _| !["id", "created_at"].contains(&name.as_str()));
    Ok(unknown)
}

impl From<Record> for RecordInput {
    /// Keeps every writable field of a [`Record`] (and the fields the spec does not know) and drops the read-only ones: read, modify, send back.
    fn from(model: Record) -> Self {
        RecordInput {
            name: model.name,
            note: model.note,
            unknown_fields: model.unknown_fields,
        }
    }
}

/// A record; the server assigns `id` and `created_at`; `note` may be null.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Record {
    /// The spec's `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Format: `date-time`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The spec's `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "switchboard_runtime::__private::deserialize_nullable"
    )]
    pub note: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// A record; the server assigns `id` and `created_at`; `note` may be null.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct RecordPatch {
    /// The spec's `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "switchboard_runtime::__private::deserialize_nullable"
    )]
    pub note: Option<Option<String>>,
}
