// Generated from `tests/fixtures/pagination.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use super::builders;
use switchboard_runtime::__private::{ClientCore, Credentials};
use switchboard_runtime::{Clock, ReqwestTransport, RetryPolicy, TokenSource, Transport, reqwest};

/// The credentials the client sends. Schemes this API declares: HTTP bearer.
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
}

/// A client for Pagination 1.
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
        let mut core = ClientCore::new(Self::DEFAULT_BASE_URL, auth.0);
        core.set_provider("pagination");
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

    /// `GET /offset`: see [`builders::ListByOffset`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::pagination;
    /// # async fn example(client: &pagination::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let thing_page: pagination::ThingPage = client.list_by_offset().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_by_offset(&self) -> builders::ListByOffset<'_> {
        builders::ListByOffset::new(&self.core)
    }

    /// `GET /envelope`: see [`builders::ListInEnvelope`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::pagination;
    /// # async fn example(client: &pagination::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let reply: pagination::ListInEnvelopeOkResponse = client.list_in_envelope().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_in_envelope(&self) -> builders::ListInEnvelope<'_> {
        builders::ListInEnvelope::new(&self.core)
    }

    /// `GET /numbered`: see [`builders::ListNumbered`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::pagination;
    /// # async fn example(client: &pagination::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let list: Vec<pagination::Thing> = client.list_numbered().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_numbered(&self) -> builders::ListNumbered<'_> {
        builders::ListNumbered::new(&self.core)
    }

    /// `GET /cursor`: see [`builders::ListByCursor`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::pagination;
    /// # async fn example(client: &pagination::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let reply: pagination::ListByCursorOkResponse = client.list_by_cursor().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_by_cursor(&self) -> builders::ListByCursor<'_> {
        builders::ListByCursor::new(&self.core)
    }

    /// `GET /links`: see [`builders::ListByLink`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::pagination;
    /// # async fn example(client: &pagination::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let reply: pagination::ListByLinkOkResponse = client.list_by_link().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_by_link(&self) -> builders::ListByLink<'_> {
        builders::ListByLink::new(&self.core)
    }

    /// `GET /all`: see [`builders::ListAll`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::pagination;
    /// # async fn example(client: &pagination::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let reply: pagination::ListAllOkResponse = client.list_all().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_all(&self) -> builders::ListAll<'_> {
        builders::ListAll::new(&self.core)
    }

    /// `GET /inferred`: see [`builders::ListInferred`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::pagination;
    /// # async fn example(client: &pagination::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let reply: pagination::ListInferredOkResponse = client.list_inferred().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_inferred(&self) -> builders::ListInferred<'_> {
        builders::ListInferred::new(&self.core)
    }

    /// `GET /inferred-links`: see [`builders::ListInferredLinks`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::pagination;
    /// # async fn example(client: &pagination::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let reply: pagination::ListInferredLinksOkResponse = client.list_inferred_links().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_inferred_links(&self) -> builders::ListInferredLinks<'_> {
        builders::ListInferredLinks::new(&self.core)
    }
}
