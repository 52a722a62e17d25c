// Generated from `tests/fixtures/combined_credentials.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use super::{builders, types};
use switchboard_runtime::__private::{ApiKeyLocation, ClientCore, Credentials};
use switchboard_runtime::{Clock, ReqwestTransport, RetryPolicy, TokenSource, Transport, reqwest};

/// The credentials the client sends. Schemes this API declares: HTTP bearer (OAuth2 / OpenID Connect access tokens), several credentials at once, none (for the operations the spec marks as needing no credentials).
#[derive(Debug, Clone)]
pub struct Auth(Credentials);

impl Auth {
    /// `Authorization: Bearer <token>`: also how an OAuth2 or OpenID Connect access token is sent. Obtaining the token (the spec's OAuth2 flow) is up to you.
    pub fn bearer(token: impl Into<String>) -> Self {
        Auth(Credentials::Bearer(token.into()))
    }

    /// Bearer tokens from `source` (a vault, another process, a flow of your own): fetched when a call needs one, cached until shortly before they expire, renewed once when the server refuses one (401). See [`TokenSource`](switchboard_runtime::TokenSource).
    pub fn token_source(source: impl TokenSource + 'static) -> Self {
        Auth(Credentials::tokens(source))
    }

    /// Several credentials, all sent with every request that needs credentials (the spec requires them together): an API key in the `X-App-Id` header (`appId`); an API key in the `X-App-Key` header (`appKey`).
    pub fn app_id_and_app_key(app_id: impl Into<String>, app_key: impl Into<String>) -> Self {
        Auth(Credentials::All(vec![
            Credentials::ApiKey {
                location: ApiKeyLocation::Header,
                name: "X-App-Id".to_owned(),
                key: app_id.into(),
            },
            Credentials::ApiKey {
                location: ApiKeyLocation::Header,
                name: "X-App-Key".to_owned(),
                key: app_key.into(),
            },
        ]))
    }

    /// Several credentials, all sent with every request that needs credentials (the spec requires them together): an API key in the `api_key` query parameter (`apiKey`); an API key in the `api_secret` query parameter (`apiSecret`).
    pub fn api_key_and_api_secret(
        api_key: impl Into<String>,
        api_secret: impl Into<String>,
    ) -> Self {
        Auth(Credentials::All(vec![
            Credentials::ApiKey {
                location: ApiKeyLocation::Query,
                name: "api_key".to_owned(),
                key: api_key.into(),
            },
            Credentials::ApiKey {
                location: ApiKeyLocation::Query,
                name: "api_secret".to_owned(),
                key: api_secret.into(),
            },
        ]))
    }

    /// No credentials: only for the operations that need none.
    pub fn none() -> Self {
        Auth(Credentials::None)
    }
}

/// A client for Combined credentials 1.
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
        core.set_provider("combined_credentials");
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

    /// `GET /pets`: see [`builders::ListPets`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::combined_credentials;
    /// # async fn example(client: &combined_credentials::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.list_pets().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_pets(&self) -> builders::ListPets<'_> {
        builders::ListPets::new(&self.core)
    }

    /// `POST /sms`: see [`builders::SendSms`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard_tests::golden::combined_credentials;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = combined_credentials::SendSmsBody::new("to");
    /// # async fn send(client: &combined_credentials::Client, body: combined_credentials::SendSmsBody) -> Result<(), Box<dyn std::error::Error>> {
    /// client.send_sms(body).await?;
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn send_sms(&self, body: types::SendSmsBody) -> builders::SendSms<'_> {
        builders::SendSms::new(&self.core, body)
    }

    /// `GET /files`: see [`builders::ListFiles`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::combined_credentials;
    /// # async fn example(client: &combined_credentials::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.list_files().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_files(&self) -> builders::ListFiles<'_> {
        builders::ListFiles::new(&self.core)
    }

    /// `GET /reports`: see [`builders::ListReports`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::combined_credentials;
    /// # async fn example(client: &combined_credentials::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.list_reports().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_reports(&self) -> builders::ListReports<'_> {
        builders::ListReports::new(&self.core)
    }

    /// `GET /status`: see [`builders::GetStatus`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::combined_credentials;
    /// # async fn example(client: &combined_credentials::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.get_status().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_status(&self) -> builders::GetStatus<'_> {
        builders::GetStatus::new(&self.core)
    }
}
