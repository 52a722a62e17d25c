// Generated from `tests/fixtures/schemas_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `schemas_only` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};

/// The spec's `Pet` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Pet {
    /// Wire name: `petType`.
    #[serde(rename = "petType")]
    pub pet_type: String,
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Cat {
    /// Wire name: `petType`.
    #[serde(rename = "petType")]
    pub pet_type: String,
    /// The spec's `name` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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

/// The spec's `Color` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Color {
    /// `red`
    Red,
    /// `green`
    Green,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl Color {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Color::Red => "red",
            Color::Green => "green",
            Color::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "red" => Some(Color::Red),
            "green" => Some(Color::Green),
            _ => None,
        }
    }
}

impl From<String> for Color {
    fn from(value: String) -> Self {
        Color::known(&value).unwrap_or(Color::Unknown(value))
    }
}

impl From<&str> for Color {
    fn from(value: &str) -> Self {
        Color::known(value).unwrap_or_else(|| Color::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for Color {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Color {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(deserializer, Color::known, Color::Unknown)
    }
}
