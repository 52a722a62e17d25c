//! Client options compose in any order: a connect timeout set before or
//! after a transport of the caller's keeps that transport, and reaches it
//! in `Limits`.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use switchboard::carrierx;
use switchboard::runtime::{BoxFuture, Limits, Transport, TransportError, TransportErrorKind};

/// Refuses every request, noting the limits it was given.
#[derive(Debug, Default, Clone)]
struct Noting(Arc<Mutex<Vec<Limits>>>);

impl Transport for Noting {
    fn send(
        &self,
        _: http::Request<Vec<u8>>,
        limits: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
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
        carrierx::Client::new(carrierx::Auth::bearer("t"))
            .with_connect_timeout(connect)
            .with_transport(before.clone()),
        carrierx::Client::new(carrierx::Auth::bearer("t"))
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
