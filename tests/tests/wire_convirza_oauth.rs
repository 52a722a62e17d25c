//! Convirza's V3 Authentication operations, from the documents' own text
//! (`/work/shared/seeds/extra/convirza/architecture.md`, `v3-authentication.md`,
//! `api-endpoints-reference.md`): the OAuth service is its own host,
//! "OAuth | https://platform-oauth.convirza.com | Authentication — login,
//! refresh, revoke", beside "Public APIs | https://platform-api.convirza.com/v3",
//! with `POST /oauth/token`, `/oauth/refresh-token` and `/oauth/revoke-token`.

use http::StatusCode;
use serde_json::Value;
use switchboard::convirza::{self, builders, types};
use switchboard_tests::loopback::Loopback;
use switchboard_tests::wire::reply_headers;

/// The Quick Start's Step 2 response, verbatim
/// (`v3-authentication.md`, https://docs.convirza.com/quick-start-2043383m0).
const QUICK_START_TOKEN: &str = r#"{
  "access_token": "encrypted-token-string",
  "refresh_token": "encrypted-refresh-token-string",
  "frontend_token": "32-character-hash-string",
  "token_type": "Bearer",
  "expires_in": "2026-04-10T12:00:00.000Z",
  "refresh_expires_in": "2026-10-01T12:00:00.000Z",
  "user": {
    "user_id": 123,
    "email": "your-email@example.com",
    "role_id": 1,
    "org_unit_id": 1001
  }
}"#;

fn credentials() -> types::GetAccessTokenBody {
    types::GetAccessTokenBody {
        email: "your-email@example.com".into(),
        password: "placeholder-password".into(),
    }
}

#[test]
fn the_oauth_operations_go_to_the_oauth_service() {
    let client = convirza::Client::new(convirza::Auth::none());
    let login = client.get_access_token(credentials()).build().unwrap();
    assert_eq!(login.method(), http::Method::POST);
    assert_eq!(
        login.uri(),
        "https://platform-oauth.convirza.com/oauth/token"
    );
    let refresh = client
        .refresh_access_token(types::RefreshAccessTokenBody {
            refresh_token: "encrypted-refresh-token-string".into(),
        })
        .build()
        .unwrap();
    assert_eq!(
        refresh.uri(),
        "https://platform-oauth.convirza.com/oauth/refresh-token"
    );
    assert_eq!(
        refresh.body().as_slice(),
        br#"{"refresh_token":"encrypted-refresh-token-string"}"#
    );
    // The business endpoints stay on the Public APIs host.
    assert_eq!(
        client.get_provisioned_route(12345).build().unwrap().uri(),
        "https://platform-api.convirza.com/v3/provisioned-routes/12345"
    );
}

#[test]
fn logging_in_and_refreshing_send_no_bearer_token_and_revoking_does() {
    // A client made with a token sends it only where the spec asks for one.
    let client = convirza::Client::new(convirza::Auth::bearer("encrypted-token-string"));
    let login = client.get_access_token(credentials()).build().unwrap();
    assert!(login.headers().get("authorization").is_none());
    let revoke = client
        .revoke_token(types::RevokeTokenBody {
            token: "encrypted-token-string".into(),
        })
        .build()
        .unwrap();
    assert_eq!(
        revoke.uri(),
        "https://platform-oauth.convirza.com/oauth/revoke-token"
    );
    assert_eq!(
        revoke.headers()["authorization"],
        "Bearer encrypted-token-string"
    );
}

#[test]
fn with_base_url_leaves_the_oauth_host_and_with_server_url_moves_it() {
    let client = convirza::Client::new(convirza::Auth::none())
        .with_base_url("https://sandbox.example.test/v3");
    assert_eq!(
        client
            .get_access_token(credentials())
            .build()
            .unwrap()
            .uri(),
        "https://platform-oauth.convirza.com/oauth/token"
    );
    let client = client.with_server_url(
        "https://platform-oauth.convirza.com",
        "https://oauth.sandbox.example.test",
    );
    assert_eq!(
        client
            .get_access_token(credentials())
            .build()
            .unwrap()
            .uri(),
        "https://oauth.sandbox.example.test/oauth/token"
    );
    assert_eq!(
        client.list_provisioned_routes().build().unwrap().uri(),
        "https://sandbox.example.test/v3/provisioned-routes/list"
    );
}

#[test]
fn the_quick_start_token_pair_decodes() {
    let pair = builders::GetAccessToken::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        QUICK_START_TOKEN.as_bytes(),
    )
    .expect("the documented token response");
    assert_eq!(pair.access_token, "encrypted-token-string");
    assert_eq!(pair.refresh_token, "encrypted-refresh-token-string");
    // "expires_in and refresh_expires_in are ISO 8601 UTC timestamps
    // representing the absolute expiration time — not durations in seconds."
    assert_eq!(pair.expires_in.as_deref(), Some("2026-04-10T12:00:00.000Z"));
    let user = pair.user.as_ref().expect("the user");
    assert_eq!(user.user_id, Some(123));
    assert_eq!(user.org_unit_id, Some(1001));
    let documented: Value = serde_json::from_str(QUICK_START_TOKEN).unwrap();
    assert_eq!(serde_json::to_value(pair.body()).unwrap(), documented);
}

#[tokio::test]
async fn login_then_use_the_token_over_http() {
    let server = Loopback::bind().await;
    let client = convirza::Client::new(convirza::Auth::none())
        .with_http_client(Loopback::http_client())
        .with_server_url("https://platform-oauth.convirza.com", server.base_url());
    let send = client.get_access_token(credentials()).send();
    let (response, received) = server
        .exchange(
            send,
            "200 OK",
            "application/json; charset=utf-8",
            QUICK_START_TOKEN.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(received.request_line, "POST /oauth/token HTTP/1.1");
    assert!(received.header("authorization").is_empty());
    assert_eq!(
        received.body,
        br#"{"email":"your-email@example.com","password":"placeholder-password"}"#
    );
    let pair = response.expect("a documented 200").into_body();

    // "Include the token in the Authorization: Bearer <token> header on every
    // API request."
    let api = convirza::Client::new(convirza::Auth::bearer(pair.access_token));
    let request = api.get_provisioned_route(12345).build().unwrap();
    assert_eq!(
        request.headers()["authorization"],
        "Bearer encrypted-token-string"
    );
}
