// Generated from `tests/fixtures/stable_names.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `stable_names` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

switchboard_runtime::__string_enum! {
    /// The spec's `RouteType` values.
    pub enum RouteType {
        Did = "DID",
        Tfn = "TFN",
        Sip = "SIP",
    }
}

/// A route.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The route's identifier.
    pub id: String,
    /// What the route carries.
    pub r#type: Option<RouteType>,
    /// Where the route sends calls.
    pub target: Option<Target>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Route
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
        r#type: Optional<"type">,
        target: Optional<"target">,
    }
}

impl Route {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            r#type: None,
            target: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Where the route sends calls.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Target {
    /// The number calls go to.
    pub number: Option<String>,
    /// The SIP address calls go to.
    pub sip_uri: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Target
    where
        unknown_fields: Unknown,
    {
        number: Optional<"number">,
        sip_uri: Optional<"sip_uri">,
    }
}

/// An error (a schema named like the runtime's `Error`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// What went wrong.
    pub message: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Error
    where
        unknown_fields: Unknown,
    {
        message: Optional<"message">,
    }
}

impl switchboard_runtime::ProviderMessage for Error {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// Defined inline in the spec at `#/paths/~1routes/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRouteBody {
    /// The route's name.
    pub name: String,
    /// What the route carries.
    pub r#type: Option<RouteType>,
    /// Where a new route sends calls (by number only).
    pub target: Option<CreateRouteBodyTarget>,
}

switchboard_runtime::__serde_struct! {
    struct CreateRouteBody {
        name: Required<"name">,
        r#type: Optional<"type">,
        target: Optional<"target">,
    }
}

impl CreateRouteBody {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            r#type: None,
            target: None,
        }
    }
}

/// Where a new route sends calls (by number only).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRouteBodyTarget {
    /// The number calls go to.
    pub number: String,
}

switchboard_runtime::__serde_struct! {
    struct CreateRouteBodyTarget {
        number: Required<"number">,
    }
}

impl CreateRouteBodyTarget {
    /// New, from its fields.
    pub fn new(number: impl Into<String>) -> Self {
        Self {
            number: number.into(),
        }
    }
}

/// A check's outcome (a schema named like the runtime's `Response`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Response {
    /// Whether the route works.
    pub ok: Option<bool>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Response
    where
        unknown_fields: Unknown,
    {
        ok: Optional<"ok">,
    }
}
