// Generated from `tests/fixtures/values.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `values` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /settings`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetSettings<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    level: Option<types::Level>,
    limit: Option<i64>,
}

impl<'a> GetSettings<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_settings",
        method: "GET",
        path: "/settings",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            level: None,
            limit: None,
        }
    }

    /// Sets the `level` query parameter.
    pub fn level(mut self, value: types::Level) -> Self {
        self.level = Some(value);
        self
    }

    /// Sets the `limit` query parameter.
    ///
    /// Default: `20`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/settings")
            .query_opt("level", self.level.as_ref())
            .query_opt("limit", self.limit.as_ref())
            .accept("application/json")
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl GetSettings {
        type Output = types::Settings;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `PUT /settings`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct PutSettings<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::Settings,
}

impl<'a> PutSettings<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "put_settings",
        method: "PUT",
        path: "/settings",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::Settings) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PUT, self.core.base_url())
            .literal("/settings")
            .json_body("application/json", &self.body)
            .build(&Credentials::None)
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<(), Error<()>> {
        match status.as_u16() {
            204 => Ok(()),
            200..=299 if body.iter().all(u8::is_ascii_whitespace) => Ok(()),
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl PutSettings {
        type Output = ();
        type Error = ();
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
