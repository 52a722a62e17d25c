// Generated from `tests/fixtures/stable_names.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `stable_names` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /routes`
///
/// List routes
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListRoutes<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    r#type: Option<types::RouteType>,
}

impl<'a> ListRoutes<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_routes",
        method: "GET",
        path: "/routes",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            r#type: None,
        }
    }

    /// Sets the `type` query parameter.
    ///
    /// Only routes of this type.
    pub fn r#type(mut self, value: types::RouteType) -> Self {
        self.r#type = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/routes")
            .query_opt("type", self.r#type.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl ListRoutes {
        type Output = Vec<types::Route>;
        type Error = types::Error;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `POST /routes`
///
/// Create route
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateRoute<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::CreateRouteBody,
}

impl<'a> CreateRoute<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_route",
        method: "POST",
        path: "/routes",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::CreateRouteBody) -> Self {
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
            .literal("/routes")
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl CreateRoute {
        type Output = types::Route;
        type Error = ();
        const JSON: Statuses = [201];
        const ERRORS: Decoder = decode_error2;
    }
}

/// `GET /routes/{id}/check`
///
/// Check route
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CheckRoute<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> CheckRoute<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "check_route",
        method: "GET",
        path: "/routes/{id}/check",
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
            .literal("/routes/")
            .path_param(&self.id)
            .literal("/check")
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl CheckRoute {
        type Output = types::Response;
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
    match status.as_u16() {
        400 => {
            let body = runtime::decode_json::<types::Error, types::Error>(status, headers, body)?;
            Ok(body)
        }
        _ => Err(Error::unexpected(
            status,
            headers,
            body,
            "the spec documents no such status for this operation",
        )),
    }
}

fn decode_error2(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<(), Error<()>> {
    Err(Error::unexpected(
        status,
        headers,
        body,
        "the spec documents no such status for this operation",
    ))
}
