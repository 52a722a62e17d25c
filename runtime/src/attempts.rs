//! The attempt loop every request goes through: timeouts, redirects,
//! retries with backoff, and what is traced of them.

use std::time::{Instant, SystemTime};

use bytes::Bytes;
use http::{HeaderMap, StatusCode};

use crate::auth::Credentials;
use crate::client::{CallOptions, ClientCore, OperationInfo};
use crate::redirect::{RedirectError, Redirects};
use crate::retry::retry_after;
use crate::{Error, Limits, TransportError, TransportErrorKind};

/// The reply a call ends with, and how many attempts it took.
#[derive(Debug)]
pub struct Reply {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The whole body, as the transport read it.
    pub body: Bytes,
    /// How many attempts it took.
    pub attempts: u32,
}

impl Reply {
    /// Status, headers and body.
    pub fn parts(self) -> (StatusCode, HeaderMap, Bytes) {
        (self.status, self.headers, self.body)
    }
}

/// The request a call sends: its own, or one the caller keeps (to send it
/// again once a refused token is renewed).
// Boxing the request would cost an allocation a call: what this saves.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Outgoing<'a> {
    /// The caller's own: the last attempt that can be made takes it.
    Owned(http::Request<Vec<u8>>),
    /// Kept by the caller: every attempt sends a copy.
    Shared(&'a http::Request<Vec<u8>>),
    /// Given to the last attempt.
    Sent,
}

/// What one attempt sends.
#[allow(clippy::large_enum_variant)]
enum Hop<'a> {
    /// A copy of this request (and of each redirect after it), as it may be
    /// needed again.
    Copy(&'a http::Request<Vec<u8>>),
    /// This request: no attempt and no redirect follows.
    Last(http::Request<Vec<u8>>),
}

/// Why an attempt ended without a reply to return.
enum Failure {
    /// The transport failed.
    Transport(TransportError),
    /// A redirect the policy does not follow.
    Redirect(Box<RedirectError>),
}

impl ClientCore {
    /// Sends `request` until a reply is final: following redirects, and
    /// retrying as the policy allows. `credentials` decide what a redirect
    /// may carry; the `secrets` it gives (asked only when there is an error
    /// to redact) are redacted from any error; `span`, the call's,
    /// records the attempts and the final status.
    pub(crate) async fn attempts<E>(
        &self,
        operation: &OperationInfo,
        mut request: Outgoing<'_>,
        options: &CallOptions,
        credentials: &Credentials,
        secrets: &(dyn Fn() -> Vec<String> + Sync),
        span: &tracing::Span,
    ) -> Result<Reply, Error<E>> {
        let policy = options.retry.as_ref().unwrap_or(&self.retry);
        let limits = Limits {
            timeout: options.timeout.unwrap_or(self.timeout),
            max_body_bytes: self.max_body_bytes,
            connect_timeout: self.connect_timeout,
        };
        let may_retry = operation.idempotent || policy.non_idempotent;
        let started = Instant::now();
        let mut attempt = 1;
        loop {
            span.record("attempts", attempt);
            // When no retry and no redirect can follow, the request itself
            // goes, not a copy (a retry is never made after the last
            // attempt the policy allows).
            let last =
                !(may_retry && attempt < policy.max_attempts) && self.redirect.max_redirects == 0;
            let hop = match (last, std::mem::replace(&mut request, Outgoing::Sent)) {
                (true, Outgoing::Owned(owned)) => Hop::Last(owned),
                (_, kept) => {
                    request = kept;
                    match &request {
                        Outgoing::Owned(owned) => Hop::Copy(owned),
                        Outgoing::Shared(shared) => Hop::Copy(shared),
                        Outgoing::Sent => unreachable!("the last attempt was made"),
                    }
                }
            };
            let result = match self
                .attempt(operation, hop, limits, attempt, credentials)
                .await
            {
                Ok(reply) => Ok(reply),
                Err(Failure::Transport(error)) => Err(error),
                Err(Failure::Redirect(error)) => {
                    span.record("status", error.status.as_u16());
                    tracing::warn!(
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
            if let Some(wait) = retry {
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
                continue;
            }
            if let Some(status) = status {
                span.record("status", status);
            }
            return match result {
                Ok(reply) => {
                    if wait.is_some() {
                        // A status worth retrying, and no retry left or allowed.
                        tracing::warn!(
                            target: "switchboard",
                            method = operation.method,
                            path = operation.path,
                            attempts = attempt,
                            status,
                            "failed"
                        );
                    } else {
                        tracing::debug!(
                            target: "switchboard",
                            method = operation.method,
                            path = operation.path,
                            attempts = attempt,
                            status,
                            "reply"
                        );
                    }
                    let (parts, body) = reply.into_parts();
                    Ok(Reply {
                        status: parts.status,
                        headers: parts.headers,
                        body,
                        attempts: attempt,
                    })
                }
                Err(error) => {
                    let error = error.redacted(&secrets());
                    tracing::warn!(
                        target: "switchboard",
                        method = operation.method,
                        path = operation.path,
                        attempts = attempt,
                        error = %error.kind(),
                        "failed"
                    );
                    Err(Error::from_transport(error, limits, attempt))
                }
            };
        }
    }

    /// One attempt: `request`, then each redirect the policy follows, all
    /// within the attempt's timeout.
    async fn attempt(
        &self,
        operation: &OperationInfo,
        request: Hop<'_>,
        limits: Limits,
        attempt: u32,
        credentials: &Credentials,
    ) -> Result<http::Response<Bytes>, Failure> {
        if limits.timeout.is_zero() {
            return Err(Failure::Transport(out_of_time()));
        }
        let request = match request {
            // No redirect is followed: the reply is the attempt's.
            Hop::Last(request) => {
                return self
                    .transport
                    .send(request, limits)
                    .await
                    .map_err(Failure::Transport);
            }
            Hop::Copy(request) => request,
        };
        let deadline = Instant::now().checked_add(limits.timeout);
        let mut redirects = Redirects::new(&self.redirect, credentials);
        let mut redirected: Option<http::Request<Vec<u8>>> = None;
        loop {
            let current = redirected.as_ref().unwrap_or(request);
            // The first request has the whole timeout; each redirect what is left.
            let timeout = match (&redirected, deadline) {
                (Some(_), Some(deadline)) => deadline.saturating_duration_since(Instant::now()),
                _ => limits.timeout,
            };
            if timeout.is_zero() {
                return Err(Failure::Transport(out_of_time()));
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

/// An attempt's time ran out before its request (or a redirect's) was sent.
fn out_of_time() -> TransportError {
    TransportError::new(
        TransportErrorKind::Timeout,
        "the attempt's time ran out following redirects",
    )
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
