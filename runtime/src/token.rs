//! Tokens that outlive none of the calls made with them: the
//! [`TokenSource`] seam that fetches one, and the cache every client with
//! such credentials holds, which hands a token out until shortly before it
//! expires, fetches once however many calls wait, and renews a token the
//! server refused.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, SystemTime};

use crate::BoxFuture;
use crate::client::ClientCore;
use crate::error::AuthError;

/// Fetches bearer tokens: from an OAuth2 token endpoint, a provider's own
/// token operation, a vault, another process.
///
/// A client calls it through its token cache, never directly: at most one
/// fetch per scope is in flight, and every call waiting for that scope gets
/// its result. Give a source to a client with the `Auth::token_source`
/// constructor of a generated module.
///
/// A source's `Debug` must not show a secret.
pub trait TokenSource: Send + Sync + std::fmt::Debug {
    /// A new token for [`request.scope()`](TokenRequest::scope). When
    /// [`request.previous()`](TokenRequest::previous) is given, the token is
    /// being renewed: it expired, or the server refused it.
    fn fetch<'a>(&'a self, request: TokenRequest<'a>) -> BoxFuture<'a, Result<Token, AuthError>>;

    /// The secrets this source holds (a client secret, a password), so that
    /// nothing the client shows holds them: each is replaced by `***`.
    fn secrets(&self) -> Vec<String> {
        Vec::new()
    }

    /// Revokes `token` (and its refresh token) at the provider; by default
    /// there is nothing to revoke.
    fn revoke<'a>(
        &'a self,
        request: TokenRequest<'a>,
        token: &'a Token,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        let _ = (request, token);
        Box::pin(async { Ok(()) })
    }
}

/// A token endpoint's reply, as [`TokenRequest::send`] returns it.
#[derive(Debug, Clone)]
pub struct TokenReply {
    /// The status.
    pub status: http::StatusCode,
    /// The headers.
    pub headers: http::HeaderMap,
    /// The whole body.
    pub body: bytes::Bytes,
    /// How many attempts it took.
    pub attempts: u32,
}

/// A bearer token, how long it lives and the refresh token that renews it.
///
/// `Debug` shows neither the token nor the refresh token.
#[derive(Clone, PartialEq, Eq)]
pub struct Token {
    secret: String,
    lifetime: Option<Duration>,
    refresh: Option<String>,
}

impl Token {
    /// A token that lives until the server refuses it.
    pub fn new(secret: impl Into<String>) -> Self {
        Token {
            secret: secret.into(),
            lifetime: None,
            refresh: None,
        }
    }

    /// The token expires `lifetime` after it was received.
    #[must_use]
    pub fn expires_in(mut self, lifetime: Duration) -> Self {
        self.lifetime = Some(lifetime);
        self
    }

    /// The refresh token that renews it.
    #[must_use]
    pub fn with_refresh_token(mut self, refresh: impl Into<String>) -> Self {
        self.refresh = Some(refresh.into());
        self
    }

    /// The token, as sent in `Authorization: Bearer <token>`.
    pub fn secret(&self) -> &str {
        &self.secret
    }

    /// How long it lives from when it was received, when that is known.
    pub fn lifetime(&self) -> Option<Duration> {
        self.lifetime
    }

    /// The refresh token, when the source issued one.
    pub fn refresh_token(&self) -> Option<&str> {
        self.refresh.as_deref()
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("secret", &"***")
            .field("lifetime", &self.lifetime)
            .field("refresh", &self.refresh.as_ref().map(|_| "***"))
            .finish()
    }
}

/// What a [`TokenSource`] is asked for, and the client it can send through.
#[derive(Debug, Clone, Copy)]
pub struct TokenRequest<'a> {
    core: &'a ClientCore,
    scope: Option<&'a str>,
    previous: Option<&'a Token>,
    refused: bool,
    now: SystemTime,
}

impl<'a> TokenRequest<'a> {
    /// The endpoint the token is for (the request's URL without its query),
    /// when the credentials scope tokens per endpoint; `None` for a token
    /// every endpoint takes.
    pub fn scope(&self) -> Option<&'a str> {
        self.scope
    }

    /// The token being renewed, with its refresh token.
    pub fn previous(&self) -> Option<&'a Token> {
        self.previous
    }

    /// Whether the server refused [`previous`](Self::previous) (it answered
    /// 401), rather than it expiring.
    pub fn refused(&self) -> bool {
        self.refused
    }

    /// Now, by the client's clock.
    pub fn now(&self) -> SystemTime {
        self.now
    }

    /// Where a request to `path` goes: after `server` (a server URL of the
    /// spec, moved by the client's `with_server_url`), else after the
    /// client's base URL.
    pub fn url(&self, server: Option<&str>, path: &str) -> String {
        let base = match server {
            Some(server) => self.core.server_url(server),
            None => self.core.base_url(),
        };
        format!("{}{path}", base.trim_end_matches('/'))
    }

    /// Sends `request` the way the client sends any call (its transport,
    /// timeouts, redirect policy, and its retry policy as for an operation
    /// that is safe to repeat), without credentials of the client's own.
    /// `path` names it in traces and errors; whatever they show has
    /// `secrets` redacted. An error is a reply that never came
    /// ([`AuthErrorKind::Unavailable`](crate::AuthErrorKind::Unavailable)).
    pub async fn send(
        &self,
        path: &'static str,
        request: http::Request<Vec<u8>>,
        secrets: &[String],
    ) -> Result<TokenReply, AuthError> {
        self.core.send_token_request(path, request, secrets).await
    }

    /// The same request, for `previous`.
    pub(crate) fn for_token(core: &'a ClientCore, previous: &'a Token, now: SystemTime) -> Self {
        TokenRequest {
            core,
            scope: None,
            previous: Some(previous),
            refused: false,
            now,
        }
    }
}

/// What a client's clock says: the time tokens are issued and expire by.
/// [`SystemClock`] by default; tests give a client one they move by hand.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// Now.
    fn now(&self) -> SystemTime;
}

/// The system's clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A token as the cache holds it: when to stop handing it out.
#[derive(Debug)]
pub(crate) struct Issued {
    pub(crate) token: Token,
    /// From then on the token is renewed before use; `None`: only when refused.
    renew_at: Option<SystemTime>,
}

impl Issued {
    fn fresh(&self, now: SystemTime) -> bool {
        self.renew_at.is_none_or(|at| now < at)
    }
}

/// How long before it expires a token is renewed: a fifth of its
/// lifetime, at most 30 s, so a call never goes out with a token about to
/// lapse in flight.
fn margin(lifetime: Duration) -> Duration {
    (lifetime / 5).min(Duration::from_secs(30))
}

/// One scope's token and the lock that makes its fetch single.
#[derive(Debug, Default)]
struct Slot {
    state: tokio::sync::Mutex<SlotState>,
    /// Fetches finished, failed ones included.
    fetches: AtomicU64,
}

#[derive(Debug, Default)]
struct SlotState {
    token: Option<Arc<Issued>>,
    /// The last fetch's error, when it failed: shared with every call that
    /// waited for it, so a failing endpoint is asked once, not once per call.
    failure: Option<AuthError>,
}

/// How many tokens the cache remembers for redaction after replacing them.
const REMEMBERED: usize = 16;

/// The tokens a [`TokenSource`] issued, per scope. Clones share the cache.
#[derive(Clone)]
pub struct TokenCache {
    inner: Arc<Inner>,
}

struct Inner {
    source: Box<dyn TokenSource>,
    per_endpoint: bool,
    /// The clock of the client that holds the cache (tokens expire by it).
    clock: RwLock<Arc<dyn Clock>>,
    slots: Mutex<HashMap<Option<String>, Arc<Slot>>>,
    /// Tokens and refresh tokens issued lately, for redaction.
    issued: Mutex<VecDeque<String>>,
}

impl TokenCache {
    /// A cache of `source`'s tokens, one token for every endpoint.
    pub fn new(source: impl TokenSource + 'static) -> Self {
        TokenCache {
            inner: Arc::new(Inner {
                source: Box::new(source),
                per_endpoint: false,
                clock: RwLock::new(Arc::new(SystemClock)),
                slots: Mutex::new(HashMap::new()),
                issued: Mutex::new(VecDeque::new()),
            }),
        }
    }

    /// The same source, with a token per endpoint (the request's URL
    /// without its query): for providers whose tokens are scoped to one
    /// endpoint. The cache starts empty.
    #[must_use]
    pub fn per_endpoint(self) -> Self {
        let clock = self.clock();
        let source = match Arc::try_unwrap(self.inner) {
            Ok(inner) => inner.source,
            Err(shared) => Box::new(Shared(shared)),
        };
        TokenCache {
            inner: Arc::new(Inner {
                source,
                per_endpoint: true,
                clock: RwLock::new(clock),
                slots: Mutex::new(HashMap::new()),
                issued: Mutex::new(VecDeque::new()),
            }),
        }
    }

    /// Tokens are issued and expire by `clock` from now on.
    pub(crate) fn set_clock(&self, clock: Arc<dyn Clock>) {
        *self
            .inner
            .clock
            .write()
            .unwrap_or_else(PoisonError::into_inner) = clock;
    }

    fn clock(&self) -> Arc<dyn Clock> {
        self.inner
            .clock
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Now, by the cache's clock.
    pub(crate) fn now(&self) -> SystemTime {
        self.clock().now()
    }

    /// Whether tokens are scoped per endpoint.
    pub fn is_per_endpoint(&self) -> bool {
        self.inner.per_endpoint
    }

    /// The scope of a request to `url` (its URL without the query).
    fn scope(&self, url: &str) -> Option<String> {
        self.inner.per_endpoint.then(|| url.to_owned())
    }

    fn slot(&self, scope: &Option<String>) -> Arc<Slot> {
        let mut slots = self
            .inner
            .slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        slots.entry(scope.clone()).or_default().clone()
    }

    /// The fresh token held for a request to `url`, if there is one and no
    /// fetch is under way: what `build()` shows.
    pub(crate) fn peek(&self, url: &str) -> Option<Token> {
        let slot = self.slot(&self.scope(url));
        let state = slot.state.try_lock().ok()?;
        let issued = state.token.as_ref()?;
        let fresh = issued.fresh(self.now());
        fresh.then(|| issued.token.clone())
    }

    /// A fresh token for a request to `url`: the one held, or a new one.
    /// With `refused`, the server refused that token: a new one replaces it
    /// unless another call already replaced it.
    pub(crate) async fn token(
        &self,
        core: &ClientCore,
        url: &str,
        refused: Option<&Arc<Issued>>,
    ) -> Result<Arc<Issued>, AuthError> {
        let scope = self.scope(url);
        let slot = self.slot(&scope);
        let seen = slot.fetches.load(Ordering::Acquire);
        let mut state = slot.state.lock().await;
        let now = self.now();
        if let Some(token) = &state.token {
            let replaced = refused.is_some_and(|refused| !Arc::ptr_eq(refused, token));
            if replaced || (refused.is_none() && token.fresh(now)) {
                return Ok(token.clone());
            }
        }
        if slot.fetches.load(Ordering::Acquire) != seen {
            // A fetch ended while this call waited, without a token it can use.
            if let Some(failure) = &state.failure {
                return Err(failure.clone());
            }
        }
        let previous = refused.or(state.token.as_ref()).map(|issued| &issued.token);
        let request = TokenRequest {
            core,
            scope: scope.as_deref(),
            previous,
            refused: refused.is_some(),
            now,
        };
        let result = self.inner.source.fetch(request).await;
        slot.fetches.fetch_add(1, Ordering::AcqRel);
        let now = self.now();
        match result {
            Ok(token) => {
                self.remember(&token);
                let issued = Arc::new(Issued {
                    renew_at: token
                        .lifetime
                        .and_then(|lifetime| now.checked_add(lifetime - margin(lifetime))),
                    token,
                });
                state.token = Some(issued.clone());
                state.failure = None;
                Ok(issued)
            }
            Err(error) => {
                state.token = None;
                state.failure = Some(error.clone());
                Err(error)
            }
        }
    }

    /// Revokes every token the cache holds at the provider, and forgets
    /// them: the next call fetches a new one. Every token is tried; the
    /// first failure is returned.
    pub(crate) async fn revoke_all(&self, core: &ClientCore) -> Result<(), AuthError> {
        let mut result = Ok(());
        for token in self.take_all().await {
            let request = TokenRequest::for_token(core, &token, self.now());
            let revoked = self.inner.source.revoke(request, &token).await;
            if result.is_ok() {
                result = revoked;
            }
        }
        result
    }

    /// Takes every token out of the cache: the next call fetches anew.
    pub(crate) async fn take_all(&self) -> Vec<Token> {
        let slots: Vec<Arc<Slot>> = self
            .inner
            .slots
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .values()
            .cloned()
            .collect();
        let mut tokens = Vec::new();
        for slot in slots {
            let mut state = slot.state.lock().await;
            if let Some(issued) = state.token.take() {
                tokens.push(issued.token.clone());
            }
        }
        tokens
    }

    fn remember(&self, token: &Token) {
        let mut issued = self
            .inner
            .issued
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        issued.push_back(token.secret.clone());
        issued.extend(token.refresh.clone());
        while issued.len() > REMEMBERED {
            issued.pop_front();
        }
    }

    /// The source's secrets and the tokens issued lately, for redaction.
    pub(crate) fn secrets(&self) -> Vec<String> {
        let mut secrets = self.inner.source.secrets();
        secrets.extend(
            self.inner
                .issued
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .iter()
                .cloned(),
        );
        secrets
    }
}

/// A source shared by two caches (one made per endpoint from a clone).
#[derive(Debug)]
struct Shared(Arc<Inner>);

impl TokenSource for Shared {
    fn fetch<'a>(&'a self, request: TokenRequest<'a>) -> BoxFuture<'a, Result<Token, AuthError>> {
        self.0.source.fetch(request)
    }

    fn secrets(&self) -> Vec<String> {
        self.0.source.secrets()
    }
}

impl std::fmt::Debug for Inner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenCache")
            .field("source", &self.source)
            .field("per_endpoint", &self.per_endpoint)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

/// Two caches are equal when they are the same cache.
impl PartialEq for TokenCache {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Eq for TokenCache {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_renewed_a_fifth_of_its_lifetime_early_at_most_30_seconds() {
        assert_eq!(margin(Duration::from_secs(60)), Duration::from_secs(12));
        assert_eq!(margin(Duration::from_secs(600)), Duration::from_secs(30));
        assert_eq!(margin(Duration::ZERO), Duration::ZERO);
    }

    #[test]
    fn debug_shows_no_token() {
        let token = Token::new("t0ken-secret").with_refresh_token("r3fresh");
        let shown = format!("{token:?}");
        assert!(
            !shown.contains("t0ken") && !shown.contains("r3fresh"),
            "{shown}"
        );
    }
}
