//! What the token tests share: a clock the test moves, Telegent and
//! Convirza token servers, and clients pointed at them.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, SystemTime};

use serde_json::json;
use switchboard::runtime::{Clock, RetryPolicy};
use switchboard::{convirza, telegent};
use switchboard_tests::fault::{Reply, Request};
use switchboard_tests::routed::{RoutedServer, path_of};

pub const ACCOUNT_KEY: &str = "DID-1234567ab-1a2b-3cd4";
pub const ACCOUNT_SECRET: &str = "sekret-account-9f2c";
pub const EMAIL: &str = "me@example.com";
pub const PASSWORD: &str = "sekret-password-77aa";
pub const TELEGENT_TOKENS: &str = "/v1.0/oauth2/tokens";
pub const TELEGENT_ROUTES: &str = "/v1.0/account/voice/routes";
pub const CONVIRZA_LOGIN: &str = "/oauth/token";
pub const CONVIRZA_REFRESH: &str = "/oauth/refresh-token";
pub const CONVIRZA_REVOKE: &str = "/oauth/revoke-token";
pub const CONVIRZA_ROUTES: &str = "/provisioned-routes/list";
pub const CONVIRZA_OAUTH: &str = "https://platform-oauth.convirza.com";

/// 2025-05-02T18:00:00Z: where every test's clock starts.
pub fn start() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_746_208_800)
}

pub fn secs(seconds: u64) -> Duration {
    Duration::from_secs(seconds)
}

/// A clock that stands still until the test moves it.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<Mutex<SystemTime>>);

impl ManualClock {
    pub fn new() -> Self {
        ManualClock(Arc::new(Mutex::new(start())))
    }

    pub fn advance(&self, by: Duration) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> SystemTime {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A policy that retries quickly.
pub fn fast(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
        ..RetryPolicy::default()
    }
}

/// `at` as Telegent writes `tokenExpiry`: `05/02/2025 06:36:13 PM`.
pub fn telegent_time(at: SystemTime) -> String {
    let layout = time::format_description::parse(
        "[month]/[day]/[year] [hour repr:12]:[minute]:[second] [period]",
    )
    .unwrap();
    time::OffsetDateTime::from(at).format(&layout).unwrap()
}

/// `at` in RFC 3339, as Convirza writes `expires_in`.
pub fn rfc3339(at: SystemTime) -> String {
    time::OffsetDateTime::from(at)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap()
}

/// How many requests before `request` went to `path`.
pub fn count(before: &[Request], path: &str) -> usize {
    before.iter().filter(|r| path_of(r) == path).count()
}

/// The bearer token a request carries.
pub fn bearer(request: &Request) -> Option<&str> {
    request.header("authorization")?.strip_prefix("Bearer ")
}

/// A Telegent token reply: `tok-<n>`, expiring `lifetime` after `clock`'s now.
pub fn telegent_token(n: usize, clock: &ManualClock, lifetime: Duration) -> Reply {
    Reply::json(
        200,
        &json!({
            "token": format!("tok-{n}"),
            "successful": true,
            "tokenExpiry": telegent_time(clock.now() + lifetime),
        }),
    )
}

/// The account's voice routes: what Telegent's list answers.
pub fn routes() -> Reply {
    Reply::json(
        200,
        &json!({"AccountId": "A-1", "TotalRoutes": 0, "Results": []}),
    )
}

/// Telegent's 401.
pub fn unauthorized() -> Reply {
    Reply::json(
        401,
        &json!({"StatusCode": 401, "Message": "Unauthorized: Bearer token is missing, expired, or invalid."}),
    )
}

/// A Telegent server whose tokens live `lifetime` and whose API takes
/// any token it issued (`tok-1`, `tok-2`…).
pub async fn telegent_server(clock: &ManualClock, lifetime: Duration) -> RoutedServer {
    let clock = clock.clone();
    RoutedServer::start(move |request, before| {
        let issued = count(before, TELEGENT_TOKENS);
        if path_of(request) == TELEGENT_TOKENS {
            return telegent_token(issued + 1, &clock, lifetime);
        }
        match bearer(request).and_then(|t| t.strip_prefix("tok-")?.parse::<usize>().ok()) {
            Some(n) if n >= 1 && n <= issued => routes(),
            _ => unauthorized(),
        }
    })
    .await
}

/// A Telegent client of `account_key`, for `server`, on `clock`.
pub fn telegent_client(server: &RoutedServer, clock: &ManualClock) -> telegent::Client {
    telegent::Client::new(telegent::Auth::account_key(ACCOUNT_KEY, ACCOUNT_SECRET))
        .with_base_url(server.base_url())
        .with_clock(clock.clone())
        .with_retry(fast(3))
        .with_timeout(secs(5))
}

/// The exact token request Telegent gets (unscoped).
pub fn assert_telegent_token_request(request: &Request) {
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, TELEGENT_TOKENS);
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(request.header("authorization"), None);
    assert_eq!(
        String::from_utf8_lossy(&request.body),
        format!(r#"{{"AccountKey":"{ACCOUNT_KEY}","AccountSecret":"{ACCOUNT_SECRET}"}}"#)
    );
}

/// A Convirza client of `password`, for `server` (API and OAuth host), on `clock`.
pub fn convirza_client(server: &RoutedServer, clock: &ManualClock) -> convirza::Client {
    convirza::Client::new(convirza::Auth::password(EMAIL, PASSWORD))
        .with_base_url(server.base_url())
        .with_server_url(CONVIRZA_OAUTH, server.base_url())
        .with_clock(clock.clone())
        .with_retry(fast(3))
        .with_timeout(secs(5))
}

/// A Convirza token pair `acc-<n>` / `ref-<n>`, the access token expiring
/// 7 days after `clock`'s now.
pub fn convirza_pair(n: usize, clock: &ManualClock) -> Reply {
    Reply::json(
        200,
        &json!({
            "access_token": format!("acc-{n}"),
            "refresh_token": format!("ref-{n}"),
            "token_type": "Bearer",
            "expires_in": rfc3339(clock.now() + secs(7 * 86_400)),
            "refresh_expires_in": rfc3339(clock.now() + secs(180 * 86_400)),
        }),
    )
}

/// Convirza's provisioned-route list (its envelope requires nothing).
pub fn convirza_routes() -> Reply {
    Reply::json(200, &json!({"code": 200, "message": "OK", "data": {}}))
}

/// Convirza's 401.
pub fn convirza_unauthorized() -> Reply {
    Reply::json(
        401,
        &json!({"code": 401, "message": "Invalid or expired token"}),
    )
}
