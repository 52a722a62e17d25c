// Generated from `tests/fixtures/vendor_json.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `vendor_json` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BoxFuture, BuildError, Error, OperationInfo, Response, RetryPolicy};

/// `POST /resources`
///
/// Create resource
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateResource<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::Resource,
}

impl<'a> CreateResource<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_resource",
        method: "POST",
        path: "/resources",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::Resource) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body,
        }
    }

    /// Gives each attempt of this call `timeout` instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Retries this call by `policy` instead of the client's
    /// (`RetryPolicy::disabled()` for a single attempt).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::POST, self.core.base_url());
        request = request.literal("/resources");
        request = request.accept("application/vnd.api+json");
        request = request.json_body("application/vnd.api+json", &self.body);
        request.build(self.core.credentials())
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<types::Resource>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<types::Resource, Error<()>> {
        match status.as_u16() {
            201 => {
                let body = runtime::decode_json::<types::Resource, ()>(status, headers, body)?;
                Ok(body)
            }
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error(status, headers, body),
            )),
        }
    }

    /// Sends the request (retrying as the policy allows) and decodes the reply.
    pub async fn send(self) -> Result<Response<types::Resource>, Error<()>> {
        let request = self.build()?;
        let reply = self
            .core
            .send_reply::<()>(&Self::OPERATION, request, &self.options)
            .await?;
        match Self::decode_outcome(reply.status, &reply.headers, &reply.body) {
            Ok(outcome) => Ok(Response::new(reply.status, reply.headers, outcome)),
            Err(error) => Err(error.after(reply.attempts)),
        }
    }
}

/// `.await` sends the request, as [`send`](Self::send) does.
impl<'a> std::future::IntoFuture for CreateResource<'a> {
    type Output = Result<Response<types::Resource>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `GET /resources/{id}`
///
/// Get resource
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetResource<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetResource<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_resource",
        method: "GET",
        path: "/resources/{id}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
        }
    }

    /// Gives each attempt of this call `timeout` instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Retries this call by `policy` instead of the client's
    /// (`RetryPolicy::disabled()` for a single attempt).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url());
        request = request.literal("/resources/");
        request = request.path_param(&self.id);
        request = request.accept("text/plain, application/json, text/json");
        request.build(self.core.credentials())
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<types::Resource>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<types::Resource, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_json::<types::Resource, ()>(status, headers, body)?;
                Ok(body)
            }
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error(status, headers, body),
            )),
        }
    }

    /// Sends the request (retrying as the policy allows) and decodes the reply.
    pub async fn send(self) -> Result<Response<types::Resource>, Error<()>> {
        let request = self.build()?;
        let reply = self
            .core
            .send_reply::<()>(&Self::OPERATION, request, &self.options)
            .await?;
        match Self::decode_outcome(reply.status, &reply.headers, &reply.body) {
            Ok(outcome) => Ok(Response::new(reply.status, reply.headers, outcome)),
            Err(error) => Err(error.after(reply.attempts)),
        }
    }
}

/// `.await` sends the request, as [`send`](Self::send) does.
impl<'a> std::future::IntoFuture for GetResource<'a> {
    type Output = Result<Response<types::Resource>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `GET /resources/{id}/note`
///
/// Get note
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetNote<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetNote<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_note",
        method: "GET",
        path: "/resources/{id}/note",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
        }
    }

    /// Gives each attempt of this call `timeout` instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Retries this call by `policy` instead of the client's
    /// (`RetryPolicy::disabled()` for a single attempt).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url());
        request = request.literal("/resources/");
        request = request.path_param(&self.id);
        request = request.literal("/note");
        request = request.accept("text/plain, application/json");
        request.build(self.core.credentials())
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<String>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
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
                let body = match runtime::media_type(headers).as_str() {
                    "text/plain" => runtime::decode_text(body),
                    _ => runtime::decode_json::<String, ()>(status, headers, body)?,
                };
                Ok(body)
            }
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error(status, headers, body),
            )),
        }
    }

    /// Sends the request (retrying as the policy allows) and decodes the reply.
    pub async fn send(self) -> Result<Response<String>, Error<()>> {
        let request = self.build()?;
        let reply = self
            .core
            .send_reply::<()>(&Self::OPERATION, request, &self.options)
            .await?;
        match Self::decode_outcome(reply.status, &reply.headers, &reply.body) {
            Ok(outcome) => Ok(Response::new(reply.status, reply.headers, outcome)),
            Err(error) => Err(error.after(reply.attempts)),
        }
    }
}

/// `.await` sends the request, as [`send`](Self::send) does.
impl<'a> std::future::IntoFuture for GetNote<'a> {
    type Output = Result<Response<String>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `GET /resources/{id}/raw`
///
/// Get raw
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetRaw<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetRaw<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_raw",
        method: "GET",
        path: "/resources/{id}/raw",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
        }
    }

    /// Gives each attempt of this call `timeout` instead of the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Retries this call by `policy` instead of the client's
    /// (`RetryPolicy::disabled()` for a single attempt).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url());
        request = request.literal("/resources/");
        request = request.path_param(&self.id);
        request = request.literal("/raw");
        request = request.accept("text/plain");
        request.build(self.core.credentials())
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<String>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
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
                decode_error(status, headers, body),
            )),
        }
    }

    /// Sends the request (retrying as the policy allows) and decodes the reply.
    pub async fn send(self) -> Result<Response<String>, Error<()>> {
        let request = self.build()?;
        let reply = self
            .core
            .send_reply::<()>(&Self::OPERATION, request, &self.options)
            .await?;
        match Self::decode_outcome(reply.status, &reply.headers, &reply.body) {
            Ok(outcome) => Ok(Response::new(reply.status, reply.headers, outcome)),
            Err(error) => Err(error.after(reply.attempts)),
        }
    }
}

/// `.await` sends the request, as [`send`](Self::send) does.
impl<'a> std::future::IntoFuture for GetRaw<'a> {
    type Output = Result<Response<String>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
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
