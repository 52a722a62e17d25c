// Generated from `tests/fixtures/recursive.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `recursive` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BoxFuture, BuildError, Error, OperationInfo, Response, RetryPolicy};

/// `GET /tree`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetTree<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> GetTree<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_tree",
        method: "GET",
        path: "/tree",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
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
        request = request.literal("/tree");
        request = request.accept("application/json");
        request.build(&Credentials::None)
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<types::Node>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<types::Node, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_json::<types::Node, ()>(status, headers, body)?;
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
    pub async fn send(self) -> Result<Response<types::Node>, Error<()>> {
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
impl<'a> std::future::IntoFuture for GetTree<'a> {
    type Output = Result<Response<types::Node>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `PUT /tree`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ReplaceTree<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::Node,
}

impl<'a> ReplaceTree<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "replace_tree",
        method: "PUT",
        path: "/tree",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::Node) -> Self {
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
        let mut request = RequestBuilder::new(Method::PUT, self.core.base_url());
        request = request.literal("/tree");
        request = request.json_body("application/json", &self.body);
        request.build(&Credentials::None)
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<()>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
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
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_error(status, headers, body),
            )),
        }
    }

    /// Sends the request (retrying as the policy allows) and decodes the reply.
    pub async fn send(self) -> Result<Response<()>, Error<()>> {
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
impl<'a> std::future::IntoFuture for ReplaceTree<'a> {
    type Output = Result<Response<()>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `GET /people`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetPerson<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> GetPerson<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_person",
        method: "GET",
        path: "/people",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
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
        request = request.literal("/people");
        request = request.accept("application/json");
        request.build(&Credentials::None)
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<types::Person>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<types::Person, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_json::<types::Person, ()>(status, headers, body)?;
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
    pub async fn send(self) -> Result<Response<types::Person>, Error<()>> {
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
impl<'a> std::future::IntoFuture for GetPerson<'a> {
    type Output = Result<Response<types::Person>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `GET /list`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetList<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> GetList<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_list",
        method: "GET",
        path: "/list",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
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
        request = request.literal("/list");
        request = request.accept("application/json");
        request.build(&Credentials::None)
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<types::Link>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<types::Link, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_json::<types::Link, ()>(status, headers, body)?;
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
    pub async fn send(self) -> Result<Response<types::Link>, Error<()>> {
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
impl<'a> std::future::IntoFuture for GetList<'a> {
    type Output = Result<Response<types::Link>, Error<()>>;

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
