// Generated from `tests/fixtures/param_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `param_checks` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /numbers/{id}`
///
/// Get a number
///
/// The `id` path parameter: An 11-digit North American number.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetNumber<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    alias: Option<String>,
    limit: Option<i32>,
    offset: Option<i64>,
    area_codes: Option<Vec<String>>,
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
            alias: None,
            limit: None,
            offset: None,
            area_codes: None,
        }
    }

    /// Sets the `alias` query parameter.
    pub fn alias(mut self, value: impl Into<String>) -> Self {
        self.alias = Some(value.into());
        self
    }

    /// Sets the `limit` query parameter.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets the `offset` query parameter.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }

    /// Sets the `area_codes` query parameter.
    pub fn area_codes(mut self, value: Vec<String>) -> Self {
        self.area_codes = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        {
            let item = &self.id;
            runtime::check::pattern("id", item, "^[0-9]{11}$")?;
        }
        if let Some(item) = &self.alias {
            runtime::check::length("alias", item, Some(1), Some(8))?;
        }
        if let Some(item) = &self.limit {
            runtime::check::range("limit", i64::from(*item), Some(1), Some(200))?;
        }
        if let Some(item) = &self.offset {
            runtime::check::range("offset", *item, Some(1), None)?;
        }
        if let Some(value) = &self.area_codes {
            for item in value {
                runtime::check::pattern("area_codes", item, "^[0-9]{3}$")?;
            }
        }
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/numbers/")
            .path_param(&self.id)
            .query_opt("alias", self.alias.as_ref())
            .query_opt("limit", self.limit.as_ref())
            .query_opt("offset", self.offset.as_ref())
            .query_each("area_codes", self.area_codes.iter().flatten())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetNumber {
        type Output = types::GetNumberOkResponse;
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
