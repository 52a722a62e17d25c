//! A TRACE-level capture of every span and event (hyper's included) while
//! clients fetch, cache, renew, refresh, fail to get and revoke tokens:
//! no account secret, password, client secret, token or refresh token
//! appears in it, nor in the `Debug` and `Display` of any client, `Auth`,
//! reply or error of the run. Each call is a span that names the provider,
//! the operation, the method, the path template and the host, and records
//! its attempts and final status. A call that fails for good (a status
//! still retried when the attempts ran out, or no reply) is one WARN event
//! with its method, path template, attempts and status or error kind; a
//! 4xx reply, which the caller decides about, is no WARN at all.
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

/// What `call` gives, and what the capture recorded while it ran (the
/// run's calls are made one after another).
async fn logged_by<T>(
    capture: &Capture,
    call: impl std::future::Future<Output = T>,
) -> (T, String) {
    let before = capture.text().len();
    let got = call.await;
    (got, capture.text()[before..].to_owned())
}

/// The fields of each WARN event of the `switchboard` target in `logged`
/// (after the event's name, which is where it is in the source).
fn warnings(logged: &str) -> Vec<String> {
    logged
        .lines()
        .filter(|line| line.starts_with("event WARN switchboard "))
        .map(|line| line.find(" message=").map_or(line, |at| &line[at + 1..]))
        .map(str::to_owned)
        .collect()
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

    // A call that fails for good on a status worth retrying: one WARN
    // event, with the method, path template, attempts and final status.
    let unavailable = {
        let clock = clock.clone();
        RoutedServer::start(move |request, _| match path_of(request) {
            TELEGENT_TOKENS => telegent_token(1, &clock, secs(300)),
            _ => Reply::status(503),
        })
        .await
    };
    let client = telegent_client(&unavailable, &clock);
    let (got, logged) = logged_by(&capture, client.list_account_voice_routes().send()).await;
    assert!(got.is_err(), "{got:?}");
    shown.push(format!("{got:?}"));
    assert_eq!(
        warnings(&logged),
        [r#"message=failed method="GET" path="/v1.0/account/voice/routes" attempts=3 status=503"#],
        "{logged}"
    );

    // A call that fails for good without a reply: the error's kind instead.
    let client =
        oauth2_flows::Client::new(oauth2_flows::Auth::client_credentials("id", CLIENT_SECRET))
            .with_base_url("http://127.0.0.1:1")
            .with_server_url("https://auth.example.test", server.base_url())
            .with_clock(clock.clone())
            .with_retry(fast(2));
    let (got, logged) = logged_by(&capture, client.list_reports().send()).await;
    assert!(got.is_err(), "{got:?}");
    shown.push(format!("{got:?}"));
    assert_eq!(
        warnings(&logged),
        [r#"message=failed method="GET" path="/reports" attempts=2 error=could not connect"#],
        "{logged}"
    );

    // A reply the caller decides about (a 4xx that is not retried) is not
    // a failure of the client's: DEBUG, never WARN.
    let missing = {
        let clock = clock.clone();
        RoutedServer::start(move |request, _| match path_of(request) {
            TELEGENT_TOKENS => telegent_token(1, &clock, secs(300)),
            _ => Reply::json(
                404,
                &json!({"StatusCode": 404, "Message": "no such account"}),
            ),
        })
        .await
    };
    let client = telegent_client(&missing, &clock);
    let (got, logged) = logged_by(&capture, client.list_account_voice_routes().send()).await;
    assert!(
        matches!(&got, Err(error) if error.status().map(|s| s.as_u16()) == Some(404)),
        "{got:?}"
    );
    shown.push(format!("{got:?}"));
    assert_eq!(warnings(&logged), Vec::<String>::new(), "{logged}");
    assert!(
        logged.contains(
            r#"message=reply method="GET" path="/v1.0/account/voice/routes" attempts=1 status=404"#
        ),
        "{logged}"
    );

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
