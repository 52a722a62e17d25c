// Generated from `tests/fixtures/arrays_of_objects.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `arrays_of_objects` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BoxFuture, BuildError, Error, OperationInfo, Response, RetryPolicy};

/// `GET /playlists`
///
/// List playlists
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListPlaylists<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> ListPlaylists<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_playlists",
        method: "GET",
        path: "/playlists",
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
        request = request.literal("/playlists");
        request = request.accept("application/json");
        request.build(self.core.credentials())
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<Vec<types::ListPlaylistsOkResponseItem>>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Vec<types::ListPlaylistsOkResponseItem>, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_json::<Vec<types::ListPlaylistsOkResponseItem>, ()>(
                    status, headers, body,
                )?;
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
    pub async fn send(
        self,
    ) -> Result<Response<Vec<types::ListPlaylistsOkResponseItem>>, Error<()>> {
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
impl<'a> std::future::IntoFuture for ListPlaylists<'a> {
    type Output = Result<Response<Vec<types::ListPlaylistsOkResponseItem>>, Error<()>>;

    type IntoFuture = BoxFuture<'a, Self::Output>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// `GET /playlists/{id}`
///
/// Get playlist
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetPlaylist<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetPlaylist<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_playlist",
        method: "GET",
        path: "/playlists/{id}",
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
        request = request.literal("/playlists/");
        request = request.path_param(&self.id);
        request = request.accept("application/json");
        request.build(self.core.credentials())
    }

    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<types::Playlist>, Error<()>> {
        Self::decode_outcome(status, headers, body)
            .map(|outcome| Response::new(status, headers.clone(), outcome))
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<types::Playlist, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_json::<types::Playlist, ()>(status, headers, body)?;
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
    pub async fn send(self) -> Result<Response<types::Playlist>, Error<()>> {
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
impl<'a> std::future::IntoFuture for GetPlaylist<'a> {
    type Output = Result<Response<types::Playlist>, Error<()>>;

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
