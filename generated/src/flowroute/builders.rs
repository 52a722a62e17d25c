// Generated from `specs/flowroute.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `flowroute` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};
use switchboard_runtime::{Items, PageReply, Pages, Paginate};

/// `GET /numbers`
///
/// List Account Phone Numbers
///
/// Returns a list of all phone numbers currently on your Flowroute account. On success the response body contains an array of phone number objects; on error an array of error objects. (Source: List Account Phone Numbers, v2.0.)
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListNumbers<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    starts_with: Option<String>,
    contains: Option<String>,
    ends_with: Option<String>,
    alias: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
}

impl<'a> ListNumbers<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_numbers",
        method: "GET",
        path: "/numbers",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            starts_with: None,
            contains: None,
            ends_with: None,
            alias: None,
            limit: None,
            offset: None,
        }
    }

    /// Sets the `starts_with` query parameter.
    ///
    /// Displays a list of phone numbers that starts with your specified value. To specify a country, use + and country code, such as +44, otherwise a default country code of '1' will be used. The docs type it as integer; it is a string here because the documented "+44" form is not an integer and leading zeros must survive.
    pub fn starts_with(mut self, value: impl Into<String>) -> Self {
        self.starts_with = Some(value.into());
        self
    }

    /// Sets the `contains` query parameter.
    ///
    /// Displays a list of phone numbers that contains your specified value. Documented as integer; a string of digits here so leading zeros are kept.
    pub fn contains(mut self, value: impl Into<String>) -> Self {
        self.contains = Some(value.into());
        self
    }

    /// Sets the `ends_with` query parameter.
    ///
    /// Displays a list of phone numbers with the specified value as their final digits. Documented as integer; a string of digits here so leading zeros are kept.
    pub fn ends_with(mut self, value: impl Into<String>) -> Self {
        self.ends_with = Some(value.into());
        self
    }

    /// Sets the `alias` query parameter.
    ///
    /// URL encoded nonunique friendly name, up to 64 characters. No partial matches. Ex: For an alias of Home Phone only <https://api.flowroute.com/v2/numbers?alias=Home%20Phone> will match.
    pub fn alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }

    /// Sets the `limit` query parameter.
    ///
    /// Limits the number of items to retrieve. A maximum of 200 items can be retrieved with 10 being the default value if not specified.
    ///
    /// Default: `10`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets the `offset` query parameter.
    ///
    /// Offsets the list of phone numbers by your specified value. For example, if you have 4 phone numbers and you entered 1 as your offset value, then only 3 of your phone numbers will be displayed in the response.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(item) = &self.starts_with {
            runtime::check::pattern("starts_with", item, "^\\+?[0-9]+$")?;
        }
        if let Some(item) = &self.contains {
            runtime::check::pattern("contains", item, "^[0-9]+$")?;
        }
        if let Some(item) = &self.ends_with {
            runtime::check::pattern("ends_with", item, "^[0-9]+$")?;
        }
        if let Some(item) = &self.alias {
            runtime::check::length("alias", item, None, Some(64))?;
        }
        if let Some(item) = &self.limit {
            runtime::check::range("limit", i64::from(*item), None, Some(200))?;
        }
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/numbers")
            .query_opt("starts_with", self.starts_with.as_ref())
            .query_opt("contains", self.contains.as_ref())
            .query_opt("ends_with", self.ends_with.as_ref())
            .query_opt("alias", self.alias.as_ref())
            .query_opt("limit", self.limit.as_ref())
            .query_opt("offset", self.offset.as_ref())
            .accept("application/vnd.api+json")
            .build(self.core.credentials())
    }
}

impl<'a> ListNumbers<'a> {
    /// Every `NumberResource` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. Each next page is asked for with `offset` moved on by the items received, until a page is empty. Take the first `n` with `StreamExt::take`.
    pub fn stream(self) -> Items<'a, Self> {
        Items::new(self)
    }

    /// The list's pages, whole, as a stream of replies. Each next page is asked for with `offset` moved on by the items received, until a page is empty.
    pub fn pages(self) -> Pages<'a, Self> {
        Pages::new(self)
    }
}

impl<'a> Paginate<'a> for ListNumbers<'a> {
    type Page = types::NumberList;

    type Item = types::NumberResource;

    type Error = types::ErrorDocument;

    fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
        Box::pin(self.send())
    }

    fn items(page: Self::Page) -> Vec<Self::Item> {
        page.data
    }

    fn next(&self, page: &Self::Page) -> Option<Self> {
        let received = {
            let value = page;
            let value = &value.data;
            Some(value.len())
        }
        .unwrap_or(0);
        if received == 0 {
            return None;
        }
        let moved = runtime::advance_offset(self.offset, received)?;
        let mut next = self.clone();
        next.offset = Some(moved);
        Some(next)
    }
}

switchboard_runtime::__call! {
    impl ListNumbers {
        type Output = types::NumberList;
        type Error = types::ErrorDocument;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_document;
    }
}

/// `GET /numbers/{id}`
///
/// List Phone Number Details
///
/// Returns details on a specific phone number associated with your account, including primary voice route, and failover voice route if previously configured. The number must be one that you own. (Source: List Phone Number Details, v2.0.)
///
/// The `id` path parameter: The phone number, in 11-digit North American (E.164 without the +) format with the first digit being the country code 1, e.g. 12065551234; pattern `^[0-9]{11}$`. The seed documents it as a string, the other number pages as an integer; it is a URL path segment either way, so a string keeps the format checkable.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetNumber<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetNumber<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_number",
        method: "GET",
        path: "/numbers/{id}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        {
            let item = &self.id;
            runtime::check::pattern("id", item, "^[0-9]{11}$")?;
        }
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/numbers/")
            .path_param(&self.id)
            .accept("application/vnd.api+json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetNumber {
        type Output = types::NumberDocument;
        type Error = types::ErrorDocument;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error_document2;
    }
}

/// `POST /numbers/{id}`
///
/// Purchase a Phone Number
///
/// Use this endpoint to purchase a phone number from available Flowroute inventory. On success it returns 201 Created; when `messaging_enabled` is true the `message_provisioning_status` from the Message Provision API is added to the `included` list, and `messaging_enabled` in the number's attributes stays false until that separate task completes. If `messaging_enabled` is true and the Message Provision API is unavailable, the status is 207 Multi-Status: the purchase succeeded and the Message Provision API returned an error; enabling SMS/MMS can be retried via the Message Provision API or Update Details for a Phone Number (patchNumber). (Source: Purchase a Phone Number, v2.0.)
///
/// The `id` path parameter: The phone number, in 11-digit North American (E.164 without the +) format with the first digit being the country code 1, e.g. 12065551234; pattern `^[0-9]{11}$`. The seed documents it as a string, the other number pages as an integer; it is a URL path segment either way, so a string keeps the format checkable.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct PurchaseNumber<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: Option<types::NumberPurchase>,
}

impl<'a> PurchaseNumber<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "purchase_number",
        method: "POST",
        path: "/numbers/{id}",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: None,
        }
    }

    /// Sends this request body (the spec makes it optional).
    ///
    /// Optional purchase options. The page lists them next to the path parameter without saying where they go; they are sent as a JSON body here, like the same fields on patchNumber. The SDK and the v2.1 curl example purchase with no body at all.
    pub fn body(mut self, body: types::NumberPurchase) -> Self {
        self.body = Some(body);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        {
            let item = &self.id;
            runtime::check::pattern("id", item, "^[0-9]{11}$")?;
        }
        let mut request = RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/numbers/")
            .path_param(&self.id)
            .accept("application/vnd.api+json");
        if let Some(body) = &self.body {
            request = request.json_body("application/vnd.api+json", body);
        }
        request.build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl PurchaseNumber {
        type Output = types::NumberDocument;
        type Error = types::ErrorDocument;
        const JSON: Statuses = [201, 207];
        const ERRORS: Decoder = decode_error_document;
    }
}

/// `DELETE /numbers/{id}`
///
/// Release a Phone Number From Your Account
///
/// Releases the specified phone number from your account. Upon release, Flowroute will stop billing you for the monthly phone number fee, and add the phone number back into the purchasable numbers inventory. If you make a mistake, please contact Support. On success the status is 204 No Content with no body. (Source: Release a Phone Number From Your Account, v2.0; its example request sends `Accept: */*`.)
///
/// The `id` path parameter: The phone number, in 11-digit North American (E.164 without the +) format with the first digit being the country code 1, e.g. 12065551234; pattern `^[0-9]{11}$`. The seed documents it as a string, the other number pages as an integer; it is a URL path segment either way, so a string keeps the format checkable.
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ReleaseNumber<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> ReleaseNumber<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "release_number",
        method: "DELETE",
        path: "/numbers/{id}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        {
            let item = &self.id;
            runtime::check::pattern("id", item, "^[0-9]{11}$")?;
        }
        RequestBuilder::new(Method::DELETE, self.core.base_url())
            .literal("/numbers/")
            .path_param(&self.id)
            .accept("application/vnd.api+json")
            .build(self.core.credentials())
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<(), Error<types::ErrorDocument>> {
        match status.as_u16() {
            204 => Ok(()),
            200..=299 if body.iter().all(u8::is_ascii_whitespace) => Ok(()),
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error_document2(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl ReleaseNumber {
        type Output = ();
        type Error = types::ErrorDocument;
    }
}

/// `PATCH /numbers/{id}`
///
/// Update Details for a Phone Number
///
/// Allows you to update the Alias or CNAM Lookup parameters for your long code or toll-free phone number, and to enable messaging on it. The body is a flat object whose `type` is always `number`. On success the status is 200 OK and the body contains the updated phone number object. If `messaging_enabled` is set to true and the Message Provision API is unavailable, the status is 207 Multi-Status: the update succeeded and the Message Provision API returned an error; enabling SMS/MMS can be retried via the Message Provision API or this operation. On error the body contains an array of error objects. Media type: the seed's HTTP example sends `Content-Type: application/vnd.api+json` (listed first, and what this client sends), while its curl examples send `Content-Type: application/json`; both are listed. (Source: Update Details for a Phone Number, v2.0.)
///
/// The `id` path parameter: The phone number, in 11-digit North American (E.164 without the +) format with the first digit being the country code 1, e.g. 12065551234; pattern `^[0-9]{11}$`. The seed documents it as a string, the other number pages as an integer; it is a URL path segment either way, so a string keeps the format checkable.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct PatchNumber<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::NumberPatch,
}

impl<'a> PatchNumber<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "patch_number",
        method: "PATCH",
        path: "/numbers/{id}",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: types::NumberPatch {
                r#type: Default::default(),
                alias: None,
                cnam_lookups_enabled: None,
                messaging_enabled: None,
                messaging_email: None,
                messaging_callback_url: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::NumberPatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `alias` with this value.
    ///
    /// Nonunique friendly name to be assigned to the phone number. `null` removes the alias: a number without one is documented with `"alias": null` (message-enablement 200 example).
    ///
    /// *Reconstructed, not documented by the provider:* The PATCH page types alias as a string; that null clears it is inferred from the responses, which show a number with no alias as "alias" null.
    pub fn alias(mut self, value: impl Into<String>) -> Self {
        self.body.alias = Some(Some(value.into()));
        self
    }

    /// Sends `alias` as JSON `null`, clearing it.
    pub fn clear_alias(mut self) -> Self {
        self.body.alias = Some(None);
        self
    }

    /// Sends `cnam_lookups_enabled` with this value.
    ///
    /// Enable or Disable CNAM Lookups on inbound calls.
    pub fn cnam_lookups_enabled(mut self, value: bool) -> Self {
        self.body.cnam_lookups_enabled = Some(value);
        self
    }

    /// Sends `messaging_enabled` with this value.
    ///
    /// If set to True, sends an external request to the Message Provision API to change the enablement state of the number. Defaults to False. See Flowroute Pricing for the costs of enabling a number to send and receive messages. If messaging_enabled is set to True and the Message Provision API is unavailable, the status code will be 207 Multi-Status; enabling can be retried via the Message Provision API or this operation.
    pub fn messaging_enabled(mut self, value: bool) -> Self {
        self.body.messaging_enabled = Some(value);
        self
    }

    /// Sends `messaging_email` with this value.
    ///
    /// If set to True in combination with messaging_enabled, causes the Message Provision API to send an email to the account contact address on file when the Message Provision job finishes.
    pub fn messaging_email(mut self, value: bool) -> Self {
        self.body.messaging_email = Some(value);
        self
    }

    /// Sends `messaging_callback_url` with this value.
    ///
    /// If set to a valid URL in combination with messaging_enabled, causes the Message Provision API to send a notification via callback when the Provision request is finished (see the Callbacks page).
    pub fn messaging_callback_url(mut self, value: impl Into<String>) -> Self {
        self.body.messaging_callback_url = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        {
            let item = &self.id;
            runtime::check::pattern("id", item, "^[0-9]{11}$")?;
        }
        RequestBuilder::new(Method::PATCH, self.core.base_url())
            .literal("/numbers/")
            .path_param(&self.id)
            .accept("application/vnd.api+json")
            .json_body("application/vnd.api+json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl PatchNumber {
        type Output = types::NumberDocument;
        type Error = types::ErrorDocument;
        const JSON: Statuses = [200, 207];
        const ERRORS: Decoder = decode_error_document;
    }
}

fn decode_error_document(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::ErrorDocument, Error<types::ErrorDocument>> {
    match status.as_u16() {
        401 | 403 => {
            let body = runtime::decode_json::<types::ErrorDocument, types::ErrorDocument>(
                status, headers, body,
            )?;
            Ok(body)
        }
        _ => {
            let body = runtime::decode_json::<types::ErrorDocument, types::ErrorDocument>(
                status, headers, body,
            )?;
            Ok(body)
        }
    }
}

fn decode_error_document2(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::ErrorDocument, Error<types::ErrorDocument>> {
    match status.as_u16() {
        401 | 403 | 404 => {
            let body = runtime::decode_json::<types::ErrorDocument, types::ErrorDocument>(
                status, headers, body,
            )?;
            Ok(body)
        }
        _ => {
            let body = runtime::decode_json::<types::ErrorDocument, types::ErrorDocument>(
                status, headers, body,
            )?;
            Ok(body)
        }
    }
}
