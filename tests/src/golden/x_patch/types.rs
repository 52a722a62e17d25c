// Generated from `tests/fixtures/x_patch.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `x_patch` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// A route. `name` and `priority` are required in every update.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutePatch {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `priority` property.
    pub priority: Option<i32>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub description: Option<Option<String>>,
    /// The spec's `enabled` property.
    pub enabled: Option<bool>,
    /// The spec's `tags` property.
    pub tags: Option<Vec<String>>,
    /// The spec's `note` property.
    pub note: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct RoutePatch {
        name: Required<"name">,
        priority: Required<"priority">,
        description: Present<"description">,
        enabled: Optional<"enabled">,
        tags: Optional<"tags">,
        note: Optional<"note">,
    }
}

impl RoutePatch {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>, priority: Option<i32>) -> Self {
        Self {
            name: name.into(),
            priority,
            description: None,
            enabled: None,
            tags: None,
            note: None,
        }
    }
}

/// A route. `name` and `priority` are required in every update.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The spec's `id` property.
    pub id: Option<String>,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `priority` property.
    pub priority: Option<i32>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub description: Option<Option<String>>,
    /// The spec's `enabled` property.
    pub enabled: Option<bool>,
    /// The spec's `tags` property.
    pub tags: Option<Vec<String>>,
    /// The spec's `note` property.
    pub note: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Route
    where
        unknown_fields: Unknown,
    {
        id: Optional<"id">,
        name: Required<"name">,
        priority: Required<"priority">,
        description: Present<"description">,
        enabled: Optional<"enabled">,
        tags: Optional<"tags">,
        note: Optional<"note">,
    }
}

impl Route {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>, priority: Option<i32>) -> Self {
        Self {
            id: None,
            name: name.into(),
            priority,
            description: None,
            enabled: None,
            tags: None,
            note: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Already named `…Patch`, and with no read-only fields.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RouteSettingsPatch {
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub timeout: Option<Option<i32>>,
    /// The spec's `region` property.
    pub region: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct RouteSettingsPatch {
        timeout: Present<"timeout">,
        region: Optional<"region">,
    }
}
