// Generated from `tests/fixtures/multi_file.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `multi_file` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Serialize};
use switchboard_runtime::serde_json;

/// Defined inline in the spec at `multi_file/pet.json#`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    /// The spec's `id` property.
    pub id: i64,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `owner` property.
    pub owner: Option<Owner>,
    /// The spec's `status` property.
    pub status: Option<Status>,
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
        owner: Optional<"owner">,
        status: Optional<"status">,
    }
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

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `multi_file/common/types.yaml#/Status`.
    pub enum Status {
        Available = "available",
        Sold = "sold",
    }
}

/// Defined inline in the spec at `multi_file/common/errors.yaml#/components/schemas/Error`.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    /// The spec's `code` property.
    pub code: Code,
    /// The spec's `message` property.
    pub message: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Error
    where
        unknown_fields: Unknown,
    {
        code: Required<"code">,
        message: Required<"message">,
    }
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

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `multi_file/common/types.yaml#/Code`.
    pub enum Code {
        NotFound = "not_found",
        Invalid = "invalid",
        Internal = "internal",
    }
}

/// Defined inline in the spec at `multi_file/common/fault.yaml#/Fault`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// Why, from a file only a property named `default` leads to.
    pub default: Detail,
    /// The spec's `enum` property.
    pub r#enum: Option<Vec<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Fault
    where
        unknown_fields: Unknown,
    {
        default: Required<"default">,
        r#enum: Optional<"enum">,
    }
}

impl Fault {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(default: Detail) -> Self {
        Self {
            default,
            r#enum: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for Fault {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        None
    }
}

/// Why, from a file only a property named `default` leads to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Detail {
    /// The spec's `reason` property.
    pub reason: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Detail
    where
        unknown_fields: Unknown,
    {
        reason: Optional<"reason">,
    }
}

/// One variant for each of the documented error replies, by HTTP status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetPetErrorBody {
    /// HTTP 404: No such pet.
    NotFound(Error),
    /// Any other status (the spec's `default` response): Anything else, in a file only this reply names.
    Default(Fault),
}

/// Encodes the body of whichever status it is, as the provider sent it.
impl Serialize for GetPetErrorBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            GetPetErrorBody::NotFound(body) => body.serialize(serializer),
            GetPetErrorBody::Default(body) => body.serialize(serializer),
        }
    }
}

impl switchboard_runtime::ProviderMessage for GetPetErrorBody {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            GetPetErrorBody::NotFound(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GetPetErrorBody::Default(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
        }
    }
}
