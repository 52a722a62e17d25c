// Generated from `tests/fixtures/wildcard_media.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `wildcard_media` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /documents/{id}/download`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct DownloadDocument<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> DownloadDocument<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "download_document",
        method: "GET",
        path: "/documents/{id}/download",
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
            .literal("/documents/")
            .path_param(&self.id)
            .literal("/download")
            .accept("*/*")
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
                decode_error(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl DownloadDocument {
        type Output = switchboard_runtime::Bytes;
        type Error = ();
    }
}

/// `GET /documents/{id}`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetDocument<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetDocument<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_document",
        method: "GET",
        path: "/documents/{id}",
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
            .literal("/documents/")
            .path_param(&self.id)
            .accept("*/*")
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl GetDocument {
        type Output = types::Document;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /notes`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetNote<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> GetNote<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_note",
        method: "GET",
        path: "/notes",
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
            .literal("/notes")
            .accept("application/json, text/*")
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
                let body = match runtime::media_type(headers).as_str() {
                    "application/json" => {
                        runtime::decode_json::<String, ()>(status, headers, body)?
                    }
                    media if media.starts_with("text/") => runtime::decode_text(body),
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
}

switchboard_runtime::__call! {
    impl GetNote {
        type Output = String;
        type Error = ();
    }
}

/// `GET /reports`
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
        path: "/reports",
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
            .literal("/reports")
            .accept("*/*")
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
                decode_error(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl GetReport {
        type Output = switchboard_runtime::Bytes;
        type Error = ();
    }
}

/// `POST /tokens`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateToken<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::Document,
}

impl<'a> CreateToken<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_token",
        method: "POST",
        path: "/tokens",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::Document) -> Self {
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
            .literal("/tokens")
            .accept("*/*")
            .json_body("application/json", &self.body)
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl CreateToken {
        type Output = types::Token;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
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
