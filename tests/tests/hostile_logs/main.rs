//! A capture of every `tracing` span and event, at every level, from every
//! crate and thread (hyper's connection pool included), during a whole run
//! against hostile loopback servers with each kind of credentials: a
//! success after a retry, redirects on the origin and to another one, a
//! redirect refused, a loop, connection failures and a timeout. No secret
//! appears in it, nor in the `Debug` and `Display` of anything the run
//! produced.
//!
//! A test binary of its own, with one test: the capture is the process's
//! global subscriber, installed before any event is emitted, so no
//! callsite's interest can be cached by a test running beside it.

// The hostile tests' helpers; this binary uses some of them.
#[allow(dead_code)]
#[path = "../hostile/support.rs"]
mod support;

mod capture;

use http::Method;
use serde_json::json;
use switchboard::runtime::RetryPolicy;
use switchboard_runtime::__private::CallOptions;
use switchboard_tests::fault::{FaultServer, Reply};

use crate::capture::Capture;
use crate::support::{Kind, assert_no_secret, fast, login, ms, operation};

#[tokio::test]
async fn no_secret_appears_in_any_trace_event_or_field() {
    let capture = Capture::default();
    tracing::subscriber::set_global_default(capture.clone()).expect("the only subscriber");
    let mut shown = Vec::new();
    for kind in Kind::ALL {
        let other = FaultServer::start([Reply::json(200, &json!(["x"]))]).await;
        let origin = FaultServer::start([
            Reply::status(503).header("retry-after", "0"),
            Reply::status(302).header("location", "/moved?page=2"),
            Reply::status(307).header("location", &format!("{}/x", other.base_url())),
        ])
        .await;
        // A retry, a redirect on the origin, one to another origin, a 200.
        let client = kind.client(&origin.base_url()).with_retry(fast(3));
        let got = kind.get(&client).await;
        assert!(got.is_ok(), "{kind:?}: {got:?}");
        shown.push(format!("{client:?} {got:?}"));

        // A POST redirected to another origin: refused.
        let core = kind.core(&origin.base_url());
        let got = core
            .send::<()>(
                &operation(&Method::POST),
                login(&core, &Method::POST),
                &CallOptions::default(),
            )
            .await;
        let error = got.expect_err("refused");
        shown.push(format!("{error} {error:?} {core:?}"));

        // A loop, a closed connection, a refused one, a timeout.
        let looping = FaultServer::start([Reply::status(308).header("location", "/login")]).await;
        let closed = FaultServer::start([Reply::no_answer()]).await;
        let stalled = FaultServer::start([Reply::status(200).delay(ms(2000))]).await;
        for base_url in [
            looping.base_url(),
            closed.base_url(),
            "http://127.0.0.1:1".to_owned(),
            stalled.base_url(),
        ] {
            let client = kind
                .client(&base_url)
                .with_timeout(ms(100))
                .with_retry(RetryPolicy {
                    max_attempts: 2,
                    ..fast(2)
                });
            let error = kind.get(&client).await.expect_err("a fault");
            shown.push(format!(
                "{error} {error:?} {:?}",
                std::error::Error::source(&error)
            ));
        }
    }
    for text in &shown {
        assert_no_secret("output", text);
    }
    let logs = capture.text();
    // The capture saw what it should have: retries, redirects, replies…
    for expected in [
        "event INFO switchboard",
        "retrying",
        "following a redirect",
        "credentials_removed=true",
        "redirect not followed",
        "reason=OtherOrigin",
        "reason=Loop",
        "event DEBUG switchboard",
        "path=\"/search\"",
        "path=\"/items\"",
        "path=\"/session\"",
        // …and the events of the HTTP stack underneath, at TRACE level.
        "event TRACE hyper_util",
    ] {
        assert!(
            logs.contains(expected),
            "no {expected:?} in the logs:
{logs}"
        );
    }
    assert_no_secret("the logs", &logs);
}
