// Generated from `specs/convirza.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use super::{builders, types};
use switchboard_runtime::__private::{ClientCore, Credentials};
use switchboard_runtime::{
    AuthError, Clock, ExpiryFormat, ReqwestTransport, RetryPolicy, TokenEndpoint, TokenSource,
    Transport, reqwest,
};

/// The credentials the client sends. Schemes this API declares: HTTP bearer, tokens the client fetches itself, none (for the operations the spec marks as needing no credentials).
#[derive(Debug, Clone)]
pub struct Auth(Credentials);

impl Auth {
    /// `Authorization: Bearer <token>`.
    pub fn bearer(token: impl Into<String>) -> Self {
        Auth(Credentials::Bearer(token.into()))
    }

    /// Bearer tokens from `source` (a vault, another process, a flow of your own): fetched when a call needs one, cached until shortly before they expire, renewed once when the server refuses one (401). See [`TokenSource`](switchboard_runtime::TokenSource).
    pub fn token_source(source: impl TokenSource + 'static) -> Self {
        Auth(Credentials::tokens(source))
    }

    /// Bearer tokens the client fetches itself with [`Client::get_access_token`](Client::get_access_token) (`POST https://platform-oauth.convirza.com/oauth/token`), sending `email` in `email`, `password` in `password`, a secret. The token expires as the reply's `expires_in` says (an RFC 3339 time, measured from the reply's `Date`); an expiry that cannot be read, or is already past, gives the token 60 s. A token is renewed with its refresh token by [`Client::refresh_access_token`](Client::refresh_access_token) (`POST https://platform-oauth.convirza.com/oauth/refresh-token`); when that is refused, the credentials are sent again. [`Client::revoke_tokens`](Client::revoke_tokens) revokes them.
    ///
    /// A token is used until shortly before it expires, and fetched once however many calls wait for it; when the server refuses one (401), a new one is fetched and the call is sent once more (a second 401 is the reply). Secrets and tokens never appear in `Debug` output, errors or logs.
    pub fn password(email: impl Into<String>, password: impl Into<String>) -> Self {
        Auth(Credentials::tokens(
            TokenEndpoint::json(Some("https://platform-oauth.convirza.com"), "/oauth/token")
                .credential("email", email)
                .secret("password", password)
                .token_field("access_token")
                .refresh_token_field("refresh_token")
                .expiry_field("expires_in", ExpiryFormat::Rfc3339)
                .refresh(
                    Some("https://platform-oauth.convirza.com"),
                    "/oauth/refresh-token",
                    "refresh_token",
                )
                .revoke(
                    Some("https://platform-oauth.convirza.com"),
                    "/oauth/revoke-token",
                    "token",
                    true,
                ),
        ))
    }

    /// No credentials: only for the operations that need none.
    pub fn none() -> Self {
        Auth(Credentials::None)
    }
}

/// A client for Convirza Platform API v3.
///
/// Create one per set of credentials and reuse it: it holds a connection pool. Each operation method returns a request builder; nothing is sent until `send()`.
#[derive(Debug, Clone)]
pub struct Client {
    core: ClientCore,
}

impl Client {
    /// The production base URL, from the spec's `servers`: <https://platform-api.convirza.com/v3>.
    pub const DEFAULT_BASE_URL: &'static str = "https://platform-api.convirza.com/v3";

    /// A client for the production base URL.
    pub fn new(auth: Auth) -> Self {
        let mut core = ClientCore::new(Self::DEFAULT_BASE_URL, auth.0);
        core.set_provider("convirza");
        Client { core }
    }

    /// Replaces the credentials of this client and of every clone of it, while
    /// calls go on (a call already sending keeps the ones it started with).
    pub fn set_auth(&self, auth: Auth) {
        self.core.replace_credentials(auth.0);
    }

    /// Sends every request to `base_url` instead (a sandbox, a proxy, a mock server).
    pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
        self.core.set_base_url(base_url);
        self
    }

    /// Sends requests through this reqwest client (proxies, TLS, connection pools).
    /// Connecting gives up after the connect timeout it was built with
    /// (`reqwest::ClientBuilder::connect_timeout`, none by default): a reqwest
    /// client cannot be changed once built, so `with_connect_timeout`, before or
    /// after, does not reach it.
    pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
        self.core
            .set_transport(std::sync::Arc::new(ReqwestTransport::from_client(http)));
        self
    }

    /// Sends requests through `transport` (middleware, metrics, a test double).
    pub fn with_transport(mut self, transport: impl Transport + 'static) -> Self {
        self.core.set_transport(std::sync::Arc::new(transport));
        self
    }

    /// Gives up connecting after `timeout` (default 10 s). In any order with
    /// `with_transport`: the client's own transport is built with it, one of yours
    /// is kept and finds it in `Limits::connect_timeout`. A reqwest client given
    /// with `with_http_client` (before or after) is kept too, with the connect
    /// timeout it was built with: set it on its builder.
    pub fn with_connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.core.set_connect_timeout(timeout);
        self
    }

    /// Gives each attempt (connect, send, read the whole reply) at most `timeout`
    /// (default 30 s); a call can override it with `.timeout(…)`.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.core.set_timeout(timeout);
        self
    }

    /// Retries by `policy` (default: [`RetryPolicy::default`]); a call can override
    /// it with `.retry(…)`.
    pub fn with_retry(mut self, policy: RetryPolicy) -> Self {
        self.core.set_retry(policy);
        self
    }

    /// Refuses response bodies larger than `bytes` (default 16 MiB).
    pub fn with_max_body_bytes(mut self, bytes: usize) -> Self {
        self.core.set_max_body_bytes(bytes);
        self
    }

    /// The base URL requests are sent to.
    pub fn base_url(&self) -> &str {
        self.core.base_url()
    }

    /// Sends the requests of the operations whose own server (from the spec's `servers` on the operation or its path) is `spec_url` to `url` instead. `with_base_url` does not move them. The servers of this API's operations:
    ///
    /// - `https://platform-oauth.convirza.com`: [`get_access_token`](Self::get_access_token), [`refresh_access_token`](Self::refresh_access_token), [`revoke_token`](Self::revoke_token)
    pub fn with_server_url(mut self, spec_url: &str, url: impl Into<String>) -> Self {
        self.core.set_server_url(spec_url, url);
        self
    }

    /// Issues and expires tokens by `clock` instead of the system's (a test's,
    /// moved by hand).
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
        self.core.set_clock(std::sync::Arc::new(clock));
        self
    }

    /// Revokes every token the client holds (each access token and its refresh token) with [`revoke_token`](Self::revoke_token), and forgets them: the next call fetches a new one with the same credentials (replace them with [`set_auth`](Self::set_auth) to stop). Nothing to do for other credentials. Every token is tried; the first failure is returned.
    pub async fn revoke_tokens(&self) -> Result<(), AuthError> {
        self.core.revoke_tokens().await
    }

    /// List Provisioned Routes
    ///
    /// Lists provisioned routes (call routing rules) visible to the caller, one page at a time. The docs name this operation (GET) but its page was not stored: path, parameters and response are reconstructed from the documented List Users operation.
    ///
    /// *Reconstructed, not documented by the provider:* Page not stored: path by analogy with the documented GET /users/list; query params and response shape from List Users.
    ///
    /// `GET /provisioned-routes/list`: see [`builders::ListProvisionedRoutes`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::convirza;
    /// # async fn example(client: &convirza::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let provisioned_route_list_envelope: convirza::ProvisionedRouteListEnvelope = client.list_provisioned_routes().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_provisioned_routes(&self) -> builders::ListProvisionedRoutes<'_> {
        builders::ListProvisionedRoutes::new(&self.core)
    }

    /// Create Provisioned Route
    ///
    /// Creates a new call-routing tracking number with a complete, production-ready configuration. Configurable on creation: identity (route name, status active/inactive, organization unit); call routing (forwarding number, ring strategy simple, round-robin, simultaneous); call handling (voice prompt, whisper message, first-time-caller whisper, voicemail greeting); spam protection (enable/disable, FTC whisper messages); SMS (forwarding with assigned users and notification preferences); AI voice agent (attach an agent with configurable ring count); analytics (conversion value, repeat interval, webhook integration); phone numbers (assign one or more tracking numbers at creation time). Roles required: Admin or Standard. ReadOnly users cannot create routes.
    ///
    /// `POST /provisioned-routes`: see [`builders::CreateProvisionedRoute`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::convirza;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = convirza::ProvisionedRouteCreate {
    ///     provisioned_route_status: Some(convirza::ProvisionedRouteStatus::Active),
    ///     call_value: Some(100.into()),
    ///     repeat_interval: Some(30),
    ///     org_unit_id: Some(70035),
    ///     webhook_id: Some(1),
    ///     sms_enabled: Some(true),
    ///     spam_enabled: Some(true),
    ///     sms_settings: Some(convirza::SmsSettings {
    ///         assigned_users: Some(vec![84784, 7849, 849, 849]),
    ///         sms_notifications: Some(true),
    ///         email_notifications: Some(true),
    ///         unclaimed_sms: Some(true),
    ///         ..Default::default()
    ///     }),
    ///     custom_source_list: Some(vec![
    ///         convirza::CustomSource {
    ///             custom_source_id: Some("1080".into()),
    ///             custom_source_type: Some("CS1".into()),
    ///             ..Default::default()
    ///         },
    ///         convirza::CustomSource {
    ///             custom_source_id: Some("1228".into()),
    ///             custom_source_type: Some("CS2".into()),
    ///             ..Default::default()
    ///         },
    ///     ]),
    ///     routing_configuration: Some(convirza::RoutingConfiguration {
    ///         routing_type: Some(convirza::RoutingType::Simple),
    ///         config: Some(convirza::RoutingConfig {
    ///             ringto: Some("1111111111".into()),
    ///             is_simultaneous_ring: Some(false),
    ///             click_to_call_enabled: Some(false),
    ///             dnis_as_cid: Some("phone_number".into()),
    ///             voice_prompt: Some("Thank you for calling. Please wait while we connect your call.".into()),
    ///             whisper_enabled: Some(true),
    ///             whisper_type: Some("file".into()),
    ///             whisper_message: Some("Whisper message 1".into()),
    ///             ftc_whisper_enabled: Some("1".into()),
    ///             ftc_whisper_type: Some("file".into()),
    ///             ftc_whisper_message: Some("qLMcUEqb_1660813454043".into()),
    ///             message_enabled: Some("1".into()),
    ///             message_type: Some("file".into()),
    ///             message: Some("fBiYF5MG_1674141425479".into()),
    ///             activate_voicemail: Some(false),
    ///             voicemail_greeting: Some("Please leave a message after the beep.".into()),
    ///             activate_voiceagent: Some(true),
    ///             is_odn_enabled: Some(false),
    ///             click_to_call: Some(true),
    ///             play_disclaimer: Some("before".into()),
    ///             play_on_hold_enabled: Some(false),
    ///             play_on_hold_message: Some("".into()),
    ///             play_on_hold_message_type: Some("".into()),
    ///             record_call: Some(true),
    ///             overflow_numbers: Some(vec![
    ///                 convirza::OverflowNumber {
    ///                     number: Some("(111)-111-1110".into()),
    ///                     rings: Some("3".into()),
    ///                     overflow_order: Some(1),
    ///                     unmask_number: Some("1111111110".into()),
    ///                     overflow_number: Some("1111111110".into()),
    ///                     ..Default::default()
    ///                 },
    ///             ]),
    ///             assigned_agent_id: Some(None),
    ///             route_voice_agent_enabled: Some(true),
    ///             voice_agent_rings_count: Some(3),
    ///             voice_agent_id: Some(683),
    ///             voicemail_rings_count: Some("3".into()),
    ///             hunt_options: Some(convirza::HuntOptions {
    ///                 r#type: Some(convirza::HuntType::RoundRobin),
    ///                 options: Some(vec![
    ///                     convirza::HuntOption {
    ///                         destination: Some("1234567890".into()),
    ///                         order: Some(1),
    ///                         ..Default::default()
    ///                     },
    ///                     convirza::HuntOption {
    ///                         destination: Some("0987654321".into()),
    ///                         order: Some(2),
    ///                         ..Default::default()
    ///                     },
    ///                 ]),
    ///                 ..Default::default()
    ///             }),
    ///             ..Default::default()
    ///         }),
    ///         ..Default::default()
    ///     }),
    ///     phone_numbers: Some(vec![
    ///         convirza::RoutePhoneNumber {
    ///             phone_number_id: Some(12345),
    ///             phone_number: Some("1234567890".into()),
    ///             ..Default::default()
    ///         },
    ///     ]),
    ///     ..convirza::ProvisionedRouteCreate::new("Route 1")
    /// };
    /// # let decoded: convirza::ProvisionedRouteCreate = switchboard::runtime::serde_json::from_value(switchboard::runtime::serde_json::json!({"call_value":100,"customSourceList":[{"custom_source_id":"1080","custom_source_type":"CS1"},{"custom_source_id":"1228","custom_source_type":"CS2"}],"org_unit_id":70035,"phone_numbers":[{"phone_number":"1234567890","phone_number_id":12345}],"provisioned_route_name":"Route 1","provisioned_route_status":"active","repeat_interval":30,"routing_configuration":{"config":{"activate_voiceagent":true,"activate_voicemail":false,"assigned_agent_id":null,"click_to_call":true,"click_to_call_enabled":false,"dnis_as_cid":"phone_number","ftc_whisper_enabled":"1","ftc_whisper_message":"qLMcUEqb_1660813454043","ftc_whisper_type":"file","hunt_options":{"options":[{"destination":"1234567890","order":1},{"destination":"0987654321","order":2}],"type":"round_robin"},"isSimultaneousRing":false,"is_ODN_enabled":false,"message":"fBiYF5MG_1674141425479","message_enabled":"1","message_type":"file","overflowNumbers":[{"number":"(111)-111-1110","overflowNumber":"1111111110","overflow_order":1,"rings":"3","unmaskNumber":"1111111110"}],"play_disclaimer":"before","play_on_hold_enabled":false,"play_on_hold_message":"","play_on_hold_message_type":"","record_call":true,"ringto":"1111111111","route_voice_agent_enabled":true,"voice_agent_id":683,"voice_agent_rings_count":3,"voice_prompt":"Thank you for calling. Please wait while we connect your call.","voicemail_greeting":"Please leave a message after the beep.","voicemail_rings_count":"3","whisper_enabled":true,"whisper_message":"Whisper message 1","whisper_type":"file"},"routing_type":"simple"},"sms_enabled":true,"sms_settings":{"assigned_users":[84784,7849,849,849],"email_notifications":true,"sms_notifications":true,"unclaimed_sms":true},"spam_enabled":true,"webhook_id":1}))?;
    /// # assert_eq!(switchboard::runtime::serde_json::to_value(&body)?, switchboard::runtime::serde_json::to_value(&decoded)?);
    /// # async fn send(client: &convirza::Client, body: convirza::ProvisionedRouteCreate) -> Result<(), Box<dyn std::error::Error>> {
    /// let provisioned_route_mutation_envelope: convirza::ProvisionedRouteMutationEnvelope = client.create_provisioned_route(body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_provisioned_route(
        &self,
        body: types::ProvisionedRouteCreate,
    ) -> builders::CreateProvisionedRoute<'_> {
        builders::CreateProvisionedRoute::new(&self.core, body)
    }

    /// Get Provisioned Route Details
    ///
    /// Returns one provisioned route. The docs name this operation (GET) but its page was not stored: the response shape is reconstructed.
    ///
    /// *Reconstructed, not documented by the provider:* Page not stored: path from the PATCH/PUT path; response assumed to be the envelope around the route (create body plus id).
    ///
    /// `GET /provisioned-routes/{id}`: see [`builders::GetProvisionedRoute`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::convirza;
    /// # async fn example(client: &convirza::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let provisioned_route_envelope: convirza::ProvisionedRouteEnvelope = client.get_provisioned_route(12345).await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_provisioned_route(&self, id: i64) -> builders::GetProvisionedRoute<'_> {
        builders::GetProvisionedRoute::new(&self.core, id)
    }

    /// Update Provisioned Route
    ///
    /// Full update of all fields of a provisioned route (PUT /provisioned-routes/{id}, named by the PATCH page). Use PATCH to change only some fields. Roles required: Admin or Standard. ReadOnly users cannot modify routes. The PUT page body was not stored: body, statuses and response are reconstructed from the create and PATCH pages; the role line is from the PATCH page.
    ///
    /// *Reconstructed, not documented by the provider:* Page not stored: body mirrors the create body, statuses and response mirror the PATCH page.
    ///
    /// `PUT /provisioned-routes/{id}`: see [`builders::ReplaceProvisionedRoute`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::convirza;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = convirza::ProvisionedRouteReplace::new(
    ///     "provisioned_route_name",
    /// );
    /// # async fn send(client: &convirza::Client, body: convirza::ProvisionedRouteReplace) -> Result<(), Box<dyn std::error::Error>> {
    /// let provisioned_route_mutation_envelope: convirza::ProvisionedRouteMutationEnvelope = client.replace_provisioned_route(12345, body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn replace_provisioned_route(
        &self,
        id: i64,
        body: types::ProvisionedRouteReplace,
    ) -> builders::ReplaceProvisionedRoute<'_> {
        builders::ReplaceProvisionedRoute::new(&self.core, id, body)
    }

    /// Delete Provisioned Route
    ///
    /// Deletes a provisioned route. The docs name this operation (DELETE) but its page was not stored: status and response are reconstructed.
    ///
    /// *Reconstructed, not documented by the provider:* Page not stored: 200 with the V3 envelope assumed (the documented sibling operations answer 200/201 with it).
    ///
    /// `DELETE /provisioned-routes/{id}`: see [`builders::DeleteProvisionedRoute`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::convirza;
    /// # async fn example(client: &convirza::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let provisioned_route_delete_envelope: convirza::ProvisionedRouteDeleteEnvelope = client.delete_provisioned_route(12345).await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_provisioned_route(&self, id: i64) -> builders::DeleteProvisionedRoute<'_> {
        builders::DeleteProvisionedRoute::new(&self.core, id)
    }

    /// Partial Update Provisioned Route
    ///
    /// Applies a selective update to an existing provisioned route. Only fields included in the request body are modified; all unspecified fields retain their current values. Use PATCH for targeted changes without supplying the full route configuration (toggle provisioned_route_status, swap the forwarding number or ring strategy, enable/disable spam protection, SMS forwarding or the AI voice agent, update ad source attribution or webhook, adjust call value or repeat interval). For a full update of all fields, use PUT /provisioned-routes/{id}. Roles required: Admin or Standard. ReadOnly users cannot modify routes.
    ///
    /// *Reconstructed, not documented by the provider:* Only the retry flag (x-idempotent) is inferred: from "Only fields included in the request body are modified", a repeated patch leaves the route as one; Convirza does not say so (nor how nested objects are merged). Request and 200 are the documented ones.
    ///
    /// `PATCH /provisioned-routes/{id}`: see [`builders::PatchProvisionedRoute`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::convirza;
    /// # async fn example(client: &convirza::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let provisioned_route_mutation_envelope: convirza::ProvisionedRouteMutationEnvelope = client.patch_provisioned_route(12345)
    ///     .provisioned_route_name("Updated Route Name")
    ///     .await?
    ///     .into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn patch_provisioned_route(&self, id: i64) -> builders::PatchProvisionedRoute<'_> {
        builders::PatchProvisionedRoute::new(&self.core, id)
    }

    /// Get Access Token
    ///
    /// Authenticates a user's email and password and returns a token pair for use with all other Convirza API endpoints. Convirza uses an encrypted, session-based token system (not standard JWTs): the access_token is an opaque identifier that cannot be decoded client-side; include it in every subsequent API request as Authorization: Bearer &lt;access_token&gt;. access_token is valid for 7 days (604 800 seconds) and auto-renewed on each authenticated API request; refresh_token is valid for 6 months (15 552 000 seconds) and obtains a new token pair after the access token expires. frontend_token is a 32-character hash used by the Convirza web app; third-party integrations can ignore it. Tokens can be revoked instantly server-side. This endpoint is limited to 10 requests per minute per IP to protect against brute-force attacks.
    ///
    /// *Reconstructed, not documented by the provider:* The Get Access Token page is cut before its request section: the body fields (email, password, as its summary names them), the 200 status and the error statuses are inferred; host, path and the response (Quick Start example) are documented.
    ///
    /// `POST https://platform-oauth.convirza.com/oauth/token`: see [`builders::GetAccessToken`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::convirza;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = convirza::GetAccessTokenBody::new("email", "password");
    /// # async fn send(client: &convirza::Client, body: convirza::GetAccessTokenBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let token_pair: convirza::TokenPair = client.get_access_token(body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_access_token(
        &self,
        body: types::GetAccessTokenBody,
    ) -> builders::GetAccessToken<'_> {
        builders::GetAccessToken::new(&self.core, body)
    }

    /// Refresh Access Token
    ///
    /// Exchange refresh token for new access token. When your access token expires (after 7 days), use the refresh token to get a new token pair. Refresh tokens expire after 180 days. Both tokens are rotated on each refresh: the old refresh token is immediately invalidated. When the refresh token expires, log in again.
    ///
    /// *Reconstructed, not documented by the provider:* The Refresh Access Token page was not stored: the body (refresh_token), the response (assumed the token pair of Get Access Token: "Use Refresh Token -&gt; New Token Pair") and the statuses are inferred; host, path and purpose are documented.
    ///
    /// `POST https://platform-oauth.convirza.com/oauth/refresh-token`: see [`builders::RefreshAccessToken`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::convirza;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = convirza::RefreshAccessTokenBody::new("refresh_token");
    /// # async fn send(client: &convirza::Client, body: convirza::RefreshAccessTokenBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let token_pair: convirza::TokenPair = client.refresh_access_token(body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn refresh_access_token(
        &self,
        body: types::RefreshAccessTokenBody,
    ) -> builders::RefreshAccessToken<'_> {
        builders::RefreshAccessToken::new(&self.core, body)
    }

    /// Revoke Token
    ///
    /// Revoke a specific token. Tokens can be revoked instantly server-side, with no wait for expiry.
    ///
    /// *Reconstructed, not documented by the provider:* The Revoke Token page was not stored: the body (the token to revoke), sending the bearer token, the 200 status, the free-form response and the error statuses are inferred; host, path and purpose are documented.
    ///
    /// `POST https://platform-oauth.convirza.com/oauth/revoke-token`: see [`builders::RevokeToken`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::convirza;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = convirza::RevokeTokenBody::new("token");
    /// # async fn send(client: &convirza::Client, body: convirza::RevokeTokenBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let reply: switchboard::runtime::serde_json::Map<String, switchboard::runtime::serde_json::Value> = client.revoke_token(body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn revoke_token(&self, body: types::RevokeTokenBody) -> builders::RevokeToken<'_> {
        builders::RevokeToken::new(&self.core, body)
    }
}
