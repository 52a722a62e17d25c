//! Lists walked page by page through the real `send()`: a scripted loopback
//! server answers each page, and the tests check the items, the exact
//! request of every page, that pages are fetched only when needed, and
//! where each walk ends (has_more, an empty page, a total, no next cursor or
//! link, an error on the third page, a link to another origin); with
//! retries on, a page answered 503 once is asked for again and its items
//! come once.

use futures_util::StreamExt;
use serde_json::{Value, json};
use switchboard::runtime::RetryPolicy;
use switchboard::{BuildError, Error};
use switchboard_tests::fault::{FaultServer, Reply, http_client};
use switchboard_tests::golden::pagination;

fn client(server: &FaultServer) -> pagination::Client {
    pagination::Client::new(pagination::Auth::bearer("t0k3n"))
        .with_base_url(format!("{}/v1", server.base_url()))
        .with_http_client(http_client())
        .with_retry(RetryPolicy::disabled())
}

fn things(ids: &[&str]) -> Value {
    Value::Array(ids.iter().map(|id| json!({"id": id})).collect())
}

fn ids(items: Vec<Result<pagination::Thing, Error<impl std::fmt::Debug>>>) -> Vec<String> {
    items
        .into_iter()
        .map(|item| item.expect("an item").id)
        .collect()
}

fn targets(server: &FaultServer) -> Vec<String> {
    server.requests().into_iter().map(|r| r.target).collect()
}

#[tokio::test]
async fn an_offset_moves_by_the_items_received_until_has_more_is_false() {
    let server = FaultServer::start([
        Reply::json(
            200,
            &json!({"has_more": true, "items": things(&["a", "b"])}),
        ),
        Reply::json(
            200,
            &json!({"has_more": true, "items": things(&["c", "d"])}),
        ),
        Reply::json(200, &json!({"has_more": false, "items": things(&["e"])})),
    ])
    .await;
    let items: Vec<_> = client(&server)
        .list_by_offset()
        .limit(2)
        .stream()
        .collect()
        .await;
    assert_eq!(ids(items), ["a", "b", "c", "d", "e"]);
    assert_eq!(
        targets(&server),
        [
            "/v1/offset?limit=2",
            "/v1/offset?offset=2&limit=2",
            "/v1/offset?offset=4&limit=2"
        ]
    );
    for request in server.requests() {
        assert_eq!(request.header("authorization"), Some("Bearer t0k3n"));
    }
}

#[tokio::test]
async fn a_page_retried_after_a_503_gives_its_items_once() {
    let server = FaultServer::start([
        Reply::json(
            200,
            &json!({"has_more": true, "items": things(&["a", "b"])}),
        ),
        Reply::status(503).header("retry-after", "0"),
        Reply::json(
            200,
            &json!({"has_more": true, "items": things(&["c", "d"])}),
        ),
        Reply::json(200, &json!({"has_more": false, "items": things(&["e"])})),
    ])
    .await;
    let retrying = client(&server).with_retry(RetryPolicy {
        max_attempts: 3,
        base_delay: std::time::Duration::from_millis(1),
        max_delay: std::time::Duration::from_millis(5),
        ..RetryPolicy::default()
    });
    let items: Vec<_> = retrying.list_by_offset().limit(2).stream().collect().await;
    // Every item once: the failed attempt gave none, and the walk moved on
    // from the retried page's items.
    assert_eq!(ids(items), ["a", "b", "c", "d", "e"]);
    assert_eq!(
        targets(&server),
        [
            "/v1/offset?limit=2",
            "/v1/offset?offset=2&limit=2",
            "/v1/offset?offset=2&limit=2",
            "/v1/offset?offset=4&limit=2"
        ]
    );
    for request in server.requests() {
        assert_eq!(request.method, "GET");
        assert_eq!(request.header("authorization"), Some("Bearer t0k3n"));
        assert_eq!(request.body, b"");
    }
}

#[tokio::test]
async fn pages_are_fetched_only_when_their_items_are_taken() {
    let server = FaultServer::start([
        Reply::json(
            200,
            &json!({"has_more": true, "items": things(&["a", "b"])}),
        ),
        Reply::json(
            200,
            &json!({"has_more": true, "items": things(&["c", "d"])}),
        ),
    ])
    .await;
    let items: Vec<_> = client(&server)
        .list_by_offset()
        .stream()
        .take(2)
        .collect()
        .await;
    assert_eq!(ids(items), ["a", "b"]);
    assert_eq!(server.attempts(), 1, "the second page is never asked for");
    let client = client(&server);
    let mut stream = client.list_by_offset().offset(10).stream();
    // The script's next reply answers this walk's first page.
    assert_eq!(stream.next().await.unwrap().unwrap().id, "c");
    assert_eq!(
        targets(&server)[1],
        "/v1/offset?offset=10",
        "a caller's offset is where it starts"
    );
}

#[tokio::test]
async fn an_empty_page_ends_the_list() {
    let server = FaultServer::start([
        Reply::json(200, &json!({"things": things(&["a", "b"])})),
        Reply::json(200, &json!({"things": []})),
    ])
    .await;
    let items: Vec<_> = client(&server).list_inferred().stream().collect().await;
    assert_eq!(ids(items), ["a", "b"]);
    assert_eq!(targets(&server), ["/v1/inferred", "/v1/inferred?offset=2"]);
}

#[tokio::test]
async fn a_total_in_an_envelope_ends_the_list_without_asking_for_more() {
    let page = |ids: &[&str]| {
        Reply::json(
            200,
            &json!({"code": 200, "data": {"things": things(ids), "total": 3}}),
        )
    };
    let server = FaultServer::start([page(&["a", "b"]), page(&["c"])]).await;
    let items: Vec<_> = client(&server).list_in_envelope().stream().collect().await;
    assert_eq!(ids(items), ["a", "b", "c"]);
    assert_eq!(targets(&server), ["/v1/envelope", "/v1/envelope?offset=2"]);
}

#[tokio::test]
async fn numbered_pages_count_up_from_the_first() {
    let server = FaultServer::start([
        Reply::json(200, &things(&["a", "b"])),
        Reply::json(200, &things(&["c"])),
        Reply::json(200, &things(&[])),
    ])
    .await;
    let items: Vec<_> = client(&server)
        .list_numbered()
        .per_page(2)
        .stream()
        .collect()
        .await;
    assert_eq!(ids(items), ["a", "b", "c"]);
    assert_eq!(
        targets(&server),
        [
            "/v1/numbered?per_page=2",
            "/v1/numbered?page=2&per_page=2",
            "/v1/numbered?page=3&per_page=2"
        ]
    );
}

#[tokio::test]
async fn a_cursor_comes_from_the_reply_until_there_is_none() {
    let server = FaultServer::start([
        Reply::json(
            200,
            &json!({"data": things(&["a"]), "meta": {"next_cursor": "c/1 2"}}),
        ),
        Reply::json(
            200,
            &json!({"data": things(&["b"]), "meta": {"next_cursor": null}}),
        ),
    ])
    .await;
    let items: Vec<_> = client(&server).list_by_cursor().stream().collect().await;
    assert_eq!(ids(items), ["a", "b"]);
    assert_eq!(
        targets(&server),
        ["/v1/cursor", "/v1/cursor?cursor=c%2F1%202"]
    );
}

#[tokio::test]
async fn a_next_link_is_followed_on_the_clients_origin() {
    let server = FaultServer::start_with(|base| {
        vec![
            Reply::json(200, &json!({"data": things(&["a"]), "links": {"next": "/v1/links?page=2&filter=x"}})),
            Reply::json(200, &json!({"data": things(&["b"]), "links": {"next": format!("{base}/v1/links?page=3")}})),
            Reply::json(200, &json!({"data": things(&["c"]), "links": {}})),
        ]
    })
    .await;
    let items: Vec<_> = client(&server)
        .list_by_link()
        .filter("x")
        .stream()
        .collect()
        .await;
    assert_eq!(ids(items), ["a", "b", "c"]);
    assert_eq!(
        targets(&server),
        [
            "/v1/links?filter=x",
            "/v1/links?page=2&filter=x",
            "/v1/links?page=3"
        ]
    );
    assert!(
        server
            .requests()
            .iter()
            .all(|r| r.header("authorization") == Some("Bearer t0k3n"))
    );
}

#[tokio::test]
async fn a_next_page_uri_is_followed_until_it_is_null_without_x_pagination() {
    let server = FaultServer::start([
        Reply::json(
            200,
            &json!({"things": things(&["a", "b"]), "page": 0,
            "next_page_uri": "/v1/inferred-links?PageSize=2&Page=1&PageToken=PA1"}),
        ),
        Reply::json(
            200,
            &json!({"things": things(&["c"]), "page": 1, "next_page_uri": null}),
        ),
    ])
    .await;
    let items: Vec<_> = client(&server)
        .list_inferred_links()
        .page_size(2)
        .stream()
        .collect()
        .await;
    assert_eq!(ids(items), ["a", "b", "c"]);
    assert_eq!(
        targets(&server),
        [
            "/v1/inferred-links?PageSize=2",
            "/v1/inferred-links?PageSize=2&Page=1&PageToken=PA1"
        ]
    );
}

#[tokio::test]
async fn a_next_link_to_another_origin_is_an_error_and_nothing_goes_there() {
    let elsewhere =
        FaultServer::start([Reply::json(200, &json!({"data": things(&["stolen"])}))]).await;
    // The link echoes a key in its query, which no error may show.
    let next = format!("{}/v1/links?page=2&api_key=k3y", elsewhere.base_url());
    let server = FaultServer::start([Reply::json(
        200,
        &json!({"data": things(&["a"]), "links": {"next": next}}),
    )])
    .await;
    let items: Vec<_> = client(&server).list_by_link().stream().collect().await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0].as_ref().unwrap().id, "a");
    assert!(
        matches!(&items[1], Err(Error::InvalidRequest(BuildError::InvalidUrl { reason, url }))
            if reason.contains("another origin") && *url == format!("{}/v1/links", elsewhere.base_url())),
        "{:?}",
        items[1]
    );
    let shown = items[1].as_ref().unwrap_err();
    assert!(!format!("{shown} {shown:?}").contains("k3y"), "{shown:?}");
    assert_eq!(
        elsewhere.attempts(),
        0,
        "the credentials never leave the client's origin"
    );
}

#[tokio::test]
async fn an_error_on_the_third_page_is_the_last_thing_the_stream_gives() {
    let server = FaultServer::start([
        Reply::json(
            200,
            &json!({"has_more": true, "items": things(&["a", "b"])}),
        ),
        Reply::json(
            200,
            &json!({"has_more": true, "items": things(&["c", "d"])}),
        ),
        Reply::json(500, &json!({"message": "database on fire"})),
        Reply::json(
            200,
            &json!({"has_more": false, "items": things(&["never"])}),
        ),
    ])
    .await;
    let items: Vec<_> = client(&server).list_by_offset().stream().collect().await;
    assert_eq!(items.len(), 5, "{items:?}");
    for (item, id) in items.iter().zip(["a", "b", "c", "d"]) {
        assert_eq!(item.as_ref().unwrap().id, id);
    }
    let Err(Error::Api(error)) = &items[4] else {
        panic!("expected the 500 as an API error, got {:?}", items[4])
    };
    assert_eq!(error.status, 500);
    assert_eq!(error.body.message.as_deref(), Some("database on fire"));
    assert_eq!(server.attempts(), 3, "nothing is fetched after the error");
}

#[tokio::test]
async fn whole_pages_come_with_their_status_and_headers() {
    let server = FaultServer::start([
        Reply::json(
            200,
            &json!({"has_more": true, "count": 2, "items": things(&["a", "b"])}),
        )
        .header("x-page", "1"),
        Reply::json(
            200,
            &json!({"has_more": false, "count": 1, "items": things(&["c"])}),
        )
        .header("x-page", "2"),
    ])
    .await;
    let pages: Vec<_> = client(&server).list_by_offset().pages().collect().await;
    let pages: Vec<_> = pages
        .into_iter()
        .map(|page| page.expect("a page"))
        .collect();
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].headers()["x-page"], "1");
    assert_eq!(pages[1].count, Some(1));
    assert_eq!(pages[1].items[0].id, "c");
}

#[tokio::test]
async fn a_list_in_one_reply_is_one_page() {
    let server = FaultServer::start([Reply::json(
        200,
        &json!({"total": 2, "results": things(&["a", "b"])}),
    )])
    .await;
    let items: Vec<_> = client(&server).list_all().stream().collect().await;
    assert_eq!(ids(items), ["a", "b"]);
    assert_eq!(server.attempts(), 1);
}
