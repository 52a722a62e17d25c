// Generated from `tests/fixtures/schemas_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `schemas_only` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

/// The spec's `Pet` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    /// Wire name: `petType`.
    pub pet_type: String,
}

switchboard_runtime::__serde_struct! {
    struct Pet {
        pet_type: Required<"petType">,
    }
}

impl Pet {
    /// New, from its fields.
    pub fn new(pet_type: impl Into<String>) -> Self {
        Self {
            pet_type: pet_type.into(),
        }
    }
}

/// The spec's `Cat` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Cat {
    /// Wire name: `petType`.
    pub pet_type: String,
    /// The spec's `name` property.
    pub name: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct Cat {
        pet_type: Required<"petType">,
        name: Optional<"name">,
    }
}

impl Cat {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(pet_type: impl Into<String>) -> Self {
        Self {
            pet_type: pet_type.into(),
            name: None,
        }
    }
}

switchboard_runtime::__string_enum! {
    /// The spec's `Color` schema.
    pub enum Color {
        Red = "red",
        Green = "green",
    }
}
