//! A token endpoint that refuses the credentials, fails or answers nonsense
//! is an `Error::Auth` the caller can act on; the call is not sent, and the
//! endpoint is asked once however many calls waited (no retry storm).

use serde_json::json;
use tokio::task::JoinSet;

use switchboard::Error;
use switchboard::runtime::{AuthError, AuthErrorKind};
use switchboard_tests::fault::Reply;
use switchboard_tests::routed::{RoutedServer, path_of};

use crate::support::*;

/// A server whose token endpoint always answers `reply`.
async fn token_endpoint(reply: Reply) -> RoutedServer {
    RoutedServer::start(move |request, _| {
        if path_of(request) == TELEGENT_TOKENS {
            reply.clone()
        } else {
            routes()
        }
    })
    .await
}

async fn auth_error(server: &RoutedServer) -> AuthError {
    let clock = ManualClock::new();
    let got = telegent_client(server, &clock)
        .list_account_voice_routes()
        .send()
        .await;
    match got {
        Err(Error::Auth(error)) => *error,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn refused_credentials_are_a_typed_error_asked_once() {
    // The provider's message echoes the secret: it is redacted.
    let server = token_endpoint(Reply::json(
        401,
        &json!({"StatusCode": 401, "Message": format!("Invalid account secret {ACCOUNT_SECRET}")}),
    ))
    .await;
    let error = auth_error(&server).await;
    assert_eq!(error.kind, AuthErrorKind::Rejected);
    assert_eq!(error.status.map(|s| s.as_u16()), Some(401));
    assert_eq!(error.endpoint, TELEGENT_TOKENS);
    assert_eq!(error.message.as_deref(), Some("Invalid account secret ***"));
    assert_eq!(error.attempts, 1);
    assert_eq!(
        error.to_string(),
        "no token from `/v1.0/oauth2/tokens`: the credentials were refused (401 Unauthorized): \
         Invalid account secret *** (1 attempt)"
    );
    assert_eq!(server.requests().len(), 1, "no retry, no call");
}

#[tokio::test]
async fn a_reply_that_says_it_did_not_succeed_is_a_refusal() {
    let server = token_endpoint(Reply::json(
        200,
        &json!({"token": "", "successful": false, "tokenExpiry": "", "error": "Account disabled"}),
    ))
    .await;
    let error = auth_error(&server).await;
    assert_eq!(error.kind, AuthErrorKind::Rejected);
    assert_eq!(error.message.as_deref(), Some("Account disabled"));
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_reply_without_a_token_is_an_invalid_reply() {
    let server = token_endpoint(Reply::json(200, &json!({"successful": true}))).await;
    let error = auth_error(&server).await;
    assert_eq!(error.kind, AuthErrorKind::InvalidReply);
    assert_eq!(error.message.as_deref(), Some("no `token` in the reply"));
    let server = token_endpoint(Reply::status(200).body("text/html", "<html>")).await;
    assert_eq!(auth_error(&server).await.kind, AuthErrorKind::InvalidReply);
}

#[tokio::test]
async fn a_failing_endpoint_is_retried_by_the_policy_once_for_every_waiting_call() {
    let server = token_endpoint(Reply::status(503)).await;
    let clock = ManualClock::new();
    let client = telegent_client(&server, &clock);
    let mut calls = JoinSet::new();
    for _ in 0..100 {
        let client = client.clone();
        calls.spawn(async move { client.list_account_voice_routes().send().await });
    }
    let mut errors = Vec::new();
    while let Some(result) = calls.join_next().await {
        match result.unwrap() {
            Err(Error::Auth(error)) => errors.push(*error),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(errors.len(), 100);
    for error in &errors {
        assert_eq!(error.kind, AuthErrorKind::Unavailable);
        assert_eq!(error.status.map(|s| s.as_u16()), Some(503));
        assert_eq!(error.attempts, 3);
    }
    // Three attempts (the client's policy) for the 100 calls, and no call.
    assert_eq!(server.requests().len(), 3);

    // A later call asks again, once more.
    let got = client.list_account_voice_routes().send().await;
    assert!(matches!(got, Err(Error::Auth(_))), "{got:?}");
    assert_eq!(server.requests().len(), 6);
}

#[tokio::test]
async fn an_unreachable_endpoint_is_unavailable() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let base_url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let clock = ManualClock::new();
    let got = switchboard::telegent::Client::new(switchboard::telegent::Auth::account_key(
        ACCOUNT_KEY,
        ACCOUNT_SECRET,
    ))
    .with_base_url(base_url)
    .with_clock(clock)
    .with_retry(fast(2))
    .list_account_voice_routes()
    .send()
    .await;
    let Err(Error::Auth(error)) = &got else {
        panic!("{got:?}")
    };
    assert_eq!(error.kind, AuthErrorKind::Unavailable);
    assert_eq!(error.status, None);
    assert_eq!(error.attempts, 2);
    assert_eq!(got.as_ref().err().and_then(Error::attempts), Some(2));
    // The transport's cause, and the count once, at the end.
    let shown = error.to_string();
    assert!(
        shown.starts_with("no token from `/v1.0/oauth2/tokens`: no reply: transport error: "),
        "{shown}"
    );
    assert!(shown.ends_with(" (2 attempts)"), "{shown}");
    assert_eq!(shown.matches("attempt").count(), 1, "{shown}");
}
