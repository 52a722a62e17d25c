//! The OAuth2 flows a spec declares (`tests/fixtures/oauth2_flows.yaml`):
//! client credentials in HTTP Basic, a password grant, `expires_in`
//! seconds, renewal at the `refreshUrl` with the refresh token, the scopes
//! a user asks for.

use base64::Engine as _;
use serde_json::json;
use switchboard_tests::fault::{Reply, Request};
use switchboard_tests::golden::oauth2_flows;
use switchboard_tests::routed::{RoutedServer, path_of};

use crate::support::*;

const TOKEN: &str = "/oauth/token";
const REFRESH: &str = "/oauth/refresh";

/// An authorization server and API in one: tokens `at-<n>` living an
/// hour, with refresh tokens `rt-<n>`; the API takes the latest.
async fn server() -> RoutedServer {
    RoutedServer::start(|request, before| {
        let issued = count(before, TOKEN) + count(before, REFRESH);
        match path_of(request) {
            TOKEN | REFRESH => Reply::json(
                200,
                &json!({
                    "access_token": format!("at-{}", issued + 1),
                    "token_type": "Bearer",
                    "expires_in": 3600,
                    "refresh_token": format!("rt-{}", issued + 1),
                }),
            ),
            _ if bearer(request) == Some(format!("at-{issued}").as_str()) => {
                Reply::json(200, &json!(["q1"]))
            }
            _ => Reply::json(401, &json!({"error": "invalid_token"})),
        }
    })
    .await
}

fn client(
    server: &RoutedServer,
    auth: oauth2_flows::Auth,
    clock: &ManualClock,
) -> oauth2_flows::Client {
    oauth2_flows::Client::new(auth)
        .with_base_url(server.base_url())
        .with_server_url("https://auth.example.test", server.base_url())
        .with_clock(clock.clone())
        .with_retry(fast(3))
}

fn form(request: &Request, path: &str, body: &str) {
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, path);
    assert_eq!(
        request.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(request.header("accept"), Some("application/json"));
    assert_eq!(String::from_utf8_lossy(&request.body), body);
}

#[tokio::test]
async fn client_credentials_are_sent_in_basic_and_renewed_at_the_refresh_url() {
    let clock = ManualClock::new();
    let server = server().await;
    let client = client(
        &server,
        oauth2_flows::Auth::client_credentials("my client", "s3cret:x"),
        &clock,
    );
    client.list_reports().send().await.unwrap();
    let requests = server.requests();
    form(&requests[0], TOKEN, "grant_type=client_credentials");
    // RFC 6749 2.3.1: each part form-encoded, then `id:secret` in base64.
    let basic = base64::engine::general_purpose::STANDARD.encode("my+client:s3cret%3Ax");
    assert_eq!(
        requests[0].header("authorization"),
        Some(format!("Basic {basic}").as_str())
    );
    assert_eq!(requests[1].target, "/reports");
    assert_eq!(requests[1].header("authorization"), Some("Bearer at-1"));

    // An hour later (less 30 s): renewed with the refresh token, at refreshUrl.
    clock.advance(secs(3570));
    client.list_reports().send().await.unwrap();
    let requests = server.requests();
    form(
        &requests[2],
        REFRESH,
        "grant_type=refresh_token&refresh_token=rt-1",
    );
    assert_eq!(
        requests[2].header("authorization"),
        Some(format!("Basic {basic}").as_str())
    );
    assert_eq!(requests[3].header("authorization"), Some("Bearer at-2"));
}

#[tokio::test]
async fn the_scopes_asked_for_are_sent_space_separated_and_kept_on_renewal() {
    let clock = ManualClock::new();
    let server = server().await;
    let client = client(
        &server,
        oauth2_flows::Auth::client_credentials_with_scopes(
            "id",
            "secret",
            ["reports", "admin:all"],
        ),
        &clock,
    );
    client.list_reports().send().await.unwrap();
    form(
        &server.requests()[0],
        TOKEN,
        "grant_type=client_credentials&scope=reports+admin%3Aall",
    );
    // A refresh sends no `scope` (RFC 6749 section 6: the scopes granted).
    clock.advance(secs(3570));
    client.list_reports().send().await.unwrap();
    form(
        &server.requests()[2],
        REFRESH,
        "grant_type=refresh_token&refresh_token=rt-1",
    );

    // A password grant asks for them after the user's credentials; no
    // scopes at all is no `scope` field.
    let server = self::server().await;
    let client = self::client(
        &server,
        oauth2_flows::Auth::password_with_scopes("ann", "pw", vec!["reports".to_owned()]),
        &clock,
    );
    client.list_reports().send().await.unwrap();
    form(
        &server.requests()[0],
        TOKEN,
        "grant_type=password&username=ann&password=pw&scope=reports",
    );
    let server = self::server().await;
    let none: [&str; 0] = [];
    let client = self::client(
        &server,
        oauth2_flows::Auth::client_credentials_with_scopes("id", "secret", none),
        &clock,
    );
    client.list_reports().send().await.unwrap();
    form(
        &server.requests()[0],
        TOKEN,
        "grant_type=client_credentials",
    );
}

#[tokio::test]
async fn a_password_grant_sends_the_users_credentials() {
    let clock = ManualClock::new();
    let server = server().await;
    let client = client(
        &server,
        oauth2_flows::Auth::password("ann@example.test", "pa ss&word"),
        &clock,
    );
    client.list_reports().send().await.unwrap();
    let requests = server.requests();
    form(
        &requests[0],
        TOKEN,
        "grant_type=password&username=ann%40example.test&password=pa+ss%26word",
    );
    assert_eq!(requests[0].header("authorization"), None);
    assert_eq!(requests[1].header("authorization"), Some("Bearer at-1"));
    // No refreshUrl: an expired token is fetched anew with the password.
    clock.advance(secs(3600));
    client.list_reports().send().await.unwrap();
    form(
        &server.requests()[2],
        TOKEN,
        "grant_type=password&username=ann%40example.test&password=pa+ss%26word",
    );
}
