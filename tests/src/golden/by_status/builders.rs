// Generated from `tests/fixtures/by_status.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `by_status` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `POST /jobs`
///
/// Submit job
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct SubmitJob<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::JobRequest,
}

impl<'a> SubmitJob<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "submit_job",
        method: "POST",
        path: "/jobs",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::JobRequest) -> Self {
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
            .literal("/jobs")
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<types::SubmitJobResponse, Error<types::ErrorBody>> {
        match status.as_u16() {
            200 => {
                let body =
                    runtime::decode_json::<types::Job, types::ErrorBody>(status, headers, body)?;
                Ok(types::SubmitJobResponse::Ok(body))
            }
            202 => {
                let body =
                    runtime::decode_json::<types::Ticket, types::ErrorBody>(status, headers, body)?;
                Ok(types::SubmitJobResponse::Accepted(body))
            }
            204 => Ok(types::SubmitJobResponse::NoContent),
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error_body(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl SubmitJob {
        type Output = types::SubmitJobResponse;
        type Error = types::ErrorBody;
    }
}

/// `GET /jobs/{id}`
///
/// Get job
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetJob<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetJob<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_job",
        method: "GET",
        path: "/jobs/{id}",
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
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/jobs/")
            .path_param(&self.id)
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetJob {
        type Output = types::Job;
        type Error = types::Problem;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_problem;
    }
}

/// `DELETE /jobs/{id}`
///
/// Delete job
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct DeleteJob<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> DeleteJob<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "delete_job",
        method: "DELETE",
        path: "/jobs/{id}",
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
        RequestBuilder::new(Method::DELETE, self.core.base_url())
            .literal("/jobs/")
            .path_param(&self.id)
            .build(self.core.credentials())
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
    impl DeleteJob {
        type Output = ();
        type Error = ();
    }
}

/// `POST /jobs/{id}/retry`
///
/// Retry job
///
/// Same error statuses and bodies as submitJob, so both use one ErrorBody enum.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct RetryJob<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> RetryJob<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "retry_job",
        method: "POST",
        path: "/jobs/{id}/retry",
        idempotent: false,
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
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/jobs/")
            .path_param(&self.id)
            .literal("/retry")
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl RetryJob {
        type Output = types::Ticket;
        type Error = types::ErrorBody;
        const JSON: Statuses = [202];
        const ERRORS: Decoder = decode_error_body;
    }
}

/// `GET /ping`
///
/// Ping
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
                decode_error2(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl Ping {
        type Output = ();
        type Error = ();
    }
}

fn decode_error_body(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::ErrorBody, Error<types::ErrorBody>> {
    match status.as_u16() {
        400 => {
            let body = runtime::decode_json::<types::ValidationErrors, types::ErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ErrorBody::BadRequest(body))
        }
        404 => {
            let body =
                runtime::decode_json::<types::NotFound, types::ErrorBody>(status, headers, body)?;
            Ok(types::ErrorBody::NotFound(body))
        }
        _ => {
            let body =
                runtime::decode_json::<types::Problem, types::ErrorBody>(status, headers, body)?;
            Ok(types::ErrorBody::Default(body))
        }
    }
}

fn decode_problem(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::Problem, Error<types::Problem>> {
    match status.as_u16() {
        404 | 500 => {
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

fn decode_error(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<(), Error<()>> {
    match status.as_u16() {
        404 => Ok(()),
        _ => Err(Error::unexpected(
            status,
            headers,
            body,
            "the spec documents no such status for this operation",
        )),
    }
}

fn decode_error2(_status: StatusCode, _headers: &HeaderMap, _body: &[u8]) -> Result<(), Error<()>> {
    Ok(())
}
