//! Convirza: log in with an email and a password, renew with the refresh
//! token when the access token is refused or expires, log in again when
//! the refresh token is refused too, revoke on request.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use switchboard_tests::fault::Request;
use switchboard_tests::routed::{RoutedServer, path_of};

use crate::support::*;

/// A Convirza server: the login and refresh issue `acc-<n>` / `ref-<n>`
/// (n counts both), the API takes only the latest access token, revoking
/// answers 200. With `refuse_refresh`, every refresh is refused.
async fn convirza_server(clock: &ManualClock, refuse_refresh: Arc<AtomicBool>) -> RoutedServer {
    let clock = clock.clone();
    RoutedServer::start(move |request, before| {
        let issued = count(before, CONVIRZA_LOGIN) + count(before, CONVIRZA_REFRESH);
        match path_of(request) {
            CONVIRZA_LOGIN => convirza_pair(issued + 1, &clock),
            CONVIRZA_REFRESH if refuse_refresh.load(Ordering::SeqCst) => convirza_unauthorized(),
            CONVIRZA_REFRESH => convirza_pair(issued + 1, &clock),
            CONVIRZA_REVOKE => switchboard_tests::fault::Reply::json(200, &serde_json::json!({})),
            _ if bearer(request) == Some(format!("acc-{issued}").as_str()) => convirza_routes(),
            _ => convirza_unauthorized(),
        }
    })
    .await
}

fn json_request(request: &Request, path: &str, body: &str, token: Option<&str>) {
    assert_eq!(request.method, "POST");
    assert_eq!(request.target, path);
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.header("accept"), Some("application/json"));
    let expected = token.map(|token| format!("Bearer {token}"));
    assert_eq!(request.header("authorization"), expected.as_deref());
    assert_eq!(String::from_utf8_lossy(&request.body), body);
}

#[tokio::test]
async fn a_convirza_client_logs_in_refreshes_and_logs_in_again_by_itself() {
    let clock = ManualClock::new();
    let refuse = Arc::new(AtomicBool::new(false));
    let server = convirza_server(&clock, refuse.clone()).await;
    let client = convirza_client(&server, &clock);

    client.list_provisioned_routes().send().await.unwrap();
    let requests = server.requests();
    json_request(
        &requests[0],
        CONVIRZA_LOGIN,
        &format!(r#"{{"email":"{EMAIL}","password":"{PASSWORD}"}}"#),
        None,
    );
    assert_eq!(requests[1].method, "GET");
    assert_eq!(requests[1].target, CONVIRZA_ROUTES);
    assert_eq!(requests[1].header("authorization"), Some("Bearer acc-1"));

    // Seven days later the access token has expired: renewed by refresh.
    clock.advance(secs(7 * 86_400));
    client.list_provisioned_routes().send().await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    json_request(
        &requests[2],
        CONVIRZA_REFRESH,
        r#"{"refresh_token":"ref-1"}"#,
        None,
    );
    assert_eq!(requests[3].header("authorization"), Some("Bearer acc-2"));

    // The refreshed token serves the next calls.
    clock.advance(secs(60));
    client.list_provisioned_routes().send().await.unwrap();
    assert_eq!(server.requests().len(), 5);

    // The refresh token is refused too: log in again with the password.
    refuse.store(true, Ordering::SeqCst);
    clock.advance(secs(7 * 86_400));
    client.list_provisioned_routes().send().await.unwrap();
    let requests = server.requests();
    let tail: Vec<&str> = requests[5..].iter().map(path_of).collect();
    assert_eq!(tail, [CONVIRZA_REFRESH, CONVIRZA_LOGIN, CONVIRZA_ROUTES]);
    json_request(
        &requests[5],
        CONVIRZA_REFRESH,
        r#"{"refresh_token":"ref-2"}"#,
        None,
    );
    json_request(
        &requests[6],
        CONVIRZA_LOGIN,
        &format!(r#"{{"email":"{EMAIL}","password":"{PASSWORD}"}}"#),
        None,
    );
    // n counts every login and refresh request, the refused one included.
    assert_eq!(requests[7].header("authorization"), Some("Bearer acc-4"));
}

#[tokio::test]
async fn a_refused_access_token_is_renewed_with_the_refresh_token() {
    let clock = ManualClock::new();
    let server = RoutedServer::start({
        let clock = clock.clone();
        move |request, before| {
            let issued = count(before, CONVIRZA_LOGIN) + count(before, CONVIRZA_REFRESH);
            match path_of(request) {
                CONVIRZA_LOGIN | CONVIRZA_REFRESH => convirza_pair(issued + 1, &clock),
                // The API refuses acc-1 at once (a revoked session).
                _ if bearer(request) == Some("acc-2") => convirza_routes(),
                _ => convirza_unauthorized(),
            }
        }
    })
    .await;
    let client = convirza_client(&server, &clock);
    client.list_provisioned_routes().send().await.unwrap();
    let requests = server.requests();
    let seen: Vec<(&str, Option<&str>)> = requests
        .iter()
        .map(|r| (path_of(r), r.header("authorization")))
        .collect();
    assert_eq!(
        seen,
        [
            (CONVIRZA_LOGIN, None),
            (CONVIRZA_ROUTES, Some("Bearer acc-1")),
            (CONVIRZA_REFRESH, None),
            (CONVIRZA_ROUTES, Some("Bearer acc-2")),
        ]
    );
    json_request(
        &requests[2],
        CONVIRZA_REFRESH,
        r#"{"refresh_token":"ref-1"}"#,
        None,
    );
}

#[tokio::test]
async fn revoking_revokes_both_tokens_and_the_next_call_logs_in() {
    let clock = ManualClock::new();
    let server = convirza_server(&clock, Arc::new(AtomicBool::new(false))).await;
    let client = convirza_client(&server, &clock);
    client.list_provisioned_routes().send().await.unwrap();
    client.revoke_tokens().await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    json_request(
        &requests[2],
        CONVIRZA_REVOKE,
        r#"{"token":"acc-1"}"#,
        Some("acc-1"),
    );
    json_request(
        &requests[3],
        CONVIRZA_REVOKE,
        r#"{"token":"ref-1"}"#,
        Some("acc-1"),
    );
    // Nothing left to revoke.
    client.revoke_tokens().await.unwrap();
    assert_eq!(server.requests().len(), 4);
    client.list_provisioned_routes().send().await.unwrap();
    let paths: Vec<String> = server.requests()[4..]
        .iter()
        .map(|r| path_of(r).to_owned())
        .collect();
    assert_eq!(paths, [CONVIRZA_LOGIN, CONVIRZA_ROUTES]);
}
