// Generated from `tests/fixtures/read_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `read_only` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.

use super::types;
use switchboard_runtime::__private::{CallOptions, ClientCore, RequestBuilder};
use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
use switchboard_runtime::{BuildError, Error, OperationInfo};

/// `POST /widgets`
///
/// Create widget
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateWidget<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::WidgetInput,
}

impl<'a> CreateWidget<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_widget",
        method: "POST",
        path: "/widgets",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::WidgetInput) -> Self {
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
            .literal("/widgets")
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl CreateWidget {
        type Output = types::Widget;
        type Error = ();
        const JSON: Statuses = [201];
        const ERRORS: Decoder = decode_error;
    }
}

/// `GET /widgets/{id}`
///
/// Get widget
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetWidget<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
}

impl<'a> GetWidget<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "get_widget",
        method: "GET",
        path: "/widgets/{id}",
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
            .literal("/widgets/")
            .path_param(&self.id)
            .accept("application/json")
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl GetWidget {
        type Output = types::Widget;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `PUT /widgets/{id}`
///
/// Replace widget
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct ReplaceWidget<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::WidgetInput,
}

impl<'a> ReplaceWidget<'a> {
    /// How the runtime treats this operation: safe to retry.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "replace_widget",
        method: "PUT",
        path: "/widgets/{id}",
        idempotent: true,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String, body: types::WidgetInput) -> Self {
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
            .literal("/widgets/")
            .path_param(&self.id)
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl ReplaceWidget {
        type Output = types::Widget;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `PATCH /widgets/{id}`
///
/// Update widget
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct UpdateWidget<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    id: String,
    body: types::WidgetPatch,
}

impl<'a> UpdateWidget<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "update_widget",
        method: "PATCH",
        path: "/widgets/{id}",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, id: String, name: String) -> Self {
        Self {
            core,
            options: CallOptions::default(),
            id,
            body: types::WidgetPatch {
                name,
                size: None,
                owner: None,
            },
        }
    }

    /// Replaces the whole patch body, including values given as arguments.
    pub fn body(mut self, body: types::WidgetPatch) -> Self {
        self.body = body;
        self
    }

    /// Sends `size` with this value.
    pub fn size(mut self, value: i32) -> Self {
        self.body.size = Some(value);
        self
    }

    /// Sends `owner` with this value.
    ///
    /// Who owns a widget (no read-only fields).
    pub fn owner(mut self, value: types::Owner) -> Self {
        self.body.owner = Some(value);
        self
    }

    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        RequestBuilder::new(Method::PATCH, self.core.base_url())
            .literal("/widgets/")
            .path_param(&self.id)
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl UpdateWidget {
        type Output = types::Widget;
        type Error = ();
        const JSON: Statuses = [200];
        const ERRORS: Decoder = decode_error;
    }
}

/// `POST /gadgets`
///
/// Create gadget
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateGadget<'a> {
    core: &'a ClientCore,
    options: CallOptions,
    body: types::GadgetInput,
}

impl<'a> CreateGadget<'a> {
    /// How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.
    pub const OPERATION: OperationInfo = OperationInfo {
        name: "create_gadget",
        method: "POST",
        path: "/gadgets",
        idempotent: false,
    };

    pub(crate) fn new(core: &'a ClientCore, body: types::GadgetInput) -> Self {
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
            .literal("/gadgets")
            .accept("application/json")
            .json_body("application/json", &self.body)
            .build(self.core.credentials())
    }
}

switchboard_runtime::__call! {
    impl CreateGadget {
        type Output = types::Gadget;
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
