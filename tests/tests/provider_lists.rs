//! Each provider's list operation walks its pages in the committed crate:
//! CarrierX by `offset` until `has_more` is false, Flowroute by `offset`
//! until an empty page, Convirza by `offset` until the envelope's total,
//! Telegent in one reply. Pages are the documented examples, with their
//! items changed to tell pages apart.

use futures_util::StreamExt;
use serde_json::{Value, json};
use switchboard::runtime::RetryPolicy;
use switchboard::{carrierx, convirza, flowroute, telegent};
use switchboard_tests::fault::{FaultServer, Reply, http_client};
use switchboard_tests::spec::Spec;

fn example(file: &str, operation: &str) -> Value {
    Spec::load(file)
        .operation(operation)
        .response_body::<Value>("200")
}

/// `page` with the list at `pointer` replaced by copies of its first item,
/// each with `key` set to one of `ids`.
fn page(mut page: Value, pointer: &str, key: &str, ids: &[&str]) -> Value {
    let list = page.pointer_mut(pointer).expect("the example has the list");
    let first = list
        .as_array()
        .and_then(|items| items.first())
        .cloned()
        .expect("an item");
    *list = Value::Array(
        ids.iter()
            .map(|id| {
                let mut item = first.clone();
                item[key] = json!(id);
                item
            })
            .collect(),
    );
    page
}

fn targets(server: &FaultServer) -> Vec<String> {
    server.requests().into_iter().map(|r| r.target).collect()
}

#[tokio::test]
async fn carrierx_partners_stream_until_has_more_is_false() {
    let example = example("carrierx.yaml", "listPartners");
    let mut first = page(example.clone(), "/items", "partner_sid", &["p1", "p2"]);
    first["has_more"] = json!(true);
    let mut last = page(example, "/items", "partner_sid", &["p3"]);
    last["has_more"] = json!(false);
    let server = FaultServer::start([Reply::json(200, &first), Reply::json(200, &last)]).await;
    let client = carrierx::Client::new(carrierx::Auth::bearer("t"))
        .with_base_url(server.base_url())
        .with_http_client(http_client())
        .with_retry(RetryPolicy::disabled());
    let sids: Vec<String> = client
        .list_partners()
        .limit(2)
        .stream()
        .map(|partner| partner.expect("a partner").partner_sid.expect("a sid"))
        .collect()
        .await;
    assert_eq!(sids, ["p1", "p2", "p3"]);
    assert_eq!(
        targets(&server),
        ["/partners?limit=2", "/partners?limit=2&offset=2"]
    );
}

#[tokio::test]
async fn flowroute_numbers_stream_until_an_empty_page() {
    // The documented number of Update Details for a Phone Number.
    let number = Spec::load("flowroute.yaml")
        .operation("patchNumber")
        .response_body::<Value>("200")["data"]
        .clone();
    let page = |ids: &[&str]| {
        let data: Vec<Value> = ids
            .iter()
            .map(|id| {
                let mut number = number.clone();
                number["id"] = json!(id);
                number
            })
            .collect();
        Reply::json(200, &json!({"data": data, "links": {}}))
    };
    let server = FaultServer::start([page(&["12065550001", "12065550002"]), page(&[])]).await;
    let client = flowroute::Client::new(flowroute::Auth::basic("key", "secret"))
        .with_base_url(server.base_url())
        .with_http_client(http_client())
        .with_retry(RetryPolicy::disabled());
    let numbers: Vec<String> = client
        .list_numbers()
        .stream()
        .map(|number| number.expect("a number").id)
        .collect()
        .await;
    assert_eq!(numbers, ["12065550001", "12065550002"]);
    assert_eq!(targets(&server), ["/numbers", "/numbers?offset=2"]);
}

#[tokio::test]
async fn convirza_routes_stream_until_the_envelopes_total() {
    let envelope = |ids: &[i64]| {
        let routes: Vec<Value> = ids
            .iter()
            .map(|id| json!({"provisioned_route_id": id}))
            .collect();
        Reply::json(
            200,
            &json!({"code": 200, "message": "Success", "data": {"provisioned_routes": routes, "total": 3}}),
        )
    };
    let server = FaultServer::start([envelope(&[1, 2]), envelope(&[3])]).await;
    let client = convirza::Client::new(convirza::Auth::bearer("t"))
        .with_base_url(server.base_url())
        .with_http_client(http_client())
        .with_retry(RetryPolicy::disabled());
    let routes: Vec<_> = client
        .list_provisioned_routes()
        .limit(2)
        .stream()
        .collect()
        .await;
    assert_eq!(routes.len(), 3, "{routes:?}");
    assert!(routes.iter().all(Result::is_ok), "{routes:?}");
    assert_eq!(
        targets(&server),
        [
            "/provisioned-routes/list?limit=2",
            "/provisioned-routes/list?limit=2&offset=2"
        ]
    );
}

#[tokio::test]
async fn telegent_voice_routes_come_in_one_reply() {
    let server = FaultServer::start([Reply::json(
        200,
        &example("telegent.yaml", "listAccountVoiceRoutes"),
    )])
    .await;
    let client = telegent::Client::new(telegent::Auth::bearer("t"))
        .with_base_url(server.base_url())
        .with_http_client(http_client())
        .with_retry(RetryPolicy::disabled());
    let routes: Vec<_> = client.list_account_voice_routes().stream().collect().await;
    assert_eq!(
        routes.len(),
        2,
        "the documented example's two routes: {routes:?}"
    );
    assert_eq!(server.attempts(), 1);
}
