//! `Display` of an `Error::Api` says the provider's own message, bounded
//! and on one line, so `?` into `Box<dyn Error>` or anyhow keeps the
//! reason (`tests/fixtures/error_messages.yaml`, and the providers' own
//! error bodies).

use http::{HeaderMap, StatusCode};
use switchboard::{flowroute, telegent};
use switchboard_tests::golden::error_messages::builders::ListOrders;

fn shown(status: u16, content_type: &str, body: &str) -> String {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", content_type.parse().unwrap());
    let status = StatusCode::from_u16(status).unwrap();
    ListOrders::decode(status, &headers, body.as_bytes())
        .unwrap_err()
        .to_string()
}

fn json(status: u16, body: &str) -> String {
    shown(status, "application/json", body)
}

#[test]
fn the_field_the_schema_names_is_the_message() {
    assert_eq!(
        json(400, r#"{"message":"error","reason":"the order is closed"}"#),
        "the provider answered 400 Bad Request: the order is closed"
    );
    // Named but absent: nothing else is guessed.
    assert_eq!(
        json(400, r#"{"message":"error"}"#),
        "the provider answered 400 Bad Request"
    );
}

#[test]
fn the_usual_fields_are_tried_in_order() {
    assert_eq!(
        json(
            404,
            r#"{"status":404,"title":"Not Found","detail":"no order 7"}"#
        ),
        "the provider answered 404 Not Found: no order 7"
    );
    assert_eq!(
        json(404, r#"{"status":404,"title":"Not Found"}"#),
        "the provider answered 404 Not Found: Not Found"
    );
    assert_eq!(
        json(
            404,
            r#"{"errors":[{"code":"E7","detail":"no order 7"},{"detail":"second"}]}"#
        ),
        "the provider answered 404 Not Found: no order 7"
    );
    assert_eq!(
        json(409, r#"{"code":7}"#),
        "the provider answered 409 Conflict"
    );
}

#[test]
fn the_message_is_one_bounded_line() {
    assert_eq!(
        shown(500, "text/plain", "database\ndown\u{1b}[31m"),
        "the provider answered 500 Internal Server Error: database\\ndown\\u{1b}[31m"
    );
    let long = "x".repeat(5000);
    let text = json(404, &format!(r#"{{"status":404,"detail":"{long}"}}"#));
    assert!(text.len() < 400 && text.ends_with('…'), "{text}");
    assert!(!text.contains('\n'));
}

#[test]
fn the_request_id_follows_the_message() {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", "application/json".parse().unwrap());
    headers.insert("x-request-id", "req-42".parse().unwrap());
    let error = ListOrders::decode(StatusCode::CONFLICT, &headers, br#"{"code":7}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the provider answered 409 Conflict (request id req-42)"
    );
}

#[test]
fn provider_errors_keep_their_reason_through_a_boxed_error() {
    let mut headers = HeaderMap::new();
    headers.insert("content-type", "application/json".parse().unwrap());
    let body =
        br#"{"StatusCode":404,"Message":"Not found: the requested resource does not exist."}"#;
    let error = telegent::builders::GetVoiceRoute::decode(StatusCode::NOT_FOUND, &headers, body)
        .unwrap_err();
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert_eq!(
        boxed.to_string(),
        "the provider answered 404 Not Found: Not found: the requested resource does not exist."
    );
    // Telegent's other shape, ASP.NET ProblemDetails, with only a title.
    let body = br#"{"Type":"https://tools.ietf.org/html/rfc7235#section-3.1","Title":"Unauthorized","Status":401}"#;
    let error = telegent::builders::GetVoiceRoute::decode(StatusCode::UNAUTHORIZED, &headers, body)
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "the provider answered 401 Unauthorized: Unauthorized"
    );
    // Flowroute's JSON:API errors.
    headers.insert("content-type", "application/vnd.api+json".parse().unwrap());
    let body = br#"{"errors":[{"id":"1","status":404,"title":"Not Found","detail":"Number 16463451234 not found"}]}"#;
    let error =
        flowroute::builders::GetNumber::decode(StatusCode::NOT_FOUND, &headers, body).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the provider answered 404 Not Found: Number 16463451234 not found"
    );
}

#[tokio::test]
async fn an_error_status_retried_to_the_end_says_how_many_attempts() {
    use switchboard::runtime::RetryPolicy;
    use switchboard_tests::fault::{FaultServer, Reply, http_client};

    let server = FaultServer::start([Reply::json(
        503,
        &serde_json::json!({"StatusCode": 503, "Message": "Service Unavailable: try later"}),
    )])
    .await;
    let got = telegent::Client::new(telegent::Auth::bearer("t"))
        .with_http_client(http_client())
        .with_base_url(server.base_url())
        .with_retry(RetryPolicy {
            max_attempts: 3,
            base_delay: std::time::Duration::from_millis(5),
            max_delay: std::time::Duration::from_millis(10),
            ..RetryPolicy::default()
        })
        .list_account_voice_routes()
        .send()
        .await;
    let error = got.unwrap_err();
    assert_eq!(error.attempts(), Some(3));
    assert_eq!(
        error.to_string(),
        "the provider answered 503 Service Unavailable: Service Unavailable: try later (3 attempts)"
    );
    assert_eq!(server.attempts(), 3);
}
