// Generated from `specs/telegent.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `telegent` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// Defined inline in the spec at `#/paths/~1v1.0~1voice~1routes~1update/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateVoiceRoutePatch {
    /// Call Route ID to update (CRID) - Required
    ///
    /// Wire name: `CallRouteId`.
    pub call_route_id: String,
    /// Friendly name for voice route
    ///
    /// Wire name: `RouteName`.
    pub route_name: Option<String>,
    /// Type of voice routing
    ///
    /// Wire name: `RouteType`.
    pub route_type: Option<RouteType>,
    /// Format: `uri`.
    ///
    /// Wire name: `VoiceUrl`.
    pub voice_url: Option<String>,
    /// Wire name: `VoiceUrlMethod`.
    pub voice_url_method: Option<HttpMethod>,
    /// Wire name: `TrunkIp1`.
    pub trunk_ip1: Option<String>,
    /// Wire name: `TrunkIp2`.
    pub trunk_ip2: Option<String>,
    /// Wire name: `TrunkPort1`.
    pub trunk_port1: Option<String>,
    /// Wire name: `TrunkPort2`.
    pub trunk_port2: Option<String>,
    /// Wire name: `TrunkTransport1`.
    pub trunk_transport1: Option<TrunkTransport>,
    /// Wire name: `TrunkTransport2`.
    pub trunk_transport2: Option<TrunkTransport>,
    /// Wire name: `TrunkEnabled1`.
    pub trunk_enabled1: Option<bool>,
    /// Wire name: `TrunkEnabled2`.
    pub trunk_enabled2: Option<bool>,
    /// Wire name: `RouteEnabled`.
    pub route_enabled: Option<bool>,
    /// Authentication type for voice URL
    ///
    /// Wire name: `VoiceAuthenticationType`.
    pub voice_authentication_type: Option<VoiceAuthenticationType>,
    /// Username for voice URL authentication
    ///
    /// Wire name: `VoiceUsername`.
    pub voice_username: Option<String>,
    /// Password or bearer token for voice URL authentication
    ///
    /// Wire name: `VoicePasswordToken`.
    pub voice_password_token: Option<String>,
    /// Callback URL for voice events
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `CallbackVoiceUrl`.
    pub callback_voice_url: Option<String>,
    /// HTTP method for callback voice URL
    ///
    /// Wire name: `CallbackVoiceUrlMethod`.
    pub callback_voice_url_method: Option<HttpMethod>,
    /// URI for primary SIP trunk
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `TrunkUri1`.
    pub trunk_uri1: Option<String>,
    /// URI for secondary SIP trunk
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `TrunkUri2`.
    pub trunk_uri2: Option<String>,
    /// Priority for primary trunk (lower = higher priority)
    ///
    /// Wire name: `Trunk1Priortiy`.
    pub trunk1_priortiy: Option<i64>,
    /// Weight for primary trunk load balancing
    ///
    /// Wire name: `Trunk1Weight`.
    pub trunk1_weight: Option<i64>,
    /// Priority for secondary trunk (lower = higher priority)
    ///
    /// Wire name: `Trunk2Priortiy`.
    pub trunk2_priortiy: Option<i64>,
    /// Weight for secondary trunk load balancing
    ///
    /// Wire name: `Trunk2Weight`.
    pub trunk2_weight: Option<i64>,
    /// Header manipulation rule identifier
    ///
    /// Wire name: `HeaderManipulation`.
    pub header_manipulation: Option<String>,
    /// Enable SIP REFER for call transfers
    ///
    /// Wire name: `EnableSipRefer`.
    pub enable_sip_refer: Option<bool>,
    /// Caller ID to use for transferred calls
    ///
    /// Wire name: `TransferCallerId`.
    pub transfer_caller_id: Option<TransferCallerId>,
    /// Enable symmetric RTP for NAT traversal
    ///
    /// Wire name: `SymmetricRtp`.
    pub symmetric_rtp: Option<bool>,
    /// Enable TLS/SRTP for secure trunk communication
    ///
    /// Wire name: `EnableTrpSecureTrunk`.
    pub enable_trp_secure_trunk: Option<bool>,
    /// Enable PSTN call transfers
    ///
    /// Wire name: `EnablePstnTransfer`.
    pub enable_pstn_transfer: Option<bool>,
    /// List of whitelisted IP addresses
    ///
    /// Wire name: `IpWhitelist`.
    pub ip_whitelist: Option<Vec<IpWhitelistEntry>>,
    /// Enable CNAM lookup for caller ID name
    ///
    /// Wire name: `CnamLookup`.
    pub cnam_lookup: Option<bool>,
    /// Subdomain for SIP termination URI
    ///
    /// Wire name: `TerminationUriSubdomain`.
    pub termination_uri_subdomain: Option<String>,
    /// Enable real-time call audio streaming
    ///
    /// Wire name: `EnableCallStreaming`.
    pub enable_call_streaming: Option<bool>,
    /// WebSocket Secure URI for call streaming
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `WssUri`.
    pub wss_uri: Option<String>,
    /// Enable intelligent routing features
    ///
    /// Wire name: `IntelligentRouteEnabled`.
    pub intelligent_route_enabled: Option<bool>,
    /// Account ID that owns the route (AID-...). Not in the published request schema, but both of the page's own code samples (JSON and cURL) send it; optional.
    ///
    /// Wire name: `AccountId`.
    pub account_id: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct UpdateVoiceRoutePatch {
        call_route_id: Required<"CallRouteId">,
        route_name: Optional<"RouteName">,
        route_type: Optional<"RouteType">,
        voice_url: Optional<"VoiceUrl">,
        voice_url_method: Optional<"VoiceUrlMethod">,
        trunk_ip1: Optional<"TrunkIp1">,
        trunk_ip2: Optional<"TrunkIp2">,
        trunk_port1: Optional<"TrunkPort1">,
        trunk_port2: Optional<"TrunkPort2">,
        trunk_transport1: Optional<"TrunkTransport1">,
        trunk_transport2: Optional<"TrunkTransport2">,
        trunk_enabled1: Optional<"TrunkEnabled1">,
        trunk_enabled2: Optional<"TrunkEnabled2">,
        route_enabled: Optional<"RouteEnabled">,
        voice_authentication_type: Optional<"VoiceAuthenticationType">,
        voice_username: Optional<"VoiceUsername">,
        voice_password_token: Optional<"VoicePasswordToken">,
        callback_voice_url: Optional<"CallbackVoiceUrl">,
        callback_voice_url_method: Optional<"CallbackVoiceUrlMethod">,
        trunk_uri1: Optional<"TrunkUri1">,
        trunk_uri2: Optional<"TrunkUri2">,
        trunk1_priortiy: Optional<"Trunk1Priortiy">,
        trunk1_weight: Optional<"Trunk1Weight">,
        trunk2_priortiy: Optional<"Trunk2Priortiy">,
        trunk2_weight: Optional<"Trunk2Weight">,
        header_manipulation: Optional<"HeaderManipulation">,
        enable_sip_refer: Optional<"EnableSipRefer">,
        transfer_caller_id: Optional<"TransferCallerId">,
        symmetric_rtp: Optional<"SymmetricRtp">,
        enable_trp_secure_trunk: Optional<"EnableTrpSecureTrunk">,
        enable_pstn_transfer: Optional<"EnablePstnTransfer">,
        ip_whitelist: Optional<"IpWhitelist">,
        cnam_lookup: Optional<"CnamLookup">,
        termination_uri_subdomain: Optional<"TerminationUriSubdomain">,
        enable_call_streaming: Optional<"EnableCallStreaming">,
        wss_uri: Optional<"WssUri">,
        intelligent_route_enabled: Optional<"IntelligentRouteEnabled">,
        account_id: Optional<"AccountId">,
    }
}

impl UpdateVoiceRoutePatch {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(call_route_id: impl Into<String>) -> Self {
        Self {
            call_route_id: call_route_id.into(),
            route_name: None,
            route_type: None,
            voice_url: None,
            voice_url_method: None,
            trunk_ip1: None,
            trunk_ip2: None,
            trunk_port1: None,
            trunk_port2: None,
            trunk_transport1: None,
            trunk_transport2: None,
            trunk_enabled1: None,
            trunk_enabled2: None,
            route_enabled: None,
            voice_authentication_type: None,
            voice_username: None,
            voice_password_token: None,
            callback_voice_url: None,
            callback_voice_url_method: None,
            trunk_uri1: None,
            trunk_uri2: None,
            trunk1_priortiy: None,
            trunk1_weight: None,
            trunk2_priortiy: None,
            trunk2_weight: None,
            header_manipulation: None,
            enable_sip_refer: None,
            transfer_caller_id: None,
            symmetric_rtp: None,
            enable_trp_secure_trunk: None,
            enable_pstn_transfer: None,
            ip_whitelist: None,
            cnam_lookup: None,
            termination_uri_subdomain: None,
            enable_call_streaming: None,
            wss_uri: None,
            intelligent_route_enabled: None,
            account_id: None,
        }
    }
}

switchboard_runtime::__string_enum! {
    /// The spec's `RouteType` values.
    pub enum RouteType {
        Trunk = "Trunk",
        Url = "URL",
        Forward = "Forward",
    }
}

switchboard_runtime::__string_enum! {
    /// The spec's `HttpMethod` values.
    pub enum HttpMethod {
        Get = "GET",
        Post = "POST",
    }
}

switchboard_runtime::__string_enum! {
    /// The spec's `TrunkTransport` values.
    pub enum TrunkTransport {
        Udp = "UDP",
        Tcp = "TCP",
        Tls = "TLS",
    }
}

switchboard_runtime::__string_enum! {
    /// The spec's `VoiceAuthenticationType` values.
    pub enum VoiceAuthenticationType {
        Basic = "Basic",
        Bearer = "Bearer",
    }
}

switchboard_runtime::__string_enum! {
    /// The spec's `TransferCallerId` values.
    pub enum TransferCallerId {
        Transferee = "Transferee",
        Transferor = "Transferor",
        TransfereeTransferor = "Transferee/Transferor",
    }
}

/// One whitelisted IP address.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IpWhitelistEntry {
    /// IP address to whitelist
    ///
    /// Wire name: `IpAddress`.
    pub ip_address: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct IpWhitelistEntry
    where
        unknown_fields: Unknown,
    {
        ip_address: Optional<"IpAddress">,
    }
}

/// A voice route as returned by create, update and get ("Returns the updated route configuration"). Published as a bare `type: object`; modelled from the documented 200 example, which lists exactly these fields (types, enums and formats from the update request schema). Authentication settings (`VoiceAuthenticationType`, `VoiceUsername`, `VoicePasswordToken`), `CallbackVoiceUrl*`, `RouteEnabled` and `IntelligentRouteEnabled` are not echoed in any documented response. The Postman "Voice Route Details" notes say fields may be absent (or null) when not applicable to the route type, so only the ids are required. The response spells the whitelist `IpWhiteList` (capital L) while requests send `IpWhitelist`; the property declares the request spelling as an alias so the client decodes either.
///
/// *Reconstructed, not documented by the provider:* Telegent publishes this body as a bare `type: object`; the fields are those of the documented examples, and CallRouteId and AccountId are required because every example has them (every other field "may be null or absent if not applicable").
///
/// # Example
///
/// The body of a `200` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "AccountId": "AID-ab12345-2725-45a1-bd5e-526ed19799xx",
///   "CallRouteId": "CRID-509de94f-79cc-429b-a317-2102654dabbb",
///   "CnamLookup": true,
///   "EnableCallStreaming": true,
///   "EnablePstnTransfer": true,
///   "EnableSipRefer": true,
///   "EnableTrpSecureTrunk": true,
///   "HeaderManipulation": "HMI8802029",
///   "IpWhiteList": [],
///   "RouteName": "Main SIP Trunk",
///   "RouteType": "Trunk",
///   "SymmetricRtp": true,
///   "TerminationUriSubdomain": "client",
///   "TransferCallerId": "Transferee/Transferor",
///   "Trunk1Priortiy": 10,
///   "Trunk1Weight": 10,
///   "Trunk2Priortiy": 20,
///   "Trunk2Weight": 20,
///   "TrunkEnabled1": true,
///   "TrunkEnabled2": false,
///   "TrunkIp1": "20.87.87.87",
///   "TrunkIp2": "20.87.87.86",
///   "TrunkPort1": "5061",
///   "TrunkPort2": "5060",
///   "TrunkTransport1": "UDP",
///   "TrunkTransport2": "TCP",
///   "TrunkUri1": "https://pstn.joonto.com",
///   "TrunkUri2": "https://pstn2.joonto.com",
///   "VoiceUrl": "https://domain.com",
///   "VoiceUrlMethod": "GET",
///   "WssUri": "wss://192.67.88.2"
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceRoute {
    /// Unique identifier of the voice route (CRID-...)
    ///
    /// Wire name: `CallRouteId`.
    pub call_route_id: String,
    /// Your account identifier. The seed example shows an `AID-` value, the create page and Postman examples a `DID-` value.
    ///
    /// Wire name: `AccountId`.
    pub account_id: String,
    /// Friendly name for voice route
    ///
    /// Wire name: `RouteName`. `None`: absent; `Some(None)`: JSON `null`.
    pub route_name: Option<Option<String>>,
    /// Type of voice routing
    ///
    /// Wire name: `RouteType`. `None`: absent; `Some(None)`: JSON `null`.
    pub route_type: Option<Option<RouteType>>,
    /// Webhook URL that receives voice events
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `VoiceUrl`. `None`: absent; `Some(None)`: JSON `null`.
    pub voice_url: Option<Option<String>>,
    /// HTTP method for the webhook URL
    ///
    /// Wire name: `VoiceUrlMethod`. `None`: absent; `Some(None)`: JSON `null`.
    pub voice_url_method: Option<Option<HttpMethod>>,
    /// Primary SIP trunk IP address
    ///
    /// Wire name: `TrunkIp1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_ip1: Option<Option<String>>,
    /// Backup SIP trunk IP address
    ///
    /// Wire name: `TrunkIp2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_ip2: Option<Option<String>>,
    /// Primary SIP trunk port; a JSON string ("5061") on the wire.
    ///
    /// Wire name: `TrunkPort1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_port1: Option<Option<String>>,
    /// Backup SIP trunk port; a JSON string ("5060") on the wire.
    ///
    /// Wire name: `TrunkPort2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_port2: Option<Option<String>>,
    /// Primary transport protocol
    ///
    /// Wire name: `TrunkTransport1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_transport1: Option<Option<TrunkTransport>>,
    /// Backup transport protocol
    ///
    /// Wire name: `TrunkTransport2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_transport2: Option<Option<TrunkTransport>>,
    /// URI for primary SIP trunk
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `TrunkUri1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_uri1: Option<Option<String>>,
    /// URI for secondary SIP trunk
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `TrunkUri2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_uri2: Option<Option<String>>,
    /// Whether primary trunk is active
    ///
    /// Wire name: `TrunkEnabled1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_enabled1: Option<Option<bool>>,
    /// Whether backup trunk is active
    ///
    /// Wire name: `TrunkEnabled2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_enabled2: Option<Option<bool>>,
    /// Priority for primary trunk (lower = higher priority). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk1Priortiy`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk1_priortiy: Option<Option<i64>>,
    /// Weight for primary trunk load balancing
    ///
    /// Wire name: `Trunk1Weight`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk1_weight: Option<Option<i64>>,
    /// Priority for secondary trunk (lower = higher priority). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk2Priortiy`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk2_priortiy: Option<Option<i64>>,
    /// Weight for secondary trunk load balancing
    ///
    /// Wire name: `Trunk2Weight`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk2_weight: Option<Option<i64>>,
    /// Header manipulation rule identifier
    ///
    /// Wire name: `HeaderManipulation`. `None`: absent; `Some(None)`: JSON `null`.
    pub header_manipulation: Option<Option<String>>,
    /// Enable SIP REFER for call transfers
    ///
    /// Wire name: `EnableSipRefer`. `None`: absent; `Some(None)`: JSON `null`.
    pub enable_sip_refer: Option<Option<bool>>,
    /// Caller ID to use for transferred calls
    ///
    /// Wire name: `TransferCallerId`. `None`: absent; `Some(None)`: JSON `null`.
    pub transfer_caller_id: Option<Option<TransferCallerId>>,
    /// Enable symmetric RTP for NAT traversal
    ///
    /// Wire name: `SymmetricRtp`. `None`: absent; `Some(None)`: JSON `null`.
    pub symmetric_rtp: Option<Option<bool>>,
    /// Enable TLS/SRTP for secure trunk communication
    ///
    /// Wire name: `EnableTrpSecureTrunk`. `None`: absent; `Some(None)`: JSON `null`.
    pub enable_trp_secure_trunk: Option<Option<bool>>,
    /// Enable PSTN call transfers
    ///
    /// Wire name: `EnablePstnTransfer`. `None`: absent; `Some(None)`: JSON `null`.
    pub enable_pstn_transfer: Option<Option<bool>>,
    /// Enable CNAM lookup for caller ID name
    ///
    /// Wire name: `CnamLookup`. `None`: absent; `Some(None)`: JSON `null`.
    pub cnam_lookup: Option<Option<bool>>,
    /// Subdomain for SIP termination URI
    ///
    /// Wire name: `TerminationUriSubdomain`. `None`: absent; `Some(None)`: JSON `null`.
    pub termination_uri_subdomain: Option<Option<String>>,
    /// Enable real-time call audio streaming
    ///
    /// Wire name: `EnableCallStreaming`. `None`: absent; `Some(None)`: JSON `null`.
    pub enable_call_streaming: Option<Option<bool>>,
    /// WebSocket Secure URI for call streaming
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `WssUri`. `None`: absent; `Some(None)`: JSON `null`.
    pub wss_uri: Option<Option<String>>,
    /// List of whitelisted IP addresses. Every documented create/update/get response spells this `IpWhiteList` (capital L), while the request field is `IpWhitelist` and the account list endpoint echoes `IpWhitelist`; `x-aliases` makes the client accept both spellings when decoding (mock/lint validation only knows `IpWhiteList`). Items are typed like the request's whitelist entries; every documented example of this field is empty.
    ///
    /// Wire name: `IpWhiteList`. Also accepted when decoding: `IpWhitelist`. `None`: absent; `Some(None)`: JSON `null`.
    pub ip_white_list: Option<Option<Vec<IpWhitelistEntry>>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct VoiceRoute
    where
        unknown_fields: Unknown,
    {
        call_route_id: Required<"CallRouteId">,
        account_id: Required<"AccountId">,
        route_name: Present<"RouteName">,
        route_type: Present<"RouteType">,
        voice_url: Present<"VoiceUrl">,
        voice_url_method: Present<"VoiceUrlMethod">,
        trunk_ip1: Present<"TrunkIp1">,
        trunk_ip2: Present<"TrunkIp2">,
        trunk_port1: Present<"TrunkPort1">,
        trunk_port2: Present<"TrunkPort2">,
        trunk_transport1: Present<"TrunkTransport1">,
        trunk_transport2: Present<"TrunkTransport2">,
        trunk_uri1: Present<"TrunkUri1">,
        trunk_uri2: Present<"TrunkUri2">,
        trunk_enabled1: Present<"TrunkEnabled1">,
        trunk_enabled2: Present<"TrunkEnabled2">,
        trunk1_priortiy: Present<"Trunk1Priortiy">,
        trunk1_weight: Present<"Trunk1Weight">,
        trunk2_priortiy: Present<"Trunk2Priortiy">,
        trunk2_weight: Present<"Trunk2Weight">,
        header_manipulation: Present<"HeaderManipulation">,
        enable_sip_refer: Present<"EnableSipRefer">,
        transfer_caller_id: Present<"TransferCallerId">,
        symmetric_rtp: Present<"SymmetricRtp">,
        enable_trp_secure_trunk: Present<"EnableTrpSecureTrunk">,
        enable_pstn_transfer: Present<"EnablePstnTransfer">,
        cnam_lookup: Present<"CnamLookup">,
        termination_uri_subdomain: Present<"TerminationUriSubdomain">,
        enable_call_streaming: Present<"EnableCallStreaming">,
        wss_uri: Present<"WssUri">,
        ip_white_list: Present<"IpWhiteList", "IpWhitelist">,
    }
}

impl VoiceRoute {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(call_route_id: impl Into<String>, account_id: impl Into<String>) -> Self {
        Self {
            call_route_id: call_route_id.into(),
            account_id: account_id.into(),
            route_name: None,
            route_type: None,
            voice_url: None,
            voice_url_method: None,
            trunk_ip1: None,
            trunk_ip2: None,
            trunk_port1: None,
            trunk_port2: None,
            trunk_transport1: None,
            trunk_transport2: None,
            trunk_uri1: None,
            trunk_uri2: None,
            trunk_enabled1: None,
            trunk_enabled2: None,
            trunk1_priortiy: None,
            trunk1_weight: None,
            trunk2_priortiy: None,
            trunk2_weight: None,
            header_manipulation: None,
            enable_sip_refer: None,
            transfer_caller_id: None,
            symmetric_rtp: None,
            enable_trp_secure_trunk: None,
            enable_pstn_transfer: None,
            cnam_lookup: None,
            termination_uri_subdomain: None,
            enable_call_streaming: None,
            wss_uri: None,
            ip_white_list: None,
            unknown_fields: Default::default(),
        }
    }
}

/// A 400 body of a voice-route operation in either documented shape: the published {StatusCode, Message} (tried first) or ProblemDetails.
///
/// # Example
///
/// The body of a `400` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Bad request: one or more required fields are missing or contain an invalid value.",
///   "StatusCode": 400
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum BadRequestBody {
    /// A `BadRequestResult`.
    BadRequestResult(BadRequestResult),
    /// A `ProblemDetails`.
    ProblemDetails(ProblemDetails),
}

impl switchboard_runtime::ProviderMessage for BadRequestBody {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            BadRequestBody::BadRequestResult(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            BadRequestBody::ProblemDetails(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
        }
    }
}

/// The spec's `BadRequest_Result` schema.
///
/// # Example
///
/// The body of a `400` reply to `POST /v1.0/oauth2/tokens`:
///
/// ```json
/// {
///   "Message": "Bad request: one or more required fields are missing or contain an invalid value.",
///   "StatusCode": 400
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct BadRequestResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct BadRequestResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl BadRequestResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for BadRequestResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// ASP.NET Core ProblemDetails (RFC 7807) error body with PascalCase keys, as Telegent's Postman collection shows it for 400, 401 and 404 on the voice-route operations. Every member is optional (RFC 7807; the 401 example has no Detail, the validation example no Detail but Errors).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProblemDetails {
    /// A URI reference that identifies the problem type (e.g. "<https://tools.ietf.org/html/rfc7231#section-6.5.4>").
    ///
    /// Wire name: `Type`.
    pub r#type: Option<String>,
    /// A short summary of the problem ("Not Found", "One or more validation errors occurred.").
    ///
    /// Wire name: `Title`.
    pub title: Option<String>,
    /// The HTTP status code.
    ///
    /// Wire name: `Status`.
    pub status: Option<i32>,
    /// An explanation of this occurrence ("Voice route with ID '...' was not found.").
    ///
    /// Wire name: `Detail`.
    pub detail: Option<String>,
    /// The request's trace identifier ("00-1234abcd5678efgh-abcdef123456-00").
    ///
    /// Wire name: `TraceId`.
    pub trace_id: Option<String>,
    /// Validation errors: the messages for each invalid field, keyed by its JSON path (`$.RouteType`).
    ///
    /// Wire name: `Errors`.
    pub errors: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ProblemDetails
    where
        unknown_fields: Unknown,
    {
        r#type: Optional<"Type">,
        title: Optional<"Title">,
        status: Optional<"Status">,
        detail: Optional<"Detail">,
        trace_id: Optional<"TraceId">,
        errors: Optional<"Errors">,
    }
}

impl switchboard_runtime::ProviderMessage for ProblemDetails {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.detail)
            .or_else(|| switchboard_runtime::ProviderMessage::provider_message(&self.title))
    }
}

/// A 401 body of a voice-route operation in either documented shape: the published {StatusCode, Message} (tried first) or ProblemDetails.
///
/// # Example
///
/// The body of a `401` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Unauthorized: Bearer token is missing, expired, or invalid. Re-authenticate via POST /v1.0/oauth2/tokens.",
///   "StatusCode": 401
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum UnauthorizedBody {
    /// A `UnauthorizedResult`.
    UnauthorizedResult(UnauthorizedResult),
    /// A `ProblemDetails`.
    ProblemDetails(ProblemDetails),
}

impl switchboard_runtime::ProviderMessage for UnauthorizedBody {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            UnauthorizedBody::UnauthorizedResult(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            UnauthorizedBody::ProblemDetails(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
        }
    }
}

/// The spec's `Unauthorized_Result` schema.
///
/// # Example
///
/// The body of a `401` reply to `POST /v1.0/oauth2/tokens`:
///
/// ```json
/// {
///   "Message": "Unauthorized: Bearer token is missing, expired, or invalid. Re-authenticate via POST /v1.0/oauth2/tokens.",
///   "StatusCode": 401
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct UnauthorizedResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct UnauthorizedResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl UnauthorizedResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for UnauthorizedResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// The spec's `Forbidden_Result` schema.
///
/// # Example
///
/// The body of a `403` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Forbidden: your token does not have permission to access this resource. Check the ApiEndpoint scope.",
///   "StatusCode": 403
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ForbiddenResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ForbiddenResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl ForbiddenResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for ForbiddenResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// A 404 body of a voice-route operation in either documented shape: the published {StatusCode, Message} (tried first) or ProblemDetails.
///
/// # Example
///
/// The body of a `404` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Not found: the requested resource does not exist or belongs to a different account.",
///   "StatusCode": 404
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde", untagged)]
pub enum NotFoundBody {
    /// A `NotFoundResult`.
    NotFoundResult(NotFoundResult),
    /// A `ProblemDetails`.
    ProblemDetails(ProblemDetails),
}

impl switchboard_runtime::ProviderMessage for NotFoundBody {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            NotFoundBody::NotFoundResult(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            NotFoundBody::ProblemDetails(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
        }
    }
}

/// The spec's `NotFound_Result` schema.
///
/// # Example
///
/// The body of a `404` reply to `POST /v1.0/oauth2/tokens`:
///
/// ```json
/// {
///   "Message": "Not found: the requested resource does not exist or belongs to a different account.",
///   "StatusCode": 404
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct NotFoundResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct NotFoundResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl NotFoundResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for NotFoundResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// The spec's `MethodNotAllowed_Result` schema.
///
/// # Example
///
/// The body of a `405` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Method not allowed: verify the HTTP method required for this endpoint.",
///   "StatusCode": 405
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct MethodNotAllowedResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct MethodNotAllowedResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl MethodNotAllowedResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for MethodNotAllowedResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// The spec's `RequestTimeout_Result` schema.
///
/// # Example
///
/// The body of a `408` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Request timeout: the server did not receive a complete request within the allowed time. Retry with exponential backoff.",
///   "StatusCode": 408
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RequestTimeoutResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct RequestTimeoutResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl RequestTimeoutResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for RequestTimeoutResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// The spec's `TooManyRequests_Result` schema.
///
/// # Example
///
/// The body of a `429` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Too many requests: rate limit exceeded. Slow your request cadence and retry after a short delay.",
///   "StatusCode": 429
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct TooManyRequestsResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct TooManyRequestsResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl TooManyRequestsResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for TooManyRequestsResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// The spec's `InternalServerError_Result` schema.
///
/// # Example
///
/// The body of a `500` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Internal server error: an unexpected error occurred. If the problem persists contact support@telegent.com.",
///   "StatusCode": 500
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct InternalServerErrorResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct InternalServerErrorResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl InternalServerErrorResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for InternalServerErrorResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// The spec's `ServiceUnavailable_Result` schema.
///
/// # Example
///
/// The body of a `503` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Service unavailable: the API is temporarily unavailable. Retry after a short delay.",
///   "StatusCode": 503
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceUnavailableResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ServiceUnavailableResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl ServiceUnavailableResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for ServiceUnavailableResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// The spec's `GatewayTimeout_Result` schema.
///
/// # Example
///
/// The body of a `504` reply to `POST /v1.0/voice/routes/update`:
///
/// ```json
/// {
///   "Message": "Gateway timeout: an upstream service did not respond in time. Retry with exponential backoff.",
///   "StatusCode": 504
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayTimeoutResult {
    /// Wire name: `StatusCode`.
    pub status_code: i32,
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    pub message: Option<Option<String>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct GatewayTimeoutResult
    where
        unknown_fields: Unknown,
    {
        status_code: Required<"StatusCode">,
        message: Present<"Message">,
    }
}

impl GatewayTimeoutResult {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(status_code: i32) -> Self {
        Self {
            status_code,
            message: None,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for GatewayTimeoutResult {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// One variant for each of the documented error replies, by HTTP status. Used by [`Client::update_voice_route`](crate::telegent::Client::update_voice_route), [`Client::get_voice_route`](crate::telegent::Client::get_voice_route), [`Client::create_voice_route`](crate::telegent::Client::create_voice_route), [`Client::list_account_voice_routes`](crate::telegent::Client::list_account_voice_routes), [`Client::delete_voice_route`](crate::telegent::Client::delete_voice_route).
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorBody {
    /// HTTP 400: Bad Request
    BadRequest(BadRequestBody),
    /// HTTP 401: Unauthorized
    Unauthorized(UnauthorizedBody),
    /// HTTP 403: Forbidden
    Forbidden(ForbiddenResult),
    /// HTTP 404: Not Found
    NotFound(NotFoundBody),
    /// HTTP 405: Method Not Allowed
    MethodNotAllowed(MethodNotAllowedResult),
    /// HTTP 408: Request Timeout
    RequestTimeout(RequestTimeoutResult),
    /// HTTP 429: Too Many Requests
    TooManyRequests(TooManyRequestsResult),
    /// HTTP 500: Server Error
    InternalServerError(InternalServerErrorResult),
    /// HTTP 503: Service Unavailable
    ServiceUnavailable(ServiceUnavailableResult),
    /// HTTP 504: Gateway Timeout
    GatewayTimeout(GatewayTimeoutResult),
}

/// Encodes the body of whichever status it is, as the provider sent it.
impl Serialize for ErrorBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ErrorBody::BadRequest(body) => body.serialize(serializer),
            ErrorBody::Unauthorized(body) => body.serialize(serializer),
            ErrorBody::Forbidden(body) => body.serialize(serializer),
            ErrorBody::NotFound(body) => body.serialize(serializer),
            ErrorBody::MethodNotAllowed(body) => body.serialize(serializer),
            ErrorBody::RequestTimeout(body) => body.serialize(serializer),
            ErrorBody::TooManyRequests(body) => body.serialize(serializer),
            ErrorBody::InternalServerError(body) => body.serialize(serializer),
            ErrorBody::ServiceUnavailable(body) => body.serialize(serializer),
            ErrorBody::GatewayTimeout(body) => body.serialize(serializer),
        }
    }
}

impl switchboard_runtime::ProviderMessage for ErrorBody {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            ErrorBody::BadRequest(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::Unauthorized(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::Forbidden(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::NotFound(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::MethodNotAllowed(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::RequestTimeout(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::TooManyRequests(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::InternalServerError(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::ServiceUnavailable(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::GatewayTimeout(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
        }
    }
}

/// Fields up to `CallbackVoiceUrl` are as the create page documents them; the create page's field list is cut there, so the remaining fields are as Telegent's Postman collection tables them (name, type, description; no enum or format is documented for them on the create page).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateVoiceRouteBody {
    /// Friendly name for voice route
    ///
    /// Wire name: `RouteName`.
    pub route_name: String,
    /// Type of voice routing
    ///
    /// Wire name: `RouteType`.
    pub route_type: RouteType,
    /// Webhook URL for voice events (required for the `URL` route type, per the Postman collection)
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `VoiceUrl`.
    pub voice_url: Option<String>,
    /// HTTP method for voice URL (required for the `URL` route type, per the Postman collection)
    ///
    /// Wire name: `VoiceUrlMethod`.
    pub voice_url_method: Option<HttpMethod>,
    /// Authentication type. The wire name is misspelled `VocieAuthenticationType` on the create page and in the Postman collection; the update operation's published schema spells it `VoiceAuthenticationType`.
    ///
    /// Wire name: `VocieAuthenticationType`.
    pub vocie_authentication_type: Option<CreateVoiceRouteBodyVocieAuthenticationType>,
    /// Username for auth
    ///
    /// Wire name: `VoiceUsername`.
    pub voice_username: Option<String>,
    /// Password or token
    ///
    /// Wire name: `VoicePasswordToken`.
    pub voice_password_token: Option<String>,
    /// Callback URL
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `CallbackVoiceUrl`.
    pub callback_voice_url: Option<String>,
    /// HTTP method for the callback URL
    ///
    /// Wire name: `CallbackVoiceUrlMethod`.
    pub callback_voice_url_method: Option<String>,
    /// Primary SIP trunk IP address (required for `Trunk` route type)
    ///
    /// Wire name: `TrunkIp1`.
    pub trunk_ip1: Option<String>,
    /// Backup SIP trunk IP address
    ///
    /// Wire name: `TrunkIp2`.
    pub trunk_ip2: Option<String>,
    /// Primary SIP trunk port (required for `Trunk` route type). Sent as a JSON string ("5061").
    ///
    /// Wire name: `TrunkPort1`.
    pub trunk_port1: Option<String>,
    /// Backup SIP trunk port. Sent as a JSON string ("5060").
    ///
    /// Wire name: `TrunkPort2`.
    pub trunk_port2: Option<String>,
    /// Primary transport protocol (e.g., `UDP`, `TCP`) (required for `Trunk` route type)
    ///
    /// Wire name: `TrunkTransport1`.
    pub trunk_transport1: Option<String>,
    /// Backup transport protocol
    ///
    /// Wire name: `TrunkTransport2`.
    pub trunk_transport2: Option<String>,
    /// Primary SIP URI (required for `Trunk` route type)
    ///
    /// Wire name: `TrunkUri1`.
    pub trunk_uri1: Option<String>,
    /// Backup SIP URI
    ///
    /// Wire name: `TrunkUri2`.
    pub trunk_uri2: Option<String>,
    /// Whether primary trunk is active (required for `Trunk` route type)
    ///
    /// Wire name: `TrunkEnabled1`.
    pub trunk_enabled1: Option<bool>,
    /// Whether backup trunk is active
    ///
    /// Wire name: `TrunkEnabled2`.
    pub trunk_enabled2: Option<bool>,
    /// Priority value for primary trunk (lower value = higher priority). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk1Priortiy`.
    pub trunk1_priortiy: Option<i64>,
    /// Weight value for primary trunk (load balancing)
    ///
    /// Wire name: `Trunk1Weight`.
    pub trunk1_weight: Option<i64>,
    /// Priority value for backup trunk. Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk2Priortiy`.
    pub trunk2_priortiy: Option<i64>,
    /// Weight value for backup trunk
    ///
    /// Wire name: `Trunk2Weight`.
    pub trunk2_weight: Option<i64>,
    /// Header manipulation identifier
    ///
    /// Wire name: `HeaderManipulation`.
    pub header_manipulation: Option<String>,
    /// Whether SIP REFER is enabled
    ///
    /// Wire name: `EnableSipRefer`.
    pub enable_sip_refer: Option<bool>,
    /// Caller ID behavior during transfers (e.g., `Transferee/Transferor`)
    ///
    /// Wire name: `TransferCallerId`.
    pub transfer_caller_id: Option<String>,
    /// Whether symmetric RTP is enabled
    ///
    /// Wire name: `SymmetricRtp`.
    pub symmetric_rtp: Option<bool>,
    /// Whether TRP secure trunk is enabled
    ///
    /// Wire name: `EnableTrpSecureTrunk`.
    pub enable_trp_secure_trunk: Option<bool>,
    /// Whether PSTN transfers are allowed
    ///
    /// Wire name: `EnablePstnTransfer`.
    pub enable_pstn_transfer: Option<bool>,
    /// List of whitelisted IP addresses. The create request uses `IpWhitelist` (lower-case l) like update; the response answers `IpWhiteList`.
    ///
    /// Wire name: `IpWhitelist`.
    pub ip_whitelist: Option<Vec<IpWhitelistEntry>>,
    /// Whether CNAM lookup is enabled
    ///
    /// Wire name: `CnamLookup`.
    pub cnam_lookup: Option<bool>,
    /// Subdomain for termination URIs
    ///
    /// Wire name: `TerminationUriSubdomain`.
    pub termination_uri_subdomain: Option<String>,
    /// Whether call streaming is enabled
    ///
    /// Wire name: `EnableCallStreaming`.
    pub enable_call_streaming: Option<bool>,
    /// WebSocket Secure URI for call streaming
    ///
    /// Wire name: `WssUri`.
    pub wss_uri: Option<String>,
    /// Whether this route is active; lets you create a route disabled before testing and enabling it.
    ///
    /// Wire name: `RouteEnabled`.
    pub route_enabled: Option<bool>,
}

switchboard_runtime::__serde_struct! {
    struct CreateVoiceRouteBody {
        route_name: Required<"RouteName">,
        route_type: Required<"RouteType">,
        voice_url: Optional<"VoiceUrl">,
        voice_url_method: Optional<"VoiceUrlMethod">,
        vocie_authentication_type: Optional<"VocieAuthenticationType">,
        voice_username: Optional<"VoiceUsername">,
        voice_password_token: Optional<"VoicePasswordToken">,
        callback_voice_url: Optional<"CallbackVoiceUrl">,
        callback_voice_url_method: Optional<"CallbackVoiceUrlMethod">,
        trunk_ip1: Optional<"TrunkIp1">,
        trunk_ip2: Optional<"TrunkIp2">,
        trunk_port1: Optional<"TrunkPort1">,
        trunk_port2: Optional<"TrunkPort2">,
        trunk_transport1: Optional<"TrunkTransport1">,
        trunk_transport2: Optional<"TrunkTransport2">,
        trunk_uri1: Optional<"TrunkUri1">,
        trunk_uri2: Optional<"TrunkUri2">,
        trunk_enabled1: Optional<"TrunkEnabled1">,
        trunk_enabled2: Optional<"TrunkEnabled2">,
        trunk1_priortiy: Optional<"Trunk1Priortiy">,
        trunk1_weight: Optional<"Trunk1Weight">,
        trunk2_priortiy: Optional<"Trunk2Priortiy">,
        trunk2_weight: Optional<"Trunk2Weight">,
        header_manipulation: Optional<"HeaderManipulation">,
        enable_sip_refer: Optional<"EnableSipRefer">,
        transfer_caller_id: Optional<"TransferCallerId">,
        symmetric_rtp: Optional<"SymmetricRtp">,
        enable_trp_secure_trunk: Optional<"EnableTrpSecureTrunk">,
        enable_pstn_transfer: Optional<"EnablePstnTransfer">,
        ip_whitelist: Optional<"IpWhitelist">,
        cnam_lookup: Optional<"CnamLookup">,
        termination_uri_subdomain: Optional<"TerminationUriSubdomain">,
        enable_call_streaming: Optional<"EnableCallStreaming">,
        wss_uri: Optional<"WssUri">,
        route_enabled: Optional<"RouteEnabled">,
    }
}

impl CreateVoiceRouteBody {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(route_name: impl Into<String>, route_type: RouteType) -> Self {
        Self {
            route_name: route_name.into(),
            route_type,
            voice_url: None,
            voice_url_method: None,
            vocie_authentication_type: None,
            voice_username: None,
            voice_password_token: None,
            callback_voice_url: None,
            callback_voice_url_method: None,
            trunk_ip1: None,
            trunk_ip2: None,
            trunk_port1: None,
            trunk_port2: None,
            trunk_transport1: None,
            trunk_transport2: None,
            trunk_uri1: None,
            trunk_uri2: None,
            trunk_enabled1: None,
            trunk_enabled2: None,
            trunk1_priortiy: None,
            trunk1_weight: None,
            trunk2_priortiy: None,
            trunk2_weight: None,
            header_manipulation: None,
            enable_sip_refer: None,
            transfer_caller_id: None,
            symmetric_rtp: None,
            enable_trp_secure_trunk: None,
            enable_pstn_transfer: None,
            ip_whitelist: None,
            cnam_lookup: None,
            termination_uri_subdomain: None,
            enable_call_streaming: None,
            wss_uri: None,
            route_enabled: None,
        }
    }
}

switchboard_runtime::__string_enum! {
    /// Authentication type. The wire name is misspelled `VocieAuthenticationType` on the create page and in the Postman collection; the update operation's published schema spells it `VoiceAuthenticationType`.
    pub enum CreateVoiceRouteBodyVocieAuthenticationType {
        None = "None",
        Basic = "Basic",
        Bearer = "Bearer",
    }
}

/// All voice routes of the account. No pagination is documented.
///
/// *Reconstructed, not documented by the provider:* The required list comes from the Postman field table and example (AccountId, TotalRoutes, Results); the collection does not say they are always present.
///
/// # Example
///
/// The body of a `200` reply to `GET /v1.0/account/voice/routes`:
///
/// ```json
/// {
///   "AccountId": "DID-1e8939ab-3f3c-4db1-89d7-956d80fd793j203805880870238",
///   "Results": [
///     {
///       "AccountId": "DID-1e8939ab-3f3c-4db1-89d7-956d80fd793j203805880870238",
///       "CallRouteId": "CRID-993804Ar09099",
///       "CallRouteStatus": "Active",
///       "CnamLookup": true,
///       "EnableCallStreaming": true,
///       "EnablePstnTransfer": true,
///       "EnableSipRefer": true,
///       "EnableTrpSecureTrunk": true,
///       "HeaderManipulation": "HMI8802029",
///       "IpWhitelist": [
///         {
///           "IpAddress": "20.20.10.10"
///         },
///         {
///           "IpAddress": "20.20.10.20"
///         }
///       ],
///       "RouteEnabled": true,
///       "RouteName": "Main SIP Trunk",
///       "RouteType": "Trunk",
///       "SymmetricRtp": true,
///       "TerminationUriSubdomain": "client",
///       "TransferCallerId": "Transferee/Transferor",
///       "Trunk1Priortiy": 10,
///       "Trunk1Weight": 10,
///       "Trunk2Priortiy": 20,
///       "Trunk2Weight": 20,
///       "TrunkEnabled1": true,
///       "TrunkEnabled2": false,
///       "TrunkIp1": "20.87.87.87",
///       "TrunkIp2": "20.87.87.86",
///       "TrunkPort1": "5061",
///       "TrunkPort2": "5060",
///       "TrunkTransport1": "UDP",
///       "TrunkTransport2": "TCP",
///       "TrunkUri1": "https://pstn.joonto.com",
///       "TrunkUri2": "https://pstn2.joonto.com",
///       "VoiceUrlMethod": "POST",
///       "WssUri": "wss://192.67.88.2"
///     },
///     {
///       "AccountId": "DID-1e8939ab-3f3c-4db1-89d7-956d80fd793j203805880870238",
///       "CallRouteId": "CRID-993804Ar09093",
///       "CallRouteStatus": "Active",
///       "CnamLookup": true,
///       "EnableCallStreaming": true,
///       "EnablePstnTransfer": true,
///       "EnableSipRefer": true,
///       "EnableTrpSecureTrunk": true,
///       "HeaderManipulation": "HMI8802029",
///       "IpWhitelist": [
///         {
///           "IpAddress": "20.20.10.10"
///         },
///         {
///           "IpAddress": "20.20.10.20"
///         }
///       ],
///       "RouteEnabled": true,
///       "RouteName": "Main SIP Trunk Secondary",
///       "RouteType": "Trunk",
///       "SymmetricRtp": true,
///       "TerminationUriSubdomain": "client",
///       "TransferCallerId": "Transferee/Transferor",
///       "Trunk1Priortiy": 10,
///       "Trunk1Weight": 10,
///       "Trunk2Priortiy": 20,
///       "Trunk2Weight": 20,
///       "TrunkEnabled1": true,
///       "TrunkEnabled2": false,
///       "TrunkIp1": "20.87.87.87",
///       "TrunkIp2": "20.87.87.86",
///       "TrunkPort1": "5061",
///       "TrunkPort2": "5060",
///       "TrunkTransport1": "UDP",
///       "TrunkTransport2": "TCP",
///       "TrunkUri1": "https://pstn.joonto.com",
///       "TrunkUri2": "https://pstn2.joonto.com",
///       "VoiceUrlMethod": "POST",
///       "WssUri": "wss://192.67.88.2"
///     }
///   ],
///   "TotalRoutes": 2
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceRouteList {
    /// Your account identifier. The saved Postman example response spells it `AccountID`, the documented example `AccountId`; both decode.
    ///
    /// Wire name: `AccountId`. Also accepted when decoding: `AccountID`.
    pub account_id: String,
    /// Total number of voice routes in your account
    ///
    /// Wire name: `TotalRoutes`.
    pub total_routes: i64,
    /// List of voice route objects
    ///
    /// Wire name: `Results`.
    pub results: Vec<VoiceRouteListItem>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct VoiceRouteList
    where
        unknown_fields: Unknown,
    {
        account_id: Required<"AccountId", "AccountID">,
        total_routes: Required<"TotalRoutes">,
        results: Required<"Results">,
    }
}

impl VoiceRouteList {
    /// New, from its fields.
    pub fn new(
        account_id: impl Into<String>,
        total_routes: i64,
        results: Vec<VoiceRouteListItem>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            total_routes,
            results,
            unknown_fields: Default::default(),
        }
    }
}

/// One route in the account list ("Voice Route Object Fields" table of the Postman collection). Unlike VoiceRoute it carries `CallRouteStatus` and `RouteEnabled`, documents no `VoiceUrl`, and spells the whitelist `IpWhitelist` (the request spelling). Fields depend on the route type ("if applicable"), so only the ids are required.
///
/// *Reconstructed, not documented by the provider:* CallRouteId and AccountId are required because every list example has them; the table marks the other fields "if applicable".
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceRouteListItem {
    /// Current status of the voice route (e.g., "Active"; the delete operation answers "Deleted"). No complete list of values is documented.
    ///
    /// Wire name: `CallRouteStatus`. `None`: absent; `Some(None)`: JSON `null`.
    pub call_route_status: Option<Option<String>>,
    /// Unique identifier of the voice route
    ///
    /// Wire name: `CallRouteId`.
    pub call_route_id: String,
    /// Your account identifier. The saved Postman example response spells it `AccountID`; both decode.
    ///
    /// Wire name: `AccountId`. Also accepted when decoding: `AccountID`.
    pub account_id: String,
    /// Name of the voice route
    ///
    /// Wire name: `RouteName`. `None`: absent; `Some(None)`: JSON `null`.
    pub route_name: Option<Option<String>>,
    /// Type of routing (Trunk, URL, Forward)
    ///
    /// Wire name: `RouteType`. `None`: absent; `Some(None)`: JSON `null`.
    pub route_type: Option<Option<RouteType>>,
    /// HTTP method for the webhook URL (if applicable)
    ///
    /// Wire name: `VoiceUrlMethod`. `None`: absent; `Some(None)`: JSON `null`.
    pub voice_url_method: Option<Option<HttpMethod>>,
    /// Primary SIP trunk IP address (if applicable)
    ///
    /// Wire name: `TrunkIp1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_ip1: Option<Option<String>>,
    /// Backup SIP trunk IP address (if applicable)
    ///
    /// Wire name: `TrunkIp2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_ip2: Option<Option<String>>,
    /// Primary SIP trunk port (if applicable); a JSON string on the wire.
    ///
    /// Wire name: `TrunkPort1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_port1: Option<Option<String>>,
    /// Backup SIP trunk port (if applicable); a JSON string on the wire.
    ///
    /// Wire name: `TrunkPort2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_port2: Option<Option<String>>,
    /// Primary transport protocol (if applicable)
    ///
    /// Wire name: `TrunkTransport1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_transport1: Option<Option<TrunkTransport>>,
    /// Backup transport protocol (if applicable)
    ///
    /// Wire name: `TrunkTransport2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_transport2: Option<Option<TrunkTransport>>,
    /// Primary SIP URI (if applicable)
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `TrunkUri1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_uri1: Option<Option<String>>,
    /// Backup SIP URI (if applicable)
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `TrunkUri2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_uri2: Option<Option<String>>,
    /// Whether primary trunk is active (if applicable)
    ///
    /// Wire name: `TrunkEnabled1`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_enabled1: Option<Option<bool>>,
    /// Whether backup trunk is active (if applicable)
    ///
    /// Wire name: `TrunkEnabled2`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk_enabled2: Option<Option<bool>>,
    /// Priority value for primary trunk (if applicable). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk1Priortiy`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk1_priortiy: Option<Option<i64>>,
    /// Weight value for primary trunk (if applicable)
    ///
    /// Wire name: `Trunk1Weight`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk1_weight: Option<Option<i64>>,
    /// Priority value for backup trunk (if applicable). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk2Priortiy`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk2_priortiy: Option<Option<i64>>,
    /// Weight value for backup trunk (if applicable)
    ///
    /// Wire name: `Trunk2Weight`. `None`: absent; `Some(None)`: JSON `null`.
    pub trunk2_weight: Option<Option<i64>>,
    /// Header manipulation identifier (if applicable)
    ///
    /// Wire name: `HeaderManipulation`. `None`: absent; `Some(None)`: JSON `null`.
    pub header_manipulation: Option<Option<String>>,
    /// Whether SIP REFER is enabled (if applicable)
    ///
    /// Wire name: `EnableSipRefer`. `None`: absent; `Some(None)`: JSON `null`.
    pub enable_sip_refer: Option<Option<bool>>,
    /// Caller ID behavior during transfers (if applicable)
    ///
    /// Wire name: `TransferCallerId`. `None`: absent; `Some(None)`: JSON `null`.
    pub transfer_caller_id: Option<Option<TransferCallerId>>,
    /// Whether symmetric RTP is enabled (if applicable)
    ///
    /// Wire name: `SymmetricRtp`. `None`: absent; `Some(None)`: JSON `null`.
    pub symmetric_rtp: Option<Option<bool>>,
    /// Whether TRP secure trunk is enabled (if applicable)
    ///
    /// Wire name: `EnableTrpSecureTrunk`. `None`: absent; `Some(None)`: JSON `null`.
    pub enable_trp_secure_trunk: Option<Option<bool>>,
    /// Whether PSTN transfers are allowed (if applicable)
    ///
    /// Wire name: `EnablePstnTransfer`. `None`: absent; `Some(None)`: JSON `null`.
    pub enable_pstn_transfer: Option<Option<bool>>,
    /// List of whitelisted IP addresses (if applicable). The list endpoint spells it `IpWhitelist`; create/update/get responses spell it `IpWhiteList`; `x-aliases` makes the client accept both.
    ///
    /// Wire name: `IpWhitelist`. Also accepted when decoding: `IpWhiteList`. `None`: absent; `Some(None)`: JSON `null`.
    pub ip_whitelist: Option<Option<Vec<IpWhitelistEntry>>>,
    /// Whether CNAM lookup is enabled (if applicable)
    ///
    /// Wire name: `CnamLookup`. `None`: absent; `Some(None)`: JSON `null`.
    pub cnam_lookup: Option<Option<bool>>,
    /// Subdomain for termination URIs (if applicable)
    ///
    /// Wire name: `TerminationUriSubdomain`. `None`: absent; `Some(None)`: JSON `null`.
    pub termination_uri_subdomain: Option<Option<String>>,
    /// Whether call streaming is enabled (if applicable)
    ///
    /// Wire name: `EnableCallStreaming`. `None`: absent; `Some(None)`: JSON `null`.
    pub enable_call_streaming: Option<Option<bool>>,
    /// WebSocket Secure URI for call streaming (if applicable)
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `WssUri`. `None`: absent; `Some(None)`: JSON `null`.
    pub wss_uri: Option<Option<String>>,
    /// Whether this route is active (if applicable)
    ///
    /// Wire name: `RouteEnabled`. `None`: absent; `Some(None)`: JSON `null`.
    pub route_enabled: Option<Option<bool>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct VoiceRouteListItem
    where
        unknown_fields: Unknown,
    {
        call_route_status: Present<"CallRouteStatus">,
        call_route_id: Required<"CallRouteId">,
        account_id: Required<"AccountId", "AccountID">,
        route_name: Present<"RouteName">,
        route_type: Present<"RouteType">,
        voice_url_method: Present<"VoiceUrlMethod">,
        trunk_ip1: Present<"TrunkIp1">,
        trunk_ip2: Present<"TrunkIp2">,
        trunk_port1: Present<"TrunkPort1">,
        trunk_port2: Present<"TrunkPort2">,
        trunk_transport1: Present<"TrunkTransport1">,
        trunk_transport2: Present<"TrunkTransport2">,
        trunk_uri1: Present<"TrunkUri1">,
        trunk_uri2: Present<"TrunkUri2">,
        trunk_enabled1: Present<"TrunkEnabled1">,
        trunk_enabled2: Present<"TrunkEnabled2">,
        trunk1_priortiy: Present<"Trunk1Priortiy">,
        trunk1_weight: Present<"Trunk1Weight">,
        trunk2_priortiy: Present<"Trunk2Priortiy">,
        trunk2_weight: Present<"Trunk2Weight">,
        header_manipulation: Present<"HeaderManipulation">,
        enable_sip_refer: Present<"EnableSipRefer">,
        transfer_caller_id: Present<"TransferCallerId">,
        symmetric_rtp: Present<"SymmetricRtp">,
        enable_trp_secure_trunk: Present<"EnableTrpSecureTrunk">,
        enable_pstn_transfer: Present<"EnablePstnTransfer">,
        ip_whitelist: Present<"IpWhitelist", "IpWhiteList">,
        cnam_lookup: Present<"CnamLookup">,
        termination_uri_subdomain: Present<"TerminationUriSubdomain">,
        enable_call_streaming: Present<"EnableCallStreaming">,
        wss_uri: Present<"WssUri">,
        route_enabled: Present<"RouteEnabled">,
    }
}

impl VoiceRouteListItem {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(call_route_id: impl Into<String>, account_id: impl Into<String>) -> Self {
        Self {
            call_route_status: None,
            call_route_id: call_route_id.into(),
            account_id: account_id.into(),
            route_name: None,
            route_type: None,
            voice_url_method: None,
            trunk_ip1: None,
            trunk_ip2: None,
            trunk_port1: None,
            trunk_port2: None,
            trunk_transport1: None,
            trunk_transport2: None,
            trunk_uri1: None,
            trunk_uri2: None,
            trunk_enabled1: None,
            trunk_enabled2: None,
            trunk1_priortiy: None,
            trunk1_weight: None,
            trunk2_priortiy: None,
            trunk2_weight: None,
            header_manipulation: None,
            enable_sip_refer: None,
            transfer_caller_id: None,
            symmetric_rtp: None,
            enable_trp_secure_trunk: None,
            enable_pstn_transfer: None,
            ip_whitelist: None,
            cnam_lookup: None,
            termination_uri_subdomain: None,
            enable_call_streaming: None,
            wss_uri: None,
            route_enabled: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/paths/~1v1.0~1voice~1routes~1delete/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteVoiceRouteBody {
    /// Unique identifier of the voice route to delete
    ///
    /// Wire name: `CallRouteId`.
    pub call_route_id: String,
}

switchboard_runtime::__serde_struct! {
    struct DeleteVoiceRouteBody {
        call_route_id: Required<"CallRouteId">,
    }
}

impl DeleteVoiceRouteBody {
    /// New, from its fields.
    pub fn new(call_route_id: impl Into<String>) -> Self {
        Self {
            call_route_id: call_route_id.into(),
        }
    }
}

/// Confirmation that the voice route was deleted.
///
/// *Reconstructed, not documented by the provider:* Both fields are required because the page's Response Fields table lists them and its examples show them; the page does not say they are always present.
///
/// # Example
///
/// The body of a `200` reply to `POST /v1.0/voice/routes/delete`:
///
/// ```json
/// {
///   "CallRouteId": "CRID-4dec6beb-3985-444b-8c06-8baa70dc1416",
///   "CallRouteStatus": "Deleted"
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceRouteDeletion {
    /// Status of the operation (should be "Deleted")
    ///
    /// Wire name: `CallRouteStatus`.
    pub call_route_status: String,
    /// Unique identifier of the deleted voice route
    ///
    /// Wire name: `CallRouteId`.
    pub call_route_id: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct VoiceRouteDeletion
    where
        unknown_fields: Unknown,
    {
        call_route_status: Required<"CallRouteStatus">,
        call_route_id: Required<"CallRouteId">,
    }
}

impl VoiceRouteDeletion {
    /// New, from its fields.
    pub fn new(call_route_status: impl Into<String>, call_route_id: impl Into<String>) -> Self {
        Self {
            call_route_status: call_route_status.into(),
            call_route_id: call_route_id.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/paths/~1v1.0~1oauth2~1tokens/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct GenerateApiTokenBody {
    /// Your account key (e.g., DID-1234567ab-1a2b-3cd4-...-...........)
    ///
    /// Wire name: `AccountKey`.
    pub account_key: String,
    /// Your account secret key
    ///
    /// Wire name: `AccountSecret`.
    pub account_secret: String,
    /// The specific API endpoint URL this token will be scoped to. Each token is scoped to a single endpoint for security. Optional on the current page; an older rendering marked it required with default `https://api.telegent.com`.
    ///
    /// Format: `uri`.
    ///
    /// Wire name: `ApiEndpoint`.
    pub api_endpoint: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct GenerateApiTokenBody {
        account_key: Required<"AccountKey">,
        account_secret: Required<"AccountSecret">,
        api_endpoint: Optional<"ApiEndpoint">,
    }
}

impl GenerateApiTokenBody {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(account_key: impl Into<String>, account_secret: impl Into<String>) -> Self {
        Self {
            account_key: account_key.into(),
            account_secret: account_secret.into(),
            api_endpoint: None,
        }
    }
}

/// Bearer token answer. The docs say only "The response is of type object"; the fields are those of the documented examples, which are camelCase on the wire (the Postman prose lists them as Token, Successful, TokenExpiry, ApiEndpoint, Error). `token`, `successful` and `tokenExpiry` appear in every example; `apiEndpoint` and `error` only in some.
///
/// *Reconstructed, not documented by the provider:* The docs say only "The response is of type object"; the fields are those of the four documented examples, and token, successful and tokenExpiry are required because every example has them.
///
/// # Example
///
/// The body of a `200` reply to `POST /v1.0/oauth2/tokens`:
///
/// ```json
/// {
///   "successful": true,
///   "token": "abcdeghijklmnopqrstuvwxyz...................",
///   "tokenExpiry": "05/02/2025 06:36:13 PM"
/// }
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ApiToken {
    /// The Bearer token; send it as `Authorization: Bearer <token>`. It is valid only for the endpoint it was scoped to.
    pub token: String,
    /// Whether authentication succeeded
    pub successful: bool,
    /// Expiry timestamp, formatted `MM/dd/yyyy hh:mm:ss AM|PM` with no time zone (e.g. "05/02/2025 06:36:13 PM"); not ISO 8601, so kept a plain string.
    ///
    /// Wire name: `tokenExpiry`.
    pub token_expiry: String,
    /// The API endpoint URL associated with the token (Postman: "the base URL for subsequent API calls"). Shown by the older docs rendering and the Postman example only.
    ///
    /// Wire name: `apiEndpoint`.
    pub api_endpoint: Option<String>,
    /// Error message if authentication fails (empty string on success). Shown by the api.telegent.com example only.
    pub error: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ApiToken
    where
        unknown_fields: Unknown,
    {
        token: Required<"token">,
        successful: Required<"successful">,
        token_expiry: Required<"tokenExpiry">,
        api_endpoint: Optional<"apiEndpoint">,
        error: Optional<"error">,
    }
}

impl ApiToken {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(
        token: impl Into<String>,
        successful: bool,
        token_expiry: impl Into<String>,
    ) -> Self {
        Self {
            token: token.into(),
            successful,
            token_expiry: token_expiry.into(),
            api_endpoint: None,
            error: None,
            unknown_fields: Default::default(),
        }
    }
}

/// One variant for each of the documented error replies, by HTTP status.
#[derive(Debug, Clone, PartialEq)]
pub enum GenerateApiTokenErrorBody {
    /// HTTP 400: Bad Request
    BadRequest(BadRequestResult),
    /// HTTP 401: Unauthorized
    Unauthorized(UnauthorizedResult),
    /// HTTP 403: Forbidden
    Forbidden(ForbiddenResult),
    /// HTTP 404: Not Found
    NotFound(NotFoundResult),
    /// HTTP 405: Method Not Allowed
    MethodNotAllowed(MethodNotAllowedResult),
    /// HTTP 408: Request Timeout
    RequestTimeout(RequestTimeoutResult),
    /// HTTP 429: Too Many Requests
    TooManyRequests(TooManyRequestsResult),
    /// HTTP 500: Server Error
    InternalServerError(InternalServerErrorResult),
    /// HTTP 503: Service Unavailable
    ServiceUnavailable(ServiceUnavailableResult),
    /// HTTP 504: Gateway Timeout
    GatewayTimeout(GatewayTimeoutResult),
}

/// Encodes the body of whichever status it is, as the provider sent it.
impl Serialize for GenerateApiTokenErrorBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            GenerateApiTokenErrorBody::BadRequest(body) => body.serialize(serializer),
            GenerateApiTokenErrorBody::Unauthorized(body) => body.serialize(serializer),
            GenerateApiTokenErrorBody::Forbidden(body) => body.serialize(serializer),
            GenerateApiTokenErrorBody::NotFound(body) => body.serialize(serializer),
            GenerateApiTokenErrorBody::MethodNotAllowed(body) => body.serialize(serializer),
            GenerateApiTokenErrorBody::RequestTimeout(body) => body.serialize(serializer),
            GenerateApiTokenErrorBody::TooManyRequests(body) => body.serialize(serializer),
            GenerateApiTokenErrorBody::InternalServerError(body) => body.serialize(serializer),
            GenerateApiTokenErrorBody::ServiceUnavailable(body) => body.serialize(serializer),
            GenerateApiTokenErrorBody::GatewayTimeout(body) => body.serialize(serializer),
        }
    }
}

impl switchboard_runtime::ProviderMessage for GenerateApiTokenErrorBody {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            GenerateApiTokenErrorBody::BadRequest(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GenerateApiTokenErrorBody::Unauthorized(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GenerateApiTokenErrorBody::Forbidden(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GenerateApiTokenErrorBody::NotFound(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GenerateApiTokenErrorBody::MethodNotAllowed(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GenerateApiTokenErrorBody::RequestTimeout(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GenerateApiTokenErrorBody::TooManyRequests(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GenerateApiTokenErrorBody::InternalServerError(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GenerateApiTokenErrorBody::ServiceUnavailable(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            GenerateApiTokenErrorBody::GatewayTimeout(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
        }
    }
}
