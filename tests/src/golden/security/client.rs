// Generated from `tests/fixtures/security.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use super::builders;
use switchboard_runtime::__private::{ApiKeyLocation, ClientCore, Credentials};
use switchboard_runtime::{ReqwestTransport, RetryPolicy, Transport, reqwest};

/// The credentials the client sends. Schemes this API declares: HTTP bearer (OAuth2 / OpenID Connect access tokens), API key, HTTP basic, none (for the operations the spec marks as needing no credentials).
#[derive(Debug, Clone)]
pub struct Auth(Credentials);

impl Auth {
    /// `Authorization: Bearer <token>`: also how an OAuth2 or OpenID Connect access token is sent. Obtaining the token (the spec's OAuth2 flow) is up to you.
    pub fn bearer(token: impl Into<String>) -> Self {
        Auth(Credentials::Bearer(token.into()))
    }

    /// An API key, sent in the `X-Api-Key` header (the spec's `headerKey` scheme).
    ///
    /// The key from the dashboard.
    pub fn header_key(key: impl Into<String>) -> Self {
        Auth(Credentials::ApiKey {
            location: ApiKeyLocation::Header,
            name: "X-Api-Key".to_owned(),
            key: key.into(),
        })
    }

    /// An API key, sent in the `api_key` query parameter (the spec's `queryKey` scheme).
    pub fn query_key(key: impl Into<String>) -> Self {
        Auth(Credentials::ApiKey {
            location: ApiKeyLocation::Query,
            name: "api_key".to_owned(),
            key: key.into(),
        })
    }

    /// An API key, sent in the `session` cookie (the spec's `cookieKey` scheme).
    pub fn cookie_key(key: impl Into<String>) -> Self {
        Auth(Credentials::ApiKey {
            location: ApiKeyLocation::Cookie,
            name: "session".to_owned(),
            key: key.into(),
        })
    }

    /// `Authorization: Basic base64(<username>:<password>)`.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Auth(Credentials::Basic {
            username: username.into(),
            password: password.into(),
        })
    }

    /// No credentials: only for the operations that need none.
    pub fn none() -> Self {
        Auth(Credentials::None)
    }
}

/// A client for Security 1.
///
/// Create one per set of credentials and reuse it: it holds a connection pool. Each operation method returns a request builder; nothing is sent until `send()`.
#[derive(Debug, Clone)]
pub struct Client {
    core: ClientCore,
}

impl Client {
    /// The production base URL, from the spec's `servers`: <https://api.example.test/v1>.
    pub const DEFAULT_BASE_URL: &'static str = "https://api.example.test/v1";

    /// A client for the production base URL.
    pub fn new(auth: Auth) -> Self {
        Client {
            core: ClientCore::new(Self::DEFAULT_BASE_URL, auth.0),
        }
    }

    /// Sends every request to `base_url` instead (a sandbox, a proxy, a mock server).
    pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
        self.core.set_base_url(base_url);
        self
    }

    /// Sends requests through this reqwest client (proxies, TLS, connection pools).
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

    /// Gives up connecting after `timeout` (default 10 s); replaces the transport
    /// with a fresh reqwest one.
    pub fn with_connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.core
            .set_transport(std::sync::Arc::new(ReqwestTransport::with_connect_timeout(
                timeout,
            )));
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

    /// `GET /items`: see [`builders::ListItems`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::security;
    /// # async fn example(client: &security::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let list: Vec<String> = client.list_items().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_items(&self) -> builders::ListItems<'_> {
        builders::ListItems::new(&self.core)
    }

    /// `GET /search`: see [`builders::Search`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::security;
    /// # async fn example(client: &security::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.search("q").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn search(&self, q: impl Into<String>) -> builders::Search<'_> {
        builders::Search::new(&self.core, q.into())
    }

    /// `GET /session`: see [`builders::GetSession`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::security;
    /// # async fn example(client: &security::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.get_session().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_session(&self) -> builders::GetSession<'_> {
        builders::GetSession::new(&self.core)
    }

    /// `GET /health`: see [`builders::Health`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::security;
    /// # async fn example(client: &security::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.health().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn health(&self) -> builders::Health<'_> {
        builders::Health::new(&self.core)
    }
}
