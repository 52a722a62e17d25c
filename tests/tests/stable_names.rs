//! A type's Rust name says where the type is defined, and does not move when
//! an unrelated part of the spec changes (`tests/fixtures/stable_names.yaml`):
//! inline enums that share a `title` are one type with every value, an
//! inline object whose title is taken is named by where it is used, and
//! schemas named like the runtime's `Error` and `Response` keep their names.

use std::path::Path;

use serde_json::json;
use switchboard_tests::golden::stable_names::{
    self, CreateRouteBody, CreateRouteBodyTarget, Route, RouteType, Target,
};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

#[test]
fn inline_enums_with_one_title_are_one_type_with_every_value() {
    // The query parameter and `Route.type` list DID and TFN; the create body
    // also lists SIP. One `RouteType` serves all three places.
    let route: Route = serde_json::from_value(json!({"id": "r1", "type": "SIP"})).unwrap();
    assert_eq!(route.r#type, Some(RouteType::Sip));
    let client = stable_names::Client::new(stable_names::Auth::bearer("t"));
    let request = client.list_routes().r#type(RouteType::Tfn).build().unwrap();
    assert_eq!(request.uri().query(), Some("type=TFN"));
    let mut body = CreateRouteBody::new("main");
    body.r#type = Some(RouteType::Sip);
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"name": "main", "type": "SIP"})
    );
}

#[test]
fn differing_values_under_one_title_are_a_warning_at_the_second_place() {
    let api =
        switchboard_codegen::api(root(), Path::new("tests/fixtures/stable_names.yaml")).unwrap();
    let pointers: Vec<&str> = api.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        ["#/paths/~1routes/post/requestBody/content/application~1json/schema/properties/type"],
        "{:?}",
        api.warnings
    );
    assert!(
        api.warnings[0]
            .message
            .contains("#/paths/~1routes/get/parameters/0/schema"),
        "the warning names the first place: {}",
        api.warnings[0].message
    );
}

#[test]
fn a_taken_title_names_the_type_by_where_it_is_used() {
    // `Route.target` (two optional fields) is `Target`; the create body's
    // differently defined `Target` (a required number) is named by its place.
    let target = Target {
        number: None,
        sip_uri: Some("sip:desk@example.test".into()),
        unknown_fields: Default::default(),
    };
    assert_eq!(
        serde_json::to_value(&target).unwrap(),
        json!({"sip_uri": "sip:desk@example.test"})
    );
    let mut body = CreateRouteBody::new("main");
    body.target = Some(CreateRouteBodyTarget::new("+15550100"));
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"name": "main", "target": {"number": "+15550100"}})
    );
}

#[test]
fn schemas_named_error_and_response_keep_their_names() {
    let check: stable_names::Response = serde_json::from_value(json!({"ok": true})).unwrap();
    assert_eq!(check.ok, Some(true));
    let error: stable_names::Error =
        serde_json::from_value(json!({"message": "bad type"})).unwrap();
    assert_eq!(error.message.as_deref(), Some("bad type"));
}
