//! One token request however many calls wait for it: 500 calls at once
//! start with no token, and end with one token request and 500 calls; on
//! one thread, and on four worker threads where the calls race for the
//! cache for real.

use std::collections::HashSet;
use std::thread::ThreadId;

use tokio::task::JoinSet;

use crate::support::*;

/// Two rounds of 500 calls at once, the token expiring between them; the
/// threads the calls ran on.
async fn five_hundred_calls_per_token() -> HashSet<ThreadId> {
    let clock = ManualClock::new();
    let server = telegent_server(&clock, secs(300)).await;
    let client = telegent_client(&server, &clock);
    let mut threads = HashSet::new();
    for round in 1..=2 {
        let mut calls = JoinSet::new();
        for _ in 0..500 {
            let client = client.clone();
            calls.spawn(async move {
                let got = client.list_account_voice_routes().send().await;
                (got, std::thread::current().id())
            });
        }
        let mut succeeded = 0;
        while let Some(result) = calls.join_next().await {
            let (got, thread) = result.unwrap();
            got.unwrap();
            threads.insert(thread);
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
    for request in server.requests_to(TELEGENT_TOKENS) {
        assert_telegent_token_request(&request);
    }
    threads
}

#[tokio::test]
async fn five_hundred_concurrent_calls_make_one_token_request() {
    let threads = five_hundred_calls_per_token().await;
    assert_eq!(threads.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn five_hundred_calls_on_four_threads_make_one_token_request() {
    let threads = five_hundred_calls_per_token().await;
    // The calls did run in parallel, on more than one worker.
    assert!(threads.len() > 1, "{threads:?}");
}
