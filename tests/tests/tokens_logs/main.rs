//! A TRACE-level capture of every span and event (hyper's included) while
//! clients fetch, cache, renew, refresh, fail to get and revoke tokens:
//! no account secret, password, client secret, token or refresh token
//! appears in it, nor in the `Debug` and `Display` of any client, `Auth`,
//! reply or error of the run. Each call is a span that names the provider,
//! the operation, the method, the path template and the host, and records
//! its attempts and final status.
//!
//! A binary of its own: the capture is the process's global subscriber.

#[allow(dead_code)]
#[path = "../tokens/support.rs"]
mod support;

#[path = "../hostile_logs/capture.rs"]
mod capture;

use serde_json::json;
use switchboard::runtime::Clock as _;
use switchboard::{Error, convirza, telegent};
use switchboard_tests::fault::Reply;
use switchboard_tests::golden::oauth2_flows;
use switchboard_tests::routed::{RoutedServer, path_of};

use crate::capture::Capture;
use crate::support::*;

const CLIENT_SECRET: &str = "sekret-client-e41d";

/// Every secret of the run, in every form a leak could take.
fn secrets() -> Vec<String> {
    let mut secrets = vec![
        ACCOUNT_SECRET.to_owned(),
        PASSWORD.to_owned(),
        CLIENT_SECRET.to_owned(),
        "sekret-tok-".to_owned(),
        "sekret-ref-".to_owned(),
    ];
    use base64::Engine as _;
    secrets.push(base64::engine::general_purpose::STANDARD.encode(format!("id:{CLIENT_SECRET}")));
    secrets
}

fn assert_no_secret(what: &str, text: &str) {
    for secret in secrets() {
        assert!(!text.contains(&secret), "{what} shows {secret:?}: {text}");
    }
}

/// A token server for every provider of the run: tokens `sekret-tok-<n>`,
/// refresh tokens `sekret-ref-<n>`; the API refuses the run's first call
/// (a renewal), the refresh endpoint refuses every refresh (a
/// re-login) with a message that echoes the refresh token.
async fn server(clock: &ManualClock) -> RoutedServer {
    let clock = clock.clone();
    RoutedServer::start(move |request, before| {
        let n = before.len() + 1;
        let token = format!("sekret-tok-{n}");
        match path_of(request) {
            TELEGENT_TOKENS => Reply::json(
                200,
                &json!({
                    "token": token,
                    "successful": true,
                    "tokenExpiry": telegent_time(clock.now() + secs(300)),
                }),
            ),
            CONVIRZA_LOGIN | "/oauth/token2" => Reply::json(
                200,
                &json!({
                    "access_token": token,
                    "refresh_token": format!("sekret-ref-{n}"),
                    "expires_in": rfc3339(clock.now() + secs(600)),
                }),
            ),
            CONVIRZA_REFRESH => Reply::json(
                401,
                &json!({"message": format!("refresh token {} refused", bearer(request).unwrap_or("sekret-ref-0"))}),
            ),
            CONVIRZA_REVOKE => Reply::json(200, &json!({})),
            _ => {
                // The run's first call is refused: its client renews.
                let first = before.iter().all(|r| bearer(r).is_none());
                if first {
                    Reply::json(401, &json!({"StatusCode": 401, "Message": "expired"}))
                } else {
                    Reply::json(200, &json!({"AccountId": "A", "TotalRoutes": 0, "Results": [], "data": {}}))
                }
            }
        }
    })
    .await
}

#[tokio::test]
async fn no_secret_or_token_appears_in_any_trace_event_or_field() {
    let capture = Capture::default();
    tracing::subscriber::set_global_default(capture.clone()).expect("the only subscriber");
    let clock = ManualClock::new();
    let server = server(&clock).await;
    let mut shown = Vec::new();

    // Telegent: a token, a 401, a renewal, a retry; then an expiry.
    let client = telegent_client(&server, &clock);
    let got = client.list_account_voice_routes().send().await;
    shown.push(format!("{client:?} {got:?}"));
    assert!(got.is_ok(), "{got:?}");
    clock.advance(secs(300));
    let got = client.list_account_voice_routes().send().await;
    assert!(got.is_ok(), "{got:?}");
    shown.push(format!(
        "{:?} {:?}",
        client.list_account_voice_routes().build(),
        telegent::Auth::account_key(ACCOUNT_KEY, ACCOUNT_SECRET)
    ));

    // A token endpoint that refuses and echoes the secret.
    let refusing = RoutedServer::start(|_, _| {
        Reply::json(
            503,
            &json!({"StatusCode": 503, "Message": format!("down; secret was {ACCOUNT_SECRET}")}),
        )
    })
    .await;
    let client = telegent_client(&refusing, &clock);
    let error = client.list_account_voice_routes().send().await.unwrap_err();
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
    shown.push(format!("{error} {error:?}"));

    // Convirza: a login, a refused refresh, a re-login, a revocation.
    let client = convirza_client(&server, &clock);
    let got = client.list_provisioned_routes().send().await;
    shown.push(format!("{client:?} {got:?}"));
    clock.advance(secs(600));
    let got = client.list_provisioned_routes().send().await;
    shown.push(format!("{got:?}"));
    let revoked = client.revoke_tokens().await;
    shown.push(format!(
        "{revoked:?} {:?}",
        convirza::Auth::password(EMAIL, PASSWORD)
    ));

    // OAuth2 client credentials (Basic), against a server that is gone.
    let auth = oauth2_flows::Auth::client_credentials("id", CLIENT_SECRET);
    shown.push(format!("{auth:?}"));
    let client = oauth2_flows::Client::new(auth)
        .with_base_url(server.base_url())
        .with_server_url("https://auth.example.test", "http://127.0.0.1:1")
        .with_clock(clock.clone())
        .with_retry(fast(2));
    let error = client.list_reports().send().await.unwrap_err();
    shown.push(format!("{error} {error:?}"));

    for text in &shown {
        assert_no_secret("output", text);
    }
    let logs = capture.text();
    for expected in [
        "span INFO switchboard call",
        "provider=\"telegent\"",
        "operation=\"list_account_voice_routes\"",
        "method=\"GET\"",
        "path=\"/v1.0/account/voice/routes\"",
        "host=\"127.0.0.1\"",
        "record status=401",
        "record attempts=3",
        "span INFO switchboard token",
        "path=\"/v1.0/oauth2/tokens\"",
        "the token was refused (401)",
        "provider=\"convirza\"",
        "path=\"/oauth/refresh-token\"",
        "provider=\"oauth2_flows\"",
        "event WARN switchboard",
        "event TRACE hyper_util",
    ] {
        assert!(
            logs.contains(expected),
            "no {expected:?} in the logs:\n{logs}"
        );
    }
    assert_no_secret("the logs", &logs);
}
