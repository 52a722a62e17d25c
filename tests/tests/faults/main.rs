//! Fault injection through the generated clients' real `send()`: reqwest on
//! a loopback socket, against a scripted server ([`FaultServer`]) that
//! answers 503 then 200, closes mid-body, sends broken JSON, stalls, sends
//! 10 MB, answers 429 forever or with a status the spec does not document.
//! Each test checks the attempts made (as the server counted them), the
//! delays between them (bounds), the exact error variant and that nothing
//! panicked. Then path and query encoding as the server sees it, header
//! values refused before sending, and credentials kept out of every `Debug`,
//! `Display`, error and log line.
//!
//! Timeouts and delays are small (tens to hundreds of milliseconds) except
//! where `Retry-After` is the point; the file runs in a few seconds.

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use base64::Engine as _;
use serde_json::{Value, json};
use switchboard::runtime::{RetryPolicy, TransportErrorKind, retry_after};
use switchboard::{BuildError, Error, carrierx, flowroute, telegent};
use switchboard_runtime::__private::{Credentials, RequestBuilder};
use switchboard_tests::fault::{FaultServer, Reply, http_client};
use switchboard_tests::http_date::DateFormat;
use switchboard_tests::spec::Spec;

const TOKEN: &str = "sekret-bearer-7f3a9c1d";
const BASIC_USER: &str = "access-key-31";
const BASIC_PASSWORD: &str = "sekret-pass-4b2e8d";
const SID: &str = "ed437757-002d-4ecc-aa5a-efdf5e50dba0";
const CRID: &str = "CRID-509de94f-79cc-429b-a317-2102654dabbb";
const NUMBER: &str = "16463451234";

fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

/// A policy that retries quickly: backoff from 10 ms, capped at 40 ms.
fn fast(max_attempts: u32) -> RetryPolicy {
    RetryPolicy {
        max_attempts,
        base_delay: ms(10),
        max_delay: ms(40),
        ..RetryPolicy::default()
    }
}

/// A CarrierX client pointed at `server`, retrying fast, each attempt given 5 s.
fn carrierx_client(server: &FaultServer) -> carrierx::Client {
    carrierx::Client::new(carrierx::Auth::bearer(TOKEN))
        .with_http_client(http_client())
        .with_base_url(server.base_url())
        .with_timeout(Duration::from_secs(5))
        .with_retry(fast(3))
}

fn telegent_client(server: &FaultServer) -> telegent::Client {
    telegent::Client::new(telegent::Auth::bearer(TOKEN))
        .with_http_client(http_client())
        .with_base_url(server.base_url())
        .with_timeout(Duration::from_secs(5))
        .with_retry(fast(3))
}

fn flowroute_client(server: &FaultServer) -> flowroute::Client {
    flowroute::Client::new(flowroute::Auth::basic(BASIC_USER, BASIC_PASSWORD))
        .with_http_client(http_client())
        .with_base_url(server.base_url())
        .with_timeout(Duration::from_secs(5))
        .with_retry(fast(3))
}

/// A documented response example, as JSON.
fn example(file: &str, operation: &str, status: &str) -> Value {
    Spec::load(file)
        .operation(operation)
        .response_body::<Value>(status)
}

fn partner() -> Value {
    example("carrierx.yaml", "getPartner", "200")
}

fn voice_route() -> Value {
    example("telegent.yaml", "updateVoiceRoute", "200")
}

fn partner_create() -> carrierx::types::PartnerCreate {
    serde_json::from_value(json!({"name": "John Smith"})).unwrap()
}

/// An HTTP date (IMF-fixdate) for `at`, as a server sends in `Retry-After`.
fn http_date(at: SystemTime) -> String {
    switchboard_tests::http_date::http_date(at, DateFormat::Imf)
}

#[test]
fn the_test_http_date_is_what_the_runtime_reads() {
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
    assert_eq!(http_date(at), "Sun, 06 Nov 1994 08:49:37 GMT");
    let mut headers = http::HeaderMap::new();
    headers.insert("retry-after", http_date(at).parse().unwrap());
    assert_eq!(
        retry_after(&headers, at - Duration::from_secs(5)),
        Some(Duration::from_secs(5))
    );
}

/// Checks every gap between attempts against the full-jitter ceiling of
/// [`fast`] (10 ms doubling, capped at 40 ms) plus slack for a busy machine.
fn assert_backoff(server: &FaultServer) {
    for (index, gap) in server.gaps().iter().enumerate() {
        let ceiling = ms(10 << index).min(ms(40));
        assert!(
            *gap < ceiling + ms(400),
            "gap {index}: {gap:?} (ceiling {ceiling:?})"
        );
    }
}

mod encoding;
mod retries;
mod secrets;

#[tokio::test]
async fn the_fault_server_records_requests_and_stops_when_dropped() {
    let server = FaultServer::start([Reply::json(200, &partner())]).await;
    let base_url = server.base_url();
    let got = carrierx_client(&server)
        .get_partner(SID)
        .include_fields("name")
        .send()
        .await;
    got.expect("a documented 200");
    let request = &server.requests()[0];
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.target,
        format!("/partners/{SID}?include_fields=name")
    );
    assert_eq!(request.header("accept"), Some("application/json"));
    assert!(request.body.is_empty());
    drop(server);
    tokio::time::sleep(ms(50)).await;
    let got = carrierx::Client::new(carrierx::Auth::bearer(TOKEN))
        .with_http_client(http_client())
        .with_base_url(base_url)
        .get_partner(SID)
        .retry(RetryPolicy::disabled())
        .send()
        .await;
    assert!(
        matches!(&got, Err(Error::Transport(error)) if error.kind() == TransportErrorKind::Connect),
        "{got:?}"
    );
}

// ---------------------------------------------------------------------------
// The connection closes mid-body, or without a reply
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_body_cut_short_is_an_interrupted_transport_error_after_every_attempt() {
    let server = FaultServer::start([Reply::json(200, &partner()).close_after(20)]).await;
    let got = carrierx_client(&server).get_partner(SID).send().await;
    let Err(Error::Transport(error)) = &got else {
        panic!("expected Error::Transport, got {got:?}")
    };
    assert_eq!(error.kind(), TransportErrorKind::Interrupted);
    assert_eq!(server.attempts(), 3);
    assert_backoff(&server);
}

#[tokio::test]
async fn a_body_cut_short_is_retried_and_the_next_reply_wins() {
    let server = FaultServer::start([
        Reply::json(200, &partner()).close_after(20),
        Reply::json(200, &partner()),
    ])
    .await;
    let got = carrierx_client(&server).get_partner(SID).send().await;
    assert_eq!(got.expect("retried").partner_sid.as_deref(), Some(SID));
    assert_eq!(server.attempts(), 2);
    assert_backoff(&server);
}

#[tokio::test]
async fn a_connection_closed_without_a_reply_is_interrupted() {
    let server = FaultServer::start([Reply::no_answer()]).await;
    let got = carrierx_client(&server)
        .get_partner(SID)
        .retry(RetryPolicy::disabled())
        .send()
        .await;
    let Err(Error::Transport(error)) = &got else {
        panic!("expected Error::Transport, got {got:?}")
    };
    assert_eq!(error.kind(), TransportErrorKind::Interrupted);
    assert_eq!(server.attempts(), 1);
}

#[tokio::test]
async fn a_refused_connection_is_a_connect_error_after_every_attempt() {
    // A port that was free a moment ago and has no listener now.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let started = Instant::now();
    let got = carrierx::Client::new(carrierx::Auth::bearer(TOKEN))
        .with_http_client(http_client())
        .with_base_url(format!("http://127.0.0.1:{port}"))
        .with_retry(fast(3))
        .get_partner(SID)
        .send()
        .await;
    let Err(Error::Transport(error)) = &got else {
        panic!("expected Error::Transport, got {got:?}")
    };
    assert_eq!(error.kind(), TransportErrorKind::Connect);
    // Two backoffs of at most 10 and 20 ms.
    assert!(started.elapsed() < Duration::from_secs(2));
}

// ---------------------------------------------------------------------------
// Truncated or invalid JSON under a documented status
// ---------------------------------------------------------------------------

#[tokio::test]
async fn truncated_json_under_a_documented_status_is_a_decode_error_not_retried() {
    let text = partner().to_string();
    let cut = &text[..text.len() / 2];
    let server = FaultServer::start([Reply::status(200).body("application/json", cut)]).await;
    let got = carrierx_client(&server).get_partner(SID).send().await;
    let Err(Error::Decode(decode)) = &got else {
        panic!("expected Error::Decode, got {got:?}")
    };
    assert_eq!(decode.status, 200);
    assert!(cut.starts_with(&decode.body_prefix), "{decode:?}");
    assert!(decode.message.contains("EOF"), "{}", decode.message);
    assert_eq!(server.attempts(), 1);
}

#[tokio::test]
async fn invalid_json_under_documented_statuses_is_a_decode_error() {
    for status in [200, 404] {
        let server = FaultServer::start([
            Reply::status(status).body("application/json", b"<html>\xff oops</html>".to_vec())
        ])
        .await;
        let got = carrierx_client(&server).get_partner(SID).send().await;
        let Err(Error::Decode(decode)) = &got else {
            panic!("{status}: expected Error::Decode, got {got:?}")
        };
        assert_eq!(decode.status, status);
        assert_eq!(decode.body_prefix, "<html>\u{fffd} oops</html>");
        assert!(decode.message.starts_with("expected value"), "{decode:?}");
        assert_eq!(server.attempts(), 1);
    }
}

#[tokio::test]
async fn json_of_the_wrong_shape_is_a_decode_error() {
    let server = FaultServer::start([Reply::json(200, &json!({"data": "not an object"}))]).await;
    let got = flowroute_client(&server).get_number(NUMBER).send().await;
    assert!(
        matches!(&got, Err(Error::Decode(decode)) if decode.status == 200),
        "{got:?}"
    );
    assert_eq!(server.attempts(), 1);
}

// ---------------------------------------------------------------------------
// Stalls past the timeout
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_stalled_reply_times_out_after_the_clients_timeout() {
    let server =
        FaultServer::start([Reply::json(200, &partner()).delay(Duration::from_secs(3))]).await;
    let started = Instant::now();
    let got = carrierx_client(&server)
        .with_timeout(ms(200))
        .get_partner(SID)
        .retry(RetryPolicy::disabled())
        .send()
        .await;
    assert!(
        matches!(got, Err(Error::Timeout { limit, attempts: 1 }) if limit == ms(200)),
        "{got:?}"
    );
    let elapsed = started.elapsed();
    assert!(
        elapsed >= ms(200) && elapsed < Duration::from_secs(2),
        "{elapsed:?}"
    );
    assert_eq!(server.attempts(), 1);
}

#[tokio::test]
async fn a_timeout_is_retried_for_a_safe_operation() {
    let server =
        FaultServer::start([Reply::json(200, &partner()).delay(Duration::from_secs(3))]).await;
    let started = Instant::now();
    let got = carrierx_client(&server)
        .with_timeout(ms(150))
        .get_partner(SID)
        .send()
        .await;
    assert!(
        matches!(got, Err(Error::Timeout { limit, attempts: 3 }) if limit == ms(150)),
        "{got:?}"
    );
    assert_eq!(server.attempts(), 3);
    let elapsed = started.elapsed();
    assert!(
        elapsed >= ms(450) && elapsed < Duration::from_secs(3),
        "{elapsed:?}"
    );
    // Each gap: a timeout (150 ms) and a backoff (< 40 ms).
    for gap in server.gaps() {
        assert!(gap >= ms(150) && gap < ms(800), "{gap:?}");
    }
}

#[tokio::test]
async fn a_body_that_stalls_midway_times_out() {
    let server =
        FaultServer::start([Reply::json(200, &partner()).stall_after(20, Duration::from_secs(3))])
            .await;
    let got = carrierx_client(&server)
        .get_partner(SID)
        .timeout(ms(200))
        .retry(RetryPolicy::disabled())
        .send()
        .await;
    assert!(
        matches!(got, Err(Error::Timeout { limit, attempts: 1 }) if limit == ms(200)),
        "{got:?}"
    );
    assert_eq!(server.attempts(), 1);
}

#[tokio::test]
async fn a_per_call_timeout_overrides_the_clients() {
    // Shorter than the client's: the call gives up at 150 ms, not 5 s.
    let server =
        FaultServer::start([Reply::json(200, &partner()).delay(Duration::from_secs(3))]).await;
    let started = Instant::now();
    let got = carrierx_client(&server)
        .get_partner(SID)
        .timeout(ms(150))
        .retry(RetryPolicy::disabled())
        .send()
        .await;
    assert!(
        matches!(got, Err(Error::Timeout { limit, attempts: 1 }) if limit == ms(150)),
        "{got:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(2));
    // Longer than the client's: a reply after 300 ms arrives within it.
    let server = FaultServer::start([Reply::json(200, &partner()).delay(ms(300))]).await;
    let got = carrierx_client(&server)
        .with_timeout(ms(100))
        .get_partner(SID)
        .timeout(Duration::from_secs(3))
        .retry(RetryPolicy::disabled())
        .send()
        .await;
    got.expect("the per-call timeout is long enough");
}

// ---------------------------------------------------------------------------
// 10 MB bodies
// ---------------------------------------------------------------------------

const TEN_MB: usize = 10 * 1024 * 1024;

#[tokio::test]
async fn a_10_mb_body_over_the_cap_is_refused_and_not_retried() {
    for reply in [
        Reply::large(200, TEN_MB),           // refused by its Content-Length
        Reply::large(200, TEN_MB).chunked(), // refused while reading
    ] {
        let server = FaultServer::start([reply]).await;
        let got = carrierx_client(&server)
            .with_max_body_bytes(1 << 20)
            .get_partner(SID)
            .send()
            .await;
        assert!(
            matches!(got, Err(Error::BodyTooLarge { limit, attempts: 1 }) if limit == 1 << 20),
            "{got:?}"
        );
        assert_eq!(server.attempts(), 1);
    }
}

#[tokio::test]
async fn a_body_over_the_default_16_mib_cap_is_refused() {
    let server = FaultServer::start([Reply::large(200, 17 << 20)]).await;
    let got = carrierx_client(&server).get_partner(SID).send().await;
    assert!(
        matches!(got, Err(Error::BodyTooLarge { limit, attempts: 1 }) if limit == 16 << 20),
        "{got:?}"
    );
    assert_eq!(server.attempts(), 1);
}

#[tokio::test]
async fn a_10_mb_body_under_the_default_cap_is_read_whole() {
    let mut body = partner();
    body["name"] = Value::String("n".repeat(TEN_MB));
    let server = FaultServer::start([Reply::json(200, &body).chunked()]).await;
    let got = carrierx_client(&server).get_partner(SID).send().await;
    let partner = got.expect("10 MB is under 16 MiB");
    assert_eq!(partner.name.as_deref().map(str::len), Some(TEN_MB));
}

// ---------------------------------------------------------------------------
// A status the spec does not document
// ---------------------------------------------------------------------------

#[tokio::test]
async fn an_undocumented_status_is_an_unexpected_response() {
    let server =
        FaultServer::start([Reply::status(418).body("text/plain", "short and stout")]).await;
    let got = carrierx_client(&server).get_partner(SID).send().await;
    let Err(Error::UnexpectedResponse(reply)) = &got else {
        panic!("expected Error::UnexpectedResponse, got {got:?}")
    };
    assert_eq!(reply.status, 418);
    assert_eq!(reply.body, "short and stout");
    assert_eq!(server.attempts(), 1);
    // Not JSON: nothing the provider says is shown.
    assert_eq!(reply.provider_message(), None);
    assert_eq!(
        got.as_ref().unwrap_err().to_string(),
        "unexpected response 418 I'm a teapot: the spec documents no such status for this operation"
    );
}

#[tokio::test]
async fn an_undocumented_status_shows_what_the_provider_says_and_its_request_id() {
    // Twilio's error body, under a status its spec documents no body for.
    let body = json!({
        "code": 20404,
        "message": "The requested resource /2010-04-01/Accounts/AC1/Messages/SM1.json was not found",
        "more_info": "https://www.twilio.com/docs/errors/20404",
        "status": 404
    });
    let server = FaultServer::start([Reply::json(410, &body).header("x-request-id", "RQ42")]).await;
    let got = carrierx_client(&server).get_partner(SID).send().await;
    let Err(error @ Error::UnexpectedResponse(reply)) = &got else {
        panic!("expected Error::UnexpectedResponse, got {got:?}")
    };
    assert_eq!(
        reply.provider_message().as_deref(),
        body["message"].as_str()
    );
    assert_eq!(
        error.to_string(),
        "unexpected response 410 Gone: the spec documents no such status for this \
         operation; the provider says: The requested resource \
         /2010-04-01/Accounts/AC1/Messages/SM1.json was not found (request id RQ42)"
    );
}

#[tokio::test]
async fn an_undocumented_but_retryable_status_is_retried_then_unexpected() {
    let server =
        FaultServer::start([Reply::status(502).body("text/html", "<h1>Bad Gateway</h1>")]).await;
    let got = carrierx_client(&server).get_partner(SID).send().await;
    assert!(
        matches!(&got, Err(Error::UnexpectedResponse(reply)) if reply.status == 502),
        "{got:?}"
    );
    assert_eq!(server.attempts(), 3);
    assert_backoff(&server);
}
