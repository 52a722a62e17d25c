// Generated from `tests/fixtures/unchecked_patterns.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `unchecked_patterns` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /apps/{appId}`
///
/// The `appId` path parameter: Not checked client-side (the server checks it): `pattern: ^(?!-)[a-z0-9-]{1,20}$`.
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetApp<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    app_id: String,
    name: Option<String>,
    code: Option<String>,
    region: Option<String>,
}

impl<'a> GetApp<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_app",
        method: "GET",
        path: "/apps/{appId}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, app_id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            app_id,
            name: None,
            code: None,
            region: None,
        }
    }

    /// Sets the `name` query parameter.
    ///
    /// Not checked client-side (the server checks it): `pattern: ^[\p{L}\p{Z}]+$`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets the `code` query parameter.
    ///
    /// Not checked client-side (the server checks it): `pattern: ^(a+)\1$`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets the `region` query parameter.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(item) = &self.name {
            runtime::check::length("name", item, None, Some(10))?;
        }
        if let Some(item) = &self.region {
            runtime::check::pattern("region", item, "^[a-z]{2}-[a-z]+-\\d$")?;
        }
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/apps/")
            .path_param(&self.app_id)
            .query_opt("name", self.name.as_ref())
            .query_opt("code", self.code.as_ref())
            .query_opt("region", self.region.as_ref())
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
    impl GetApp {
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
