//! Redirects the client does not follow, as typed errors: loops, too many
//! hops, `Location`s that are not http(s) URLs; the policies that follow
//! none or stay on the origin; a custom transport protected the same way;
//! and the attempt's timeout covering every hop.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use http::{Method, StatusCode};
use serde_json::json;
use switchboard::Error;
use switchboard::runtime::bytes::Bytes;
use switchboard::runtime::{BoxFuture, Limits, RedirectPolicy, RedirectReason, Transport};
use switchboard::runtime::{RetryPolicy, TransportError};
use switchboard_runtime::__private::CallOptions;
use switchboard_tests::fault::{FaultServer, Reply};
use switchboard_tests::golden::security;
use switchboard_tests::hostile::{HostileServer, Raw};

use crate::support::{Kind, assert_no_secret, holds_secret, login, ms, operation};

fn redirect(status: u16, location: &str) -> Reply {
    Reply::status(status).header("location", location)
}

/// The reason of an `Error::Redirect`, or a panic naming what came instead.
fn refused<T: std::fmt::Debug>(got: &Result<T, Error<()>>) -> RedirectReason {
    match got {
        Err(Error::Redirect(redirect)) => redirect.reason,
        other => panic!("expected Error::Redirect, got {other:?}"),
    }
}

#[tokio::test]
async fn a_redirect_back_to_a_request_already_made_is_a_loop() {
    // To itself (the query key is put back, so it is the same URL), and A → B → A.
    let to_itself = FaultServer::start([redirect(302, "/search?q=q")]).await;
    let got = Kind::QueryKey
        .get(&Kind::QueryKey.client(&to_itself.base_url()))
        .await;
    assert_eq!(refused(&got), RedirectReason::Loop);
    assert_eq!(to_itself.attempts(), 1);
    let error = got.unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "redirect 302 to `{}/search?q=q` not followed: it leads back to a request already made",
            to_itself.base_url()
        )
    );
    assert_no_secret("a loop", &format!("{error} {error:?}"));

    let back_and_forth = FaultServer::start([redirect(307, "/b"), redirect(307, "/items")]).await;
    let got = Kind::HeaderKey
        .get(&Kind::HeaderKey.client(&back_and_forth.base_url()))
        .await;
    assert_eq!(refused(&got), RedirectReason::Loop);
    assert_eq!(back_and_forth.attempts(), 2);
}

#[tokio::test]
async fn ten_redirects_are_followed_and_an_eleventh_is_too_many() {
    let hops = |count: usize| {
        let mut script: Vec<Reply> = (0..count)
            .map(|hop| redirect(302, &format!("/hop/{hop}")))
            .collect();
        script.push(Reply::json(200, &json!(["arrived"])));
        script
    };
    let ten = FaultServer::start(hops(10)).await;
    let got = Kind::Bearer
        .client(&ten.base_url())
        .list_items()
        .send()
        .await;
    assert_eq!(got.expect("ten hops are followed").body(), &["arrived"]);
    assert_eq!(ten.attempts(), 11);

    let eleven = FaultServer::start(hops(11)).await;
    let got = Kind::Bearer
        .get(&Kind::Bearer.client(&eleven.base_url()))
        .await;
    assert_eq!(refused(&got), RedirectReason::TooMany { limit: 10 });
    assert_eq!(eleven.attempts(), 11);
    assert_eq!(got.unwrap_err().status(), Some(StatusCode::FOUND));
}

#[tokio::test]
async fn a_location_that_is_not_an_http_url_is_an_error_not_a_panic() {
    for location in [
        "ftp://127.0.0.1/file",
        "mailto:ops@example.test",
        "data:text/plain,hello",
        "javascript:alert(1)",
        "http://[::1",
        "http://",
        "http://exa mple.test/",
    ] {
        let server = FaultServer::start([redirect(301, location)]).await;
        let got = Kind::HeaderKey
            .get(&Kind::HeaderKey.client(&server.base_url()))
            .await;
        assert_eq!(refused(&got), RedirectReason::InvalidLocation, "{location}");
        assert_eq!(server.attempts(), 1);
    }
    // Bytes that are not UTF-8, and a control character, in the Location.
    for location in [&b"http://127.0.0.1/\xff\xfe"[..], b"/a\x01b"] {
        let mut head = b"HTTP/1.1 302 Found\r\nlocation: ".to_vec();
        head.extend_from_slice(location);
        head.extend_from_slice(b"\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        let server = HostileServer::start([Raw::new().send(head)]).await;
        let got = Kind::HeaderKey
            .get(&Kind::HeaderKey.client(&server.base_url()))
            .await;
        let text = match &got {
            Err(Error::Redirect(redirect)) => {
                assert_eq!(redirect.reason, RedirectReason::InvalidLocation);
                got.as_ref().unwrap_err().to_string()
            }
            // hyper may refuse a control character in a header outright.
            Err(Error::Transport(error)) => error.to_string(),
            other => panic!("{location:?}: {other:?}"),
        };
        assert!(!text.contains(['\n', '\r', '\u{1}']), "{text}");
        assert_eq!(server.attempts(), 1);
    }
}

#[tokio::test]
async fn a_redirect_without_a_location_is_returned_as_it_is() {
    let server = FaultServer::start([Reply::status(302).body("text/plain", "moved")]).await;
    let got = Kind::Bearer
        .client(&server.base_url())
        .list_items()
        .send()
        .await;
    let Err(Error::UnexpectedResponse(reply)) = &got else {
        panic!("{got:?}")
    };
    assert_eq!((reply.status.as_u16(), reply.body.as_str()), (302, "moved"));
}

#[tokio::test]
async fn the_policy_can_follow_none_or_stay_on_the_origin() {
    let other = FaultServer::start([Reply::status(200)]).await;
    let elsewhere = format!("{}/x", other.base_url());
    let server = FaultServer::start([redirect(302, &elsewhere)]).await;
    let mut core = Kind::Bearer.core(&server.base_url());
    core.set_redirect(RedirectPolicy::none());
    let request = login(&core, &Method::GET);
    let (status, headers, _) = core
        .send::<()>(&operation(&Method::GET), request, &CallOptions::default())
        .await
        .expect("the 302 itself");
    assert_eq!(status.as_u16(), 302);
    assert_eq!(headers["location"], *elsewhere);

    core.set_redirect(RedirectPolicy::same_origin());
    let request = login(&core, &Method::GET);
    let got = core
        .send::<()>(&operation(&Method::GET), request, &CallOptions::default())
        .await;
    assert_eq!(refused(&got), RedirectReason::OtherOrigin);
    assert_eq!(
        got.unwrap_err().to_string(),
        format!(
            "redirect 302 to `{elsewhere}` not followed: it leads to another origin, \
             and this client stays on its own"
        )
    );
    assert_eq!(other.attempts(), 0);
}

#[tokio::test]
async fn the_timeout_of_an_attempt_covers_all_its_redirects() {
    let server = FaultServer::start([
        redirect(302, "/slow").delay(ms(300)),
        Reply::json(200, &json!([])).delay(ms(300)),
    ])
    .await;
    let started = Instant::now();
    let got = Kind::Bearer
        .client(&server.base_url())
        .with_timeout(ms(450))
        .list_items()
        .send()
        .await;
    assert!(
        matches!(got, Err(Error::Timeout { limit, attempts: 1 }) if limit == ms(450)),
        "{got:?}"
    );
    assert!(started.elapsed() < ms(1500), "{:?}", started.elapsed());
    assert_eq!(server.attempts(), 2);
}

/// A transport double: answers from a script, records every request whole.
#[derive(Debug, Clone, Default)]
struct Scripted {
    replies: Arc<Mutex<VecDeque<http::Response<Bytes>>>>,
    seen: Arc<Mutex<Vec<http::Request<Vec<u8>>>>>,
}

impl Scripted {
    fn new(replies: impl IntoIterator<Item = (u16, Option<&'static str>)>) -> Scripted {
        let replies = replies
            .into_iter()
            .map(|(status, location)| {
                let mut builder = http::Response::builder().status(status);
                if let Some(location) = location {
                    builder = builder.header("location", location);
                }
                builder.body(Bytes::from_static(b"[]")).unwrap()
            })
            .collect();
        Scripted {
            replies: Arc::new(Mutex::new(replies)),
            seen: Arc::default(),
        }
    }
}

impl Transport for Scripted {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
        _: Limits,
    ) -> BoxFuture<'_, Result<http::Response<Bytes>, TransportError>> {
        self.seen.lock().unwrap().push(request);
        let reply = self.replies.lock().unwrap().pop_front();
        Box::pin(async move { Ok(reply.expect("a scripted reply")) })
    }
}

#[tokio::test]
async fn a_custom_transport_gets_the_same_protection_https_to_http_included() {
    for kind in Kind::ALL {
        let transport = Scripted::new([
            (302, Some("/v1/moved")),
            (308, Some("http://api.example.test/v1/downgraded")),
            (200, None),
        ]);
        let client = security::Client::new(kind.auth())
            .with_transport(transport.clone())
            .with_retry(RetryPolicy::disabled());
        let got = kind.get(&client).await;
        assert_eq!(got.ok(), Some(StatusCode::OK), "{kind:?}");
        let seen = transport.seen.lock().unwrap();
        let shown = |request: &http::Request<Vec<u8>>| {
            format!(
                "{} {:?} {:?}",
                request.uri(),
                request.headers(),
                request
                    .headers()
                    .values()
                    .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
                    .collect::<Vec<_>>()
            )
        };
        // Same origin: still sent (the secret is really in the request)…
        let moved = shown(&seen[1]);
        assert!(
            moved.starts_with("https://api.example.test/v1/moved"),
            "{moved}"
        );
        assert!(holds_secret(&moved), "{kind:?}: {moved}");
        // …https → http is another origin: nothing.
        let downgraded = shown(&seen[2]);
        assert!(downgraded.starts_with("http://api.example.test/v1/downgraded"));
        assert_no_secret("the downgraded request", &downgraded);
        assert!(seen[2].headers().keys().all(|name| name == "accept"));
    }
}

#[tokio::test]
async fn a_transport_error_that_shows_a_secret_is_redacted() {
    #[derive(Debug)]
    struct Leaky;
    impl Transport for Leaky {
        fn send(
            &self,
            request: http::Request<Vec<u8>>,
            _: Limits,
        ) -> BoxFuture<'_, Result<http::Response<Bytes>, TransportError>> {
            let text = format!("cannot reach {}", request.uri());
            Box::pin(async move {
                Err(TransportError::new(
                    switchboard::runtime::TransportErrorKind::Other,
                    text,
                ))
            })
        }
    }
    let client = security::Client::new(Kind::QueryKey.auth())
        .with_base_url("http://127.0.0.1:9")
        .with_transport(Leaky);
    let error = client.search("q").send().await.expect_err("it fails");
    let text = format!("{error} {error:?} {:?}", std::error::Error::source(&error));
    assert_no_secret("a custom transport's error", &text);
    assert_eq!(
        error.to_string(),
        "transport error: transport failure: cannot reach \
         http://127.0.0.1:9/search?q=q&api_key=*** (1 attempt)"
    );
}
