// Generated from `tests/fixtures/nested_objects.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `nested_objects` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `POST /orders`
///
/// Create order
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateOrder<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::CreateOrderBody,
}

impl<'a> CreateOrder<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_order",
        method: "POST",
        path: "/orders",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::CreateOrderBody) -> Self {
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
            .literal("/orders")
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl CreateOrder {
        type Output = types::Order;
        type Error = ();
        const JSON: Statuses = [201];
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
