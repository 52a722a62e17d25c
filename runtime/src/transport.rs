//! The transport seam: anything that turns an `http::Request` into an
//! `http::Response` can carry a client's requests. reqwest (rustls) is the
//! default; tests inject faults and users add middleware through it.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// A boxed, sendable future, as [`Transport::send`] returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a transport must respect for one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The whole attempt (connect, send, read the entire body) must finish in this time.
    pub timeout: Duration,
    /// A response body larger than this is refused.
    pub max_body_bytes: usize,
}

/// Carries one request and reads the whole reply.
///
/// Implement it to add metrics, logging, custom TLS or a proxy, or to test
/// against canned replies; give it to a client with `with_transport`.
/// Retries, timeouts' error mapping and decoding stay in the client.
pub trait Transport: Send + Sync + std::fmt::Debug {
    /// Sends `request` and reads the reply, within `limits`.
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>>;
}

/// Why an attempt produced no reply.
#[derive(Debug, thiserror::Error)]
#[error("{kind}: {source}")]
pub struct TransportError {
    kind: TransportErrorKind,
    #[source]
    source: Box<dyn std::error::Error + Send + Sync>,
}

/// The kinds of [`TransportError`] the client acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made (refused, DNS, TLS handshake).
    Connect,
    /// The connection broke before the whole reply was read.
    Interrupted,
    /// The attempt took longer than its timeout.
    Timeout,
    /// The reply's body is larger than the client accepts.
    BodyTooLarge,
    /// Anything else.
    Other,
}

impl std::fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Interrupted => "the connection broke",
            TransportErrorKind::Timeout => "timed out",
            TransportErrorKind::BodyTooLarge => "the response body is too large",
            TransportErrorKind::Other => "transport failure",
        })
    }
}

impl TransportError {
    /// A transport error of `kind`, caused by `source`.
    pub fn new(
        kind: TransportErrorKind,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        TransportError {
            kind,
            source: source.into(),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }
}

/// The default transport: a reqwest client (rustls, connection pooling).
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// How long connecting may take by default.
    pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

    /// A reqwest client with the default connect timeout.
    pub fn new() -> Self {
        Self::with_connect_timeout(Self::DEFAULT_CONNECT_TIMEOUT)
    }

    /// A reqwest client that gives up connecting after `timeout`.
    pub fn with_connect_timeout(timeout: Duration) -> Self {
        let client = reqwest::Client::builder()
            .connect_timeout(timeout)
            .build()
            .unwrap_or_else(|_| reqwest::Client::new());
        ReqwestTransport { client }
    }

    /// Uses a reqwest client configured by the caller (proxies, TLS, pools).
    pub fn from_client(client: reqwest::Client) -> Self {
        ReqwestTransport { client }
    }
}

impl Default for ReqwestTransport {
    fn default() -> Self {
        Self::new()
    }
}

fn classify(error: reqwest::Error) -> TransportError {
    let kind = if error.is_timeout() {
        TransportErrorKind::Timeout
    } else if error.is_connect() {
        TransportErrorKind::Connect
    } else if error.is_body() || error.is_decode() || error.is_request() {
        TransportErrorKind::Interrupted
    } else {
        TransportErrorKind::Other
    };
    TransportError::new(kind, error)
}

fn too_large(limit: usize) -> TransportError {
    TransportError::new(
        TransportErrorKind::BodyTooLarge,
        format!("more than {limit} bytes"),
    )
}

impl Transport for ReqwestTransport {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        Box::pin(async move {
            let mut request = reqwest::Request::try_from(request)
                .map_err(|error| TransportError::new(TransportErrorKind::Other, error))?;
            *request.timeout_mut() = Some(limits.timeout);
            let mut response = self.client.execute(request).await.map_err(classify)?;
            if response
                .content_length()
                .is_some_and(|length| length > limits.max_body_bytes as u64)
            {
                return Err(too_large(limits.max_body_bytes));
            }
            let mut reply = http::Response::new(Vec::new());
            *reply.status_mut() = response.status();
            *reply.version_mut() = response.version();
            *reply.headers_mut() = std::mem::take(response.headers_mut());
            while let Some(chunk) = response.chunk().await.map_err(classify)? {
                if reply.body().len() + chunk.len() > limits.max_body_bytes {
                    return Err(too_large(limits.max_body_bytes));
                }
                reply.body_mut().extend_from_slice(&chunk);
            }
            Ok(reply)
        })
    }
}
