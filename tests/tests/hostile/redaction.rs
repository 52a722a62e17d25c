//! A query API key is part of the request's URL: no error, `Debug` output
//! or source chain that the runtime formats may show it (connection
//! refused, connection closed, a timeout, reqwest's own redirect loop).
//! A built `http::Request` holds it, as documented.

use std::time::Duration;

use switchboard::Error;
use switchboard::runtime::{RetryPolicy, TransportErrorKind};
use switchboard_tests::fault::{FaultServer, Reply};
use switchboard_tests::golden::security;

use crate::support::{Kind, assert_no_secret, fast, holds_secret, ms};

/// An error's `Display`, `Debug`, and every cause's `Display` and `Debug`.
fn everything_shown<E: std::error::Error>(error: &E) -> String {
    let mut text = format!("{error} | {error:?}");
    let mut cause = error.source();
    while let Some(error) = cause {
        text.push_str(&format!(" | {error} | {error:?}"));
        cause = error.source();
    }
    text
}

/// A loopback port with nothing listening on it.
fn refused_base_url() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://{}", listener.local_addr().unwrap())
}

#[tokio::test]
async fn no_transport_error_shows_a_credential() {
    let closed = FaultServer::start([Reply::no_answer()]).await;
    let stalled = FaultServer::start([Reply::status(200).delay(Duration::from_secs(3))]).await;
    let cases = [
        ("refused", refused_base_url(), TransportErrorKind::Connect),
        ("closed", closed.base_url(), TransportErrorKind::Interrupted),
    ];
    for kind in Kind::ALL {
        for (what, base_url, expected) in &cases {
            let client = kind.client(base_url).with_retry(fast(2));
            let got = kind.get(&client).await;
            let Err(Error::Transport(error)) = &got else {
                panic!("{kind:?} {what}: {got:?}")
            };
            assert_eq!(error.kind(), *expected);
            assert_no_secret(what, &everything_shown(got.as_ref().unwrap_err()));
        }
        let client = kind.client(&stalled.base_url()).with_timeout(ms(100));
        let error = kind.get(&client).await.unwrap_err();
        assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
        assert_no_secret("a timeout", &everything_shown(&error));
    }
}

#[tokio::test]
async fn a_query_key_is_not_in_reqwests_own_redirect_loop_error() {
    // A caller's reqwest client that follows redirects itself, as reqwest
    // does by default: its loop error names the URL, which is dropped.
    let looping = FaultServer::start([Reply::status(302).header("location", "/search?q=q")]).await;
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let got = security::Client::new(Kind::QueryKey.auth())
        .with_base_url(looping.base_url())
        .with_http_client(http)
        .with_retry(RetryPolicy::disabled())
        .search("q")
        .send()
        .await;
    let Err(error @ Error::Transport(_)) = &got else {
        panic!("{got:?}")
    };
    assert_no_secret("reqwest's redirect loop", &everything_shown(error));
    assert!(looping.attempts() > 1, "reqwest followed the loop");
}

#[tokio::test]
async fn clients_and_builders_never_show_a_credential_but_a_built_request_holds_it() {
    for kind in Kind::ALL {
        let client = kind.client("http://127.0.0.1:1");
        let shown = format!(
            "{client:?} {client:#?} {:?} {:?} {:?} {:?}",
            client.list_items(),
            client.search("q"),
            client.get_session(),
            kind.credentials(),
        );
        assert_no_secret("a client or a builder", &shown);
        // `build()` gives the exact request: its URI holds a query key, its
        // headers the rest (marked sensitive, so `Debug` hides them) but a
        // token source's token, which is fetched when the request is sent.
        let request = match kind {
            Kind::Bearer | Kind::HeaderKey | Kind::Tokens => client.list_items().build(),
            Kind::QueryKey => client.search("q").build(),
            Kind::Basic | Kind::CookieKey => client.get_session().build(),
        }
        .unwrap();
        let headers = format!("{:?}", request.headers());
        assert_no_secret("a request's headers", &headers);
        let uri = request.uri().to_string();
        assert_eq!(holds_secret(&uri), kind == Kind::QueryKey, "{uri}");
        let values: String = request
            .headers()
            .values()
            .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
            .collect();
        let in_headers = !matches!(kind, Kind::QueryKey | Kind::Tokens);
        assert_eq!(holds_secret(&values), in_headers, "{values}");
    }
}

#[test]
fn an_invalid_url_error_stops_before_the_query_key() {
    let client = Kind::QueryKey.client("http://a b");
    let error = client.search("q").build().unwrap_err();
    let text = format!("{error} {error:?}");
    assert_no_secret("InvalidUrl", &text);
    assert!(text.contains("http://a b/search?q=q`"), "{text}");
}
