// Generated from `tests/fixtures/responses.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `responses` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /ping`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct Ping<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> Ping<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "ping",
        method: "GET",
        path: "/ping",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/ping")
            .accept("text/plain")
            .build(&Credentials::None)
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<(), Error<String>> {
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
    impl Ping {
        type Output = ();
        type Error = String;
    }
}

/// `GET /report`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetReport<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> GetReport<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_report",
        method: "GET",
        path: "/report",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/report")
            .accept("text/plain, application/json")
            .build(&Credentials::None)
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<String, Error<types::Problem>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_text(body);
                Ok(body)
            }
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_problem(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl GetReport {
        type Output = String;
        type Error = types::Problem;
    }
}

/// `GET /avatar`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetAvatar<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> GetAvatar<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_avatar",
        method: "GET",
        path: "/avatar",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/avatar")
            .accept("image/png, application/octet-stream")
            .build(&Credentials::None)
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<switchboard_runtime::Bytes, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_bytes(body);
                Ok(body)
            }
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error2(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl GetAvatar {
        type Output = switchboard_runtime::Bytes;
        type Error = ();
    }
}

/// `GET /feed`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetFeed<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> GetFeed<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_feed",
        method: "GET",
        path: "/feed",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/feed")
            .accept("application/json")
            .build(&Credentials::None)
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<types::GetFeedResponse, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_json::<types::Feed, ()>(status, headers, body)?;
                Ok(types::GetFeedResponse::Ok(body))
            }
            201..=299 => Ok(types::GetFeedResponse::Success),
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error2(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl GetFeed {
        type Output = types::GetFeedResponse;
        type Error = ();
    }
}

/// `GET /legacy`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetLegacy<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> GetLegacy<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_legacy",
        method: "GET",
        path: "/legacy",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/legacy")
            .accept("application/xml")
            .build(&Credentials::None)
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<String, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_text(body);
                Ok(body)
            }
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error2(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl GetLegacy {
        type Output = String;
        type Error = ();
    }
}

/// `POST /anything`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct DoAnything<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> DoAnything<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "do_anything",
        method: "POST",
        path: "/anything",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/anything")
            .accept("application/json")
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl DoAnything {
        type Output = types::Problem;
        type Error = types::Problem;
        const JSON: Statuses = [200..=299];
        const ERRORS: Decoder = decode_problem2;
    }
}

/// `POST /fire`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct FireAndForget<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> FireAndForget<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "fire_and_forget",
        method: "POST",
        path: "/fire",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/fire")
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
            200..=299 => Ok(()),
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error2(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl FireAndForget {
        type Output = ();
        type Error = ();
    }
}

fn decode_error(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<String, Error<String>> {
    match status.as_u16() {
        500..=599 => {
            let body = runtime::decode_text(body);
            Ok(body)
        }
        _ => Err(Error::unexpected(
            status,
            headers,
            body,
            "the spec documents no such status for this operation",
        )),
    }
}

fn decode_problem(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::Problem, Error<types::Problem>> {
    match status.as_u16() {
        400..=499 => {
            let body =
                runtime::decode_json::<types::Problem, types::Problem>(status, headers, body)?;
            Ok(body)
        }
        _ => Err(Error::unexpected(
            status,
            headers,
            body,
            "the spec documents no such status for this operation",
        )),
    }
}

fn decode_error2(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<(), Error<()>> {
    Err(Error::unexpected(
        status,
        headers,
        body,
        "the spec documents no such status for this operation",
    ))
}

fn decode_problem2(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::Problem, Error<types::Problem>> {
    let body = runtime::decode_json::<types::Problem, types::Problem>(status, headers, body)?;
    Ok(body)
}
