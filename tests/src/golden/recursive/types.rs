// Generated from `tests/fixtures/recursive.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `recursive` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `Node` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `parent` property.
    pub parent: Option<Box<Node>>,
    /// The spec's `children` property.
    pub children: Option<Vec<Node>>,
    /// The spec's `index` property.
    pub index: Option<std::collections::BTreeMap<String, Node>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Node
    where
        unknown_fields: Unknown,
    {
        name: Required<"name">,
        parent: Optional<"parent">,
        children: Optional<"children">,
        index: Optional<"index">,
    }
}

impl Node {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            parent: None,
            children: None,
            index: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Person` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `employer` property.
    pub employer: Option<Box<Company>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Person
    where
        unknown_fields: Unknown,
    {
        name: Required<"name">,
        employer: Optional<"employer">,
    }
}

impl Person {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            employer: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Company` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Company {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `ceo` property.
    pub ceo: Box<Person>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Company
    where
        unknown_fields: Unknown,
    {
        name: Required<"name">,
        ceo: Required<"ceo">,
    }
}

impl Company {
    /// New, from its fields.
    pub fn new(name: impl Into<String>, ceo: impl Into<Box<Person>>) -> Self {
        Self {
            name: name.into(),
            ceo: ceo.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Link` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The spec's `value` property.
    pub value: i64,
    /// The spec's `next` property.
    pub next: Option<Box<Link>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Link
    where
        unknown_fields: Unknown,
    {
        value: Required<"value">,
        next: Required<"next">,
    }
}

impl Link {
    /// New, from its fields.
    pub fn new(value: i64, next: Option<Box<Link>>) -> Self {
        Self {
            value,
            next,
            unknown_fields: Default::default(),
        }
    }
}
