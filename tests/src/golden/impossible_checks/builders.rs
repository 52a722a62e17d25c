// Generated from `tests/fixtures/impossible_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `impossible_checks` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /things`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 200 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListThings<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    below: Option<i64>,
    above: Option<i64>,
    inverted: Option<i64>,
    code: Option<String>,
    tags: Option<Vec<String>>,
    page: Option<i64>,
}

impl<'a> ListThings<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_things",
        method: "GET",
        path: "/things",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            below: None,
            above: None,
            inverted: None,
            code: None,
            tags: None,
            page: None,
        }
    }

    /// Sets the `below` query parameter.
    ///
    /// Not checked client-side (the server checks it): `maximum: -9223372036854775808, exclusive`.
    pub fn below(mut self, value: i64) -> Self {
        self.below = Some(value);
        self
    }

    /// Sets the `above` query parameter.
    ///
    /// Not checked client-side (the server checks it): `minimum: 9223372036854775807, exclusive`.
    pub fn above(mut self, value: i64) -> Self {
        self.above = Some(value);
        self
    }

    /// Sets the `inverted` query parameter.
    ///
    /// Not checked client-side (the server checks it): `minimum: 10; maximum: 5`.
    pub fn inverted(mut self, value: i64) -> Self {
        self.inverted = Some(value);
        self
    }

    /// Sets the `code` query parameter.
    ///
    /// Not checked client-side (the server checks it): `minLength: 5, maxLength: 2`.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets the `tags` query parameter.
    ///
    /// Not checked client-side (the server checks it): `minItems: 3, maxItems: 1`.
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.tags = Some(value);
        self
    }

    /// Sets the `page` query parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(item) = &self.page {
            runtime::check::range("page", *item, Some(1), Some(100))?;
        }
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/things")
            .query_opt("below", self.below.as_ref())
            .query_opt("above", self.above.as_ref())
            .query_opt("inverted", self.inverted.as_ref())
            .query_opt("code", self.code.as_ref())
            .query_each("tags", self.tags.iter().flatten())
            .query_opt("page", self.page.as_ref())
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
            200 => Ok(()),
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
    impl ListThings {
        type Output = ();
        type Error = ();
    }
}

/// `POST /uploads`
///
/// Uploads a file.
/// Old Mac line ends
///
/// or Windows ones
/// are line ends.
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UploadThing<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::UploadThingBody,
}

impl<'a> UploadThing<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "upload_thing",
        method: "POST",
        path: "/uploads",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::UploadThingBody) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/uploads")
            .multipart_body(&self.body, &["file"])
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
    impl UploadThing {
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
