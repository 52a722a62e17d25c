// Generated from `tests/fixtures/path_params.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `path_params` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /accounts/{account_id}/numbers/{number}`
///
/// Get number
///
/// The `number` path parameter: The phone number, or any text (it is percent-encoded).
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetNumber<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    account_id: i64,
    number: String,
    limit: i32,
    cursor: Option<String>,
    tag: Option<Vec<String>>,
    sort: Option<types::GetNumberSort>,
    fields: Vec<types::GetNumberFieldsItem>,
    verbose: Option<bool>,
    x_request_id: Option<String>,
    x_tenant: String,
}

impl<'a> GetNumber<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_number",
        method: "GET",
        path: "/accounts/{account_id}/numbers/{number}",
        idempotent: true,
    };

    pub(crate) fn new(
        core: &'a ClientCore,
        account_id: i64,
        number: String,
        limit: i32,
        fields: Vec<types::GetNumberFieldsItem>,
        x_tenant: String,
    ) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            account_id,
            number,
            limit,
            cursor: None,
            tag: None,
            sort: None,
            fields,
            verbose: None,
            x_request_id: None,
            x_tenant,
        }
    }

    /// Sets the `cursor` query parameter.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// Sets the `tag` query parameter.
    ///
    /// Repeated as `tag=a&tag=b`.
    pub fn tag(mut self, value: Vec<String>) -> Self {
        self.tag = Some(value);
        self
    }

    /// Sets the `sort` query parameter.
    pub fn sort(mut self, value: types::GetNumberSort) -> Self {
        self.sort = Some(value);
        self
    }

    /// Sets the `verbose` query parameter.
    pub fn verbose(mut self, value: bool) -> Self {
        self.verbose = Some(value);
        self
    }

    /// Sets the `X-Request-Id` header parameter.
    pub fn x_request_id(mut self, value: impl Into<String>) -> Self {
        self.x_request_id = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/accounts/")
            .path_param(&self.account_id.to_string())
            .literal("/numbers/")
            .path_param(&self.number)
            .query("limit", &self.limit.to_string())
            .query_opt("cursor", self.cursor.as_ref())
            .query_each("tag", self.tag.iter().flatten())
            .query_opt("sort", self.sort.as_ref())
            .query_each("fields", &self.fields)
            .query_opt("verbose", self.verbose.as_ref())
            .header_opt("x-request-id", self.x_request_id.as_ref())
            .header("x-tenant", &self.x_tenant)
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetNumber {
        type Output = types::Number;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /reports/{period}/{year}`
///
/// Get report
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetReport<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    period: types::Period,
    year: i32,
}

impl<'a> GetReport<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_report",
        method: "GET",
        path: "/reports/{period}/{year}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, period: types::Period, year: i32) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            period,
            year,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/reports/")
            .path_param(&self.period.to_string())
            .literal("/")
            .path_param(&self.year.to_string())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetReport {
        type Output = types::Number;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

fn decode_error(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<(), Error<()>> {
    Err(Error::unexpected(
        status,
        headers,
        body,
        "the spec documents no such status for this operation",
    ))
}
