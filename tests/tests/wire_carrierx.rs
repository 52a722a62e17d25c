//! Wire tests for `switchboard::carrierx`, checked against `specs/carrierx.yaml`
//! read at test time: every operation's request built from the documented
//! values (snapshotted byte for byte), every documented response example
//! decoded and re-encoded, PATCH semantics (leave / clear / set, and
//! `nested_objects=replace`), tolerance, and a real round trip over HTTP with a
//! bearer token. PUT (the whole object) and field filtering are in
//! `wire_carrierx_put.rs`.

use http::StatusCode;
use http::header::CONTENT_TYPE;
use serde_json::json;
use switchboard::Error;
use switchboard::carrierx::{self, builders, types};
use switchboard_tests::loopback::Loopback;
use switchboard_tests::spec::{Spec, from_example};
use switchboard_tests::wire::{
    Built, Decode, built, built_from_examples, check_coverage, check_request_bodies,
    check_response_examples, check_unexpected_replies, render_all, reply_headers, snake_case,
};

const SPEC_FILE: &str = "carrierx.yaml";
const TOKEN: &str = "test-token";
const SID: &str = "ed437757-002d-4ecc-aa5a-efdf5e50dba0";

fn client() -> carrierx::Client {
    carrierx::Client::new(carrierx::Auth::bearer(TOKEN))
}

// ---------------------------------------------------------------------------
// Requests: one per documented request example (or documented parameter
// values when the operation has no example body).
// ---------------------------------------------------------------------------

/// The Partner of the Get Partner by SID page's 200 example, decoded.
fn documented_partner(spec: &Spec) -> types::Partner {
    let example = spec
        .operation("getPartner")
        .response_examples()
        .into_iter()
        .find(|example| example.status == Some("200"))
        .expect("documented 200");
    from_example(&example)
}

fn requests(spec: &Spec) -> Vec<Built> {
    let client = client();
    let sid = spec
        .operation("getPartner")
        .parameter_example("partner_sid");
    let sid = sid.as_str().expect("string example");
    let mut out = vec![
        built(
            "listPartners",
            None,
            "no parameters",
            client.list_partners().build(),
        ),
        built(
            "listPartners",
            None,
            "values from the parameter descriptions (defaults, `name desc`, `status eq active`)",
            client
                .list_partners()
                .limit(10)
                .offset(0)
                .order("name desc")
                .filter("status eq active")
                .build(),
        ),
    ];
    out.extend(built_from_examples(
        spec,
        "createPartner",
        |body: types::PartnerCreate| client.create_partner(body).build(),
    ));
    out.push(built(
        "getPartner",
        None,
        "partner_sid: the parameter's documented example",
        client.get_partner(sid).build(),
    ));
    out.push(built(
        "patchPartner",
        Some("updateAddress1"),
        "",
        client
            .patch_partner(sid)
            .address1("4300 E Pacific Coast Hwy")
            .build(),
    ));
    out.push(built(
        "replacePartner",
        None,
        "no request example: the Get Partner by SID 200 example, read and sent back whole",
        client
            .replace_partner(sid, documented_partner(spec))
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

#[test]
fn request_bodies_are_the_documented_examples() {
    let spec = Spec::load(SPEC_FILE);
    let compared = check_request_bodies(&spec, &requests(&spec), |key, documented| {
        if key == "createPartner" {
            // `charge_at` is `type: number`: the documented `20` goes out as `20`.
            assert_eq!(documented["charge_at"], json!(20));
        }
    });
    assert_eq!(compared, 2, "the createPartner and patchPartner examples");
}

// ---------------------------------------------------------------------------
// PATCH and PUT semantics
// ---------------------------------------------------------------------------

#[test]
fn seed_patch_sends_exactly_the_one_field() {
    let request = client()
        .patch_partner(SID)
        .address1("4300 E Pacific Coast Hwy")
        .build()
        .unwrap();
    assert_eq!(request.method(), http::Method::PATCH);
    assert_eq!(
        request.uri().to_string(),
        "https://api.carrierx.com/core/v2/partners/ed437757-002d-4ecc-aa5a-efdf5e50dba0"
    );
    assert_eq!(
        request.body().as_slice(),
        br#"{"address1":"4300 E Pacific Coast Hwy"}"#
    );
}

#[test]
fn clearing_a_nullable_field_sends_null() {
    let request = client()
        .patch_partner(SID)
        .clear_address2()
        .nested_objects(types::NestedObjects::Replace)
        .build()
        .unwrap();
    assert_eq!(
        request.uri().to_string(),
        "https://api.carrierx.com/core/v2/partners/ed437757-002d-4ecc-aa5a-efdf5e50dba0?nested_objects=replace"
    );
    assert_eq!(request.body().as_slice(), br#"{"address2":null}"#);
}

#[test]
fn leave_clear_and_set_are_three_requests() {
    let patch = types::PartnerPatch {
        address1: Some(Some("4300 E Pacific Coast Hwy".into())),
        address2: Some(None),
        ..Default::default()
    };
    let request = client().patch_partner(SID).body(patch).build().unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"address1":"4300 E Pacific Coast Hwy","address2":null}"#
    );
    let request = client().patch_partner(SID).build().unwrap();
    assert_eq!(request.body().as_slice(), b"{}");
    assert_eq!(request.uri().query(), None);
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
        "createPartner" => types::PartnerCreate,
        "patchPartner" => types::PartnerPatch,
        "replacePartner" => types::Partner,
        ],
    );
    assert!(!checked.is_empty(), "the spec documents request examples");
}

fn decoders() -> Vec<(&'static str, Decode)> {
    switchboard_tests::decoders![
        "listPartners" => builders::ListPartners,
        "createPartner" => builders::CreatePartner,
        "getPartner" => builders::GetPartner,
        "patchPartner" => builders::PatchPartner,
        "replacePartner" => builders::ReplacePartner,
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
fn errors_decode_into_the_error_body() {
    let raw = r#"{"errors":[{"field":"login","message":"already taken"}],"request_id":"r-1"}"#;
    let result = builders::CreatePartner::decode(
        StatusCode::CONFLICT,
        &reply_headers("application/json"),
        raw.as_bytes(),
    );
    let Err(Error::Api(api)) = result else {
        panic!("{result:?}");
    };
    assert_eq!(api.status, StatusCode::CONFLICT);
    assert_eq!(
        api.body.errors,
        Some(vec![json!({"field": "login", "message": "already taken"})])
    );
    assert_eq!(api.body.unknown_fields["request_id"], json!("r-1"));
}

#[test]
fn unlisted_enum_values_and_unknown_fields_are_kept() {
    let spec = Spec::load(SPEC_FILE);
    let mut body = spec
        .operation("patchPartner")
        .response_examples()
        .into_iter()
        .find(|example| example.status == Some("200"))
        .expect("documented 200")
        .value;
    body["payment_type"] = json!("invoice");
    body["parent_assigned_acls"][0]["voice_action_false"] = json!("reject486");
    body["parent_assigned_acls"][0]["direction"] = json!("both");
    body["trial"] = json!(true);
    let response = builders::PatchPartner::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        &serde_json::to_vec(&body).unwrap(),
    )
    .expect("decodes");
    assert_eq!(
        response.payment_type,
        Some(types::PartnerPaymentType::Unknown("invoice".into()))
    );
    let acl = &response
        .parent_assigned_acls
        .as_ref()
        .expect("documented ACLs")[0];
    assert_eq!(
        acl.voice_action_false,
        Some(types::AccessControlListVoiceActionFalse::Unknown(
            "reject486".into()
        ))
    );
    assert_eq!(
        acl.direction,
        types::AccessControlListDirection::Unknown("both".into())
    );
    assert_eq!(response.unknown_fields["trial"], json!(true));
    assert_eq!(serde_json::to_value(response.body()).unwrap(), body);
}

// ---------------------------------------------------------------------------
// The real send path, bearer token
// ---------------------------------------------------------------------------

#[tokio::test]
async fn send_patches_over_http_with_a_bearer_token() {
    let spec = Spec::load(SPEC_FILE);
    let updated = spec
        .operation("patchPartner")
        .response_examples()
        .into_iter()
        .find(|example| example.status == Some("200"))
        .expect("documented 200")
        .value;
    let server = Loopback::bind().await;
    let client = client()
        .with_http_client(Loopback::http_client())
        .with_base_url(server.base_url());
    let send = client
        .patch_partner("ed437757-001d-4ecc-aa5a-efdf5e50dba0")
        .address1("4300 E Pacific Coast Hwy")
        .clear_address2()
        .nested_objects(types::NestedObjects::Replace)
        .send();
    let (response, received) = server
        .exchange(
            send,
            "200 OK",
            "application/json; charset=utf-8",
            serde_json::to_vec(&updated).unwrap(),
        )
        .await;

    assert_eq!(
        received.request_line,
        "PATCH /partners/ed437757-001d-4ecc-aa5a-efdf5e50dba0?nested_objects=replace HTTP/1.1"
    );
    assert_eq!(received.header("authorization"), ["Bearer test-token"]);
    assert_eq!(received.header("content-type"), ["application/json"]);
    assert_eq!(received.header("accept"), ["application/json"]);
    assert_eq!(
        received.body,
        br#"{"address1":"4300 E Pacific Coast Hwy","address2":null}"#
    );

    let response = response.expect("a documented 200");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.partner_sid.as_deref(),
        Some("ed437757-001d-4ecc-aa5a-efdf5e50dba0")
    );
    assert_eq!(
        response.address1,
        Some(Some("4300 E Pacific Coast Hwy".to_owned()))
    );
    // Present and null: `Some(None)`, so a PUT of this object sends the null back.
    assert_eq!(response.address2, Some(None));
    assert_eq!(
        response.headers()[CONTENT_TYPE],
        "application/json; charset=utf-8"
    );
}
