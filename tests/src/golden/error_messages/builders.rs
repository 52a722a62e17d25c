// Generated from `tests/fixtures/error_messages.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `error_messages` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /orders`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 200 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListOrders<'a> {
    core: &'a ClientCore,
    options: CallOptions,
}

impl<'a> ListOrders<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_orders",
        method: "GET",
        path: "/orders",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/orders")
            .accept("application/json, text/plain")
            .build(&Credentials::None)
    }

    /// What [`decode`](Self::decode) decodes, without the response's
    /// headers: `send()` moves the reply's into it rather than copy them.
    fn decode_outcome(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<(), Error<types::ListOrdersErrorBody>> {
        match status.as_u16() {
            200 => Ok(()),
            200..=299 if body.iter().all(u8::is_ascii_whitespace) => Ok(()),
            _ => Err(Error::from_decoded(
                status,
                headers,
                decode_list_orders_error_body(status, headers, body),
            )),
        }
    }
}

switchboard_runtime::__call! {
    impl ListOrders {
        type Output = ();
        type Error = types::ListOrdersErrorBody;
    }
}

fn decode_list_orders_error_body(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::ListOrdersErrorBody, Error<types::ListOrdersErrorBody>> {
    match status.as_u16() {
        400 => {
            let body = runtime::decode_json::<types::Named, types::ListOrdersErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ListOrdersErrorBody::BadRequest(body))
        }
        404 => {
            let body = runtime::decode_json::<
                types::ListOrdersNotFoundResponse,
                types::ListOrdersErrorBody,
            >(status, headers, body)?;
            Ok(types::ListOrdersErrorBody::NotFound(body))
        }
        409 => {
            let body = runtime::decode_json::<types::Silent, types::ListOrdersErrorBody>(
                status, headers, body,
            )?;
            Ok(types::ListOrdersErrorBody::Conflict(body))
        }
        500 => {
            let body = runtime::decode_text(body);
            Ok(types::ListOrdersErrorBody::InternalServerError(body))
        }
        _ => Err(Error::unexpected(
            status,
            headers,
            body,
            "the spec documents no such status for this operation",
        )),
    }
}
