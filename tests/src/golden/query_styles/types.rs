// Generated from `tests/fixtures/query_styles.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `query_styles` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/paths/~1hotels/get/parameters/2/schema/items`.
    pub enum ListHotelsAmenitiesItem {
        Pool = "POOL",
        Spa = "SPA",
        Wifi = "WIFI",
    }
}

/// Defined inline in the spec at `#/paths/~1hotels/get/parameters/5/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHotelsNear {
    /// The spec's `lat` property.
    pub lat: Option<serde_json::Number>,
    /// The spec's `lon` property.
    pub lon: Option<serde_json::Number>,
}

switchboard_runtime::__serde_struct! {
    struct ListHotelsNear {
        lat: Optional<"lat">,
        lon: Optional<"lon">,
    }
}

/// Defined inline in the spec at `#/paths/~1hotels/get/parameters/6/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHotelsFilter {
    /// The spec's `city` property.
    pub city: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct ListHotelsFilter {
        city: Optional<"city">,
    }
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

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/paths/~1hotels/get/parameters/7/schema/anyOf/1`.
    #[derive(Default)]
    pub enum ListHotelsTaxRatesVariant2 {
        #[default]
        Value = "",
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
