//! `Retry-After` edge values end to end: a 503 with the value, then a 200;
//! what the server saw (how many attempts, the gap between them) says how
//! the client read it. RFC 9110: delay-seconds are digits only; an HTTP
//! date comes in three formats; more seconds than any cap means the reply
//! is returned at once.

use std::time::{Duration, Instant, SystemTime};

use serde_json::json;
use switchboard::Error;
use switchboard::runtime::retry_after;
use switchboard_tests::fault::{FaultServer, Reply};

use switchboard_tests::http_date::{DateFormat, http_date};

use crate::support::{Kind, fast, ms};

/// What happened to a GET answered 503 with `Retry-After: value`, then 200.
struct Outcome {
    attempts: usize,
    gap: Option<Duration>,
    elapsed: Duration,
    got: Result<(), Error<()>>,
}

async fn after(value: &str) -> Outcome {
    let server = FaultServer::start([
        Reply::status(503).header("retry-after", value),
        Reply::json(200, &json!(["x"])),
    ])
    .await;
    let started = Instant::now();
    let got = Kind::Bearer
        .client(&server.base_url())
        .with_retry(fast(3))
        .list_items()
        .send()
        .await
        .map(|_| ());
    Outcome {
        attempts: server.attempts(),
        gap: server.gaps().first().copied(),
        elapsed: started.elapsed(),
        got,
    }
}

#[tokio::test]
async fn more_seconds_than_a_u64_holds_returns_the_reply_at_once() {
    for value in [
        "99999999999999999999",
        "18446744073709551616",
        "18446744073709551615",
    ] {
        let outcome = after(value).await;
        assert_eq!(outcome.attempts, 1, "{value}");
        assert!(outcome.elapsed < ms(1000), "{value}: {:?}", outcome.elapsed);
        assert!(
            matches!(&outcome.got, Err(Error::UnexpectedResponse(reply)) if reply.status == 503),
            "{value}: {:?}",
            outcome.got
        );
    }
}

#[tokio::test]
async fn a_value_that_is_not_delay_seconds_or_a_date_is_ignored() {
    // Read as absent: the backoff (at most 10 ms here) decides, not a second.
    for value in [
        "+1",
        "-1",
        "1.5",
        "1 2",
        "1s",
        "0x1",
        "soon",
        "Sun, 06 Nov 1994",
    ] {
        let outcome = after(value).await;
        assert_eq!(outcome.attempts, 2, "{value}");
        let gap = outcome.gap.unwrap();
        assert!(gap < ms(500), "{value}: waited {gap:?}");
        assert!(outcome.got.is_ok(), "{value}: {:?}", outcome.got);
    }
}

#[tokio::test]
async fn zero_and_a_date_in_the_past_retry_at_once() {
    for value in [
        "0",
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Thu Jan  1 00:00:00 1970",
    ] {
        let outcome = after(value).await;
        assert_eq!(outcome.attempts, 2, "{value}");
        assert!(outcome.gap.unwrap() < ms(500), "{value}: {:?}", outcome.gap);
        assert!(outcome.got.is_ok());
    }
}

#[tokio::test]
async fn a_date_past_the_cap_returns_the_reply_at_once() {
    let in_an_hour = SystemTime::now() + Duration::from_secs(3600);
    for format in [DateFormat::Imf, DateFormat::Rfc850, DateFormat::Asctime] {
        let outcome = after(&http_date(in_an_hour, format)).await;
        assert_eq!(outcome.attempts, 1, "{format:?}");
        assert!(outcome.elapsed < ms(1000));
    }
}

#[tokio::test]
async fn seconds_with_surrounding_space_and_dates_in_all_three_formats_are_waited_for() {
    // Two seconds ahead, truncated to the second: a wait in (1 s, 2 s]. All
    // four run at once, so the test takes about two seconds.
    let at = SystemTime::now() + Duration::from_secs(2);
    let dates = [DateFormat::Imf, DateFormat::Rfc850, DateFormat::Asctime]
        .map(|format| http_date(at, format));
    let (spaced, imf, rfc850, asctime) = tokio::join!(
        after(" 1 "),
        after(&dates[0]),
        after(&dates[1]),
        after(&dates[2])
    );
    for (value, outcome) in [
        (" 1 ", spaced),
        (&dates[0], imf),
        (&dates[1], rfc850),
        (&dates[2], asctime),
    ] {
        assert_eq!(outcome.attempts, 2, "{value:?}");
        let gap = outcome.gap.unwrap();
        assert!(gap >= ms(900), "{value:?}: waited only {gap:?}");
        assert!(gap < ms(3500), "{value:?}: waited {gap:?}");
        assert!(outcome.got.is_ok());
    }
}

#[test]
fn the_header_is_read_exactly_as_rfc_9110_says() {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
    let read = |value: &str| {
        let mut headers = http::HeaderMap::new();
        headers.insert("retry-after", value.parse().unwrap());
        retry_after(&headers, now)
    };
    assert_eq!(read("99999999999999999999"), Some(Duration::MAX));
    assert_eq!(
        read(&u64::MAX.to_string()),
        Some(Duration::from_secs(u64::MAX))
    );
    for invalid in ["+1", "-1", "1.5", " 1 2", "", "١"] {
        assert_eq!(read(invalid), None, "{invalid:?}");
    }
    assert_eq!(read(" 1"), Some(Duration::from_secs(1)));
    assert_eq!(read("0"), Some(Duration::ZERO));
    for format in [DateFormat::Imf, DateFormat::Rfc850, DateFormat::Asctime] {
        let later = http_date(now + Duration::from_secs(90), format);
        assert_eq!(read(&later), Some(Duration::from_secs(90)), "{later}");
        let earlier = http_date(now - Duration::from_secs(90), format);
        assert_eq!(read(&earlier), Some(Duration::ZERO), "{earlier}");
    }
}

#[test]
fn the_test_dates_are_rfc_9110s_examples() {
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
    assert_eq!(
        http_date(at, DateFormat::Imf),
        "Sun, 06 Nov 1994 08:49:37 GMT"
    );
    assert_eq!(
        http_date(at, DateFormat::Rfc850),
        "Sunday, 06-Nov-94 08:49:37 GMT"
    );
    assert_eq!(
        http_date(at, DateFormat::Asctime),
        "Sun Nov  6 08:49:37 1994"
    );
}
