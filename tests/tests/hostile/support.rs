//! What the hostile tests share: one secret per credential kind, clients
//! that send them (a bearer token a token source issues among them), a
//! check that a recorded request carries none, and HTTP dates in the three
//! formats.

use std::time::Duration;

use base64::Engine as _;
use http::{Method, StatusCode};
use switchboard::Error;
use switchboard::runtime::{
    AuthError, BoxFuture, OperationInfo, RetryPolicy, Token, TokenRequest, TokenSource,
};
use switchboard_runtime::__private::{ApiKeyLocation, ClientCore, Credentials, RequestBuilder};
use switchboard_tests::fault::Request;
use switchboard_tests::golden::security;

pub const TOKEN: &str = "sekret-bearer-3f9a1c";
/// The bearer token [`Vault`] issues, through the client's token cache.
pub const ISSUED: &str = "sekret-issued-token-d81e";
pub const USER: &str = "access-key-77";
pub const PASSWORD: &str = "sekret-pass-b41e";
pub const HEADER_KEY: &str = "sekret-header-key-0c2d";
/// With characters a query must percent-encode, so both forms are checked.
pub const QUERY_KEY: &str = "sekret query/key+8e";
pub const COOKIE_KEY: &str = "sekret-cookie-5a6b";
/// What a non-idempotent request sends: it must not reach another origin.
pub const BODY: &str = r#"{"password":"sekret-body-hunter2"}"#;

pub fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

/// A policy that retries quickly: backoff from 10 ms, capped at 40 ms.
pub fn fast(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        base_delay: ms(10),
        max_delay: ms(40),
        ..RetryPolicy::default()
    }
}

/// Every form in which a secret could leak: each raw and percent-encoded,
/// the Basic pair in base64, the request body's password.
pub fn secret_forms() -> Vec<String> {
    let basic = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"));
    vec![
        TOKEN.to_owned(),
        ISSUED.to_owned(),
        PASSWORD.to_owned(),
        basic,
        HEADER_KEY.to_owned(),
        QUERY_KEY.to_owned(),
        "sekret%20query%2Fkey%2B8e".to_owned(),
        "sekret+query%2Fkey%2B8e".to_owned(),
        COOKIE_KEY.to_owned(),
        "sekret-body-hunter2".to_owned(),
    ]
}

/// Whether `text` holds any form of any secret.
pub fn holds_secret(text: &str) -> bool {
    secret_forms()
        .iter()
        .any(|secret| text.contains(secret.as_str()))
}

/// Fails if `text` holds any form of any secret.
pub fn assert_no_secret(what: &str, text: &str) {
    for secret in secret_forms() {
        assert!(!text.contains(&secret), "{what} shows {secret:?}: {text}");
    }
}

/// The credentials a recorded request carries in its headers or its
/// target, described; empty if none. (Bodies are checked apart: a redirected
/// request may rightly lose its body.)
pub fn carried(request: &Request) -> Vec<String> {
    let mut found = Vec::new();
    for name in [
        "authorization",
        "proxy-authorization",
        "x-api-key",
        "cookie",
    ] {
        if request.header(name).is_some() {
            found.push(format!("a {name} header"));
        }
    }
    let text = format!("{} {:?}", request.target, request.headers);
    for secret in secret_forms() {
        if text.contains(&secret) {
            found.push(format!("the secret {secret:?}"));
        }
    }
    found
}

/// A token source that issues [`ISSUED`], valid for an hour, at once: a
/// vault or another process, as far as the client can tell.
#[derive(Debug)]
pub struct Vault;

impl TokenSource for Vault {
    fn fetch<'a>(&'a self, _: TokenRequest<'a>) -> BoxFuture<'a, Result<Token, AuthError>> {
        Box::pin(async { Ok(Token::new(ISSUED).expires_in(Duration::from_secs(3600))) })
    }
}

/// The kinds of credentials a client can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bearer,
    Basic,
    HeaderKey,
    QueryKey,
    CookieKey,
    /// A bearer token from a token source ([`Vault`]), which the client's
    /// token cache fetches when a call is sent and puts in the request then.
    Tokens,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Bearer,
        Kind::Basic,
        Kind::HeaderKey,
        Kind::QueryKey,
        Kind::CookieKey,
        Kind::Tokens,
    ];

    /// The runtime's credentials of this kind, with this file's secrets.
    pub fn credentials(self) -> Credentials {
        let key = |location, name: &str, key: &str| Credentials::ApiKey {
            location,
            name: name.to_owned(),
            key: key.to_owned(),
        };
        match self {
            Kind::Bearer => Credentials::Bearer(TOKEN.to_owned()),
            Kind::Basic => Credentials::Basic {
                username: USER.to_owned(),
                password: PASSWORD.to_owned(),
            },
            Kind::HeaderKey => key(ApiKeyLocation::Header, "X-Api-Key", HEADER_KEY),
            Kind::QueryKey => key(ApiKeyLocation::Query, "api_key", QUERY_KEY),
            Kind::CookieKey => key(ApiKeyLocation::Cookie, "session", COOKIE_KEY),
            Kind::Tokens => Credentials::tokens(Vault),
        }
    }

    /// The `golden::security` fixture's `Auth` of this kind.
    pub fn auth(self) -> security::Auth {
        match self {
            Kind::Bearer => security::Auth::bearer(TOKEN),
            Kind::Basic => security::Auth::basic(USER, PASSWORD),
            Kind::HeaderKey => security::Auth::header_key(HEADER_KEY),
            Kind::QueryKey => security::Auth::query_key(QUERY_KEY),
            Kind::CookieKey => security::Auth::cookie_key(COOKIE_KEY),
            Kind::Tokens => security::Auth::token_source(Vault),
        }
    }

    /// A fixture client of this kind for `base_url`, on the default
    /// transport, without retries.
    pub fn client(self, base_url: &str) -> security::Client {
        security::Client::new(self.auth())
            .with_base_url(base_url)
            .with_timeout(Duration::from_secs(5))
            .with_retry(RetryPolicy::disabled())
    }

    /// Calls the fixture's GET that sends this kind of credentials
    /// (`/items`: bearer, header key, tokens; `/search`: query key;
    /// `/session`: cookie key, basic) and gives the reply's status.
    pub async fn get(self, client: &security::Client) -> Result<StatusCode, Error<()>> {
        match self {
            Kind::Bearer | Kind::HeaderKey | Kind::Tokens => {
                client.list_items().send().await.map(|r| r.status())
            }
            Kind::QueryKey => client.search("q").send().await.map(|r| r.status()),
            Kind::Basic | Kind::CookieKey => client.get_session().send().await.map(|r| r.status()),
        }
    }

    /// A runtime client of this kind for `base_url` on the default
    /// transport, without retries.
    pub fn core(self, base_url: &str) -> ClientCore {
        let mut core = ClientCore::new(base_url, self.credentials());
        core.set_retry(RetryPolicy::disabled());
        core.set_timeout(Duration::from_secs(5));
        core
    }
}

/// The methods every redirect test goes through.
pub const METHODS: [Method; 6] = [
    Method::GET,
    Method::HEAD,
    Method::PUT,
    Method::POST,
    Method::PATCH,
    Method::DELETE,
];

/// The operation of `method` on `/login`, as generated code describes it.
pub fn operation(method: &Method) -> OperationInfo {
    let (method, idempotent) = match *method {
        Method::GET => ("GET", true),
        Method::HEAD => ("HEAD", true),
        Method::PUT => ("PUT", true),
        Method::DELETE => ("DELETE", true),
        Method::PATCH => ("PATCH", false),
        _ => ("POST", false),
    };
    OperationInfo {
        name: "login",
        method,
        path: "/login",
        idempotent,
    }
}

/// A `method` request to `/login` with `core`'s credentials; anything but
/// GET and HEAD carries [`BODY`].
pub fn login(core: &ClientCore, method: &Method) -> http::Request<Vec<u8>> {
    let builder = RequestBuilder::new(method.clone(), core.base_url()).literal("/login");
    let builder = if *method == Method::GET || *method == Method::HEAD {
        builder
    } else {
        builder.text_body("application/json", BODY)
    };
    builder.build(core.credentials()).expect("a valid request")
}
