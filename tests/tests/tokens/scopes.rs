//! Tokens scoped to one endpoint (Telegent's `ApiEndpoint`): unscoped by
//! default, one per endpoint URL (its query left out) when asked.

use switchboard::telegent;
use switchboard_tests::routed::path_of;

use crate::support::*;

#[tokio::test]
async fn a_scoped_client_keeps_a_token_per_endpoint() {
    let clock = ManualClock::new();
    let server = telegent_server(&clock, secs(300)).await;
    let client = telegent::Client::new(
        telegent::Auth::account_key(ACCOUNT_KEY, ACCOUNT_SECRET).scoped_per_endpoint(),
    )
    .with_base_url(server.base_url())
    .with_clock(clock.clone())
    .with_retry(fast(3));
    client.list_account_voice_routes().send().await.unwrap();
    // The voice route replies are `routes()`, which a VoiceRoute does not
    // decode from: only the requests matter here.
    let _ = client.get_voice_route("CRID-1").send().await;
    let _ = client.get_voice_route("CRID-2").send().await;
    client.list_account_voice_routes().send().await.unwrap();

    let base = server.base_url();
    let tokens = server.requests_to(TELEGENT_TOKENS);
    assert_eq!(tokens.len(), 2, "one per endpoint, the query left out");
    let body = |endpoint: &str| {
        format!(
            r#"{{"AccountKey":"{ACCOUNT_KEY}","AccountSecret":"{ACCOUNT_SECRET}","ApiEndpoint":"{base}{endpoint}"}}"#
        )
    };
    assert_eq!(
        String::from_utf8_lossy(&tokens[0].body),
        body(TELEGENT_ROUTES)
    );
    assert_eq!(
        String::from_utf8_lossy(&tokens[1].body),
        body("/v1.0/voice/routes")
    );
    let calls: Vec<(String, Option<String>)> = server
        .requests()
        .iter()
        .filter(|r| path_of(r) != TELEGENT_TOKENS)
        .map(|r| {
            (
                r.target.clone(),
                r.header("authorization").map(str::to_owned),
            )
        })
        .collect();
    let with = |target: &str, token: &str| (target.to_owned(), Some(format!("Bearer {token}")));
    assert_eq!(
        calls,
        [
            with(TELEGENT_ROUTES, "tok-1"),
            with("/v1.0/voice/routes?CallRouteId=CRID-1", "tok-2"),
            with("/v1.0/voice/routes?CallRouteId=CRID-2", "tok-2"),
            with(TELEGENT_ROUTES, "tok-1"),
        ]
    );
}

#[tokio::test]
async fn a_built_request_carries_the_token_the_client_holds() {
    let clock = ManualClock::new();
    let server = telegent_server(&clock, secs(300)).await;
    let client = telegent_client(&server, &clock);
    // Before any call there is no token to show: `send()` fetches one.
    let built = client.list_account_voice_routes().build().unwrap();
    assert!(built.headers().get("authorization").is_none());
    client.list_account_voice_routes().send().await.unwrap();
    let built = client.list_account_voice_routes().build().unwrap();
    assert_eq!(built.headers()["authorization"], "Bearer tok-1");
    assert!(built.headers()["authorization"].is_sensitive());
    // An expired one is not shown.
    clock.advance(secs(300));
    let built = client.list_account_voice_routes().build().unwrap();
    assert!(built.headers().get("authorization").is_none());
}
