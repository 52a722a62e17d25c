//! Client options compose in any order: a connect timeout set before or
//! after a transport of the caller's keeps that transport, and reaches it
//! in `Limits`; a reqwest client of the caller's is kept too, and connects
//! with the connect timeout it was built with, whatever the order (against
//! a loopback listener that never completes a connection).

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use switchboard::carrierx;
use switchboard::runtime::bytes::Bytes;
use switchboard::runtime::{
    BoxFuture, Limits, RetryPolicy, Transport, TransportError, TransportErrorKind, reqwest,
};

/// Refuses every request, noting the limits it was given.
#[derive(Debug, Default, Clone)]
struct Noting(Arc<Mutex<Vec<Limits>>>);

impl Transport for Noting {
    fn send(
        &self,
        _: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Bytes>, TransportError>> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(limits);
        Box::pin(async { Err(TransportError::new(TransportErrorKind::Other, "noted")) })
    }
}

#[tokio::test]
async fn a_connect_timeout_never_replaces_a_transport_in_either_order() {
    let connect = Duration::from_millis(1234);
    let before = Noting::default();
    let after = Noting::default();
    let clients = [
        carrierx::Client::new(carrierx::Auth::bearer("secret-token"))
            .with_connect_timeout(connect)
            .with_transport(before.clone()),
        carrierx::Client::new(carrierx::Auth::bearer("secret-token"))
            .with_transport(after.clone())
            .with_connect_timeout(connect)
            .with_timeout(Duration::from_secs(7)),
    ];
    for client in &clients {
        let got = client.get_partner("p").send().await;
        assert!(
            matches!(&got, Err(switchboard::Error::Transport(e)) if e.kind() == TransportErrorKind::Other),
            "{got:?}"
        );
    }
    let limits = |noting: &Noting| {
        noting
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    };
    // The attempt's timeout is what is left of it when the transport is called.
    for (noting, timeout) in [(&before, 30), (&after, 7)] {
        let seen = limits(noting);
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].connect_timeout, connect);
        assert_eq!(seen[0].max_body_bytes, 16 << 20);
        let timeout = Duration::from_secs(timeout);
        assert!(
            seen[0].timeout <= timeout && seen[0].timeout > timeout / 2,
            "{seen:?}"
        );
    }
}

/// A loopback base URL where connecting never completes, while the values
/// returned are held: a listener with a backlog of 0 whose one queue slot
/// is taken, so the kernel drops every further SYN.
async fn unconnectable() -> (tokio::net::TcpListener, Vec<tokio::net::TcpStream>, String) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(([127, 0, 0, 1], 0).into()).unwrap();
    let listener = socket.listen(0).unwrap();
    let address = listener.local_addr().unwrap();
    let connect = || {
        tokio::time::timeout(
            Duration::from_millis(200),
            tokio::net::TcpStream::connect(address),
        )
    };
    let mut queued = Vec::new();
    for _ in 0..2 {
        if let Ok(Ok(stream)) = connect().await {
            queued.push(stream);
        }
    }
    assert!(
        connect().await.is_err(),
        "connecting to {address} completes"
    );
    (listener, queued, format!("http://{address}"))
}

/// Which timeout a call to `client` ran into: the transport's connect
/// timeout (no connection was made), or the attempt's (the error names it).
#[derive(Debug, PartialEq)]
enum Ran {
    Connect,
    Attempt(Duration),
}

async fn timing_out(client: carrierx::Client) -> Ran {
    let got = client.get_partner("p").send().await;
    match got {
        Err(switchboard::Error::Transport(error))
            if error.kind() == switchboard::runtime::TransportErrorKind::Connect =>
        {
            assert_eq!(error.attempts(), 1);
            assert!(
                error
                    .to_string()
                    .starts_with("could not connect: no connection within the connect timeout"),
                "{error}"
            );
            Ran::Connect
        }
        Err(switchboard::Error::Timeout { limit, attempts: 1 }) => Ran::Attempt(limit),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_reqwest_client_keeps_its_own_connect_timeout_in_either_order() {
    let (_listener, _queued, base_url) = unconnectable().await;
    let (short, long, attempt) = (
        Duration::from_millis(100),
        Duration::from_secs(10),
        Duration::from_secs(2),
    );
    let plain = || {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    };
    let quick = || {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(short)
            .build()
            .unwrap()
    };
    let client = || {
        carrierx::Client::new(carrierx::Auth::bearer("secret-token"))
            .with_base_url(base_url.clone())
            .with_timeout(attempt)
            .with_retry(RetryPolicy::disabled())
    };
    let (own, plain_then_short, short_then_plain, quick_then_long, long_then_quick) = tokio::join!(
        // The client's own transport is built with the connect timeout…
        timing_out(client().with_connect_timeout(short)),
        // …a reqwest client given to it is not, before or after: connecting
        // goes on until the attempt's timeout…
        timing_out(
            client()
                .with_http_client(plain())
                .with_connect_timeout(short)
        ),
        timing_out(
            client()
                .with_connect_timeout(short)
                .with_http_client(plain())
        ),
        // …and it keeps the one it was built with.
        timing_out(
            client()
                .with_http_client(quick())
                .with_connect_timeout(long)
        ),
        timing_out(
            client()
                .with_connect_timeout(long)
                .with_http_client(quick())
        ),
    );
    // The attempt's timeout is reported with its own limit, never as the
    // connect timeout's.
    assert_eq!(own, Ran::Connect, "own transport");
    assert_eq!(
        quick_then_long,
        Ran::Connect,
        "reqwest client built with it, then a longer one"
    );
    assert_eq!(
        long_then_quick,
        Ran::Connect,
        "a longer one, then a reqwest client built with it"
    );
    assert_eq!(
        plain_then_short,
        Ran::Attempt(attempt),
        "reqwest client, then the connect timeout"
    );
    assert_eq!(
        short_then_plain,
        Ran::Attempt(attempt),
        "the connect timeout, then a reqwest client"
    );
}
