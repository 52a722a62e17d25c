use std::time::Duration;

use http::{HeaderMap, StatusCode};

use crate::message::ProviderMessage;
use crate::redirect::RedirectError;
use crate::shown::Shown;
use crate::{Limits, TransportError, TransportErrorKind};

/// Why a request could not be built. Nothing was sent.
///
/// `Display` is one line: the values it shows (a URL, a parameter's value)
/// have their control characters escaped (`\n`) and are cut after 80
/// characters; the fields hold them whole.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL and path do not form a valid URI.
    #[error("invalid request URL `{}`: {}", Shown::value(.url), Shown::message(.reason))]
    InvalidUrl {
        /// The URL as assembled, without a query API key (the query ends
        /// before it).
        url: String,
        /// What `http` said about it.
        reason: String,
    },
    /// The credentials contain characters not allowed in an HTTP header.
    #[error("the credentials contain characters that cannot appear in an Authorization header")]
    InvalidCredentials,
    /// A header parameter's value cannot appear in an HTTP header.
    #[error(
        "header `{}` has a value that cannot appear in an HTTP header",
        Shown::value(.name)
    )]
    InvalidHeader {
        /// The header's name.
        name: &'static str,
    },
    /// A parameter's value breaks a constraint of the spec (`pattern`,
    /// `minLength`/`maxLength`, `minimum`/`maximum`); the provider would reject it.
    #[error(
        "parameter `{}` = `{}` {}",
        Shown::value(.name),
        Shown::value(.value),
        Shown::message(.reason)
    )]
    InvalidParameter {
        /// The parameter's wire name.
        name: &'static str,
        /// The value given.
        value: String,
        /// Which constraint it breaks.
        reason: String,
    },
    /// A body field's value breaks a constraint of the spec (`pattern`,
    /// `minLength`/`maxLength`, `minimum`/`maximum`, `minItems`/`maxItems`);
    /// the provider would reject it.
    #[error(
        "body field `{}` = `{}` {}",
        Shown::value(.path),
        Shown::value(.value),
        Shown::message(.reason)
    )]
    InvalidField {
        /// The field's place in the body: wire names, `[i]` for list items
        /// (`routes[0].name`).
        path: String,
        /// The value given (for a list's size, how many items it has).
        value: String,
        /// Which constraint it breaks.
        reason: String,
    },
    /// A path parameter's value is empty, `.` or `..`: URL parsers (reqwest's
    /// among them) read `.` and `..` as "this" and "parent" directory, even
    /// percent-encoded, and an empty segment addresses the collection, so
    /// none of them can be sent as one segment's data.
    #[error(
        "a path parameter cannot be `{}`: it would change the path, not fill one segment",
        Shown::value(.value)
    )]
    InvalidPathSegment {
        /// The value given.
        value: String,
    },
    /// The request body could not be serialized.
    #[error("the request body could not be serialized: {}", Shown::message(&.0.to_string()))]
    Body(#[from] serde_json::Error),
}

/// Everything that can go wrong calling an operation: one type, with a
/// variant for each thing a caller can act on.
///
/// `E` is the operation's documented error body: a provider error comes back
/// as [`Error::Api`] with the HTTP status and the decoded body. Replies are
/// boxed to keep `Result`s small. No reply, however malformed, panics.
///
/// Every variant's `Display` is one line, whatever the caller or the server
/// put in it: control characters are escaped and values are cut short (the
/// fields keep them whole). No variant shows a credential: a query API key
/// is never part of a URL an error shows.
///
/// `Display` (and `std::error::Error`) needs `E:`[`ProviderMessage`], which
/// every generated error body implements, so that an `Error::Api` says the
/// provider's own message.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The request breaks the spec and was caught before sending.
    InvalidRequest(BuildError),
    /// No reply: the connection failed or broke (after any retries).
    Transport(TransportError),
    /// No reply within the timeout (after any retries).
    Timeout {
        /// The timeout of the last attempt.
        limit: Duration,
        /// How many attempts were made.
        attempts: u32,
    },
    /// The reply's body is larger than the client accepts.
    BodyTooLarge {
        /// The configured cap, in bytes.
        limit: usize,
        /// How many attempts were made.
        attempts: u32,
    },
    /// No token could be obtained for the call, which was not sent (or was
    /// sent, refused with 401, and the token that should replace the
    /// refused one could not be obtained).
    Auth(Box<AuthError>),
    /// The provider answered with a documented error status and body.
    Api(Box<ApiError<E>>),
    /// A documented status whose body does not match the spec.
    Decode(Box<DecodeError>),
    /// A status the spec does not document for this operation.
    UnexpectedResponse(Box<UnexpectedResponse>),
    /// A redirect the client's redirect policy does not follow: to another
    /// origin for anything but a GET or HEAD, one too many, a loop, or a
    /// `Location` that is not an http(s) URL. Nothing was sent to it.
    Redirect(Box<RedirectError>),
}

impl<E> From<BuildError> for Error<E> {
    fn from(error: BuildError) -> Self {
        Error::InvalidRequest(error)
    }
}

impl<E: ProviderMessage> std::fmt::Display for Error<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::InvalidRequest(error) => write!(f, "invalid request, not sent: {error}"),
            Error::Transport(error) => write!(f, "transport error: {error}"),
            Error::Timeout { limit, attempts } => {
                write!(f, "no reply within {limit:?} ({})", Attempts(*attempts))
            }
            Error::BodyTooLarge { limit, attempts } => write!(
                f,
                "the response body is larger than {limit} bytes ({})",
                Attempts(*attempts)
            ),
            Error::Auth(error) => error.fmt(f),
            Error::Api(error) => error.fmt(f),
            Error::Decode(error) => error.fmt(f),
            Error::UnexpectedResponse(error) => error.fmt(f),
            Error::Redirect(error) => error.fmt(f),
        }
    }
}

impl<E: ProviderMessage + std::fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::InvalidRequest(error) => Some(error),
            Error::Transport(error) => Some(error),
            _ => None,
        }
    }
}

/// "1 attempt", "3 attempts".
pub(crate) struct Attempts(pub(crate) u32);

impl std::fmt::Display for Attempts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            1 => f.write_str("1 attempt"),
            n => write!(f, "{n} attempts"),
        }
    }
}

/// Why a client could not obtain a token for a call.
///
/// `Display` is one line, bounded, and shows no secret: the provider's
/// message is redacted of the credentials' secrets and every token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthError {
    /// What went wrong.
    pub kind: AuthErrorKind,
    /// The token endpoint's path (`/v1.0/oauth2/tokens`), never a full URL.
    pub endpoint: String,
    /// The token endpoint's reply status, when it answered.
    pub status: Option<StatusCode>,
    /// The provider's message (`error_description`, `message`…) or what
    /// failed, when there is one; redacted.
    pub message: Option<String>,
    /// How many requests were sent to the token endpoint.
    pub attempts: u32,
}

/// The kinds of [`AuthError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthErrorKind {
    /// The token endpoint refused the credentials (a 4xx reply, or one
    /// that says it did not succeed): they need changing, not retrying.
    Rejected,
    /// No usable reply: the token endpoint failed (5xx), could not be
    /// reached, or did not answer in time, after any retries.
    Unavailable,
    /// A reply that is not the documented token reply (no token in it).
    InvalidReply,
    /// A token source of the caller's failed.
    Source,
}

impl AuthError {
    /// An error of `kind` from the token endpoint at `endpoint`.
    pub fn new(kind: AuthErrorKind, endpoint: impl Into<String>) -> Self {
        AuthError {
            kind,
            endpoint: endpoint.into(),
            status: None,
            message: None,
            attempts: 1,
        }
    }

    /// With the reply's status.
    #[must_use]
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = Some(status);
        self
    }

    /// With a message (the provider's, or what failed).
    #[must_use]
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = Some(message.into());
        self
    }

    /// With the number of requests sent.
    #[must_use]
    pub fn with_attempts(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }
}

impl std::fmt::Display for AuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no token from `{}`: ", Shown::value(&self.endpoint))?;
        match (self.kind, self.status) {
            (AuthErrorKind::Rejected, Some(status)) => {
                write!(f, "the credentials were refused ({status})")?
            }
            (AuthErrorKind::Rejected, None) => f.write_str("the credentials were refused")?,
            (AuthErrorKind::Unavailable, Some(status)) => {
                write!(f, "the token endpoint answered {status}")?
            }
            (AuthErrorKind::Unavailable, None) => f.write_str("no reply")?,
            (AuthErrorKind::InvalidReply, _) => f.write_str("the reply holds no usable token")?,
            (AuthErrorKind::Source, _) => f.write_str("the token source failed")?,
        }
        if let Some(message) = &self.message {
            write!(f, ": {}", Shown::message(message))?;
        }
        write!(f, " ({})", Attempts(self.attempts))
    }
}

impl std::error::Error for AuthError {}

/// A documented error reply, decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError<E> {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The provider's request id (`x-request-id`, `request-id` or
    /// `x-correlation-id`), when it sends one: quote it to their support.
    pub request_id: Option<String>,
    /// The decoded error body.
    pub body: E,
    /// How many attempts were made: more than one when the status was
    /// retried (a 503, a 429) until no retry was left.
    pub attempts: u32,
}

/// "the provider answered 404 Not Found: `<its message>` (request id …)": the
/// message (see [`ProviderMessage`]) escaped to one line and cut short.
impl<E: ProviderMessage> std::fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the provider answered {}", self.status)?;
        if let Some(message) = self.body.provider_message() {
            write!(f, ": {}", Shown::message(&message))?;
        }
        if self.attempts > 1 {
            write!(f, " ({})", Attempts(self.attempts))?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " (request id {})", Shown::value(id))?;
        }
        Ok(())
    }
}

/// A reply with a documented status whose body does not match the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The start of the body (lossy UTF-8, at most [`DecodeError::PREFIX`] bytes).
    pub body_prefix: String,
    /// What the decoder said.
    pub message: String,
    /// How many attempts were made.
    pub attempts: u32,
}

impl DecodeError {
    /// How much of the body a decode error keeps.
    pub const PREFIX: usize = 512;
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the {} reply does not match the spec: {} (body starts \"{}\")",
            self.status,
            Shown::message(&self.message),
            Shown::message(&self.body_prefix)
        )?;
        if self.attempts > 1 {
            write!(f, " ({})", Attempts(self.attempts))?;
        }
        Ok(())
    }
}

/// A reply with a status the spec does not document, kept raw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnexpectedResponse {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body, as (lossy) UTF-8 text; from `send()`, with the
    /// client's secrets replaced by `***` should the server have echoed one.
    pub body: String,
    /// Why it was not decoded.
    pub reason: String,
    /// How many attempts were made.
    pub attempts: u32,
}

impl UnexpectedResponse {
    /// The message the body carries, when it is JSON and holds one in a
    /// field providers use for it (see [`message_in`](crate::message_in)):
    /// a spec that documents no error reply still lets the provider say
    /// why.
    pub fn provider_message(&self) -> Option<String> {
        let body: serde_json::Value = serde_json::from_str(&self.body).ok()?;
        crate::message_in(&body)
    }

    /// The provider's request id (`x-request-id`, `request-id` or
    /// `x-correlation-id`), when it sent one.
    pub fn request_id(&self) -> Option<String> {
        request_id(&self.headers)
    }
}

/// "unexpected response 404 Not Found: why; the provider says: its message
/// (request id …)", the message escaped to one line and cut short.
impl std::fmt::Display for UnexpectedResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unexpected response {}: {}",
            self.status,
            Shown::message(&self.reason)
        )?;
        if let Some(message) = self.provider_message() {
            write!(f, "; the provider says: {}", Shown::message(&message))?;
        }
        if self.attempts > 1 {
            write!(f, " ({})", Attempts(self.attempts))?;
        }
        if let Some(id) = self.request_id() {
            write!(f, " (request id {})", Shown::value(&id))?;
        }
        Ok(())
    }
}

/// The provider's request id, from the headers providers commonly use.
fn request_id(headers: &HeaderMap) -> Option<String> {
    ["x-request-id", "request-id", "x-correlation-id"]
        .iter()
        .find_map(|name| headers.get(*name)?.to_str().ok())
        .map(str::to_owned)
}

impl<E> Error<E> {
    /// A documented error reply.
    pub fn api(status: StatusCode, headers: &HeaderMap, body: E) -> Self {
        Error::Api(Box::new(ApiError {
            status,
            headers: headers.clone(),
            request_id: request_id(headers),
            body,
            attempts: 1,
        }))
    }

    /// The error for a reply whose error body was decoded (or could not be).
    pub fn from_decoded(status: StatusCode, headers: &HeaderMap, decoded: Result<E, Self>) -> Self {
        match decoded {
            Ok(body) => Error::api(status, headers, body),
            Err(error) => error,
        }
    }

    /// A documented status whose body does not decode.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
        message: impl Into<String>,
    ) -> Self {
        let end = body.len().min(DecodeError::PREFIX);
        Error::Decode(Box::new(DecodeError {
            status,
            headers: headers.clone(),
            body_prefix: String::from_utf8_lossy(&body[..end]).into_owned(),
            message: message.into(),
            attempts: 1,
        }))
    }

    /// A reply the spec does not describe.
    pub fn unexpected(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
        reason: impl Into<String>,
    ) -> Self {
        Error::UnexpectedResponse(Box::new(UnexpectedResponse {
            status,
            headers: headers.clone(),
            body: String::from_utf8_lossy(body).into_owned(),
            reason: reason.into(),
            attempts: 1,
        }))
    }

    /// Whether this error keeps text of the reply as the server sent it
    /// (an undocumented status's body, the start of a body that did not
    /// decode).
    pub(crate) fn holds_reply_text(&self) -> bool {
        matches!(self, Error::UnexpectedResponse(_) | Error::Decode(_))
    }

    /// This error with each of `secrets` replaced by `***` in the reply's
    /// text it keeps.
    pub(crate) fn redacted(mut self, secrets: &[String]) -> Self {
        let redact = |text: &mut String| {
            if let std::borrow::Cow::Owned(redacted) = crate::auth::redact_all(secrets, text) {
                *text = redacted;
            }
        };
        match &mut self {
            Error::UnexpectedResponse(reply) => redact(&mut reply.body),
            Error::Decode(error) => {
                redact(&mut error.body_prefix);
                redact(&mut error.message);
            }
            _ => {}
        }
        self
    }

    /// This error, the reply of the last of `attempts` attempts.
    #[must_use]
    pub fn after(mut self, attempts: u32) -> Self {
        match &mut self {
            Error::Api(error) => error.attempts = attempts,
            Error::Decode(error) => error.attempts = attempts,
            Error::UnexpectedResponse(error) => error.attempts = attempts,
            _ => {}
        }
        self
    }

    /// The error for the failed last attempt of the transport, after
    /// `attempts` attempts in all.
    pub fn from_transport(error: TransportError, limits: Limits, attempts: u32) -> Self {
        match error.kind() {
            TransportErrorKind::Timeout => Error::Timeout {
                limit: limits.timeout,
                attempts,
            },
            TransportErrorKind::BodyTooLarge => Error::BodyTooLarge {
                limit: limits.max_body_bytes,
                attempts,
            },
            _ => Error::Transport(error.after(attempts)),
        }
    }

    /// How many attempts the client made: for a reply (`Api`, `Decode`,
    /// `UnexpectedResponse`), the attempts until it (more than one when its
    /// status was retried until no retry was left); for no usable reply, a
    /// redirect not followed or no token, the attempts before giving up.
    /// `None` for a request never sent (`InvalidRequest`) and a `Redirect`.
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Error::Api(error) => Some(error.attempts),
            Error::Decode(error) => Some(error.attempts),
            Error::UnexpectedResponse(error) => Some(error.attempts),
            Error::Transport(error) => Some(error.attempts()),
            Error::Timeout { attempts, .. } | Error::BodyTooLarge { attempts, .. } => {
                Some(*attempts)
            }
            Error::Auth(error) => Some(error.attempts),
            _ => None,
        }
    }

    /// The HTTP status of the reply, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(api) => Some(api.status),
            Error::Decode(reply) => Some(reply.status),
            Error::UnexpectedResponse(reply) => Some(reply.status),
            Error::Redirect(redirect) => Some(redirect.status),
            _ => None,
        }
    }

    /// The decoded provider error body, when the reply was a documented error.
    pub fn api_body(&self) -> Option<&E> {
        match self {
            Error::Api(api) => Some(&api.body),
            _ => None,
        }
    }
}
