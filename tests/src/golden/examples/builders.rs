// Generated from `tests/fixtures/examples.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `examples` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `GET /trunks`
///
/// List trunks
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ListTrunks<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    limit: Option<i32>,
    region: Option<types::Region>,
    since: Option<i64>,
}

impl<'a> ListTrunks<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "list_trunks",
        method: "GET",
        path: "/trunks",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            limit: None,
            region: None,
            since: None,
        }
    }

    /// Sets the `limit` query parameter.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets the `region` query parameter.
    pub fn region(mut self, value: types::Region) -> Self {
        self.region = Some(value);
        self
    }

    /// Sets the `since` query parameter.
    ///
    /// An example that is not an integer (a warning).
    pub fn since(mut self, value: i64) -> Self {
        self.since = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::GET, self.core.base_url())
            .literal("/trunks")
            .query_opt("limit", self.limit.as_ref())
            .query_opt("region", self.region.as_ref())
            .query_opt("since", self.since.as_ref())
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl ListTrunks {
        type Output = Vec<types::Trunk>;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `POST /trunks`
///
/// Create trunk
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateTrunk<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::TrunkInput,
}

impl<'a> CreateTrunk<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_trunk",
        method: "POST",
        path: "/trunks",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::TrunkInput) -> Self {
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
            .literal("/trunks")
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl CreateTrunk {
        type Output = types::Trunk;
        type Error = ();
        const JSON: Statuses = [201];
        const ERRORS: Decoder = decode_error;
    }
}

/// `PUT /trunks/{id}`
///
/// Replace trunk
///
/// Its example lacks the required `name` (a warning); the call is built from placeholders.
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ReplaceTrunk<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::TrunkInput,
}

impl<'a> ReplaceTrunk<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "replace_trunk",
        method: "PUT",
        path: "/trunks/{id}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String, body: types::TrunkInput) -> Self {
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
            .literal("/trunks/")
            .path_param(&self.id)
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
    impl ReplaceTrunk {
        type Output = ();
        type Error = ();
    }
}

/// `PATCH /trunks/{id}`
///
/// Update trunk
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UpdateTrunk<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::TrunkPatch,
}

impl<'a> UpdateTrunk<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "update_trunk",
        method: "PATCH",
        path: "/trunks/{id}",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: types::TrunkPatch {
                name: None,
                note: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::TrunkPatch) -> Self {
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
            .literal("/trunks/")
            .path_param(&self.id)
            .accept("application/json")
            .json_body("application/merge-patch+json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl UpdateTrunk {
        type Output = types::Trunk;
        type Error = ();
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
    body: types::Route,
}

impl<'a> CreateRoute<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_route",
        method: "POST",
        path: "/routes",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::Route) -> Self {
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
        type Error = types::Problem;
        const JSON: Statuses = [201];
        const ERRORS: Decoder = decode_problem;
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

fn decode_problem(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<types::Problem, Error<types::Problem>> {
    match status.as_u16() {
        422 => {
            let body =
                runtime::decode_json::<types::Problem, types::Problem>(status, headers, body)?;
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
