// Generated from `tests/fixtures/nullable.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `nullable` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `PATCH /things/{id}`
///
/// Patch thing
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct PatchThing<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::ThingPatch,
}

impl<'a> PatchThing<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "patch_thing",
        method: "PATCH",
        path: "/things/{id}",
        idempotent: false,
    };

    pub(crate) fn new(
        core: &'a ClientCore,
        id: String,
        name: String,
        nickname: Option<String>,
    ) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: types::ThingPatch {
                name,
                nickname,
                note: None,
                count: None,
                owner: None,
                status: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::ThingPatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `note` with this value.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.body.note = Some(Some(value.into()));
        self
    }

    /// Sends `note` as JSON `null`, clearing it.
    pub fn clear_note(mut self) -> Self {
        self.body.note = Some(None);
        self
    }

    /// Sends `count` with this value.
    pub fn count(mut self, value: i64) -> Self {
        self.body.count = Some(value);
        self
    }

    /// Sends `owner` with this value.
    pub fn owner(mut self, value: types::Owner) -> Self {
        self.body.owner = Some(Some(value));
        self
    }

    /// Sends `owner` as JSON `null`, clearing it.
    pub fn clear_owner(mut self) -> Self {
        self.body.owner = Some(None);
        self
    }

    /// Sends `status` with this value.
    pub fn status(mut self, value: types::ThingStatus) -> Self {
        self.body.status = Some(Some(value));
        self
    }

    /// Sends `status` as JSON `null`, clearing it.
    pub fn clear_status(mut self) -> Self {
        self.body.status = Some(None);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PATCH, self.core.base_url())
            .literal("/things/")
            .path_param(&self.id)
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl PatchThing {
        type Output = types::Thing;
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
