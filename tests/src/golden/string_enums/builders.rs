// Generated from `tests/fixtures/string_enums.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `string_enums` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /calls/{id}`
///
/// Get call
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetCall<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetCall<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_call",
        method: "GET",
        path: "/calls/{id}",
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
            .literal("/calls/")
            .path_param(&self.id)
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetCall {
        type Output = types::Call;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `PATCH /calls/{id}`
///
/// Update call
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UpdateCall<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::CallPatch,
}

impl<'a> UpdateCall<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "update_call",
        method: "PATCH",
        path: "/calls/{id}",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: types::CallPatch {
                kind: Default::default(),
                status: None,
                direction: None,
                transferred_from: None,
                priority: None,
                channel: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::CallPatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `status` with this value.
    ///
    /// Where a call is in its life.
    pub fn status(mut self, value: types::CallStatus) -> Self {
        self.body.status = Some(value);
        self
    }

    /// Sends `direction` with this value.
    ///
    /// Which way this call goes.
    pub fn direction(mut self, value: types::Direction) -> Self {
        self.body.direction = Some(value);
        self
    }

    /// Sends `transferred_from` with this value.
    ///
    /// Which way the call it was transferred from went.
    pub fn transferred_from(mut self, value: types::Direction) -> Self {
        self.body.transferred_from = Some(value);
        self
    }

    /// Sends `priority` with this value.
    pub fn priority(mut self, value: types::CallPriority) -> Self {
        self.body.priority = Some(value);
        self
    }

    /// Sends `channel` with this value.
    ///
    /// A single-value enum that is optional, so not a constant.
    pub fn channel(mut self, value: types::CallChannel) -> Self {
        self.body.channel = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PATCH, self.core.base_url())
            .literal("/calls/")
            .path_param(&self.id)
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl UpdateCall {
        type Output = types::Call;
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
