// Generated from `tests/fixtures/x_patch.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `x_patch` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `POST /routes/{id}`
///
/// Update route
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UpdateRoute<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::RoutePatch,
}

impl<'a> UpdateRoute<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "update_route",
        method: "POST",
        path: "/routes/{id}",
        idempotent: false,
    };

    pub(crate) fn new(
        core: &'a ClientCore,
        id: String,
        name: String,
        priority: Option<i32>,
    ) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: types::RoutePatch {
                name,
                priority,
                description: None,
                enabled: None,
                tags: None,
                note: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::RoutePatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `description` with this value.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(Some(value.into()));
        self
    }

    /// Sends `description` as JSON `null`, clearing it.
    pub fn clear_description(mut self) -> Self {
        self.body.description = Some(None);
        self
    }

    /// Sends `enabled` with this value.
    pub fn enabled(mut self, value: bool) -> Self {
        self.body.enabled = Some(value);
        self
    }

    /// Sends `tags` with this value.
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.body.tags = Some(value);
        self
    }

    /// Sends `note` with this value.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.body.note = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/routes/")
            .path_param(&self.id)
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl UpdateRoute {
        type Output = types::Route;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `POST /routes/{id}/settings`
///
/// Update route settings
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UpdateRouteSettings<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::RouteSettingsPatch,
}

impl<'a> UpdateRouteSettings<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "update_route_settings",
        method: "POST",
        path: "/routes/{id}/settings",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: types::RouteSettingsPatch {
                timeout: None,
                region: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::RouteSettingsPatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `timeout` with this value.
    pub fn timeout2(mut self, value: i32) -> Self {
        self.body.timeout = Some(Some(value));
        self
    }

    /// Sends `timeout` as JSON `null`, clearing it.
    pub fn clear_timeout(mut self) -> Self {
        self.body.timeout = Some(None);
        self
    }

    /// Sends `region` with this value.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.body.region = Some(value.into());
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/routes/")
            .path_param(&self.id)
            .literal("/settings")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
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
    impl UpdateRouteSettings {
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
