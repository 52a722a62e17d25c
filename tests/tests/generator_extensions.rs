//! What a request carries and where it goes beyond the plain document
//! server, tested on compiled fixture modules: `x-send-read-only` on a request
//! body (`tests/fixtures/send_read_only.yaml`) and `servers` on a path item or
//! operation (`tests/fixtures/operation_servers.yaml`).

use http::{HeaderMap, HeaderValue, StatusCode};
use serde_json::{Value, json};
use switchboard_tests::golden::{operation_servers, send_read_only};

fn json_reply() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers
}

fn body_json(request: &http::Request<Vec<u8>>) -> Value {
    serde_json::from_slice(request.body()).expect("a JSON body")
}

// ---- x-send-read-only --------------------------------------------------------

#[test]
fn a_whole_object_body_is_the_model_read_only_fields_and_unknown_fields_included() {
    let fetched = json!({
        "id": "r-1",
        "created_at": "2024-01-22T17:16:30.844Z",
        "name": "first",
        "note": null,
        "colour": "red"
    });
    let mut record = send_read_only::builders::GetRecord::decode(
        StatusCode::OK,
        &json_reply(),
        &serde_json::to_vec(&fetched).unwrap(),
    )
    .expect("a documented 200")
    .into_body();
    record.name = Some("second".to_owned());

    let client = send_read_only::Client::new(send_read_only::Auth::bearer("t"));
    let request = client.replace_record("r-1", record).build().unwrap();

    assert_eq!(request.method(), http::Method::PUT);
    let mut expected = fetched;
    expected["name"] = json!("second");
    // Read-only `id` and `created_at` go back with their current values, the
    // explicit null stays a null, and the field the spec does not know is kept.
    assert_eq!(body_json(&request), expected);
}

#[test]
fn the_patch_of_the_same_schema_still_sends_writable_fields_only() {
    let client = send_read_only::Client::new(send_read_only::Auth::bearer("t"));
    let request = client
        .update_record("r-1")
        .name("second")
        .clear_note()
        .build()
        .unwrap();
    assert_eq!(body_json(&request), json!({"name": "second", "note": null}));
    // The patch type has no field for a read-only property at all.
    let patch = send_read_only::RecordPatch {
        name: Some("x".to_owned()),
        ..Default::default()
    };
    assert_eq!(serde_json::to_value(patch).unwrap(), json!({"name": "x"}));
}

#[test]
fn a_body_without_the_extension_keeps_the_request_view() {
    // `createRecord` has no `x-send-read-only`: its body is `RecordInput`, which
    // drops read-only fields even when converted from a fetched model.
    let record: send_read_only::Record =
        serde_json::from_value(json!({"id": "r-1", "name": "n"})).unwrap();
    let input = send_read_only::RecordInput::from(record);
    let client = send_read_only::Client::new(send_read_only::Auth::bearer("t"));
    let request = client.create_record(input).build().unwrap();
    assert_eq!(body_json(&request), json!({"name": "n"}));
}

// ---- servers on a path item or an operation -------------------------------

fn servers_client() -> operation_servers::Client {
    operation_servers::Client::new(operation_servers::Auth::bearer("t"))
}

fn issue_token(client: &operation_servers::Client) -> http::Request<Vec<u8>> {
    let body = operation_servers::IssueTokenBody {
        user: "u".to_owned(),
    };
    client.issue_token(body).build().unwrap()
}

#[test]
fn an_operation_on_its_own_server_is_sent_there() {
    let client = servers_client();
    assert_eq!(
        client.list_items().build().unwrap().uri(),
        "https://api.example.test/v3/items"
    );
    // The path item's server.
    assert_eq!(
        issue_token(&client).uri(),
        "https://auth.example.test/oauth/token"
    );
    // The operation's own server wins over its path item's; variables take
    // their defaults.
    assert_eq!(
        client.revoke_token().build().unwrap().uri(),
        "https://eu.revoke.example.test/v1/oauth/revoke"
    );
    // The document's own server, spelled with a trailing slash, is no other server.
    assert_eq!(
        client.get_same().build().unwrap().uri(),
        "https://api.example.test/v3/same"
    );
}

#[test]
fn with_base_url_moves_only_the_operations_on_the_document_server() {
    let client = servers_client().with_base_url("http://127.0.0.1:9/mock");
    assert_eq!(
        client.list_items().build().unwrap().uri(),
        "http://127.0.0.1:9/mock/items"
    );
    assert_eq!(
        client.get_same().build().unwrap().uri(),
        "http://127.0.0.1:9/mock/same"
    );
    assert_eq!(
        issue_token(&client).uri(),
        "https://auth.example.test/oauth/token"
    );
}

#[test]
fn with_server_url_moves_the_operations_on_that_server() {
    let client = servers_client()
        .with_server_url("https://auth.example.test", "http://127.0.0.1:9/auth")
        .with_server_url("https://auth.example.test", "http://127.0.0.1:9/auth2");
    // The last URL set for a server wins; other servers stay where they are.
    assert_eq!(
        issue_token(&client).uri(),
        "http://127.0.0.1:9/auth2/oauth/token"
    );
    assert_eq!(
        client.revoke_token().build().unwrap().uri(),
        "https://eu.revoke.example.test/v1/oauth/revoke"
    );
    assert_eq!(
        client.list_items().build().unwrap().uri(),
        "https://api.example.test/v3/items"
    );
    // `security: []` holds on the other server too: no credentials.
    assert!(
        issue_token(&client)
            .headers()
            .get("authorization")
            .is_none()
    );
    assert_eq!(
        client.revoke_token().build().unwrap().headers()["authorization"],
        "Bearer t"
    );
}
