// Generated from `tests/fixtures/query_styles.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `query_styles` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// Defined inline in the spec at `#/paths/~1hotels/get/parameters/2/schema/items`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListHotelsAmenitiesItem {
    /// `POOL`
    Pool,
    /// `SPA`
    Spa,
    /// `WIFI`
    Wifi,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl ListHotelsAmenitiesItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            ListHotelsAmenitiesItem::Pool => "POOL",
            ListHotelsAmenitiesItem::Spa => "SPA",
            ListHotelsAmenitiesItem::Wifi => "WIFI",
            ListHotelsAmenitiesItem::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "POOL" => Some(ListHotelsAmenitiesItem::Pool),
            "SPA" => Some(ListHotelsAmenitiesItem::Spa),
            "WIFI" => Some(ListHotelsAmenitiesItem::Wifi),
            _ => None,
        }
    }
}

impl From<String> for ListHotelsAmenitiesItem {
    fn from(value: String) -> Self {
        ListHotelsAmenitiesItem::known(&value).unwrap_or(ListHotelsAmenitiesItem::Unknown(value))
    }
}

impl From<&str> for ListHotelsAmenitiesItem {
    fn from(value: &str) -> Self {
        ListHotelsAmenitiesItem::known(value)
            .unwrap_or_else(|| ListHotelsAmenitiesItem::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for ListHotelsAmenitiesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListHotelsAmenitiesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListHotelsAmenitiesItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            ListHotelsAmenitiesItem::known,
            ListHotelsAmenitiesItem::Unknown,
        )
    }
}

/// Defined inline in the spec at `#/paths/~1hotels/get/parameters/5/schema`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct ListHotelsNear {
    /// The spec's `lat` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<serde_json::Number>,
    /// The spec's `lon` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<serde_json::Number>,
}

/// Defined inline in the spec at `#/paths/~1hotels/get/parameters/6/schema`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct ListHotelsFilter {
    /// The spec's `city` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
}

/// Defined inline in the spec at `#/paths/~1hotels/get/parameters/7/schema`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum ListHotelsTaxRates {
    /// A `Vec<String>`.
    StringList(Vec<String>),
    /// A `ListHotelsTaxRatesVariant2`.
    Variant2(ListHotelsTaxRatesVariant2),
}

/// Defined inline in the spec at `#/paths/~1hotels/get/parameters/7/schema/anyOf/1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ListHotelsTaxRatesVariant2 {
    /// ``
    #[default]
    Value,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl ListHotelsTaxRatesVariant2 {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            ListHotelsTaxRatesVariant2::Value => "",
            ListHotelsTaxRatesVariant2::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "" => Some(ListHotelsTaxRatesVariant2::Value),
            _ => None,
        }
    }
}

impl From<String> for ListHotelsTaxRatesVariant2 {
    fn from(value: String) -> Self {
        ListHotelsTaxRatesVariant2::known(&value)
            .unwrap_or(ListHotelsTaxRatesVariant2::Unknown(value))
    }
}

impl From<&str> for ListHotelsTaxRatesVariant2 {
    fn from(value: &str) -> Self {
        ListHotelsTaxRatesVariant2::known(value)
            .unwrap_or_else(|| ListHotelsTaxRatesVariant2::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for ListHotelsTaxRatesVariant2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListHotelsTaxRatesVariant2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListHotelsTaxRatesVariant2 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            ListHotelsTaxRatesVariant2::known,
            ListHotelsTaxRatesVariant2::Unknown,
        )
    }
}

/// Defined inline in the spec at `#/paths/~1hotels/get/parameters/8/schema`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum ListHotelsCodes {
    /// A `Vec<String>`.
    StringList(Vec<String>),
    /// A `String`.
    String(String),
}
