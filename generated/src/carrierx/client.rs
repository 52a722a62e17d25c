// Generated from `specs/carrierx.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

use super::{builders, types};
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

/// A client for CarrierX Core API v2 (Partners).
///
/// Create one per set of credentials and reuse it: it holds a connection pool. Each operation method returns a request builder; nothing is sent until `send()`.
#[derive(Debug, Clone)]
pub struct Client {
    core: ClientCore,
}

impl Client {
    /// The production base URL, from the spec's `servers`: <https://api.carrierx.com/core/v2>.
    pub const DEFAULT_BASE_URL: &'static str = "https://api.carrierx.com/core/v2";

    /// A client for the production base URL.
    pub fn new(auth: Auth) -> Self {
        let mut core = ClientCore::new(Self::DEFAULT_BASE_URL, auth.0);
        core.set_provider("carrierx");
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

    /// Get Partners
    ///
    /// This request returns a list of partners matching the criteria in the request URL.
    ///
    /// Pagination (`limit`, `offset`, `order`), filtering (`filter`) and field filtering
    /// (`include_fields`, `exclude_fields`) are the generic CarrierX list arguments.
    ///
    /// Required scopes: the stored excerpt of the Get Partners page does not show them;
    /// by analogy with Get Partner by SID, one of `partners.manage` or `partners.read`.
    ///
    /// *Reconstructed, not documented by the provider:* The Get Partners page's query-argument table and scope list were not in the stored excerpt; parameters come from the shared Pagination/Filtering pages.
    ///
    /// `GET /partners`: see [`builders::ListPartners`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::carrierx;
    /// # async fn example(client: &carrierx::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let partner_list: carrierx::PartnerList = client.list_partners().await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn list_partners(&self) -> builders::ListPartners<'_> {
        builders::ListPartners::new(&self.core)
    }

    /// Create Partner
    ///
    /// This request creates a partner.
    ///
    /// When a partner is created, a verification message is sent to the `owner_email`,
    /// `tech_email`, and `billing_email` addresses provided. The email addresses will not
    /// appear in the Partner object until the link in the email body has been clicked,
    /// thereby confirming the email address and allowing the partner to use CarrierX
    /// services. New partners will not appear in a GET request response until the
    /// associated email address has been verified.
    ///
    /// The API answers 200 (not 201) with the serialized Partner object.
    ///
    /// Required scopes: the stored excerpt of the Create Partner page is cut inside the
    /// scope list ("the partner must have one of the following scopes enabl..."); not known
    /// here (presumably `partners.manage`).
    ///
    /// `POST /partners`: see [`builders::CreatePartner`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::carrierx;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = carrierx::PartnerCreate {
    ///     login: Some("john".into()),
    ///     password: Some("sample_password".into()),
    ///     name: Some("John Smith".into()),
    ///     company_name: Some("ABC".into()),
    ///     parent_sid: Some("".into()),
    ///     country_code: Some("USA".into()),
    ///     zip: Some("90804".into()),
    ///     owner_email: Some("johnsmith@carriex.com".into()),
    ///     payment_type: Some(carrierx::PartnerCreatePaymentType::Postpay),
    ///     phonenumber: Some("180045012323".into()),
    ///     charge_at: Some(20.into()),
    ///     prepay_amount: Some("100".into()),
    ///     ..Default::default()
    /// };
    /// # let decoded: carrierx::PartnerCreate = switchboard::runtime::serde_json::from_value(switchboard::runtime::serde_json::json!({"charge_at":20,"company_name":"ABC","country_code":"USA","login":"john","name":"John Smith","owner_email":"johnsmith@carriex.com","parent_sid":"","password":"sample_password","payment_type":"postpay","phonenumber":"180045012323","prepay_amount":"100","zip":"90804"}))?;
    /// # assert_eq!(switchboard::runtime::serde_json::to_value(&body)?, switchboard::runtime::serde_json::to_value(&decoded)?);
    /// # async fn send(client: &carrierx::Client, body: carrierx::PartnerCreate) -> Result<(), Box<dyn std::error::Error>> {
    /// let partner: carrierx::Partner = client.create_partner(body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create_partner(&self, body: types::PartnerCreate) -> builders::CreatePartner<'_> {
        builders::CreatePartner::new(&self.core, body)
    }

    /// Get Partner by SID
    ///
    /// This request returns data for a partner, targeted by secure ID.
    ///
    /// Email addresses will not appear in the response until they have been verified.
    /// This request is enabled for Field Filtering (`include_fields` / `exclude_fields`).
    ///
    /// Required scopes: to get information about a Partner object, the partner must have
    /// one of the following scopes enabled: `partners.manage`, `partners.read`.
    ///
    /// `GET /partners/{partner_sid}`: see [`builders::GetPartner`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::carrierx;
    /// # async fn example(client: &carrierx::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let partner: carrierx::Partner = client.get_partner("ed437757-002d-4ecc-aa5a-efdf5e50dba0").await?.into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn get_partner(&self, partner_sid: impl Into<String>) -> builders::GetPartner<'_> {
        builders::GetPartner::new(&self.core, partner_sid.into())
    }

    /// Update Partner (PUT)
    ///
    /// This request updates the entire Partner object, targeted by secure ID. The partner
    /// secure ID is passed in the URL, and the entire Partner object is passed in the
    /// request body.
    ///
    /// While all the fields must be present in a PUT request, not all the attribute values
    /// may be modified after the initial creation, because when created, some of them
    /// become read-only. The body is therefore the whole Partner object: the read-only
    /// fields carry their current values (send back what Get Partner by SID returned,
    /// without field filtering, and change the modifiable fields). Only these fields are
    /// modifiable: `acls`, `address1`, `address2`, `attributes`, `billing_email`,
    /// `callbacks`, `city`, `company_name`, `name`, `owner_email`,
    /// `parent_assigned_acls`, `phonenumber`, `tech_email`, `transformations`, `zip`.
    /// The `nested_objects=replace` query argument of the same page determines if the
    /// nested objects fields and values should be replaced.
    ///
    /// Required scopes: to update a Partner object, the partner must have one of the
    /// following scopes enabled: `partners.manage`, `partners.update`.
    ///
    /// `PUT /partners/{partner_sid}`: see [`builders::ReplacePartner`].
    ///
    /// # Example
    ///
    /// ```rust
    /// # use switchboard::carrierx;
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let body = carrierx::Partner::default();
    /// # async fn send(client: &carrierx::Client, body: carrierx::Partner) -> Result<(), Box<dyn std::error::Error>> {
    /// let partner: carrierx::Partner = client.replace_partner("ed437757-002d-4ecc-aa5a-efdf5e50dba0", body).await?.into_body();
    /// # Ok(())
    /// # }
    /// # let _ = send;
    /// # Ok(())
    /// # }
    /// ```
    pub fn replace_partner(
        &self,
        partner_sid: impl Into<String>,
        body: types::Partner,
    ) -> builders::ReplacePartner<'_> {
        builders::ReplacePartner::new(&self.core, partner_sid.into(), body)
    }

    /// Update Partner (PATCH)
    ///
    /// This request updates the Partner object, targeted by secure ID, with the values in
    /// the request body.
    ///
    /// A PATCH request can be used to update one or more attribute values. Only the
    /// attributes specified in the request payload will be updated; all other attributes
    /// and values remain the same. The Partner object also contains nested ACLs,
    /// Attributes, Callbacks, Parent Assigned ACLs, and Transformations objects; use the
    /// `nested_objects=replace` query argument to have nested objects replaced rather than
    /// updated.
    ///
    /// Fields that can be modified: `acls`, `address1`, `address2`, `attributes`,
    /// `billing_email`, `callbacks`, `city`, `company_name`, `name`, `owner_email`,
    /// `parent_assigned_acls`, `phonenumber`, `tech_email`, `transformations`, `zip`.
    ///
    /// Required scopes: to update a Partner object, the partner must have one of the
    /// following scopes enabled: `partners.manage`, `partners.update`.
    ///
    /// `PATCH /partners/{partner_sid}`: see [`builders::PatchPartner`].
    ///
    /// # Example
    ///
    /// ```rust,no_run
    /// # use switchboard::carrierx;
    /// # async fn example(client: &carrierx::Client) -> Result<(), Box<dyn std::error::Error>> {
    /// let partner: carrierx::Partner = client.patch_partner("ed437757-002d-4ecc-aa5a-efdf5e50dba0")
    ///     .address1("4300 E Pacific Coast Hwy")
    ///     .await?
    ///     .into_body();
    /// # Ok(())
    /// # }
    /// ```
    pub fn patch_partner(&self, partner_sid: impl Into<String>) -> builders::PatchPartner<'_> {
        builders::PatchPartner::new(&self.core, partner_sid.into())
    }
}
