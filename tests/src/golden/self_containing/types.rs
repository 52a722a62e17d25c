// Generated from `tests/fixtures/self_containing.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `self_containing` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// A list of lists.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde", transparent)]
pub struct Nested(pub Vec<Nested>);

/// The spec's `Tree` schema.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde", transparent)]
pub struct Tree(pub std::collections::BTreeMap<String, Tree>);

/// The spec's `Configuration` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Configuration {
    /// The spec's `classification` property.
    pub classification: String,
    /// The spec's `configurations` property.
    pub configurations: Option<ConfigurationList>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Configuration
    where
        unknown_fields: Unknown,
    {
        classification: Required<"classification">,
        configurations: Optional<"configurations">,
    }
}

impl Configuration {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(classification: impl Into<String>) -> Self {
        Self {
            classification: classification.into(),
            configurations: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `ConfigurationList` schema.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde", transparent)]
pub struct ConfigurationList(pub Vec<Configuration>);
