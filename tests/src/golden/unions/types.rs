// Generated from `tests/fixtures/unions.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `unions` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// A cat, a dog or a lizard, told apart by `petType`.
#[derive(Debug, Clone, PartialEq)]
pub enum Pet {
    /// `petType`: `cat`, `kitten`.
    Cat(Cat),
    /// `petType`: `dog`.
    Dog(Dog),
    /// `petType`: `Lizard`.
    Lizard(Lizard),
    /// A `petType` the spec does not list, kept as the provider sent it.
    Unknown(serde_json::Value),
}

impl Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Pet::Cat(value) => {
                switchboard_runtime::__private::encode_tagged(value, "petType", "cat", serializer)
            }
            Pet::Dog(value) => {
                switchboard_runtime::__private::encode_tagged(value, "petType", "dog", serializer)
            }
            Pet::Lizard(value) => switchboard_runtime::__private::encode_tagged(
                value, "petType", "Lizard", serializer,
            ),
            Pet::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (tag, value) = switchboard_runtime::__private::decode_tagged(deserializer, "petType")?;
        match tag.as_deref() {
            Some("cat" | "kitten") => {
                switchboard_runtime::__private::decode_variant(value).map(Pet::Cat)
            }
            Some("dog") => switchboard_runtime::__private::decode_variant(value).map(Pet::Dog),
            Some("Lizard") => {
                switchboard_runtime::__private::decode_variant(value).map(Pet::Lizard)
            }
            _ => Ok(Pet::Unknown(value)),
        }
    }
}

/// The spec's `Cat` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Cat {
    /// Wire name: `petType`.
    pub pet_type: String,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `hunts` property.
    pub hunts: Option<bool>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Cat
    where
        unknown_fields: Unknown,
    {
        pet_type: Required<"petType">,
        name: Required<"name">,
        hunts: Optional<"hunts">,
    }
}

impl Cat {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(pet_type: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            pet_type: pet_type.into(),
            name: name.into(),
            hunts: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Dog` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Dog {
    /// Wire name: `petType`.
    pub pet_type: String,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `barks` property.
    pub barks: Option<bool>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Dog
    where
        unknown_fields: Unknown,
    {
        pet_type: Required<"petType">,
        name: Required<"name">,
        barks: Optional<"barks">,
    }
}

impl Dog {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(pet_type: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            pet_type: pet_type.into(),
            name: name.into(),
            barks: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Lizard` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Lizard {
    /// The spec's `name` property.
    pub name: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Lizard
    where
        unknown_fields: Unknown,
    {
        name: Required<"name">,
    }
}

impl Lizard {
    /// New, from its fields.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Charge` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Charge {
    /// The spec's `id` property.
    pub id: String,
    /// The customer's id, or the customer when expanded.
    pub customer: ChargeCustomer,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub source: Option<Option<Card>>,
    /// The spec's `amount` property.
    pub amount: Option<ChargeAmount>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Charge
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
        customer: Required<"customer">,
        source: Present<"source">,
        amount: Optional<"amount">,
    }
}

impl Charge {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(id: impl Into<String>, customer: ChargeCustomer) -> Self {
        Self {
            id: id.into(),
            customer,
            source: None,
            amount: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The customer's id, or the customer when expanded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum ChargeCustomer {
    /// A `String`.
    String(String),
    /// A `Customer`.
    Customer(Customer),
}

/// The spec's `Customer` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Customer {
    /// The spec's `id` property.
    pub id: String,
    /// The spec's `email` property.
    pub email: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Customer
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
        email: Required<"email">,
    }
}

impl Customer {
    /// New, from its fields.
    pub fn new(id: impl Into<String>, email: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            email: email.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Card` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The spec's `last4` property.
    pub last4: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Card
    where
        unknown_fields: Unknown,
    {
        last4: Required<"last4">,
    }
}

impl Card {
    /// New, from its fields.
    pub fn new(last4: impl Into<String>) -> Self {
        Self {
            last4: last4.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/components/schemas/Charge/properties/amount`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum ChargeAmount {
    /// A `i64`.
    Integer(i64),
    /// A `String`.
    String(String),
    /// A `Vec<i64>`.
    IntegerList(Vec<i64>),
}

/// The spec's `Expression` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum Expression {
    /// A `serde_json::Number`.
    Number(serde_json::Number),
    /// A `Box<Sum>`.
    Sum(Box<Sum>),
}

/// The spec's `Sum` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Sum {
    /// The spec's `left` property.
    pub left: Box<Expression>,
    /// The spec's `right` property.
    pub right: Box<Expression>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Sum
    where
        unknown_fields: Unknown,
    {
        left: Required<"left">,
        right: Required<"right">,
    }
}

impl Sum {
    /// New, from its fields.
    pub fn new(left: impl Into<Box<Expression>>, right: impl Into<Box<Expression>>) -> Self {
        Self {
            left: left.into(),
            right: right.into(),
            unknown_fields: Default::default(),
        }
    }
}
