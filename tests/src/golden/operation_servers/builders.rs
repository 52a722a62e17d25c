// Generated from `tests/fixtures/operation_servers.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `operation_servers` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BoxFuture, BuildError, Error, OperationInfo, Response, RetryPolicy};

/// `GET /items`
///
/// List items
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListItems<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> ListItems<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_items",
        method: "GET",
        path: "/items",
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
        request = request.literal("/items");
        request = request.accept("application/json");
        request.build(self.core.credentials())
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<Vec<String>>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Vec<String>, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_json::<Vec<String>, ()>(status, headers, body)?;
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
    pub async fn send(self) -> Result<Response<Vec<String>>, Error<()>> {
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
impl<'a> std::future::IntoFuture for ListItems<'a> {
    type Output = Result<Response<Vec<String>>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `GET /same`
///
/// On the document's own server, written with a trailing slash
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetSame<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> GetSame<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_same",
        method: "GET",
        path: "/same",
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
        request = request.literal("/same");
        request.build(self.core.credentials())
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
impl<'a> std::future::IntoFuture for GetSame<'a> {
    type Output = Result<Response<()>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `POST https://auth.example.test/oauth/token`
///
/// Issue a token
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct IssueToken<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::IssueTokenBody,
}

impl<'a> IssueToken<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "issue_token",
        method: "POST",
        path: "/oauth/token",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::IssueTokenBody) -> Self {
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
        let mut request = RequestBuilder::new(
            Method::POST,
            self.core.server_url("https://auth.example.test"),
        );
        request = request.literal("/oauth/token");
        request = request.accept("application/json");
        request = request.json_body("application/json", &self.body);
        request.build(&Credentials::None)
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<types::IssueTokenOkResponse>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<types::IssueTokenOkResponse, Error<()>> {
        match status.as_u16() {
            200 => {
                let body =
                    runtime::decode_json::<types::IssueTokenOkResponse, ()>(status, headers, body)?;
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
    pub async fn send(self) -> Result<Response<types::IssueTokenOkResponse>, Error<()>> {
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
impl<'a> std::future::IntoFuture for IssueToken<'a> {
    type Output = Result<Response<types::IssueTokenOkResponse>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `POST https://eu.revoke.example.test/v1/oauth/revoke`
///
/// Revoke a token
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct RevokeToken<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> RevokeToken<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "revoke_token",
        method: "POST",
        path: "/oauth/revoke",
        idempotent: false,
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
        let mut request = RequestBuilder::new(
            Method::POST,
            self.core.server_url("https://eu.revoke.example.test/v1"),
        );
        request = request.literal("/oauth/revoke");
        request.build(self.core.credentials())
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
impl<'a> std::future::IntoFuture for RevokeToken<'a> {
    type Output = Result<Response<()>, Error<()>>;

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
