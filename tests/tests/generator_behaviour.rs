//! What the generated code does, tested on the compiled fixture modules
//! (`switchboard_tests::golden::<fixture>`): the exact bytes a request sends,
//! and how every kind of reply decodes. No network: `build()` gives the
//! request, `decode()` reads a reply from status, headers and bytes.

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use switchboard_runtime::{BuildError, Error};
use switchboard_tests::golden::{
    aliases, arrays_of_objects, auth_basic, auth_bearer, by_status, nested_objects, nullable,
    odd_names, param_checks, path_params, read_only, string_enums, vendor_json, x_patch,
};

// ---- helpers ---------------------------------------------------------------

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).expect("a valid status")
}

/// Reply headers with this `Content-Type`, or none.
fn reply_headers(content_type: Option<&str>) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if let Some(content_type) = content_type {
        headers.insert(CONTENT_TYPE, HeaderValue::from_str(content_type).unwrap());
    }
    headers
}

fn json() -> HeaderMap {
    reply_headers(Some("application/json"))
}

fn header(request: &http::Request<Vec<u8>>, name: impl http::header::AsHeaderName) -> Option<&str> {
    request
        .headers()
        .get(name)
        .map(|value| value.to_str().unwrap())
}

fn body_text(request: &http::Request<Vec<u8>>) -> &str {
    std::str::from_utf8(request.body()).expect("a UTF-8 body")
}

fn encode<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

/// The documented error a reply decoded into; panics on anything else.
fn api_error<T: std::fmt::Debug, E: std::fmt::Debug>(
    result: Result<T, Error<E>>,
) -> (StatusCode, E) {
    match result {
        Err(Error::Api(api)) => (api.status, api.body),
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

/// The undecodable reply a decode gave up on; panics on anything else.
fn unexpected<T: std::fmt::Debug, E: std::fmt::Debug>(
    result: Result<T, Error<E>>,
) -> (StatusCode, String, String) {
    match result {
        Err(Error::UnexpectedResponse(reply)) => (reply.status, reply.body, reply.reason),
        other => panic!("expected Error::UnexpectedResponse, got {other:?}"),
    }
}

/// The documented-status reply whose body did not decode; panics on anything else.
fn undecodable<T: std::fmt::Debug, E: std::fmt::Debug>(
    result: Result<T, Error<E>>,
) -> (StatusCode, String, String) {
    match result {
        Err(Error::Decode(reply)) => (reply.status, reply.body_prefix, reply.message),
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

fn bearer<C>(new: impl FnOnce(String) -> C) -> C {
    new("tok-123".to_owned())
}

// ---- patch bodies ----------------------------------------------------------

#[test]
fn patch_struct_distinguishes_absent_null_and_value() {
    use x_patch::{RoutePatch, RouteSettingsPatch};
    let absent = RoutePatch {
        name: "Main".into(),
        priority: None,
        description: None,
        enabled: None,
        tags: None,
        note: None,
    };
    // A required nullable field is always sent; optional `None`s are left out.
    assert_eq!(encode(&absent), r#"{"name":"Main","priority":null}"#);
    let cleared = RoutePatch {
        description: Some(None),
        ..absent.clone()
    };
    assert_eq!(
        encode(&cleared),
        r#"{"name":"Main","priority":null,"description":null}"#
    );
    let set = RoutePatch {
        priority: Some(2),
        description: Some(Some("text".into())),
        tags: Some(vec![]),
        note: Some(String::new()),
        enabled: Some(false),
        ..absent
    };
    // Empty values are values: `[]`, `""` and `false` are sent.
    assert_eq!(
        encode(&set),
        r#"{"name":"Main","priority":2,"description":"text","enabled":false,"tags":[],"note":""}"#
    );
    assert_eq!(encode(&RouteSettingsPatch::default()), "{}");
}

#[test]
fn patch_struct_decodes_absent_null_and_value_apart() {
    let decoded: x_patch::RoutePatch =
        serde_json::from_str(r#"{"name":"a","priority":null,"description":null}"#).unwrap();
    assert_eq!(decoded.priority, None);
    assert_eq!(decoded.description, Some(None));
    assert_eq!(decoded.note, None);
    let decoded: x_patch::RoutePatch =
        serde_json::from_str(r#"{"name":"a","priority":1,"description":"d"}"#).unwrap();
    assert_eq!(decoded.priority, Some(1));
    assert_eq!(decoded.description, Some(Some("d".to_owned())));
    let decoded: x_patch::RoutePatch =
        serde_json::from_str(r#"{"name":"a","priority":1}"#).unwrap();
    assert_eq!(decoded.description, None);
}

#[test]
fn x_patch_post_takes_required_fields_as_arguments_and_sends_only_what_is_set() {
    let client = bearer(|token| x_patch::Client::new(x_patch::Auth::bearer(token)));
    let request = client.update_route("r 1", "Main", None).build().unwrap();
    assert_eq!(request.method(), Method::POST);
    assert_eq!(request.uri(), "https://api.example.test/v1/routes/r%201");
    assert_eq!(header(&request, CONTENT_TYPE), Some("application/json"));
    assert_eq!(header(&request, ACCEPT), Some("application/json"));
    assert_eq!(body_text(&request), r#"{"name":"Main","priority":null}"#);

    let request = client
        .update_route("r1", "Main", Some(3))
        .description("first")
        .enabled(true)
        .tags(vec![])
        .note("")
        .build()
        .unwrap();
    assert_eq!(
        body_text(&request),
        r#"{"name":"Main","priority":3,"description":"first","enabled":true,"tags":[],"note":""}"#
    );

    let request = client
        .update_route("r1", "Main", Some(3))
        .description("first")
        .clear_description()
        .build()
        .unwrap();
    assert_eq!(
        body_text(&request),
        r#"{"name":"Main","priority":3,"description":null}"#
    );
}

#[test]
fn patch_schema_named_patch_keeps_its_name_and_clear_sends_null() {
    let client = bearer(|token| x_patch::Client::new(x_patch::Auth::bearer(token)));
    let request = client.update_route_settings("r1").build().unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/routes/r1/settings"
    );
    assert_eq!(body_text(&request), "{}");
    let request = client
        .update_route_settings("r1")
        .clear_timeout()
        .region("eu")
        .build()
        .unwrap();
    assert_eq!(body_text(&request), r#"{"timeout":null,"region":"eu"}"#);
    let request = client
        .update_route_settings("r1")
        .body(x_patch::RouteSettingsPatch {
            timeout: Some(Some(30)),
            region: None,
        })
        .build()
        .unwrap();
    assert_eq!(body_text(&request), r#"{"timeout":30}"#);
    // A body-less 204 decodes into `()`.
    let reply = x_patch::builders::UpdateRouteSettings::decode(status(204), &HeaderMap::new(), b"");
    assert_eq!(reply.unwrap().into_body(), ());
}

#[test]
fn nullable_patch_setters_and_clearers_cover_refs_and_enums() {
    let client = bearer(|token| nullable::Client::new(nullable::Auth::bearer(token)));
    let request = client.patch_thing("t1", "n", None).build().unwrap();
    assert_eq!(request.method(), Method::PATCH);
    assert_eq!(body_text(&request), r#"{"name":"n","nickname":null}"#);
    let request = client
        .patch_thing("t1", "n", Some("nick".into()))
        .clear_note()
        .count(0)
        .clear_owner()
        .status(nullable::ThingStatus::Paused)
        .build()
        .unwrap();
    assert_eq!(
        body_text(&request),
        r#"{"name":"n","nickname":"nick","note":null,"count":0,"owner":null,"status":"paused"}"#
    );
    let owner = nullable::Owner {
        email: Some("a@example.test".into()),
        ..Default::default()
    };
    let request = client
        .patch_thing("t1", "n", None)
        .owner(owner)
        .clear_status()
        .build()
        .unwrap();
    assert_eq!(
        body_text(&request),
        r#"{"name":"n","nickname":null,"owner":{"email":"a@example.test"},"status":null}"#
    );
}

#[test]
fn nullable_response_fields_keep_null_apart_from_absent() {
    let reply = nullable::builders::PatchThing::decode(
        status(200),
        &json(),
        br#"{"name":"n","nickname":null,"owner":null,"status":"active"}"#,
    )
    .unwrap();
    assert_eq!(reply.nickname, None);
    assert_eq!(reply.note, None);
    assert_eq!(reply.owner, Some(None));
    assert_eq!(reply.status, Some(Some(nullable::ThingStatus::Active)));
}

// ---- readOnly --------------------------------------------------------------

#[test]
fn read_only_fields_are_not_in_request_bodies() {
    let client = bearer(|token| read_only::Client::new(read_only::Auth::bearer(token)));
    let input = read_only::WidgetInput {
        name: "w".into(),
        size: Some(3),
        owner: None,
        unknown_fields: Default::default(),
    };
    let request = client.create_widget(input.clone()).build().unwrap();
    assert_eq!(request.method(), Method::POST);
    assert_eq!(request.uri(), "https://api.example.test/v1/widgets");
    assert_eq!(body_text(&request), r#"{"name":"w","size":3}"#);
    let request = client.replace_widget("w1", input).build().unwrap();
    assert_eq!(request.method(), Method::PUT);
    assert_eq!(body_text(&request), r#"{"name":"w","size":3}"#);
    let request = client
        .update_widget("w1", "renamed")
        .size(4)
        .build()
        .unwrap();
    assert_eq!(request.method(), Method::PATCH);
    assert_eq!(body_text(&request), r#"{"name":"renamed","size":4}"#);
}

#[test]
fn a_fetched_model_converts_into_its_request_view_dropping_read_only_fields() {
    let widget = read_only::builders::GetWidget::decode(
        status(200),
        &json(),
        br#"{"id":"w1","name":"w","created_at":"2024-01-01T00:00:00Z","owner":{"email":"o@example.test"},"color":"red"}"#,
    )
    .unwrap()
    .into_body();
    assert_eq!(widget.id, "w1");
    let input = read_only::WidgetInput::from(widget);
    // Read-only `id` and `created_at` are gone; the unknown `color` goes back.
    assert_eq!(
        encode(&input),
        r#"{"name":"w","owner":{"email":"o@example.test"},"color":"red"}"#
    );
}

#[test]
fn nested_read_only_fields_get_a_nested_request_view() {
    let part: read_only::GadgetPart =
        serde_json::from_str(r#"{"serial":"S-1","label":"left"}"#).unwrap();
    let input = read_only::GadgetInput {
        part: Some(read_only::GadgetPartInput::from(part)),
        ..Default::default()
    };
    let client = bearer(|token| read_only::Client::new(read_only::Auth::bearer(token)));
    let request = client.create_gadget(input).build().unwrap();
    assert_eq!(body_text(&request), r#"{"part":{"label":"left"}}"#);
}

// ---- enums -----------------------------------------------------------------

#[test]
fn unknown_enum_values_round_trip() {
    let body = r#"{"kind":"call","status":"on-hold","direction":"inbound","transferred_from":"sideways","priority":"high"}"#;
    let call = string_enums::builders::GetCall::decode(status(200), &json(), body.as_bytes())
        .unwrap()
        .into_body();
    assert_eq!(
        call.status,
        Some(string_enums::CallStatus::Unknown("on-hold".into()))
    );
    assert_eq!(call.direction, Some(string_enums::Direction::Inbound));
    // Two inline enums with the same title share the `Direction` type.
    assert_eq!(
        call.transferred_from,
        Some(string_enums::Direction::Unknown("sideways".into()))
    );
    assert_eq!(call.priority, Some(string_enums::CallPriority::High));
    assert_eq!(encode(&call), body);
    assert_eq!(
        string_enums::CallStatus::from("in-progress"),
        string_enums::CallStatus::InProgress
    );
    assert_eq!(
        string_enums::CallStatus::InProgress.to_string(),
        "in-progress"
    );
}

#[test]
fn a_required_single_value_enum_is_a_constant_filled_by_default() {
    assert_eq!(
        string_enums::Call::default().kind,
        string_enums::CallKind::Call
    );
    assert_eq!(
        encode(&string_enums::CallPatch::default()),
        r#"{"kind":"call"}"#
    );
    let client = bearer(|token| string_enums::Client::new(string_enums::Auth::bearer(token)));
    let request = client.update_call("c1").build().unwrap();
    assert_eq!(body_text(&request), r#"{"kind":"call"}"#);
    let request = client
        .update_call("c1")
        .status(string_enums::CallStatus::Unknown("parked".into()))
        .channel(string_enums::CallChannel::Voice)
        .build()
        .unwrap();
    assert_eq!(
        body_text(&request),
        r#"{"kind":"call","status":"parked","channel":"voice"}"#
    );
}

#[test]
fn enum_values_that_collide_after_pascal_case_stay_distinct() {
    use odd_names::ThingV2Mode as Mode;
    let cases = [
        ("on-hold", Mode::OnHold),
        ("on_hold", Mode::OnHold2),
        ("OnHold", Mode::OnHold3),
        ("unknown", Mode::Unknown2),
        ("Unknown", Mode::Unknown3),
        ("self", Mode::Self_),
        ("2x", Mode::V2x),
        ("ON-HOLD", Mode::Unknown("ON-HOLD".into())),
    ];
    for (wire, variant) in cases {
        assert_eq!(Mode::from(wire), variant, "{wire}");
        assert_eq!(variant.as_str(), wire);
        assert_eq!(encode(&variant), format!("\"{wire}\""));
    }
}

// ---- unknown fields and aliases --------------------------------------------

#[test]
fn unknown_fields_are_kept_and_encoded_again() {
    let body = r#"{"id":"j1","result":"done","extra":{"nested":[1,2]},"flag":true}"#;
    let job = by_status::builders::GetJob::decode(status(200), &json(), body.as_bytes())
        .unwrap()
        .into_body();
    assert_eq!(job.unknown_fields.len(), 2);
    assert_eq!(job.unknown_fields["flag"], serde_json::json!(true));
    assert_eq!(encode(&job), body);

    // In nested objects and array items too.
    let order = r#"{"customer":{"name":"Ann","contact":{"email":"a@example.test","phone":"555"}},"billing":{"city":"Oslo","zip":"0150"}}"#;
    let decoded: nested_objects::Order = serde_json::from_str(order).unwrap();
    let contact = decoded.customer.as_ref().unwrap().contact.as_ref().unwrap();
    assert_eq!(contact.unknown_fields["phone"], "555");
    assert_eq!(encode(&decoded), order);
    let playlist = r#"{"tracks":[{"title":"a","bpm":120}],"grid":[[1,2],[]]}"#;
    let decoded: arrays_of_objects::Playlist = serde_json::from_str(playlist).unwrap();
    assert_eq!(decoded.tracks[0].unknown_fields["bpm"], 120);
    assert_eq!(decoded.grid, Some(vec![vec![1, 2], vec![]]));
    assert_eq!(encode(&decoded), playlist);
}

#[test]
fn a_property_named_unknown_fields_does_not_clash_with_the_kept_fields() {
    // In the spec's property order, so encoding gives the same bytes back.
    let body = r#"{"type":"t","fooBar":"camel","foo_bar":"snake","3d":true,"unknown_fields":"a property","zzz":1}"#;
    let thing: odd_names::ThingV2 = serde_json::from_str(body).unwrap();
    assert_eq!(thing.r#type, "t");
    assert_eq!(thing.unknown_fields.as_deref(), Some("a property"));
    assert_eq!(thing.foo_bar.as_deref(), Some("camel"));
    assert_eq!(thing.foo_bar2.as_deref(), Some("snake"));
    assert_eq!(thing.n3d, Some(true));
    assert_eq!(thing.unknown_fields2.len(), 1);
    assert_eq!(thing.unknown_fields2["zzz"], 1);
    assert_eq!(encode(&thing), body);
}

#[test]
fn aliases_are_accepted_when_decoding_and_the_own_name_is_sent() {
    for body in [
        r#"{"AccountId":"a1","IpWhiteList":["10.0.0.1"]}"#,
        r#"{"AccountID":"a1","IpWhitelist":["10.0.0.1"]}"#,
        r#"{"AccountID":"a1","ip_whitelist":["10.0.0.1"]}"#,
    ] {
        let account = aliases::builders::GetAccount::decode(status(200), &json(), body.as_bytes())
            .unwrap()
            .into_body();
        assert_eq!(account.account_id, "a1", "{body}");
        assert_eq!(
            account.ip_white_list,
            Some(vec!["10.0.0.1".to_owned()]),
            "{body}"
        );
        assert!(
            account.unknown_fields.is_empty(),
            "{body}: {:?}",
            account.unknown_fields
        );
        assert_eq!(
            encode(&account),
            r#"{"AccountId":"a1","IpWhiteList":["10.0.0.1"]}"#
        );
    }
    // `Label` lists its own name and `AccountId` among its aliases: the
    // first reads it once, the second stays `AccountId`'s.
    let body = r#"{"AccountId":"a1","label":"main"}"#;
    let account = aliases::builders::GetAccount::decode(status(200), &json(), body.as_bytes())
        .unwrap()
        .into_body();
    assert_eq!(
        (account.account_id.as_str(), account.label.as_deref()),
        ("a1", Some("main"))
    );
    assert_eq!(encode(&account), r#"{"AccountId":"a1","Label":"main"}"#);
    // The request view has no `created` (read-only): `Label`'s alias
    // `Created` reads it rather than the view skipping it.
    let input: aliases::AccountInput =
        serde_json::from_str(r#"{"AccountId":"a1","Created":"then"}"#).unwrap();
    assert_eq!(input.label.as_deref(), Some("then"));
    assert!(
        input.unknown_fields.is_empty(),
        "{:?}",
        input.unknown_fields
    );
}

// ---- building requests -----------------------------------------------------

#[test]
fn path_query_and_header_parameters_are_encoded_exactly() {
    use path_params::{GetNumberFieldsItem as Field, GetNumberSort as Sort};
    let client = bearer(|token| path_params::Client::new(path_params::Auth::bearer(token)));
    let request = client
        .get_number(
            42,
            "a b/c?",
            10,
            vec![Field::Number, Field::Alias],
            "tenant-1",
        )
        .build()
        .unwrap();
    assert_eq!(request.method(), Method::GET);
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/accounts/42/numbers/a%20b%2Fc%3F?limit=10&fields=number&fields=alias"
    );
    assert_eq!(header(&request, "x-tenant"), Some("tenant-1"));
    assert_eq!(header(&request, "x-request-id"), None);
    assert_eq!(header(&request, AUTHORIZATION), Some("Bearer tok-123"));
    assert_eq!(header(&request, ACCEPT), Some("application/json"));
    assert_eq!(header(&request, CONTENT_TYPE), None);
    assert!(request.body().is_empty());

    let request = client
        .get_number(-1, "+1 (555) 010-9999", 0, vec![], "t")
        .cursor("x y&z=1")
        .tag(vec!["a".into(), "b&c".into()])
        .sort(Sort::Desc)
        .verbose(false)
        .x_request_id("req-7")
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/accounts/-1/numbers/%2B1%20%28555%29%20010-9999?limit=0&cursor=x%20y%26z%3D1&tag=a&tag=b%26c&sort=desc&verbose=false"
    );
    // The spec spells it `X-Request-Id`; header names are case-insensitive.
    assert_eq!(header(&request, "X-Request-Id"), Some("req-7"));

    let request = client
        .get_number(1, "n", 1, vec![Field::Unknown("extra field".into())], "t")
        .sort(Sort::Unknown("by date".into()))
        .build()
        .unwrap();
    assert_eq!(
        request.uri().query(),
        Some("limit=1&sort=by%20date&fields=extra%20field")
    );
}

#[test]
fn enum_and_integer_path_parameters_use_their_wire_text() {
    let client = bearer(|token| path_params::Client::new(path_params::Auth::bearer(token)));
    let request = client
        .get_report(path_params::Period::Monthly, 2024)
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/reports/monthly/2024"
    );
    let request = client
        .get_report(path_params::Period::Unknown("q/1".into()), -7)
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/reports/q%2F1/-7"
    );
}

#[test]
fn a_header_value_that_cannot_be_sent_is_a_build_error() {
    let client = bearer(|token| path_params::Client::new(path_params::Auth::bearer(token)));
    let error = client
        .get_number(1, "n", 1, vec![], "bad\nvalue")
        .build()
        .unwrap_err();
    assert!(
        matches!(error, BuildError::InvalidHeader { name: "x-tenant" }),
        "{error:?}"
    );
}

#[test]
fn keyword_and_odd_parameter_names_keep_their_wire_names() {
    let client = bearer(|token| odd_names::Client::new(odd_names::Auth::bearer(token)));
    let request = client
        .get_thing_v2("a.b")
        .r#match("m")
        .self_("s")
        .page_size(5)
        .n2fa(true)
        .client2("c")
        .body2("b")
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/things/a.b?match=m&self=s&page.size=5&2fa=true&client=c&body=b"
    );
}

#[test]
fn a_path_parameter_and_a_patch_field_with_the_same_name_are_two_arguments() {
    let client = bearer(|token| odd_names::Client::new(odd_names::Auth::bearer(token)));
    let request = client
        .update_thing("in-path", "in-body")
        .foo_bar("x")
        .foo_bar2("y")
        .display_name("D")
        .build()
        .unwrap();
    assert_eq!(request.uri(), "https://api.example.test/v1/things/in-path");
    assert_eq!(
        body_text(&request),
        r#"{"type":"in-body","fooBar":"x","foo_bar":"y","display name":"D"}"#
    );
}

#[test]
fn bearer_credentials_are_sent_exactly() {
    let client = auth_bearer::Client::new(auth_bearer::Auth::bearer("abc.DEF-123"));
    let request = client.get_me().build().unwrap();
    assert_eq!(request.method(), Method::GET);
    assert_eq!(request.uri(), "https://api.example.test/v1/me");
    assert_eq!(header(&request, AUTHORIZATION), Some("Bearer abc.DEF-123"));
    assert!(request.headers().get(AUTHORIZATION).unwrap().is_sensitive());
    let error = auth_bearer::Client::new(auth_bearer::Auth::bearer("line\nbreak"))
        .get_me()
        .build()
        .unwrap_err();
    assert!(matches!(error, BuildError::InvalidCredentials), "{error:?}");
}

#[test]
fn basic_credentials_are_base64_and_security_none_sends_nothing() {
    let client = auth_basic::Client::new(auth_basic::Auth::basic("user", "pa:ss"));
    let request = client.get_me().build().unwrap();
    assert_eq!(
        header(&request, AUTHORIZATION),
        Some("Basic dXNlcjpwYTpzcw==")
    );
    let request = client.get_health().build().unwrap();
    assert_eq!(request.uri(), "https://api.example.test/v1/health");
    assert_eq!(header(&request, AUTHORIZATION), None);
    let anonymous = auth_basic::Client::new(auth_basic::Auth::none());
    assert_eq!(
        header(&anonymous.get_health().build().unwrap(), AUTHORIZATION),
        None
    );
    assert_eq!(
        header(&anonymous.get_me().build().unwrap(), AUTHORIZATION),
        None
    );
}

#[test]
fn the_base_url_can_be_replaced() {
    let client = auth_bearer::Client::new(auth_bearer::Auth::bearer("t"))
        .with_base_url("http://127.0.0.1:4010/mock/");
    assert_eq!(
        client.get_me().build().unwrap().uri(),
        "http://127.0.0.1:4010/mock/me"
    );
    assert_eq!(
        auth_bearer::Client::DEFAULT_BASE_URL,
        "https://api.example.test/v1"
    );
}

#[test]
fn a_vendor_json_body_is_sent_with_its_media_type() {
    let client = bearer(|token| vendor_json::Client::new(vendor_json::Auth::bearer(token)));
    let resource = vendor_json::Resource {
        r#type: "articles".into(),
        id: None,
        name: Some("n".into()),
        unknown_fields: Default::default(),
    };
    let request = client.create_resource(resource).build().unwrap();
    assert_eq!(request.method(), Method::POST);
    assert_eq!(
        header(&request, CONTENT_TYPE),
        Some("application/vnd.api+json")
    );
    assert_eq!(header(&request, ACCEPT), Some("application/vnd.api+json"));
    assert_eq!(body_text(&request), r#"{"type":"articles","name":"n"}"#);
    let request = client.get_resource("r1").build().unwrap();
    assert_eq!(
        header(&request, ACCEPT),
        Some("text/plain, application/json, text/json")
    );
}

#[test]
fn an_inline_request_body_is_named_after_the_operation() {
    let client = bearer(|token| nested_objects::Client::new(nested_objects::Auth::bearer(token)));
    let body = nested_objects::CreateOrderBody {
        sku: "SKU-1".into(),
        gift: Some(nested_objects::CreateOrderBodyGift {
            message: Some("hi".into()),
        }),
    };
    let request = client.create_order(body).build().unwrap();
    assert_eq!(
        body_text(&request),
        r#"{"sku":"SKU-1","gift":{"message":"hi"}}"#
    );
}

// ---- decoding replies ------------------------------------------------------

#[test]
fn success_statuses_with_different_bodies_decode_into_their_variant() {
    use by_status::{Job, SubmitJobResponse, Ticket, builders::SubmitJob};
    let reply = SubmitJob::decode(status(200), &json(), br#"{"id":"j1"}"#).unwrap();
    assert_eq!(reply.status(), StatusCode::OK);
    assert_eq!(
        reply.into_body(),
        SubmitJobResponse::Ok(Job {
            id: "j1".into(),
            result: None,
            unknown_fields: Default::default(),
        })
    );
    let reply = SubmitJob::decode(status(202), &json(), br#"{"ticket":"t9"}"#).unwrap();
    assert_eq!(
        reply.into_body(),
        SubmitJobResponse::Accepted(Ticket {
            ticket: "t9".into(),
            unknown_fields: Default::default(),
        })
    );
    let reply = SubmitJob::decode(status(204), &HeaderMap::new(), b"").unwrap();
    assert_eq!(reply.status(), StatusCode::NO_CONTENT);
    assert_eq!(reply.into_body(), SubmitJobResponse::NoContent);
}

#[test]
fn error_statuses_with_different_bodies_decode_into_their_variant() {
    use by_status::{ErrorBody as Body, builders::SubmitJob};
    let (code, body) = api_error(SubmitJob::decode(
        status(400),
        &json(),
        br#"{"errors":["name is empty"]}"#,
    ));
    assert_eq!(code, StatusCode::BAD_REQUEST);
    let Body::BadRequest(errors) = body else {
        panic!("expected BadRequest, got {body:?}")
    };
    assert_eq!(errors.errors, ["name is empty"]);

    let (code, body) = api_error(SubmitJob::decode(
        status(404),
        &json(),
        br#"{"message":"no queue"}"#,
    ));
    assert_eq!(code, StatusCode::NOT_FOUND);
    let Body::NotFound(not_found) = body else {
        panic!("expected NotFound, got {body:?}")
    };
    assert_eq!(not_found.message.as_deref(), Some("no queue"));

    // `default` takes every other status, undocumented successes included.
    for code in [409, 503, 201] {
        let (got, body) = api_error(SubmitJob::decode(
            status(code),
            &json(),
            br#"{"title":"t","status":9}"#,
        ));
        assert_eq!(got.as_u16(), code);
        let Body::Default(problem) = body else {
            panic!("{code}: expected Default, got {body:?}")
        };
        assert_eq!(problem.title.as_deref(), Some("t"));
        assert_eq!(problem.status, Some(9));
    }
}

#[test]
fn errors_that_share_a_schema_decode_into_it() {
    use by_status::builders::GetJob;
    for code in [404, 500] {
        let (got, problem) = api_error(GetJob::decode(
            status(code),
            &json(),
            br#"{"title":"gone"}"#,
        ));
        assert_eq!(got.as_u16(), code);
        assert_eq!(problem.title.as_deref(), Some("gone"));
    }
}

#[test]
fn body_less_statuses_decode_into_unit_and_ignore_any_body() {
    use by_status::builders::{DeleteJob, Ping};
    assert_eq!(
        DeleteJob::decode(status(204), &HeaderMap::new(), b"")
            .unwrap()
            .into_body(),
        ()
    );
    let (code, ()) = api_error(DeleteJob::decode(status(404), &json(), b"not even json"));
    assert_eq!(code, StatusCode::NOT_FOUND);
    assert_eq!(
        Ping::decode(status(204), &HeaderMap::new(), b"")
            .unwrap()
            .status(),
        204
    );
    let (code, ()) = api_error(Ping::decode(status(503), &json(), b"{}"));
    assert_eq!(code, StatusCode::SERVICE_UNAVAILABLE);
    // Ping is `security: []`: even a client with credentials sends none.
    let client = by_status::Client::new(by_status::Auth::bearer("t"));
    assert_eq!(header(&client.ping().build().unwrap(), AUTHORIZATION), None);
    assert_eq!(
        header(&client.delete_job("j").build().unwrap(), AUTHORIZATION),
        Some("Bearer t")
    );
}

#[test]
fn an_undecodable_body_is_a_decode_error_keeping_status_body_and_message() {
    use by_status::builders::{GetJob, SubmitJob};
    let (code, body, message) =
        undecodable(GetJob::decode(status(200), &json(), b"<html>oops</html>"));
    assert_eq!(code, StatusCode::OK);
    assert_eq!(body, "<html>oops</html>");
    assert!(message.starts_with("expected value"), "{message}");
    // Valid JSON of the wrong shape: `id` must be a string.
    let (code, body, message) = undecodable(GetJob::decode(status(200), &json(), br#"{"id":5}"#));
    assert_eq!(code, StatusCode::OK);
    assert_eq!(body, r#"{"id":5}"#);
    assert!(message.contains("expected a string"), "{message}");
    // Only the start of a long body is kept.
    let long = format!(r#"{{"id":5,"pad":"{}"}}"#, "x".repeat(2000));
    let (_, body, _) = undecodable(GetJob::decode(status(200), &json(), long.as_bytes()));
    assert_eq!(body.len(), switchboard_runtime::DecodeError::PREFIX);
    // An error body that does not decode is not mistaken for the documented error.
    let (code, body, _) = undecodable(SubmitJob::decode(
        status(400),
        &json(),
        br#"{"errors":"x"}"#,
    ));
    assert_eq!(code, StatusCode::BAD_REQUEST);
    assert_eq!(body, r#"{"errors":"x"}"#);
}

#[test]
fn an_undocumented_status_is_an_unexpected_response_keeping_status_and_text() {
    use by_status::builders::GetJob;
    let reply = GetJob::decode(
        status(418),
        &reply_headers(Some("text/plain")),
        b"I'm a teapot",
    );
    let (code, body, reason) = unexpected(reply);
    assert_eq!(code, StatusCode::IM_A_TEAPOT);
    assert_eq!(body, "I'm a teapot");
    assert_eq!(
        reason,
        "the spec documents no such status for this operation"
    );
    let error = GetJob::decode(status(201), &json(), br#"{"id":"j1"}"#).unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::CREATED));
    assert!(
        error
            .to_string()
            .starts_with("unexpected response 201 Created"),
        "{error}"
    );
}

#[test]
fn a_body_offered_under_several_media_types_is_json_whatever_the_content_type() {
    use vendor_json::builders::GetResource;
    for content_type in [
        Some("text/plain"),
        Some("application/json"),
        Some("text/json; charset=utf-8"),
        Some("application/octet-stream"),
        None,
    ] {
        let reply = GetResource::decode(
            status(200),
            &reply_headers(content_type),
            br#"{"type":"articles","id":"1"}"#,
        )
        .unwrap_or_else(|error| panic!("{content_type:?}: {error}"));
        assert_eq!(reply.r#type, "articles", "{content_type:?}");
        assert_eq!(reply.id.as_deref(), Some("1"), "{content_type:?}");
    }
    let reply = vendor_json::builders::CreateResource::decode(
        status(201),
        &reply_headers(Some("application/vnd.api+json")),
        br#"{"type":"articles"}"#,
    )
    .unwrap();
    assert_eq!(reply.r#type, "articles");
}

#[test]
fn a_string_body_is_text_when_plain_and_a_json_string_otherwise() {
    use vendor_json::builders::{GetNote, GetRaw};
    let text = br#""quoted" and {not json}"#;
    let reply = GetNote::decode(
        status(200),
        &reply_headers(Some("Text/Plain; charset=utf-8")),
        text,
    );
    assert_eq!(reply.unwrap().into_body(), r#""quoted" and {not json}"#);
    let reply = GetNote::decode(status(200), &json(), br#""a \"json\" string""#);
    assert_eq!(reply.unwrap().into_body(), r#"a "json" string"#);
    let (code, body, _) = undecodable(GetNote::decode(status(200), &json(), b"plain words"));
    assert_eq!(code, StatusCode::OK);
    assert_eq!(body, "plain words");
    // Only `text/plain` is documented: any reply is read as text, lossily.
    let reply = GetRaw::decode(status(200), &json(), b"caf\xc3\xa9 \xff").unwrap();
    assert_eq!(reply.into_body(), "caf\u{e9} \u{fffd}");
}

#[test]
fn decoding_never_panics_and_always_reports_the_status() {
    let bodies: [&[u8]; 8] = [
        b"",
        b"null",
        b"{}",
        b"[]",
        b"\xff\xfe\x00",
        br#"{"id":"j1","ticket":"t","errors":[],"title":"x"}"#,
        b"not json",
        br#"{"id":"#,
    ];
    let content_types = [None, Some("application/json"), Some("text/plain"), Some("")];
    let mut checked = 0;
    for code in 100..=599u16 {
        let code = status(code);
        for body in bodies {
            for content_type in content_types {
                let headers = reply_headers(content_type);
                macro_rules! check {
                    ($decode:expr) => {{
                        match $decode(code, &headers, body) {
                            Ok(reply) => {
                                assert!(code.is_success(), "{code} decoded as a success");
                                assert_eq!(reply.status(), code);
                            }
                            Err(error) => assert_eq!(error.status(), Some(code)),
                        }
                        checked += 1;
                    }};
                }
                check!(by_status::builders::SubmitJob::decode);
                check!(by_status::builders::GetJob::decode);
                check!(by_status::builders::DeleteJob::decode);
                check!(by_status::builders::Ping::decode);
                check!(vendor_json::builders::GetNote::decode);
                check!(vendor_json::builders::GetResource::decode);
                check!(string_enums::builders::GetCall::decode);
                check!(odd_names::builders::GetThingV2::decode);
            }
        }
    }
    assert_eq!(checked, 500 * 8 * 4 * 8);
}

// ---- parameter constraints --------------------------------------------------

fn checked() -> param_checks::Client {
    param_checks::Client::new(param_checks::Auth::bearer("t"))
}

/// The parameter and the reason of a rejected `build()`.
fn rejection(result: Result<http::Request<Vec<u8>>, BuildError>) -> (String, String) {
    match result {
        Err(BuildError::InvalidParameter { name, reason, .. }) => (name.to_owned(), reason),
        other => panic!("expected InvalidParameter, got {other:?}"),
    }
}

#[test]
fn values_within_the_constraints_are_sent() {
    let request = checked()
        .get_number("12065551234")
        .alias("a")
        .limit(200)
        .offset(1)
        .area_codes(vec!["206".to_owned(), "646".to_owned()])
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/numbers/12065551234?alias=a&limit=200&offset=1&area_codes=206&area_codes=646"
    );
}

#[test]
fn a_value_breaking_a_constraint_is_a_build_error_naming_it() {
    assert_eq!(
        rejection(checked().get_number("2065551234").build()),
        (
            "id".to_owned(),
            "does not match the pattern `^[0-9]{11}$`".to_owned()
        )
    );
    assert_eq!(
        rejection(checked().get_number("12065551234").alias("").build()),
        (
            "alias".to_owned(),
            "is shorter than 1 characters".to_owned()
        )
    );
    assert_eq!(
        rejection(
            checked()
                .get_number("12065551234")
                .alias("ninechars")
                .build()
        ),
        ("alias".to_owned(), "is longer than 8 characters".to_owned())
    );
    assert_eq!(
        rejection(checked().get_number("12065551234").limit(201).build()),
        (
            "limit".to_owned(),
            "is more than the maximum 200".to_owned()
        )
    );
    // exclusiveMinimum: 0 means the smallest allowed value is 1.
    assert_eq!(
        rejection(checked().get_number("12065551234").offset(0).build()),
        ("offset".to_owned(), "is less than the minimum 1".to_owned())
    );
    assert_eq!(
        rejection(
            checked()
                .get_number("12065551234")
                .area_codes(vec!["206".to_owned(), "20".to_owned()])
                .build()
        ),
        (
            "area_codes".to_owned(),
            "does not match the pattern `^[0-9]{3}$`".to_owned()
        )
    );
}

#[tokio::test]
async fn send_reports_a_broken_constraint_without_sending() {
    // The base URL does not resolve: only a request that is never sent passes.
    let client = checked().with_base_url("http://unreachable.invalid");
    match client.get_number("123").send().await {
        Err(Error::InvalidRequest(BuildError::InvalidParameter { name: "id", .. })) => {}
        other => panic!("expected a build error, got {other:?}"),
    }
}

#[test]
fn operations_with_the_same_error_statuses_share_one_error_enum() {
    use by_status::builders::{RetryJob, SubmitJob};
    let body = br#"{"errors":["name is required"]}"#;
    // The annotations are the point: both operations fail with `ErrorBody`.
    let submit: Error<by_status::ErrorBody> =
        SubmitJob::decode(status(400), &json(), body).unwrap_err();
    let retry: Error<by_status::ErrorBody> =
        RetryJob::decode(status(400), &json(), body).unwrap_err();
    assert_eq!(submit.api_body(), retry.api_body());
    match retry.api_body() {
        Some(by_status::ErrorBody::BadRequest(errors)) => {
            assert_eq!(errors.errors, ["name is required"])
        }
        other => panic!("expected the 400 variant, got {other:?}"),
    }
}
