// Generated from `tests/fixtures/send_read_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `send_read_only` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// A record; the server assigns `id` and `created_at`; `note` may be null.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordInput {
    /// The spec's `name` property.
    pub name: Option<String>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub note: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct RecordInput
    where
        unknown_fields: Unknown<"id", "created_at">,
    {
        name: Optional<"name">,
        note: Present<"note">,
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    /// The spec's `id` property.
    pub id: Option<String>,
    /// Format: `date-time`.
    pub created_at: Option<String>,
    /// The spec's `name` property.
    pub name: Option<String>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub note: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Record
    where
        unknown_fields: Unknown,
    {
        id: Optional<"id">,
        created_at: Optional<"created_at">,
        name: Optional<"name">,
        note: Present<"note">,
    }
}

/// A record; the server assigns `id` and `created_at`; `note` may be null.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordPatch {
    /// The spec's `name` property.
    pub name: Option<String>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub note: Option<Option<String>>,
}

switchboard_runtime::__serde_struct! {
    struct RecordPatch {
        name: Optional<"name">,
        note: Present<"note">,
    }
}
