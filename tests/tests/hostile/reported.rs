//! The four cases of the report, as first written against the runtime
//! before the fix (they use only what it had, and each failed there):
//! 1. a header API key, and a POST's body, sent on to another origin;
//! 2. a query API key in transport errors' text;
//! 3. `Retry-After` overflowing a u64 read as absent, `+1` read as 1 s;
//! 4. an error's `Display` spanning lines.

use std::time::{Duration, Instant, SystemTime};

use http::Method;
use switchboard::flowroute;
use switchboard::runtime::{OperationInfo, RetryPolicy, retry_after};
use switchboard_runtime::__private::{CallOptions, ClientCore, Credentials, RequestBuilder};
use switchboard_tests::fault::{FaultServer, Reply};
use switchboard_tests::golden::security;

use crate::support::{HEADER_KEY, QUERY_KEY, TOKEN, assert_no_secret, fast, ms};

#[tokio::test]
async fn case_1_a_header_api_key_is_not_sent_to_another_origin() {
    let other = FaultServer::start([Reply::json(200, &serde_json::json!(["x"]))]).await;
    let origin = FaultServer::start([
        Reply::status(302).header("location", &format!("{}/elsewhere", other.base_url()))
    ])
    .await;
    let client = security::Client::new(security::Auth::header_key(HEADER_KEY))
        .with_base_url(origin.base_url());
    let got = client.list_items().send().await;
    assert!(got.is_ok(), "{got:?}");
    let requests = other.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].header("x-api-key"), None, "{:?}", requests[0]);
}

#[tokio::test]
async fn case_1_a_post_answered_307_is_not_resent_to_another_origin() {
    let other = FaultServer::start([Reply::status(200)]).await;
    let origin = FaultServer::start([
        Reply::status(307).header("location", &format!("{}/elsewhere", other.base_url()))
    ])
    .await;
    let core = ClientCore::new(origin.base_url(), Credentials::Bearer(TOKEN.into()));
    let request = RequestBuilder::new(Method::POST, core.base_url())
        .literal("/login")
        .text_body("application/json", r#"{"password":"sekret-body-hunter2"}"#)
        .build(core.credentials())
        .unwrap();
    let operation = OperationInfo {
        name: "login",
        method: "POST",
        path: "/login",
        idempotent: false,
    };
    let got = core
        .send::<()>(&operation, request, &CallOptions::default())
        .await;
    assert!(got.is_err(), "{got:?}");
    assert_eq!(other.attempts(), 0, "{:?}", other.requests());
}

#[tokio::test]
async fn case_2_a_query_api_key_is_not_in_transport_errors() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let closed = FaultServer::start([Reply::no_answer()]).await;
    // A redirect loop, as reqwest's own following met it before.
    let looping = FaultServer::start([Reply::status(302).header("location", "/search?q=q")]).await;
    for base_url in [
        format!("http://127.0.0.1:{port}"),
        closed.base_url(),
        looping.base_url(),
    ] {
        let client = security::Client::new(security::Auth::query_key(QUERY_KEY))
            .with_base_url(base_url)
            .with_retry(RetryPolicy::disabled());
        let error = client.search("q").send().await.expect_err("a fault");
        let text = format!(
            "{error} | {error:?} | {:?}",
            std::error::Error::source(&error)
        );
        assert_no_secret("a transport error", &text);
    }
}

#[test]
fn case_3_retry_after_overflow_is_longer_than_any_cap_and_a_sign_is_invalid() {
    let now = SystemTime::now();
    let mut headers = http::HeaderMap::new();
    headers.insert("retry-after", "99999999999999999999".parse().unwrap());
    assert_eq!(retry_after(&headers, now), Some(Duration::MAX));
    headers.insert("retry-after", "+1".parse().unwrap());
    assert_eq!(retry_after(&headers, now), None);
}

#[tokio::test]
async fn case_3_an_overflowing_retry_after_returns_the_reply_at_once() {
    let server =
        FaultServer::start([Reply::status(503).header("retry-after", "99999999999999999999")])
            .await;
    let started = Instant::now();
    let got = security::Client::new(security::Auth::header_key(HEADER_KEY))
        .with_base_url(server.base_url())
        .with_retry(fast(3))
        .list_items()
        .send()
        .await;
    assert_eq!(server.attempts(), 1, "{got:?}");
    assert!(started.elapsed() < ms(1000));
}

#[test]
fn case_4_an_errors_display_is_one_line() {
    let client = flowroute::Client::new(flowroute::Auth::basic("u", "p"));
    let error = client.get_number("1\nx-injected: 1").build().unwrap_err();
    assert!(!error.to_string().contains('\n'), "{error}");
    let client =
        flowroute::Client::new(flowroute::Auth::basic("u", "p")).with_base_url("http://a\nb");
    let error = client.get_number("16463451234").build().unwrap_err();
    assert!(!error.to_string().contains('\n'), "{error}");
}
