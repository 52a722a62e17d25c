// Generated from `tests/fixtures/examples.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `examples` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

switchboard_runtime::__string_enum! {
    /// The spec's `Region` schema.
    pub enum Region {
        UsWest = "us-west",
        UsEast = "us-east",
    }
}

/// The spec's `Trunk` schema.
///
/// # Example
///
/// An item of a `200` reply to `GET /trunks`:
///
/// ```json
/// {
///   "capacity": 30,
///   "cost_per_minute": 0.0125,
///   "id": "tr_1",
///   "name": "Main",
///   "note": null,
///   "region": "us-west",
///   "tags": {
///     "tier": "gold"
///   },
///   "targets": [
///     {
///       "host": "sip.example.test",
///       "port": 5060
///     }
///   ]
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Trunk {
    /// The spec's `id` property.
    pub id: String,
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `region` property.
    pub region: Option<Region>,
    /// The spec's `capacity` property.
    pub capacity: Option<i64>,
    /// The spec's `cost_per_minute` property.
    pub cost_per_minute: Option<serde_json::Number>,
    /// The spec's `tags` property.
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub note: Option<Option<String>>,
    /// The spec's `targets` property.
    pub targets: Option<Vec<TrunkTargetsItem>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Trunk
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
        name: Required<"name">,
        region: Optional<"region">,
        capacity: Optional<"capacity">,
        cost_per_minute: Optional<"cost_per_minute">,
        tags: Optional<"tags">,
        note: Present<"note">,
        targets: Optional<"targets">,
    }
}

impl Trunk {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            region: None,
            capacity: None,
            cost_per_minute: None,
            tags: None,
            note: None,
            targets: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/components/schemas/Trunk/properties/targets/items`.
#[derive(Debug, Clone, PartialEq)]
pub struct TrunkTargetsItem {
    /// The spec's `host` property.
    pub host: String,
    /// The spec's `port` property.
    pub port: Option<i32>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct TrunkTargetsItem
    where
        unknown_fields: Unknown,
    {
        host: Required<"host">,
        port: Optional<"port">,
    }
}

impl TrunkTargetsItem {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(host: impl Into<String>) -> Self {
        Self {
            host: host.into(),
            port: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Trunk` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct TrunkInput {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `region` property.
    pub region: Option<Region>,
    /// The spec's `capacity` property.
    pub capacity: Option<i64>,
    /// The spec's `cost_per_minute` property.
    pub cost_per_minute: Option<serde_json::Number>,
    /// The spec's `tags` property.
    pub tags: Option<std::collections::BTreeMap<String, String>>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub note: Option<Option<String>>,
    /// The spec's `targets` property.
    pub targets: Option<Vec<TrunkTargetsItem>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct TrunkInput
    where
        unknown_fields: Unknown<"id">,
    {
        name: Required<"name">,
        region: Optional<"region">,
        capacity: Optional<"capacity">,
        cost_per_minute: Optional<"cost_per_minute">,
        tags: Optional<"tags">,
        note: Present<"note">,
        targets: Optional<"targets">,
    }
}

impl TrunkInput {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            region: None,
            capacity: None,
            cost_per_minute: None,
            tags: None,
            note: None,
            targets: None,
            unknown_fields: Default::default(),
        }
    }
}

impl From<Trunk> for TrunkInput {
    /// Keeps every writable field of a [`Trunk`] (and the fields the spec does not know) and drops the read-only ones: read, modify, send back.
    fn from(model: Trunk) -> Self {
        TrunkInput {
            name: model.name,
            region: model.region,
            capacity: model.capacity,
            cost_per_minute: model.cost_per_minute,
            tags: model.tags,
            note: model.note,
            targets: model.targets,
            unknown_fields: model.unknown_fields,
        }
    }
}

/// The spec's `TrunkPatch` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrunkPatch {
    /// The spec's `name` property.
    pub name: Option<String>,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub note: Option<Option<String>>,
}

switchboard_runtime::__serde_struct! {
    struct TrunkPatch {
        name: Optional<"name">,
        note: Present<"note">,
    }
}

/// The spec's `Route` schema.
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    /// `kind`: `sip`.
    SipRoute(SipRoute),
    /// `kind`: `pstn`.
    PstnRoute(PstnRoute),
    /// A `kind` the spec does not list, kept as the provider sent it.
    Unknown(serde_json::Value),
}

impl Serialize for Route {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Route::SipRoute(value) => {
                switchboard_runtime::__private::encode_tagged(value, "kind", "sip", serializer)
            }
            Route::PstnRoute(value) => {
                switchboard_runtime::__private::encode_tagged(value, "kind", "pstn", serializer)
            }
            Route::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Route {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (tag, value) = switchboard_runtime::__private::decode_tagged(deserializer, "kind")?;
        match tag.as_deref() {
            Some("sip") => {
                switchboard_runtime::__private::decode_variant(value).map(Route::SipRoute)
            }
            Some("pstn") => {
                switchboard_runtime::__private::decode_variant(value).map(Route::PstnRoute)
            }
            _ => Ok(Route::Unknown(value)),
        }
    }
}

/// The spec's `SipRoute` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SipRoute {
    /// The spec's `kind` property.
    pub kind: String,
    /// The spec's `uri` property.
    pub uri: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SipRoute
    where
        unknown_fields: Unknown,
    {
        kind: Required<"kind">,
        uri: Required<"uri">,
    }
}

impl SipRoute {
    /// New, from its fields.
    pub fn new(kind: impl Into<String>, uri: impl Into<String>) -> Self {
        Self {
            kind: kind.into(),
            uri: uri.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `PstnRoute` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct PstnRoute {
    /// The spec's `kind` property.
    pub kind: String,
    /// The spec's `number` property.
    pub number: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct PstnRoute
    where
        unknown_fields: Unknown,
    {
        kind: Required<"kind">,
        number: Required<"number">,
    }
}

impl PstnRoute {
    /// New, from its fields.
    pub fn new(kind: impl Into<String>, number: impl Into<String>) -> Self {
        Self {
            kind: kind.into(),
            number: number.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// What went wrong.
///
/// # Example
///
/// The body of a `422` reply to `POST /routes`:
///
/// ```json
/// {
///   "title": "The route is not valid."
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The spec's `title` property.
    pub title: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Problem
    where
        unknown_fields: Unknown,
    {
        title: Optional<"title">,
    }
}

impl switchboard_runtime::ProviderMessage for Problem {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.title)
    }
}
