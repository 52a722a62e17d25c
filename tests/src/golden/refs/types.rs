// Generated from `tests/fixtures/refs.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `refs` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/paths/~1pets~1{petId}/get/parameters/0/schema`.
    pub enum GetPetVerbose {
        Yes = "yes",
        No = "no",
    }
}

/// The spec's `Pet` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `owner` property.
    pub owner: Option<PetOwner>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Pet
    where
        unknown_fields: Unknown,
    {
        name: Required<"name">,
        owner: Optional<"owner">,
    }
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PetOwner {
    /// The spec's `id` property.
    pub id: Option<i64>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct PetOwner
    where
        unknown_fields: Unknown,
    {
        id: Optional<"id">,
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
