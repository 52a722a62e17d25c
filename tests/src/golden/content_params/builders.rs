// Generated from `tests/fixtures/content_params.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `content_params` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /files/{selector}`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListFiles<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    selector: types::Selector,
    filter: Option<types::ListFilesFilter>,
    x_tags: Option<Vec<String>>,
    note: Option<String>,
}

impl<'a> ListFiles<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_files",
        method: "GET",
        path: "/files/{selector}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, selector: types::Selector) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            selector,
            filter: None,
            x_tags: None,
            note: None,
        }
    }

    /// Sets the `filter` query parameter.
    pub fn filter(mut self, value: types::ListFilesFilter) -> Self {
        self.filter = Some(value);
        self
    }

    /// Sets the `X-Tags` header parameter.
    pub fn x_tags(mut self, value: Vec<String>) -> Self {
        self.x_tags = Some(value);
        self
    }

    /// Sets the `note` query parameter.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/files/")
            .path_json(&self.selector);
        if let Some(value) = &self.filter {
            request = request.query_json("filter", value);
        }
        if let Some(value) = &self.x_tags {
            request = request.header_json("x-tags", value);
        }
        request
            .query_opt("note", self.note.as_ref())
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
    impl ListFiles {
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
