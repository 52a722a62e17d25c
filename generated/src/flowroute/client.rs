// Generated from `specs/flowroute.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use super::builders;
use switchboard_runtime::__private::{ClientCore, Credentials};
use switchboard_runtime::{ReqwestTransport, RetryPolicy, Transport, reqwest};

/// The credentials the client sends. Schemes this API declares: HTTP basic.
#[derive(Debug, Clone)]
pub struct Auth(Credentials);

impl Auth {
    /// `Authorization: Basic base64(<username>:<password>)`.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Auth(Credentials::Basic {
            username: username.into(),
            password: password.into(),
        })
    }
}

/// A client for Flowroute API (numbers) 2.0.
///
/// Create one per set of credentials and reuse it: it holds a connection pool. Each operation method returns a request builder; nothing is sent until `send()`.
#[derive(Debug, Clone)]
pub struct Client {
    core: ClientCore,
}

impl Client {
    /// The production base URL, from the spec's `servers`: <https://api.flowroute.com/v2>.
    pub const DEFAULT_BASE_URL: &'static str = "https://api.flowroute.com/v2";

    /// A client for the production base URL.
    pub fn new(auth: Auth) -> Self {
        let mut core = ClientCore::new(Self::DEFAULT_BASE_URL, auth.0);
        core.set_provider("flowroute");
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

    /// List Account Phone Numbers
    ///
    /// Returns a list of all phone numbers currently on your Flowroute account. On success the response body contains an array of phone number objects; on error an array of error objects. (Source: List Account Phone Numbers, v2.0.)
    ///
    /// `GET /numbers`: see [`builders::ListNumbers`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::flowroute;
    /// # async fn example(client: &flowroute::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let number_list: flowroute::NumberList = client.list_numbers().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_numbers(&self) -> builders::ListNumbers<'_> {
        builders::ListNumbers::new(&self.core)
    }

    /// List Phone Number Details
    ///
    /// Returns details on a specific phone number associated with your account, including primary voice route, and failover voice route if previously configured. The number must be one that you own. (Source: List Phone Number Details, v2.0.)
    ///
    /// `GET /numbers/{id}`: see [`builders::GetNumber`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::flowroute;
    /// # async fn example(client: &flowroute::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let number_document: flowroute::NumberDocument = client.get_number("12065551234").await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_number(&self, id: impl Into<String>) -> builders::GetNumber<'_> {
        builders::GetNumber::new(&self.core, id.into())
    }

    /// Purchase a Phone Number
    ///
    /// Use this endpoint to purchase a phone number from available Flowroute inventory. On success it returns 201 Created; when `messaging_enabled` is true the `message_provisioning_status` from the Message Provision API is added to the `included` list, and `messaging_enabled` in the number's attributes stays false until that separate task completes. If `messaging_enabled` is true and the Message Provision API is unavailable, the status is 207 Multi-Status: the purchase succeeded and the Message Provision API returned an error; enabling SMS/MMS can be retried via the Message Provision API or Update Details for a Phone Number (patchNumber). (Source: Purchase a Phone Number, v2.0.)
    ///
    /// `POST /numbers/{id}`: see [`builders::PurchaseNumber`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::flowroute;
    /// # async fn example(client: &flowroute::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let number_document: flowroute::NumberDocument = client.purchase_number("12065551234").await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn purchase_number(&self, id: impl Into<String>) -> builders::PurchaseNumber<'_> {
        builders::PurchaseNumber::new(&self.core, id.into())
    }

    /// Release a Phone Number From Your Account
    ///
    /// Releases the specified phone number from your account. Upon release, Flowroute will stop billing you for the monthly phone number fee, and add the phone number back into the purchasable numbers inventory. If you make a mistake, please contact Support. On success the status is 204 No Content with no body. (Source: Release a Phone Number From Your Account, v2.0; its example request sends `Accept: */*`.)
    ///
    /// `DELETE /numbers/{id}`: see [`builders::ReleaseNumber`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::flowroute;
    /// # async fn example(client: &flowroute::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// client.release_number("12065551234").await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn release_number(&self, id: impl Into<String>) -> builders::ReleaseNumber<'_> {
        builders::ReleaseNumber::new(&self.core, id.into())
    }

    /// Update Details for a Phone Number
    ///
    /// Allows you to update the Alias or CNAM Lookup parameters for your long code or toll-free phone number, and to enable messaging on it. The body is a flat object whose `type` is always `number`. On success the status is 200 OK and the body contains the updated phone number object. If `messaging_enabled` is set to true and the Message Provision API is unavailable, the status is 207 Multi-Status: the update succeeded and the Message Provision API returned an error; enabling SMS/MMS can be retried via the Message Provision API or this operation. On error the body contains an array of error objects. Media type: the seed's HTTP example sends `Content-Type: application/vnd.api+json` (listed first, and what this client sends), while its curl examples send `Content-Type: application/json`; both are listed. (Source: Update Details for a Phone Number, v2.0.)
    ///
    /// `PATCH /numbers/{id}`: see [`builders::PatchNumber`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::flowroute;
    /// # async fn example(client: &flowroute::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let number_document: flowroute::NumberDocument = client.patch_number("12065551234")
    ///     .alias("NYC Number")
    ///     .await?
    ///     .into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn patch_number(&self, id: impl Into<String>) -> builders::PatchNumber<'_> {
        builders::PatchNumber::new(&self.core, id.into())
    }
}
