//! Clients that fetch their own tokens, against Prism mocks of the specs:
//! Prism checks every token request's body and every call's credentials
//! against the spec, and the clients make calls for longer than a token
//! lives without the caller touching credentials. (Prism's example
//! expiries are in the past by the clocks here, so each token gets the
//! spec's fallback lifetime: Telegent 120 s, Convirza the runtime's 60 s.)

#[allow(dead_code)]
#[path = "tokens/support.rs"]
mod support;

use std::sync::{Arc, Mutex, PoisonError};

use switchboard::runtime::bytes::Bytes;
use switchboard::runtime::{BoxFuture, Limits, ReqwestTransport, Transport, TransportError};
use switchboard::{convirza, telegent};
use switchboard_tests::prism::Prism;
use switchboard_tests::spec::Spec;

use crate::support::{ManualClock, secs};

/// What one request was and how Prism answered it.
type Seen = (String, String, Option<String>, u16);

/// Records each request's method, path, `Authorization` and reply status.
#[derive(Debug, Default, Clone)]
struct Recording {
    inner: ReqwestTransport,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Recording {
    fn seen(&self) -> Vec<Seen> {
        self.seen
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl Transport for Recording {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Bytes>, TransportError>> {
        let method = request.method().to_string();
        let path = request.uri().path().to_owned();
        let authorization = request
            .headers()
            .get("authorization")
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        Box::pin(async move {
            let reply = self.inner.send(request, limits).await?;
            let status = reply.status().as_u16();
            self.seen
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push((method, path, authorization, status));
            Ok(reply)
        })
    }
}

fn paths(seen: &[Seen]) -> Vec<&str> {
    seen.iter().map(|(_, path, _, _)| path.as_str()).collect()
}

#[tokio::test]
async fn a_telegent_client_of_account_credentials_runs_for_many_token_lifetimes() {
    let spec = Spec::load("telegent.yaml");
    let prism = Prism::start(spec.path());
    let clock = ManualClock::new();
    clock.advance(secs(86_400)); // a day after Prism's example expiry
    let recording = Recording::default();
    let client = telegent::Client::new(telegent::Auth::account_key(
        "DID-1234567ab-1a2b-3cd4-...-...........",
        "abcdeABCdef...",
    ))
    .with_base_url(prism.base_url())
    .with_transport(recording.clone())
    .with_clock(clock.clone());
    // Ten minutes of calls, one a minute: a token every two minutes.
    for minute in 0..10 {
        let got = client.list_account_voice_routes().send().await;
        assert!(got.is_ok(), "minute {minute}: {got:?}\n{}", prism.log());
        clock.advance(secs(60));
    }
    let seen = recording.seen();
    let tokens = "/v1.0/oauth2/tokens";
    let routes = "/v1.0/account/voice/routes";
    let mut expected = Vec::new();
    for minute in 0..10 {
        if minute % 2 == 0 {
            expected.push(tokens);
        }
        expected.push(routes);
    }
    assert_eq!(paths(&seen), expected, "{}", prism.log());
    assert!(
        seen.iter().all(|(_, _, _, status)| *status == 200),
        "{seen:?}"
    );
    for (_, path, authorization, _) in &seen {
        if path == routes {
            assert!(
                authorization
                    .as_deref()
                    .is_some_and(|a| a.starts_with("Bearer "))
            );
        } else {
            assert_eq!(authorization, &None);
        }
    }
}

#[tokio::test]
async fn a_convirza_client_of_a_password_logs_in_refreshes_and_revokes() {
    let spec = Spec::load("convirza.yaml");
    let prism = Prism::start(spec.path());
    let clock = ManualClock::new();
    clock.advance(secs(400 * 86_400)); // past Prism's example expiry
    let recording = Recording::default();
    let client = convirza::Client::new(convirza::Auth::password("me@example.com", "secret"))
        .with_base_url(prism.base_url())
        .with_server_url("https://platform-oauth.convirza.com", prism.base_url())
        .with_transport(recording.clone())
        .with_clock(clock.clone());
    for minute in 0..3 {
        let got = client.list_provisioned_routes().send().await;
        assert!(got.is_ok(), "minute {minute}: {got:?}\n{}", prism.log());
        clock.advance(secs(60));
    }
    client.revoke_tokens().await.expect("revoked");
    let seen = recording.seen();
    assert_eq!(
        paths(&seen),
        [
            "/oauth/token",
            "/provisioned-routes/list",
            "/oauth/refresh-token",
            "/provisioned-routes/list",
            "/oauth/refresh-token",
            "/provisioned-routes/list",
            "/oauth/revoke-token",
            "/oauth/revoke-token",
        ],
        "{}",
        prism.log()
    );
    assert!(
        seen.iter().all(|(_, _, _, status)| *status == 200),
        "{seen:?}"
    );
}
