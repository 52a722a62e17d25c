// Generated from `tests/fixtures/recursive.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `recursive` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;
/// The spec's `Node` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Node {
    /// Wire name: `name`.
    pub name: String,
    /// Wire name: `parent`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<Node>>,
    /// Wire name: `children`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<Node>>,
    /// Wire name: `index`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<std::collections::BTreeMap<String, Node>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
/// The spec's `Person` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Person {
    /// Wire name: `name`.
    pub name: String,
    /// Wire name: `employer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer: Option<Box<Company>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
/// The spec's `Company` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Company {
    /// Wire name: `name`.
    pub name: String,
    /// Wire name: `ceo`.
    pub ceo: Box<Person>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
/// The spec's `Link` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Link {
    /// Wire name: `value`.
    pub value: i64,
    /// Wire name: `next`.
    pub next: Option<Box<Link>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
