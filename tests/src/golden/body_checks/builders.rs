// Generated from `tests/fixtures/body_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `body_checks` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{self as runtime, CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `POST /routes`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 201 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
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
        self.body.validate()?;
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/routes")
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
            201 => Ok(()),
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
    impl CreateRoute {
        type Output = ();
        type Error = ();
    }
}

/// `PATCH /routes/{id}`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct PatchRoute<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::RoutePatch,
}

impl<'a> PatchRoute<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "patch_route",
        method: "PATCH",
        path: "/routes/{id}",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String, name: String, priority: i32) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: types::RoutePatch {
                name,
                priority,
                number: None,
                tags: None,
                targets: None,
                fallback: None,
                labels: None,
                note: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::RoutePatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `number` with this value.
    pub fn number(mut self, value: impl Into<String>) -> Self {
        self.body.number = Some(Some(value.into()));
        self
    }

    /// Sends `number` as JSON `null`, clearing it.
    pub fn clear_number(mut self) -> Self {
        self.body.number = Some(None);
        self
    }

    /// Sends `tags` with this value.
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.body.tags = Some(value);
        self
    }

    /// Sends `targets` with this value.
    pub fn targets(mut self, value: Vec<types::Target>) -> Self {
        self.body.targets = Some(value);
        self
    }

    /// Sends `fallback` with this value.
    pub fn fallback(mut self, value: types::Target) -> Self {
        self.body.fallback = Some(value);
        self
    }

    /// Sends `labels` with this value.
    pub fn labels(mut self, value: std::collections::BTreeMap<String, types::Target>) -> Self {
        self.body.labels = Some(value);
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
        self.body.validate()?;
        RequestBuilder::new(Method::PATCH, self.core.base_url())
            .literal("/routes/")
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
    impl PatchRoute {
        type Output = ();
        type Error = ();
    }
}

/// `POST /batches`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateBatch<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: Vec<types::Target>,
}

impl<'a> CreateBatch<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_batch",
        method: "POST",
        path: "/batches",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: Vec<types::Target>) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        for (index, item) in self.body.iter().enumerate() {
            runtime::check::field::within_item("", index, item.validate())?;
        }
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/batches")
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
    impl CreateBatch {
        type Output = ();
        type Error = ();
    }
}

/// `POST /forms`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct SubmitForm<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: Option<types::SubmitFormBody>,
}

impl<'a> SubmitForm<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "submit_form",
        method: "POST",
        path: "/forms",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body: None,
        }
    }

    /// Sends this request body (the spec makes it optional).
    pub fn body(mut self, body: types::SubmitFormBody) -> Self {
        self.body = Some(body);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        if let Some(body) = &self.body {
            body.validate()?;
        }
        let mut request = RequestBuilder::new(Method::POST, self.core.base_url()).literal("/forms");
        if let Some(body) = &self.body {
            request = request.form_body("application/x-www-form-urlencoded", body, &[]);
        }
        request.build(self.core.credentials())
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
    impl SubmitForm {
        type Output = ();
        type Error = ();
    }
}

/// `POST /scans`
///
/// Succeeds on any 2xx reply with an empty body: the spec documents HTTP 204 without a body, and a provider that answers another success status, with nothing in it, has done it all the same.
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UploadScan<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::UploadScanBody,
}

impl<'a> UploadScan<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "upload_scan",
        method: "POST",
        path: "/scans",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::UploadScanBody) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            body,
        }
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        self.body.validate()?;
        RequestBuilder::new(Method::POST, self.core.base_url())
            .literal("/scans")
            .multipart_body(&self.body, &["file"])
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
    impl UploadScan {
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
