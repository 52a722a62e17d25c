// Generated from `tests/fixtures/lenient.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `lenient` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `PATCH /videos/{id}/thumbnail`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 200 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct PickThumbnail<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    x_trace: Option<String>,
    body: types::ThumbnailPickPatch,
}

impl<'a> PickThumbnail<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "pick_thumbnail",
        method: "PATCH",
        path: "/videos/{id}/thumbnail",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String, timecode: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            x_trace: None,
            body: types::ThumbnailPickPatch { timecode },
        }
    }

    /// Sets the `X-Trace` header parameter.
    pub fn x_trace(mut self, value: impl Into<String>) -> Self {
        self.x_trace = Some(value.into());
        self
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::ThumbnailPickPatch) -> Self {
        self.body = body;
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PATCH, self.core.base_url())
            .literal("/videos/")
            .path_param(&self.id)
            .literal("/thumbnail")
            .header_opt("x-trace", self.x_trace.as_ref())
            .json_body("application/json", &self.body)
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
    impl PickThumbnail {
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
