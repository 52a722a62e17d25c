// Generated from `tests/fixtures/path_query.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `path_query` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /rides?page={page}&per_page={per_page}`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListRides<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    page: i64,
    per_page: i64,
    sort: Option<String>,
}

impl<'a> ListRides<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_rides",
        method: "GET",
        path: "/rides?page={page}&per_page={per_page}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, page: i64, per_page: i64) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            page,
            per_page,
            sort: None,
        }
    }

    /// Sets the `sort` query parameter.
    pub fn sort(mut self, value: impl Into<String>) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/rides?page=")
            .path_param(&self.page.to_string())
            .literal("&per_page=")
            .path_param(&self.per_page.to_string())
            .query_opt("sort", self.sort.as_ref())
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
    impl ListRides {
        type Output = ();
        type Error = ();
    }
}

/// `GET /search/articles`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct SearchArticles<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    query: String,
}

impl<'a> SearchArticles<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "search_articles",
        method: "GET",
        path: "/search/articles",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, query: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            query,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/search/articles")
            .query("query", &self.query)
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
    impl SearchArticles {
        type Output = ();
        type Error = ();
    }
}

/// `POST /uploads`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct Upload<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> Upload<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "upload",
        method: "POST",
        path: "/uploads",
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
            .literal("/uploads")
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
    impl Upload {
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
