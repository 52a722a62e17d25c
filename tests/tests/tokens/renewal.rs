//! A call answered 401 with a token the cache issued renews the token and
//! is sent once more; a second 401 is the reply, never a loop; calls that
//! were refused together renew once.

use tokio::task::JoinSet;

use switchboard::{Error, telegent};
use switchboard_tests::routed::{RoutedServer, path_of};

use crate::support::*;

/// A server that issues `tok-1`, `tok-2`… and whose API refuses every
/// token below `accepted`.
async fn refusing_below(clock: &ManualClock, accepted: usize) -> RoutedServer {
    let clock = clock.clone();
    RoutedServer::start(move |request, before| {
        let issued = count(before, TELEGENT_TOKENS);
        if path_of(request) == TELEGENT_TOKENS {
            return telegent_token(issued + 1, &clock, secs(300));
        }
        match bearer(request).and_then(|t| t.strip_prefix("tok-")?.parse::<usize>().ok()) {
            Some(n) if n >= accepted && n <= issued => routes(),
            _ => unauthorized(),
        }
    })
    .await
}

#[tokio::test]
async fn a_refused_token_is_renewed_and_the_call_sent_once_more() {
    let clock = ManualClock::new();
    // The server forgot tok-1 (a restart, a revocation) before it expired.
    let server = refusing_below(&clock, 2).await;
    let client = telegent_client(&server, &clock);
    client.list_account_voice_routes().send().await.unwrap();
    let requests = server.requests();
    let seen: Vec<(&str, &str, Option<&str>)> = requests
        .iter()
        .map(|r| (r.method.as_str(), path_of(r), r.header("authorization")))
        .collect();
    assert_eq!(
        seen,
        [
            ("POST", TELEGENT_TOKENS, None),
            ("GET", TELEGENT_ROUTES, Some("Bearer tok-1")),
            ("POST", TELEGENT_TOKENS, None),
            ("GET", TELEGENT_ROUTES, Some("Bearer tok-2")),
        ]
    );
    // No refresh mechanism: the renewal sends the credentials again.
    assert_telegent_token_request(&requests[0]);
    assert_telegent_token_request(&requests[2]);
    // The new token serves the next call.
    client.list_account_voice_routes().send().await.unwrap();
    assert_eq!(server.requests().len(), 5);
}

#[tokio::test]
async fn a_renewed_token_refused_too_is_the_reply_not_a_loop() {
    let clock = ManualClock::new();
    let server = refusing_below(&clock, usize::MAX).await;
    let client = telegent_client(&server, &clock);
    let got = client.list_account_voice_routes().send().await;
    let Err(Error::Api(reply)) = &got else {
        panic!("{got:?}")
    };
    assert_eq!(reply.status, 401);
    assert!(
        matches!(reply.body, telegent::ErrorBody::Unauthorized(_)),
        "{got:?}"
    );
    // One token, one call, one renewal, one more call: nothing else.
    assert_eq!(server.requests_to(TELEGENT_TOKENS).len(), 2);
    assert_eq!(server.requests_to(TELEGENT_ROUTES).len(), 2);
}

#[tokio::test]
async fn calls_refused_together_share_one_renewal() {
    let clock = ManualClock::new();
    let server = refusing_below(&clock, 2).await;
    let client = telegent_client(&server, &clock);
    let mut calls = JoinSet::new();
    for _ in 0..50 {
        let client = client.clone();
        calls.spawn(async move { client.list_account_voice_routes().send().await });
    }
    while let Some(result) = calls.join_next().await {
        result.unwrap().unwrap();
    }
    // tok-1, refused for all 50; tok-2, once, for all of them.
    assert_eq!(server.requests_to(TELEGENT_TOKENS).len(), 2);
    let routes = server.requests_to(TELEGENT_ROUTES);
    assert_eq!(routes.len(), 100);
    let refused = routes
        .iter()
        .filter(|r| r.header("authorization") == Some("Bearer tok-1"))
        .count();
    assert_eq!(refused, 50);
}

#[tokio::test]
async fn a_401_to_a_fixed_bearer_token_is_the_reply() {
    // A token the caller gave is not the cache's: nothing to renew.
    let clock = ManualClock::new();
    let server = refusing_below(&clock, usize::MAX).await;
    let client = telegent::Client::new(telegent::Auth::bearer("fixed"))
        .with_base_url(server.base_url())
        .with_retry(fast(3));
    let got = client.list_account_voice_routes().send().await;
    assert!(
        matches!(&got, Err(Error::Api(reply)) if reply.status == 401),
        "{got:?}"
    );
    assert_eq!(server.requests().len(), 1);
}
