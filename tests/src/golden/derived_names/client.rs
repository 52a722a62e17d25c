// Generated from `tests/fixtures/derived_names.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

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

/// A client for Derived names 1.
///
/// Create one per set of credentials and reuse it: it holds a connection pool. Each operation method returns a request builder; nothing is sent until `send()`.
#[derive(Debug, Clone)]
pub struct Client {
    core: ClientCore,
}

impl Client {
    /// The default base URL: <http://localhost>. The spec names no server, so requests go to `http://localhost` until `with_base_url` names the real one.
    pub const DEFAULT_BASE_URL: &'static str = "http://localhost";

    /// A client for the default base URL ([`DEFAULT_BASE_URL`](Self::DEFAULT_BASE_URL)); name the real one with `with_base_url`.
    pub fn new(auth: Auth) -> Self {
        let mut core = ClientCore::new(Self::DEFAULT_BASE_URL, auth.0);
        core.set_provider("derived_names");
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

    /// `GET /users/{user-id}/posts`: see [`builders::GetUsersUserIdPosts`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::derived_names;
    /// # async fn example(client: &derived_names::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let list: Vec<derived_names::String2> = client.get_users_user_id_posts("user-id").await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_users_user_id_posts(
        &self,
        user_id: impl Into<String>,
    ) -> builders::GetUsersUserIdPosts<'_> {
        builders::GetUsersUserIdPosts::new(&self.core, user_id.into())
    }

    /// `POST /users/{user-id}/posts`: see [`builders::PostUsersUserIdPosts`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard_tests::golden::derived_names;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = derived_names::Option2::new("Serialize");
    /// # async fn send(client: &derived_names::Client, body: derived_names::Option2) -> Result<(), Box<dyn std::error::Error>> {
    /// client.post_users_user_id_posts("user-id", body).await?;
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn post_users_user_id_posts(
        &self,
        user_id: impl Into<String>,
        body: types::Option2,
    ) -> builders::PostUsersUserIdPosts<'_> {
        builders::PostUsersUserIdPosts::new(&self.core, user_id.into(), body)
    }

    /// `GET /info.0.json`: see [`builders::GetInfo0Json`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::derived_names;
    /// # async fn example(client: &derived_names::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let result2: derived_names::Result2 = client.get_info_0_json().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_info_0_json(&self) -> builders::GetInfo0Json<'_> {
        builders::GetInfo0Json::new(&self.core)
    }

    /// `GET /a`: see [`builders::GetThing`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::derived_names;
    /// # async fn example(client: &derived_names::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.get_thing().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_thing(&self) -> builders::GetThing<'_> {
        builders::GetThing::new(&self.core)
    }

    /// `GET /b`: see [`builders::GetThing2`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::derived_names;
    /// # async fn example(client: &derived_names::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.get_thing2().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_thing2(&self) -> builders::GetThing2<'_> {
        builders::GetThing2::new(&self.core)
    }

    /// `GET /c`: see [`builders::Type`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::derived_names;
    /// # async fn example(client: &derived_names::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.r#type().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn r#type(&self) -> builders::Type<'_> {
        builders::Type::new(&self.core)
    }

    /// `GET /d`: see [`builders::V2faCheck`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::derived_names;
    /// # async fn example(client: &derived_names::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.n2fa_check().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn n2fa_check(&self) -> builders::V2faCheck<'_> {
        builders::V2faCheck::new(&self.core)
    }

    /// `GET /e`: see [`builders::CountItemsV2`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::derived_names;
    /// # async fn example(client: &derived_names::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.count_items_v2().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn count_items_v2(&self) -> builders::CountItemsV2<'_> {
        builders::CountItemsV2::new(&self.core)
    }

    /// `GET /f`: see [`builders::WithTimeout`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::derived_names;
    /// # async fn example(client: &derived_names::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.with_timeout2().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn with_timeout2(&self) -> builders::WithTimeout<'_> {
        builders::WithTimeout::new(&self.core)
    }

    /// `GET /g`: see [`builders::GetG`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard_tests::golden::derived_names;
    /// # async fn example(client: &derived_names::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.get_g().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_g(&self) -> builders::GetG<'_> {
        builders::GetG::new(&self.core)
    }
}
