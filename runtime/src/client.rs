//! What every generated `Client` holds, and the attempt loop every `send()`
//! goes through: timeouts, redirects, retries with backoff, tracing.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use http::{HeaderMap, StatusCode};

use crate::auth::Credentials;
use crate::redirect::{RedirectError, Redirects};
use crate::retry::retry_after;
use crate::{
    Error, Limits, RedirectPolicy, ReqwestTransport, RetryPolicy, Transport, TransportError,
    TransportErrorKind,
};

/// What the attempt loop needs to know about an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationInfo {
    /// The HTTP method.
    pub method: &'static str,
    /// The path template, as in the spec (never a filled-in value).
    pub path: &'static str,
    /// Safe to repeat: GET, HEAD, PUT, DELETE, or marked `x-idempotent` in the spec.
    pub idempotent: bool,
}

/// Per-call settings that override the client's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallOptions {
    /// The timeout of each attempt.
    pub timeout: Option<Duration>,
    /// The retry policy.
    pub retry: Option<RetryPolicy>,
}

/// The base URL, credentials, transport and limits shared by a client's calls.
///
/// `Debug` shows the credentials' scheme, never a secret.
#[derive(Debug, Clone)]
pub struct ClientCore {
    base_url: String,
    /// Operations on their own server (the spec's `servers` on a path item
    /// or operation): the spec's URL and where its requests go instead.
    server_urls: Vec<(String, String)>,
    credentials: Credentials,
    transport: Arc<dyn Transport>,
    timeout: Duration,
    retry: RetryPolicy,
    redirect: RedirectPolicy,
    max_body_bytes: usize,
}

/// Why an attempt ended without a reply to return.
enum Failure {
    /// The transport failed.
    Transport(TransportError),
    /// A redirect the policy does not follow.
    Redirect(Box<RedirectError>),
}

impl ClientCore {
    /// How long one attempt may take by default (connect, send, read the body).
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
    /// The largest response body accepted by default: 16 MiB.
    pub const DEFAULT_MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

    /// A client for `base_url` that sends `credentials`, over reqwest, with
    /// the default timeouts, retry policy and body cap.
    pub fn new(base_url: impl Into<String>, credentials: Credentials) -> Self {
        ClientCore {
            base_url: base_url.into(),
            server_urls: Vec::new(),
            credentials,
            transport: Arc::new(ReqwestTransport::new()),
            timeout: Self::DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            redirect: RedirectPolicy::default(),
            max_body_bytes: Self::DEFAULT_MAX_BODY_BYTES,
        }
    }

    /// Replaces the base URL (a sandbox, a proxy, a mock server).
    pub fn set_base_url(&mut self, base_url: impl Into<String>) {
        self.base_url = base_url.into();
    }

    /// Sends the requests of the operations whose own server is `spec_url`
    /// to `url` instead (they do not follow [`set_base_url`](Self::set_base_url)).
    pub fn set_server_url(&mut self, spec_url: &str, url: impl Into<String>) {
        let url = url.into();
        match self
            .server_urls
            .iter_mut()
            .find(|(from, _)| from == spec_url)
        {
            Some((_, to)) => *to = url,
            None => self.server_urls.push((spec_url.to_owned(), url)),
        }
    }

    /// Where the requests of an operation whose own server is `spec_url` go:
    /// the URL set with [`set_server_url`](Self::set_server_url), else `spec_url`.
    pub fn server_url<'a>(&'a self, spec_url: &'a str) -> &'a str {
        self.server_urls
            .iter()
            .find(|(from, _)| from == spec_url)
            .map_or(spec_url, |(_, to)| to.as_str())
    }

    /// Replaces the transport.
    pub fn set_transport(&mut self, transport: Arc<dyn Transport>) {
        self.transport = transport;
    }

    /// Sets the timeout of each attempt.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// Sets the retry policy.
    pub fn set_retry(&mut self, retry: RetryPolicy) {
        self.retry = retry;
    }

    /// Sets the redirect policy.
    pub fn set_redirect(&mut self, redirect: RedirectPolicy) {
        self.redirect = redirect;
    }

    /// Sets the largest response body accepted.
    pub fn set_max_body_bytes(&mut self, max_body_bytes: usize) {
        self.max_body_bytes = max_body_bytes;
    }

    /// The base URL every path is appended to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The credentials sent with authenticated operations.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Sends `request`, following redirects and retrying as the policies
    /// allow, and reads the reply. Every attempt, redirect and retry is
    /// traced (method, path template, attempt, status, delay; never a URL,
    /// a header or a body).
    pub async fn send<E>(
        &self,
        operation: &OperationInfo,
        request: http::Request<Vec<u8>>,
        options: &CallOptions,
    ) -> Result<(StatusCode, HeaderMap, Vec<u8>), Error<E>> {
        let policy = options.retry.as_ref().unwrap_or(&self.retry);
        let limits = Limits {
            timeout: options.timeout.unwrap_or(self.timeout),
            max_body_bytes: self.max_body_bytes,
        };
        let may_retry = operation.idempotent || policy.non_idempotent;
        let started = Instant::now();
        let mut attempt = 1;
        loop {
            let result = match self.attempt(operation, &request, limits, attempt).await {
                Ok(reply) => Ok(reply),
                Err(Failure::Transport(error)) => Err(error),
                Err(Failure::Redirect(error)) => {
                    tracing::info!(
                        target: "switchboard",
                        method = operation.method,
                        path = operation.path,
                        attempt,
                        status = error.status.as_u16(),
                        reason = ?error.reason,
                        "redirect not followed"
                    );
                    return Err(Error::Redirect(error));
                }
            };
            let wait = match &result {
                Ok(reply) if policy.retries_status(reply.status()) => {
                    policy.delay(attempt, retry_after(reply.headers(), SystemTime::now()))
                }
                Ok(_) => None,
                Err(error) => match error.kind() {
                    TransportErrorKind::Connect
                    | TransportErrorKind::Interrupted
                    | TransportErrorKind::Timeout => policy.delay(attempt, None),
                    _ => None,
                },
            };
            let status = result.as_ref().ok().map(|reply| reply.status().as_u16());
            let retry = wait.filter(|wait| {
                may_retry
                    && attempt < policy.max_attempts
                    // Saturating: a server may ask for u64::MAX seconds.
                    && started.elapsed().saturating_add(*wait) <= policy.max_elapsed
            });
            match retry {
                Some(wait) => {
                    tracing::info!(
                        target: "switchboard",
                        method = operation.method,
                        path = operation.path,
                        attempt,
                        status,
                        error = result.as_ref().err().map(|error| error.kind().to_string()),
                        delay_ms = wait.as_millis() as u64,
                        "retrying"
                    );
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                None => {
                    tracing::debug!(
                        target: "switchboard",
                        method = operation.method,
                        path = operation.path,
                        attempt,
                        status,
                        "reply"
                    );
                    let reply = result.map_err(|error| {
                        Error::from_transport(error.redacted(&self.credentials), limits)
                    })?;
                    let (parts, body) = reply.into_parts();
                    return Ok((parts.status, parts.headers, body));
                }
            }
        }
    }

    /// One attempt: `request`, then each redirect the policy follows, all
    /// within the attempt's timeout.
    async fn attempt(
        &self,
        operation: &OperationInfo,
        request: &http::Request<Vec<u8>>,
        limits: Limits,
        attempt: u32,
    ) -> Result<http::Response<Vec<u8>>, Failure> {
        let deadline = Instant::now().checked_add(limits.timeout);
        let mut redirects = Redirects::new(&self.redirect, &self.credentials);
        let mut redirected: Option<http::Request<Vec<u8>>> = None;
        loop {
            let current = redirected.as_ref().unwrap_or(request);
            let timeout = match deadline {
                Some(deadline) => deadline.saturating_duration_since(Instant::now()),
                None => limits.timeout,
            };
            if timeout.is_zero() {
                return Err(Failure::Transport(TransportError::new(
                    TransportErrorKind::Timeout,
                    "the attempt's time ran out following redirects",
                )));
            }
            let limits = Limits { timeout, ..limits };
            let reply = self
                .transport
                .send(copy(current), limits)
                .await
                .map_err(Failure::Transport)?;
            match redirects.next(current, reply.status(), reply.headers()) {
                Ok(None) => return Ok(reply),
                Ok(Some(next)) => {
                    tracing::debug!(
                        target: "switchboard",
                        method = operation.method,
                        path = operation.path,
                        attempt,
                        status = reply.status().as_u16(),
                        redirect = redirects.followed(),
                        credentials_removed = redirects.stripped(),
                        "following a redirect"
                    );
                    redirected = Some(next);
                }
                Err(error) => return Err(Failure::Redirect(error)),
            }
        }
    }
}

/// Another copy of a request, for another attempt.
fn copy(request: &http::Request<Vec<u8>>) -> http::Request<Vec<u8>> {
    let mut copy = http::Request::new(request.body().clone());
    *copy.method_mut() = request.method().clone();
    *copy.uri_mut() = request.uri().clone();
    *copy.version_mut() = request.version();
    *copy.headers_mut() = request.headers().clone();
    copy
}
