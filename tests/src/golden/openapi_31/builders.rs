// Generated from `tests/fixtures/openapi_31.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `openapi_31` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /pets`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListPets<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    limit: Option<i64>,
    cursor: Option<String>,
}

impl<'a> ListPets<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_pets",
        method: "GET",
        path: "/pets",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            limit: None,
            cursor: None,
        }
    }

    /// Sets the `limit` query parameter.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets the `cursor` query parameter.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(item) = &self.limit {
            runtime::check::range("limit", *item, Some(1), Some(100))?;
        }
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/pets")
            .query_opt("limit", self.limit.as_ref())
            .query_opt("cursor", self.cursor.as_ref())
            .accept("application/json")
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl ListPets {
        type Output = Vec<types::Pet>;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `POST /pets`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreatePet<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::NewPet,
}

impl<'a> CreatePet<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_pet",
        method: "POST",
        path: "/pets",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::NewPet) -> Self {
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
            .literal("/pets")
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl CreatePet {
        type Output = types::Pet;
        type Error = ();
        const JSON: Statuses = [201];
        const ERRORS: Decoder = decode_error;
    }
}

/// `PUT /pets/{id}/photo`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UploadPhoto<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: switchboard_runtime::Bytes,
}

impl<'a> UploadPhoto<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "upload_photo",
        method: "PUT",
        path: "/pets/{id}/photo",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String, body: switchboard_runtime::Bytes) -> Self {
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
            .literal("/pets/")
            .path_param(&self.id)
            .literal("/photo")
            .bytes_body("image/png", &self.body)
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
    impl UploadPhoto {
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
