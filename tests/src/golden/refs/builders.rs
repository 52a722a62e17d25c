// Generated from `tests/fixtures/refs.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `refs` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /pets/{petId}`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetPet<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    pet_id: String,
    verbose: Option<types::GetPetVerbose>,
    include: Option<Vec<String>>,
}

impl<'a> GetPet<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_pet",
        method: "GET",
        path: "/pets/{petId}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, pet_id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            pet_id,
            verbose: None,
            include: None,
        }
    }

    /// Sets the `verbose` query parameter.
    ///
    /// Replaces the path's `verbose`.
    pub fn verbose(mut self, value: types::GetPetVerbose) -> Self {
        self.verbose = Some(value);
        self
    }

    /// Sets the `include` query parameter.
    ///
    /// Related objects to include.
    pub fn include(mut self, value: Vec<String>) -> Self {
        self.include = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/pets/")
            .path_param(&self.pet_id)
            .query_opt("verbose", self.verbose.as_ref())
            .query_each("include", self.include.iter().flatten())
            .accept("application/json")
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl GetPet {
        type Output = types::Pet;
        type Error = types::Error;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `PUT /pets/{petId}`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct PutPet<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    pet_id: String,
    verbose: Option<bool>,
    body: types::Pet,
}

impl<'a> PutPet<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "put_pet",
        method: "PUT",
        path: "/pets/{petId}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, pet_id: String, body: types::Pet) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            pet_id,
            verbose: None,
            body,
        }
    }

    /// Sets the `verbose` query parameter.
    pub fn verbose(mut self, value: bool) -> Self {
        self.verbose = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PUT, self.core.base_url())
            .literal("/pets/")
            .path_param(&self.pet_id)
            .query_opt("verbose", self.verbose.as_ref())
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl PutPet {
        type Output = types::Pet;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error2;
    }
}

/// `GET /owners/{ownerId}`
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetOwner<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    owner_id: i64,
    include: Option<Vec<String>>,
}

impl<'a> GetOwner<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_owner",
        method: "GET",
        path: "/owners/{ownerId}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, owner_id: i64) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            owner_id,
            include: None,
        }
    }

    /// Sets the `include` query parameter.
    ///
    /// Related objects to include.
    pub fn include(mut self, value: Vec<String>) -> Self {
        self.include = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/owners/")
            .path_param(&self.owner_id.to_string())
            .query_each("include", self.include.iter().flatten())
            .accept("application/json")
            .build(&Credentials::None)
    }
}

switchboard_runtime::__call! {
    impl GetOwner {
        type Output = types::PetOwner;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error2;
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

fn decode_error2(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<(), Error<()>> {
    Err(Error::unexpected(
        status,
        headers,
        body,
        "the spec documents no such status for this operation",
    ))
}
