// Generated from `tests/fixtures/all_of.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `all_of` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// A pet with an id and a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    /// The spec's `id` property.
    pub id: String,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `tag` property.
    pub tag: Option<String>,
    /// The spec's `age` property.
    pub age: i32,
    /// The pet's owner, if it has one.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub owner: Option<Option<OwnerRef>>,
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
        name: Required<"name">,
        tag: Optional<"tag">,
        age: Required<"age">,
        owner: Present<"owner">,
    }
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
#[derive(Debug, Clone, PartialEq)]
pub struct OwnerRef {
    /// The spec's `id` property.
    pub id: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct OwnerRef
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
    }
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
#[derive(Debug, Clone, PartialEq)]
pub struct PetInput {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `tag` property.
    pub tag: Option<String>,
    /// The spec's `age` property.
    pub age: i32,
    /// The pet's owner, if it has one.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub owner: Option<Option<OwnerRef>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct PetInput
    where
        unknown_fields: Unknown<"id">,
    {
        name: Required<"name">,
        tag: Optional<"tag">,
        age: Required<"age">,
        owner: Present<"owner">,
    }
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
#[derive(Debug, Clone, PartialEq)]
pub struct Owner {
    /// Format: `date`.
    pub since: String,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `tag` property.
    pub tag: Option<String>,
    /// Format: `email`.
    pub email: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Owner
    where
        unknown_fields: Unknown,
    {
        since: Required<"since">,
        name: Required<"name">,
        tag: Optional<"tag">,
        email: Optional<"email">,
    }
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
