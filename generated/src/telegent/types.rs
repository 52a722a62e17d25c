// Generated from `specs/telegent.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `telegent` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
use serde::{Deserialize, Serialize};
/// All voice routes of the account. No pagination is documented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoiceRouteList {
    /// Your account identifier. The saved Postman example response spells it `AccountID`, the documented example `AccountId`; both decode.
    ///
    /// Wire name: `AccountId`. Also accepted when decoding: `AccountID`.
    #[serde(rename = "AccountId", alias = "AccountID")]
    pub account_id: String,
    /// List of voice route objects
    ///
    /// Wire name: `Results`.
    #[serde(rename = "Results")]
    pub results: Vec<VoiceRouteListItem>,
    /// Total number of voice routes in your account
    ///
    /// Wire name: `TotalRoutes`.
    #[serde(rename = "TotalRoutes")]
    pub total_routes: i64,
}
/// One route in the account list ("Voice Route Object Fields" table of the Postman collection). Unlike VoiceRoute it carries `CallRouteStatus` and `RouteEnabled`, documents no `VoiceUrl`, and spells the whitelist `IpWhitelist` (the request spelling). Fields depend on the route type ("if applicable"), so only the ids are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoiceRouteListItem {
    /// Your account identifier. The saved Postman example response spells it `AccountID`; both decode.
    ///
    /// Wire name: `AccountId`. Also accepted when decoding: `AccountID`.
    #[serde(rename = "AccountId", alias = "AccountID")]
    pub account_id: String,
    /// Unique identifier of the voice route
    ///
    /// Wire name: `CallRouteId`.
    #[serde(rename = "CallRouteId")]
    pub call_route_id: String,
    /// Current status of the voice route (e.g., "Active"; the delete operation answers "Deleted"). No complete list of values is documented.
    ///
    /// Wire name: `CallRouteStatus`.
    #[serde(
        rename = "CallRouteStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub call_route_status: Option<String>,
    /// Whether CNAM lookup is enabled (if applicable)
    ///
    /// Wire name: `CnamLookup`.
    #[serde(rename = "CnamLookup", default, skip_serializing_if = "Option::is_none")]
    pub cnam_lookup: Option<bool>,
    /// Whether call streaming is enabled (if applicable)
    ///
    /// Wire name: `EnableCallStreaming`.
    #[serde(
        rename = "EnableCallStreaming",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_call_streaming: Option<bool>,
    /// Whether PSTN transfers are allowed (if applicable)
    ///
    /// Wire name: `EnablePstnTransfer`.
    #[serde(
        rename = "EnablePstnTransfer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_pstn_transfer: Option<bool>,
    /// Whether SIP REFER is enabled (if applicable)
    ///
    /// Wire name: `EnableSipRefer`.
    #[serde(rename = "EnableSipRefer", default, skip_serializing_if = "Option::is_none")]
    pub enable_sip_refer: Option<bool>,
    /// Whether TRP secure trunk is enabled (if applicable)
    ///
    /// Wire name: `EnableTrpSecureTrunk`.
    #[serde(
        rename = "EnableTrpSecureTrunk",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_trp_secure_trunk: Option<bool>,
    /// Header manipulation identifier (if applicable)
    ///
    /// Wire name: `HeaderManipulation`.
    #[serde(
        rename = "HeaderManipulation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub header_manipulation: Option<String>,
    /// List of whitelisted IP addresses (if applicable). The list endpoint spells it `IpWhitelist`; create/update/get responses spell it `IpWhiteList`; `x-aliases` makes the client accept both.
    ///
    /// Wire name: `IpWhitelist`. Also accepted when decoding: `IpWhiteList`.
    #[serde(
        rename = "IpWhitelist",
        alias = "IpWhiteList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ip_whitelist: Option<Vec<IpWhitelistEntry>>,
    /// Whether this route is active (if applicable)
    ///
    /// Wire name: `RouteEnabled`.
    #[serde(rename = "RouteEnabled", default, skip_serializing_if = "Option::is_none")]
    pub route_enabled: Option<bool>,
    /// Name of the voice route
    ///
    /// Wire name: `RouteName`.
    #[serde(rename = "RouteName", default, skip_serializing_if = "Option::is_none")]
    pub route_name: Option<String>,
    /// Type of routing (Trunk, URL, Forward)
    ///
    /// Wire name: `RouteType`.
    #[serde(rename = "RouteType", default, skip_serializing_if = "Option::is_none")]
    pub route_type: Option<VoiceRouteListItemRouteType>,
    /// Whether symmetric RTP is enabled (if applicable)
    ///
    /// Wire name: `SymmetricRtp`.
    #[serde(rename = "SymmetricRtp", default, skip_serializing_if = "Option::is_none")]
    pub symmetric_rtp: Option<bool>,
    /// Subdomain for termination URIs (if applicable)
    ///
    /// Wire name: `TerminationUriSubdomain`.
    #[serde(
        rename = "TerminationUriSubdomain",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_uri_subdomain: Option<String>,
    /// Caller ID behavior during transfers (if applicable)
    ///
    /// Wire name: `TransferCallerId`.
    #[serde(
        rename = "TransferCallerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transfer_caller_id: Option<VoiceRouteListItemTransferCallerId>,
    /// Priority value for primary trunk (if applicable). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk1Priortiy`.
    #[serde(rename = "Trunk1Priortiy", default, skip_serializing_if = "Option::is_none")]
    pub trunk1_priortiy: Option<i64>,
    /// Weight value for primary trunk (if applicable)
    ///
    /// Wire name: `Trunk1Weight`.
    #[serde(rename = "Trunk1Weight", default, skip_serializing_if = "Option::is_none")]
    pub trunk1_weight: Option<i64>,
    /// Priority value for backup trunk (if applicable). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk2Priortiy`.
    #[serde(rename = "Trunk2Priortiy", default, skip_serializing_if = "Option::is_none")]
    pub trunk2_priortiy: Option<i64>,
    /// Weight value for backup trunk (if applicable)
    ///
    /// Wire name: `Trunk2Weight`.
    #[serde(rename = "Trunk2Weight", default, skip_serializing_if = "Option::is_none")]
    pub trunk2_weight: Option<i64>,
    /// Whether primary trunk is active (if applicable)
    ///
    /// Wire name: `TrunkEnabled1`.
    #[serde(rename = "TrunkEnabled1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_enabled1: Option<bool>,
    /// Whether backup trunk is active (if applicable)
    ///
    /// Wire name: `TrunkEnabled2`.
    #[serde(rename = "TrunkEnabled2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_enabled2: Option<bool>,
    /// Primary SIP trunk IP address (if applicable)
    ///
    /// Wire name: `TrunkIp1`.
    #[serde(rename = "TrunkIp1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_ip1: Option<String>,
    /// Backup SIP trunk IP address (if applicable)
    ///
    /// Wire name: `TrunkIp2`.
    #[serde(rename = "TrunkIp2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_ip2: Option<String>,
    /// Primary SIP trunk port (if applicable); a JSON string on the wire.
    ///
    /// Wire name: `TrunkPort1`.
    #[serde(rename = "TrunkPort1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_port1: Option<String>,
    /// Backup SIP trunk port (if applicable); a JSON string on the wire.
    ///
    /// Wire name: `TrunkPort2`.
    #[serde(rename = "TrunkPort2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_port2: Option<String>,
    /// Primary transport protocol (if applicable)
    ///
    /// Wire name: `TrunkTransport1`.
    #[serde(
        rename = "TrunkTransport1",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trunk_transport1: Option<VoiceRouteListItemTrunkTransport1>,
    /// Backup transport protocol (if applicable)
    ///
    /// Wire name: `TrunkTransport2`.
    #[serde(
        rename = "TrunkTransport2",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trunk_transport2: Option<VoiceRouteListItemTrunkTransport2>,
    /// Primary SIP URI (if applicable)
    ///
    /// Wire name: `TrunkUri1`.
    #[serde(rename = "TrunkUri1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_uri1: Option<String>,
    /// Backup SIP URI (if applicable)
    ///
    /// Wire name: `TrunkUri2`.
    #[serde(rename = "TrunkUri2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_uri2: Option<String>,
    /// HTTP method for the webhook URL (if applicable)
    ///
    /// Wire name: `VoiceUrlMethod`.
    #[serde(rename = "VoiceUrlMethod", default, skip_serializing_if = "Option::is_none")]
    pub voice_url_method: Option<VoiceRouteListItemVoiceUrlMethod>,
    /// WebSocket Secure URI for call streaming (if applicable)
    ///
    /// Wire name: `WssUri`.
    #[serde(rename = "WssUri", default, skip_serializing_if = "Option::is_none")]
    pub wss_uri: Option<String>,
}
/// One whitelisted IP address.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct IpWhitelistEntry {
    /// IP address to whitelist
    ///
    /// Wire name: `IpAddress`.
    #[serde(rename = "IpAddress", default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
}
/// Type of routing (Trunk, URL, Forward)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteListItemRouteType {
    ///`Trunk`
    Trunk,
    ///`URL`
    Url,
    ///`Forward`
    Forward,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteListItemRouteType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteListItemRouteType::Trunk => "Trunk",
            VoiceRouteListItemRouteType::Url => "URL",
            VoiceRouteListItemRouteType::Forward => "Forward",
            VoiceRouteListItemRouteType::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteListItemRouteType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Trunk" => VoiceRouteListItemRouteType::Trunk,
            "URL" => VoiceRouteListItemRouteType::Url,
            "Forward" => VoiceRouteListItemRouteType::Forward,
            _ => VoiceRouteListItemRouteType::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteListItemRouteType {
    fn from(value: &str) -> Self {
        VoiceRouteListItemRouteType::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteListItemRouteType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteListItemRouteType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteListItemRouteType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteListItemRouteType::from)
    }
}
/// Caller ID behavior during transfers (if applicable)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteListItemTransferCallerId {
    ///`Transferee`
    Transferee,
    ///`Transferor`
    Transferor,
    ///`Transferee/Transferor`
    TransfereeTransferor,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteListItemTransferCallerId {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteListItemTransferCallerId::Transferee => "Transferee",
            VoiceRouteListItemTransferCallerId::Transferor => "Transferor",
            VoiceRouteListItemTransferCallerId::TransfereeTransferor => {
                "Transferee/Transferor"
            }
            VoiceRouteListItemTransferCallerId::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteListItemTransferCallerId {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Transferee" => VoiceRouteListItemTransferCallerId::Transferee,
            "Transferor" => VoiceRouteListItemTransferCallerId::Transferor,
            "Transferee/Transferor" => {
                VoiceRouteListItemTransferCallerId::TransfereeTransferor
            }
            _ => VoiceRouteListItemTransferCallerId::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteListItemTransferCallerId {
    fn from(value: &str) -> Self {
        VoiceRouteListItemTransferCallerId::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteListItemTransferCallerId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteListItemTransferCallerId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteListItemTransferCallerId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteListItemTransferCallerId::from)
    }
}
/// Primary transport protocol (if applicable)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteListItemTrunkTransport1 {
    ///`UDP`
    Udp,
    ///`TCP`
    Tcp,
    ///`TLS`
    Tls,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteListItemTrunkTransport1 {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteListItemTrunkTransport1::Udp => "UDP",
            VoiceRouteListItemTrunkTransport1::Tcp => "TCP",
            VoiceRouteListItemTrunkTransport1::Tls => "TLS",
            VoiceRouteListItemTrunkTransport1::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteListItemTrunkTransport1 {
    fn from(value: String) -> Self {
        match value.as_str() {
            "UDP" => VoiceRouteListItemTrunkTransport1::Udp,
            "TCP" => VoiceRouteListItemTrunkTransport1::Tcp,
            "TLS" => VoiceRouteListItemTrunkTransport1::Tls,
            _ => VoiceRouteListItemTrunkTransport1::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteListItemTrunkTransport1 {
    fn from(value: &str) -> Self {
        VoiceRouteListItemTrunkTransport1::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteListItemTrunkTransport1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteListItemTrunkTransport1 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteListItemTrunkTransport1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteListItemTrunkTransport1::from)
    }
}
/// Backup transport protocol (if applicable)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteListItemTrunkTransport2 {
    ///`UDP`
    Udp,
    ///`TCP`
    Tcp,
    ///`TLS`
    Tls,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteListItemTrunkTransport2 {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteListItemTrunkTransport2::Udp => "UDP",
            VoiceRouteListItemTrunkTransport2::Tcp => "TCP",
            VoiceRouteListItemTrunkTransport2::Tls => "TLS",
            VoiceRouteListItemTrunkTransport2::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteListItemTrunkTransport2 {
    fn from(value: String) -> Self {
        match value.as_str() {
            "UDP" => VoiceRouteListItemTrunkTransport2::Udp,
            "TCP" => VoiceRouteListItemTrunkTransport2::Tcp,
            "TLS" => VoiceRouteListItemTrunkTransport2::Tls,
            _ => VoiceRouteListItemTrunkTransport2::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteListItemTrunkTransport2 {
    fn from(value: &str) -> Self {
        VoiceRouteListItemTrunkTransport2::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteListItemTrunkTransport2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteListItemTrunkTransport2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteListItemTrunkTransport2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteListItemTrunkTransport2::from)
    }
}
/// HTTP method for the webhook URL (if applicable)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteListItemVoiceUrlMethod {
    ///`GET`
    Get,
    ///`POST`
    Post,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteListItemVoiceUrlMethod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteListItemVoiceUrlMethod::Get => "GET",
            VoiceRouteListItemVoiceUrlMethod::Post => "POST",
            VoiceRouteListItemVoiceUrlMethod::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteListItemVoiceUrlMethod {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GET" => VoiceRouteListItemVoiceUrlMethod::Get,
            "POST" => VoiceRouteListItemVoiceUrlMethod::Post,
            _ => VoiceRouteListItemVoiceUrlMethod::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteListItemVoiceUrlMethod {
    fn from(value: &str) -> Self {
        VoiceRouteListItemVoiceUrlMethod::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteListItemVoiceUrlMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteListItemVoiceUrlMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteListItemVoiceUrlMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteListItemVoiceUrlMethod::from)
    }
}
/// The spec's `BadRequest_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BadRequestResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// The spec's `Unauthorized_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnauthorizedResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// The spec's `Forbidden_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForbiddenResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// The spec's `NotFound_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotFoundResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// The spec's `MethodNotAllowed_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MethodNotAllowedResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// The spec's `RequestTimeout_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestTimeoutResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// The spec's `TooManyRequests_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TooManyRequestsResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// The spec's `InternalServerError_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InternalServerErrorResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// The spec's `ServiceUnavailable_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceUnavailableResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// The spec's `GatewayTimeout_Result` schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GatewayTimeoutResult {
    /// Wire name: `Message`. `None`: absent; `Some(None)`: JSON `null`.
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::runtime::deserialize_nullable"
    )]
    pub message: Option<Option<String>>,
    /// Wire name: `StatusCode`.
    #[serde(rename = "StatusCode")]
    pub status_code: i32,
}
/// One variant for each of the documented error replies, by HTTP status.
#[derive(Debug, Clone, PartialEq)]
pub enum ListAccountVoiceRoutesErrorBody {
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
/// Defined inline in the spec at `#/paths/~1v1.0~1oauth2~1tokens/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GenerateApiTokenBody {
    /// Your account key (e.g., DID-1234567ab-1a2b-3cd4-...-...........)
    ///
    /// Wire name: `AccountKey`.
    #[serde(rename = "AccountKey")]
    pub account_key: String,
    /// Your account secret key
    ///
    /// Wire name: `AccountSecret`.
    #[serde(rename = "AccountSecret")]
    pub account_secret: String,
    /// The specific API endpoint URL this token will be scoped to. Each token is scoped to a single endpoint for security. Optional on the current page; an older rendering marked it required with default `https://api.telegent.com`.
    ///
    /// Wire name: `ApiEndpoint`.
    #[serde(rename = "ApiEndpoint", default, skip_serializing_if = "Option::is_none")]
    pub api_endpoint: Option<String>,
}
/// Bearer token answer. The docs say only "The response is of type object"; the fields are those of the documented examples, which are camelCase on the wire (the Postman prose lists them as Token, Successful, TokenExpiry, ApiEndpoint, Error). `token`, `successful` and `tokenExpiry` appear in every example; `apiEndpoint` and `error` only in some.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiToken {
    /// The API endpoint URL associated with the token (Postman: "the base URL for subsequent API calls"). Shown by the older docs rendering and the Postman example only.
    ///
    /// Wire name: `apiEndpoint`.
    #[serde(rename = "apiEndpoint", default, skip_serializing_if = "Option::is_none")]
    pub api_endpoint: Option<String>,
    /// Error message if authentication fails (empty string on success). Shown by the api.telegent.com example only.
    ///
    /// Wire name: `error`.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Whether authentication succeeded
    ///
    /// Wire name: `successful`.
    #[serde(rename = "successful")]
    pub successful: bool,
    /// The Bearer token; send it as `Authorization: Bearer <token>`. It is valid only for the endpoint it was scoped to.
    ///
    /// Wire name: `token`.
    #[serde(rename = "token")]
    pub token: String,
    /// Expiry timestamp, formatted `MM/dd/yyyy hh:mm:ss AM|PM` with no time zone (e.g. "05/02/2025 06:36:13 PM"); not ISO 8601, so kept a plain string.
    ///
    /// Wire name: `tokenExpiry`.
    #[serde(rename = "tokenExpiry")]
    pub token_expiry: String,
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
/// A voice route as returned by create, update and get ("Returns the updated route configuration"). Published as a bare `type: object`; modelled from the documented 200 example, which lists exactly these fields (types, enums and formats from the update request schema). Authentication settings (`VoiceAuthenticationType`, `VoiceUsername`, `VoicePasswordToken`), `CallbackVoiceUrl*`, `RouteEnabled` and `IntelligentRouteEnabled` are not echoed in any documented response. The Postman "Voice Route Details" notes say fields may be absent (or null) when not applicable to the route type, so only the ids are required. The response spells the whitelist `IpWhiteList` (capital L) while requests send `IpWhitelist`; the property declares the request spelling as an alias so the client decodes either.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VoiceRoute {
    /// Your account identifier. The seed example shows an `AID-` value, the create page and Postman examples a `DID-` value.
    ///
    /// Wire name: `AccountId`.
    #[serde(rename = "AccountId")]
    pub account_id: String,
    /// Unique identifier of the voice route (CRID-...)
    ///
    /// Wire name: `CallRouteId`.
    #[serde(rename = "CallRouteId")]
    pub call_route_id: String,
    /// Enable CNAM lookup for caller ID name
    ///
    /// Wire name: `CnamLookup`.
    #[serde(rename = "CnamLookup", default, skip_serializing_if = "Option::is_none")]
    pub cnam_lookup: Option<bool>,
    /// Enable real-time call audio streaming
    ///
    /// Wire name: `EnableCallStreaming`.
    #[serde(
        rename = "EnableCallStreaming",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_call_streaming: Option<bool>,
    /// Enable PSTN call transfers
    ///
    /// Wire name: `EnablePstnTransfer`.
    #[serde(
        rename = "EnablePstnTransfer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_pstn_transfer: Option<bool>,
    /// Enable SIP REFER for call transfers
    ///
    /// Wire name: `EnableSipRefer`.
    #[serde(rename = "EnableSipRefer", default, skip_serializing_if = "Option::is_none")]
    pub enable_sip_refer: Option<bool>,
    /// Enable TLS/SRTP for secure trunk communication
    ///
    /// Wire name: `EnableTrpSecureTrunk`.
    #[serde(
        rename = "EnableTrpSecureTrunk",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_trp_secure_trunk: Option<bool>,
    /// Header manipulation rule identifier
    ///
    /// Wire name: `HeaderManipulation`.
    #[serde(
        rename = "HeaderManipulation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub header_manipulation: Option<String>,
    /// List of whitelisted IP addresses. Every documented create/update/get response spells this `IpWhiteList` (capital L), while the request field is `IpWhitelist` and the account list endpoint echoes `IpWhitelist`; `x-aliases` makes the client accept both spellings when decoding (mock/lint validation only knows `IpWhiteList`). Items are typed like the request's whitelist entries; every documented example of this field is empty.
    ///
    /// Wire name: `IpWhiteList`. Also accepted when decoding: `IpWhitelist`.
    #[serde(
        rename = "IpWhiteList",
        alias = "IpWhitelist",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ip_white_list: Option<Vec<IpWhitelistEntry>>,
    /// Friendly name for voice route
    ///
    /// Wire name: `RouteName`.
    #[serde(rename = "RouteName", default, skip_serializing_if = "Option::is_none")]
    pub route_name: Option<String>,
    /// Type of voice routing
    ///
    /// Wire name: `RouteType`.
    #[serde(rename = "RouteType", default, skip_serializing_if = "Option::is_none")]
    pub route_type: Option<VoiceRouteRouteType>,
    /// Enable symmetric RTP for NAT traversal
    ///
    /// Wire name: `SymmetricRtp`.
    #[serde(rename = "SymmetricRtp", default, skip_serializing_if = "Option::is_none")]
    pub symmetric_rtp: Option<bool>,
    /// Subdomain for SIP termination URI
    ///
    /// Wire name: `TerminationUriSubdomain`.
    #[serde(
        rename = "TerminationUriSubdomain",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_uri_subdomain: Option<String>,
    /// Caller ID to use for transferred calls
    ///
    /// Wire name: `TransferCallerId`.
    #[serde(
        rename = "TransferCallerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transfer_caller_id: Option<VoiceRouteTransferCallerId>,
    /// Priority for primary trunk (lower = higher priority). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk1Priortiy`.
    #[serde(rename = "Trunk1Priortiy", default, skip_serializing_if = "Option::is_none")]
    pub trunk1_priortiy: Option<i64>,
    /// Weight for primary trunk load balancing
    ///
    /// Wire name: `Trunk1Weight`.
    #[serde(rename = "Trunk1Weight", default, skip_serializing_if = "Option::is_none")]
    pub trunk1_weight: Option<i64>,
    /// Priority for secondary trunk (lower = higher priority). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk2Priortiy`.
    #[serde(rename = "Trunk2Priortiy", default, skip_serializing_if = "Option::is_none")]
    pub trunk2_priortiy: Option<i64>,
    /// Weight for secondary trunk load balancing
    ///
    /// Wire name: `Trunk2Weight`.
    #[serde(rename = "Trunk2Weight", default, skip_serializing_if = "Option::is_none")]
    pub trunk2_weight: Option<i64>,
    /// Whether primary trunk is active
    ///
    /// Wire name: `TrunkEnabled1`.
    #[serde(rename = "TrunkEnabled1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_enabled1: Option<bool>,
    /// Whether backup trunk is active
    ///
    /// Wire name: `TrunkEnabled2`.
    #[serde(rename = "TrunkEnabled2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_enabled2: Option<bool>,
    /// Primary SIP trunk IP address
    ///
    /// Wire name: `TrunkIp1`.
    #[serde(rename = "TrunkIp1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_ip1: Option<String>,
    /// Backup SIP trunk IP address
    ///
    /// Wire name: `TrunkIp2`.
    #[serde(rename = "TrunkIp2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_ip2: Option<String>,
    /// Primary SIP trunk port; a JSON string ("5061") on the wire.
    ///
    /// Wire name: `TrunkPort1`.
    #[serde(rename = "TrunkPort1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_port1: Option<String>,
    /// Backup SIP trunk port; a JSON string ("5060") on the wire.
    ///
    /// Wire name: `TrunkPort2`.
    #[serde(rename = "TrunkPort2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_port2: Option<String>,
    /// Primary transport protocol
    ///
    /// Wire name: `TrunkTransport1`.
    #[serde(
        rename = "TrunkTransport1",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trunk_transport1: Option<VoiceRouteTrunkTransport1>,
    /// Backup transport protocol
    ///
    /// Wire name: `TrunkTransport2`.
    #[serde(
        rename = "TrunkTransport2",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trunk_transport2: Option<VoiceRouteTrunkTransport2>,
    /// URI for primary SIP trunk
    ///
    /// Wire name: `TrunkUri1`.
    #[serde(rename = "TrunkUri1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_uri1: Option<String>,
    /// URI for secondary SIP trunk
    ///
    /// Wire name: `TrunkUri2`.
    #[serde(rename = "TrunkUri2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_uri2: Option<String>,
    /// Webhook URL that receives voice events
    ///
    /// Wire name: `VoiceUrl`.
    #[serde(rename = "VoiceUrl", default, skip_serializing_if = "Option::is_none")]
    pub voice_url: Option<String>,
    /// HTTP method for the webhook URL
    ///
    /// Wire name: `VoiceUrlMethod`.
    #[serde(rename = "VoiceUrlMethod", default, skip_serializing_if = "Option::is_none")]
    pub voice_url_method: Option<VoiceRouteVoiceUrlMethod>,
    /// WebSocket Secure URI for call streaming
    ///
    /// Wire name: `WssUri`.
    #[serde(rename = "WssUri", default, skip_serializing_if = "Option::is_none")]
    pub wss_uri: Option<String>,
}
/// Type of voice routing
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteRouteType {
    ///`Trunk`
    Trunk,
    ///`URL`
    Url,
    ///`Forward`
    Forward,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteRouteType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteRouteType::Trunk => "Trunk",
            VoiceRouteRouteType::Url => "URL",
            VoiceRouteRouteType::Forward => "Forward",
            VoiceRouteRouteType::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteRouteType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Trunk" => VoiceRouteRouteType::Trunk,
            "URL" => VoiceRouteRouteType::Url,
            "Forward" => VoiceRouteRouteType::Forward,
            _ => VoiceRouteRouteType::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteRouteType {
    fn from(value: &str) -> Self {
        VoiceRouteRouteType::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteRouteType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteRouteType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteRouteType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteRouteType::from)
    }
}
/// Caller ID to use for transferred calls
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteTransferCallerId {
    ///`Transferee`
    Transferee,
    ///`Transferor`
    Transferor,
    ///`Transferee/Transferor`
    TransfereeTransferor,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteTransferCallerId {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteTransferCallerId::Transferee => "Transferee",
            VoiceRouteTransferCallerId::Transferor => "Transferor",
            VoiceRouteTransferCallerId::TransfereeTransferor => "Transferee/Transferor",
            VoiceRouteTransferCallerId::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteTransferCallerId {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Transferee" => VoiceRouteTransferCallerId::Transferee,
            "Transferor" => VoiceRouteTransferCallerId::Transferor,
            "Transferee/Transferor" => VoiceRouteTransferCallerId::TransfereeTransferor,
            _ => VoiceRouteTransferCallerId::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteTransferCallerId {
    fn from(value: &str) -> Self {
        VoiceRouteTransferCallerId::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteTransferCallerId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteTransferCallerId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteTransferCallerId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteTransferCallerId::from)
    }
}
/// Primary transport protocol
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteTrunkTransport1 {
    ///`UDP`
    Udp,
    ///`TCP`
    Tcp,
    ///`TLS`
    Tls,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteTrunkTransport1 {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteTrunkTransport1::Udp => "UDP",
            VoiceRouteTrunkTransport1::Tcp => "TCP",
            VoiceRouteTrunkTransport1::Tls => "TLS",
            VoiceRouteTrunkTransport1::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteTrunkTransport1 {
    fn from(value: String) -> Self {
        match value.as_str() {
            "UDP" => VoiceRouteTrunkTransport1::Udp,
            "TCP" => VoiceRouteTrunkTransport1::Tcp,
            "TLS" => VoiceRouteTrunkTransport1::Tls,
            _ => VoiceRouteTrunkTransport1::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteTrunkTransport1 {
    fn from(value: &str) -> Self {
        VoiceRouteTrunkTransport1::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteTrunkTransport1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteTrunkTransport1 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteTrunkTransport1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteTrunkTransport1::from)
    }
}
/// Backup transport protocol
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteTrunkTransport2 {
    ///`UDP`
    Udp,
    ///`TCP`
    Tcp,
    ///`TLS`
    Tls,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteTrunkTransport2 {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteTrunkTransport2::Udp => "UDP",
            VoiceRouteTrunkTransport2::Tcp => "TCP",
            VoiceRouteTrunkTransport2::Tls => "TLS",
            VoiceRouteTrunkTransport2::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteTrunkTransport2 {
    fn from(value: String) -> Self {
        match value.as_str() {
            "UDP" => VoiceRouteTrunkTransport2::Udp,
            "TCP" => VoiceRouteTrunkTransport2::Tcp,
            "TLS" => VoiceRouteTrunkTransport2::Tls,
            _ => VoiceRouteTrunkTransport2::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteTrunkTransport2 {
    fn from(value: &str) -> Self {
        VoiceRouteTrunkTransport2::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteTrunkTransport2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteTrunkTransport2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteTrunkTransport2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteTrunkTransport2::from)
    }
}
/// HTTP method for the webhook URL
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VoiceRouteVoiceUrlMethod {
    ///`GET`
    Get,
    ///`POST`
    Post,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl VoiceRouteVoiceUrlMethod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            VoiceRouteVoiceUrlMethod::Get => "GET",
            VoiceRouteVoiceUrlMethod::Post => "POST",
            VoiceRouteVoiceUrlMethod::Unknown(value) => value,
        }
    }
}
impl From<String> for VoiceRouteVoiceUrlMethod {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GET" => VoiceRouteVoiceUrlMethod::Get,
            "POST" => VoiceRouteVoiceUrlMethod::Post,
            _ => VoiceRouteVoiceUrlMethod::Unknown(value),
        }
    }
}
impl From<&str> for VoiceRouteVoiceUrlMethod {
    fn from(value: &str) -> Self {
        VoiceRouteVoiceUrlMethod::from(value.to_owned())
    }
}
impl std::fmt::Display for VoiceRouteVoiceUrlMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for VoiceRouteVoiceUrlMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for VoiceRouteVoiceUrlMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(VoiceRouteVoiceUrlMethod::from)
    }
}
/// One variant for each of the documented error replies, by HTTP status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetVoiceRouteErrorBody {
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
/// Fields up to `CallbackVoiceUrl` are as the create page documents them; the create page's field list is cut there, so the remaining fields are as Telegent's Postman collection tables them (name, type, description; no enum or format is documented for them on the create page).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CreateVoiceRouteBody {
    /// Callback URL
    ///
    /// Wire name: `CallbackVoiceUrl`.
    #[serde(
        rename = "CallbackVoiceUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub callback_voice_url: Option<String>,
    /// HTTP method for the callback URL
    ///
    /// Wire name: `CallbackVoiceUrlMethod`.
    #[serde(
        rename = "CallbackVoiceUrlMethod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub callback_voice_url_method: Option<String>,
    /// Whether CNAM lookup is enabled
    ///
    /// Wire name: `CnamLookup`.
    #[serde(rename = "CnamLookup", default, skip_serializing_if = "Option::is_none")]
    pub cnam_lookup: Option<bool>,
    /// Whether call streaming is enabled
    ///
    /// Wire name: `EnableCallStreaming`.
    #[serde(
        rename = "EnableCallStreaming",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_call_streaming: Option<bool>,
    /// Whether PSTN transfers are allowed
    ///
    /// Wire name: `EnablePstnTransfer`.
    #[serde(
        rename = "EnablePstnTransfer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_pstn_transfer: Option<bool>,
    /// Whether SIP REFER is enabled
    ///
    /// Wire name: `EnableSipRefer`.
    #[serde(rename = "EnableSipRefer", default, skip_serializing_if = "Option::is_none")]
    pub enable_sip_refer: Option<bool>,
    /// Whether TRP secure trunk is enabled
    ///
    /// Wire name: `EnableTrpSecureTrunk`.
    #[serde(
        rename = "EnableTrpSecureTrunk",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_trp_secure_trunk: Option<bool>,
    /// Header manipulation identifier
    ///
    /// Wire name: `HeaderManipulation`.
    #[serde(
        rename = "HeaderManipulation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub header_manipulation: Option<String>,
    /// List of whitelisted IP addresses. The create request uses `IpWhitelist` (lower-case l) like update; the response answers `IpWhiteList`.
    ///
    /// Wire name: `IpWhitelist`.
    #[serde(rename = "IpWhitelist", default, skip_serializing_if = "Option::is_none")]
    pub ip_whitelist: Option<Vec<IpWhitelistEntry>>,
    /// Whether this route is active; lets you create a route disabled before testing and enabling it.
    ///
    /// Wire name: `RouteEnabled`.
    #[serde(rename = "RouteEnabled", default, skip_serializing_if = "Option::is_none")]
    pub route_enabled: Option<bool>,
    /// Friendly name for voice route
    ///
    /// Wire name: `RouteName`.
    #[serde(rename = "RouteName")]
    pub route_name: String,
    /// Type of voice routing
    ///
    /// Wire name: `RouteType`.
    #[serde(rename = "RouteType")]
    pub route_type: CreateVoiceRouteBodyRouteType,
    /// Whether symmetric RTP is enabled
    ///
    /// Wire name: `SymmetricRtp`.
    #[serde(rename = "SymmetricRtp", default, skip_serializing_if = "Option::is_none")]
    pub symmetric_rtp: Option<bool>,
    /// Subdomain for termination URIs
    ///
    /// Wire name: `TerminationUriSubdomain`.
    #[serde(
        rename = "TerminationUriSubdomain",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_uri_subdomain: Option<String>,
    /// Caller ID behavior during transfers (e.g., `Transferee/Transferor`)
    ///
    /// Wire name: `TransferCallerId`.
    #[serde(
        rename = "TransferCallerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transfer_caller_id: Option<String>,
    /// Priority value for primary trunk (lower value = higher priority). Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk1Priortiy`.
    #[serde(rename = "Trunk1Priortiy", default, skip_serializing_if = "Option::is_none")]
    pub trunk1_priortiy: Option<i64>,
    /// Weight value for primary trunk (load balancing)
    ///
    /// Wire name: `Trunk1Weight`.
    #[serde(rename = "Trunk1Weight", default, skip_serializing_if = "Option::is_none")]
    pub trunk1_weight: Option<i64>,
    /// Priority value for backup trunk. Wire name misspelled `Priortiy` (sic).
    ///
    /// Wire name: `Trunk2Priortiy`.
    #[serde(rename = "Trunk2Priortiy", default, skip_serializing_if = "Option::is_none")]
    pub trunk2_priortiy: Option<i64>,
    /// Weight value for backup trunk
    ///
    /// Wire name: `Trunk2Weight`.
    #[serde(rename = "Trunk2Weight", default, skip_serializing_if = "Option::is_none")]
    pub trunk2_weight: Option<i64>,
    /// Whether primary trunk is active (required for `Trunk` route type)
    ///
    /// Wire name: `TrunkEnabled1`.
    #[serde(rename = "TrunkEnabled1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_enabled1: Option<bool>,
    /// Whether backup trunk is active
    ///
    /// Wire name: `TrunkEnabled2`.
    #[serde(rename = "TrunkEnabled2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_enabled2: Option<bool>,
    /// Primary SIP trunk IP address (required for `Trunk` route type)
    ///
    /// Wire name: `TrunkIp1`.
    #[serde(rename = "TrunkIp1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_ip1: Option<String>,
    /// Backup SIP trunk IP address
    ///
    /// Wire name: `TrunkIp2`.
    #[serde(rename = "TrunkIp2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_ip2: Option<String>,
    /// Primary SIP trunk port (required for `Trunk` route type). Sent as a JSON string ("5061").
    ///
    /// Wire name: `TrunkPort1`.
    #[serde(rename = "TrunkPort1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_port1: Option<String>,
    /// Backup SIP trunk port. Sent as a JSON string ("5060").
    ///
    /// Wire name: `TrunkPort2`.
    #[serde(rename = "TrunkPort2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_port2: Option<String>,
    /// Primary transport protocol (e.g., `UDP`, `TCP`) (required for `Trunk` route type)
    ///
    /// Wire name: `TrunkTransport1`.
    #[serde(
        rename = "TrunkTransport1",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trunk_transport1: Option<String>,
    /// Backup transport protocol
    ///
    /// Wire name: `TrunkTransport2`.
    #[serde(
        rename = "TrunkTransport2",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trunk_transport2: Option<String>,
    /// Primary SIP URI (required for `Trunk` route type)
    ///
    /// Wire name: `TrunkUri1`.
    #[serde(rename = "TrunkUri1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_uri1: Option<String>,
    /// Backup SIP URI
    ///
    /// Wire name: `TrunkUri2`.
    #[serde(rename = "TrunkUri2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_uri2: Option<String>,
    /// Authentication type. The wire name is misspelled `VocieAuthenticationType` on the create page and in the Postman collection; the update operation's published schema spells it `VoiceAuthenticationType`.
    ///
    /// Wire name: `VocieAuthenticationType`.
    #[serde(
        rename = "VocieAuthenticationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vocie_authentication_type: Option<CreateVoiceRouteBodyVocieAuthenticationType>,
    /// Password or token
    ///
    /// Wire name: `VoicePasswordToken`.
    #[serde(
        rename = "VoicePasswordToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub voice_password_token: Option<String>,
    /// Webhook URL for voice events (required for the `URL` route type, per the Postman collection)
    ///
    /// Wire name: `VoiceUrl`.
    #[serde(rename = "VoiceUrl", default, skip_serializing_if = "Option::is_none")]
    pub voice_url: Option<String>,
    /// HTTP method for voice URL (required for the `URL` route type, per the Postman collection)
    ///
    /// Wire name: `VoiceUrlMethod`.
    #[serde(rename = "VoiceUrlMethod", default, skip_serializing_if = "Option::is_none")]
    pub voice_url_method: Option<CreateVoiceRouteBodyVoiceUrlMethod>,
    /// Username for auth
    ///
    /// Wire name: `VoiceUsername`.
    #[serde(rename = "VoiceUsername", default, skip_serializing_if = "Option::is_none")]
    pub voice_username: Option<String>,
    /// WebSocket Secure URI for call streaming
    ///
    /// Wire name: `WssUri`.
    #[serde(rename = "WssUri", default, skip_serializing_if = "Option::is_none")]
    pub wss_uri: Option<String>,
}
/// Type of voice routing
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateVoiceRouteBodyRouteType {
    ///`Trunk`
    Trunk,
    ///`URL`
    Url,
    ///`Forward`
    Forward,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl CreateVoiceRouteBodyRouteType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            CreateVoiceRouteBodyRouteType::Trunk => "Trunk",
            CreateVoiceRouteBodyRouteType::Url => "URL",
            CreateVoiceRouteBodyRouteType::Forward => "Forward",
            CreateVoiceRouteBodyRouteType::Unknown(value) => value,
        }
    }
}
impl From<String> for CreateVoiceRouteBodyRouteType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Trunk" => CreateVoiceRouteBodyRouteType::Trunk,
            "URL" => CreateVoiceRouteBodyRouteType::Url,
            "Forward" => CreateVoiceRouteBodyRouteType::Forward,
            _ => CreateVoiceRouteBodyRouteType::Unknown(value),
        }
    }
}
impl From<&str> for CreateVoiceRouteBodyRouteType {
    fn from(value: &str) -> Self {
        CreateVoiceRouteBodyRouteType::from(value.to_owned())
    }
}
impl std::fmt::Display for CreateVoiceRouteBodyRouteType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateVoiceRouteBodyRouteType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateVoiceRouteBodyRouteType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(CreateVoiceRouteBodyRouteType::from)
    }
}
/// Authentication type. The wire name is misspelled `VocieAuthenticationType` on the create page and in the Postman collection; the update operation's published schema spells it `VoiceAuthenticationType`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateVoiceRouteBodyVocieAuthenticationType {
    ///`None`
    None,
    ///`Basic`
    Basic,
    ///`Bearer`
    Bearer,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl CreateVoiceRouteBodyVocieAuthenticationType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            CreateVoiceRouteBodyVocieAuthenticationType::None => "None",
            CreateVoiceRouteBodyVocieAuthenticationType::Basic => "Basic",
            CreateVoiceRouteBodyVocieAuthenticationType::Bearer => "Bearer",
            CreateVoiceRouteBodyVocieAuthenticationType::Unknown(value) => value,
        }
    }
}
impl From<String> for CreateVoiceRouteBodyVocieAuthenticationType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "None" => CreateVoiceRouteBodyVocieAuthenticationType::None,
            "Basic" => CreateVoiceRouteBodyVocieAuthenticationType::Basic,
            "Bearer" => CreateVoiceRouteBodyVocieAuthenticationType::Bearer,
            _ => CreateVoiceRouteBodyVocieAuthenticationType::Unknown(value),
        }
    }
}
impl From<&str> for CreateVoiceRouteBodyVocieAuthenticationType {
    fn from(value: &str) -> Self {
        CreateVoiceRouteBodyVocieAuthenticationType::from(value.to_owned())
    }
}
impl std::fmt::Display for CreateVoiceRouteBodyVocieAuthenticationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateVoiceRouteBodyVocieAuthenticationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateVoiceRouteBodyVocieAuthenticationType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer)
            .map(CreateVoiceRouteBodyVocieAuthenticationType::from)
    }
}
/// HTTP method for voice URL (required for the `URL` route type, per the Postman collection)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreateVoiceRouteBodyVoiceUrlMethod {
    ///`GET`
    Get,
    ///`POST`
    Post,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl CreateVoiceRouteBodyVoiceUrlMethod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            CreateVoiceRouteBodyVoiceUrlMethod::Get => "GET",
            CreateVoiceRouteBodyVoiceUrlMethod::Post => "POST",
            CreateVoiceRouteBodyVoiceUrlMethod::Unknown(value) => value,
        }
    }
}
impl From<String> for CreateVoiceRouteBodyVoiceUrlMethod {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GET" => CreateVoiceRouteBodyVoiceUrlMethod::Get,
            "POST" => CreateVoiceRouteBodyVoiceUrlMethod::Post,
            _ => CreateVoiceRouteBodyVoiceUrlMethod::Unknown(value),
        }
    }
}
impl From<&str> for CreateVoiceRouteBodyVoiceUrlMethod {
    fn from(value: &str) -> Self {
        CreateVoiceRouteBodyVoiceUrlMethod::from(value.to_owned())
    }
}
impl std::fmt::Display for CreateVoiceRouteBodyVoiceUrlMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateVoiceRouteBodyVoiceUrlMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateVoiceRouteBodyVoiceUrlMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(CreateVoiceRouteBodyVoiceUrlMethod::from)
    }
}
/// One variant for each of the documented error replies, by HTTP status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateVoiceRouteErrorBody {
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
/// Defined inline in the spec at `#/paths/~1v1.0~1voice~1routes~1update/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpdateVoiceRoutePatch {
    /// Account ID that owns the route (AID-...). Not in the published request schema, but both of the page's own code samples (JSON and cURL) send it; optional.
    ///
    /// Wire name: `AccountId`.
    #[serde(rename = "AccountId", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Call Route ID to update (CRID) - Required
    ///
    /// Wire name: `CallRouteId`.
    #[serde(rename = "CallRouteId")]
    pub call_route_id: String,
    /// Callback URL for voice events
    ///
    /// Wire name: `CallbackVoiceUrl`.
    #[serde(
        rename = "CallbackVoiceUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub callback_voice_url: Option<String>,
    /// HTTP method for callback voice URL
    ///
    /// Wire name: `CallbackVoiceUrlMethod`.
    #[serde(
        rename = "CallbackVoiceUrlMethod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub callback_voice_url_method: Option<UpdateVoiceRouteCallbackVoiceUrlMethod>,
    /// Enable CNAM lookup for caller ID name
    ///
    /// Wire name: `CnamLookup`.
    #[serde(rename = "CnamLookup", default, skip_serializing_if = "Option::is_none")]
    pub cnam_lookup: Option<bool>,
    /// Enable real-time call audio streaming
    ///
    /// Wire name: `EnableCallStreaming`.
    #[serde(
        rename = "EnableCallStreaming",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_call_streaming: Option<bool>,
    /// Enable PSTN call transfers
    ///
    /// Wire name: `EnablePstnTransfer`.
    #[serde(
        rename = "EnablePstnTransfer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_pstn_transfer: Option<bool>,
    /// Enable SIP REFER for call transfers
    ///
    /// Wire name: `EnableSipRefer`.
    #[serde(rename = "EnableSipRefer", default, skip_serializing_if = "Option::is_none")]
    pub enable_sip_refer: Option<bool>,
    /// Enable TLS/SRTP for secure trunk communication
    ///
    /// Wire name: `EnableTrpSecureTrunk`.
    #[serde(
        rename = "EnableTrpSecureTrunk",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_trp_secure_trunk: Option<bool>,
    /// Header manipulation rule identifier
    ///
    /// Wire name: `HeaderManipulation`.
    #[serde(
        rename = "HeaderManipulation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub header_manipulation: Option<String>,
    /// Enable intelligent routing features
    ///
    /// Wire name: `IntelligentRouteEnabled`.
    #[serde(
        rename = "IntelligentRouteEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub intelligent_route_enabled: Option<bool>,
    /// List of whitelisted IP addresses
    ///
    /// Wire name: `IpWhitelist`.
    #[serde(rename = "IpWhitelist", default, skip_serializing_if = "Option::is_none")]
    pub ip_whitelist: Option<Vec<IpWhitelistEntry>>,
    /// Wire name: `RouteEnabled`.
    #[serde(rename = "RouteEnabled", default, skip_serializing_if = "Option::is_none")]
    pub route_enabled: Option<bool>,
    /// Friendly name for voice route
    ///
    /// Wire name: `RouteName`.
    #[serde(rename = "RouteName", default, skip_serializing_if = "Option::is_none")]
    pub route_name: Option<String>,
    /// Type of voice routing
    ///
    /// Wire name: `RouteType`.
    #[serde(rename = "RouteType", default, skip_serializing_if = "Option::is_none")]
    pub route_type: Option<UpdateVoiceRouteRouteType>,
    /// Enable symmetric RTP for NAT traversal
    ///
    /// Wire name: `SymmetricRtp`.
    #[serde(rename = "SymmetricRtp", default, skip_serializing_if = "Option::is_none")]
    pub symmetric_rtp: Option<bool>,
    /// Subdomain for SIP termination URI
    ///
    /// Wire name: `TerminationUriSubdomain`.
    #[serde(
        rename = "TerminationUriSubdomain",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_uri_subdomain: Option<String>,
    /// Caller ID to use for transferred calls
    ///
    /// Wire name: `TransferCallerId`.
    #[serde(
        rename = "TransferCallerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transfer_caller_id: Option<UpdateVoiceRouteTransferCallerId>,
    /// Priority for primary trunk (lower = higher priority)
    ///
    /// Wire name: `Trunk1Priortiy`.
    #[serde(rename = "Trunk1Priortiy", default, skip_serializing_if = "Option::is_none")]
    pub trunk1_priortiy: Option<i64>,
    /// Weight for primary trunk load balancing
    ///
    /// Wire name: `Trunk1Weight`.
    #[serde(rename = "Trunk1Weight", default, skip_serializing_if = "Option::is_none")]
    pub trunk1_weight: Option<i64>,
    /// Priority for secondary trunk (lower = higher priority)
    ///
    /// Wire name: `Trunk2Priortiy`.
    #[serde(rename = "Trunk2Priortiy", default, skip_serializing_if = "Option::is_none")]
    pub trunk2_priortiy: Option<i64>,
    /// Weight for secondary trunk load balancing
    ///
    /// Wire name: `Trunk2Weight`.
    #[serde(rename = "Trunk2Weight", default, skip_serializing_if = "Option::is_none")]
    pub trunk2_weight: Option<i64>,
    /// Wire name: `TrunkEnabled1`.
    #[serde(rename = "TrunkEnabled1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_enabled1: Option<bool>,
    /// Wire name: `TrunkEnabled2`.
    #[serde(rename = "TrunkEnabled2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_enabled2: Option<bool>,
    /// Wire name: `TrunkIp1`.
    #[serde(rename = "TrunkIp1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_ip1: Option<String>,
    /// Wire name: `TrunkIp2`.
    #[serde(rename = "TrunkIp2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_ip2: Option<String>,
    /// Wire name: `TrunkPort1`.
    #[serde(rename = "TrunkPort1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_port1: Option<String>,
    /// Wire name: `TrunkPort2`.
    #[serde(rename = "TrunkPort2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_port2: Option<String>,
    /// Wire name: `TrunkTransport1`.
    #[serde(
        rename = "TrunkTransport1",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trunk_transport1: Option<UpdateVoiceRouteTrunkTransport1>,
    /// Wire name: `TrunkTransport2`.
    #[serde(
        rename = "TrunkTransport2",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trunk_transport2: Option<UpdateVoiceRouteTrunkTransport2>,
    /// URI for primary SIP trunk
    ///
    /// Wire name: `TrunkUri1`.
    #[serde(rename = "TrunkUri1", default, skip_serializing_if = "Option::is_none")]
    pub trunk_uri1: Option<String>,
    /// URI for secondary SIP trunk
    ///
    /// Wire name: `TrunkUri2`.
    #[serde(rename = "TrunkUri2", default, skip_serializing_if = "Option::is_none")]
    pub trunk_uri2: Option<String>,
    /// Authentication type for voice URL
    ///
    /// Wire name: `VoiceAuthenticationType`.
    #[serde(
        rename = "VoiceAuthenticationType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub voice_authentication_type: Option<UpdateVoiceRouteVoiceAuthenticationType>,
    /// Password or bearer token for voice URL authentication
    ///
    /// Wire name: `VoicePasswordToken`.
    #[serde(
        rename = "VoicePasswordToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub voice_password_token: Option<String>,
    /// Wire name: `VoiceUrl`.
    #[serde(rename = "VoiceUrl", default, skip_serializing_if = "Option::is_none")]
    pub voice_url: Option<String>,
    /// Wire name: `VoiceUrlMethod`.
    #[serde(rename = "VoiceUrlMethod", default, skip_serializing_if = "Option::is_none")]
    pub voice_url_method: Option<UpdateVoiceRouteVoiceUrlMethod>,
    /// Username for voice URL authentication
    ///
    /// Wire name: `VoiceUsername`.
    #[serde(rename = "VoiceUsername", default, skip_serializing_if = "Option::is_none")]
    pub voice_username: Option<String>,
    /// WebSocket Secure URI for call streaming
    ///
    /// Wire name: `WssUri`.
    #[serde(rename = "WssUri", default, skip_serializing_if = "Option::is_none")]
    pub wss_uri: Option<String>,
}
/// HTTP method for callback voice URL
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateVoiceRouteCallbackVoiceUrlMethod {
    ///`GET`
    Get,
    ///`POST`
    Post,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl UpdateVoiceRouteCallbackVoiceUrlMethod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UpdateVoiceRouteCallbackVoiceUrlMethod::Get => "GET",
            UpdateVoiceRouteCallbackVoiceUrlMethod::Post => "POST",
            UpdateVoiceRouteCallbackVoiceUrlMethod::Unknown(value) => value,
        }
    }
}
impl From<String> for UpdateVoiceRouteCallbackVoiceUrlMethod {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GET" => UpdateVoiceRouteCallbackVoiceUrlMethod::Get,
            "POST" => UpdateVoiceRouteCallbackVoiceUrlMethod::Post,
            _ => UpdateVoiceRouteCallbackVoiceUrlMethod::Unknown(value),
        }
    }
}
impl From<&str> for UpdateVoiceRouteCallbackVoiceUrlMethod {
    fn from(value: &str) -> Self {
        UpdateVoiceRouteCallbackVoiceUrlMethod::from(value.to_owned())
    }
}
impl std::fmt::Display for UpdateVoiceRouteCallbackVoiceUrlMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UpdateVoiceRouteCallbackVoiceUrlMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UpdateVoiceRouteCallbackVoiceUrlMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer)
            .map(UpdateVoiceRouteCallbackVoiceUrlMethod::from)
    }
}
/// Type of voice routing
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateVoiceRouteRouteType {
    ///`Trunk`
    Trunk,
    ///`URL`
    Url,
    ///`Forward`
    Forward,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl UpdateVoiceRouteRouteType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UpdateVoiceRouteRouteType::Trunk => "Trunk",
            UpdateVoiceRouteRouteType::Url => "URL",
            UpdateVoiceRouteRouteType::Forward => "Forward",
            UpdateVoiceRouteRouteType::Unknown(value) => value,
        }
    }
}
impl From<String> for UpdateVoiceRouteRouteType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Trunk" => UpdateVoiceRouteRouteType::Trunk,
            "URL" => UpdateVoiceRouteRouteType::Url,
            "Forward" => UpdateVoiceRouteRouteType::Forward,
            _ => UpdateVoiceRouteRouteType::Unknown(value),
        }
    }
}
impl From<&str> for UpdateVoiceRouteRouteType {
    fn from(value: &str) -> Self {
        UpdateVoiceRouteRouteType::from(value.to_owned())
    }
}
impl std::fmt::Display for UpdateVoiceRouteRouteType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UpdateVoiceRouteRouteType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UpdateVoiceRouteRouteType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(UpdateVoiceRouteRouteType::from)
    }
}
/// Caller ID to use for transferred calls
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateVoiceRouteTransferCallerId {
    ///`Transferee`
    Transferee,
    ///`Transferor`
    Transferor,
    ///`Transferee/Transferor`
    TransfereeTransferor,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl UpdateVoiceRouteTransferCallerId {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UpdateVoiceRouteTransferCallerId::Transferee => "Transferee",
            UpdateVoiceRouteTransferCallerId::Transferor => "Transferor",
            UpdateVoiceRouteTransferCallerId::TransfereeTransferor => {
                "Transferee/Transferor"
            }
            UpdateVoiceRouteTransferCallerId::Unknown(value) => value,
        }
    }
}
impl From<String> for UpdateVoiceRouteTransferCallerId {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Transferee" => UpdateVoiceRouteTransferCallerId::Transferee,
            "Transferor" => UpdateVoiceRouteTransferCallerId::Transferor,
            "Transferee/Transferor" => {
                UpdateVoiceRouteTransferCallerId::TransfereeTransferor
            }
            _ => UpdateVoiceRouteTransferCallerId::Unknown(value),
        }
    }
}
impl From<&str> for UpdateVoiceRouteTransferCallerId {
    fn from(value: &str) -> Self {
        UpdateVoiceRouteTransferCallerId::from(value.to_owned())
    }
}
impl std::fmt::Display for UpdateVoiceRouteTransferCallerId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UpdateVoiceRouteTransferCallerId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UpdateVoiceRouteTransferCallerId {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(UpdateVoiceRouteTransferCallerId::from)
    }
}
/// Defined inline in the spec at `#/paths/~1v1.0~1voice~1routes~1update/post/requestBody/content/application~1json/schema/properties/TrunkTransport1`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateVoiceRouteTrunkTransport1 {
    ///`UDP`
    Udp,
    ///`TCP`
    Tcp,
    ///`TLS`
    Tls,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl UpdateVoiceRouteTrunkTransport1 {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UpdateVoiceRouteTrunkTransport1::Udp => "UDP",
            UpdateVoiceRouteTrunkTransport1::Tcp => "TCP",
            UpdateVoiceRouteTrunkTransport1::Tls => "TLS",
            UpdateVoiceRouteTrunkTransport1::Unknown(value) => value,
        }
    }
}
impl From<String> for UpdateVoiceRouteTrunkTransport1 {
    fn from(value: String) -> Self {
        match value.as_str() {
            "UDP" => UpdateVoiceRouteTrunkTransport1::Udp,
            "TCP" => UpdateVoiceRouteTrunkTransport1::Tcp,
            "TLS" => UpdateVoiceRouteTrunkTransport1::Tls,
            _ => UpdateVoiceRouteTrunkTransport1::Unknown(value),
        }
    }
}
impl From<&str> for UpdateVoiceRouteTrunkTransport1 {
    fn from(value: &str) -> Self {
        UpdateVoiceRouteTrunkTransport1::from(value.to_owned())
    }
}
impl std::fmt::Display for UpdateVoiceRouteTrunkTransport1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UpdateVoiceRouteTrunkTransport1 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UpdateVoiceRouteTrunkTransport1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(UpdateVoiceRouteTrunkTransport1::from)
    }
}
/// Defined inline in the spec at `#/paths/~1v1.0~1voice~1routes~1update/post/requestBody/content/application~1json/schema/properties/TrunkTransport2`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateVoiceRouteTrunkTransport2 {
    ///`UDP`
    Udp,
    ///`TCP`
    Tcp,
    ///`TLS`
    Tls,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl UpdateVoiceRouteTrunkTransport2 {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UpdateVoiceRouteTrunkTransport2::Udp => "UDP",
            UpdateVoiceRouteTrunkTransport2::Tcp => "TCP",
            UpdateVoiceRouteTrunkTransport2::Tls => "TLS",
            UpdateVoiceRouteTrunkTransport2::Unknown(value) => value,
        }
    }
}
impl From<String> for UpdateVoiceRouteTrunkTransport2 {
    fn from(value: String) -> Self {
        match value.as_str() {
            "UDP" => UpdateVoiceRouteTrunkTransport2::Udp,
            "TCP" => UpdateVoiceRouteTrunkTransport2::Tcp,
            "TLS" => UpdateVoiceRouteTrunkTransport2::Tls,
            _ => UpdateVoiceRouteTrunkTransport2::Unknown(value),
        }
    }
}
impl From<&str> for UpdateVoiceRouteTrunkTransport2 {
    fn from(value: &str) -> Self {
        UpdateVoiceRouteTrunkTransport2::from(value.to_owned())
    }
}
impl std::fmt::Display for UpdateVoiceRouteTrunkTransport2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UpdateVoiceRouteTrunkTransport2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UpdateVoiceRouteTrunkTransport2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(UpdateVoiceRouteTrunkTransport2::from)
    }
}
/// Authentication type for voice URL
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateVoiceRouteVoiceAuthenticationType {
    ///`Basic`
    Basic,
    ///`Bearer`
    Bearer,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl UpdateVoiceRouteVoiceAuthenticationType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UpdateVoiceRouteVoiceAuthenticationType::Basic => "Basic",
            UpdateVoiceRouteVoiceAuthenticationType::Bearer => "Bearer",
            UpdateVoiceRouteVoiceAuthenticationType::Unknown(value) => value,
        }
    }
}
impl From<String> for UpdateVoiceRouteVoiceAuthenticationType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Basic" => UpdateVoiceRouteVoiceAuthenticationType::Basic,
            "Bearer" => UpdateVoiceRouteVoiceAuthenticationType::Bearer,
            _ => UpdateVoiceRouteVoiceAuthenticationType::Unknown(value),
        }
    }
}
impl From<&str> for UpdateVoiceRouteVoiceAuthenticationType {
    fn from(value: &str) -> Self {
        UpdateVoiceRouteVoiceAuthenticationType::from(value.to_owned())
    }
}
impl std::fmt::Display for UpdateVoiceRouteVoiceAuthenticationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UpdateVoiceRouteVoiceAuthenticationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UpdateVoiceRouteVoiceAuthenticationType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer)
            .map(UpdateVoiceRouteVoiceAuthenticationType::from)
    }
}
/// Defined inline in the spec at `#/paths/~1v1.0~1voice~1routes~1update/post/requestBody/content/application~1json/schema/properties/VoiceUrlMethod`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateVoiceRouteVoiceUrlMethod {
    ///`GET`
    Get,
    ///`POST`
    Post,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}
impl UpdateVoiceRouteVoiceUrlMethod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            UpdateVoiceRouteVoiceUrlMethod::Get => "GET",
            UpdateVoiceRouteVoiceUrlMethod::Post => "POST",
            UpdateVoiceRouteVoiceUrlMethod::Unknown(value) => value,
        }
    }
}
impl From<String> for UpdateVoiceRouteVoiceUrlMethod {
    fn from(value: String) -> Self {
        match value.as_str() {
            "GET" => UpdateVoiceRouteVoiceUrlMethod::Get,
            "POST" => UpdateVoiceRouteVoiceUrlMethod::Post,
            _ => UpdateVoiceRouteVoiceUrlMethod::Unknown(value),
        }
    }
}
impl From<&str> for UpdateVoiceRouteVoiceUrlMethod {
    fn from(value: &str) -> Self {
        UpdateVoiceRouteVoiceUrlMethod::from(value.to_owned())
    }
}
impl std::fmt::Display for UpdateVoiceRouteVoiceUrlMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UpdateVoiceRouteVoiceUrlMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UpdateVoiceRouteVoiceUrlMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(UpdateVoiceRouteVoiceUrlMethod::from)
    }
}
/// One variant for each of the documented error replies, by HTTP status.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateVoiceRouteErrorBody {
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
