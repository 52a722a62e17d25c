// Generated from `specs/telegent.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `telegent` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};
use switchboard_runtime::{Items, PageReply, Pages, Paginate};

/// `POST /v1.0/voice/routes/update`
///
/// Update Voice Route
///
/// Update an existing voice route's configuration including SIP trunk settings, forwarding numbers, IVR menus, and workgroup assignments. Changes apply immediately to all numbers using this route.
///
/// **What this does:** Returns the updated route configuration. Only fields you send are changed. Changes apply immediately to all numbers using this route.
///
/// **Next steps:**
/// - Confirm the update — `GET /v1.0/voice/routes`
/// - View numbers using this route — `GET /v1.0/numbers/inventory`
///
/// *Reconstructed, not documented by the provider:* Only the retry flag (x-idempotent) is inferred: from "Only fields you send are changed", sending the same fields twice leaves the route as sending them once; Telegent does not say so. Request and responses are the published ones.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UpdateVoiceRoute<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::UpdateVoiceRoutePatch,
}

impl<'a> UpdateVoiceRoute<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "update_voice_route",
        method: "POST",
        path: "/v1.0/voice/routes/update",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, call_route_id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body: types::UpdateVoiceRoutePatch {
                call_route_id,
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
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::UpdateVoiceRoutePatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `RouteName` with this value.
    ///
    /// Friendly name for voice route
    pub fn route_name(mut self, value: impl Into<String>) -> Self {
        self.body.route_name = Some(value.into());
        self
    }

    /// Sends `RouteType` with this value.
    ///
    /// Type of voice routing
    pub fn route_type(mut self, value: types::RouteType) -> Self {
        self.body.route_type = Some(value);
        self
    }

    /// Sends `VoiceUrl` with this value.
    ///
    /// Format: `uri`.
    pub fn voice_url(mut self, value: impl Into<String>) -> Self {
        self.body.voice_url = Some(value.into());
        self
    }

    /// Sends `VoiceUrlMethod` with this value.
    pub fn voice_url_method(mut self, value: types::HttpMethod) -> Self {
        self.body.voice_url_method = Some(value);
        self
    }

    /// Sends `TrunkIp1` with this value.
    pub fn trunk_ip1(mut self, value: impl Into<String>) -> Self {
        self.body.trunk_ip1 = Some(value.into());
        self
    }

    /// Sends `TrunkIp2` with this value.
    pub fn trunk_ip2(mut self, value: impl Into<String>) -> Self {
        self.body.trunk_ip2 = Some(value.into());
        self
    }

    /// Sends `TrunkPort1` with this value.
    pub fn trunk_port1(mut self, value: impl Into<String>) -> Self {
        self.body.trunk_port1 = Some(value.into());
        self
    }

    /// Sends `TrunkPort2` with this value.
    pub fn trunk_port2(mut self, value: impl Into<String>) -> Self {
        self.body.trunk_port2 = Some(value.into());
        self
    }

    /// Sends `TrunkTransport1` with this value.
    pub fn trunk_transport1(mut self, value: types::TrunkTransport) -> Self {
        self.body.trunk_transport1 = Some(value);
        self
    }

    /// Sends `TrunkTransport2` with this value.
    pub fn trunk_transport2(mut self, value: types::TrunkTransport) -> Self {
        self.body.trunk_transport2 = Some(value);
        self
    }

    /// Sends `TrunkEnabled1` with this value.
    pub fn trunk_enabled1(mut self, value: bool) -> Self {
        self.body.trunk_enabled1 = Some(value);
        self
    }

    /// Sends `TrunkEnabled2` with this value.
    pub fn trunk_enabled2(mut self, value: bool) -> Self {
        self.body.trunk_enabled2 = Some(value);
        self
    }

    /// Sends `RouteEnabled` with this value.
    pub fn route_enabled(mut self, value: bool) -> Self {
        self.body.route_enabled = Some(value);
        self
    }

    /// Sends `VoiceAuthenticationType` with this value.
    ///
    /// Authentication type for voice URL
    pub fn voice_authentication_type(mut self, value: types::VoiceAuthenticationType) -> Self {
        self.body.voice_authentication_type = Some(value);
        self
    }

    /// Sends `VoiceUsername` with this value.
    ///
    /// Username for voice URL authentication
    pub fn voice_username(mut self, value: impl Into<String>) -> Self {
        self.body.voice_username = Some(value.into());
        self
    }

    /// Sends `VoicePasswordToken` with this value.
    ///
    /// Password or bearer token for voice URL authentication
    pub fn voice_password_token(mut self, value: impl Into<String>) -> Self {
        self.body.voice_password_token = Some(value.into());
        self
    }

    /// Sends `CallbackVoiceUrl` with this value.
    ///
    /// Callback URL for voice events
    ///
    /// Format: `uri`.
    pub fn callback_voice_url(mut self, value: impl Into<String>) -> Self {
        self.body.callback_voice_url = Some(value.into());
        self
    }

    /// Sends `CallbackVoiceUrlMethod` with this value.
    ///
    /// HTTP method for callback voice URL
    pub fn callback_voice_url_method(mut self, value: types::HttpMethod) -> Self {
        self.body.callback_voice_url_method = Some(value);
        self
    }

    /// Sends `TrunkUri1` with this value.
    ///
    /// URI for primary SIP trunk
    ///
    /// Format: `uri`.
    pub fn trunk_uri1(mut self, value: impl Into<String>) -> Self {
        self.body.trunk_uri1 = Some(value.into());
        self
    }

    /// Sends `TrunkUri2` with this value.
    ///
    /// URI for secondary SIP trunk
    ///
    /// Format: `uri`.
    pub fn trunk_uri2(mut self, value: impl Into<String>) -> Self {
        self.body.trunk_uri2 = Some(value.into());
        self
    }

    /// Sends `Trunk1Priortiy` with this value.
    ///
    /// Priority for primary trunk (lower = higher priority)
    pub fn trunk1_priortiy(mut self, value: i64) -> Self {
        self.body.trunk1_priortiy = Some(value);
        self
    }

    /// Sends `Trunk1Weight` with this value.
    ///
    /// Weight for primary trunk load balancing
    pub fn trunk1_weight(mut self, value: i64) -> Self {
        self.body.trunk1_weight = Some(value);
        self
    }

    /// Sends `Trunk2Priortiy` with this value.
    ///
    /// Priority for secondary trunk (lower = higher priority)
    pub fn trunk2_priortiy(mut self, value: i64) -> Self {
        self.body.trunk2_priortiy = Some(value);
        self
    }

    /// Sends `Trunk2Weight` with this value.
    ///
    /// Weight for secondary trunk load balancing
    pub fn trunk2_weight(mut self, value: i64) -> Self {
        self.body.trunk2_weight = Some(value);
        self
    }

    /// Sends `HeaderManipulation` with this value.
    ///
    /// Header manipulation rule identifier
    pub fn header_manipulation(mut self, value: impl Into<String>) -> Self {
        self.body.header_manipulation = Some(value.into());
        self
    }

    /// Sends `EnableSipRefer` with this value.
    ///
    /// Enable SIP REFER for call transfers
    pub fn enable_sip_refer(mut self, value: bool) -> Self {
        self.body.enable_sip_refer = Some(value);
        self
    }

    /// Sends `TransferCallerId` with this value.
    ///
    /// Caller ID to use for transferred calls
    pub fn transfer_caller_id(mut self, value: types::TransferCallerId) -> Self {
        self.body.transfer_caller_id = Some(value);
        self
    }

    /// Sends `SymmetricRtp` with this value.
    ///
    /// Enable symmetric RTP for NAT traversal
    pub fn symmetric_rtp(mut self, value: bool) -> Self {
        self.body.symmetric_rtp = Some(value);
        self
    }

    /// Sends `EnableTrpSecureTrunk` with this value.
    ///
    /// Enable TLS/SRTP for secure trunk communication
    pub fn enable_trp_secure_trunk(mut self, value: bool) -> Self {
        self.body.enable_trp_secure_trunk = Some(value);
        self
    }

    /// Sends `EnablePstnTransfer` with this value.
    ///
    /// Enable PSTN call transfers
    pub fn enable_pstn_transfer(mut self, value: bool) -> Self {
        self.body.enable_pstn_transfer = Some(value);
        self
    }

    /// Sends `IpWhitelist` with this value.
    ///
    /// List of whitelisted IP addresses
    pub fn ip_whitelist(mut self, value: Vec<types::IpWhitelistEntry>) -> Self {
        self.body.ip_whitelist = Some(value);
        self
    }

    /// Sends `CnamLookup` with this value.
    ///
    /// Enable CNAM lookup for caller ID name
    pub fn cnam_lookup(mut self, value: bool) -> Self {
        self.body.cnam_lookup = Some(value);
        self
    }

    /// Sends `TerminationUriSubdomain` with this value.
    ///
    /// Subdomain for SIP termination URI
    pub fn termination_uri_subdomain(mut self, value: impl Into<String>) -> Self {
        self.body.termination_uri_subdomain = Some(value.into());
        self
    }

    /// Sends `EnableCallStreaming` with this value.
    ///
    /// Enable real-time call audio streaming
    pub fn enable_call_streaming(mut self, value: bool) -> Self {
        self.body.enable_call_streaming = Some(value);
        self
    }

    /// Sends `WssUri` with this value.
    ///
    /// WebSocket Secure URI for call streaming
    ///
    /// Format: `uri`.
    pub fn wss_uri(mut self, value: impl Into<String>) -> Self {
        self.body.wss_uri = Some(value.into());
        self
    }

    /// Sends `IntelligentRouteEnabled` with this value.
    ///
    /// Enable intelligent routing features
    pub fn intelligent_route_enabled(mut self, value: bool) -> Self {
        self.body.intelligent_route_enabled = Some(value);
        self
    }

    /// Sends `AccountId` with this value.
    ///
    /// Account ID that owns the route (AID-...). Not in the published request schema, but both of the page's own code samples (JSON and cURL) send it; optional.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.body.account_id = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/v1.0/voice/routes/update")
            .accept("application/json, text/plain, text/json, application/problem+json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl UpdateVoiceRoute {
        type Output = types::VoiceRoute;
        type Error = types::ErrorBody;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_body;
    }
}

/// `GET /v1.0/voice/routes`
///
/// Get Voice Route Details
///
/// Retrieves the detailed configuration of a specific voice route. Useful for confirming that a previous update completed. Some fields may be absent (or null) when not applicable to the route type; authentication credentials may be partially masked.
///
/// The `CallRouteId` query parameter: Unique identifier of the voice route to retrieve (CRID-...); case-sensitive. The Postman request itself sends the key as `CallRouteID`; its field table, sample request and cURL use `CallRouteId`, which is what this spec sends.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetVoiceRoute<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    call_route_id: String,
}

impl<'a> GetVoiceRoute<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_voice_route",
        method: "GET",
        path: "/v1.0/voice/routes",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, call_route_id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            call_route_id,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/v1.0/voice/routes")
            .query("CallRouteId", &self.call_route_id)
            .accept("application/json, text/plain, text/json, application/problem+json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetVoiceRoute {
        type Output = types::VoiceRoute;
        type Error = types::ErrorBody;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_body;
    }
}

/// `POST /v1.0/voice/routes`
///
/// Create Voice Route
///
/// Create a new voice route to define how inbound calls are handled for numbers assigned to it. Routes support SIP trunk termination, webhook-based IVR, forwarding, and workgroup distribution. Each route returns a unique CRID (Call Route ID) used when provisioning or updating numbers. Workgroups and Schedules can be attached to a route after creation to enable ring groups and business-hours routing.
///
/// **What this does:** Returns the new route's `CallRouteId` (`CRID-`). Store this ID — it is required when provisioning numbers with voice enabled. Configure SIP trunk IPs, forwarding URLs, or workgroups after creation using the update endpoint.
///
/// **Next steps:**
/// - Assign the route to a number — `POST /v1.0/numbers/provision`
/// - Add a workgroup — `POST /v1.0/workgroups`
///
/// Required parameters depend on `RouteType` (Postman collection): `Trunk` needs trunk IPs, ports and transports; `URL` needs `VoiceUrl` and `VoiceUrlMethod`; Basic webhook auth needs both `VoiceUsername` and `VoicePasswordToken`, Bearer only `VoicePasswordToken`. Note the wire spellings `VocieAuthenticationType` and `Trunk1Priortiy` (sic).
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateVoiceRoute<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::CreateVoiceRouteBody,
}

impl<'a> CreateVoiceRoute<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_voice_route",
        method: "POST",
        path: "/v1.0/voice/routes",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::CreateVoiceRouteBody) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/v1.0/voice/routes")
            .accept("application/json, text/plain, text/json, application/problem+json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl CreateVoiceRoute {
        type Output = types::VoiceRoute;
        type Error = types::ErrorBody;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_body;
    }
}

/// `GET /v1.0/account/voice/routes`
///
/// List Account Voice Routes
///
/// Retrieves a list of all voice routes configured for your account, with each route's status (`CallRouteStatus`) and configuration. No pagination or filter parameters are documented.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListAccountVoiceRoutes<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> ListAccountVoiceRoutes<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_account_voice_routes",
        method: "GET",
        path: "/v1.0/account/voice/routes",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/v1.0/account/voice/routes")
            .accept("application/json, text/plain, text/json, application/problem+json")
            .build(self.core.credentials())
    }
}

impl<'a> ListAccountVoiceRoutes<'a> {
    /// Every `VoiceRouteListItem` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. The list comes in one reply: the stream ends after it. Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. The list comes in one reply: the stream ends after it.
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListAccountVoiceRoutes<'a> {
    type Page = types::VoiceRouteList;

    type Item = types::VoiceRouteListItem;

    type Error = types::ErrorBody;

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        page.results
    }

    fn next(&self, _page: &Self::Page) -> Option<Self> {
        None
    }
}

switchboard_runtime::__call! {
    impl ListAccountVoiceRoutes {
        type Output = types::VoiceRouteList;
        type Error = types::ErrorBody;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_body;
    }
}

/// `POST /v1.0/voice/routes/delete`
///
/// Delete Voice Route
///
/// Permanently deletes a voice routing configuration from your account. Deleting a voice route is permanent and cannot be undone. Before deleting a voice route, ensure it is not currently assigned to any phone numbers (use `/numbers/inventory` filtered by the CallRouteId): a route in use answers 400 "Cannot delete voice route as it is currently assigned to one or more phone numbers." Instead of deleting a route, consider updating it or disabling it by setting `RouteEnabled` to `false`. After deleting a route, any references to its CallRouteId will no longer be valid.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct DeleteVoiceRoute<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::DeleteVoiceRouteBody,
}

impl<'a> DeleteVoiceRoute<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "delete_voice_route",
        method: "POST",
        path: "/v1.0/voice/routes/delete",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::DeleteVoiceRouteBody) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/v1.0/voice/routes/delete")
            .accept("application/json, text/plain, text/json, application/problem+json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl DeleteVoiceRoute {
        type Output = types::VoiceRouteDeletion;
        type Error = types::ErrorBody;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_body;
    }
}

/// `POST /v1.0/oauth2/tokens`
///
/// Generate API Token
///
/// Authenticates your account credentials and returns a Bearer token required for all subsequent API requests. Include this token in the `Authorization: Bearer <token>` header on every call. Tokens expire (after a few minutes) and must be refreshed; there is no refresh mechanism, re-authenticate from scratch.
///
/// **What this does:** Returns a token string and tokenExpiry timestamp. The optional ApiEndpoint field scopes the token to a single endpoint URL — a token scoped to /v1.0/numbers/provision will be rejected by any other endpoint.
///
/// (The .md rendering of this page keys the operation as `post /v1.0/OAuth2/tokens`; every request example and the rendered page use `/v1.0/oauth2/tokens`.)
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GenerateApiToken<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::GenerateApiTokenBody,
}

impl<'a> GenerateApiToken<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "generate_api_token",
        method: "POST",
        path: "/v1.0/oauth2/tokens",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::GenerateApiTokenBody) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/v1.0/oauth2/tokens")
            .accept("application/json, text/plain, text/json")
            .json_body("application/json", &self.body)
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl GenerateApiToken {
        type Output = types::ApiToken;
        type Error = types::GenerateApiTokenErrorBody;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_generate_api_token_error_body;
    }
}

fn decode_error_body(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::ErrorBody, Error<types::ErrorBody>> {
    match status.as_u16() {
        400 => {
            let body = runtime::decode_json::<types::BadRequestBody, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::BadRequest(body))
        }
        401 => {
            let body = runtime::decode_json::<types::UnauthorizedBody, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::Unauthorized(body))
        }
        403 => {
            let body = runtime::decode_json::<types::ForbiddenResult, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::Forbidden(body))
        }
        404 => {
            let body = runtime::decode_json::<types::NotFoundBody, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::NotFound(body))
        }
        405 => {
            let body = runtime::decode_json::<types::MethodNotAllowedResult, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::MethodNotAllowed(body))
        }
        408 => {
            let body = runtime::decode_json::<types::RequestTimeoutResult, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::RequestTimeout(body))
        }
        429 => {
            let body = runtime::decode_json::<types::TooManyRequestsResult, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::TooManyRequests(body))
        }
        500 => {
            let body = runtime::decode_json::<types::InternalServerErrorResult, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::InternalServerError(body))
        }
        503 => {
            let body = runtime::decode_json::<types::ServiceUnavailableResult, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::ServiceUnavailable(body))
        }
        504 => {
            let body = runtime::decode_json::<types::GatewayTimeoutResult, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::GatewayTimeout(body))
        }
        _ => Err(Error::unexpected(
            status,
            headers,
            body,
            "the spec documents no such status for this operation",
        )),
    }
}

fn decode_generate_api_token_error_body(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::GenerateApiTokenErrorBody, Error<types::GenerateApiTokenErrorBody>> {
    match status.as_u16() {
        400 => {
            let body = runtime::decode_json::<
                types::BadRequestResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::BadRequest(body))
        }
        401 => {
            let body = runtime::decode_json::<
                types::UnauthorizedResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::Unauthorized(body))
        }
        403 => {
            let body = runtime::decode_json::<
                types::ForbiddenResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::Forbidden(body))
        }
        404 => {
            let body = runtime::decode_json::<
                types::NotFoundResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::NotFound(body))
        }
        405 => {
            let body = runtime::decode_json::<
                types::MethodNotAllowedResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::MethodNotAllowed(body))
        }
        408 => {
            let body = runtime::decode_json::<
                types::RequestTimeoutResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::RequestTimeout(body))
        }
        429 => {
            let body = runtime::decode_json::<
                types::TooManyRequestsResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::TooManyRequests(body))
        }
        500 => {
            let body = runtime::decode_json::<
                types::InternalServerErrorResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::InternalServerError(body))
        }
        503 => {
            let body = runtime::decode_json::<
                types::ServiceUnavailableResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::ServiceUnavailable(body))
        }
        504 => {
            let body = runtime::decode_json::<
                types::GatewayTimeoutResult,
                types::GenerateApiTokenErrorBody,
            >(status, headers, body)?;
            Ok(types::GenerateApiTokenErrorBody::GatewayTimeout(body))
        }
        _ => Err(Error::unexpected(
            status,
            headers,
            body,
            "the spec documents no such status for this operation",
        )),
    }
}
