// Generated from `tests/fixtures/by_status.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `by_status` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
#![allow(clippy::large_enum_variant)]

use switchboard_runtime::serde::{self, Serialize};
use switchboard_runtime::serde_json;

/// The spec's `JobRequest` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct JobRequest {
    /// The spec's `name` property.
    pub name: String,
}

switchboard_runtime::__serde_struct! {
    struct JobRequest {
        name: Required<"name">,
    }
}

impl JobRequest {
    /// New, from its fields.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}

/// The spec's `Job` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The spec's `id` property.
    pub id: String,
    /// The spec's `result` property.
    pub result: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Job
    where
        unknown_fields: Unknown,
    {
        id: Required<"id">,
        result: Optional<"result">,
    }
}

impl Job {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            result: None,
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `Ticket` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    /// The spec's `ticket` property.
    pub ticket: String,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Ticket
    where
        unknown_fields: Unknown,
    {
        ticket: Required<"ticket">,
    }
}

impl Ticket {
    /// New, from its fields.
    pub fn new(ticket: impl Into<String>) -> Self {
        Self {
            ticket: ticket.into(),
            unknown_fields: Default::default(),
        }
    }
}

/// The spec's `ValidationErrors` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationErrors {
    /// The spec's `errors` property.
    pub errors: Vec<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ValidationErrors
    where
        unknown_fields: Unknown,
    {
        errors: Required<"errors">,
    }
}

impl ValidationErrors {
    /// New, from its fields.
    pub fn new(errors: Vec<String>) -> Self {
        Self {
            errors,
            unknown_fields: Default::default(),
        }
    }
}

impl switchboard_runtime::ProviderMessage for ValidationErrors {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        None
    }
}

/// The spec's `NotFound` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotFound {
    /// The spec's `message` property.
    pub message: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct NotFound
    where
        unknown_fields: Unknown,
    {
        message: Optional<"message">,
    }
}

impl switchboard_runtime::ProviderMessage for NotFound {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.message)
    }
}

/// The spec's `Problem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The spec's `title` property.
    pub title: Option<String>,
    /// The spec's `status` property.
    pub status: Option<i32>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Problem
    where
        unknown_fields: Unknown,
    {
        title: Optional<"title">,
        status: Optional<"status">,
    }
}

impl switchboard_runtime::ProviderMessage for Problem {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        switchboard_runtime::ProviderMessage::provider_message(&self.title)
    }
}

/// One variant for each of the possible successful replies, by HTTP status.
#[derive(Debug, Clone, PartialEq)]
pub enum SubmitJobResponse {
    /// HTTP 200: Done at once.
    Ok(Job),
    /// HTTP 202: Queued.
    Accepted(Ticket),
    /// HTTP 204: Nothing to do.
    NoContent,
}

/// Encodes the body of whichever status it is, as the provider sent it.
impl Serialize for SubmitJobResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            SubmitJobResponse::Ok(body) => body.serialize(serializer),
            SubmitJobResponse::Accepted(body) => body.serialize(serializer),
            SubmitJobResponse::NoContent => serializer.serialize_unit(),
        }
    }
}

/// One variant for each of the documented error replies, by HTTP status. Used by [`Client::submit_job`](crate::golden::by_status::Client::submit_job), [`Client::retry_job`](crate::golden::by_status::Client::retry_job).
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorBody {
    /// HTTP 400: The request is invalid.
    BadRequest(ValidationErrors),
    /// HTTP 404: No such queue.
    NotFound(NotFound),
    /// Any other status (the spec's `default` response): Anything else.
    Default(Problem),
}

/// Encodes the body of whichever status it is, as the provider sent it.
impl Serialize for ErrorBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ErrorBody::BadRequest(body) => body.serialize(serializer),
            ErrorBody::NotFound(body) => body.serialize(serializer),
            ErrorBody::Default(body) => body.serialize(serializer),
        }
    }
}

impl switchboard_runtime::ProviderMessage for ErrorBody {
    fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            ErrorBody::BadRequest(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::NotFound(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
            ErrorBody::Default(value) => {
                switchboard_runtime::ProviderMessage::provider_message(value)
            }
        }
    }
}
