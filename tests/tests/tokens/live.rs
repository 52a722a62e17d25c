//! Credentials replaced on a client in use: every clone sends the new ones
//! from the next call on, and tokens of the old credentials are not reused.

use switchboard::telegent;
use switchboard_tests::fault::Reply;
use switchboard_tests::routed::RoutedServer;

use crate::support::*;

#[tokio::test]
async fn set_auth_replaces_the_credentials_of_every_clone() {
    let clock = ManualClock::new();
    let server = telegent_server(&clock, secs(300)).await;
    let client = telegent_client(&server, &clock);
    let clone = client.clone();
    client.list_account_voice_routes().send().await.unwrap();
    assert_eq!(server.requests_to(TELEGENT_TOKENS).len(), 1);

    // A fixed token, set on the clone, is what the original sends now.
    clone.set_auth(telegent::Auth::bearer("tok-1"));
    client.list_account_voice_routes().send().await.unwrap();
    // Back to account credentials: a new cache, a new token.
    client.set_auth(telegent::Auth::account_key(ACCOUNT_KEY, ACCOUNT_SECRET));
    clone.list_account_voice_routes().send().await.unwrap();
    let auth: Vec<Option<String>> = server
        .requests()
        .iter()
        .map(|r| r.header("authorization").map(str::to_owned))
        .collect();
    assert_eq!(
        auth,
        [
            None,
            Some("Bearer tok-1".to_owned()),
            Some("Bearer tok-1".to_owned()),
            None,
            Some("Bearer tok-2".to_owned()),
        ]
    );
}

#[tokio::test]
async fn a_custom_token_source_is_asked_through_the_same_cache() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use switchboard::runtime::{AuthError, BoxFuture, Token, TokenRequest, TokenSource};

    #[derive(Debug, Default)]
    struct Vault(AtomicUsize);
    impl TokenSource for Vault {
        fn fetch<'a>(&'a self, _: TokenRequest<'a>) -> BoxFuture<'a, Result<Token, AuthError>> {
            let n = self.0.fetch_add(1, Ordering::SeqCst) + 1;
            Box::pin(async move { Ok(Token::new(format!("tok-{n}")).expires_in(secs(60))) })
        }
    }
    let clock = ManualClock::new();
    let server = RoutedServer::start(|request, _| match bearer(request) {
        Some("tok-1" | "tok-2") => routes(),
        _ => Reply::status(500),
    })
    .await;
    let client = telegent::Client::new(telegent::Auth::token_source(Vault::default()))
        .with_base_url(server.base_url())
        .with_clock(clock.clone());
    client.list_account_voice_routes().send().await.unwrap();
    client.list_account_voice_routes().send().await.unwrap();
    clock.advance(secs(48));
    client.list_account_voice_routes().send().await.unwrap();
    let auth: Vec<Option<&str>> = server
        .requests()
        .iter()
        .map(|r| r.header("authorization"))
        .map(|a| a.map(|a| if a == "Bearer tok-1" { "1" } else { "2" }))
        .collect();
    assert_eq!(auth, [Some("1"), Some("1"), Some("2")]);
}
