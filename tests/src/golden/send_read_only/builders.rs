// Generated from `tests/fixtures/send_read_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `send_read_only` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `POST /records`
///
/// Create record
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateRecord<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::RecordInput,
}

impl<'a> CreateRecord<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_record",
        method: "POST",
        path: "/records",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::RecordInput) -> Self {
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
            .literal("/records")
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl CreateRecord {
        type Output = types::Record;
        type Error = ();
        const JSON: Statuses = [201];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /records/{id}`
///
/// Get record
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetRecord<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetRecord<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_record",
        method: "GET",
        path: "/records/{id}",
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
            .literal("/records/")
            .path_param(&self.id)
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetRecord {
        type Output = types::Record;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `PUT /records/{id}`
///
/// Replace record
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ReplaceRecord<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::Record,
}

impl<'a> ReplaceRecord<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "replace_record",
        method: "PUT",
        path: "/records/{id}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String, body: types::Record) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PUT, self.core.base_url())
            .literal("/records/")
            .path_param(&self.id)
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl ReplaceRecord {
        type Output = types::Record;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `PATCH /records/{id}`
///
/// Update record
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UpdateRecord<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::RecordPatch,
}

impl<'a> UpdateRecord<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "update_record",
        method: "PATCH",
        path: "/records/{id}",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: types::RecordPatch {
                name: None,
                note: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::RecordPatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `name` with this value.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
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

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PATCH, self.core.base_url())
            .literal("/records/")
            .path_param(&self.id)
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl UpdateRecord {
        type Output = types::Record;
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
