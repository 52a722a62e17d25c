// Generated from `specs/flowroute.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `flowroute` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// Response of List Account Phone Numbers. The v2.0 page documents `data` as an array of phone number objects; its example was not available.
///
/// *Reconstructed, not documented by the provider:* The v2.0 list example is missing and the v2.1 one is truncated; items are assumed to be the same number resource as in NumberDocument.data, links from the 2018 spec.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberList {
    /// An array of phone number objects in your account that satisfy your query.
    pub data: Vec<NumberResource>,
    /// JSON:API links of a list document.
    pub links: Option<ListLinks>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct NumberList
    where
        unknown_fields: Unknown,
    {
        data: Required<"data">,
        links: Optional<"links">,
    }
}

impl NumberList {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(data: Vec<NumberResource>) -> Self {
        Self {
            data,
            links: None,
            unknown_fields: Default::default(),
        }
    }
}

/// A phone number resource object.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberResource {
    /// Attributes of a phone number object.
    ///
    /// *Reconstructed, not documented by the provider:* No page says which attributes are always sent; the six required ones are in every example (v2.0 and v2.1) and in the list page's field table.
    pub attributes: Option<NumberAttributes>,
    /// ID of the phone number object, which is equal to its value. The docs type it as integer but every example sends a string ("16463451234").
    pub id: String,
    /// JSON:API links of a document or resource.
    ///
    /// *Reconstructed, not documented by the provider:* self is required because every example has it; JSON:API does not require it.
    pub links: Option<Links>,
    /// The relationships a phone number can have: CNAM preset, E911 address, primary and failover voice routes, and (after messaging enablement) a message provision job. Each is a JSON:API to-one relationship.
    pub relationships: Option<NumberRelationships>,
    /// This will always be number.
    pub r#type: NumberResourceType,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct NumberResource
    where
        unknown_fields: Unknown,
    {
        attributes: Optional<"attributes">,
        id: Required<"id">,
        links: Optional<"links">,
        relationships: Optional<"relationships">,
        r#type: Required<"type">,
    }
}

impl NumberResource {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            attributes: None,
            id: id.into(),
            links: None,
            relationships: None,
            r#type: Default::default(),
            unknown_fields: Default::default(),
        }
    }
}

/// Attributes of a phone number object.
///
/// *Reconstructed, not documented by the provider:* No page says which attributes are always sent; the six required ones are in every example (v2.0 and v2.1) and in the list page's field table.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberAttributes {
    /// Friendly name for the phone number; null when none is set.
    pub alias: Option<String>,
    /// Indicates whether CNAM (Caller-ID Name) Lookup is enabled for the phone number.
    pub cnam_lookups_enabled: bool,
    /// Whether the number is enabled for SMS/MMS. Stays false until a Message Provision task has successfully completed.
    pub messaging_enabled: Option<bool>,
    /// Phone number type. Possible values are longcode and toll-free (v2.0 list page). The 2018 OpenAPI spec lists standard, tollfree, inum and a v2.1 example sends "standard"; unlisted values are kept.
    pub number_type: NumberAttributesNumberType,
    /// The rate center associated with the area code and exchange code (NPANXX), as its abbreviated value (e.g. "nwyrcyzn01").
    pub rate_center: String,
    /// State of the number, lower-case abbreviation (e.g. "ny").
    pub state: String,
    /// The phone number itself. Documented as integer in the 2018 spec but every example sends a string ("16463451234").
    pub value: String,
    /// Per-minute inbound rate, sent as a JSON number (e.g. 0.012).
    pub inbound_rate: Option<serde_json::Number>,
    /// ISO country code of the number (e.g. "US").
    pub iso_country: Option<String>,
    /// Monthly cost of the number, sent as a JSON number (e.g. 1.25).
    pub monthly_cost: Option<serde_json::Number>,
    /// Rate type of the number (e.g. "local").
    pub rate_type: Option<String>,
    /// One-time setup cost of the number, sent as a JSON number (e.g. 1.0).
    pub setup_cost: Option<serde_json::Number>,
    /// Status of the number on the account (e.g. "PURCHASED").
    pub status: Option<String>,
    /// Tier of the number (e.g. "Standard").
    pub tier: Option<String>,
    /// Free-form note; shown only (as null) in the v2.1 purchase example.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub note: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct NumberAttributes
    where
        unknown_fields: Unknown,
    {
        alias: Required<"alias">,
        cnam_lookups_enabled: Required<"cnam_lookups_enabled">,
        messaging_enabled: Optional<"messaging_enabled">,
        number_type: Required<"number_type">,
        rate_center: Required<"rate_center">,
        state: Required<"state">,
        value: Required<"value">,
        inbound_rate: Optional<"inbound_rate">,
        iso_country: Optional<"iso_country">,
        monthly_cost: Optional<"monthly_cost">,
        rate_type: Optional<"rate_type">,
        setup_cost: Optional<"setup_cost">,
        status: Optional<"status">,
        tier: Optional<"tier">,
        note: Present<"note">,
    }
}

impl NumberAttributes {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(
        alias: Option<String>,
        cnam_lookups_enabled: bool,
        number_type: NumberAttributesNumberType,
        rate_center: impl Into<String>,
        state: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        Self {
            alias,
            cnam_lookups_enabled,
            messaging_enabled: None,
            number_type,
            rate_center: rate_center.into(),
            state: state.into(),
            value: value.into(),
            inbound_rate: None,
            iso_country: None,
            monthly_cost: None,
            rate_type: None,
            setup_cost: None,
            status: None,
            tier: None,
            note: None,
            unknown_fields: Default::default(),
        }
    }
}

switchboard_runtime::__string_enum! {
    /// Phone number type. Possible values are longcode and toll-free (v2.0 list page). The 2018 OpenAPI spec lists standard, tollfree, inum and a v2.1 example sends "standard"; unlisted values are kept.
    pub enum NumberAttributesNumberType {
        Longcode = "longcode",
        TollFree = "toll-free",
    }
}

/// JSON:API links of a document or resource.
///
/// *Reconstructed, not documented by the provider:* self is required because every example has it; JSON:API does not require it.
#[derive(Debug, Clone, PartialEq)]
pub struct Links {
    /// URI of this resource (e.g. <https://api.flowroute.com/v2/numbers/16502390214>).
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `self`.
    pub self_: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Links
    where
        unknown_fields: Unknown,
    {
        self_: Required<"self">,
    }
}

impl Links {
    /// New, from its fields.
    pub fn new(self_: impl Into<String>) -> Self {
        Self {
            self_: self_.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// The relationships a phone number can have: CNAM preset, E911 address, primary and failover voice routes, and (after messaging enablement) a message provision job. Each is a JSON:API to-one relationship.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumberRelationships {
    /// A JSON:API to-one relationship.
    ///
    /// *Reconstructed, not documented by the provider:* data is required because every example has it; JSON:API also allows a relationship with only links or meta.
    pub cnam_preset: Option<Relationship>,
    /// A JSON:API to-one relationship.
    ///
    /// *Reconstructed, not documented by the provider:* data is required because every example has it; JSON:API also allows a relationship with only links or meta.
    pub e911_address: Option<Relationship>,
    /// A JSON:API to-one relationship.
    ///
    /// *Reconstructed, not documented by the provider:* data is required because every example has it; JSON:API also allows a relationship with only links or meta.
    pub failover_route: Option<Relationship>,
    /// A JSON:API to-one relationship.
    ///
    /// *Reconstructed, not documented by the provider:* data is required because every example has it; JSON:API also allows a relationship with only links or meta.
    pub message_provision: Option<Relationship>,
    /// A JSON:API to-one relationship.
    ///
    /// *Reconstructed, not documented by the provider:* data is required because every example has it; JSON:API also allows a relationship with only links or meta.
    pub primary_route: Option<Relationship>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct NumberRelationships
    where
        unknown_fields: Unknown,
    {
        cnam_preset: Optional<"cnam_preset">,
        e911_address: Optional<"e911_address">,
        failover_route: Optional<"failover_route">,
        message_provision: Optional<"message_provision">,
        primary_route: Optional<"primary_route">,
    }
}

/// A JSON:API to-one relationship.
///
/// *Reconstructed, not documented by the provider:* data is required because every example has it; JSON:API also allows a relationship with only links or meta.
#[derive(Debug, Clone, PartialEq)]
pub struct Relationship {
    /// The related object's JSON:API resource identifier, or null when there is none.
    pub data: Option<ResourceIdentifier>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Relationship
    where
        unknown_fields: Unknown,
    {
        data: Required<"data">,
    }
}

impl Relationship {
    /// New, from its fields.
    pub fn new(data: Option<ResourceIdentifier>) -> Self {
        Self {
            data,
            unknown_fields: Default::default(),
        }
    }
}

/// The related object's JSON:API resource identifier, or null when there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceIdentifier {
    /// ID of the related object (e.g. "0" for the default sip-reg route).
    pub id: String,
    /// Type of the related object, e.g. "route", "cnam" or "message_provision" (the included object for a message_provision relationship has type "message_provisioning_status").
    pub r#type: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ResourceIdentifier
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
        r#type: Required<"type">,
    }
}

impl ResourceIdentifier {
    /// New, from its fields.
    pub fn new(id: impl Into<String>, r#type: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
            unknown_fields: Default::default(),
        }
    }
}

switchboard_runtime::__string_enum! {
    /// This will always be number.
    #[derive(Default)]
    pub enum NumberResourceType {
        #[default]
        Number = "number",
    }
}

/// JSON:API links of a list document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListLinks {
    /// URI of this page.
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `self`.
    pub self_: Option<String>,
    /// URI of the next page.
    ///
    /// *Reconstructed, not documented by the provider:* The 2018 spec gives other lists RequestLinks {next, self}; its Numbers list shows only self.
    ///
    /// Format: `uri`.
    pub next: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListLinks
    where
        unknown_fields: Unknown,
    {
        self_: Optional<"self">,
        next: Optional<"next">,
    }
}

/// Error response body. The status in each error matches the HTTP status code returned; title and detail give more context.
///
/// # Example
///
/// The body of a `401` reply to `GET /numbers`:
///
/// ```json
/// {
///   "errors": [
///     {
///       "detail": "Authentication failed.",
///       "id": "7fc8c70a-ca58-430c-b383-b89df84f8083",
///       "status": 401,
///       "title": "Unauthorized"
///     }
///   ]
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorDocument {
    /// The errors that occurred.
    pub errors: Vec<ApiError>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ErrorDocument
    where
        unknown_fields: Unknown,
    {
        errors: Required<"errors">,
    }
}

impl ErrorDocument {
    /// New, from its fields.
    pub fn new(errors: Vec<ApiError>) -> Self {
        Self {
            errors,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for ErrorDocument {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::__private::first_message(&self.errors)
    }
}

/// One error. All fields are optional: the 403 example has no id and the 404 example no title.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiError {
    /// An expanded explanation of why your API request was unsuccessful.
    pub detail: Option<String>,
    /// Unique identifier associated with the API request that generated the error. Give it to Flowroute Support to retrieve details from the logs.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// HTTP Status code related to the error.
    pub status: Option<i32>,
    /// HTTP Short description of what error was encountered.
    pub title: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ApiError
    where
        unknown_fields: Unknown,
    {
        detail: Optional<"detail">,
        id: Optional<"id">,
        status: Optional<"status">,
        title: Optional<"title">,
    }
}

impl switchboard_runtime::ProviderMessage for ApiError {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.detail)
            .or_else(|| switchboard_runtime::ProviderMessage::provider_message(&self.title))
    }
}

/// JSON:API document holding one phone number (responses of get, purchase and patch).
///
/// # Example
///
/// The body of a `200` reply to `PATCH /numbers/{id}`:
///
/// ```json
/// {
///   "data": {
///     "attributes": {
///       "alias": "My NYC number",
///       "cnam_lookups_enabled": true,
///       "messaging_enabled": true,
///       "number_type": "longcode",
///       "rate_center": "nwyrcyzn01",
///       "state": "ny",
///       "value": "16463451234"
///     },
///     "id": "16463451234",
///     "links": {
///       "self": "https://api.flowroute.com/v2/numbers/16463451234"
///     },
///     "relationships": {
///       "cnam_preset": {
///         "data": null
///       },
///       "e911_address": {
///         "data": null
///       },
///       "failover_route": {
///         "data": null
///       },
///       "primary_route": {
///         "data": {
///           "id": "0",
///           "type": "route"
///         }
///       }
///     },
///     "type": "number"
///   },
///   "included": [
///     {
///       "attributes": {
///         "alias": "sip-reg",
///         "route_type": "sip-reg",
///         "value": null
///       },
///       "id": "0",
///       "links": {
///         "self": "https://api.flowroute.com/v2/routes/0"
///       },
///       "type": "route"
///     }
///   ],
///   "links": {
///     "self": "https://api.flowroute.com/v2/numbers/16463451234"
///   }
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct NumberDocument {
    /// A phone number resource object.
    pub data: NumberResource,
    /// An array of objects associated with the phone number: routes, message provisioning statuses, CNAM presets and E911 addresses.
    pub included: Option<Vec<IncludedResource>>,
    /// JSON:API links of a document or resource.
    ///
    /// *Reconstructed, not documented by the provider:* self is required because every example has it; JSON:API does not require it.
    pub links: Option<Links>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct NumberDocument
    where
        unknown_fields: Unknown,
    {
        data: Required<"data">,
        included: Optional<"included">,
        links: Optional<"links">,
    }
}

impl NumberDocument {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(data: NumberResource) -> Self {
        Self {
            data,
            included: None,
            links: None,
            unknown_fields: Default::default(),
        }
    }
}

/// An object related to the phone number. Its `attributes` depend on `type` and are kept free-form.
#[derive(Debug, Clone, PartialEq)]
pub struct IncludedResource {
    /// Attributes of the included object; the fields depend on `type`. route: alias (string), edge_strategy_id (integer, null in examples), route_type (host, number, uri or sip-reg), value (string, null for sip-reg). message_provisioning_status: status (e.g. "processing"), tn (the phone number). cnam and e911 attributes are not documented.
    pub attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// ID of the included object.
    pub id: String,
    /// JSON:API links of a document or resource.
    ///
    /// *Reconstructed, not documented by the provider:* self is required because every example has it; JSON:API does not require it.
    pub links: Option<Links>,
    /// Type of the included object. The details page's prose lists `cnam`, `e911`, `route` and `messaging-provision`; the seed's example sends `message_provisioning_status`, which wins.
    pub r#type: IncludedResourceType,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct IncludedResource
    where
        unknown_fields: Unknown,
    {
        attributes: Optional<"attributes">,
        id: Required<"id">,
        links: Optional<"links">,
        r#type: Required<"type">,
    }
}

impl IncludedResource {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(id: impl Into<String>, r#type: IncludedResourceType) -> Self {
        Self {
            attributes: None,
            id: id.into(),
            links: None,
            r#type,
            unknown_fields: Default::default(),
        }
    }
}

switchboard_runtime::__string_enum! {
    /// Type of the included object. The details page's prose lists `cnam`, `e911`, `route` and `messaging-provision`; the seed's example sends `message_provisioning_status`, which wins.
    pub enum IncludedResourceType {
        Route = "route",
        MessageProvisioningStatus = "message_provisioning_status",
        Cnam = "cnam",
        E911 = "e911",
    }
}

/// Options for Purchase a Phone Number; every field is optional.
///
/// *Reconstructed, not documented by the provider:* The purchase page lists these fields without saying they go in a JSON body; body placement is inferred from patchNumber.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumberPurchase {
    /// If set to True, every time you receive an inbound call, Flowroute will contact one of the CNAM databases across the country and attempt to retrieve the Caller Id for the number. This will incur a charge called a 'CNAM Dip'. If set to False, this will not happen. If left unset, this will default to the "CNAM Lookups by Default" setting in your account preferences (Preferences-&gt;Features).
    pub cnam_lookups_enabled: Option<bool>,
    /// If set to True, sends an external request to the Message Provision API to change the enablement state of the number after purchase is complete. If not set, the default value is False. If the Message Provision API is unavailable the purchase answers 207 Multi-Status.
    pub messaging_enabled: Option<bool>,
}

switchboard_runtime::__serde_struct! {
    struct NumberPurchase {
        cnam_lookups_enabled: Optional<"cnam_lookups_enabled">,
        messaging_enabled: Optional<"messaging_enabled">,
    }
}

/// Body of Update Details for a Phone Number. A flat object (not wrapped in a JSON:API `data` member); only `type` is required, every other field is changed only when sent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumberPatch {
    /// Type of the data object to be updated. This will always be number.
    pub r#type: NumberPatchType,
    /// Nonunique friendly name to be assigned to the phone number. `null` removes the alias: a number without one is documented with `"alias": null` (message-enablement 200 example).
    ///
    /// *Reconstructed, not documented by the provider:* The PATCH page types alias as a string; that null clears it is inferred from the responses, which show a number with no alias as "alias" null.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub alias: Option<Option<String>>,
    /// Enable or Disable CNAM Lookups on inbound calls.
    pub cnam_lookups_enabled: Option<bool>,
    /// If set to True, sends an external request to the Message Provision API to change the enablement state of the number. Defaults to False. See Flowroute Pricing for the costs of enabling a number to send and receive messages. If messaging_enabled is set to True and the Message Provision API is unavailable, the status code will be 207 Multi-Status; enabling can be retried via the Message Provision API or this operation.
    pub messaging_enabled: Option<bool>,
    /// If set to True in combination with messaging_enabled, causes the Message Provision API to send an email to the account contact address on file when the Message Provision job finishes.
    pub messaging_email: Option<bool>,
    /// If set to a valid URL in combination with messaging_enabled, causes the Message Provision API to send a notification via callback when the Provision request is finished (see the Callbacks page).
    pub messaging_callback_url: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct NumberPatch {
        r#type: Required<"type">,
        alias: Present<"alias">,
        cnam_lookups_enabled: Optional<"cnam_lookups_enabled">,
        messaging_enabled: Optional<"messaging_enabled">,
        messaging_email: Optional<"messaging_email">,
        messaging_callback_url: Optional<"messaging_callback_url">,
    }
}

switchboard_runtime::__string_enum! {
    /// Type of the data object to be updated. This will always be number.
    #[derive(Default)]
    pub enum NumberPatchType {
        #[default]
        Number = "number",
    }
}
