//! Which redirects a client follows, and what it sends when it does.
//!
//! The attempt loop follows redirects itself, whatever the transport: the
//! default reqwest transport follows none, so every 3xx reaches this module.
//! A request keeps its credentials only on its own origin (scheme, host and
//! port); a GET or HEAD may go on to another origin without any of them, and
//! nothing else goes there at all.

use http::header::{
    AUTHORIZATION, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_TYPE, COOKIE, LOCATION,
    PROXY_AUTHORIZATION, TRANSFER_ENCODING,
};
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use percent_encoding::{percent_decode_str, utf8_percent_encode};
use reqwest::Url;

use crate::auth::Credentials;
use crate::request::COMPONENT;
use crate::shown::Shown;

/// How a client follows redirects (301, 302, 303, 307 and 308 with a
/// `Location`).
///
/// On the request's own origin (scheme, host and port: `https` → `http`,
/// another port, `localhost` for `127.0.0.1` are all other origins) a
/// redirect is followed with every credential: a 303, and a 301 or 302 of
/// anything but GET or HEAD, becomes a GET without a body; a 307 or 308
/// keeps the method and the body. To another origin only a GET or HEAD is
/// followed, and only without credentials: no `Authorization`, no `Cookie`,
/// no header the runtime marked sensitive (API keys), no query API key; and
/// the credentials stay off for the rest of that attempt. A redirect that is
/// not followed is an [`Error::Redirect`](crate::Error::Redirect).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectPolicy {
    /// Redirects followed in one attempt; needing more is an
    /// [`Error::Redirect`](crate::Error::Redirect) ([`RedirectReason::TooMany`]).
    /// With 0, no redirect is followed and a 3xx reply is returned to the
    /// operation like any other reply (a status the spec does not document
    /// is an `Error::UnexpectedResponse`, whose headers hold the `Location`).
    pub max_redirects: u32,
    /// Follow a GET or HEAD to another origin (without credentials); when
    /// false, such a redirect is an [`Error::Redirect`](crate::Error::Redirect)
    /// ([`RedirectReason::OtherOrigin`]).
    pub cross_origin: bool,
}

impl Default for RedirectPolicy {
    /// Up to 10 redirects; a GET or HEAD may leave the origin, without credentials.
    fn default() -> Self {
        RedirectPolicy {
            max_redirects: 10,
            cross_origin: true,
        }
    }
}

impl RedirectPolicy {
    /// Follows no redirect: every 3xx reply is returned as it is.
    pub fn none() -> Self {
        RedirectPolicy {
            max_redirects: 0,
            cross_origin: false,
        }
    }

    /// Follows redirects within the request's origin only.
    pub fn same_origin() -> Self {
        RedirectPolicy {
            cross_origin: false,
            ..RedirectPolicy::default()
        }
    }
}

/// Why a redirect was not followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RedirectReason {
    /// It leads to another origin, and the request is not a GET or HEAD
    /// (its body and effects are for the origin it was sent to), or the
    /// policy follows redirects within the origin only.
    OtherOrigin,
    /// More redirects than the policy's `max_redirects`.
    TooMany {
        /// The policy's `max_redirects`.
        limit: u32,
    },
    /// It leads back to a request already made in this attempt.
    Loop,
    /// The `Location` is not a URL, or not an `http` or `https` one.
    InvalidLocation,
}

/// A redirect the client did not follow. Nothing was sent to its `location`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedirectError {
    /// The redirect's status (301, 302, 303, 307 or 308).
    pub status: StatusCode,
    /// The method of the request that was redirected.
    pub method: Method,
    /// Where it pointed: the `Location` resolved against the request's URL
    /// (as the server sent it when it is not a URL), with every credential
    /// of the client replaced by `***`.
    pub location: String,
    /// The reply's headers; their `Location` is redacted like [`location`](Self::location).
    pub headers: HeaderMap,
    /// Why it was not followed.
    pub reason: RedirectReason,
}

impl std::fmt::Display for RedirectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "redirect {} to `{}` not followed: ",
            self.status.as_u16(),
            Shown::value(&self.location)
        )?;
        match self.reason {
            RedirectReason::OtherOrigin if is_safe(&self.method) => {
                f.write_str("it leads to another origin, and this client stays on its own")
            }
            RedirectReason::OtherOrigin => write!(
                f,
                "it leads to another origin, and a {} is never sent to one",
                self.method
            ),
            RedirectReason::TooMany { limit } => write!(f, "more than {limit} redirects"),
            RedirectReason::Loop => f.write_str("it leads back to a request already made"),
            RedirectReason::InvalidLocation => f.write_str("it is not an http or https URL"),
        }
    }
}

impl std::error::Error for RedirectError {}

/// GET and HEAD: the methods that may follow a redirect to another origin.
fn is_safe(method: &Method) -> bool {
    *method == Method::GET || *method == Method::HEAD
}

/// Whether a reply with `status` is a redirect the client may follow.
fn is_redirect(status: StatusCode) -> bool {
    matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308)
}

/// The redirects of one attempt: where it started, what it has requested.
pub(crate) struct Redirects<'a> {
    policy: &'a RedirectPolicy,
    credentials: &'a Credentials,
    /// The first request's URL; `None` if it is not an absolute http(s) URL
    /// (or no redirect came yet).
    start: Option<Url>,
    /// Every request made so far (method and URL), the first one included;
    /// empty until the first redirect.
    visited: Vec<(Method, String)>,
    /// The credentials were taken off on the way to another origin.
    stripped: bool,
    /// The first request carries the client's query API key (an operation
    /// that needs no credentials does not): same-origin redirects keep it.
    sends_query_key: bool,
}

impl<'a> Redirects<'a> {
    /// The redirects of an attempt, none followed yet. Nothing is parsed
    /// until a reply is a redirect: most attempts have none.
    pub(crate) fn new(policy: &'a RedirectPolicy, credentials: &'a Credentials) -> Self {
        Redirects {
            policy,
            credentials,
            start: None,
            visited: Vec::new(),
            stripped: false,
            sends_query_key: false,
        }
    }

    /// Notes where the attempt started, at its first redirect: `request`
    /// is then the attempt's first request.
    fn start(&mut self, request: &http::Request<Vec<u8>>) {
        if !self.visited.is_empty() {
            return;
        }
        let url = request.uri().to_string();
        let keys = self.credentials.key_queries();
        let query = request.uri().query().unwrap_or_default();
        self.sends_query_key = !keys.is_empty()
            && keys.iter().all(|(name, key)| {
                query.split('&').any(|pair| {
                    let (pair_name, value) = pair.split_once('=').unwrap_or((pair, ""));
                    percent_decode_str(pair_name).decode_utf8_lossy() == *name
                        && percent_decode_str(value).decode_utf8_lossy() == *key
                })
            });
        self.start = Url::parse(&url).ok();
        self.visited.push((request.method().clone(), url));
    }

    /// How many redirects have been followed.
    pub(crate) fn followed(&self) -> usize {
        self.visited.len().saturating_sub(1)
    }

    /// Whether the credentials were taken off on the way to another origin.
    pub(crate) fn stripped(&self) -> bool {
        self.stripped
    }

    /// The request to make next when `request` was answered with `status`
    /// and `headers`: `None` when the reply is not a redirect to follow
    /// (it is returned as it is), an error when it is one the policy refuses.
    pub(crate) fn next(
        &mut self,
        request: &http::Request<Vec<u8>>,
        status: StatusCode,
        headers: &HeaderMap,
    ) -> Result<Option<http::Request<Vec<u8>>>, Box<RedirectError>> {
        if !is_redirect(status) || self.policy.max_redirects == 0 {
            return Ok(None);
        }
        let Some(location) = headers.get(LOCATION) else {
            return Ok(None);
        };
        self.start(request);
        let refuse = |this: &Self, location: &str, reason| {
            Err(this.refusal(status, request.method(), location, headers, reason))
        };
        let raw = String::from_utf8_lossy(location.as_bytes());
        let Some(mut target) = self.resolve(request, location) else {
            return refuse(self, &raw, RedirectReason::InvalidLocation);
        };
        let cross = self.start.as_ref().map(Url::origin) != Some(target.origin());
        if self.followed() >= self.policy.max_redirects as usize {
            let limit = self.policy.max_redirects;
            return refuse(self, target.as_str(), RedirectReason::TooMany { limit });
        }
        if cross && !(is_safe(request.method()) && self.policy.cross_origin) {
            return refuse(self, target.as_str(), RedirectReason::OtherOrigin);
        }
        let shown = target.to_string();
        let keep_query_key = self.sends_query_key && !cross && !self.stripped;
        let query = self.query(target.query(), keep_query_key);
        target.set_query(query.as_deref());
        let Ok(uri) = target.as_str().parse::<http::Uri>() else {
            return refuse(self, &shown, RedirectReason::InvalidLocation);
        };
        // 303, and 301 or 302 of anything but GET or HEAD: a GET without
        // a body (what browsers, curl and reqwest do). 307 and 308 keep both.
        let becomes_get = matches!(status.as_u16(), 301..=303) && !is_safe(request.method());
        let method = if becomes_get {
            Method::GET
        } else {
            request.method().clone()
        };
        let key = (method.clone(), uri.to_string());
        if self.visited.contains(&key) {
            return refuse(self, &shown, RedirectReason::Loop);
        }
        self.visited.push(key);
        let mut next = http::Request::new(Vec::new());
        *next.method_mut() = method;
        *next.uri_mut() = uri;
        *next.version_mut() = request.version();
        *next.headers_mut() = request.headers().clone();
        if becomes_get || cross {
            for name in [
                CONTENT_TYPE,
                CONTENT_LENGTH,
                CONTENT_ENCODING,
                TRANSFER_ENCODING,
            ] {
                next.headers_mut().remove(name);
            }
        } else {
            *next.body_mut() = request.body().clone();
        }
        if cross {
            self.stripped = true;
            strip_credentials(next.headers_mut());
        }
        Ok(Some(next))
    }

    /// `location` resolved against `request`'s URL, without a fragment or
    /// user information; `None` if it is not an http(s) URL.
    fn resolve(&self, request: &http::Request<Vec<u8>>, location: &HeaderValue) -> Option<Url> {
        let location = std::str::from_utf8(location.as_bytes()).ok()?;
        let base = Url::parse(&request.uri().to_string()).ok()?;
        let mut target = base.join(location).ok()?;
        if !matches!(target.scheme(), "http" | "https") || target.host().is_none() {
            return None;
        }
        target.set_fragment(None);
        target.set_username("").ok()?;
        target.set_password(None).ok()?;
        Some(target)
    }

    /// The query of the next request: the Location's pairs as the server
    /// wrote them, less any named like one of the client's query API keys;
    /// then the keys themselves, when the request keeps them.
    fn query(&self, query: Option<&str>, keep_query_key: bool) -> Option<String> {
        let keys = self.credentials.key_queries();
        let mut pairs: Vec<String> = query
            .unwrap_or_default()
            .split('&')
            .filter(|pair| !pair.is_empty())
            .filter(|pair| {
                let encoded = pair.split('=').next().unwrap_or_default();
                let pair_name = percent_decode_str(encoded).decode_utf8_lossy();
                keys.iter().all(|(name, _)| pair_name != *name)
            })
            .map(str::to_owned)
            .collect();
        if keep_query_key {
            for (name, key) in keys {
                pairs.push(format!(
                    "{}={}",
                    utf8_percent_encode(name, COMPONENT),
                    utf8_percent_encode(key, COMPONENT)
                ));
            }
        }
        (!pairs.is_empty()).then(|| pairs.join("&"))
    }

    /// The error for a redirect not followed, with every secret redacted.
    fn refusal(
        &self,
        status: StatusCode,
        method: &Method,
        location: &str,
        headers: &HeaderMap,
        reason: RedirectReason,
    ) -> Box<RedirectError> {
        let mut headers = headers.clone();
        let location = self.credentials.redact(location).into_owned();
        let sent = headers
            .get(LOCATION)
            .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned());
        if let Some(sent) = sent {
            match HeaderValue::from_str(&self.credentials.redact(&sent)) {
                Ok(redacted) => headers.insert(LOCATION, redacted),
                Err(_) => headers.remove(LOCATION),
            };
        }
        Box::new(RedirectError {
            status,
            method: method.clone(),
            location,
            headers,
            reason,
        })
    }
}

/// Takes every credential off a request's headers: the ones the runtime
/// marked sensitive (Authorization, API-key headers, its Cookie), and
/// Authorization, Cookie and Proxy-Authorization however they got there.
fn strip_credentials(headers: &mut HeaderMap) {
    for name in [AUTHORIZATION, COOKIE, PROXY_AUTHORIZATION] {
        headers.remove(name);
    }
    let sensitive: Vec<_> = headers
        .iter()
        .filter(|(_, value)| value.is_sensitive())
        .map(|(name, _)| name.clone())
        .collect();
    for name in sensitive {
        headers.remove(name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::ApiKeyLocation;

    fn request(method: Method, uri: &str) -> http::Request<Vec<u8>> {
        let mut request = http::Request::new(b"{\"password\":\"p\"}".to_vec());
        *request.method_mut() = method;
        *request.uri_mut() = uri.parse().unwrap();
        let mut key = HeaderValue::from_static("k3y");
        key.set_sensitive(true);
        request.headers_mut().insert("x-api-key", key);
        request.headers_mut().insert(
            AUTHORIZATION,
            HeaderValue::from_static("Bearer not-marked-sensitive"),
        );
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        request
            .headers_mut()
            .insert("x-trace", HeaderValue::from_static("kept"));
        request
    }

    fn redirect(status: u16, location: &str) -> (StatusCode, HeaderMap) {
        let mut headers = HeaderMap::new();
        headers.insert(LOCATION, HeaderValue::from_str(location).unwrap());
        (StatusCode::from_u16(status).unwrap(), headers)
    }

    fn query_key() -> Credentials {
        Credentials::ApiKey {
            location: ApiKeyLocation::Query,
            name: "api_key".into(),
            key: "K y".into(),
        }
    }

    #[test]
    fn another_scheme_host_or_port_is_another_origin() {
        let policy = RedirectPolicy::default();
        let credentials = Credentials::None;
        let from = request(Method::GET, "https://api.example.test/v1/items");
        for (location, cross) in [
            ("/v2/items", false),
            ("https://api.example.test:443/x", false),
            ("HTTPS://API.EXAMPLE.TEST/x", false),
            ("http://api.example.test/x", true),
            ("https://api.example.test:8443/x", true),
            ("https://other.example.test/x", true),
            ("//other.example.test/x", true),
        ] {
            let mut redirects = Redirects::new(&policy, &credentials);
            let (status, headers) = redirect(302, location);
            let next = redirects.next(&from, status, &headers).unwrap().unwrap();
            assert_eq!(redirects.stripped(), cross, "{location}");
            assert_eq!(next.headers().contains_key("x-api-key"), !cross);
            assert_eq!(next.headers().contains_key(AUTHORIZATION), !cross);
            assert_eq!(next.headers()["x-trace"], "kept");
        }
    }

    #[test]
    fn only_get_and_head_leave_the_origin() {
        let policy = RedirectPolicy::default();
        let credentials = Credentials::None;
        for method in [Method::POST, Method::PUT, Method::PATCH, Method::DELETE] {
            for status in [301, 302, 303, 307, 308] {
                let from = request(method.clone(), "http://127.0.0.1:1/login");
                let mut redirects = Redirects::new(&policy, &credentials);
                let (status, headers) = redirect(status, "http://localhost:1/login");
                let error = redirects.next(&from, status, &headers).unwrap_err();
                assert_eq!(error.reason, RedirectReason::OtherOrigin);
                assert_eq!(error.method, method);
            }
        }
    }

    #[test]
    fn a_303_becomes_a_get_without_a_body_and_a_307_keeps_both() {
        let policy = RedirectPolicy::default();
        let credentials = Credentials::None;
        let from = request(Method::POST, "http://127.0.0.1:1/login");
        let mut redirects = Redirects::new(&policy, &credentials);
        let (status, headers) = redirect(303, "/done");
        let next = redirects.next(&from, status, &headers).unwrap().unwrap();
        assert_eq!((next.method(), next.body().len()), (&Method::GET, 0));
        assert!(!next.headers().contains_key(CONTENT_TYPE));
        let (status, headers) = redirect(307, "/again");
        let next = redirects.next(&from, status, &headers).unwrap().unwrap();
        assert_eq!(next.method(), Method::POST);
        assert_eq!(next.body(), from.body());
        assert_eq!(next.headers()["x-api-key"], "k3y");
    }

    #[test]
    fn the_query_key_follows_within_the_origin_only_and_is_redacted() {
        let policy = RedirectPolicy::default();
        let credentials = query_key();
        let from = request(Method::GET, "http://127.0.0.1:1/search?q=a&api_key=K%20y");
        let mut redirects = Redirects::new(&policy, &credentials);
        let (status, headers) = redirect(302, "/v2/search?q=a%20b&api_key=echo&api%5Fkey=x");
        let next = redirects.next(&from, status, &headers).unwrap().unwrap();
        assert_eq!(
            next.uri(),
            "http://127.0.0.1:1/v2/search?q=a%20b&api_key=K%20y"
        );
        let (status, headers) = redirect(302, "http://localhost:1/s?api_key=K%20y&q=1");
        let next = redirects.next(&next, status, &headers).unwrap().unwrap();
        assert_eq!(next.uri(), "http://localhost:1/s?q=1");
        // Back on the first origin, the credentials stay off.
        let (status, headers) = redirect(302, "http://127.0.0.1:1/t");
        let last = redirects.next(&next, status, &headers).unwrap().unwrap();
        assert_eq!(last.uri(), "http://127.0.0.1:1/t");
        assert!(!last.headers().contains_key("x-api-key"));

        let post = request(Method::POST, "http://127.0.0.1:1/search?api_key=K%20y");
        let mut redirects = Redirects::new(&policy, &credentials);
        let (status, headers) = redirect(307, "http://localhost:1/x?api_key=K%20y");
        let error = redirects.next(&post, status, &headers).unwrap_err();
        assert_eq!(error.location, "http://localhost:1/x?api_key=***");
        assert_eq!(error.headers[LOCATION], "http://localhost:1/x?api_key=***");
        assert_eq!(
            error.to_string(),
            "redirect 307 to `http://localhost:1/x?api_key=***` not followed: \
             it leads to another origin, and a POST is never sent to one"
        );
    }

    #[test]
    fn an_operation_sent_without_the_query_key_is_not_given_it_by_a_redirect() {
        let policy = RedirectPolicy::default();
        let credentials = query_key();
        let from = request(Method::GET, "http://127.0.0.1:1/health?api_key=other");
        let mut redirects = Redirects::new(&policy, &credentials);
        let (status, headers) = redirect(302, "/healthz");
        let next = redirects.next(&from, status, &headers).unwrap().unwrap();
        assert_eq!(next.uri(), "http://127.0.0.1:1/healthz");
    }

    #[test]
    fn loops_too_many_hops_and_bad_locations_are_refused() {
        let policy = RedirectPolicy {
            max_redirects: 2,
            ..RedirectPolicy::default()
        };
        let credentials = Credentials::None;
        let from = request(Method::GET, "http://127.0.0.1:1/a");
        let mut redirects = Redirects::new(&policy, &credentials);
        let (status, headers) = redirect(301, "/a");
        let error = redirects.next(&from, status, &headers).unwrap_err();
        assert_eq!(error.reason, RedirectReason::Loop);

        let mut redirects = Redirects::new(&policy, &credentials);
        let mut current = from;
        for hop in 0..2 {
            let (status, headers) = redirect(308, &format!("/hop{hop}"));
            current = redirects.next(&current, status, &headers).unwrap().unwrap();
        }
        let (status, headers) = redirect(308, "/hop2");
        let error = redirects.next(&current, status, &headers).unwrap_err();
        assert_eq!(error.reason, RedirectReason::TooMany { limit: 2 });

        for location in [
            "ftp://127.0.0.1/x",
            "javascript:alert(1)",
            "http://[::1",
            "http://",
        ] {
            let from = request(Method::GET, "http://127.0.0.1:1/a");
            let mut redirects = Redirects::new(&policy, &credentials);
            let (status, headers) = redirect(302, location);
            let error = redirects.next(&from, status, &headers).unwrap_err();
            assert_eq!(error.reason, RedirectReason::InvalidLocation, "{location}");
            assert_eq!(error.location, location);
        }
    }

    #[test]
    fn replies_that_are_not_redirects_to_follow_are_returned() {
        let credentials = Credentials::None;
        let from = request(Method::GET, "http://127.0.0.1:1/a");
        let default = RedirectPolicy::default();
        let mut redirects = Redirects::new(&default, &credentials);
        for status in [200, 300, 304, 305, 404] {
            let (status, headers) = redirect(status, "/b");
            assert!(redirects.next(&from, status, &headers).unwrap().is_none());
        }
        let (status, _) = redirect(302, "/b");
        assert!(
            redirects
                .next(&from, status, &HeaderMap::new())
                .unwrap()
                .is_none()
        );
        let none = RedirectPolicy::none();
        let mut redirects = Redirects::new(&none, &credentials);
        let (status, headers) = redirect(302, "/b");
        assert!(redirects.next(&from, status, &headers).unwrap().is_none());
    }
}
