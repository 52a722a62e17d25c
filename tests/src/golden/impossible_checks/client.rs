// Generated from `tests/fixtures/impossible_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use super::{builders, types};
use switchboard_runtime::__private::{ClientCore, Credentials};
use switchboard_runtime::{ReqwestTransport, RetryPolicy, Transport, reqwest};

/// The credentials the client sends. Schemes this API declares: none (for the operations the spec marks as needing no credentials).
#[derive(Debug, Clone)]
pub struct Auth(Credentials);

impl Auth {
    /// No credentials: only for the operations that need none.
    pub fn none() -> Self {
        Auth(Credentials::None)
    }
}

/// A client for Impossible checks 1.
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
        core.set_provider("impossible_checks");
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

    /// `GET /things`: see [`builders::ListThings`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::impossible_checks;
    /// # async fn example(client: &impossible_checks::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.list_things().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_things(&self) -> builders::ListThings<'_> {
        builders::ListThings::new(&self.core)
    }

    /// Uploads a file.
    /// Old Mac line ends
    ///
    /// or Windows ones
    /// are line ends.
    ///
    /// `POST /uploads`: see [`builders::UploadThing`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard_tests::golden::impossible_checks;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = impossible_checks::UploadThingBody::new(
    ///     switchboard_runtime::Bytes::default(),
    /// );
    /// # async fn send(client: &impossible_checks::Client, body: impossible_checks::UploadThingBody) -> Result<(), Box<dyn std::error::Error>> {
    /// client.upload_thing(body).await?;
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn upload_thing(&self, body: types::UploadThingBody) -> builders::UploadThing<'_> {
        builders::UploadThing::new(&self.core, body)
    }
}
