//! What is retried and how long the client waits: `Retry-After` (seconds,
//! an HTTP date, past the cap), a 429 forever, `max_elapsed`, the statuses
//! retried, and which operations are retried by default.

use super::*;

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
