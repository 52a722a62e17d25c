//! The transport seam: anything that turns an `http::Request` into an
//! `http::Response` can carry a client's requests. reqwest (rustls) is the
//! default; tests inject faults and users add middleware through it.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use bytes::Bytes;

use crate::auth::redact_all;
use crate::shown::Shown;

/// A boxed, sendable future, as [`Transport::send`] returns.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What a transport must respect for one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The whole attempt (connect, send, read the entire body) must finish in this time.
    pub timeout: Duration,
    /// A response body larger than this is refused.
    pub max_body_bytes: usize,
    /// How long connecting may take (the client's `with_connect_timeout`).
    /// The default transport is built with it; a transport of your own
    /// may read it here. A [`ReqwestTransport::from_client`] ignores it: a
    /// reqwest client cannot be given a connect timeout once built.
    pub connect_timeout: Duration,
}

/// Carries one request and reads the whole reply.
///
/// The reply's body is a [`bytes::Bytes`] (re-exported as
/// [`crate::bytes`]): the buffer the HTTP stack read it into is handed
/// over, not copied. (It was a `Vec<u8>` in earlier 0.1 releases:
/// `Bytes::from(vec)` turns one into the other without copying.) A transport must respect
/// [`Limits::max_body_bytes`] itself, failing with
/// [`TransportErrorKind::BodyTooLarge`].
///
/// Implement it to add metrics, logging, custom TLS or a proxy, or to test
/// against canned replies; give it to a client with `with_transport`.
/// Retries, timeouts' error mapping, redirects and decoding stay in the
/// client: a transport should return a 3xx reply as it is, not follow it,
/// so that the client's [`RedirectPolicy`](crate::RedirectPolicy) decides
/// where credentials go.
///
/// The request holds the credentials (an `Authorization` or API-key header,
/// marked sensitive, or the API key in the URI's query): a transport that
/// logs or wraps requests must not print the URI or those headers, and its
/// errors should not hold the URI (an error that shows a secret of the
/// client's credentials is replaced by its text with the secret redacted).
pub trait Transport: Send + Sync + std::fmt::Debug {
    /// Sends `request` and reads the reply, within `limits`.
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Bytes>, TransportError>>;
}

/// Why an attempt produced no reply.
///
/// `Display` is one line: the cause's text is escaped and cut short.
#[derive(Debug, thiserror::Error)]
#[error("{kind}: {}{}", Shown::message(&.source.to_string()), AfterAttempts(*.attempts))]
pub struct TransportError {
    kind: TransportErrorKind,
    #[source]
    source: Box<dyn std::error::Error + Send + Sync>,
    /// Attempts made in all, once the client gave up (0 while unknown).
    attempts: u32,
}

/// ` (after 3 attempts)`, once the count is known.
struct AfterAttempts(u32);

impl std::fmt::Display for AfterAttempts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            0 => Ok(()),
            n => write!(f, " ({})", crate::error::Attempts(n)),
        }
    }
}

/// The kinds of [`TransportError`] the client acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made (refused, DNS, TLS handshake).
    Connect,
    /// The connection broke before the whole reply was read.
    Interrupted,
    /// The reply is not valid HTTP: a malformed status line, a head larger
    /// than the transport reads (megabytes of headers), too many headers.
    /// Not retried: the same server would send it again.
    InvalidReply,
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
            TransportErrorKind::InvalidReply => "the reply is not valid HTTP",
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
            attempts: 0,
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// How many attempts the client made before giving up (0 for an error
    /// a transport returned, before the client counted).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// This error, as the last of `attempts` attempts.
    pub(crate) fn after(mut self, attempts: u32) -> Self {
        self.attempts = attempts;
        self
    }

    /// This error, or when its text (`Display`, `Debug` or a cause's)
    /// shows one of `secrets`, one of the same kind whose cause is that
    /// text with the secret redacted.
    pub(crate) fn redacted(self, secrets: &[String]) -> TransportError {
        let mut text = format!("{self} {self:?}");
        let mut cause: Option<&dyn std::error::Error> = Some(&*self.source);
        while let Some(error) = cause {
            text.push_str(&format!(" {error}"));
            cause = error.source();
        }
        if matches!(redact_all(secrets, &text), std::borrow::Cow::Borrowed(_)) {
            return self;
        }
        let cause = redact_all(secrets, &self.source.to_string()).into_owned();
        TransportError::new(self.kind, cause).after(self.attempts)
    }
}

/// The default transport: a reqwest client (rustls, connection pooling)
/// that follows no redirect, so that every 3xx reaches the client's
/// [`RedirectPolicy`](crate::RedirectPolicy).
///
/// Its errors never hold the request's URL (which may hold a query API key).
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
    origin: Arc<Mutex<Option<Origin>>>,
}

/// The origin of the last request, parsed: a client's requests nearly all
/// go to one origin, and parsing it (the host above all) is most of what
/// parsing a URL costs.
#[derive(Debug)]
struct Origin {
    /// The scheme and authority as the request's URI has them.
    scheme: String,
    authority: String,
    /// Them parsed, with an empty path and no query.
    url: reqwest::Url,
}

impl ReqwestTransport {
    /// A transport over `client`.
    fn over(client: reqwest::Client) -> Self {
        ReqwestTransport {
            client,
            origin: Arc::new(Mutex::new(None)),
        }
    }

    /// `uri` as reqwest's `Url`: what `Url::parse(&uri.to_string())` gives
    /// (as reqwest's `TryFrom<http::Request>` does), without parsing the
    /// origin again when it is the last request's. `None` when it does not
    /// parse.
    fn url(&self, uri: &http::Uri) -> Option<reqwest::Url> {
        let parts = match (uri.scheme_str(), uri.authority()) {
            (Some(scheme @ ("http" | "https")), Some(authority)) => {
                Some((scheme, authority.as_str()))
            }
            _ => None,
        };
        let mut origin = self.origin.lock().unwrap_or_else(PoisonError::into_inner);
        if let (Some(cached), Some((scheme, authority))) = (origin.as_ref(), parts) {
            if cached.scheme == scheme && cached.authority == authority {
                let mut url = cached.url.clone();
                url.set_path(uri.path());
                url.set_query(uri.query());
                return Some(url);
            }
        }
        let url = reqwest::Url::parse(&uri.to_string()).ok()?;
        if let Some((scheme, authority)) = parts {
            let mut bare = url.clone();
            bare.set_path("");
            bare.set_query(None);
            *origin = Some(Origin {
                scheme: scheme.to_owned(),
                authority: authority.to_owned(),
                url: bare,
            });
        }
        Some(url)
    }

    /// `request` as reqwest's: the same as its `TryFrom<http::Request>`,
    /// the URL parsed by [`url`](Self::url).
    fn request(&self, request: http::Request<Vec<u8>>) -> Result<reqwest::Request, TransportError> {
        let Some(url) = self.url(request.uri()) else {
            // Does not parse: reqwest's own conversion says why.
            return reqwest::Request::try_from(request).map_err(|error| {
                TransportError::new(TransportErrorKind::Other, error.without_url())
            });
        };
        let (parts, body) = request.into_parts();
        let mut converted = reqwest::Request::new(parts.method, url);
        *converted.headers_mut() = parts.headers;
        *converted.version_mut() = parts.version;
        *converted.body_mut() = Some(body.into());
        Ok(converted)
    }
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
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_else(|_| {
                // Only reachable if the TLS backend cannot start, which
                // reqwest's own `Client::new` would panic on as well.
                reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .build()
                    .expect("reqwest's TLS backend could not be initialized")
            });
        Self::over(client)
    }

    /// Uses a reqwest client configured by the caller (proxies, TLS, pools).
    ///
    /// Connecting gives up after the connect timeout `client` was built
    /// with (none, by reqwest's default; the attempt's timeout still
    /// applies): [`Limits::connect_timeout`] cannot change it.
    ///
    /// Build it with `.redirect(reqwest::redirect::Policy::none())`. A
    /// reqwest client follows redirects itself by default, before the
    /// client's [`RedirectPolicy`](crate::RedirectPolicy) sees them, and
    /// then strips only `Authorization`, `Cookie`, `Proxy-Authorization`
    /// and `WWW-Authenticate` on the way to another origin: an API key in
    /// a header or the query, and a POST's body, would go there too. This
    /// constructor cannot tell how `client` was built.
    pub fn from_client(client: reqwest::Client) -> Self {
        Self::over(client)
    }
}

impl Default for ReqwestTransport {
    fn default() -> Self {
        Self::new()
    }
}

/// The kind of a reqwest error, which is wrapped without its URL: the URL
/// holds a query API key when the client sends one.
fn classify(error: reqwest::Error) -> TransportError {
    let error = error.without_url();
    // A connect timeout is both: no connection was made, within the
    // transport's connect timeout (the attempt's is the client's to report).
    if error.is_connect() && error.is_timeout() {
        return TransportError::new(TransportErrorKind::Connect, ConnectTimedOut(error));
    }
    let kind = if error.is_timeout() {
        TransportErrorKind::Timeout
    } else if is_parse_error(&error) {
        TransportErrorKind::InvalidReply
    } else if error.is_connect() {
        TransportErrorKind::Connect
    } else if error.is_body() || error.is_decode() || error.is_request() {
        TransportErrorKind::Interrupted
    } else {
        TransportErrorKind::Other
    };
    TransportError::new(kind, error)
}

/// No connection within the transport's connect timeout.
#[derive(Debug, thiserror::Error)]
#[error("no connection within the connect timeout")]
struct ConnectTimedOut(#[source] reqwest::Error);

/// Whether hyper, under reqwest, found that the reply is not valid HTTP.
fn is_parse_error(error: &reqwest::Error) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(error);
    while let Some(error) = cause {
        if error
            .downcast_ref::<hyper::Error>()
            .is_some_and(hyper::Error::is_parse)
        {
            return true;
        }
        cause = error.source();
    }
    false
}

fn too_large(limit: usize) -> TransportError {
    TransportError::new(
        TransportErrorKind::BodyTooLarge,
        format!("more than {limit} bytes"),
    )
}

/// The reply's body, refused as soon as it is more than `limit` bytes. A
/// body that arrives in one chunk (a small reply whose `Content-Length` is
/// known, nearly always) is that chunk, handed over; only a body of several
/// is copied into one buffer.
async fn read_body(
    response: &mut reqwest::Response,
    limit: usize,
) -> Result<Bytes, TransportError> {
    let mut first = Bytes::new();
    let mut joined: Option<Vec<u8>> = None;
    while let Some(chunk) = response.chunk().await.map_err(classify)? {
        let length = joined.as_ref().map_or(first.len(), Vec::len) + chunk.len();
        if length > limit {
            return Err(too_large(limit));
        }
        match &mut joined {
            Some(body) => body.extend_from_slice(&chunk),
            None if first.is_empty() => first = chunk,
            None => {
                // Room for the whole body when its length is known (and allowed).
                let announced = response.content_length().unwrap_or(0) as usize;
                let mut body = Vec::with_capacity(announced.max(length));
                body.extend_from_slice(&first);
                body.extend_from_slice(&chunk);
                joined = Some(body);
            }
        }
    }
    Ok(joined.map_or(first, Bytes::from))
}

impl Transport for ReqwestTransport {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Bytes>, TransportError>> {
        Box::pin(async move {
            let mut request = self.request(request)?;
            *request.timeout_mut() = Some(limits.timeout);
            let mut response = self.client.execute(request).await.map_err(classify)?;
            if response
                .content_length()
                .is_some_and(|length| length > limits.max_body_bytes as u64)
            {
                return Err(too_large(limits.max_body_bytes));
            }
            let mut reply = http::Response::new(Bytes::new());
            *reply.status_mut() = response.status();
            *reply.version_mut() = response.version();
            *reply.headers_mut() = std::mem::take(response.headers_mut());
            *reply.body_mut() = read_body(&mut response, limits.max_body_bytes).await?;
            Ok(reply)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URIS: &[&str] = &[
        "https://api.example.test/v1/partners/abc",
        "https://api.example.test/v1/partners/abc?include_fields=a%2Cb&x=",
        "https://api.example.test/v1/partners/..%2Fadmin?q=%20",
        "https://api.example.test/a/./b/../c/%2e%2E/d",
        "https://api.example.test",
        "https://api.example.test/?",
        "https://api.example.test/p?a=b?c=d/e",
        "https://API.Example.TEST:443/Case/Path",
        "https://api.example.test:8443/x",
        "http://127.0.0.1:8080/partners/1?k=%E2%9C%93",
        "http://127.0.0.1:80/default-port",
        "http://[::1]:3000/v6",
        "http://user:secret@api.example.test/with-userinfo",
        "http://xn--bcher-kva.example/idna",
        "http://api.example.test/%zz/100%/a|b/{c}/`d`/^e",
        "http://api.example.test/p?q=|{}`^'\"<>",
        "http://api.example.test//double//slashes/",
        "http://api.example.test/semi;colon/@at/:colon/!$&'()*+,=",
    ];

    /// The URIs an `http::Uri` can hold (the others never reach a transport).
    fn uris() -> Vec<&'static str> {
        let uris: Vec<_> = URIS
            .iter()
            .copied()
            .filter(|uri| uri.parse::<http::Uri>().is_ok())
            .collect();
        assert!(uris.len() + 3 >= URIS.len(), "{uris:?}");
        uris
    }

    #[test]
    fn a_url_from_the_cached_origin_is_the_one_parsing_gives() {
        let transport = ReqwestTransport::new();
        // Every URI after every other, so each meets each cached origin.
        for before in uris() {
            for uri in uris() {
                let expected = reqwest::Url::parse(uri).unwrap();
                let _ = transport.url(&before.parse().unwrap());
                let uri: http::Uri = uri.parse().unwrap();
                let got = transport.url(&uri).unwrap();
                assert_eq!(got, expected, "{uri} after {before}");
                assert_eq!(got.as_str(), expected.as_str(), "{uri} after {before}");
                // And again, now from the cache of its own origin.
                assert_eq!(transport.url(&uri).unwrap().as_str(), expected.as_str());
            }
        }
    }

    #[test]
    fn a_request_converts_as_reqwest_converts_it() {
        let transport = ReqwestTransport::new();
        for uri in uris() {
            let make = || {
                let mut request = http::Request::new(b"body".to_vec());
                *request.method_mut() = http::Method::PATCH;
                *request.uri_mut() = uri.parse().unwrap();
                request
                    .headers_mut()
                    .insert("x-one", http::HeaderValue::from_static("1"));
                request
                    .headers_mut()
                    .append("x-one", http::HeaderValue::from_static("2"));
                request
            };
            for _ in 0..2 {
                let ours = transport.request(make()).unwrap();
                let theirs = reqwest::Request::try_from(make()).unwrap();
                assert_eq!(ours.method(), theirs.method());
                assert_eq!(ours.url(), theirs.url());
                assert_eq!(ours.headers(), theirs.headers());
                assert_eq!(ours.version(), theirs.version());
                let body = |request: &reqwest::Request| {
                    request
                        .body()
                        .and_then(reqwest::Body::as_bytes)
                        .map(<[u8]>::to_vec)
                };
                assert_eq!(body(&ours), body(&theirs));
            }
        }
    }
}
