// Generated from `tests/fixtures/security.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use super::builders;
use switchboard_runtime::__private::{ApiKeyLocation, ClientCore, Credentials};
use switchboard_runtime::{
    Clock, ReqwestTransport, RetryPolicy, TokenEndpoint, TokenSource, Transport, reqwest,
};

/// The credentials the client sends. Schemes this API declares: HTTP bearer (OAuth2 / OpenID Connect access tokens), API key, HTTP basic, tokens the client fetches itself, none (for the operations the spec marks as needing no credentials).
#[derive(Debug, Clone)]
pub struct Auth(Credentials);

impl Auth {
    /// `Authorization: Bearer <token>`: also how an OAuth2 or OpenID Connect access token you obtained is sent. For the flows the client runs itself, see the constructors below.
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

    /// Bearer tokens from `source` (a vault, another process, a flow of your own): fetched when a call needs one, cached until shortly before they expire, renewed once when the server refuses one (401). See [`TokenSource`](switchboard_runtime::TokenSource).
    pub fn token_source(source: impl TokenSource + 'static) -> Self {
        Auth(Credentials::tokens(source))
    }

    /// OAuth2 client credentials (the spec's `oauth` scheme): the client fetches its own access tokens from `https://auth.example.test/token` (`grant_type=client_credentials`, the client id and secret in HTTP Basic, as RFC 6749 says). No `scope` is sent: the server grants its default scopes ([`Auth::client_credentials_with_scopes`] asks for others). The spec's scopes for it: `read` (Read items). Each operation's docs name the scopes it needs. An expired or refused token is fetched anew. `with_server_url("https://auth.example.test", …)` moves the token requests.
    ///
    /// A token is used until shortly before it expires, and fetched once however many calls wait for it; when the server refuses one (401), a new one is fetched and the call is sent once more (a second 401 is the reply). Secrets and tokens never appear in `Debug` output, errors or logs.
    pub fn client_credentials(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        Auth(Credentials::tokens(
            TokenEndpoint::oauth2(
                Some("https://auth.example.test"),
                "/token",
                "client_credentials",
                None,
            )
            .client_basic(client_id, client_secret),
        ))
    }

    /// OAuth2 client credentials (the spec's `oauth` scheme): the client fetches its own access tokens from `https://auth.example.test/token` (`grant_type=client_credentials`, the client id and secret in HTTP Basic, as RFC 6749 says). The token is asked for `scopes`, sent space-separated in `scope` (RFC 6749 section 3.3; none given: no `scope`, the server's default scopes); a renewal keeps the scopes granted. The spec's scopes for it: `read` (Read items). Each operation's docs name the scopes it needs. An expired or refused token is fetched anew. `with_server_url("https://auth.example.test", …)` moves the token requests.
    ///
    /// A token is used until shortly before it expires, and fetched once however many calls wait for it; when the server refuses one (401), a new one is fetched and the call is sent once more (a second 401 is the reply). Secrets and tokens never appear in `Debug` output, errors or logs.
    pub fn client_credentials_with_scopes(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        scopes: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Auth(Credentials::tokens(
            TokenEndpoint::oauth2(
                Some("https://auth.example.test"),
                "/token",
                "client_credentials",
                None,
            )
            .client_basic(client_id, client_secret)
            .scopes(scopes),
        ))
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
        let mut core = ClientCore::new(Self::DEFAULT_BASE_URL, auth.0);
        core.set_provider("security");
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
    /// - `https://auth.example.test`: the `client_credentials` token requests
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
