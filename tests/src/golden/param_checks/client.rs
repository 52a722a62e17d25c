// Generated from `tests/fixtures/param_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use crate::runtime::{ClientCore, Credentials};
use super::builders;
///The credentials the client sends. Schemes this API declares: HTTP bearer.
#[derive(Debug, Clone)]
pub struct Auth(Credentials);
impl Auth {
    /// `Authorization: Bearer <token>`.
    pub fn bearer(token: impl Into<String>) -> Self {
        Auth(Credentials::Bearer(token.into()))
    }
}
/**A client for Parameter constraints 1.

Create one per set of credentials and reuse it: it holds a connection pool. Each operation method returns a request builder; nothing is sent until `send()`.*/
#[derive(Debug, Clone)]
pub struct Client {
    core: ClientCore,
}
impl Client {
    ///The production base URL, from the spec's `servers`: <https://api.example.test/v1>.
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
    /// Sends requests through `http` (timeouts, proxies, connection pools).
    pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
        self.core.set_http_client(http);
        self
    }
    /// The base URL requests are sent to.
    pub fn base_url(&self) -> &str {
        self.core.base_url()
    }
    /// Get a number
    ///
    /// `GET /numbers/{id}`: see [`builders::GetNumber`].
    pub fn get_number(&self, id: impl Into<String>) -> builders::GetNumber<'_> {
        builders::GetNumber::new(&self.core, id.into())
    }
}
