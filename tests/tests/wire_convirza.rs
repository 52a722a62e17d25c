//! Wire tests for `switchboard::convirza`, checked against `specs/convirza.yaml`
//! read at test time: every operation's request built from the documented
//! values (snapshotted byte for byte), every documented response example
//! decoded and re-encoded, the one-field PATCH, and tolerance of replies the
//! spec does not describe.

use http::StatusCode;
use http::header::CONTENT_TYPE;
use serde_json::{Value, json};
use switchboard::Error;
use switchboard::convirza::{self, builders, types};
use switchboard_tests::spec::{Example, Spec, from_example};
use switchboard_tests::wire::{
    Built, Decode, built, built_from_examples, check_coverage, check_request_bodies,
    check_response_examples, check_unexpected_replies, render_all, reply_headers, snake_case,
};

const SPEC_FILE: &str = "convirza.yaml";
const TOKEN: &str = "test-token";
/// The route ID of every documented example (`provisioned_route_id: 12345`),
/// also the `id` parameter's documented example.
const ROUTE_ID: i64 = 12345;

fn client() -> convirza::Client {
    convirza::Client::new(convirza::Auth::bearer(TOKEN))
}

// ---------------------------------------------------------------------------
// Requests: one per documented request example (or documented values when
// the operation has no example body).
// ---------------------------------------------------------------------------

/// The create page's request example (the only full route body documented).
fn create_example<'a>(spec: &'a Spec) -> Example<'a> {
    spec.operation("createProvisionedRoute")
        .request_examples()
        .into_iter()
        .find(|example| example.key == "createRouteFullConfiguration")
        .expect("the create request example")
}

fn requests(spec: &Spec) -> Vec<Built> {
    let client = client();
    let id = spec
        .operation("getProvisionedRoute")
        .parameter_example("id");
    let id = id.as_i64().expect("integer example");
    let mut out = vec![built(
        "listProvisionedRoutes",
        None,
        "org_unit_id of the create example, limit at its documented maximum (200), offset 0",
        client
            .list_provisioned_routes()
            .org_unit_id(70035)
            .limit(200)
            .offset(0)
            .build(),
    )];
    out.extend(built_from_examples(
        spec,
        "createProvisionedRoute",
        |body: types::ProvisionedRouteCreate| client.create_provisioned_route(body).build(),
    ));
    out.push(built(
        "getProvisionedRoute",
        None,
        "id: the parameter's documented example",
        client.get_provisioned_route(id).build(),
    ));
    let replace: types::ProvisionedRouteReplace = from_example(&create_example(spec));
    out.push(built(
        "replaceProvisionedRoute",
        None,
        "no request example: the create example (same fields) as the full route",
        client.replace_provisioned_route(id, replace).build(),
    ));
    out.push(built(
        "patchProvisionedRoute",
        Some("renameRoute"),
        "",
        client
            .patch_provisioned_route(id)
            .provisioned_route_name("Updated Route Name")
            .build(),
    ));
    out.push(built(
        "deleteProvisionedRoute",
        None,
        "id: the parameter's documented example",
        client.delete_provisioned_route(id).build(),
    ));
    // The OAuth operations document no request example: the Quick Start
    // response's values where it has them.
    out.push(built(
        "getAccessToken",
        None,
        "email: the Quick Start user's; password: a placeholder (none is documented)",
        client
            .get_access_token(types::GetAccessTokenBody {
                email: "your-email@example.com".into(),
                password: "placeholder-password".into(),
            })
            .build(),
    ));
    out.push(built(
        "refreshAccessToken",
        None,
        "refresh_token: the Quick Start response's",
        client
            .refresh_access_token(types::RefreshAccessTokenBody {
                refresh_token: "encrypted-refresh-token-string".into(),
            })
            .build(),
    ));
    out.push(built(
        "revokeToken",
        None,
        "token: the Quick Start response's access_token",
        client
            .revoke_token(types::RevokeTokenBody {
                token: "encrypted-token-string".into(),
            })
            .build(),
    ));
    out
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

/// The create example as the client sends it: exactly as documented
/// (`call_value` is `type: number`, kept as the JSON number `100`).
fn create_example_as_sent(spec: &Spec) -> Value {
    let documented = create_example(spec).value;
    assert_eq!(documented["call_value"], json!(100));
    documented
}

#[test]
fn request_bodies_are_the_documented_examples() {
    let spec = Spec::load(SPEC_FILE);
    let compared = check_request_bodies(&spec, &requests(&spec), |key, documented| {
        if key == "createRouteFullConfiguration" {
            assert_eq!(*documented, create_example_as_sent(&spec));
        }
    });
    assert_eq!(compared, 2, "the create and patch examples");
}

#[test]
fn put_sends_the_full_route() {
    let spec = Spec::load(SPEC_FILE);
    let built = requests(&spec);
    let put = built
        .iter()
        .find(|b| b.operation == "replaceProvisionedRoute")
        .expect("replace request");
    assert_eq!(put.request.method(), http::Method::PUT);
    let sent: Value = serde_json::from_slice(put.request.body()).expect("JSON body");
    assert_eq!(sent, create_example_as_sent(&spec));
    // The explicit null of the example survives: absent and null differ.
    assert_eq!(
        sent["routing_configuration"]["config"]["assigned_agent_id"],
        Value::Null
    );
}

// ---------------------------------------------------------------------------
// PATCH semantics
// ---------------------------------------------------------------------------

#[test]
fn one_field_patch_sends_one_field() {
    let request = client()
        .patch_provisioned_route(ROUTE_ID)
        .provisioned_route_name("Updated Route Name")
        .build()
        .unwrap();
    assert_eq!(request.method(), http::Method::PATCH);
    assert_eq!(
        request.uri().to_string(),
        "https://platform-api.convirza.com/v3/provisioned-routes/12345"
    );
    assert_eq!(request.headers()[CONTENT_TYPE], "application/json");
    assert_eq!(
        request.body().as_slice(),
        br#"{"provisioned_route_name":"Updated Route Name"}"#
    );
}

#[test]
fn patch_setters_send_typed_values() {
    let request = client()
        .patch_provisioned_route(ROUTE_ID)
        .provisioned_route_status(types::ProvisionedRouteStatus::Inactive)
        .spam_enabled(false)
        .call_value(serde_json::Number::from_f64(12.5).expect("a finite number"))
        .build()
        .unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"provisioned_route_status":"inactive","call_value":12.5,"spam_enabled":false}"#
    );
    let empty = client().patch_provisioned_route(ROUTE_ID).build().unwrap();
    assert_eq!(empty.body().as_slice(), b"{}");
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
        "createProvisionedRoute" => types::ProvisionedRouteCreate,
        "replaceProvisionedRoute" => types::ProvisionedRouteReplace,
        "patchProvisionedRoute" => types::ProvisionedRoutePatch,
        "getAccessToken" => types::GetAccessTokenBody,
        "refreshAccessToken" => types::RefreshAccessTokenBody,
        "revokeToken" => types::RevokeTokenBody,
        ],
    );
    assert!(!checked.is_empty(), "the spec documents request examples");
}

fn decoders() -> Vec<(&'static str, Decode)> {
    switchboard_tests::decoders![
        "listProvisionedRoutes" => builders::ListProvisionedRoutes,
        "createProvisionedRoute" => builders::CreateProvisionedRoute,
        "getProvisionedRoute" => builders::GetProvisionedRoute,
        "replaceProvisionedRoute" => builders::ReplaceProvisionedRoute,
        "patchProvisionedRoute" => builders::PatchProvisionedRoute,
        "deleteProvisionedRoute" => builders::DeleteProvisionedRoute,
        "getAccessToken" => builders::GetAccessToken,
        "refreshAccessToken" => builders::RefreshAccessToken,
        "revokeToken" => builders::RevokeToken,
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

#[test]
fn error_envelopes_are_api_errors() {
    let raw = r#"{"code":404,"message":"Provisioned route not found","request_id":"550e8400-e29b-41d4-a716-446655440000","timestamp":"2026-03-27T10:30:00.000Z"}"#;
    let result = builders::DeleteProvisionedRoute::decode(
        StatusCode::NOT_FOUND,
        &reply_headers("application/json"),
        raw.as_bytes(),
    );
    let Err(Error::Api(api)) = result else {
        panic!("{result:?}");
    };
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.body.code, Some(404));
    assert_eq!(
        api.body.message.as_deref(),
        Some("Provisioned route not found")
    );
    // Nothing in the error envelope is required: any JSON object decodes.
    let result = builders::GetProvisionedRoute::decode(
        StatusCode::UNAUTHORIZED,
        &reply_headers("application/json"),
        br#"{"error":"invalid_token"}"#,
    );
    let Err(Error::Api(api)) = result else {
        panic!("{result:?}");
    };
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);
    assert_eq!(api.body.unknown_fields["error"], json!("invalid_token"));
}

#[test]
fn unlisted_enum_values_and_unknown_fields_are_kept() {
    let spec = Spec::load(SPEC_FILE);
    let mut route = create_example_as_sent(&spec);
    route["provisioned_route_id"] = json!(ROUTE_ID);
    route["provisioned_route_status"] = json!("archived");
    // The prose says "round-robin", the example "round_robin": each enum keeps
    // the spelling it does not list.
    route["routing_configuration"]["routing_type"] = json!("round_robin");
    route["routing_configuration"]["config"]["hunt_options"]["type"] = json!("round-robin");
    route["tracking_number_count"] = json!(2);
    let body = json!({
        "code": 200,
        "message": "Success",
        "data": route,
        "request_id": "550e8400-e29b-41d4-a716-446655440000",
        "timestamp": "2026-03-27T10:30:00.000Z",
        "page": {"next": null}
    });
    let response = builders::GetProvisionedRoute::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        &serde_json::to_vec(&body).unwrap(),
    )
    .expect("decodes");
    let data = response.data.as_ref().expect("data");
    assert_eq!(data.provisioned_route_id, Some(ROUTE_ID));
    assert_eq!(
        data.provisioned_route_status,
        Some(types::ProvisionedRouteStatus::Unknown("archived".into()))
    );
    let routing = data.routing_configuration.as_ref().expect("routing");
    assert_eq!(
        routing.routing_type,
        Some(types::RoutingType::Unknown("round_robin".into()))
    );
    let hunt = routing
        .config
        .as_ref()
        .and_then(|config| config.hunt_options.as_ref())
        .expect("hunt options");
    assert_eq!(
        hunt.r#type,
        Some(types::HuntType::Unknown("round-robin".into()))
    );
    assert_eq!(data.unknown_fields["tracking_number_count"], json!(2));
    assert_eq!(response.unknown_fields["page"], json!({"next": null}));
    assert_eq!(serde_json::to_value(response.body()).unwrap(), body);
}
