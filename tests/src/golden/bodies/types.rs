// Generated from `tests/fixtures/bodies.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `bodies` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// Defined inline in the spec at `#/paths/~1charges/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateChargeBody {
    /// The spec's `amount` property.
    pub amount: i64,
    /// The spec's `currency` property.
    pub currency: String,
    /// The spec's `capture` property.
    pub capture: Option<bool>,
    /// The spec's `expand` property.
    pub expand: Option<Vec<String>>,
    /// The spec's `tags` property.
    pub tags: Option<Vec<String>>,
    /// The spec's `metadata` property.
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The spec's `shipping` property.
    pub shipping: Option<CreateChargeBodyShipping>,
}

switchboard_runtime::__serde_struct! {
    struct CreateChargeBody {
        amount: Required<"amount">,
        currency: Required<"currency">,
        capture: Optional<"capture">,
        expand: Optional<"expand">,
        tags: Optional<"tags">,
        metadata: Optional<"metadata">,
        shipping: Optional<"shipping">,
    }
}

impl CreateChargeBody {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(amount: i64, currency: impl Into<String>) -> Self {
        Self {
            amount,
            currency: currency.into(),
            capture: None,
            expand: None,
            tags: None,
            metadata: None,
            shipping: None,
        }
    }
}

/// Defined inline in the spec at `#/paths/~1charges/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/shipping`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateChargeBodyShipping {
    /// The spec's `name` property.
    pub name: Option<String>,
    /// The spec's `address` property.
    pub address: Option<CreateChargeBodyShippingAddress>,
}

switchboard_runtime::__serde_struct! {
    struct CreateChargeBodyShipping {
        name: Optional<"name">,
        address: Optional<"address">,
    }
}

/// Defined inline in the spec at `#/paths/~1charges/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/shipping/properties/address`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateChargeBodyShippingAddress {
    /// The spec's `city` property.
    pub city: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct CreateChargeBodyShippingAddress {
        city: Optional<"city">,
    }
}

/// Defined inline in the spec at `#/paths/~1charges/post/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateChargeOkResponse {
    /// The spec's `id` property.
    pub id: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct CreateChargeOkResponse
    where
        unknown_fields: Unknown,
    {
        id: Optional<"id">,
    }
}

/// Defined inline in the spec at `#/paths/~1files/post/requestBody/content/multipart~1form-data/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadFileBody {
    /// The spec's `file` property.
    pub file: switchboard_runtime::Bytes,
    /// The spec's `purpose` property.
    pub purpose: UploadFileBodyPurpose,
    /// The spec's `pages` property.
    pub pages: Option<i64>,
    /// The spec's `attachments` property.
    pub attachments: Option<Vec<switchboard_runtime::Bytes>>,
}

switchboard_runtime::__serde_struct! {
    struct UploadFileBody {
        file: Required<"file">,
        purpose: Required<"purpose">,
        pages: Optional<"pages">,
        attachments: Optional<"attachments">,
    }
}

impl UploadFileBody {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(
        file: impl Into<switchboard_runtime::Bytes>,
        purpose: UploadFileBodyPurpose,
    ) -> Self {
        Self {
            file: file.into(),
            purpose,
            pages: None,
            attachments: None,
        }
    }
}

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/paths/~1files/post/requestBody/content/multipart~1form-data/schema/properties/purpose`.
    pub enum UploadFileBodyPurpose {
        Identity = "identity",
        Dispute = "dispute",
    }
}

/// Defined inline in the spec at `#/paths/~1events/post/requestBody/content/application~1vnd.events+json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateEventBody {
    /// The spec's `kind` property.
    pub kind: String,
}

switchboard_runtime::__serde_struct! {
    struct CreateEventBody {
        kind: Required<"kind">,
    }
}

impl CreateEventBody {
    /// New, from its fields.
    pub fn new(kind: impl Into<String>) -> Self {
        Self { kind: kind.into() }
    }
}
