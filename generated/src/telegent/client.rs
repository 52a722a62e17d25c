// Generated from `specs/telegent.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use super::{builders, types};
use switchboard_runtime::__private::{ClientCore, Credentials};
use switchboard_runtime::{
    Clock, ExpiryFormat, ReqwestTransport, RetryPolicy, TokenEndpoint, TokenSource, Transport,
    reqwest,
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

    /// Bearer tokens the client fetches itself with [`Client::generate_api_token`](Client::generate_api_token) (`POST /v1.0/oauth2/tokens`), sending `account_key` in `AccountKey`, `account_secret` in `AccountSecret`, a secret. The token expires as the reply's `tokenExpiry` says (`[month]/[day]/[year] [hour repr:12]:[minute]:[second] [period]`, in UTC, measured from the reply's `Date`); an expiry that cannot be read, or is already past, gives the token 120 s. No token is used for more than 900 s. One token serves every endpoint; [`scoped_per_endpoint`](Self::scoped_per_endpoint) keeps one per endpoint. An expired or refused token is fetched anew with the credentials.
    ///
    /// A token is used until shortly before it expires, and fetched once however many calls wait for it; when the server refuses one (401), a new one is fetched and the call is sent once more (a second 401 is the reply). Secrets and tokens never appear in `Debug` output, errors or logs.
    ///
    /// *Reconstructed, not documented by the provider:* tokenExpiry has no time zone: UTC is assumed, and an expiry already past on arrival (a zone behind UTC) falls back. "Tokens expire after a few minutes" gives no number: a token whose expiry cannot be read is used for 2 minutes, and none for more than 15.
    pub fn account_key(account_key: impl Into<String>, account_secret: impl Into<String>) -> Self {
        Auth(Credentials::tokens(
            TokenEndpoint::json(None, "/v1.0/oauth2/tokens")
                .credential("AccountKey", account_key)
                .secret("AccountSecret", account_secret)
                .scope_field("ApiEndpoint")
                .token_field("token")
                .success_field("successful")
                .expiry_field(
                    "tokenExpiry",
                    ExpiryFormat::Layout(
                        "[month]/[day]/[year] [hour repr:12]:[minute]:[second] [period]",
                    ),
                )
                .fallback_lifetime(std::time::Duration::from_secs(120))
                .max_lifetime(std::time::Duration::from_secs(900)),
        ))
    }

    /// Scopes every token to the endpoint it is used for: each token request sends the endpoint's URL (without its query) in `ApiEndpoint`, and a token is kept per endpoint. Without it, one token serves every endpoint. No effect on other credentials.
    pub fn scoped_per_endpoint(self) -> Self {
        match self.0 {
            Credentials::Tokens(cache) => Auth(Credentials::Tokens(cache.per_endpoint())),
            other => Auth(other),
        }
    }

    /// No credentials: only for the operations that need none.
    pub fn none() -> Self {
        Auth(Credentials::None)
    }
}

/// A client for mPaaS Core APIs 1.0.8.
///
/// Create one per set of credentials and reuse it: it holds a connection pool. Each operation method returns a request builder; nothing is sent until `send()`.
#[derive(Debug, Clone)]
pub struct Client {
    core: ClientCore,
}

impl Client {
    /// The production base URL, from the spec's `servers`: <https://api.telegent.com>.
    pub const DEFAULT_BASE_URL: &'static str = "https://api.telegent.com";

    /// A client for the production base URL.
    pub fn new(auth: Auth) -> Self {
        let mut core = ClientCore::new(Self::DEFAULT_BASE_URL, auth.0);
        core.set_provider("telegent");
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

    /// Issues and expires tokens by `clock` instead of the system's (a test's,
    /// moved by hand).
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
        self.core.set_clock(std::sync::Arc::new(clock));
        self
    }

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
    ///
    /// `POST /v1.0/voice/routes/update`: see [`builders::UpdateVoiceRoute`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::telegent;
    /// # async fn example(client: &telegent::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let voice_route: telegent::VoiceRoute = client.update_voice_route("CRID-509de94f-79cc-429b-a317-2102654dabbb")
    ///     .route_name("Main SIP Trunk")
    ///     .route_type(telegent::RouteType::Trunk)
    ///     .voice_url("https://domain.com")
    ///     .voice_url_method(telegent::HttpMethod::Get)
    ///     .trunk_ip1("20.87.87.87")
    ///     .trunk_ip2("20.87.87.86")
    ///     .trunk_port1("5061")
    ///     .trunk_port2("5060")
    ///     .trunk_transport1(telegent::TrunkTransport::Udp)
    ///     .trunk_transport2(telegent::TrunkTransport::Tcp)
    ///     .trunk_enabled1(true)
    ///     .trunk_enabled2(false)
    ///     .route_enabled(true)
    ///     .voice_authentication_type(telegent::VoiceAuthenticationType::Basic)
    ///     .voice_username("admin")
    ///     .voice_password_token("passwordORbearerToken")
    ///     .callback_voice_url("https://apiendpoint.com")
    ///     .callback_voice_url_method(telegent::HttpMethod::Post)
    ///     .trunk_uri1("https://pstn.joonto.com")
    ///     .trunk_uri2("https://pstn2.joonto.com")
    ///     .trunk1_priortiy(10)
    ///     .trunk1_weight(10)
    ///     .trunk2_priortiy(20)
    ///     .trunk2_weight(20)
    ///     .header_manipulation("HMI8802029")
    ///     .enable_sip_refer(true)
    ///     .transfer_caller_id(telegent::TransferCallerId::TransfereeTransferor)
    ///     .symmetric_rtp(true)
    ///     .enable_trp_secure_trunk(true)
    ///     .enable_pstn_transfer(true)
    ///     .ip_whitelist(vec![
    ///         telegent::IpWhitelistEntry {
    ///             ip_address: Some("20.20.10.10".into()),
    ///             ..Default::default()
    ///         },
    ///         telegent::IpWhitelistEntry {
    ///             ip_address: Some("20.20.10.20".into()),
    ///             ..Default::default()
    ///         },
    ///     ])
    ///     .cnam_lookup(true)
    ///     .termination_uri_subdomain("client")
    ///     .enable_call_streaming(true)
    ///     .wss_uri("wss://192.67.88.2")
    ///     .intelligent_route_enabled(true)
    ///     .account_id("AID-ab12345-2725-45a1-bd5e-526ed19799xx")
    ///     .await?
    ///     .into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn update_voice_route(
        &self,
        call_route_id: impl Into<String>,
    ) -> builders::UpdateVoiceRoute<'_> {
        builders::UpdateVoiceRoute::new(&self.core, call_route_id.into())
    }

    /// Get Voice Route Details
    ///
    /// Retrieves the detailed configuration of a specific voice route. Useful for confirming that a previous update completed. Some fields may be absent (or null) when not applicable to the route type; authentication credentials may be partially masked.
    ///
    /// `GET /v1.0/voice/routes`: see [`builders::GetVoiceRoute`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::telegent;
    /// # async fn example(client: &telegent::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let voice_route: telegent::VoiceRoute = client.get_voice_route("CRID-509de94f-79cc-429b-a317-2102654dabbb").await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_voice_route(&self, call_route_id: impl Into<String>) -> builders::GetVoiceRoute<'_> {
        builders::GetVoiceRoute::new(&self.core, call_route_id.into())
    }

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
    ///
    /// `POST /v1.0/voice/routes`: see [`builders::CreateVoiceRoute`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::telegent;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = telegent::CreateVoiceRouteBody {
    ///     trunk_ip1: Some("20.87.87.87".into()),
    ///     trunk_port1: Some("5061".into()),
    ///     trunk_transport1: Some("UDP".into()),
    ///     ..telegent::CreateVoiceRouteBody::new(
    ///         "Main SIP Trunk",
    ///         telegent::RouteType::Trunk,
    ///     )
    /// };
    /// # let decoded: telegent::CreateVoiceRouteBody = switchboard::runtime::serde_json::from_value(switchboard::runtime::serde_json::json!({"RouteName":"Main SIP Trunk","RouteType":"Trunk","TrunkIp1":"20.87.87.87","TrunkPort1":"5061","TrunkTransport1":"UDP"}))?;
    /// # assert_eq!(switchboard::runtime::serde_json::to_value(&body)?, switchboard::runtime::serde_json::to_value(&decoded)?);
    /// # async fn send(client: &telegent::Client, body: telegent::CreateVoiceRouteBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let voice_route: telegent::VoiceRoute = client.create_voice_route(body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_voice_route(
        &self,
        body: types::CreateVoiceRouteBody,
    ) -> builders::CreateVoiceRoute<'_> {
        builders::CreateVoiceRoute::new(&self.core, body)
    }

    /// List Account Voice Routes
    ///
    /// Retrieves a list of all voice routes configured for your account, with each route's status (`CallRouteStatus`) and configuration. No pagination or filter parameters are documented.
    ///
    /// `GET /v1.0/account/voice/routes`: see [`builders::ListAccountVoiceRoutes`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::telegent;
    /// # async fn example(client: &telegent::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let voice_route_list: telegent::VoiceRouteList = client.list_account_voice_routes().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_account_voice_routes(&self) -> builders::ListAccountVoiceRoutes<'_> {
        builders::ListAccountVoiceRoutes::new(&self.core)
    }

    /// Delete Voice Route
    ///
    /// Permanently deletes a voice routing configuration from your account. Deleting a voice route is permanent and cannot be undone. Before deleting a voice route, ensure it is not currently assigned to any phone numbers (use `/numbers/inventory` filtered by the CallRouteId): a route in use answers 400 "Cannot delete voice route as it is currently assigned to one or more phone numbers." Instead of deleting a route, consider updating it or disabling it by setting `RouteEnabled` to `false`. After deleting a route, any references to its CallRouteId will no longer be valid.
    ///
    /// `POST /v1.0/voice/routes/delete`: see [`builders::DeleteVoiceRoute`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::telegent;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = telegent::DeleteVoiceRouteBody::new(
    ///     "CRID-4dec6beb-3985-444b-8c06-8baa70dc1416",
    /// );
    /// # let decoded: telegent::DeleteVoiceRouteBody = switchboard::runtime::serde_json::from_value(switchboard::runtime::serde_json::json!({"CallRouteId":"CRID-4dec6beb-3985-444b-8c06-8baa70dc1416"}))?;
    /// # assert_eq!(switchboard::runtime::serde_json::to_value(&body)?, switchboard::runtime::serde_json::to_value(&decoded)?);
    /// # async fn send(client: &telegent::Client, body: telegent::DeleteVoiceRouteBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let voice_route_deletion: telegent::VoiceRouteDeletion = client.delete_voice_route(body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete_voice_route(
        &self,
        body: types::DeleteVoiceRouteBody,
    ) -> builders::DeleteVoiceRoute<'_> {
        builders::DeleteVoiceRoute::new(&self.core, body)
    }

    /// Generate API Token
    ///
    /// Authenticates your account credentials and returns a Bearer token required for all subsequent API requests. Include this token in the `Authorization: Bearer <token>` header on every call. Tokens expire (after a few minutes) and must be refreshed; there is no refresh mechanism, re-authenticate from scratch.
    ///
    /// **What this does:** Returns a token string and tokenExpiry timestamp. The optional ApiEndpoint field scopes the token to a single endpoint URL — a token scoped to /v1.0/numbers/provision will be rejected by any other endpoint.
    ///
    /// (The .md rendering of this page keys the operation as `post /v1.0/OAuth2/tokens`; every request example and the rendered page use `/v1.0/oauth2/tokens`.)
    ///
    /// `POST /v1.0/oauth2/tokens`: see [`builders::GenerateApiToken`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::telegent;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = telegent::GenerateApiTokenBody {
    ///     api_endpoint: Some("https://api.telegent.com/v1.0/numbers/provision".into()),
    ///     ..telegent::GenerateApiTokenBody::new(
    ///         "DID-1234567ab-1a2b-3cd4-...-...........",
    ///         "abcdeABCdef...",
    ///     )
    /// };
    /// # let decoded: telegent::GenerateApiTokenBody = switchboard::runtime::serde_json::from_value(switchboard::runtime::serde_json::json!({"AccountKey":"DID-1234567ab-1a2b-3cd4-...-...........","AccountSecret":"abcdeABCdef...","ApiEndpoint":"https://api.telegent.com/v1.0/numbers/provision"}))?;
    /// # assert_eq!(switchboard::runtime::serde_json::to_value(&body)?, switchboard::runtime::serde_json::to_value(&decoded)?);
    /// # async fn send(client: &telegent::Client, body: telegent::GenerateApiTokenBody) -> Result<(), Box<dyn std::error::Error>> {
    /// let api_token: telegent::ApiToken = client.generate_api_token(body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn generate_api_token(
        &self,
        body: types::GenerateApiTokenBody,
    ) -> builders::GenerateApiToken<'_> {
        builders::GenerateApiToken::new(&self.core, body)
    }
}
