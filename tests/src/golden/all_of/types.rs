// Generated from `tests/fixtures/all_of.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `all_of` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// A pet with an id and a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Pet {
    /// The spec's `id` property.
    pub id: String,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `tag` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// The spec's `age` property.
    pub age: i32,
    /// The pet's owner, if it has one.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "switchboard_runtime::__private::deserialize_nullable"
    )]
    pub owner: Option<Option<OwnerRef>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

impl Pet {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(id: impl Into<String>, name: impl Into<String>, age: i32) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            tag: None,
            age,
            owner: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `OwnerRef` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct OwnerRef {
    /// The spec's `id` property.
    pub id: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

impl OwnerRef {
    /// New, from its fields.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// A pet with an id and a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct PetInput {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `tag` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// The spec's `age` property.
    pub age: i32,
    /// The pet's owner, if it has one.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "switchboard_runtime::__private::deserialize_nullable"
    )]
    pub owner: Option<Option<OwnerRef>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten, deserialize_with = "pet_input_without_read_only")]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

impl PetInput {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>, age: i32) -> Self {
        Self {
            name: name.into(),
            tag: None,
            age,
            owner: None,
            unknown_fields: Default::default(),
        }
    }
}

fn pet_input_without_read_only<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<serde_json::Map<String, serde_json::Value>, D::Error> {
    let mut unknown = serde_json::Map::deserialize(deserializer)?;
    unknown.retain(|name, _| !["id"].contains(&name.as_str()));
    Ok(unknown)
}

impl From<Pet> for PetInput {
    /// Keeps every writable field of a [`Pet`] (and the fields the spec does not know) and drops the read-only ones: read, modify, send back.
    fn from(model: Pet) -> Self {
        PetInput {
            name: model.name,
            tag: model.tag,
            age: model.age,
            owner: model.owner,
            unknown_fields: model.unknown_fields,
        }
    }
}

/// The spec's `Owner` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Owner {
    /// Format: `date`.
    pub since: String,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `tag` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// Format: `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

impl Owner {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(since: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            since: since.into(),
            name: name.into(),
            tag: None,
            email: None,
            unknown_fields: Default::default(),
        }
    }
}
