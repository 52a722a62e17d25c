// Generated from `specs/carrierx.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `carrierx` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// A page of Partner objects.
///
/// *Reconstructed, not documented by the provider:* count, has_more and items are required because the Get Partners example shows them; the page's response-field table was not in the stored excerpt.
///
/// # Example
///
/// The body of a `200` reply to `GET /partners`:
///
/// ```json
/// {
///   "count": 1,
///   "has_more": false,
///   "items": [
///     {
///       "acls": [],
///       "address1": null,
///       "address2": null,
///       "attributes": {},
///       "available_scopes": [
///         "accesscontrol.manage",
///         "app.manage",
///         "calls.manage",
///         "countries.manage",
///         "endpoints.manage",
///         "invoices.manage",
///         "lookup.dids.read",
///         "oauth.allow_token_scope_update",
///         "oauth.manage",
///         "oauth.manage_all_tokens",
///         "partners.billing_method.manage",
///         "partners.read",
///         "partners.update",
///         "phonenumber.manage",
///         "push.manage",
///         "rating.manage",
///         "shortener.manage",
///         "sms.manage",
///         "storage.manage",
///         "trunk_groups.manage",
///         "trunk_groups.trunks.manage",
///         "verification.manage"
///       ],
///       "balance": "4.4",
///       "billing_email": "example@example.com",
///       "callbacks": {},
///       "charge_at": "20",
///       "city": null,
///       "company_name": "FreeConferenceCall",
///       "country_code": "USA",
///       "daily_spending_limit": "500",
///       "daily_spent_amount": "0",
///       "date_created": "2024-05-20T18:32:37.000Z",
///       "display_id": "CX15650613",
///       "login": "example",
///       "name": "John Smith",
///       "owner_email": "example@example.com",
///       "parent_assigned_acls": [
///         {
///           "access_control_rules": [
///             "41f8b2d4-68e4-42f7-43b7-357a090cb1ab"
///           ],
///           "direction": "outbound",
///           "sms_action_false": null,
///           "sms_action_true": null,
///           "voice_action_false": null,
///           "voice_action_true": "reject403"
///         },
///         {
///           "access_control_rules": [
///             "50d74234-73c7-4da4-819e-6e34c451ed71"
///           ],
///           "direction": "outbound",
///           "sms_action_false": null,
///           "sms_action_true": "reject",
///           "voice_action_false": null,
///           "voice_action_true": null
///         }
///       ],
///       "parent_sid": "be128456-3098-4564-b0d1-67dbceee265f",
///       "partner_sid": "6bace9c5-3eef-4f75-8f48-fb98e04408be",
///       "payment_type": "prepay",
///       "phonenumber": "8448440707",
///       "prepay_amount": "100",
///       "spending_limit": "500",
///       "state": null,
///       "status": "active",
///       "tech_email": "example@example.com",
///       "transformations": [],
///       "zip": "90804"
///     }
///   ]
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerList {
    /// The number of items in this response.
    pub count: i32,
    /// Whether more items exist beyond this page.
    pub has_more: bool,
    /// The Partner objects.
    pub items: Vec<Partner>,
    /// The limit applied to this response.
    ///
    /// *Reconstructed, not documented by the provider:* Listed in partners-notes.txt for CarrierX list responses; not visible in the stored Get Partners excerpt.
    pub limit: Option<i32>,
    /// The offset applied to this response.
    ///
    /// *Reconstructed, not documented by the provider:* Listed in partners-notes.txt for CarrierX list responses; not visible in the stored Get Partners excerpt.
    pub offset: Option<i32>,
    /// Pagination details (contents not documented in the stored excerpts).
    ///
    /// *Reconstructed, not documented by the provider:* Listed in partners-notes.txt for CarrierX list responses; not visible in the stored Get Partners excerpt.
    pub pagination: Option<serde_json::Map<String, serde_json::Value>>,
    /// The total number of matching items.
    ///
    /// *Reconstructed, not documented by the provider:* Read by the carrierx-python SDK (r.json()\['total'\]); not visible in the stored Get Partners excerpt.
    pub total: Option<i32>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct PartnerList
    where
        unknown_fields: Unknown,
    {
        count: Required<"count">,
        has_more: Required<"has_more">,
        items: Required<"items">,
        limit: Optional<"limit">,
        offset: Optional<"offset">,
        pagination: Optional<"pagination">,
        total: Optional<"total">,
    }
}

impl PartnerList {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(count: i32, has_more: bool, items: Vec<Partner>) -> Self {
        Self {
            count,
            has_more,
            items,
            limit: None,
            offset: None,
            pagination: None,
            total: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The Partner object represents an organization or account within the CarrierX platform that owns, manages, or resells communication services. No field is required: Get Partner by SID and Get Partners are enabled for Field Filtering (`include_fields` / `exclude_fields`), so a reply carries the fields asked for; an unfiltered reply carries all 31 fields below. Only the 15 fields listed as modifiable on the Update Partner page are writable; a PUT sends the whole object back, read-only fields with their current values.
///
/// # Example
///
/// The body of a `200` reply to `POST /partners`:
///
/// ```json
/// {
///   "acls": [],
///   "address1": null,
///   "address2": null,
///   "attributes": {},
///   "available_scopes": [],
///   "balance": "5",
///   "billing_email": null,
///   "callbacks": {
///     "sms": "https://example.com/sms-callback-url"
///   },
///   "charge_at": null,
///   "city": null,
///   "company_name": "ABC",
///   "country_code": "USA",
///   "daily_spending_limit": "500",
///   "daily_spent_amount": "0",
///   "date_created": "2024-01-22T17:16:30.844Z",
///   "display_id": "CX57121051",
///   "login": "john",
///   "name": "John Smith",
///   "owner_email": null,
///   "parent_assigned_acls": [],
///   "parent_sid": "ed437757-002d-4ecc-aa5a-efdf5e50dba0",
///   "partner_sid": "aeda835c-6627-4f4c-ac73-9edcae95640b",
///   "payment_type": "postpay",
///   "phonenumber": "180045012323",
///   "prepay_amount": null,
///   "spending_limit": "100",
///   "state": "",
///   "status": "unverified",
///   "tech_email": null,
///   "transformations": [],
///   "zip": "90804"
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Partner {
    /// The Access Control List, as defined on the Partner object directly. This holds a list of rules that determine the scope of data to be checked in SIP calls. This field is assigned on the Partner object itself and cannot be assigned by a parent partner.
    pub acls: Option<Vec<AccessControlList>>,
    /// The partner address.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub address1: Option<Option<String>>,
    /// The partner address second field.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub address2: Option<Option<String>>,
    /// The partner attributes (key/value pairs; `{}` in every example).
    ///
    /// *Reconstructed, not documented by the provider:* The docs type it only as "object"; string values assumed as for other CarrierX attributes maps.
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// The abilities that this specific partner has. This field is for internal use only. The docs' table types it as a string, but every example sends an array of scope names (e.g. "partners.read"), so it is an array of strings here.
    pub available_scopes: Option<Vec<String>>,
    /// The current balance of the partner. Decimal amount sent as a JSON string (e.g. "351.52"); the docs' table says number, the examples send strings.
    pub balance: Option<String>,
    /// The partner email address used for billing purposes. If this field is empty, the owner_email is used. Multiple email addresses can be separated by commas. Null until the address has been verified.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub billing_email: Option<Option<String>>,
    /// The callback URLs, keyed by callback type. Every key is optional; `{}` means no callbacks.
    pub callbacks: Option<PartnerCallbacks>,
    /// The balance value when the prepay account will be charged. Sent as a JSON string (e.g. "20") or null; the docs' table says number.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub charge_at: Option<Option<String>>,
    /// The partner city.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub city: Option<Option<String>>,
    /// The partner company name.
    pub company_name: Option<String>,
    /// The partner country ISO 3166-1 alpha-3 code (e.g. "USA").
    pub country_code: Option<String>,
    /// The maximum amount that the partner is allowed to spend on the account per day. Sent as a JSON string (e.g. "500"); the docs' table says number (a mirror says integer).
    pub daily_spending_limit: Option<String>,
    /// The amount that the partner has spent on the account during the current day. Sent as a JSON string (e.g. "0"); the docs' table says number (a mirror says integer).
    pub daily_spent_amount: Option<String>,
    /// The date and time when the partner was created.
    ///
    /// Format: `date-time`.
    pub date_created: Option<String>,
    /// The partner unique ID (e.g. "CX72521509").
    pub display_id: Option<String>,
    /// The login for web and Core API.
    pub login: Option<String>,
    /// The partner name.
    pub name: Option<String>,
    /// The partner primary email address. Null until the address has been verified.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub owner_email: Option<Option<String>>,
    /// The Access Control List assigned to the partner by its parent partner (table row cut in the stored docs excerpt).
    pub parent_assigned_acls: Option<Vec<AccessControlList>>,
    /// The secure ID of the parent partner (table row not in the stored docs excerpt).
    pub parent_sid: Option<String>,
    /// The partner secure ID.
    pub partner_sid: Option<String>,
    /// The partner payment type. Values seen in the examples are prepay and postpay.
    ///
    /// *Reconstructed, not documented by the provider:* Enum values taken from the examples; the table row listing the values was not in the stored excerpt.
    pub payment_type: Option<PartnerPaymentType>,
    /// The partner phone number (e.g. "15162065574").
    pub phonenumber: Option<String>,
    /// The amount charged to a prepay account when its balance reaches charge_at. Sent as a JSON string (e.g. "100") or null (table row not in the stored excerpt).
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub prepay_amount: Option<Option<String>>,
    /// The partner spending limit. Sent as a JSON string (e.g. "0", "500") (table row not in the stored excerpt).
    pub spending_limit: Option<String>,
    /// The partner state; null or an empty string in the examples.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub state: Option<Option<String>>,
    /// The partner status. Values seen in the examples are "active" and "unverified" (a new partner stays unverified until its email address is verified).
    pub status: Option<String>,
    /// The partner technical email address. Null until the address has been verified.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub tech_email: Option<Option<String>>,
    /// The transformations applied to the partner's traffic.
    pub transformations: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// The partner ZIP code.
    pub zip: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Partner
    where
        unknown_fields: Unknown,
    {
        acls: Optional<"acls">,
        address1: Present<"address1">,
        address2: Present<"address2">,
        attributes: Optional<"attributes">,
        available_scopes: Optional<"available_scopes">,
        balance: Optional<"balance">,
        billing_email: Present<"billing_email">,
        callbacks: Optional<"callbacks">,
        charge_at: Present<"charge_at">,
        city: Present<"city">,
        company_name: Optional<"company_name">,
        country_code: Optional<"country_code">,
        daily_spending_limit: Optional<"daily_spending_limit">,
        daily_spent_amount: Optional<"daily_spent_amount">,
        date_created: Optional<"date_created">,
        display_id: Optional<"display_id">,
        login: Optional<"login">,
        name: Optional<"name">,
        owner_email: Present<"owner_email">,
        parent_assigned_acls: Optional<"parent_assigned_acls">,
        parent_sid: Optional<"parent_sid">,
        partner_sid: Optional<"partner_sid">,
        payment_type: Optional<"payment_type">,
        phonenumber: Optional<"phonenumber">,
        prepay_amount: Present<"prepay_amount">,
        spending_limit: Optional<"spending_limit">,
        state: Present<"state">,
        status: Optional<"status">,
        tech_email: Present<"tech_email">,
        transformations: Optional<"transformations">,
        zip: Optional<"zip">,
    }
}

/// Access Control List (ACL): associates Access Control Rules (by secure ID) with a traffic direction and the actions to execute when the rules match or do not match. The ACL page labels every field "read only", but the Update Partner page (which wins) lists acls and parent_assigned_acls as modifiable, so the fields are writable here. On Trunk Groups and Trunks the SMS actions are always null and read-only.
///
/// *Reconstructed, not documented by the provider:* All six fields are required because the ACL page's attribute table and its sample list them all; no page says which an ACL in a request must carry.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessControlList {
    /// The list of access control rules secure IDs.
    pub access_control_rules: Vec<String>,
    /// The direction for the access control list: any (both sent and received calls and messages), inbound (received), outbound (sent), undirected (actions with no direction specified).
    pub direction: AccessControlListDirection,
    /// The action to be executed for SMS messages if no access control rules are applied.
    pub sms_action_false: Option<AccessControlListSmsActionFalse>,
    /// The action to be executed for SMS messages if any access control rules are applied.
    pub sms_action_true: Option<AccessControlListSmsActionTrue>,
    /// The action to be executed for calls if no access control rules are applied: accept, reject403 (reject with 403), reject503 (reject with 503).
    pub voice_action_false: Option<AccessControlListVoiceActionFalse>,
    /// The action to be executed for calls if any access control rules are applied: accept, reject403 (reject with 403), reject503 (reject with 503).
    pub voice_action_true: Option<AccessControlListVoiceActionTrue>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct AccessControlList
    where
        unknown_fields: Unknown,
    {
        access_control_rules: Required<"access_control_rules">,
        direction: Required<"direction">,
        sms_action_false: Required<"sms_action_false">,
        sms_action_true: Required<"sms_action_true">,
        voice_action_false: Required<"voice_action_false">,
        voice_action_true: Required<"voice_action_true">,
    }
}

impl AccessControlList {
    /// New, from its fields.
    pub fn new(
        access_control_rules: Vec<String>,
        direction: AccessControlListDirection,
        sms_action_false: Option<AccessControlListSmsActionFalse>,
        sms_action_true: Option<AccessControlListSmsActionTrue>,
        voice_action_false: Option<AccessControlListVoiceActionFalse>,
        voice_action_true: Option<AccessControlListVoiceActionTrue>,
    ) -> Self {
        Self {
            access_control_rules,
            direction,
            sms_action_false,
            sms_action_true,
            voice_action_false,
            voice_action_true,
            unknown_fields: Default::default(),
        }
    }
}

switchboard_runtime::__string_enum! {
    /// The direction for the access control list: any (both sent and received calls and messages), inbound (received), outbound (sent), undirected (actions with no direction specified).
    pub enum AccessControlListDirection {
        Any = "any",
        Inbound = "inbound",
        Outbound = "outbound",
        Undirected = "undirected",
    }
}

switchboard_runtime::__string_enum! {
    /// The action to be executed for SMS messages if no access control rules are applied.
    pub enum AccessControlListSmsActionFalse {
        Accept = "accept",
        Reject = "reject",
    }
}

switchboard_runtime::__string_enum! {
    /// The action to be executed for SMS messages if any access control rules are applied.
    pub enum AccessControlListSmsActionTrue {
        Accept = "accept",
        Reject = "reject",
    }
}

switchboard_runtime::__string_enum! {
    /// The action to be executed for calls if no access control rules are applied: accept, reject403 (reject with 403), reject503 (reject with 503).
    pub enum AccessControlListVoiceActionFalse {
        Accept = "accept",
        Reject403 = "reject403",
        Reject503 = "reject503",
    }
}

switchboard_runtime::__string_enum! {
    /// The action to be executed for calls if any access control rules are applied: accept, reject403 (reject with 403), reject503 (reject with 503).
    pub enum AccessControlListVoiceActionTrue {
        Accept = "accept",
        Reject403 = "reject403",
        Reject503 = "reject503",
    }
}

/// The callback URLs, keyed by callback type. Every key is optional; `{}` means no callbacks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartnerCallbacks {
    /// Callback URL for conference call activity.
    pub app_conference_call: Option<String>,
    /// Callback URL for conference meeting room activity.
    pub app_conference_meeting: Option<String>,
    /// Callback URL for the activity triggered by Mediator endpoint.
    pub app_mediator: Option<String>,
    /// Callback URL for text message activity (when an SMS is sent or received).
    pub sms: Option<String>,
    /// Callback URL for getting callbacks with a confirmation of renting a DID from an external provider successfully.
    pub phonenumber_order: Option<String>,
    /// Callback URL for notifications when SMS/MMS messaging is enabled or disabled for a DID.
    pub phonenumber_messaging_update: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct PartnerCallbacks
    where
        unknown_fields: Unknown,
    {
        app_conference_call: Optional<"app_conference_call">,
        app_conference_meeting: Optional<"app_conference_meeting">,
        app_mediator: Optional<"app_mediator">,
        sms: Optional<"sms">,
        phonenumber_order: Optional<"phonenumber_order">,
        phonenumber_messaging_update: Optional<"phonenumber_messaging_update">,
    }
}

switchboard_runtime::__string_enum! {
    /// The partner payment type. Values seen in the examples are prepay and postpay.
    ///
    /// *Reconstructed, not documented by the provider:* Enum values taken from the examples; the table row listing the values was not in the stored excerpt.
    pub enum PartnerPaymentType {
        Prepay = "prepay",
        Postpay = "postpay",
    }
}

/// Error body. The Responses page lists the status codes and messages but its stored excerpt shows no body; the carrierx-python SDK reads an `errors` member.
///
/// *Reconstructed, not documented by the provider:* Body shape from the carrierx-python SDK (json\['errors'\]); no documented error example.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponse {
    /// The errors found in the request.
    pub errors: Option<Vec<serde_json::Value>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ErrorResponse
    where
        unknown_fields: Unknown,
    {
        errors: Optional<"errors">,
    }
}

impl switchboard_runtime::ProviderMessage for ErrorResponse {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        None
    }
}

/// Body of POST /partners. The properties are the fields of the documented sample request plus the fields the Update Partner page lists as modifiable; which ones are required is not documented in the stored excerpt, so none is marked required.
///
/// *Reconstructed, not documented by the provider:* The Create Partner body-argument table was not in the stored excerpt; properties come from the sample request and the modifiable-field list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartnerCreate {
    /// The login for web and Core API.
    pub login: Option<String>,
    /// The partner password (create only; never returned).
    ///
    /// Format: `password`.
    pub password: Option<String>,
    /// The partner name.
    pub name: Option<String>,
    /// The partner company name.
    pub company_name: Option<String>,
    /// The secure ID of the parent partner (the sample sends an empty string).
    pub parent_sid: Option<String>,
    /// The partner country ISO 3166-1 alpha-3 code.
    pub country_code: Option<String>,
    /// The partner ZIP code.
    pub zip: Option<String>,
    /// The partner primary email address; a verification message is sent to it.
    pub owner_email: Option<String>,
    /// The partner payment type.
    pub payment_type: Option<PartnerCreatePaymentType>,
    /// The partner phone number.
    pub phonenumber: Option<String>,
    /// The balance value when the prepay account will be charged. The Create sample request sends a JSON number (20) and the table says number, although responses serialize it as a string.
    pub charge_at: Option<serde_json::Number>,
    /// The prepay amount, sent as a JSON string in the Create sample ("100").
    pub prepay_amount: Option<String>,
    /// The Access Control List, as defined on the Partner object directly.
    ///
    /// *Reconstructed, not documented by the provider:* Not in the Create sample; assumed settable at creation because it is modifiable.
    pub acls: Option<Vec<AccessControlList>>,
    /// The partner address.
    ///
    /// *Reconstructed, not documented by the provider:* Not in the Create sample; assumed settable at creation because it is modifiable.
    pub address1: Option<String>,
    /// The partner address second field.
    ///
    /// *Reconstructed, not documented by the provider:* Not in the Create sample; assumed settable at creation because it is modifiable.
    pub address2: Option<String>,
    /// The partner attributes (key/value pairs; `{}` in every example).
    ///
    /// *Reconstructed, not documented by the provider:* The docs type it only as "object"; string values assumed as for other CarrierX attributes maps.
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// The partner email address used for billing purposes; a verification message is sent to it.
    ///
    /// *Reconstructed, not documented by the provider:* Named by the Create page's verification note, not in the Create sample.
    pub billing_email: Option<String>,
    /// The callback URLs, keyed by callback type. Every key is optional; `{}` means no callbacks.
    pub callbacks: Option<PartnerCallbacks>,
    /// The partner city.
    ///
    /// *Reconstructed, not documented by the provider:* Not in the Create sample; assumed settable at creation because it is modifiable.
    pub city: Option<String>,
    /// The Access Control List assigned to the partner by its parent partner.
    ///
    /// *Reconstructed, not documented by the provider:* Not in the Create sample; assumed settable at creation because it is modifiable.
    pub parent_assigned_acls: Option<Vec<AccessControlList>>,
    /// The partner technical email address; a verification message is sent to it.
    ///
    /// *Reconstructed, not documented by the provider:* Named by the Create page's verification note, not in the Create sample.
    pub tech_email: Option<String>,
    /// The transformations applied to the partner's traffic.
    ///
    /// *Reconstructed, not documented by the provider:* Not in the Create sample; assumed settable at creation because it is modifiable.
    pub transformations: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

switchboard_runtime::__serde_struct! {
    struct PartnerCreate {
        login: Optional<"login">,
        password: Optional<"password">,
        name: Optional<"name">,
        company_name: Optional<"company_name">,
        parent_sid: Optional<"parent_sid">,
        country_code: Optional<"country_code">,
        zip: Optional<"zip">,
        owner_email: Optional<"owner_email">,
        payment_type: Optional<"payment_type">,
        phonenumber: Optional<"phonenumber">,
        charge_at: Optional<"charge_at">,
        prepay_amount: Optional<"prepay_amount">,
        acls: Optional<"acls">,
        address1: Optional<"address1">,
        address2: Optional<"address2">,
        attributes: Optional<"attributes">,
        billing_email: Optional<"billing_email">,
        callbacks: Optional<"callbacks">,
        city: Optional<"city">,
        parent_assigned_acls: Optional<"parent_assigned_acls">,
        tech_email: Optional<"tech_email">,
        transformations: Optional<"transformations">,
    }
}

switchboard_runtime::__string_enum! {
    /// The partner payment type.
    pub enum PartnerCreatePaymentType {
        Prepay = "prepay",
        Postpay = "postpay",
    }
}

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/components/parameters/NestedObjects/schema`.
    #[derive(Default)]
    pub enum NestedObjects {
        #[default]
        Replace = "replace",
    }
}

/// Body of a PATCH /partners/{partner_sid}: any subset of the 15 modifiable Partner fields; only the fields sent are changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartnerPatch {
    /// The Access Control List, as defined on the Partner object directly. This field is assigned on the Partner object itself and cannot be assigned by a parent partner.
    pub acls: Option<Vec<AccessControlList>>,
    /// The partner address.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub address1: Option<Option<String>>,
    /// The partner address second field.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub address2: Option<Option<String>>,
    /// The partner attributes (key/value pairs; `{}` in every example).
    ///
    /// *Reconstructed, not documented by the provider:* The docs type it only as "object"; string values assumed as for other CarrierX attributes maps.
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// The partner email address used for billing purposes. If this field is empty, the owner_email is used. Multiple email addresses can be separated by commas.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub billing_email: Option<Option<String>>,
    /// The callback URLs, keyed by callback type. Every key is optional; `{}` means no callbacks.
    pub callbacks: Option<PartnerCallbacks>,
    /// The partner city.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub city: Option<Option<String>>,
    /// The partner company name.
    pub company_name: Option<String>,
    /// The partner name.
    pub name: Option<String>,
    /// The partner primary email address.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub owner_email: Option<Option<String>>,
    /// The Access Control List assigned to the partner by its parent partner.
    pub parent_assigned_acls: Option<Vec<AccessControlList>>,
    /// The partner phone number.
    pub phonenumber: Option<String>,
    /// The partner technical email address.
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub tech_email: Option<Option<String>>,
    /// The transformations applied to the partner's traffic.
    pub transformations: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// The partner ZIP code.
    pub zip: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct PartnerPatch {
        acls: Optional<"acls">,
        address1: Present<"address1">,
        address2: Present<"address2">,
        attributes: Optional<"attributes">,
        billing_email: Present<"billing_email">,
        callbacks: Optional<"callbacks">,
        city: Present<"city">,
        company_name: Optional<"company_name">,
        name: Optional<"name">,
        owner_email: Present<"owner_email">,
        parent_assigned_acls: Optional<"parent_assigned_acls">,
        phonenumber: Optional<"phonenumber">,
        tech_email: Present<"tech_email">,
        transformations: Optional<"transformations">,
        zip: Optional<"zip">,
    }
}
