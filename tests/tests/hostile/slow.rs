//! Replies no real server sends: a body or a head trickled a byte at a
//! time (within the timeout, and past it), megabytes of header lines, one
//! enormous header, thousands of headers. Each ends in the reply or in a
//! typed error, within the timeout, without panicking, and the client stops
//! reading what it will not use.

use std::time::{Duration, Instant};

use switchboard::Error;
use switchboard::runtime::TransportErrorKind;
use switchboard_tests::hostile::{HostileServer, Raw};

use crate::support::{Kind, ms};

const JSON: &[u8] = br#"["a","b","c"]"#;

fn head(length: usize) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\
         content-length: {length}\r\nconnection: close\r\n\r\n"
    )
    .into_bytes()
}

/// `GET /items` against `server` with `timeout` per attempt, no retries.
async fn list_items(
    server: &HostileServer,
    timeout: Duration,
) -> (Result<Vec<String>, Error<()>>, Duration) {
    let started = Instant::now();
    let got = Kind::Bearer
        .client(&server.base_url())
        .with_timeout(timeout)
        .list_items()
        .send()
        .await
        .map(|items| items.into_body());
    (got, started.elapsed())
}

#[tokio::test]
async fn a_body_trickled_a_byte_at_a_time_within_the_timeout_is_read_whole() {
    let server =
        HostileServer::start([Raw::new().send(head(JSON.len())).trickle(JSON, ms(20))]).await;
    let (got, elapsed) = list_items(&server, Duration::from_secs(3)).await;
    assert_eq!(got.expect("read whole"), ["a", "b", "c"]);
    assert!(elapsed >= ms(200), "{elapsed:?}");
}

#[tokio::test]
async fn a_body_trickled_past_the_timeout_times_out() {
    let body = [b' '; 200];
    let server =
        HostileServer::start([Raw::new().send(head(body.len())).trickle(body, ms(20))]).await;
    let (got, elapsed) = list_items(&server, ms(300)).await;
    assert!(
        matches!(got, Err(Error::Timeout { limit, attempts: 1 }) if limit == ms(300)),
        "{got:?}"
    );
    assert!(elapsed < ms(1200), "{elapsed:?}");
    assert_eq!(server.attempts(), 1);
}

#[tokio::test]
async fn a_head_trickled_past_the_timeout_times_out() {
    let server = HostileServer::start([Raw::new().trickle(head(JSON.len()), ms(20))]).await;
    let (got, elapsed) = list_items(&server, ms(300)).await;
    assert!(matches!(got, Err(Error::Timeout { .. })), "{got:?}");
    assert!(elapsed < ms(1200), "{elapsed:?}");
}

/// `GET /items` answered by a head with `headers` in it: a transport
/// error of `kind`, quickly, and the server could not write all of it.
async fn refused_head(name: &str, headers: Raw, total: usize) {
    let server = HostileServer::start([headers]).await;
    let (got, elapsed) = list_items(&server, Duration::from_secs(5)).await;
    let Err(Error::Transport(error)) = &got else {
        panic!("{name}: expected Error::Transport, got {got:?}")
    };
    assert_eq!(
        error.kind(),
        TransportErrorKind::InvalidReply,
        "{name}: {error}"
    );
    assert!(elapsed < Duration::from_secs(2), "{name}: {elapsed:?}");
    // Not retried: the same reply would come again.
    assert_eq!(server.attempts(), 1);
    // The client stopped reading long before the end: bounded memory.
    tokio::time::sleep(ms(100)).await;
    let written = server.written();
    assert!(
        written.iter().all(|written| *written < total),
        "{name}: the client read all {total} bytes"
    );
}

#[tokio::test]
async fn sixteen_megabytes_of_header_lines_are_a_typed_error() {
    let line = format!("x-filler: {}\r\n", "a".repeat(52));
    let total = 16 << 20;
    let reply = Raw::new()
        .send("HTTP/1.1 200 OK\r\n")
        .repeat(line.as_bytes(), total)
        .send("\r\n");
    refused_head("header lines", reply, total).await;
}

#[tokio::test]
async fn one_enormous_header_is_a_typed_error() {
    let total = 16 << 20;
    let reply = Raw::new()
        .send("HTTP/1.1 200 OK\r\nx-big: ")
        .repeat(&b"b"[..], total)
        .send("\r\n\r\n");
    refused_head("one header", reply, total).await;
}

#[tokio::test]
async fn thousands_of_small_headers_are_a_typed_error() {
    let total = 20_000 * 6;
    let reply = Raw::new()
        .send("HTTP/1.1 200 OK\r\n")
        .repeat(&b"a: b\r\n"[..], total)
        .send("content-length: 0\r\n\r\n");
    let server = HostileServer::start([reply]).await;
    let (got, _) = list_items(&server, Duration::from_secs(5)).await;
    let Err(Error::Transport(error)) = &got else {
        panic!("expected Error::Transport, got {got:?}")
    };
    assert_eq!(error.kind(), TransportErrorKind::InvalidReply, "{error}");
}

#[tokio::test]
async fn a_status_line_that_is_not_http_is_a_typed_error() {
    for garbage in [
        &b"SSH-2.0-OpenSSH_9.6\r\n\r\n"[..],
        b"HTTP/1.1 2000 OK\r\n\r\n",
        b"\0\0\0\0",
    ] {
        let server = HostileServer::start([Raw::new().send(garbage)]).await;
        let (got, _) = list_items(&server, Duration::from_secs(5)).await;
        assert!(
            matches!(&got, Err(Error::Transport(error)) if error.kind() == TransportErrorKind::InvalidReply),
            "{:?}: {got:?}",
            String::from_utf8_lossy(garbage)
        );
    }
}
