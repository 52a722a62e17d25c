//! Wire tests for `switchboard::flowroute`, checked against
//! `specs/flowroute.yaml` read at test time: every operation's request built
//! from the documented values (snapshotted byte for byte), every documented
//! response example decoded and re-encoded, the flat JSON:API patch with its
//! fixed `"type":"number"`, HTTP Basic auth, the `application/vnd.api+json`
//! media type, the `default` error response, and a real round trip over HTTP.

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderMap, StatusCode};
use serde_json::{Value, json};
use switchboard::Error;
use switchboard::flowroute::{self, builders, types};
use switchboard_tests::loopback::Loopback;
use switchboard_tests::spec::Spec;
use switchboard_tests::wire::{
    Built, Decode, built, check_coverage, check_request_bodies, check_response_examples,
    check_unexpected_replies, render_all, reply_headers, snake_case,
};

const SPEC_FILE: &str = "flowroute.yaml";
const ACCESS_KEY: &str = "access-key";
const SECRET_KEY: &str = "secret-key";
/// `Basic ` + base64("access-key:secret-key").
const BASIC: &str = "Basic YWNjZXNzLWtleTpzZWNyZXQta2V5";
const JSON_API: &str = "application/vnd.api+json";
const NUMBER: &str = "16463451234";

fn client() -> flowroute::Client {
    flowroute::Client::new(flowroute::Auth::basic(ACCESS_KEY, SECRET_KEY))
}

// ---------------------------------------------------------------------------
// Requests: one per documented request example (or documented parameter
// values when the operation has no example body).
// ---------------------------------------------------------------------------

fn requests(spec: &Spec) -> Vec<Built> {
    let client = client();
    let id = spec.operation("getNumber").parameter_example("id");
    let id = id.as_str().expect("string example");
    vec![
        built(
            "listNumbers",
            None,
            "no parameters",
            client.list_numbers().build(),
        ),
        built(
            "listNumbers",
            None,
            "values from the parameter descriptions (+44, `Home Phone`, limit 10, offset 1) \
             and digit strings with leading zeros",
            client
                .list_numbers()
                .starts_with("+44")
                .contains("0207")
                .ends_with("0100")
                .alias("Home Phone")
                .limit(10)
                .offset(1)
                .build(),
        ),
        built(
            "getNumber",
            None,
            "id: the parameter's documented example",
            client.get_number(id).build(),
        ),
        built(
            "purchaseNumber",
            None,
            "no request example: no body, like the SDK and the v2.1 curl example",
            client.purchase_number(id).build(),
        ),
        built(
            "patchNumber",
            Some("setAlias"),
            "",
            client.patch_number(id).alias("NYC Number").build(),
        ),
        built(
            "patchNumber",
            Some("setAliasCurl"),
            "sent as application/vnd.api+json, the first media type",
            client.patch_number(id).alias("NYC Number").build(),
        ),
        built(
            "patchNumber",
            Some("enableMessaging"),
            "sent as application/vnd.api+json, the first media type",
            client
                .patch_number(id)
                .messaging_enabled(true)
                .messaging_callback_url("http://my-callback.com")
                .build(),
        ),
        built(
            "releaseNumber",
            None,
            "id: the parameter's documented example",
            client.release_number(id).build(),
        ),
    ]
}

#[test]
fn every_operation_is_built_and_decoded() {
    let spec = Spec::load(SPEC_FILE);
    check_coverage(&spec, &decoders(), &requests(&spec));
}

#[test]
fn requests_match_snapshots() {
    let spec = Spec::load(SPEC_FILE);
    let built = requests(&spec);
    for op in spec.operations() {
        insta::assert_snapshot!(snake_case(op.id), render_all(&built, op.id));
    }
}

#[test]
fn request_bodies_are_the_documented_examples() {
    let spec = Spec::load(SPEC_FILE);
    let compared = check_request_bodies(&spec, &requests(&spec), |_, _| {});
    assert_eq!(compared, 3, "the three patchNumber examples");
}

// ---------------------------------------------------------------------------
// Patch body, auth and media type
// ---------------------------------------------------------------------------

#[test]
fn patch_always_carries_type_number() {
    let request = client().patch_number(NUMBER).build().unwrap();
    assert_eq!(request.body().as_slice(), br#"{"type":"number"}"#);
    let request = client()
        .patch_number(NUMBER)
        .alias("NYC Number")
        .build()
        .unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"type":"number","alias":"NYC Number"}"#
    );
    // A whole patch built from Default gets it too.
    let patch = types::NumberPatch {
        cnam_lookups_enabled: Some(false),
        ..Default::default()
    };
    let request = client().patch_number(NUMBER).body(patch).build().unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"type":"number","cnam_lookups_enabled":false}"#
    );
}

#[test]
fn clearing_the_alias_sends_null() {
    let request = client().patch_number(NUMBER).clear_alias().build().unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"type":"number","alias":null}"#
    );
}

#[test]
fn requests_use_basic_auth_and_the_json_api_media_type() {
    let request = client()
        .patch_number(NUMBER)
        .alias("NYC Number")
        .build()
        .unwrap();
    assert_eq!(request.method(), http::Method::PATCH);
    assert_eq!(
        request.uri().to_string(),
        "https://api.flowroute.com/v2/numbers/16463451234"
    );
    assert_eq!(request.headers()[AUTHORIZATION], BASIC);
    assert_eq!(request.headers()[CONTENT_TYPE], JSON_API);
    assert_eq!(request.headers()[ACCEPT], JSON_API);
    let request = client().release_number(NUMBER).build().unwrap();
    assert_eq!(request.method(), http::Method::DELETE);
    assert_eq!(request.headers()[AUTHORIZATION], BASIC);
    assert!(request.body().is_empty());
    assert!(request.headers().get(CONTENT_TYPE).is_none());
}

#[test]
fn purchase_sends_a_body_only_when_given_one() {
    let request = client().purchase_number(NUMBER).build().unwrap();
    assert!(request.body().is_empty());
    assert!(request.headers().get(CONTENT_TYPE).is_none());
    let options = types::NumberPurchase {
        messaging_enabled: Some(true),
        ..Default::default()
    };
    let request = client()
        .purchase_number(NUMBER)
        .body(options)
        .build()
        .unwrap();
    assert_eq!(request.body().as_slice(), br#"{"messaging_enabled":true}"#);
    assert_eq!(request.headers()[CONTENT_TYPE], JSON_API);
}

#[test]
fn path_and_query_values_are_percent_encoded() {
    // A number that is not 11 digits never reaches the URL: the spec's pattern
    // rejects it before anything is sent.
    match client().get_number("1206/555?x").build() {
        Err(switchboard::BuildError::InvalidParameter { name: "id", .. }) => {}
        other => panic!("expected the id pattern to reject the value, got {other:?}"),
    }
    let request = client()
        .list_numbers()
        .alias("Home Phone & Fax")
        .build()
        .unwrap();
    assert_eq!(
        request.uri().to_string(),
        "https://api.flowroute.com/v2/numbers?alias=Home%20Phone%20%26%20Fax"
    );
}

// ---------------------------------------------------------------------------
// Responses: every documented example through the operation's decode()
// ---------------------------------------------------------------------------

/// Every documented request example decodes into its operation's body type
/// and re-encodes to the same JSON; a new example in the spec is checked here
/// without new Rust.
#[test]
fn documented_request_examples_round_trip() {
    let spec = Spec::load(SPEC_FILE);
    let checked = switchboard_tests::wire::check_request_examples(
        &spec,
        &switchboard_tests::bodies![
        "purchaseNumber" => types::NumberPurchase,
        "patchNumber" => types::NumberPatch,
        ],
    );
    assert!(!checked.is_empty(), "the spec documents request examples");
}

fn decoders() -> Vec<(&'static str, Decode)> {
    switchboard_tests::decoders![
        "listNumbers" => builders::ListNumbers,
        "getNumber" => builders::GetNumber,
        "purchaseNumber" => builders::PurchaseNumber,
        "patchNumber" => builders::PatchNumber,
        "releaseNumber" => builders::ReleaseNumber,
    ]
}

#[test]
fn documented_response_examples_decode_and_round_trip() {
    let spec = Spec::load(SPEC_FILE);
    let inventory = check_response_examples(&spec, &decoders());
    insta::assert_snapshot!("response_examples", inventory);
}

#[test]
fn undecodable_bodies_and_undocumented_statuses_are_unexpected() {
    let spec = Spec::load(SPEC_FILE);
    check_unexpected_replies(&spec, &decoders());
}

const UNPROCESSABLE: &str = r#"{"errors":[{"detail":"alias is too long","id":"d66802f3-b56b-43da-8c55-e8c9ec3e0a6d","status":422,"title":"Unprocessable Entity"}]}"#;

#[test]
fn statuses_under_default_are_api_errors() {
    for status in [400, 405, 415, 422, 429, 500, 503] {
        let status = StatusCode::from_u16(status).unwrap();
        let result = builders::PatchNumber::decode(
            status,
            &reply_headers(JSON_API),
            UNPROCESSABLE.as_bytes(),
        );
        let Err(Error::Api(api)) = result else {
            panic!("{status}: {result:?}");
        };
        assert_eq!(api.status, status);
        assert_eq!(api.body.errors.len(), 1);
        assert_eq!(
            api.body.errors[0].detail.as_deref(),
            Some("alias is too long")
        );
        assert_eq!(api.body.errors[0].status, Some(422));
    }
}

#[test]
fn a_404_on_patch_or_purchase_is_an_api_error_under_default() {
    // The Errors page lists 404 for the whole API; the PATCH and purchase pages
    // name no 404, so it is one of `default`'s statuses there. The release
    // page's 404 example, verbatim (`extra/flowroute/release-phone-number.md`):
    let not_found = r#"{
  "errors": [
    {
      "detail": "Could not find that resource on your account.",
      "id": "d66802f3-b56b-43da-8c55-e8c9ec3e0a6d",
      "status": 404
    }
  ]
}"#;
    let spec = Spec::load(SPEC_FILE);
    for (id, result) in [
        (
            "patchNumber",
            builders::PatchNumber::decode(
                StatusCode::NOT_FOUND,
                &reply_headers(JSON_API),
                not_found.as_bytes(),
            ),
        ),
        (
            "purchaseNumber",
            builders::PurchaseNumber::decode(
                StatusCode::NOT_FOUND,
                &reply_headers(JSON_API),
                not_found.as_bytes(),
            ),
        ),
    ] {
        assert!(
            !spec.operation(id).error_statuses().contains(&404),
            "{id} lists no 404"
        );
        let Err(Error::Api(api)) = result else {
            panic!("{id}: {result:?}");
        };
        assert_eq!(api.status, StatusCode::NOT_FOUND);
        assert_eq!(api.body.errors[0].status, Some(404));
        assert_eq!(api.body.errors[0].title, None);
    }
}

#[test]
fn release_answers_204_without_a_body() {
    let response = builders::ReleaseNumber::decode(StatusCode::NO_CONTENT, &HeaderMap::new(), b"")
        .expect("204 is the documented success");
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(*response.body(), ());
    // Another success status with an empty body is the release done: the
    // status is there for whoever wants to know which.
    for (status, body) in [
        (StatusCode::OK, &b""[..]),
        (StatusCode::ACCEPTED, &b" \r\n"[..]),
    ] {
        let decoded = builders::ReleaseNumber::decode(status, &HeaderMap::new(), body);
        let response = decoded.unwrap_or_else(|error| panic!("{status}: {error:?}"));
        assert_eq!(response.status(), status);
    }
    // With a body, it is what the spec's `default` says: here the JSON:API
    // error document.
    let errors = json!({"errors": [{"detail": "number is locked"}]}).to_string();
    let refused =
        builders::ReleaseNumber::decode(StatusCode::OK, &HeaderMap::new(), errors.as_bytes());
    assert!(
        matches!(&refused, Err(Error::Api(api)) if api.status == 200),
        "{refused:?}"
    );
    // Not a success status: the spec's `default` error, whose body this
    // empty one is not.
    let gone =
        builders::ReleaseNumber::decode(StatusCode::MULTIPLE_CHOICES, &HeaderMap::new(), b"");
    assert!(
        matches!(gone, Err(Error::Decode(ref reply)) if reply.status == 300),
        "{gone:?}"
    );
}

fn documented_number() -> Value {
    let spec = Spec::load(SPEC_FILE);
    spec.operation("patchNumber")
        .response_examples()
        .into_iter()
        .find(|example| example.key == "messagingEnablement")
        .expect("documented 200")
        .value
}

#[test]
fn unlisted_enum_values_and_unknown_fields_are_kept() {
    let mut body = documented_number();
    // The 2018 spec and a v2.1 example use `standard`; the details page's prose
    // spells the provisioning status type `messaging-provision`.
    body["data"]["attributes"]["number_type"] = json!("standard");
    body["included"][1]["type"] = json!("messaging-provision");
    body["data"]["attributes"]["e911_enabled"] = json!(false);
    body["meta"] = json!({"request_id": "abc"});
    let response = builders::GetNumber::decode(
        StatusCode::OK,
        &reply_headers(JSON_API),
        &serde_json::to_vec(&body).unwrap(),
    )
    .expect("decodes");
    let attributes = response.data.attributes.as_ref().expect("attributes");
    assert_eq!(
        attributes.number_type,
        types::NumberAttributesNumberType::Unknown("standard".into())
    );
    assert_eq!(attributes.unknown_fields["e911_enabled"], json!(false));
    let included = response.included.as_ref().expect("included");
    assert_eq!(
        included[1].r#type,
        types::IncludedResourceType::Unknown("messaging-provision".into())
    );
    assert_eq!(
        response.unknown_fields["meta"],
        json!({"request_id": "abc"})
    );
    assert_eq!(serde_json::to_value(response.body()).unwrap(), body);
}

#[test]
fn null_alias_and_null_relationships_decode() {
    let body = documented_number();
    let response = builders::PatchNumber::decode(
        StatusCode::OK,
        &reply_headers("application/vnd.api+json; charset=utf-8"),
        &serde_json::to_vec(&body).unwrap(),
    )
    .expect("decodes");
    let attributes = response.data.attributes.as_ref().expect("attributes");
    assert_eq!(attributes.alias, None);
    assert_eq!(attributes.setup_cost, serde_json::Number::from_f64(1.0));
    let relationships = response.data.relationships.as_ref().expect("relationships");
    assert_eq!(relationships.cnam_preset.as_ref().unwrap().data, None);
    assert_eq!(
        relationships
            .primary_route
            .as_ref()
            .unwrap()
            .data
            .as_ref()
            .unwrap()
            .id,
        "0"
    );
}

// ---------------------------------------------------------------------------
// The real send path, HTTP Basic
// ---------------------------------------------------------------------------

#[tokio::test]
async fn send_patches_over_http_with_basic_auth() {
    let server = Loopback::bind().await;
    let reply = serde_json::to_vec(&documented_number()).unwrap();
    let client = client()
        .with_http_client(Loopback::http_client())
        .with_base_url(server.base_url());
    let send = client
        .patch_number("12023819746")
        .messaging_enabled(true)
        .messaging_callback_url("http://my-callback.com")
        .send();
    let (response, received) = server.exchange(send, "200 OK", JSON_API, reply).await;

    assert_eq!(received.request_line, "PATCH /numbers/12023819746 HTTP/1.1");
    assert_eq!(received.header("authorization"), [BASIC]);
    assert_eq!(received.header("content-type"), [JSON_API]);
    assert_eq!(received.header("accept"), [JSON_API]);
    assert_eq!(
        received.body,
        br#"{"type":"number","messaging_enabled":true,"messaging_callback_url":"http://my-callback.com"}"#
    );

    let response = response.expect("a documented 200");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.data.id, "12023819746");
    assert_eq!(
        response.data.attributes.as_ref().unwrap().status.as_deref(),
        Some("PURCHASED")
    );
}
