//! A token is handed out until shortly before it expires (a fifth of its
//! lifetime early, 30 s at most), by the client's clock; Telegent's
//! `tokenExpiry` layout is read as documented, with the fallback and the
//! cap the spec gives (`x-token-endpoint`).

use serde_json::json;
use switchboard_tests::fault::Reply;
use switchboard_tests::routed::{RoutedServer, path_of};

use crate::support::*;

#[tokio::test]
async fn a_telegent_client_makes_calls_for_longer_than_a_token_lives() {
    let clock = ManualClock::new();
    // Tokens live 5 minutes: renewed 30 s early, at 4m30s.
    let server = telegent_server(&clock, secs(300)).await;
    let client = telegent_client(&server, &clock);

    client.list_account_voice_routes().send().await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_telegent_token_request(&requests[0]);
    let call = &requests[1];
    assert_eq!(call.method, "GET");
    assert_eq!(call.target, TELEGENT_ROUTES);
    assert_eq!(call.header("authorization"), Some("Bearer tok-1"));
    assert_eq!(
        call.header("accept"),
        Some("application/json, text/plain, text/json, application/problem+json")
    );
    assert!(call.body.is_empty());

    // Within its lifetime (less the margin), the token is reused.
    clock.advance(secs(269));
    client.list_account_voice_routes().send().await.unwrap();
    assert_eq!(server.requests_to(TELEGENT_TOKENS).len(), 1);

    // Past it, a new one is fetched before the call.
    clock.advance(secs(1));
    client.list_account_voice_routes().send().await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 5);
    assert_telegent_token_request(&requests[3]);
    assert_eq!(requests[4].header("authorization"), Some("Bearer tok-2"));

    // An hour of calls, one a minute, and no caller action: tok-2 (from
    // 4m30s) serves until 9m, then each token serves five calls (at 9m30s,
    // 14m30s… 64m30s): twelve more.
    for _ in 0..60 {
        clock.advance(secs(60));
        client.list_account_voice_routes().send().await.unwrap();
    }
    assert_eq!(server.requests_to(TELEGENT_TOKENS).len(), 14);
    assert!(server.requests_to(TELEGENT_ROUTES).iter().all(|r| {
        r.header("authorization")
            .is_some_and(|a| a.starts_with("Bearer tok-"))
    }));
}

/// A server whose only token carries `expiry` as its `tokenExpiry`.
async fn expiring(expiry: serde_json::Value) -> RoutedServer {
    RoutedServer::start(move |request, before| {
        if path_of(request) == TELEGENT_TOKENS {
            let n = count(before, TELEGENT_TOKENS) + 1;
            Reply::json(
                200,
                &json!({"token": format!("tok-{n}"), "successful": true, "tokenExpiry": expiry}),
            )
        } else {
            routes()
        }
    })
    .await
}

/// The token requests made so far after each call of one client, each
/// call `steps[i]` seconds after the one before.
async fn tokens_for(server: &RoutedServer, clock: &ManualClock, steps: &[u64]) -> Vec<usize> {
    let client = telegent_client(server, clock);
    let mut seen = Vec::new();
    for step in steps {
        clock.advance(secs(*step));
        client.list_account_voice_routes().send().await.unwrap();
        seen.push(server.requests_to(TELEGENT_TOKENS).len());
    }
    seen
}

#[tokio::test]
async fn an_expiry_that_cannot_be_read_gives_the_token_the_fallback_lifetime() {
    // 120 s (the spec's fallback-lifetime), renewed 24 s early: at 96 s.
    for expiry in [
        json!("soon"),
        json!(42),
        json!(null),
        json!("13/45/2025 99:00:00 XM"),
    ] {
        let clock = ManualClock::new();
        let server = expiring(expiry.clone()).await;
        assert_eq!(
            tokens_for(&server, &clock, &[0, 95, 1, 95, 1]).await,
            [1, 1, 2, 2, 3],
            "{expiry}"
        );
    }
}

#[tokio::test]
async fn an_expiry_already_past_on_arrival_is_not_believed() {
    // A server whose clock is in a zone behind UTC: its 06:00 PM is past.
    let clock = ManualClock::new();
    let server = expiring(json!(telegent_time(start() - secs(3600)))).await;
    assert_eq!(tokens_for(&server, &clock, &[0, 95, 1]).await, [1, 1, 2]);
}

#[tokio::test]
async fn no_token_is_used_longer_than_the_spec_allows() {
    // Two hours, capped at 900 s (max-lifetime): renewed 30 s early.
    let clock = ManualClock::new();
    let server = expiring(json!(telegent_time(start() + secs(7200)))).await;
    assert_eq!(
        tokens_for(&server, &clock, &[0, 869, 1, 869, 1]).await,
        [1, 1, 2, 2, 3]
    );
}

#[tokio::test]
async fn the_expiry_is_measured_from_the_servers_date() {
    // The server's clock says 17:58, the client's 18:00: a token the server
    // gives until 18:03 has 5 minutes, not 3.
    let clock = ManualClock::new();
    let server = RoutedServer::start(move |request, _| {
        if path_of(request) == TELEGENT_TOKENS {
            Reply::json(
                200,
                &json!({
                    "token": "tok-1",
                    "successful": true,
                    "tokenExpiry": telegent_time(start() + secs(180)),
                }),
            )
            .header("date", "Fri, 02 May 2025 17:58:00 GMT")
        } else {
            routes()
        }
    })
    .await;
    // By the client's clock alone the token would have 3 minutes (renewed at
    // 2m24s); measured from the server's `Date` it has 5 (renewed at 4m30s).
    assert_eq!(tokens_for(&server, &clock, &[0, 269, 1]).await, [1, 1, 2]);
}
