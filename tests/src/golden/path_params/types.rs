// Generated from `tests/fixtures/path_params.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `path_params` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// Defined inline in the spec at `#/paths/~1accounts~1{account_id}~1numbers~1{number}/get/parameters/4/schema`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetNumberSort {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl GetNumberSort {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            GetNumberSort::Asc => "asc",
            GetNumberSort::Desc => "desc",
            GetNumberSort::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "asc" => Some(GetNumberSort::Asc),
            "desc" => Some(GetNumberSort::Desc),
            _ => None,
        }
    }
}

impl From<String> for GetNumberSort {
    fn from(value: String) -> Self {
        GetNumberSort::known(&value).unwrap_or(GetNumberSort::Unknown(value))
    }
}

impl From<&str> for GetNumberSort {
    fn from(value: &str) -> Self {
        GetNumberSort::known(value).unwrap_or_else(|| GetNumberSort::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for GetNumberSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetNumberSort {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetNumberSort {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            GetNumberSort::known,
            GetNumberSort::Unknown,
        )
    }
}

/// Defined inline in the spec at `#/paths/~1accounts~1{account_id}~1numbers~1{number}/get/parameters/5/schema/items`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetNumberFieldsItem {
    /// `number`
    Number,
    /// `alias`
    Alias,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl GetNumberFieldsItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            GetNumberFieldsItem::Number => "number",
            GetNumberFieldsItem::Alias => "alias",
            GetNumberFieldsItem::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "number" => Some(GetNumberFieldsItem::Number),
            "alias" => Some(GetNumberFieldsItem::Alias),
            _ => None,
        }
    }
}

impl From<String> for GetNumberFieldsItem {
    fn from(value: String) -> Self {
        GetNumberFieldsItem::known(&value).unwrap_or(GetNumberFieldsItem::Unknown(value))
    }
}

impl From<&str> for GetNumberFieldsItem {
    fn from(value: &str) -> Self {
        GetNumberFieldsItem::known(value)
            .unwrap_or_else(|| GetNumberFieldsItem::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for GetNumberFieldsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetNumberFieldsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetNumberFieldsItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            GetNumberFieldsItem::known,
            GetNumberFieldsItem::Unknown,
        )
    }
}

/// The spec's `Number` schema.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Number {
    /// The spec's `number` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// The spec's `Period` schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Period {
    /// `daily`
    Daily,
    /// `monthly`
    Monthly,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl Period {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Period::Daily => "daily",
            Period::Monthly => "monthly",
            Period::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "daily" => Some(Period::Daily),
            "monthly" => Some(Period::Monthly),
            _ => None,
        }
    }
}

impl From<String> for Period {
    fn from(value: String) -> Self {
        Period::known(&value).unwrap_or(Period::Unknown(value))
    }
}

impl From<&str> for Period {
    fn from(value: &str) -> Self {
        Period::known(value).unwrap_or_else(|| Period::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            Period::known,
            Period::Unknown,
        )
    }
}
