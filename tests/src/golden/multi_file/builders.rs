// Generated from `tests/fixtures/multi_file.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `multi_file` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

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
        }
    }

    /// Sets the `limit` query parameter.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(item) = &self.limit {
            runtime::check::range("limit", *item, None, Some(100))?;
        }
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/pets")
            .query_opt("limit", self.limit.as_ref())
            .accept("application/json, application/problem+json")
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl ListPets {
        type Output = Vec<types::Pet>;
        type Error = types::Error;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /pets/{id}`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetPet<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: i64,
}

impl<'a> GetPet<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_pet",
        method: "GET",
        path: "/pets/{id}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: i64) -> Self {
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
            .literal("/pets/")
            .path_param(&self.id.to_string())
            .accept("application/json")
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl GetPet {
        type Output = types::Pet;
        type Error = types::GetPetErrorBody;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_get_pet_error_body;
    }
}

fn decode_error(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::Error, Error<types::Error>> {
    let body = runtime::decode_json::<types::Error, types::Error>(status, headers, body)?;
    Ok(body)
}

fn decode_get_pet_error_body(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::GetPetErrorBody, Error<types::GetPetErrorBody>> {
    match status.as_u16() {
        404 => {
            let body = runtime::decode_json::<types::Error, types::GetPetErrorBody>(
                status, headers, body,
            )?;
            Ok(types::GetPetErrorBody::NotFound(body))
        }
        _ => {
            let body = runtime::decode_json::<types::Fault, types::GetPetErrorBody>(
                status, headers, body,
            )?;
            Ok(types::GetPetErrorBody::Default(body))
        }
    }
}
