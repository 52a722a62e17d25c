//! One token request however many calls wait for it: 500 calls at once
//! start with no token, and end with one token request and 500 calls.

use tokio::task::JoinSet;

use crate::support::*;

#[tokio::test]
async fn five_hundred_concurrent_calls_make_one_token_request() {
    let clock = ManualClock::new();
    let server = telegent_server(&clock, secs(300)).await;
    let client = telegent_client(&server, &clock);
    for round in 1..=2 {
        let mut calls = JoinSet::new();
        for _ in 0..500 {
            let client = client.clone();
            calls.spawn(async move { client.list_account_voice_routes().send().await });
        }
        let mut succeeded = 0;
        while let Some(result) = calls.join_next().await {
            result.unwrap().unwrap();
            succeeded += 1;
        }
        assert_eq!(succeeded, 500);
        assert_eq!(server.requests_to(TELEGENT_TOKENS).len(), round);
        assert_eq!(server.requests_to(TELEGENT_ROUTES).len(), 500 * round);
        let token = format!("Bearer tok-{round}");
        assert!(
            server
                .requests_to(TELEGENT_ROUTES)
                .iter()
                .skip(500 * (round - 1))
                .all(|r| r.header("authorization") == Some(token.as_str()))
        );
        // The token expires: the next 500 share one new token.
        clock.advance(secs(300));
    }
}
