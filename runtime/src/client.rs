//! What every generated `Client` holds, and what every `send()` goes
//! through: a tracing span per call, the token a call needs (fetched,
//! cached, renewed once on a 401), then the attempt loop (`attempts.rs`).

use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, SystemTime};

use http::{HeaderMap, StatusCode};
use tracing::Instrument as _;

use crate::attempts::{Outgoing, Reply};
use crate::auth::{Credentials, bearer_header, secret_forms};
use crate::error::{AuthError, AuthErrorKind};
use crate::token::{Clock, SystemClock, TokenReply};
use crate::{Error, RedirectPolicy, ReqwestTransport, RetryPolicy, Transport};

/// What the attempt loop needs to know about an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationInfo {
    /// The operation's name (the client method's): what traces call it.
    pub name: &'static str,
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

/// Marks a request built with the client's credentials: `send()` gives it
/// the token its credentials' token source issues.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Authenticated;

/// The base URL, credentials, transport and limits shared by a client's calls.
///
/// Clones share the credentials: [`replace_credentials`](Self::replace_credentials)
/// on one replaces them for all. `Debug` shows the credentials' scheme,
/// never a secret.
#[derive(Debug, Clone)]
pub struct ClientCore {
    pub(crate) base_url: String,
    /// Operations on their own server (the spec's `servers` on a path item
    /// or operation): the spec's URL and where its requests go instead.
    server_urls: Vec<(String, String)>,
    credentials: Arc<RwLock<Arc<Credentials>>>,
    pub(crate) transport: Arc<dyn Transport>,
    /// The transport is the reqwest one the client built itself, from
    /// `connect_timeout`: a new connect timeout rebuilds it.
    own_transport: bool,
    pub(crate) connect_timeout: Duration,
    pub(crate) timeout: Duration,
    pub(crate) retry: RetryPolicy,
    pub(crate) redirect: RedirectPolicy,
    pub(crate) max_body_bytes: usize,
    clock: Arc<dyn Clock>,
    pub(crate) provider: &'static str,
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
            credentials: Arc::new(RwLock::new(Arc::new(credentials))),
            transport: Arc::new(ReqwestTransport::new()),
            own_transport: true,
            connect_timeout: ReqwestTransport::DEFAULT_CONNECT_TIMEOUT,
            timeout: Self::DEFAULT_TIMEOUT,
            retry: RetryPolicy::default(),
            redirect: RedirectPolicy::default(),
            max_body_bytes: Self::DEFAULT_MAX_BODY_BYTES,
            clock: Arc::new(SystemClock),
            provider: "api",
        }
    }

    /// Names the provider in traces (`telegent`).
    pub fn set_provider(&mut self, provider: &'static str) {
        self.provider = provider;
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

    /// Replaces the transport. The connect timeout stays what it was: a
    /// transport of your own reads it from [`Limits`](crate::Limits); a
    /// [`ReqwestTransport::from_client`] connects with the timeout its
    /// reqwest client was built with, whatever the client's is.
    pub fn set_transport(&mut self, transport: Arc<dyn Transport>) {
        self.transport = transport;
        self.own_transport = false;
    }

    /// Sets how long connecting may take. The default transport is rebuilt
    /// with it; a transport set with [`set_transport`](Self::set_transport)
    /// (before or after) is kept, and given it in
    /// [`Limits::connect_timeout`](crate::Limits::connect_timeout). A
    /// [`ReqwestTransport::from_client`] does not apply it: a reqwest client
    /// keeps the connect timeout it was built with.
    pub fn set_connect_timeout(&mut self, timeout: Duration) {
        self.connect_timeout = timeout;
        if self.own_transport {
            self.transport = Arc::new(ReqwestTransport::with_connect_timeout(timeout));
        }
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

    /// Tokens are issued and expire by `clock` (a test's, moved by hand).
    pub fn set_clock(&mut self, clock: Arc<dyn Clock>) {
        if let Some(cache) = self.credentials().token_cache() {
            cache.set_clock(clock.clone());
        }
        self.clock = clock;
    }

    /// Now, by the client's clock.
    pub fn now(&self) -> SystemTime {
        self.clock.now()
    }

    /// The base URL every path is appended to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The credentials sent with authenticated operations.
    pub fn credentials(&self) -> Arc<Credentials> {
        self.credentials
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Replaces the credentials of this client and of every clone of it,
    /// while calls go on: a call already sending keeps the ones it started
    /// with. Tokens the previous credentials fetched are not reused.
    pub fn replace_credentials(&self, credentials: Credentials) {
        if let Some(cache) = credentials.token_cache() {
            cache.set_clock(self.clock.clone());
        }
        *self
            .credentials
            .write()
            .unwrap_or_else(PoisonError::into_inner) = Arc::new(credentials);
    }

    /// Revokes, at the provider, every token the credentials' token source
    /// issued and the client holds, and forgets them: the next call
    /// fetches a new one. Nothing to do for other credentials.
    pub async fn revoke_tokens(&self) -> Result<(), AuthError> {
        match self.credentials().token_cache() {
            Some(cache) => cache.revoke_all(self).await,
            None => Ok(()),
        }
    }

    /// Sends `request`, following redirects and retrying as the policies
    /// allow, and reads the reply. A request built with the client's
    /// credentials whose tokens come from a token source carries a fresh
    /// token; when the server answers 401 to a token the cache issued, the
    /// token is renewed and the request sent once more (a second 401 is
    /// the reply).
    ///
    /// Each call is a `tracing` span (`call`: provider, operation, method,
    /// path template, host; then the attempts made and the final status);
    /// each retry an INFO event in it, a call that fails for good a WARN
    /// one (method, path template, attempts, and the last status or the
    /// transport error's kind). A call fails for good when its last attempt
    /// got no reply, or a status the retry policy retries with no retry
    /// left or allowed, or a redirect is refused, or no token could be got;
    /// any other reply, a 4xx included, is the caller's to decide about and
    /// is a DEBUG event, never a WARN. None shows a URL, a header or a body.
    pub async fn send<E>(
        &self,
        operation: &OperationInfo,
        request: http::Request<Vec<u8>>,
        options: &CallOptions,
    ) -> Result<(StatusCode, HeaderMap, bytes::Bytes), Error<E>> {
        let reply = self.send_reply(operation, request, options).await?;
        Ok(reply.parts())
    }

    /// `error`, decoded from the reply of the last of `attempts` attempts,
    /// with the client's secrets replaced by `***` in the text it keeps of
    /// that reply (a server may echo a key in its message, which the
    /// error's `Display` shows).
    pub fn reply_error<E>(&self, error: Error<E>, attempts: u32) -> Error<E> {
        let error = error.after(attempts);
        if !error.holds_reply_text() {
            return error;
        }
        error.redacted(&secret_forms(self.credentials().secrets()))
    }

    /// [`send`](Self::send), with the number of attempts the reply took
    /// (for the error decoded from it: [`reply_error`](Self::reply_error)).
    pub async fn send_reply<E>(
        &self,
        operation: &OperationInfo,
        request: http::Request<Vec<u8>>,
        options: &CallOptions,
    ) -> Result<Reply, Error<E>> {
        let span = tracing::info_span!(
            target: "switchboard",
            "call",
            provider = self.provider,
            operation = operation.name,
            method = operation.method,
            path = operation.path,
            host = request.uri().host().unwrap_or_default(),
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
        );
        self.call(operation, request, options, &span)
            .instrument(span.clone())
            .await
    }

    async fn call<E>(
        &self,
        operation: &OperationInfo,
        mut request: http::Request<Vec<u8>>,
        options: &CallOptions,
        span: &tracing::Span,
    ) -> Result<Reply, Error<E>> {
        let credentials = self.credentials();
        let secrets = || secret_forms(credentials.secrets());
        let cache = credentials
            .token_cache()
            .filter(|_| request.extensions().get::<Authenticated>().is_some());
        let Some(cache) = cache else {
            let reply = self
                .attempts(
                    operation,
                    Outgoing::Owned(request),
                    options,
                    &credentials,
                    &secrets,
                    span,
                )
                .await;
            return reply;
        };
        let url = without_query(request.uri());
        let failed = |error: AuthError| {
            tracing::warn!(target: "switchboard", kind = ?error.kind, "no token: the call was not sent");
            Error::Auth(Box::new(error))
        };
        let token = cache.token(self, &url, None).await.map_err(failed)?;
        authorize(&mut request, token.token.secret())?;
        let reply = self
            .attempts(
                operation,
                Outgoing::Shared(&request),
                options,
                &credentials,
                &secrets,
                span,
            )
            .await?;
        if reply.status != StatusCode::UNAUTHORIZED {
            return Ok(reply);
        }
        tracing::info!(target: "switchboard", "the token was refused (401): renewing it, then one more try");
        let renewed = cache
            .token(self, &url, Some(&token))
            .await
            .map_err(failed)?;
        authorize(&mut request, renewed.token.secret())?;
        self.attempts(
            operation,
            Outgoing::Owned(request),
            options,
            &credentials,
            &secrets,
            span,
        )
        .await
    }

    /// Sends a token source's request: like an operation that is safe to
    /// repeat, without the client's credentials, redacting `secrets`.
    pub(crate) async fn send_token_request(
        &self,
        path: &'static str,
        request: http::Request<Vec<u8>>,
        secrets: &[String],
    ) -> Result<TokenReply, AuthError> {
        let operation = OperationInfo {
            name: "token",
            method: "POST",
            path,
            idempotent: true,
        };
        let span = tracing::info_span!(
            target: "switchboard",
            "token",
            provider = self.provider,
            path,
            host = request.uri().host().unwrap_or_default(),
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
        );
        let none = Credentials::None;
        let options = CallOptions::default();
        let secrets = || secrets.to_vec();
        let reply = self
            .attempts::<()>(
                &operation,
                Outgoing::Owned(request),
                &options,
                &none,
                &secrets,
                &span,
            )
            .instrument(span.clone())
            .await;
        match reply {
            Ok(reply) => Ok(TokenReply {
                status: reply.status,
                headers: reply.headers,
                body: reply.body,
                attempts: reply.attempts,
            }),
            Err(error) => {
                // The count is the token error's own, said once.
                let attempts = error.attempts().unwrap_or(1);
                let text = error.to_string();
                let count = format!(" ({})", crate::error::Attempts(attempts));
                let message = text.strip_suffix(&count).unwrap_or(&text).to_owned();
                Err(AuthError::new(AuthErrorKind::Unavailable, path)
                    .with_message(message)
                    .with_attempts(attempts))
            }
        }
    }
}

/// The request's URL without its query: the scope of a token per endpoint.
fn without_query(uri: &http::Uri) -> String {
    let mut url = String::new();
    if let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) {
        url.push_str(scheme);
        url.push_str("://");
        url.push_str(authority.as_str());
    }
    url.push_str(uri.path());
    url
}

/// Puts `token` in the request's `Authorization` header.
fn authorize<E>(request: &mut http::Request<Vec<u8>>, token: &str) -> Result<(), Error<E>> {
    let value = bearer_header(token)?;
    request
        .headers_mut()
        .insert(http::header::AUTHORIZATION, value);
    Ok(())
}
