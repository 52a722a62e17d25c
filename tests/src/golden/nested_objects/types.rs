// Generated from `tests/fixtures/nested_objects.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `nested_objects` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// Defined inline in the spec at `#/paths/~1orders/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrderBody {
    /// The spec's `sku` property.
    pub sku: String,
    /// The spec's `gift` property.
    pub gift: Option<CreateOrderBodyGift>,
}

switchboard_runtime::__serde_struct! {
    struct CreateOrderBody {
        sku: Required<"sku">,
        gift: Optional<"gift">,
    }
}

impl CreateOrderBody {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(sku: impl Into<String>) -> Self {
        Self {
            sku: sku.into(),
            gift: None,
        }
    }
}

/// Defined inline in the spec at `#/paths/~1orders/post/requestBody/content/application~1json/schema/properties/gift`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrderBodyGift {
    /// The spec's `message` property.
    pub message: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct CreateOrderBodyGift {
        message: Optional<"message">,
    }
}

/// An order with nested objects.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Order {
    /// The spec's `customer` property.
    pub customer: Option<OrderCustomer>,
    /// The spec's `billing` property.
    pub billing: Option<PostalAddress>,
    /// The spec's `shipping` property.
    pub shipping: Option<PostalAddress>,
    /// A free-form object (no properties).
    pub metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The spec's `labels` property.
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Order
    where
        unknown_fields: Unknown,
    {
        customer: Optional<"customer">,
        billing: Optional<"billing">,
        shipping: Optional<"shipping">,
        metadata: Optional<"metadata">,
        labels: Optional<"labels">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Order/properties/customer`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderCustomer {
    /// The spec's `name` property.
    pub name: Option<String>,
    /// The spec's `contact` property.
    pub contact: Option<OrderCustomerContact>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct OrderCustomer
    where
        unknown_fields: Unknown,
    {
        name: Optional<"name">,
        contact: Optional<"contact">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Order/properties/customer/properties/contact`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderCustomerContact {
    /// The spec's `email` property.
    pub email: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct OrderCustomerContact
    where
        unknown_fields: Unknown,
    {
        email: Optional<"email">,
    }
}

/// Defined inline in the spec at `#/components/schemas/Order/properties/billing`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostalAddress {
    /// The spec's `street` property.
    pub street: Option<String>,
    /// The spec's `city` property.
    pub city: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct PostalAddress
    where
        unknown_fields: Unknown,
    {
        street: Optional<"street">,
        city: Optional<"city">,
    }
}
