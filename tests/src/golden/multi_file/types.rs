// Generated from `tests/fixtures/multi_file.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `multi_file` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// Defined inline in the spec at `multi_file/pet.json#`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Pet {
    /// The spec's `id` property.
    pub id: i64,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `owner` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    /// The spec's `status` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

impl Pet {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(id: i64, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            owner: None,
            status: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Owner` schema.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Owner {
    /// The spec's `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// Defined inline in the spec at `multi_file/common/types.yaml#/Status`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Status {
    /// `available`
    Available,
    /// `sold`
    Sold,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl Status {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Status::Available => "available",
            Status::Sold => "sold",
            Status::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "available" => Some(Status::Available),
            "sold" => Some(Status::Sold),
            _ => None,
        }
    }
}

impl From<String> for Status {
    fn from(value: String) -> Self {
        Status::known(&value).unwrap_or(Status::Unknown(value))
    }
}

impl From<&str> for Status {
    fn from(value: &str) -> Self {
        Status::known(value).unwrap_or_else(|| Status::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            Status::known,
            Status::Unknown,
        )
    }
}

/// Defined inline in the spec at `multi_file/common/errors.yaml#/components/schemas/Error`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Error {
    /// The spec's `code` property.
    pub code: Code,
    /// The spec's `message` property.
    pub message: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

impl Error {
    /// New, from its fields.
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for Error {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// Defined inline in the spec at `multi_file/common/types.yaml#/Code`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Code {
    /// `not_found`
    NotFound,
    /// `invalid`
    Invalid,
    /// `internal`
    Internal,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl Code {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Code::NotFound => "not_found",
            Code::Invalid => "invalid",
            Code::Internal => "internal",
            Code::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "not_found" => Some(Code::NotFound),
            "invalid" => Some(Code::Invalid),
            "internal" => Some(Code::Internal),
            _ => None,
        }
    }
}

impl From<String> for Code {
    fn from(value: String) -> Self {
        Code::known(&value).unwrap_or(Code::Unknown(value))
    }
}

impl From<&str> for Code {
    fn from(value: &str) -> Self {
        Code::known(value).unwrap_or_else(|| Code::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(deserializer, Code::known, Code::Unknown)
    }
}
