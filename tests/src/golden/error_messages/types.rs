// Generated from `tests/fixtures/error_messages.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `error_messages` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// The spec's `Named` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Named {
    /// Always "error"; the reason says why.
    pub message: Option<String>,
    /// The spec's `reason` property.
    pub reason: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Named
    where
        unknown_fields: Unknown,
    {
        message: Optional<"message">,
        reason: Optional<"reason">,
    }
}

impl switchboard_runtime::ProviderMessage for Named {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.reason)
    }
}

/// Defined inline in the spec at `#/paths/~1orders/get/responses/404/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum ListOrdersNotFoundResponse {
    /// A `Problem`.
    Problem(Problem),
    /// A `JsonApi`.
    JsonApi(JsonApi),
}

impl switchboard_runtime::ProviderMessage for ListOrdersNotFoundResponse {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            ListOrdersNotFoundResponse::Problem(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ListOrdersNotFoundResponse::JsonApi(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
        }
    }
}

/// The spec's `Problem` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The spec's `status` property.
    pub status: i64,
    /// The spec's `title` property.
    pub title: Option<String>,
    /// The spec's `detail` property.
    pub detail: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Problem
    where
        unknown_fields: Unknown,
    {
        status: Required<"status">,
        title: Optional<"title">,
        detail: Optional<"detail">,
    }
}

impl Problem {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status: i64) -> Self {
        Self {
            status,
            title: None,
            detail: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for Problem {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.detail)
            .or_else(|| switchboard_runtime::ProviderMessage::provider_message(&self.title))
    }
}

/// The spec's `JsonApi` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonApi {
    /// The spec's `errors` property.
    pub errors: Vec<JsonApiErrorsItem>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct JsonApi
    where
        unknown_fields: Unknown,
    {
        errors: Required<"errors">,
    }
}

impl JsonApi {
    /// New, from its fields.
    pub fn new(errors: Vec<JsonApiErrorsItem>) -> Self {
        Self {
            errors,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for JsonApi {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::__private::first_message(&self.errors)
    }
}

/// Defined inline in the spec at `#/components/schemas/JsonApi/properties/errors/items`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JsonApiErrorsItem {
    /// The spec's `code` property.
    pub code: Option<String>,
    /// The spec's `detail` property.
    pub detail: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct JsonApiErrorsItem
    where
        unknown_fields: Unknown,
    {
        code: Optional<"code">,
        detail: Optional<"detail">,
    }
}

impl switchboard_runtime::ProviderMessage for JsonApiErrorsItem {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.detail)
    }
}

/// The spec's `Silent` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Silent {
    /// The spec's `code` property.
    pub code: Option<i64>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Silent
    where
        unknown_fields: Unknown,
    {
        code: Optional<"code">,
    }
}

impl switchboard_runtime::ProviderMessage for Silent {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        None
    }
}

/// One variant for each of the documented error replies, by HTTP status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersErrorBody {
    /// HTTP 400: Named by the schema.
    BadRequest(Named),
    /// HTTP 404: RFC 7807, or JSON:API.
    NotFound(ListOrdersNotFoundResponse),
    /// HTTP 409: Nothing to say.
    Conflict(Silent),
    /// HTTP 500: Plain text.
    InternalServerError(String),
}

/// Encodes the body of whichever status it is, as the provider sent it.
impl Serialize for ListOrdersErrorBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ListOrdersErrorBody::BadRequest(body) => body.serialize(serializer),
            ListOrdersErrorBody::NotFound(body) => body.serialize(serializer),
            ListOrdersErrorBody::Conflict(body) => body.serialize(serializer),
            ListOrdersErrorBody::InternalServerError(body) => body.serialize(serializer),
        }
    }
}

impl switchboard_runtime::ProviderMessage for ListOrdersErrorBody {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            ListOrdersErrorBody::BadRequest(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ListOrdersErrorBody::NotFound(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ListOrdersErrorBody::Conflict(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ListOrdersErrorBody::InternalServerError(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
        }
    }
}
