// Generated from `tests/fixtures/path_params.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `path_params` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/paths/~1accounts~1{account_id}~1numbers~1{number}/get/parameters/4/schema`.
    pub enum GetNumberSort {
        Asc = "asc",
        Desc = "desc",
    }
}

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/paths/~1accounts~1{account_id}~1numbers~1{number}/get/parameters/5/schema/items`.
    pub enum GetNumberFieldsItem {
        Number = "number",
        Alias = "alias",
    }
}

/// The spec's `Number` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Number {
    /// The spec's `number` property.
    pub number: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Number
    where
        unknown_fields: Unknown,
    {
        number: Optional<"number">,
    }
}

switchboard_runtime::__string_enum! {
    /// The spec's `Period` schema.
    pub enum Period {
        Daily = "daily",
        Monthly = "monthly",
    }
}
