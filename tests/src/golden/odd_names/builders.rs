// Generated from `tests/fixtures/odd_names.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `odd_names` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /things/{type}`
///
/// Get thing v2
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetThingV2<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    r#type: String,
    r#match: Option<String>,
    self_: Option<String>,
    page_size: Option<i32>,
    n2fa: Option<bool>,
    client2: Option<String>,
    body2: Option<String>,
}

impl<'a> GetThingV2<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_thing_v2",
        method: "GET",
        path: "/things/{type}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, r#type: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            r#type,
            r#match: None,
            self_: None,
            page_size: None,
            n2fa: None,
            client2: None,
            body2: None,
        }
    }

    /// Sets the `match` query parameter.
    pub fn r#match(mut self, value: impl Into<String>) -> Self {
        self.r#match = Some(value.into());
        self
    }

    /// Sets the `self` query parameter.
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }

    /// Sets the `page.size` query parameter.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Sets the `2fa` query parameter.
    pub fn n2fa(mut self, value: bool) -> Self {
        self.n2fa = Some(value);
        self
    }

    /// Sets the `client` query parameter.
    pub fn client2(mut self, value: impl Into<String>) -> Self {
        self.client2 = Some(value.into());
        self
    }

    /// Sets the `body` query parameter.
    pub fn body2(mut self, value: impl Into<String>) -> Self {
        self.body2 = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/things/")
            .path_param(&self.r#type)
            .query_opt("match", self.r#match.as_ref())
            .query_opt("self", self.self_.as_ref())
            .query_opt("page.size", self.page_size.as_ref())
            .query_opt("2fa", self.n2fa.as_ref())
            .query_opt("client", self.client2.as_ref())
            .query_opt("body", self.body2.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetThingV2 {
        type Output = types::ThingV2;
        type Error = types::Error;
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `POST /things/{type}`
///
/// Update thing
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UpdateThing<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    r#type: String,
    body: types::ThingV2Patch,
}

impl<'a> UpdateThing<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "update_thing",
        method: "POST",
        path: "/things/{type}",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, r#type: String, type2: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            r#type,
            body: types::ThingV2Patch {
                r#type: type2,
                r#match: None,
                self_: None,
                foo_bar: None,
                foo_bar2: None,
                first_name: None,
                last_name: None,
                display_name: None,
                n3d: None,
                unknown_fields: None,
                mode: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::ThingV2Patch) -> Self {
        self.body = body;
        self
    }

    /// Sends `match` with this value.
    pub fn r#match(mut self, value: impl Into<String>) -> Self {
        self.body.r#match = Some(value.into());
        self
    }

    /// Sends `self` with this value.
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.body.self_ = Some(value.into());
        self
    }

    /// Sends `fooBar` with this value.
    pub fn foo_bar(mut self, value: impl Into<String>) -> Self {
        self.body.foo_bar = Some(value.into());
        self
    }

    /// Sends `foo_bar` with this value.
    pub fn foo_bar2(mut self, value: impl Into<String>) -> Self {
        self.body.foo_bar2 = Some(value.into());
        self
    }

    /// Sends `first-name` with this value.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.body.first_name = Some(value.into());
        self
    }

    /// Sends `last.name` with this value.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.body.last_name = Some(value.into());
        self
    }

    /// Sends `display name` with this value.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.body.display_name = Some(value.into());
        self
    }

    /// Sends `3d` with this value.
    pub fn n3d(mut self, value: bool) -> Self {
        self.body.n3d = Some(value);
        self
    }

    /// Sends `unknown_fields` with this value.
    pub fn unknown_fields(mut self, value: impl Into<String>) -> Self {
        self.body.unknown_fields = Some(value.into());
        self
    }

    /// Sends `mode` with this value.
    pub fn mode(mut self, value: types::ThingV2Mode) -> Self {
        self.body.mode = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/things/")
            .path_param(&self.r#type)
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl UpdateThing {
        type Output = types::ThingV2;
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
