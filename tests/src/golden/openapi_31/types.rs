// Generated from `tests/fixtures/openapi_31.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `openapi_31` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// The spec's `Pet` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Pet {
    /// The spec's `id` property.
    pub id: i64,
    /// The spec's `kind` property.
    pub kind: PetKind,
    /// The spec's `name` property.
    pub name: String,
    /// `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "switchboard_runtime::__private::deserialize_nullable"
    )]
    pub tag: Option<Option<String>>,
    /// Years, or a description (`about 3`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age: Option<PetAge>,
    /// Who looks after the pet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner>,
    /// The spec's `position` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Vec<serde_json::Value>>,
    /// Format: `byte`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The spec's `anything` property.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "switchboard_runtime::__private::deserialize_present"
    )]
    pub anything: Option<serde_json::Value>,
    /// The spec's `extras` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extras: Option<PetExtras>,
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
            kind: Default::default(),
            name: name.into(),
            tag: None,
            age: None,
            owner: None,
            position: None,
            signature: None,
            anything: None,
            extras: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/components/schemas/Pet/properties/kind`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PetKind {
    /// `pet`
    #[default]
    Pet,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl PetKind {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            PetKind::Pet => "pet",
            PetKind::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "pet" => Some(PetKind::Pet),
            _ => None,
        }
    }
}

impl From<String> for PetKind {
    fn from(value: String) -> Self {
        PetKind::known(&value).unwrap_or(PetKind::Unknown(value))
    }
}

impl From<&str> for PetKind {
    fn from(value: &str) -> Self {
        PetKind::known(value).unwrap_or_else(|| PetKind::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for PetKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PetKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PetKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            PetKind::known,
            PetKind::Unknown,
        )
    }
}

/// Years, or a description (`about 3`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum PetAge {
    /// A `i64`.
    Integer(i64),
    /// A `String`.
    String(String),
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

/// Defined inline in the spec at `#/components/schemas/Pet/properties/extras`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct PetExtras {
    /// The spec's `color` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// The spec's `NewPet` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct NewPet {
    /// The spec's `name` property.
    pub name: String,
    /// `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "switchboard_runtime::__private::deserialize_nullable"
    )]
    pub owner: Option<Option<Owner>>,
}

impl NewPet {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            owner: None,
        }
    }
}
