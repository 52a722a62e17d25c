//! Redirects, for every kind of credentials (a bearer token a token source
//! issues among them) and every method: what the first origin and the
//! other origin received, through the real default transport on loopback
//! sockets (another port, or `localhost` for `127.0.0.1`, is another
//! origin).

use http::{Method, StatusCode};
use serde_json::json;
use switchboard::runtime::{RedirectError, RedirectReason, RetryPolicy};
use switchboard::{Error, carrierx, flowroute};
use switchboard_runtime::__private::CallOptions;
use switchboard_tests::fault::{FaultServer, Reply};
use switchboard_tests::spec::Spec;

use crate::support::{BODY, ISSUED, Kind, METHODS, carried, login, operation};

const STATUSES: [u16; 5] = [301, 302, 303, 307, 308];

/// The redirect an operation refused to follow.
fn refusal<T: std::fmt::Debug, E: std::fmt::Debug>(got: Result<T, Error<E>>) -> Box<RedirectError> {
    match got {
        Err(Error::Redirect(redirect)) => redirect,
        other => panic!("expected Error::Redirect, got {other:?}"),
    }
}

fn redirect(status: u16, location: &str) -> Reply {
    Reply::status(status).header("location", location)
}

/// The method a redirect with `status` makes of `method` (RFC 9110 15.4,
/// as browsers, curl and reqwest do).
fn followed_as(status: u16, method: &Method) -> Method {
    let safe = *method == Method::GET || *method == Method::HEAD;
    if (301..=303).contains(&status) && !safe {
        Method::GET
    } else {
        method.clone()
    }
}

#[tokio::test]
async fn a_get_follows_to_another_origin_without_any_credential() {
    for kind in Kind::ALL {
        for status in STATUSES {
            let other = FaultServer::start([Reply::json(200, &json!(["x"]))]).await;
            let location = format!("{}/elsewhere?from=origin", other.base_url());
            let origin = FaultServer::start([redirect(status, &location)]).await;
            let got = kind.get(&kind.client(&origin.base_url())).await;
            assert_eq!(got.ok(), Some(StatusCode::OK), "{kind:?} {status}");
            // The credentials were sent where they belong (a token source's
            // token too, fetched for the call)…
            assert!(!carried(&origin.requests()[0]).is_empty(), "{kind:?}");
            if kind == Kind::Tokens {
                let bearer = format!("Bearer {ISSUED}");
                assert_eq!(
                    origin.requests()[0].header("authorization"),
                    Some(bearer.as_str())
                );
            }
            // …and nowhere else: no header, no query key, no Referer.
            let requests = other.requests();
            assert_eq!(requests.len(), 1);
            assert_eq!(
                carried(&requests[0]),
                Vec::<String>::new(),
                "{kind:?} {status}"
            );
            assert_eq!(requests[0].method, "GET");
            assert_eq!(requests[0].target, "/elsewhere?from=origin");
            assert_eq!(requests[0].header("referer"), None);
        }
    }
}

#[tokio::test]
async fn localhost_is_another_origin_than_127_0_0_1_on_the_same_port() {
    for kind in Kind::ALL {
        let server = FaultServer::start_with(|base_url| {
            let localhost = base_url.replace("127.0.0.1", "localhost");
            vec![
                redirect(302, &format!("{localhost}/again")),
                Reply::json(200, &json!(["x"])),
            ]
        })
        .await;
        let got = kind.get(&kind.client(&server.base_url())).await;
        assert_eq!(got.ok(), Some(StatusCode::OK), "{kind:?}");
        let requests = server.requests();
        assert!(!carried(&requests[0]).is_empty());
        assert_eq!(carried(&requests[1]), Vec::<String>::new(), "{kind:?}");
        assert!(
            requests[1]
                .header("host")
                .unwrap()
                .starts_with("localhost:")
        );
    }
}

#[tokio::test]
async fn get_and_head_leave_the_origin_without_credentials_and_head_stays_head() {
    for kind in Kind::ALL {
        for method in [Method::GET, Method::HEAD] {
            for status in STATUSES {
                let other = FaultServer::start([Reply::status(204)]).await;
                let origin =
                    FaultServer::start([redirect(status, &format!("{}/x", other.base_url()))])
                        .await;
                let core = kind.core(&origin.base_url());
                let request = login(&core, &method);
                let got = core
                    .send::<()>(&operation(&method), request, &CallOptions::default())
                    .await;
                assert_eq!(got.map(|reply| reply.0).ok(), Some(StatusCode::NO_CONTENT));
                let requests = other.requests();
                assert_eq!(requests.len(), 1, "{kind:?} {method} {status}");
                assert_eq!(requests[0].method, method.as_str());
                assert_eq!(carried(&requests[0]), Vec::<String>::new());
            }
        }
    }
}

#[tokio::test]
async fn nothing_but_get_and_head_is_sent_to_another_origin() {
    let other = FaultServer::start([Reply::status(200)]).await;
    for status in STATUSES {
        let location = format!("{}/elsewhere", other.base_url());
        let origin = FaultServer::start([redirect(status, &location)]).await;
        for kind in Kind::ALL {
            for method in [Method::PUT, Method::POST, Method::PATCH, Method::DELETE] {
                let core = kind.core(&origin.base_url());
                let request = login(&core, &method);
                let got = core
                    .send::<()>(&operation(&method), request, &CallOptions::default())
                    .await;
                let Err(Error::Redirect(refused)) = &got else {
                    panic!("{kind:?} {method} {status}: {got:?}")
                };
                assert_eq!(refused.status.as_u16(), status);
                assert_eq!(refused.method, method);
                assert_eq!(refused.reason, RedirectReason::OtherOrigin);
                assert_eq!(refused.location, location);
                assert_eq!(
                    got.as_ref().unwrap_err().to_string(),
                    format!(
                        "redirect {status} to `{location}` not followed: it leads to \
                         another origin, and a {method} is never sent to one"
                    )
                );
            }
        }
        // Every request (and its body) reached the origin it was for.
        let requests = origin.requests();
        assert_eq!(requests.len(), Kind::ALL.len() * 4);
        assert!(
            requests
                .iter()
                .all(|request| request.body == BODY.as_bytes())
        );
    }
    assert_eq!(other.attempts(), 0, "{:?}", other.requests());
}

#[tokio::test]
async fn within_the_origin_credentials_and_bodies_follow_as_http_says() {
    for kind in Kind::ALL {
        for method in METHODS {
            for status in STATUSES {
                let server =
                    FaultServer::start([redirect(status, "/moved?page=2"), Reply::status(204)])
                        .await;
                let core = kind.core(&server.base_url());
                let request = login(&core, &method);
                let got = core
                    .send::<()>(&operation(&method), request, &CallOptions::default())
                    .await;
                assert_eq!(got.map(|reply| reply.0).ok(), Some(StatusCode::NO_CONTENT));
                let [first, moved] = &server.requests()[..] else {
                    panic!("{kind:?} {method} {status}: {:?}", server.requests())
                };
                let expected = followed_as(status, &method);
                assert_eq!(
                    moved.method,
                    expected.as_str(),
                    "{kind:?} {method} {status}"
                );
                // The same credentials, query key included.
                assert_eq!(carried(moved), carried(first), "{kind:?} {method} {status}");
                let query_key = "api_key=sekret%20query%2Fkey%2B8e";
                let target = match kind {
                    Kind::QueryKey => format!("/moved?page=2&{query_key}"),
                    _ => "/moved?page=2".to_owned(),
                };
                assert_eq!(moved.target, target);
                // 307 and 308 keep the body; a request that became a GET has none.
                let body: &[u8] = if expected == method { &first.body } else { b"" };
                assert_eq!(moved.body, body, "{kind:?} {method} {status}");
                assert_eq!(moved.header("content-type").is_some(), !body.is_empty());
            }
        }
    }
}

#[tokio::test]
async fn provider_operations_keep_their_credentials_and_bodies_at_home() {
    let partner = Spec::load("carrierx.yaml")
        .operation("getPartner")
        .response_body::<serde_json::Value>("200");
    let other = FaultServer::start([Reply::json(200, &partner)]).await;
    let elsewhere = format!("{}/elsewhere", other.base_url());
    let origin = FaultServer::start([
        redirect(307, &elsewhere),
        redirect(308, &elsewhere),
        redirect(302, &elsewhere),
        redirect(301, &elsewhere),
        redirect(303, &elsewhere),
    ])
    .await;
    let carrierx = carrierx::Client::new(carrierx::Auth::bearer(crate::support::TOKEN))
        .with_base_url(origin.base_url())
        .with_retry(RetryPolicy::disabled());
    let flowroute = flowroute::Client::new(flowroute::Auth::basic(
        crate::support::USER,
        crate::support::PASSWORD,
    ))
    .with_base_url(origin.base_url())
    .with_retry(RetryPolicy::disabled());
    let sid = "ed437757-002d-4ecc-aa5a-efdf5e50dba0";
    let create = serde_json::from_value(json!({"name": "John Smith"})).unwrap();
    let replacement = serde_json::from_value::<carrierx::Partner>(partner.clone()).unwrap();
    let refused = [
        refusal(carrierx.create_partner(create).send().await),
        refusal(
            flowroute
                .patch_number("16463451234")
                .alias("x")
                .send()
                .await,
        ),
        refusal(flowroute.release_number("16463451234").send().await),
        refusal(carrierx.replace_partner(sid, replacement).send().await),
    ];
    for (redirect, method) in refused.iter().zip(["POST", "PATCH", "DELETE", "PUT"]) {
        assert_eq!(redirect.method, method);
        assert_eq!(redirect.location, elsewhere);
        assert_eq!(redirect.reason, RedirectReason::OtherOrigin);
    }
    assert_eq!(other.attempts(), 0, "{:?}", other.requests());
    // A GET goes on, without the token.
    let got = carrierx.get_partner(sid).send().await;
    assert_eq!(got.expect("followed").partner_sid.as_deref(), Some(sid));
    assert_eq!(carried(&other.requests()[0]), Vec::<String>::new());
    assert!(!carried(&origin.requests()[4]).is_empty());
}

#[tokio::test]
async fn a_location_with_the_query_key_echoed_is_followed_without_it_and_shown_redacted() {
    let other = FaultServer::start([Reply::json(200, &json!(null))]).await;
    let echoed = format!(
        "{}/x?api_key=sekret%20query%2Fkey%2B8e&keep=1",
        other.base_url()
    );
    let origin = FaultServer::start([redirect(302, &echoed)]).await;
    let got = Kind::QueryKey
        .get(&Kind::QueryKey.client(&origin.base_url()))
        .await;
    assert_eq!(got.ok(), Some(StatusCode::OK));
    assert_eq!(other.requests()[0].target, "/x?keep=1");

    let core = Kind::QueryKey.core(&origin.base_url());
    let request = login(&core, &Method::POST);
    let got = core
        .send::<()>(&operation(&Method::POST), request, &CallOptions::default())
        .await;
    let Err(error @ Error::Redirect(redirect)) = &got else {
        panic!("{got:?}")
    };
    let redacted = format!("{}/x?api_key=***&keep=1", other.base_url());
    assert_eq!(redirect.location, redacted);
    assert_eq!(redirect.headers["location"], redacted.as_str());
    crate::support::assert_no_secret("the redirect error", &format!("{error} {error:?}"));
    assert_eq!(other.attempts(), 1);
}
