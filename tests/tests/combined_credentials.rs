//! Security requirements that name several schemes
//! (`tests/fixtures/combined_credentials.yaml`): every credential of the
//! requirement is on the wire, exactly; two OAuth2 schemes are one bearer
//! token; an undefined scheme whose name says bearer is a bearer token, one
//! that says nothing sends nothing.

use switchboard::runtime::{OperationInfo, RetryPolicy};
use switchboard_runtime::__private::{
    ApiKeyLocation, CallOptions, ClientCore, Credentials, RequestBuilder,
};
use switchboard_tests::fault::{FaultServer, Reply};
use switchboard_tests::golden::combined_credentials::{Auth, Client, SendSmsBody};

#[test]
fn two_header_keys_are_both_sent() {
    let client = Client::new(Auth::app_id_and_app_key("app-1", "k3y"));
    let request = client.list_pets().build().unwrap();
    assert_eq!(request.method(), "GET");
    assert_eq!(request.uri(), "https://api.example.test/v1/pets");
    let headers: Vec<(&str, &str)> = request
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str(), value.to_str().unwrap()))
        .collect();
    assert_eq!(headers, [("x-app-id", "app-1"), ("x-app-key", "k3y")]);
    assert!(request.headers().values().all(|value| value.is_sensitive()));
    assert!(request.body().is_empty());
    // `Debug` names the schemes, never the keys.
    let shown = format!("{client:?}");
    assert!(
        !shown.contains("k3y") && !shown.contains("app-1"),
        "{shown}"
    );
}

#[test]
fn a_query_key_and_its_secret_are_both_sent() {
    let client = Client::new(Auth::api_key_and_api_secret("key 1", "s/cret"));
    let request = client
        .send_sms(SendSmsBody {
            to: "+15550100".into(),
        })
        .build()
        .unwrap();
    assert_eq!(request.method(), "POST");
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/sms?api_key=key%201&api_secret=s%2Fcret"
    );
    assert_eq!(request.headers()["content-type"], "application/json");
    assert_eq!(request.body(), br#"{"to":"+15550100"}"#);
}

#[test]
fn two_oauth2_schemes_and_a_scheme_named_bearer_are_one_bearer_token() {
    let client = Client::new(Auth::bearer("t0k"));
    for request in [
        client.list_files().build().unwrap(),
        client.list_reports().build().unwrap(),
    ] {
        let authorization: Vec<_> = request.headers().get_all("authorization").iter().collect();
        assert_eq!(authorization, ["Bearer t0k"]);
    }
    // `mystery` is not defined: the operation sends nothing.
    let request = client.get_status().build().unwrap();
    assert!(request.headers().is_empty(), "{:?}", request.headers());
}

/// What `Auth::api_key_and_api_secret("key 1", "s/cret")` holds.
fn query_keys() -> Credentials {
    let key = |name: &str, key: &str| Credentials::ApiKey {
        location: ApiKeyLocation::Query,
        name: name.into(),
        key: key.into(),
    };
    Credentials::All(vec![key("api_key", "key 1"), key("api_secret", "s/cret")])
}

#[tokio::test]
async fn a_same_origin_redirect_keeps_every_query_key_and_another_origin_gets_none() {
    let other = FaultServer::start([Reply::status(200)]).await;
    let elsewhere = format!("{}/elsewhere", other.base_url());
    let origin = FaultServer::start([
        Reply::status(302).header("location", "/pets2?page=2"),
        Reply::status(302).header("location", &elsewhere),
    ])
    .await;
    // The fixture's query-key operation is a POST, which no redirect may
    // take to another origin: a GET of the runtime's shows both hops.
    let mut core = ClientCore::new(origin.base_url(), query_keys());
    core.set_retry(RetryPolicy::disabled());
    let request = RequestBuilder::new(http::Method::GET, core.base_url())
        .literal("/pets")
        .build(core.credentials())
        .unwrap();
    let operation = OperationInfo {
        name: "list_pets",
        method: "GET",
        path: "/pets",
        idempotent: true,
    };
    core.send::<()>(&operation, request, &CallOptions::default())
        .await
        .unwrap();
    let targets: Vec<String> = origin.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/pets?api_key=key%201&api_secret=s%2Fcret",
            "/pets2?page=2&api_key=key%201&api_secret=s%2Fcret",
        ]
    );
    let targets: Vec<String> = other.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/elsewhere"]);
}
