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
    let seconds = at.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
    let (days, clock) = ((seconds / 86_400) as i64, seconds % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][days.rem_euclid(7) as usize];
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{weekday}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        months[(month - 1) as usize],
        clock / 3600,
        clock / 60 % 60,
        clock % 60
    )
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
// 503 with Retry-After, then 200
// ---------------------------------------------------------------------------

#[tokio::test]
async fn retry_after_seconds_is_waited_for_then_the_200_is_returned() {
    let server = FaultServer::start([
        Reply::status(503)
            .header("retry-after", "1")
            .body("text/plain", "busy"),
        Reply::json(200, &partner()),
    ])
    .await;
    let started = Instant::now();
    let got = carrierx_client(&server).get_partner(SID).send().await;
    let partner = got.expect("the second attempt succeeds");
    assert_eq!(partner.partner_sid.as_deref(), Some(SID));
    assert_eq!(server.attempts(), 2);
    let gap = server.gaps()[0];
    assert!(gap >= Duration::from_secs(1), "waited only {gap:?}");
    assert!(gap < Duration::from_secs(3), "waited {gap:?}");
    assert!(started.elapsed() < Duration::from_secs(4));
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_waited_for() {
    // Two seconds ahead, truncated to the second: a wait in (1 s, 2 s]. The
    // backoff (≤ 10 ms) would retry at once if the date were not read.
    let at = http_date(SystemTime::now() + Duration::from_secs(2));
    let server = FaultServer::start([
        Reply::json(503, &json!({"StatusCode": 503, "Message": "later"}))
            .header("retry-after", &at),
        Reply::json(200, &voice_route()),
    ])
    .await;
    let got = telegent_client(&server)
        .update_voice_route(CRID)
        .route_name("Main SIP Trunk")
        .send()
        .await;
    got.expect("the second attempt succeeds");
    assert_eq!(server.attempts(), 2);
    let gap = server.gaps()[0];
    assert!(gap >= ms(900), "Retry-After {at:?}: waited only {gap:?}");
    assert!(gap < Duration::from_secs(4), "waited {gap:?}");
}

#[tokio::test]
async fn a_retry_after_longer_than_the_cap_returns_the_reply_at_once() {
    let server = FaultServer::start([Reply::json(
        503,
        &json!({"StatusCode": 503, "Message": "come back in two minutes"}),
    )
    .header("retry-after", "120")])
    .await;
    let started = Instant::now();
    let got = telegent_client(&server)
        .update_voice_route(CRID)
        .route_name("x")
        .send()
        .await;
    let Err(Error::Api(api)) = got else {
        panic!("expected Error::Api, got {got:?}")
    };
    assert_eq!(api.status, 503);
    assert!(matches!(
        api.body,
        telegent::ErrorBody::ServiceUnavailable(_)
    ));
    assert_eq!(api.headers["retry-after"], "120");
    assert_eq!(server.attempts(), 1);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn an_absurd_retry_after_with_no_cap_neither_panics_nor_waits() {
    // A caller who honours any Retry-After, and a server asking for u64::MAX
    // seconds after more than a second (so elapsed + wait overflows): the
    // total-time bound (max_elapsed) still ends the call.
    let server = FaultServer::start([Reply::status(503)
        .header("retry-after", &u64::MAX.to_string())
        .body("text/plain", "never")
        .delay(ms(1100))])
    .await;
    let policy = RetryPolicy {
        max_retry_after: Duration::MAX,
        ..fast(3)
    };
    let started = Instant::now();
    let got = carrierx_client(&server)
        .get_partner(SID)
        .retry(policy)
        .send()
        .await;
    assert!(
        matches!(&got, Err(Error::UnexpectedResponse(reply)) if reply.status == 503),
        "{got:?}"
    );
    assert_eq!(server.attempts(), 1);
    assert!(started.elapsed() < Duration::from_secs(3));
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

#[tokio::test]
async fn a_short_password_does_not_garble_an_error_or_spell_itself_out() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let shown = |password: &'static str| async move {
        let got = flowroute::Client::new(flowroute::Auth::basic(BASIC_USER, password))
            .with_http_client(http_client())
            .with_base_url(format!("http://127.0.0.1:{port}"))
            .with_retry(fast(2))
            .get_number(NUMBER)
            .send()
            .await;
        match got {
            Err(error @ Error::Transport(_)) => error.to_string(),
            other => panic!("expected Error::Transport, got {other:?}"),
        }
    };
    // The letters of "error sending request" as passwords: the message
    // reads as it does with a password that appears nowhere in it.
    let plain = shown(BASIC_PASSWORD).await;
    assert!(!plain.contains("***"), "{plain}");
    for password in ["e", "s", "re", "r"] {
        assert_eq!(shown(password).await, plain, "password {password:?}");
    }
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
// 429 forever
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_429_forever_is_an_api_error_after_every_attempt() {
    let too_many = example("telegent.yaml", "updateVoiceRoute", "429");
    let server = FaultServer::start([Reply::json(429, &too_many)]).await;
    let got = telegent_client(&server)
        .update_voice_route(CRID)
        .route_name("x")
        .retry(fast(4))
        .send()
        .await;
    let Err(Error::Api(api)) = &got else {
        panic!("expected Error::Api, got {got:?}")
    };
    assert_eq!(api.status, 429);
    assert!(matches!(api.body, telegent::ErrorBody::TooManyRequests(_)));
    assert_eq!(server.attempts(), 4);
    assert_backoff(&server);
    // Every attempt sent the same request.
    let requests = server.requests();
    for request in &requests {
        assert_eq!(request.method, "POST");
        assert_eq!(request.target, "/v1.0/voice/routes/update");
        assert_eq!(request.body, requests[0].body);
    }
}

#[tokio::test]
async fn max_elapsed_bounds_the_total_time() {
    let server = FaultServer::start([Reply::status(503).body("text/plain", "busy")]).await;
    let policy = RetryPolicy {
        max_attempts: 1000,
        base_delay: ms(20),
        max_delay: ms(20),
        max_elapsed: ms(300),
        ..RetryPolicy::default()
    };
    let started = Instant::now();
    let got = carrierx_client(&server)
        .get_partner(SID)
        .retry(policy)
        .send()
        .await;
    assert!(
        matches!(&got, Err(Error::UnexpectedResponse(reply)) if reply.status == 503),
        "{got:?}"
    );
    let requests = server.requests();
    // No retry starts after 300 ms (the last one reaches the server a
    // moment after it starts).
    let last = requests.last().unwrap().at.duration_since(started);
    assert!(
        last < ms(300) + ms(200),
        "the last attempt arrived after {last:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(
        (3..1000).contains(&requests.len()),
        "{} attempts",
        requests.len()
    );
}

#[tokio::test]
async fn the_retried_statuses_are_configurable() {
    let server = FaultServer::start([Reply::json(
        500,
        &json!({"StatusCode": 500, "Message": "oops"}),
    )])
    .await;
    let client = telegent_client(&server);
    let got = client.update_voice_route(CRID).route_name("x").send().await;
    assert!(
        matches!(&got, Err(Error::Api(api)) if api.status == 500),
        "{got:?}"
    );
    assert_eq!(server.attempts(), 3);
    let without_500 = RetryPolicy {
        statuses: vec![502, 503, 504],
        ..fast(3)
    };
    let got = client
        .update_voice_route(CRID)
        .route_name("x")
        .retry(without_500)
        .send()
        .await;
    assert!(
        matches!(&got, Err(Error::Api(api)) if api.status == 500),
        "{got:?}"
    );
    assert_eq!(server.attempts(), 4, "one more attempt, not retried");
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
async fn a_secret_a_server_echoes_in_a_reply_it_keeps_is_redacted() {
    // An undocumented status whose message quotes the token, and a
    // documented one whose body does not decode and starts with it.
    let echo = json!({"message": format!("token {TOKEN} is not valid here")});
    let server = FaultServer::start([
        Reply::json(418, &echo),
        Reply::status(200).body("application/json", format!("{TOKEN} <html>")),
    ])
    .await;
    let client = carrierx_client(&server);
    for _ in 0..2 {
        let got = client.get_partner(SID).send().await;
        let error = got.as_ref().unwrap_err();
        assert!(
            matches!(error, Error::UnexpectedResponse(_) | Error::Decode(_)),
            "{error:?}"
        );
        let shown = format!("{error} {error:?}");
        assert_no_secret("a reply's error", &shown);
        assert!(shown.contains("***"), "{shown}");
    }
    assert_eq!(server.attempts(), 2);
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

// ---------------------------------------------------------------------------
// What is retried: idempotent operations by default, a create only if asked
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_create_is_not_retried_by_default() {
    for reply in [
        Reply::status(503).body("text/plain", "busy"),
        Reply::no_answer(),
        Reply::json(200, &partner()).close_after(20),
    ] {
        let server = FaultServer::start([reply, Reply::json(200, &partner())]).await;
        let got = carrierx_client(&server)
            .create_partner(partner_create())
            .send()
            .await;
        assert!(got.is_err(), "{got:?}");
        assert_eq!(server.attempts(), 1, "{got:?}");
    }
    const { assert!(!carrierx::builders::CreatePartner::OPERATION.idempotent) };
}

#[tokio::test]
async fn a_create_is_retried_when_the_caller_opts_in() {
    let server = FaultServer::start([
        Reply::status(503).body("text/plain", "busy"),
        Reply::json(200, &partner()),
    ])
    .await;
    let got = carrierx_client(&server)
        .create_partner(partner_create())
        .retry(RetryPolicy {
            non_idempotent: true,
            ..fast(3)
        })
        .send()
        .await;
    got.expect("retried once");
    assert_eq!(server.attempts(), 2);
    let requests = server.requests();
    assert_eq!(requests[0].body, requests[1].body);
    assert_eq!(requests[1].body, br#"{"name":"John Smith"}"#);
}

#[tokio::test]
async fn a_post_marked_x_idempotent_is_retried_by_default() {
    const { assert!(telegent::builders::UpdateVoiceRoute::OPERATION.idempotent) };
    assert_eq!(
        telegent::builders::UpdateVoiceRoute::OPERATION.method,
        "POST"
    );
    let server = FaultServer::start([
        Reply::json(503, &json!({"StatusCode": 503, "Message": "busy"})).header("retry-after", "0"),
        Reply::json(200, &voice_route()),
    ])
    .await;
    let got = telegent_client(&server)
        .update_voice_route(CRID)
        .route_name("Main SIP Trunk")
        .send()
        .await;
    got.expect("retried once");
    assert_eq!(server.attempts(), 2);
}

#[tokio::test]
async fn retries_can_be_disabled_per_client_and_per_call() {
    let busy = || Reply::status(503).body("text/plain", "busy");
    // Per client.
    let server = FaultServer::start([busy()]).await;
    let client = carrierx_client(&server).with_retry(RetryPolicy::disabled());
    let got = client.get_partner(SID).send().await;
    assert!(matches!(&got, Err(Error::UnexpectedResponse(r)) if r.status == 503));
    assert_eq!(server.attempts(), 1);
    // A call can turn them back on…
    let got = client.get_partner(SID).retry(fast(2)).send().await;
    assert!(got.is_err());
    assert_eq!(server.attempts(), 3);
    // …or off, for a client that retries.
    let server = FaultServer::start([busy()]).await;
    let got = carrierx_client(&server)
        .get_partner(SID)
        .retry(RetryPolicy::disabled())
        .send()
        .await;
    assert!(got.is_err());
    assert_eq!(server.attempts(), 1);
}

#[tokio::test]
async fn a_basic_auth_get_is_retried_on_502_then_decoded() {
    let number = example("flowroute.yaml", "patchNumber", "200");
    let server = FaultServer::start([
        Reply::status(502).body("text/plain", "bad gateway"),
        Reply::status(200).body("application/vnd.api+json", number.to_string()),
    ])
    .await;
    let got = flowroute_client(&server).get_number(NUMBER).send().await;
    got.expect("retried once");
    assert_eq!(server.attempts(), 2);
    let request = &server.requests()[1];
    assert_eq!(request.target, format!("/numbers/{NUMBER}"));
    assert!(
        request
            .header("authorization")
            .unwrap()
            .starts_with("Basic ")
    );
}

// ---------------------------------------------------------------------------
// Encoding, as the server sees it
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_path_parameter_stays_inside_its_segment_on_the_wire() {
    let server = FaultServer::start([Reply::json(200, &partner())]).await;
    let client = carrierx_client(&server);
    for (sid, wire) in [
        ("../admin", "/partners/..%2Fadmin"),
        ("a/b?c#d", "/partners/a%2Fb%3Fc%23d"),
        ("..%2F", "/partners/..%252F"),
        ("a b\\c", "/partners/a%20b%5Cc"),
        ("...", "/partners/..."),
        ("ä", "/partners/%C3%A4"),
    ] {
        client.get_partner(sid).send().await.expect(sid);
        let target = server.requests().last().unwrap().target.clone();
        assert_eq!(target, wire, "{sid:?}");
    }
    // `.`, `..` (which URL parsers, reqwest's included, read as "this" and
    // "parent" directory, encoded or not) and an empty value (which would
    // address the collection) cannot be one segment's data: refused, not sent.
    let sent = server.attempts();
    for sid in [".", "..", ""] {
        let got = client.get_partner(sid).send().await;
        assert!(
            matches!(
                &got,
                Err(Error::InvalidRequest(BuildError::InvalidPathSegment { .. }))
            ),
            "{sid:?}: {got:?}"
        );
        let got = client.patch_partner(sid).name("x").send().await;
        assert!(matches!(&got, Err(Error::InvalidRequest(_))), "{got:?}");
    }
    assert_eq!(server.attempts(), sent, "nothing was sent");
}

#[tokio::test]
async fn query_values_are_encoded_on_the_wire() {
    let server = FaultServer::start([Reply::json(
        200,
        &json!({"count": 0, "has_more": false, "items": [], "limit": 10, "offset": 0, "total": 0}),
    )])
    .await;
    let got = carrierx_client(&server)
        .list_partners()
        .filter("name eq a&b=c#d")
        .order("name desc")
        .send()
        .await;
    got.expect("an empty list");
    assert_eq!(
        server.requests()[0].target,
        "/partners?order=name%20desc&filter=name%20eq%20a%26b%3Dc%23d"
    );
}

#[test]
fn a_header_value_with_cr_or_lf_is_refused_before_sending() {
    // No operation of the four specs has a header parameter, so the
    // builder every generated one would use is tested directly.
    for value in ["a\r\nx-injected: 1", "a\nb", "a\rb", "a\0b"] {
        let got = RequestBuilder::new(http::Method::GET, "https://api.example.test")
            .literal("/x")
            .header("x-trace", value)
            .build(&Credentials::None);
        assert!(
            matches!(got, Err(BuildError::InvalidHeader { name: "x-trace" })),
            "{value:?}: {got:?}"
        );
    }
}

#[tokio::test]
async fn credentials_with_a_line_break_are_refused_before_sending_without_showing_them() {
    let server = FaultServer::start([Reply::json(200, &partner())]).await;
    let secret = "sekret\r\nx-injected: 1";
    let got = carrierx::Client::new(carrierx::Auth::bearer(secret))
        .with_http_client(http_client())
        .with_base_url(server.base_url())
        .get_partner(SID)
        .send()
        .await;
    let Err(error @ Error::InvalidRequest(BuildError::InvalidCredentials)) = &got else {
        panic!("expected InvalidCredentials, got {got:?}")
    };
    assert!(!format!("{error} {error:?}").contains("sekret"));
    assert_eq!(server.attempts(), 0);
}

// ---------------------------------------------------------------------------
// Secrets never shown
// ---------------------------------------------------------------------------

/// A `tracing` subscriber that writes every span and event, with all their
/// fields, to a shared buffer.
#[derive(Clone, Default)]
struct Capture {
    lines: Arc<Mutex<String>>,
    next_id: Arc<std::sync::atomic::AtomicU64>,
}

struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={value:?}", field.name());
    }
}

impl Capture {
    fn text(&self) -> String {
        self.lines.lock().unwrap().clone()
    }

    fn write(
        &self,
        what: &str,
        metadata: &tracing::Metadata<'_>,
        record: impl FnOnce(&mut Fields<'_>),
    ) {
        let mut lines = self.lines.lock().unwrap();
        let mut line = format!(
            "{what} {} {} {}",
            metadata.level(),
            metadata.target(),
            metadata.name()
        );
        record(&mut Fields(&mut line));
        lines.push_str(&line);
        lines.push('\n');
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        self.write("span", span.metadata(), |fields| span.record(fields));
        let id = self
            .next_id
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        tracing::span::Id::from_u64(id + 1)
    }

    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut lines = self.lines.lock().unwrap();
        let mut line = "record".to_owned();
        values.record(&mut Fields(&mut line));
        lines.push_str(&line);
        lines.push('\n');
    }

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        self.write("event", event.metadata(), |fields| event.record(fields));
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

/// Every form a secret could leak in.
fn secret_forms() -> Vec<String> {
    let basic =
        base64::engine::general_purpose::STANDARD.encode(format!("{BASIC_USER}:{BASIC_PASSWORD}"));
    vec![TOKEN.to_owned(), BASIC_PASSWORD.to_owned(), basic]
}

fn assert_no_secret(what: &str, text: &str) {
    for secret in secret_forms() {
        assert!(!text.contains(&secret), "{what} shows a secret: {text}");
    }
}

#[tokio::test]
async fn credentials_never_appear_in_debug_display_errors_or_logs() {
    let capture = Capture::default();
    let _default = tracing::subscriber::set_default(capture.clone());
    let mut shown = Vec::new();

    // Clients, credentials and builders.
    let bearer = carrierx::Auth::bearer(TOKEN);
    let basic = flowroute::Auth::basic(BASIC_USER, BASIC_PASSWORD);
    shown.push(format!(
        "{bearer:?} {basic:?} {:#?}",
        Credentials::Bearer(TOKEN.into())
    ));
    shown.push(format!(
        "{:?}",
        Credentials::Basic {
            username: BASIC_USER.into(),
            password: BASIC_PASSWORD.into()
        }
    ));

    // A bearer client and a Basic one, each retrying (so the retry events
    // are logged) and ending in an error.
    let too_many = example("telegent.yaml", "updateVoiceRoute", "429");
    let server = FaultServer::start([
        Reply::json(503, &json!({"StatusCode": 503, "Message": "busy"})),
        Reply::json(429, &too_many).header("x-request-id", "req-1"),
    ])
    .await;
    let telegent = telegent_client(&server).with_retry(fast(2));
    let builder = telegent.update_voice_route(CRID).route_name("x");
    let request = builder.build().unwrap();
    shown.push(format!(
        "{telegent:?} {telegent:#?} {builder:?} {request:?}"
    ));
    let got = builder.send().await;
    let Err(api @ Error::Api(_)) = &got else {
        panic!("expected Error::Api, got {got:?}")
    };
    shown.push(format!("{api} {api:?} {api:#?}"));
    // The secret was really sent, so its absence elsewhere means something.
    let sent = server.requests()[0]
        .header("authorization")
        .unwrap()
        .to_owned();
    assert_eq!(sent, format!("Bearer {TOKEN}"));

    let server = FaultServer::start([
        Reply::status(503).body("text/plain", "busy"),
        Reply::status(200).body("application/vnd.api+json", "{\"data\": "),
    ])
    .await;
    let flowroute = flowroute_client(&server).with_retry(fast(2));
    let builder = flowroute.get_number(NUMBER);
    shown.push(format!(
        "{flowroute:?} {builder:?} {:?}",
        builder.build().unwrap()
    ));
    let got = builder.send().await;
    let Err(decode @ Error::Decode(_)) = &got else {
        panic!("expected Error::Decode, got {got:?}")
    };
    shown.push(format!("{decode} {decode:?}"));
    let sent = server.requests()[0]
        .header("authorization")
        .unwrap()
        .to_owned();
    assert!(sent.ends_with(&secret_forms()[2]));

    // Transport errors, timeouts, unexpected replies.
    let server = FaultServer::start([
        Reply::no_answer(),
        Reply::json(200, &partner()).delay(Duration::from_secs(3)),
        Reply::status(418),
    ])
    .await;
    let carrierx = carrierx_client(&server).with_retry(RetryPolicy::disabled());
    for _ in 0..3 {
        let got = carrierx.get_partner(SID).timeout(ms(100)).send().await;
        let error = got.expect_err("every reply is a fault");
        shown.push(format!(
            "{error} {error:?} {:?}",
            std::error::Error::source(&error)
        ));
    }
    let got = flowroute::Client::new(flowroute::Auth::basic(BASIC_USER, BASIC_PASSWORD))
        .with_http_client(http_client())
        .with_base_url("http://127.0.0.1:1")
        .with_retry(fast(2))
        .get_number(NUMBER)
        .send()
        .await;
    let error = got.expect_err("nothing listens on port 1");
    shown.push(format!("{error} {error:?}"));

    for text in &shown {
        assert_no_secret("output", text);
    }
    let logs = capture.text();
    assert!(logs.contains("retrying"), "no retry was logged: {logs}");
    assert!(logs.contains("/v1.0/voice/routes/update"), "{logs}");
    assert!(logs.contains("/numbers/{id}"), "{logs}");
    assert_no_secret("the logs", &logs);
}
