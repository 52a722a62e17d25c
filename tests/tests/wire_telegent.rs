//! Wire tests for `switchboard::telegent`, checked against `specs/telegent.yaml`
//! read at test time: every operation's request built from the documented
//! example values (snapshotted byte for byte), every documented response example
//! decoded and re-encoded, patch semantics, and tolerance of what real servers
//! send (text/plain errors, unknown fields and enum values, both whitelist
//! spellings, bodies and statuses the spec does not describe).

use http::StatusCode;
use http::header::CONTENT_TYPE;
use serde_json::{Value, json};
use switchboard::telegent::{self, builders, types};
use switchboard::{Error, Response};
use switchboard_tests::spec::Spec;
use switchboard_tests::wire::{
    Built, Decode, built, built_from_examples, check_coverage, check_request_bodies,
    check_response_examples, check_unexpected_replies, render_all, reply_headers, snake_case,
};

const SPEC_FILE: &str = "telegent.yaml";
const TOKEN: &str = "test-token";
const CRID: &str = "CRID-509de94f-79cc-429b-a317-2102654dabbb";

fn client() -> telegent::Client {
    telegent::Client::new(telegent::Auth::bearer(TOKEN))
}

// ---------------------------------------------------------------------------
// Requests: one per documented request example (or documented parameter
// values when the operation has no body).
// ---------------------------------------------------------------------------

/// The update setters for every field of the seed's x-codeSamples JSON body
/// except `AccountId`.
fn full_update(client: &telegent::Client) -> builders::UpdateVoiceRoute<'_> {
    let whitelist = ["20.20.10.10", "20.20.10.20"].map(|ip| types::IpWhitelistEntry {
        ip_address: Some(ip.into()),
        ..Default::default()
    });
    client
        .update_voice_route(CRID)
        .route_name("Main SIP Trunk")
        .route_type(types::RouteType::Trunk)
        .voice_url("https://domain.com")
        .voice_url_method(types::HttpMethod::Get)
        .voice_authentication_type(types::VoiceAuthenticationType::Basic)
        .voice_username("admin")
        .voice_password_token("passwordORbearerToken")
        .callback_voice_url("https://apiendpoint.com")
        .callback_voice_url_method(types::HttpMethod::Post)
        .trunk_ip1("20.87.87.87")
        .trunk_ip2("20.87.87.86")
        .trunk_port1("5061")
        .trunk_port2("5060")
        .trunk_transport1(types::TrunkTransport::Udp)
        .trunk_transport2(types::TrunkTransport::Tcp)
        .trunk_uri1("https://pstn.joonto.com")
        .trunk_uri2("https://pstn2.joonto.com")
        .trunk_enabled1(true)
        .trunk_enabled2(false)
        .trunk1_priortiy(10)
        .trunk1_weight(10)
        .trunk2_priortiy(20)
        .trunk2_weight(20)
        .header_manipulation("HMI8802029")
        .enable_sip_refer(true)
        .transfer_caller_id(types::TransferCallerId::TransfereeTransferor)
        .symmetric_rtp(true)
        .enable_trp_secure_trunk(true)
        .enable_pstn_transfer(true)
        .ip_whitelist(whitelist.to_vec())
        .cnam_lookup(true)
        .termination_uri_subdomain("client")
        .enable_call_streaming(true)
        .wss_uri("wss://192.67.88.2")
        .intelligent_route_enabled(true)
        .route_enabled(true)
}

fn requests(spec: &Spec) -> Vec<Built> {
    let client = client();
    let mut out = vec![
        built(
            "updateVoiceRoute",
            Some("codeSampleJson"),
            "",
            full_update(&client)
                .account_id("AID-ab12345-2725-45a1-bd5e-526ed19799xx")
                .build(),
        ),
        built(
            "updateVoiceRoute",
            Some("codeSampleCurl"),
            "",
            client
                .update_voice_route(CRID)
                .route_name("Main SIP Trunk")
                .route_type(types::RouteType::Trunk)
                .voice_url("https://domain.com")
                .voice_url_method(types::HttpMethod::Get)
                .trunk_ip1("20.87.87.87")
                .trunk_port1("5061")
                .route_enabled(true)
                .account_id("AID-ab12345-2725-45a1-bd5e-526ed19799xx")
                .build(),
        ),
        built(
            "updateVoiceRoute",
            Some("renderedPageRequest"),
            "",
            full_update(&client).build(),
        ),
        built(
            "updateVoiceRoute",
            Some("postmanTryItPatch"),
            "",
            client
                .update_voice_route("CRID-993804Ar09099")
                .voice_url_method(types::HttpMethod::Get)
                .route_enabled(true)
                .build(),
        ),
    ];
    let get = spec.operation("getVoiceRoute");
    let crid = get.parameter_example("CallRouteId");
    out.push(built(
        "getVoiceRoute",
        None,
        "CallRouteId: the parameter's documented example",
        client
            .get_voice_route(crid.as_str().expect("string example"))
            .build(),
    ));
    out.extend(built_from_examples(
        spec,
        "createVoiceRoute",
        |body: types::CreateVoiceRouteBody| client.create_voice_route(body).build(),
    ));
    out.push(built(
        "listAccountVoiceRoutes",
        None,
        "no parameters",
        client.list_account_voice_routes().build(),
    ));
    out.extend(built_from_examples(
        spec,
        "deleteVoiceRoute",
        |body: types::DeleteVoiceRouteBody| client.delete_voice_route(body).build(),
    ));
    out.extend(built_from_examples(
        spec,
        "generateApiToken",
        |body: types::GenerateApiTokenBody| client.generate_api_token(body).build(),
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
    let compared = check_request_bodies(&spec, &requests(&spec), |_, _| {});
    assert_eq!(
        compared, 13,
        "4 update, 3 create, 2 delete and 4 token examples"
    );
}

#[test]
fn operations_without_a_body_send_none() {
    let client = client();
    for request in [
        client.get_voice_route(CRID).build().unwrap(),
        client.list_account_voice_routes().build().unwrap(),
    ] {
        assert!(request.body().is_empty());
        assert!(request.headers().get(CONTENT_TYPE).is_none());
    }
}

// ---------------------------------------------------------------------------
// Patch semantics
// ---------------------------------------------------------------------------

#[test]
fn update_sends_only_the_call_route_id_and_fields_set() {
    let request = client().update_voice_route(CRID).build().unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"CallRouteId":"CRID-509de94f-79cc-429b-a317-2102654dabbb"}"#
    );
    let request = client()
        .update_voice_route(CRID)
        .trunk_enabled2(false)
        .build()
        .unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"CallRouteId":"CRID-509de94f-79cc-429b-a317-2102654dabbb","TrunkEnabled2":false}"#
    );
}

#[test]
fn update_sends_an_empty_whitelist_as_a_value() {
    let request = client()
        .update_voice_route(CRID)
        .ip_whitelist(Vec::new())
        .build()
        .unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"CallRouteId":"CRID-509de94f-79cc-429b-a317-2102654dabbb","IpWhitelist":[]}"#
    );
}

#[test]
fn update_body_replaces_the_whole_patch() {
    let patch = types::UpdateVoiceRoutePatch {
        route_name: Some("Backup".into()),
        ..serde_json::from_value(json!({"CallRouteId": "CRID-other"})).unwrap()
    };
    let request = client()
        .update_voice_route(CRID)
        .route_enabled(true)
        .body(patch)
        .build()
        .unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"CallRouteId":"CRID-other","RouteName":"Backup"}"#
    );
}

#[test]
fn token_request_carries_no_authorization() {
    let body = types::GenerateApiTokenBody {
        account_key: "key".into(),
        account_secret: "secret".into(),
        api_endpoint: None,
    };
    let request = client().generate_api_token(body).build().unwrap();
    assert!(request.headers().get(http::header::AUTHORIZATION).is_none());
    assert_eq!(
        request.body().as_slice(),
        br#"{"AccountKey":"key","AccountSecret":"secret"}"#
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
        "updateVoiceRoute" => types::UpdateVoiceRoutePatch,
        "createVoiceRoute" => types::CreateVoiceRouteBody,
        "deleteVoiceRoute" => types::DeleteVoiceRouteBody,
        "generateApiToken" => types::GenerateApiTokenBody,
        ],
    );
    assert!(!checked.is_empty(), "the spec documents request examples");
}

fn decoders() -> Vec<(&'static str, Decode)> {
    switchboard_tests::decoders![
        "updateVoiceRoute" => builders::UpdateVoiceRoute,
        "getVoiceRoute" => builders::GetVoiceRoute,
        "createVoiceRoute" => builders::CreateVoiceRoute,
        "listAccountVoiceRoutes" => builders::ListAccountVoiceRoutes,
        "deleteVoiceRoute" => builders::DeleteVoiceRoute,
        "generateApiToken" => builders::GenerateApiToken,
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

// ---------------------------------------------------------------------------
// Tolerance
// ---------------------------------------------------------------------------

const NOT_FOUND: &str = r#"{"StatusCode":404,"Message":"Not found: the requested resource does not exist or belongs to a different account."}"#;

#[test]
fn errors_decode_by_content_type_whatever_the_text_media_type() {
    for content_type in [
        "application/json",
        "text/plain",
        "text/json",
        "text/plain; charset=utf-8",
    ] {
        let result = builders::UpdateVoiceRoute::decode(
            StatusCode::NOT_FOUND,
            &reply_headers(content_type),
            NOT_FOUND.as_bytes(),
        );
        let Err(Error::Api(api)) = result else {
            panic!("{content_type}: {result:?}");
        };
        assert_eq!(api.status, StatusCode::NOT_FOUND);
        let types::ErrorBody::NotFound(types::NotFoundBody::NotFoundResult(body)) = &api.body
        else {
            panic!("{content_type}: {:?}", api.body);
        };
        assert_eq!(body.status_code, 404);
        assert_eq!(
            body.message.as_ref().and_then(|m| m.as_deref()),
            Some(
                "Not found: the requested resource does not exist or belongs to a different account."
            )
        );
    }
}

#[test]
fn error_message_null_is_kept_apart_from_absent() {
    let decode = |body: &str| match builders::GetVoiceRoute::decode(
        StatusCode::UNAUTHORIZED,
        &reply_headers("application/json"),
        body.as_bytes(),
    ) {
        Err(Error::Api(api)) => match api.body {
            types::ErrorBody::Unauthorized(types::UnauthorizedBody::UnauthorizedResult(body)) => {
                body.message
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    };
    assert_eq!(decode(r#"{"StatusCode":401,"Message":null}"#), Some(None));
    assert_eq!(decode(r#"{"StatusCode":401}"#), None);
}

fn documented_route() -> Value {
    let spec = Spec::load(SPEC_FILE);
    spec.operation("getVoiceRoute")
        .response_examples()
        .into_iter()
        .find(|example| example.status == Some("200"))
        .expect("200 example")
        .value
}

fn decode_route(body: &Value) -> Response<types::VoiceRoute> {
    builders::GetVoiceRoute::decode(
        StatusCode::OK,
        &reply_headers("application/json; charset=utf-8"),
        &serde_json::to_vec(body).unwrap(),
    )
    .expect("decodes")
}

#[test]
fn unknown_response_fields_are_kept() {
    let mut body = documented_route();
    body["CallRouteStatus"] = json!("Active");
    body["Workgroups"] = json!([{"WorkgroupId": "WG-1"}]);
    let route = decode_route(&body);
    assert_eq!(route.call_route_id, CRID);
    assert_eq!(route.unknown_fields["CallRouteStatus"], json!("Active"));
    assert_eq!(
        route.unknown_fields["Workgroups"],
        json!([{"WorkgroupId": "WG-1"}])
    );
    assert_eq!(serde_json::to_value(route.body()).unwrap(), body);
}

#[test]
fn unlisted_enum_values_are_kept_and_sent_back() {
    let mut body = documented_route();
    body["RouteType"] = json!("Workgroup");
    body["TrunkTransport1"] = json!("WSS");
    let route = decode_route(&body);
    assert_eq!(
        route.route_type,
        Some(Some(types::RouteType::Unknown("Workgroup".into())))
    );
    assert_eq!(
        route.trunk_transport1,
        Some(Some(types::TrunkTransport::Unknown("WSS".into())))
    );
    let encoded = serde_json::to_value(route.body()).unwrap();
    assert_eq!(encoded["RouteType"], json!("Workgroup"));
    assert_eq!(encoded["TrunkTransport1"], json!("WSS"));
    // And an unknown value read back can be sent in an update as it came.
    let request = client()
        .update_voice_route(CRID)
        .route_type(route.route_type.clone().flatten().unwrap())
        .build()
        .unwrap();
    assert_eq!(
        request.body().as_slice(),
        br#"{"CallRouteId":"CRID-509de94f-79cc-429b-a317-2102654dabbb","RouteType":"Workgroup"}"#
    );
}

#[test]
fn both_whitelist_spellings_decode() {
    let entry = json!([{"IpAddress": "20.20.10.10"}]);
    let expected = Some(Some(vec![types::IpWhitelistEntry {
        ip_address: Some("20.20.10.10".into()),
        ..Default::default()
    }]));
    for spelling in ["IpWhiteList", "IpWhitelist"] {
        let mut body = documented_route();
        body.as_object_mut().unwrap().remove("IpWhiteList");
        body[spelling] = entry.clone();
        let route = decode_route(&body);
        assert_eq!(route.ip_white_list, expected, "{spelling}");
        assert!(route.unknown_fields.is_empty(), "{spelling}");
        // Encoding uses the model's own name.
        let encoded = serde_json::to_value(route.body()).unwrap();
        assert_eq!(encoded["IpWhiteList"], entry, "{spelling}");
        assert!(encoded.get("IpWhitelist").is_none(), "{spelling}");
    }
    // The list item model says `IpWhitelist` and accepts `IpWhiteList`.
    let item: types::VoiceRouteListItem = serde_json::from_value(json!({
        "CallRouteId": "CRID-1", "AccountID": "DID-1", "IpWhiteList": entry
    }))
    .unwrap();
    assert_eq!(item.ip_whitelist, expected);
    assert_eq!(item.account_id, "DID-1");
}

#[test]
fn a_body_that_does_not_decode_is_a_decode_error_with_the_raw_text() {
    let raw = r#"{"CallRouteId":42,"AccountId":"AID-1"}"#;
    let result = builders::GetVoiceRoute::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        raw.as_bytes(),
    );
    let Err(Error::Decode(reply)) = result else {
        panic!("{result:?}");
    };
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body_prefix, raw);
    assert!(
        reply.message.contains("expected a string"),
        "{}",
        reply.message
    );
    // A plain-text error page for a documented error status.
    let result = builders::UpdateVoiceRoute::decode(
        StatusCode::BAD_GATEWAY,
        &reply_headers("text/html"),
        b"<html>Bad Gateway</html>",
    );
    let Err(Error::UnexpectedResponse(reply)) = result else {
        panic!("{result:?}");
    };
    assert_eq!(reply.status, StatusCode::BAD_GATEWAY);
    assert_eq!(reply.body, "<html>Bad Gateway</html>");
    assert_eq!(
        reply.reason,
        "the spec documents no such status for this operation"
    );
}
