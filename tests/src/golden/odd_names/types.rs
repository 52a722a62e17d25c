// Generated from `tests/fixtures/odd_names.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `odd_names` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `thing_v2` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingV2 {
    /// The spec's `type` property.
    pub r#type: String,
    /// The spec's `match` property.
    pub r#match: Option<String>,
    /// Wire name: `self`.
    pub self_: Option<String>,
    /// Wire name: `fooBar`.
    pub foo_bar: Option<String>,
    /// Wire name: `foo_bar`.
    pub foo_bar2: Option<String>,
    /// Wire name: `first-name`.
    pub first_name: Option<String>,
    /// Wire name: `last.name`.
    pub last_name: Option<String>,
    /// Wire name: `display name`.
    pub display_name: Option<String>,
    /// Wire name: `3d`.
    pub n3d: Option<bool>,
    /// The spec's `unknown_fields` property.
    pub unknown_fields: Option<String>,
    /// The spec's `mode` property.
    pub mode: Option<ThingV2Mode>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields2: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ThingV2
    where
        unknown_fields2: Unknown,
    {
        r#type: Required<"type">,
        r#match: Optional<"match">,
        self_: Optional<"self">,
        foo_bar: Optional<"fooBar">,
        foo_bar2: Optional<"foo_bar">,
        first_name: Optional<"first-name">,
        last_name: Optional<"last.name">,
        display_name: Optional<"display name">,
        n3d: Optional<"3d">,
        unknown_fields: Optional<"unknown_fields">,
        mode: Optional<"mode">,
    }
}

impl ThingV2 {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(r#type: impl Into<String>) -> Self {
        Self {
            r#type: r#type.into(),
            r#match: None,
            self_: None,
            foo_bar: None,
            foo_bar2: None,
            first_name: None,
            last_name: None,
            display_name: None,
            n3d: None,
            unknown_fields: None,
            mode: None,
            unknown_fields2: Default::default(),
        }
    }
}

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/components/schemas/thing_v2/properties/mode`.
    pub enum ThingV2Mode {
        OnHold = "on-hold",
        OnHold2 = "on_hold",
        OnHold3 = "OnHold",
        Unknown2 = "unknown",
        Unknown3 = "Unknown",
        Self_ = "self",
        V2x = "2x",
    }
}

/// The spec's `Error` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// The spec's `message` property.
    pub message: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Error
    where
        unknown_fields: Unknown,
    {
        message: Optional<"message">,
    }
}

impl switchboard_runtime::ProviderMessage for Error {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// The spec's `thing_v2` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingV2Patch {
    /// The spec's `type` property.
    pub r#type: String,
    /// The spec's `match` property.
    pub r#match: Option<String>,
    /// Wire name: `self`.
    pub self_: Option<String>,
    /// Wire name: `fooBar`.
    pub foo_bar: Option<String>,
    /// Wire name: `foo_bar`.
    pub foo_bar2: Option<String>,
    /// Wire name: `first-name`.
    pub first_name: Option<String>,
    /// Wire name: `last.name`.
    pub last_name: Option<String>,
    /// Wire name: `display name`.
    pub display_name: Option<String>,
    /// Wire name: `3d`.
    pub n3d: Option<bool>,
    /// The spec's `unknown_fields` property.
    pub unknown_fields: Option<String>,
    /// The spec's `mode` property.
    pub mode: Option<ThingV2Mode>,
}

switchboard_runtime::__serde_struct! {
    struct ThingV2Patch {
        r#type: Required<"type">,
        r#match: Optional<"match">,
        self_: Optional<"self">,
        foo_bar: Optional<"fooBar">,
        foo_bar2: Optional<"foo_bar">,
        first_name: Optional<"first-name">,
        last_name: Optional<"last.name">,
        display_name: Optional<"display name">,
        n3d: Optional<"3d">,
        unknown_fields: Optional<"unknown_fields">,
        mode: Optional<"mode">,
    }
}

impl ThingV2Patch {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(r#type: impl Into<String>) -> Self {
        Self {
            r#type: r#type.into(),
            r#match: None,
            self_: None,
            foo_bar: None,
            foo_bar2: None,
            first_name: None,
            last_name: None,
            display_name: None,
            n3d: None,
            unknown_fields: None,
            mode: None,
        }
    }
}
