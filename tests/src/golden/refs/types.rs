// Generated from `tests/fixtures/refs.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `refs` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// Defined inline in the spec at `#/paths/~1pets~1{petId}/get/parameters/0/schema`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetPetVerbose {
    /// `yes`
    Yes,
    /// `no`
    No,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl GetPetVerbose {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            GetPetVerbose::Yes => "yes",
            GetPetVerbose::No => "no",
            GetPetVerbose::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "yes" => Some(GetPetVerbose::Yes),
            "no" => Some(GetPetVerbose::No),
            _ => None,
        }
    }
}

impl From<String> for GetPetVerbose {
    fn from(value: String) -> Self {
        GetPetVerbose::known(&value).unwrap_or(GetPetVerbose::Unknown(value))
    }
}

impl From<&str> for GetPetVerbose {
    fn from(value: &str) -> Self {
        GetPetVerbose::known(value).unwrap_or_else(|| GetPetVerbose::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for GetPetVerbose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetPetVerbose {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetPetVerbose {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            GetPetVerbose::known,
            GetPetVerbose::Unknown,
        )
    }
}

/// The spec's `Pet` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Pet {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `owner` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<PetOwner>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

impl Pet {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            owner: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/components/schemas/Pet/properties/owner`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct PetOwner {
    /// The spec's `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// The spec's `Error` schema.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Error {
    /// The spec's `message` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

impl switchboard_runtime::ProviderMessage for Error {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}
