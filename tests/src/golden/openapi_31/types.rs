// Generated from `tests/fixtures/openapi_31.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `openapi_31` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// The spec's `Pet` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    /// The spec's `id` property.
    pub id: i64,
    /// The spec's `kind` property.
    pub kind: PetKind,
    /// The spec's `name` property.
    pub name: String,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub tag: Option<Option<String>>,
    /// Years, or a description (`about 3`).
    pub age: Option<PetAge>,
    /// Who looks after the pet.
    pub owner: Option<Owner>,
    /// The spec's `position` property.
    pub position: Option<Vec<serde_json::Value>>,
    /// Format: `byte`.
    pub signature: Option<String>,
    /// The spec's `anything` property.
    pub anything: Option<serde_json::Value>,
    /// The spec's `extras` property.
    pub extras: Option<PetExtras>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Pet
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
        kind: Required<"kind">,
        name: Required<"name">,
        tag: Present<"tag">,
        age: Optional<"age">,
        owner: Optional<"owner">,
        position: Optional<"position">,
        signature: Optional<"signature">,
        anything: Present<"anything">,
        extras: Optional<"extras">,
    }
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

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/components/schemas/Pet/properties/kind`.
    #[derive(Default)]
    pub enum PetKind {
        #[default]
        Pet = "pet",
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Owner {
    /// The spec's `name` property.
    pub name: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Owner
    where
        unknown_fields: Unknown,
    {
        name: Optional<"name">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Pet/properties/extras`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PetExtras {
    /// The spec's `color` property.
    pub color: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct PetExtras
    where
        unknown_fields: Unknown,
    {
        color: Optional<"color">,
    }
}

/// The spec's `NewPet` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPet {
    /// The spec's `name` property.
    pub name: String,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub owner: Option<Option<Owner>>,
}

switchboard_runtime::__serde_struct! {
    struct NewPet {
        name: Required<"name">,
        owner: Present<"owner">,
    }
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
