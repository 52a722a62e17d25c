// Generated from `tests/fixtures/pagination.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `pagination` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// The spec's `ThingPage` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ThingPage {
    /// The spec's `count` property.
    pub count: Option<i64>,
    /// The spec's `has_more` property.
    pub has_more: bool,
    /// The spec's `items` property.
    pub items: Vec<Thing>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ThingPage
    where
        unknown_fields: Unknown,
    {
        count: Optional<"count">,
        has_more: Required<"has_more">,
        items: Required<"items">,
    }
}

impl ThingPage {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(has_more: bool, items: Vec<Thing>) -> Self {
        Self {
            count: None,
            has_more,
            items,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Thing` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Thing {
    /// The spec's `id` property.
    pub id: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Thing
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
    }
}

impl Thing {
    /// New, from its fields.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Problem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The spec's `message` property.
    pub message: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Problem
    where
        unknown_fields: Unknown,
    {
        message: Optional<"message">,
    }
}

impl switchboard_runtime::ProviderMessage for Problem {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// Defined inline in the spec at `#/paths/~1envelope/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInEnvelopeOkResponse {
    /// The spec's `code` property.
    pub code: Option<i64>,
    /// The spec's `data` property.
    pub data: Option<ListInEnvelopeOkResponseData>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListInEnvelopeOkResponse
    where
        unknown_fields: Unknown,
    {
        code: Optional<"code">,
        data: Optional<"data">,
    }
}

/// Defined inline in the spec at `#/paths/~1envelope/get/responses/200/content/application~1json/schema/properties/data`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInEnvelopeOkResponseData {
    /// The spec's `things` property.
    pub things: Option<Vec<Thing>>,
    /// The spec's `total` property.
    pub total: Option<i64>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListInEnvelopeOkResponseData
    where
        unknown_fields: Unknown,
    {
        things: Optional<"things">,
        total: Optional<"total">,
    }
}

/// Defined inline in the spec at `#/paths/~1cursor/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListByCursorOkResponse {
    /// The spec's `data` property.
    pub data: Vec<Thing>,
    /// The spec's `meta` property.
    pub meta: Option<ListByCursorOkResponseMeta>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListByCursorOkResponse
    where
        unknown_fields: Unknown,
    {
        data: Required<"data">,
        meta: Optional<"meta">,
    }
}

impl ListByCursorOkResponse {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(data: Vec<Thing>) -> Self {
        Self {
            data,
            meta: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/paths/~1cursor/get/responses/200/content/application~1json/schema/properties/meta`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListByCursorOkResponseMeta {
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub next_cursor: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListByCursorOkResponseMeta
    where
        unknown_fields: Unknown,
    {
        next_cursor: Present<"next_cursor">,
    }
}

/// Defined inline in the spec at `#/paths/~1links/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListByLinkOkResponse {
    /// The spec's `data` property.
    pub data: Option<Vec<Thing>>,
    /// The spec's `links` property.
    pub links: Option<ListByLinkOkResponseLinks>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListByLinkOkResponse
    where
        unknown_fields: Unknown,
    {
        data: Optional<"data">,
        links: Optional<"links">,
    }
}

/// Defined inline in the spec at `#/paths/~1links/get/responses/200/content/application~1json/schema/properties/links`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListByLinkOkResponseLinks {
    /// The spec's `next` property.
    pub next: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListByLinkOkResponseLinks
    where
        unknown_fields: Unknown,
    {
        next: Optional<"next">,
    }
}

/// Defined inline in the spec at `#/paths/~1all/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAllOkResponse {
    /// The spec's `total` property.
    pub total: Option<i64>,
    /// The spec's `results` property.
    pub results: Option<Vec<Thing>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListAllOkResponse
    where
        unknown_fields: Unknown,
    {
        total: Optional<"total">,
        results: Optional<"results">,
    }
}

/// Defined inline in the spec at `#/paths/~1inferred/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInferredOkResponse {
    /// The spec's `has_more` property.
    pub has_more: Option<bool>,
    /// The spec's `things` property.
    pub things: Option<Vec<Thing>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListInferredOkResponse
    where
        unknown_fields: Unknown,
    {
        has_more: Optional<"has_more">,
        things: Optional<"things">,
    }
}

/// Defined inline in the spec at `#/paths/~1inferred-links/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInferredLinksOkResponse {
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub next_page_uri: Option<Option<String>>,
    /// The spec's `page` property.
    pub page: Option<i64>,
    /// The spec's `things` property.
    pub things: Option<Vec<Thing>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListInferredLinksOkResponse
    where
        unknown_fields: Unknown,
    {
        next_page_uri: Present<"next_page_uri">,
        page: Optional<"page">,
        things: Optional<"things">,
    }
}
