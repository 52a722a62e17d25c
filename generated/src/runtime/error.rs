use http::{HeaderMap, StatusCode};

/// Why a request could not be built. Nothing was sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL and path do not form a valid URI.
    #[error("invalid request URL `{url}`: {reason}")]
    InvalidUrl {
        /// The URL as assembled.
        url: String,
        /// What `http` said about it.
        reason: String,
    },
    /// The credentials contain characters not allowed in an HTTP header.
    #[error("the credentials contain characters that cannot appear in an Authorization header")]
    InvalidCredentials,
    /// A header parameter's value cannot appear in an HTTP header.
    #[error("header `{name}` has a value that cannot appear in an HTTP header")]
    InvalidHeader {
        /// The header's name.
        name: &'static str,
    },
    /// A parameter's value breaks a constraint of the spec (`pattern`,
    /// `minLength`/`maxLength`, `minimum`/`maximum`); the provider would reject it.
    #[error("parameter `{name}` = `{value}` {reason}")]
    InvalidParameter {
        /// The parameter's wire name.
        name: &'static str,
        /// The value given.
        value: String,
        /// Which constraint it breaks.
        reason: String,
    },
    /// The request body could not be serialized.
    #[error("the request body could not be serialized: {0}")]
    Body(#[from] serde_json::Error),
}

/// Everything that can go wrong calling an operation.
///
/// `E` is the operation's documented error body: a provider error comes back as
/// [`Error::Api`] with the HTTP status and the decoded body. A reply the spec
/// does not describe (an undocumented status, or a body that does not decode)
/// is [`Error::UnexpectedResponse`] and keeps the raw text, so nothing the
/// server said is lost. Replies are boxed to keep `Result`s small.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E> {
    /// The request could not be built; nothing was sent.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// The request could not be sent, or the reply could not be read.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The provider answered with a documented error status and body.
    #[error("the provider answered {}", .0.status)]
    Api(Box<ApiError<E>>),
    /// The reply is not what the spec describes.
    #[error("unexpected response {}: {}", .0.status, .0.reason)]
    UnexpectedResponse(Box<UnexpectedResponse>),
}

/// A documented error reply, decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError<E> {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded error body.
    pub body: E,
}

/// A reply the spec does not describe, kept raw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnexpectedResponse {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The raw body, as (lossy) UTF-8 text.
    pub body: String,
    /// Why it was not decoded: an undocumented status, or the decoder's message.
    pub reason: String,
}

impl<E> Error<E> {
    /// A documented error reply.
    pub fn api(status: StatusCode, headers: &HeaderMap, body: E) -> Self {
        Error::Api(Box::new(ApiError {
            status,
            headers: headers.clone(),
            body,
        }))
    }

    /// The error for a reply whose error body was decoded (or could not be).
    pub fn from_decoded(status: StatusCode, headers: &HeaderMap, decoded: Result<E, Self>) -> Self {
        match decoded {
            Ok(body) => Error::api(status, headers, body),
            Err(error) => error,
        }
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
        }))
    }

    /// The HTTP status of the reply, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(api) => Some(api.status),
            Error::UnexpectedResponse(reply) => Some(reply.status),
            Error::Build(_) | Error::Transport(_) => None,
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
