// Generated from `specs/convirza.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `convirza` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// Response envelope of List Provisioned Routes.
///
/// *Reconstructed, not documented by the provider:* The List page was not stored; the documented V3 envelope with a page of routes as data is assumed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisionedRouteListEnvelope {
    /// HTTP status code repeated in the body (201 on create, 200 on update in the examples).
    pub code: Option<i32>,
    /// Outcome message ("Success" in the examples).
    pub message: Option<String>,
    /// One page of routes.
    pub data: Option<ProvisionedRouteList>,
    /// Request identifier (a UUID in the examples).
    pub request_id: Option<String>,
    /// Server time of the response (an ISO 8601 UTC time in the examples).
    pub timestamp: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRouteListEnvelope
    where
        unknown_fields: Unknown,
    {
        code: Optional<"code">,
        message: Optional<"message">,
        data: Optional<"data">,
        request_id: Optional<"request_id">,
        timestamp: Optional<"timestamp">,
    }
}

/// One page of provisioned routes.
///
/// *Reconstructed, not documented by the provider:* The List page was not stored; shaped like the documented List Users data ({users: \[...\], total}).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisionedRouteList {
    /// Routes on this page.
    pub provisioned_routes: Option<Vec<ProvisionedRoute>>,
    /// Total number of matching routes (for computing pages).
    pub total: Option<i64>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRouteList
    where
        unknown_fields: Unknown,
    {
        provisioned_routes: Optional<"provisioned_routes">,
        total: Optional<"total">,
    }
}

/// A provisioned route as returned by Get Provisioned Route Details and List Provisioned Routes.
///
/// *Reconstructed, not documented by the provider:* The Get/List pages were not stored; shape assumed to be the create body plus provisioned_route_id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisionedRoute {
    /// Route ID, assigned by Convirza.
    pub provisioned_route_id: Option<i64>,
    /// Route name (Identity).
    pub provisioned_route_name: Option<String>,
    /// Route status (Identity): active or inactive.
    pub provisioned_route_status: Option<ProvisionedRouteStatus>,
    /// Call conversion value (Analytics). The example sends the JSON number 100; typed as number, not integer, because a conversion value may carry decimals (the field table was not captured).
    ///
    /// *Reconstructed, not documented by the provider:* The field table was not captured; number rather than integer is inferred (a conversion value may carry decimals), the example sends 100.
    pub call_value: Option<serde_json::Number>,
    /// Repeat interval (Analytics). The example sends 30; the unit is not stated in the stored docs.
    pub repeat_interval: Option<i32>,
    /// Organization unit (group) the route belongs to (Identity).
    pub org_unit_id: Option<i64>,
    /// Webhook to notify for this route (Analytics: webhook integration).
    pub webhook_id: Option<i64>,
    /// Enable SMS forwarding (settings in sms_settings).
    pub sms_enabled: Option<bool>,
    /// Enable spam protection.
    pub spam_enabled: Option<bool>,
    /// SMS forwarding settings: assigned users and notification preferences.
    pub sms_settings: Option<SmsSettings>,
    /// Ad source attribution (custom sources). Wire name is camelCase, unlike the other fields.
    ///
    /// Wire name: `customSourceList`.
    pub custom_source_list: Option<Vec<CustomSource>>,
    /// Call routing: ring strategy and the call-handling configuration.
    pub routing_configuration: Option<RoutingConfiguration>,
    /// Tracking numbers assigned to the route (one or more can be assigned at creation time).
    pub phone_numbers: Option<Vec<RoutePhoneNumber>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRoute
    where
        unknown_fields: Unknown,
    {
        provisioned_route_id: Optional<"provisioned_route_id">,
        provisioned_route_name: Optional<"provisioned_route_name">,
        provisioned_route_status: Optional<"provisioned_route_status">,
        call_value: Optional<"call_value">,
        repeat_interval: Optional<"repeat_interval">,
        org_unit_id: Optional<"org_unit_id">,
        webhook_id: Optional<"webhook_id">,
        sms_enabled: Optional<"sms_enabled">,
        spam_enabled: Optional<"spam_enabled">,
        sms_settings: Optional<"sms_settings">,
        custom_source_list: Optional<"customSourceList">,
        routing_configuration: Optional<"routing_configuration">,
        phone_numbers: Optional<"phone_numbers">,
    }
}

switchboard_runtime::__string_enum! {
    /// Route status. The docs list "active / inactive".
    pub enum ProvisionedRouteStatus {
        Active = "active",
        Inactive = "inactive",
    }
}

/// SMS forwarding settings: assigned users and notification preferences.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SmsSettings {
    /// User IDs that receive forwarded SMS (the example repeats 849; duplicates are not rejected by the schema).
    pub assigned_users: Option<Vec<i64>>,
    /// Notify assigned users by SMS.
    pub sms_notifications: Option<bool>,
    /// Notify assigned users by email.
    pub email_notifications: Option<bool>,
    /// Unclaimed-SMS handling flag (not described further in the stored docs).
    pub unclaimed_sms: Option<bool>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct SmsSettings
    where
        unknown_fields: Unknown,
    {
        assigned_users: Optional<"assigned_users">,
        sms_notifications: Optional<"sms_notifications">,
        email_notifications: Optional<"email_notifications">,
        unclaimed_sms: Optional<"unclaimed_sms">,
    }
}

/// Custom (ad) source attribution entry.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomSource {
    /// Custom source ID. Sent as a JSON string of digits ("1080") in the example, so typed string.
    pub custom_source_id: Option<String>,
    /// Custom source slot; the example sends "CS1" and "CS2" (no value list is documented, so no enum).
    pub custom_source_type: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct CustomSource
    where
        unknown_fields: Unknown,
    {
        custom_source_id: Optional<"custom_source_id">,
        custom_source_type: Optional<"custom_source_type">,
    }
}

/// Call routing: ring strategy plus the call-handling configuration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoutingConfiguration {
    /// Ring strategy (simple, round-robin, simultaneous).
    pub routing_type: Option<RoutingType>,
    /// Forwarding number and call-handling settings.
    pub config: Option<RoutingConfig>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct RoutingConfiguration
    where
        unknown_fields: Unknown,
    {
        routing_type: Optional<"routing_type">,
        config: Optional<"config">,
    }
}

switchboard_runtime::__string_enum! {
    /// Ring strategy. Values as listed in the docs' prose ("simple, round-robin, simultaneous"); the example sends "simple". Note: the same page's example spells round robin "round_robin" (underscore) in hunt_options.type, so the wire value for round robin here may be "round_robin"; the documented hyphenated spelling is kept because no example shows this field with it.
    ///
    /// *Reconstructed, not documented by the provider:* The values are the Create page's prose list for the ring strategy ("Call Routing: forwarding number, ring strategy (simple, round-robin, simultaneous)"); that routing_type takes them, spelled so, is inferred: the example shows only "simple".
    pub enum RoutingType {
        Simple = "simple",
        RoundRobin = "round-robin",
        Simultaneous = "simultaneous",
    }
}

/// Forwarding number and call-handling settings (routing_configuration.config). Flags are mixed on the wire: most are JSON booleans, but ftc_whisper_enabled and message_enabled are sent as the string "1", and voicemail_rings_count as the string "3"; the spec keeps the wire types.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoutingConfig {
    /// Forwarding number the call rings to (digits, sent as a string).
    pub ringto: Option<String>,
    /// Ring destinations simultaneously.
    ///
    /// Wire name: `isSimultaneousRing`.
    pub is_simultaneous_ring: Option<bool>,
    /// Click-to-call enabled flag (not described further in the stored docs).
    pub click_to_call_enabled: Option<bool>,
    /// What is presented as caller ID (DNIS as CID); the example sends "phone_number". No value list is documented.
    pub dnis_as_cid: Option<String>,
    /// Voice prompt played to the caller.
    pub voice_prompt: Option<String>,
    /// Play a whisper message to the answering party (boolean on the wire).
    pub whisper_enabled: Option<bool>,
    /// Whisper source type; the example sends "file". No value list is documented.
    pub whisper_type: Option<String>,
    /// Whisper message.
    pub whisper_message: Option<String>,
    /// First-time-caller (FTC) whisper enabled. A flag sent as the JSON string "1" in the example (unlike whisper_enabled, a boolean), so typed string.
    pub ftc_whisper_enabled: Option<String>,
    /// First-time-caller whisper source type; the example sends "file".
    pub ftc_whisper_type: Option<String>,
    /// First-time-caller whisper message; with type "file" the example sends a prompt identifier ("qLMcUEqb_1660813454043").
    pub ftc_whisper_message: Option<String>,
    /// Message enabled. A flag sent as the JSON string "1" in the example, so typed string.
    pub message_enabled: Option<String>,
    /// Message source type; the example sends "file".
    pub message_type: Option<String>,
    /// Message; with type "file" the example sends a prompt identifier ("fBiYF5MG_1674141425479").
    pub message: Option<String>,
    /// Send unanswered calls to voicemail.
    pub activate_voicemail: Option<bool>,
    /// Voicemail greeting.
    pub voicemail_greeting: Option<String>,
    /// Activate the AI voice agent.
    pub activate_voiceagent: Option<bool>,
    /// ODN flag (not described in the stored docs).
    ///
    /// Wire name: `is_ODN_enabled`.
    pub is_odn_enabled: Option<bool>,
    /// Click-to-call flag (not described further in the stored docs; distinct from click_to_call_enabled on the wire).
    pub click_to_call: Option<bool>,
    /// When the disclaimer is played; the example sends "before". No value list is documented.
    pub play_disclaimer: Option<String>,
    /// Play an on-hold message.
    pub play_on_hold_enabled: Option<bool>,
    /// On-hold message; an empty string in the example.
    pub play_on_hold_message: Option<String>,
    /// On-hold message source type; an empty string in the example.
    pub play_on_hold_message_type: Option<String>,
    /// Record calls.
    pub record_call: Option<bool>,
    /// Overflow numbers (camelCase on the wire).
    ///
    /// Wire name: `overflowNumbers`.
    pub overflow_numbers: Option<Vec<OverflowNumber>>,
    /// Assigned agent ID; null in the example.
    ///
    /// *Reconstructed, not documented by the provider:* The only example value is null; integer assumed like the other *_id fields (voice_agent_id: 683).
    ///
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub assigned_agent_id: Option<Option<i64>>,
    /// Route calls to the AI voice agent.
    pub route_voice_agent_enabled: Option<bool>,
    /// Rings before the AI voice agent answers. A JSON number (3) in the example, unlike voicemail_rings_count.
    pub voice_agent_rings_count: Option<i32>,
    /// AI voice agent attached to the route.
    pub voice_agent_id: Option<i64>,
    /// Rings before voicemail. A count sent as the JSON string "3" in the example, so typed string.
    pub voicemail_rings_count: Option<String>,
    /// Hunt group settings.
    pub hunt_options: Option<HuntOptions>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct RoutingConfig
    where
        unknown_fields: Unknown,
    {
        ringto: Optional<"ringto">,
        is_simultaneous_ring: Optional<"isSimultaneousRing">,
        click_to_call_enabled: Optional<"click_to_call_enabled">,
        dnis_as_cid: Optional<"dnis_as_cid">,
        voice_prompt: Optional<"voice_prompt">,
        whisper_enabled: Optional<"whisper_enabled">,
        whisper_type: Optional<"whisper_type">,
        whisper_message: Optional<"whisper_message">,
        ftc_whisper_enabled: Optional<"ftc_whisper_enabled">,
        ftc_whisper_type: Optional<"ftc_whisper_type">,
        ftc_whisper_message: Optional<"ftc_whisper_message">,
        message_enabled: Optional<"message_enabled">,
        message_type: Optional<"message_type">,
        message: Optional<"message">,
        activate_voicemail: Optional<"activate_voicemail">,
        voicemail_greeting: Optional<"voicemail_greeting">,
        activate_voiceagent: Optional<"activate_voiceagent">,
        is_odn_enabled: Optional<"is_ODN_enabled">,
        click_to_call: Optional<"click_to_call">,
        play_disclaimer: Optional<"play_disclaimer">,
        play_on_hold_enabled: Optional<"play_on_hold_enabled">,
        play_on_hold_message: Optional<"play_on_hold_message">,
        play_on_hold_message_type: Optional<"play_on_hold_message_type">,
        record_call: Optional<"record_call">,
        overflow_numbers: Optional<"overflowNumbers">,
        assigned_agent_id: Present<"assigned_agent_id">,
        route_voice_agent_enabled: Optional<"route_voice_agent_enabled">,
        voice_agent_rings_count: Optional<"voice_agent_rings_count">,
        voice_agent_id: Optional<"voice_agent_id">,
        voicemail_rings_count: Optional<"voicemail_rings_count">,
        hunt_options: Optional<"hunt_options">,
    }
}

/// Overflow destination tried when the primary number is not answered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverflowNumber {
    /// Overflow number as displayed ("(111)-111-1110" in the example).
    pub number: Option<String>,
    /// Rings before moving on. A count sent as a JSON string ("3") in the example, so typed string.
    pub rings: Option<String>,
    /// Position of this number in the overflow sequence (1-based in the example).
    pub overflow_order: Option<i32>,
    /// Overflow number, digits only ("1111111110" in the example).
    ///
    /// Wire name: `unmaskNumber`.
    pub unmask_number: Option<String>,
    /// Overflow number, digits only ("1111111110" in the example).
    ///
    /// Wire name: `overflowNumber`.
    pub overflow_number: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct OverflowNumber
    where
        unknown_fields: Unknown,
    {
        number: Optional<"number">,
        rings: Optional<"rings">,
        overflow_order: Optional<"overflow_order">,
        unmask_number: Optional<"unmaskNumber">,
        overflow_number: Optional<"overflowNumber">,
    }
}

/// Hunt group: ring strategy and ordered destinations.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HuntOptions {
    /// Hunt strategy; the example sends "round_robin".
    pub r#type: Option<HuntType>,
    /// Ordered destinations.
    pub options: Option<Vec<HuntOption>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct HuntOptions
    where
        unknown_fields: Unknown,
    {
        r#type: Optional<"type">,
        options: Optional<"options">,
    }
}

switchboard_runtime::__string_enum! {
    /// Hunt (ring) strategy across hunt_options.options. The example sends "round_robin" (underscore) while the docs' prose lists the ring strategies as "simple, round-robin, simultaneous" (hyphen): the wire spelling wins here. "simple" and "simultaneous" come from that prose list; no example shows them in this field.
    ///
    /// *Reconstructed, not documented by the provider:* Only "round_robin" is documented (the Create example's hunt_options.type); "simple" and "simultaneous" are borrowed from the ring-strategy prose list, respelled with underscores.
    pub enum HuntType {
        Simple = "simple",
        RoundRobin = "round_robin",
        Simultaneous = "simultaneous",
    }
}

/// One destination of a hunt group.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HuntOption {
    /// Destination phone number (digits, sent as a string).
    pub destination: Option<String>,
    /// Position of the destination in the hunt order.
    pub order: Option<i32>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct HuntOption
    where
        unknown_fields: Unknown,
    {
        destination: Optional<"destination">,
        order: Optional<"order">,
    }
}

/// Tracking number assigned to the route.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoutePhoneNumber {
    /// Phone number ID.
    pub phone_number_id: Option<i64>,
    /// Phone number (digits, sent as a string).
    pub phone_number: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct RoutePhoneNumber
    where
        unknown_fields: Unknown,
    {
        phone_number_id: Optional<"phone_number_id">,
        phone_number: Optional<"phone_number">,
    }
}

/// Error response body (400, 401, 404, 500). The docs list these statuses but show no error body; the V3 success envelope is assumed. No field is required so that any JSON object decodes.
///
/// *Reconstructed, not documented by the provider:* Error bodies are not shown in the stored docs; assumed to use the same {code, message, data, request_id, timestamp} envelope.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorEnvelope {
    /// HTTP status code repeated in the body (201 on create, 200 on update in the examples).
    pub code: Option<i32>,
    /// Outcome message ("Success" in the examples).
    pub message: Option<String>,
    /// Error details, if any; shape not documented (free-form, may be null).
    pub data: Option<serde_json::Value>,
    /// Request identifier (a UUID in the examples).
    pub request_id: Option<String>,
    /// Server time of the response (an ISO 8601 UTC time in the examples).
    pub timestamp: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ErrorEnvelope
    where
        unknown_fields: Unknown,
    {
        code: Optional<"code">,
        message: Optional<"message">,
        data: Present<"data">,
        request_id: Optional<"request_id">,
        timestamp: Optional<"timestamp">,
    }
}

impl switchboard_runtime::ProviderMessage for ErrorEnvelope {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// Body of Create Provisioned Route: a complete call-routing tracking number configuration. Fields and types are taken from the docs' request example (the page's field table was not captured).
///
/// *Reconstructed, not documented by the provider:* Which fields are required is not in the stored docs (field table not captured); only the route name is required here.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedRouteCreate {
    /// Route name (Identity).
    pub provisioned_route_name: String,
    /// Route status (Identity): active or inactive.
    pub provisioned_route_status: Option<ProvisionedRouteStatus>,
    /// Call conversion value (Analytics). The example sends the JSON number 100; typed as number, not integer, because a conversion value may carry decimals (the field table was not captured).
    ///
    /// *Reconstructed, not documented by the provider:* The field table was not captured; number rather than integer is inferred (a conversion value may carry decimals), the example sends 100.
    pub call_value: Option<serde_json::Number>,
    /// Repeat interval (Analytics). The example sends 30; the unit is not stated in the stored docs.
    pub repeat_interval: Option<i32>,
    /// Organization unit (group) the route belongs to (Identity).
    pub org_unit_id: Option<i64>,
    /// Webhook to notify for this route (Analytics: webhook integration).
    pub webhook_id: Option<i64>,
    /// Enable SMS forwarding (settings in sms_settings).
    pub sms_enabled: Option<bool>,
    /// Enable spam protection.
    pub spam_enabled: Option<bool>,
    /// SMS forwarding settings: assigned users and notification preferences.
    pub sms_settings: Option<SmsSettings>,
    /// Ad source attribution (custom sources). Wire name is camelCase, unlike the other fields.
    ///
    /// Wire name: `customSourceList`.
    pub custom_source_list: Option<Vec<CustomSource>>,
    /// Call routing: ring strategy and the call-handling configuration.
    pub routing_configuration: Option<RoutingConfiguration>,
    /// Tracking numbers assigned to the route (one or more can be assigned at creation time).
    pub phone_numbers: Option<Vec<RoutePhoneNumber>>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRouteCreate {
        provisioned_route_name: Required<"provisioned_route_name">,
        provisioned_route_status: Optional<"provisioned_route_status">,
        call_value: Optional<"call_value">,
        repeat_interval: Optional<"repeat_interval">,
        org_unit_id: Optional<"org_unit_id">,
        webhook_id: Optional<"webhook_id">,
        sms_enabled: Optional<"sms_enabled">,
        spam_enabled: Optional<"spam_enabled">,
        sms_settings: Optional<"sms_settings">,
        custom_source_list: Optional<"customSourceList">,
        routing_configuration: Optional<"routing_configuration">,
        phone_numbers: Optional<"phone_numbers">,
    }
}

impl ProvisionedRouteCreate {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(provisioned_route_name: impl Into<String>) -> Self {
        Self {
            provisioned_route_name: provisioned_route_name.into(),
            provisioned_route_status: None,
            call_value: None,
            repeat_interval: None,
            org_unit_id: None,
            webhook_id: None,
            sms_enabled: None,
            spam_enabled: None,
            sms_settings: None,
            custom_source_list: None,
            routing_configuration: None,
            phone_numbers: None,
        }
    }
}

/// Response envelope of create, update (PUT) and partial update (PATCH): {code, message, data, request_id, timestamp}.
///
/// *Reconstructed, not documented by the provider:* The five fields are required because every documented V3 response example (create, PATCH, List Users) has them; the pages' response tables were not stored.
///
/// # Example
///
/// The body of a `201` reply to `POST /provisioned-routes`:
///
/// ```json
/// {
///   "code": 201,
///   "data": {
///     "message": "Route created successfully",
///     "provisioned_route_id": 12345
///   },
///   "message": "Success",
///   "request_id": "550e8400-e29b-41d4-a716-446655440000",
///   "timestamp": "2026-03-27T10:30:00.000Z"
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedRouteMutationEnvelope {
    /// HTTP status code repeated in the body (201 on create, 200 on update in the examples).
    pub code: i32,
    /// Outcome message ("Success" in the examples).
    pub message: String,
    /// The route ID and a confirmation message.
    pub data: ProvisionedRouteMutationResult,
    /// Request identifier (a UUID in the examples).
    pub request_id: String,
    /// Server time of the response (an ISO 8601 UTC time in the examples).
    pub timestamp: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRouteMutationEnvelope
    where
        unknown_fields: Unknown,
    {
        code: Required<"code">,
        message: Required<"message">,
        data: Required<"data">,
        request_id: Required<"request_id">,
        timestamp: Required<"timestamp">,
    }
}

impl ProvisionedRouteMutationEnvelope {
    /// New, from its fields.
    pub fn new(
        code: i32,
        message: impl Into<String>,
        data: ProvisionedRouteMutationResult,
        request_id: impl Into<String>,
        timestamp: impl Into<String>,
    ) -> Self {
        Self {
            code,
            message: message.into(),
            data,
            request_id: request_id.into(),
            timestamp: timestamp.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// data of a create/update response: the route ID and a confirmation message.
///
/// *Reconstructed, not documented by the provider:* Both fields are required because the create and PATCH examples show them; the pages' response tables were not stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedRouteMutationResult {
    /// ID of the created or updated route.
    pub provisioned_route_id: i64,
    /// Confirmation message ("Route created successfully", "Route updated successfully").
    pub message: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRouteMutationResult
    where
        unknown_fields: Unknown,
    {
        provisioned_route_id: Required<"provisioned_route_id">,
        message: Required<"message">,
    }
}

impl ProvisionedRouteMutationResult {
    /// New, from its fields.
    pub fn new(provisioned_route_id: i64, message: impl Into<String>) -> Self {
        Self {
            provisioned_route_id,
            message: message.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// Response envelope of Get Provisioned Route Details.
///
/// *Reconstructed, not documented by the provider:* The Get page was not stored; the documented V3 envelope with the route as data is assumed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisionedRouteEnvelope {
    /// HTTP status code repeated in the body (201 on create, 200 on update in the examples).
    pub code: Option<i32>,
    /// Outcome message ("Success" in the examples).
    pub message: Option<String>,
    /// The route.
    pub data: Option<ProvisionedRoute>,
    /// Request identifier (a UUID in the examples).
    pub request_id: Option<String>,
    /// Server time of the response (an ISO 8601 UTC time in the examples).
    pub timestamp: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRouteEnvelope
    where
        unknown_fields: Unknown,
    {
        code: Optional<"code">,
        message: Optional<"message">,
        data: Optional<"data">,
        request_id: Optional<"request_id">,
        timestamp: Optional<"timestamp">,
    }
}

/// Body of Update Provisioned Route (PUT, full update of all fields). Same fields as the create body; send the full route configuration (the PATCH page contrasts PUT with PATCH's 'without needing to supply the full route configuration').
///
/// *Reconstructed, not documented by the provider:* The PUT page body was not stored; fields mirror the create body and the required list mirrors the create body's.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisionedRouteReplace {
    /// Route name (Identity).
    pub provisioned_route_name: String,
    /// Route status (Identity): active or inactive.
    pub provisioned_route_status: Option<ProvisionedRouteStatus>,
    /// Call conversion value (Analytics). The example sends the JSON number 100; typed as number, not integer, because a conversion value may carry decimals (the field table was not captured).
    ///
    /// *Reconstructed, not documented by the provider:* The field table was not captured; number rather than integer is inferred (a conversion value may carry decimals), the example sends 100.
    pub call_value: Option<serde_json::Number>,
    /// Repeat interval (Analytics). The example sends 30; the unit is not stated in the stored docs.
    pub repeat_interval: Option<i32>,
    /// Organization unit (group) the route belongs to (Identity).
    pub org_unit_id: Option<i64>,
    /// Webhook to notify for this route (Analytics: webhook integration).
    pub webhook_id: Option<i64>,
    /// Enable SMS forwarding (settings in sms_settings).
    pub sms_enabled: Option<bool>,
    /// Enable spam protection.
    pub spam_enabled: Option<bool>,
    /// SMS forwarding settings: assigned users and notification preferences.
    pub sms_settings: Option<SmsSettings>,
    /// Ad source attribution (custom sources). Wire name is camelCase, unlike the other fields.
    ///
    /// Wire name: `customSourceList`.
    pub custom_source_list: Option<Vec<CustomSource>>,
    /// Call routing: ring strategy and the call-handling configuration.
    pub routing_configuration: Option<RoutingConfiguration>,
    /// Tracking numbers assigned to the route (one or more can be assigned at creation time).
    pub phone_numbers: Option<Vec<RoutePhoneNumber>>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRouteReplace {
        provisioned_route_name: Required<"provisioned_route_name">,
        provisioned_route_status: Optional<"provisioned_route_status">,
        call_value: Optional<"call_value">,
        repeat_interval: Optional<"repeat_interval">,
        org_unit_id: Optional<"org_unit_id">,
        webhook_id: Optional<"webhook_id">,
        sms_enabled: Optional<"sms_enabled">,
        spam_enabled: Optional<"spam_enabled">,
        sms_settings: Optional<"sms_settings">,
        custom_source_list: Optional<"customSourceList">,
        routing_configuration: Optional<"routing_configuration">,
        phone_numbers: Optional<"phone_numbers">,
    }
}

impl ProvisionedRouteReplace {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(provisioned_route_name: impl Into<String>) -> Self {
        Self {
            provisioned_route_name: provisioned_route_name.into(),
            provisioned_route_status: None,
            call_value: None,
            repeat_interval: None,
            org_unit_id: None,
            webhook_id: None,
            sms_enabled: None,
            spam_enabled: None,
            sms_settings: None,
            custom_source_list: None,
            routing_configuration: None,
            phone_numbers: None,
        }
    }
}

/// Response envelope of Delete Provisioned Route.
///
/// *Reconstructed, not documented by the provider:* The Delete page was not stored; the documented V3 envelope is assumed, with data left free-form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisionedRouteDeleteEnvelope {
    /// HTTP status code repeated in the body (201 on create, 200 on update in the examples).
    pub code: Option<i32>,
    /// Outcome message ("Success" in the examples).
    pub message: Option<String>,
    /// Deletion result; shape not documented (free-form).
    pub data: Option<serde_json::Value>,
    /// Request identifier (a UUID in the examples).
    pub request_id: Option<String>,
    /// Server time of the response (an ISO 8601 UTC time in the examples).
    pub timestamp: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRouteDeleteEnvelope
    where
        unknown_fields: Unknown,
    {
        code: Optional<"code">,
        message: Optional<"message">,
        data: Present<"data">,
        request_id: Optional<"request_id">,
        timestamp: Optional<"timestamp">,
    }
}

/// Body of Partial Update Provisioned Route. Only fields included in the request body are modified; all unspecified fields retain their current values. No field is required. Fields are those of the create body (the PATCH page's field table was not captured); whether nested objects are merged or replaced is not documented.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisionedRoutePatch {
    /// Route name (Identity).
    pub provisioned_route_name: Option<String>,
    /// Route status (Identity): active or inactive.
    pub provisioned_route_status: Option<ProvisionedRouteStatus>,
    /// Call conversion value (Analytics). The example sends the JSON number 100; typed as number, not integer, because a conversion value may carry decimals (the field table was not captured).
    ///
    /// *Reconstructed, not documented by the provider:* The field table was not captured; number rather than integer is inferred (a conversion value may carry decimals), the example sends 100.
    pub call_value: Option<serde_json::Number>,
    /// Repeat interval (Analytics). The example sends 30; the unit is not stated in the stored docs.
    pub repeat_interval: Option<i32>,
    /// Organization unit (group) the route belongs to (Identity).
    pub org_unit_id: Option<i64>,
    /// Webhook to notify for this route (Analytics: webhook integration).
    pub webhook_id: Option<i64>,
    /// Enable SMS forwarding (settings in sms_settings).
    pub sms_enabled: Option<bool>,
    /// Enable spam protection.
    pub spam_enabled: Option<bool>,
    /// SMS forwarding settings: assigned users and notification preferences.
    pub sms_settings: Option<SmsSettings>,
    /// Ad source attribution (custom sources). Wire name is camelCase, unlike the other fields.
    ///
    /// Wire name: `customSourceList`.
    pub custom_source_list: Option<Vec<CustomSource>>,
    /// Call routing: ring strategy and the call-handling configuration.
    pub routing_configuration: Option<RoutingConfiguration>,
    /// Tracking numbers assigned to the route (one or more can be assigned at creation time).
    pub phone_numbers: Option<Vec<RoutePhoneNumber>>,
}

switchboard_runtime::__serde_struct! {
    struct ProvisionedRoutePatch {
        provisioned_route_name: Optional<"provisioned_route_name">,
        provisioned_route_status: Optional<"provisioned_route_status">,
        call_value: Optional<"call_value">,
        repeat_interval: Optional<"repeat_interval">,
        org_unit_id: Optional<"org_unit_id">,
        webhook_id: Optional<"webhook_id">,
        sms_enabled: Optional<"sms_enabled">,
        spam_enabled: Optional<"spam_enabled">,
        sms_settings: Optional<"sms_settings">,
        custom_source_list: Optional<"customSourceList">,
        routing_configuration: Optional<"routing_configuration">,
        phone_numbers: Optional<"phone_numbers">,
    }
}

/// The user's credentials ("Authenticates a user's email and password").
#[derive(Debug, Clone, PartialEq)]
pub struct GetAccessTokenBody {
    /// The user's email address.
    pub email: String,
    /// The user's password.
    ///
    /// Format: `password`.
    pub password: String,
}

switchboard_runtime::__serde_struct! {
    struct GetAccessTokenBody {
        email: Required<"email">,
        password: Required<"password">,
    }
}

impl GetAccessTokenBody {
    /// New, from its fields.
    pub fn new(email: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            password: password.into(),
        }
    }
}

/// A token pair (Quick Start, Step 2). access_token and refresh_token are opaque encrypted strings: use them as-is, do not decode. expires_in and refresh_expires_in are ISO 8601 UTC timestamps representing the absolute expiration time, not durations in seconds.
///
/// # Example
///
/// The body of a `200` reply to `POST https://platform-oauth.convirza.com/oauth/token`:
///
/// ```json
/// {
///   "access_token": "encrypted-token-string",
///   "expires_in": "2026-04-10T12:00:00.000Z",
///   "frontend_token": "32-character-hash-string",
///   "refresh_expires_in": "2026-10-01T12:00:00.000Z",
///   "refresh_token": "encrypted-refresh-token-string",
///   "token_type": "Bearer",
///   "user": {
///     "email": "your-email@example.com",
///     "org_unit_id": 1001,
///     "role_id": 1,
///     "user_id": 123
///   }
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TokenPair {
    /// The access token: send it as Authorization: Bearer &lt;access_token&gt;. Valid for 7 days, auto-renewed on each authenticated API request.
    pub access_token: String,
    /// The refresh token, valid for 6 months (180 days); it obtains a new token pair.
    pub refresh_token: String,
    /// A 32-character hash derived from the session, used by the Convirza web app; third-party integrations can ignore it.
    pub frontend_token: Option<String>,
    /// The token type ("Bearer" in the example).
    pub token_type: Option<String>,
    /// When the access token expires, as an ISO 8601 UTC timestamp (not a duration).
    ///
    /// Format: `date-time`.
    pub expires_in: Option<String>,
    /// When the refresh token expires, as an ISO 8601 UTC timestamp (not a duration).
    ///
    /// Format: `date-time`.
    pub refresh_expires_in: Option<String>,
    /// The user the token pair belongs to (Quick Start example).
    pub user: Option<TokenUser>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct TokenPair
    where
        unknown_fields: Unknown,
    {
        access_token: Required<"access_token">,
        refresh_token: Required<"refresh_token">,
        frontend_token: Optional<"frontend_token">,
        token_type: Optional<"token_type">,
        expires_in: Optional<"expires_in">,
        refresh_expires_in: Optional<"refresh_expires_in">,
        user: Optional<"user">,
    }
}

impl TokenPair {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(access_token: impl Into<String>, refresh_token: impl Into<String>) -> Self {
        Self {
            access_token: access_token.into(),
            refresh_token: refresh_token.into(),
            frontend_token: None,
            token_type: None,
            expires_in: None,
            refresh_expires_in: None,
            user: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The user the token pair belongs to (Quick Start example).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TokenUser {
    /// User ID (123 in the example).
    pub user_id: Option<i64>,
    /// The user's email address.
    pub email: Option<String>,
    /// Role ID (1 in the example).
    pub role_id: Option<i64>,
    /// The user's organization unit ID (1001 in the example), for filtering data by organization.
    pub org_unit_id: Option<i64>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct TokenUser
    where
        unknown_fields: Unknown,
    {
        user_id: Optional<"user_id">,
        email: Optional<"email">,
        role_id: Optional<"role_id">,
        org_unit_id: Optional<"org_unit_id">,
    }
}

/// The refresh token of the current pair.
#[derive(Debug, Clone, PartialEq)]
pub struct RefreshAccessTokenBody {
    /// The refresh_token from Get Access Token or the previous refresh (used as-is, never decoded).
    pub refresh_token: String,
}

switchboard_runtime::__serde_struct! {
    struct RefreshAccessTokenBody {
        refresh_token: Required<"refresh_token">,
    }
}

impl RefreshAccessTokenBody {
    /// New, from its fields.
    pub fn new(refresh_token: impl Into<String>) -> Self {
        Self {
            refresh_token: refresh_token.into(),
        }
    }
}

/// The token to revoke.
#[derive(Debug, Clone, PartialEq)]
pub struct RevokeTokenBody {
    /// The access or refresh token to revoke.
    pub token: String,
}

switchboard_runtime::__serde_struct! {
    struct RevokeTokenBody {
        token: Required<"token">,
    }
}

impl RevokeTokenBody {
    /// New, from its fields.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            token: token.into(),
        }
    }
}
