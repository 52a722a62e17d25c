//! What the generated code does for the constructs real-world specs use:
//! `allOf`, `oneOf` / `anyOf`, recursive schemas, integer enums, maps,
//! non-JSON bodies and replies, status ranges, API keys and OAuth2, derived
//! names and `$ref`s of every kind. Tested on the compiled fixture modules
//! (`switchboard_tests::golden::<fixture>`), without a network.

use std::path::Path;

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, COOKIE};
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use serde_json::json;
use switchboard_runtime::__private::Credentials;
use switchboard_runtime::{Bytes, Error};
use switchboard_tests::golden::{
    all_of, bodies, derived_names, recursive, refs, responses, schemas_only, security, unions,
    values,
};

// ---- helpers ---------------------------------------------------------------

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).expect("a valid status")
}

fn replying(content_type: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_str(content_type).unwrap());
    headers
}

fn header<'a>(request: &'a http::Request<Vec<u8>>, name: &str) -> Option<&'a str> {
    request.headers().get(name).map(|v| v.to_str().unwrap())
}

fn body_text(request: &http::Request<Vec<u8>>) -> String {
    String::from_utf8(request.body().clone()).expect("a UTF-8 body")
}

fn decode<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).expect("decodes")
}

fn encode<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("encodes")
}

fn api_body<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> (u16, E) {
    match result {
        Err(Error::Api(reply)) => (reply.status.as_u16(), reply.body),
        other => panic!("expected Error::Api, got {other:?}"),
    }
}

// ---- allOf -----------------------------------------------------------------

#[test]
fn all_of_members_merge_into_one_struct_with_their_required_fields() {
    let pet: all_of::Pet = decode(json!({
        "id": "p1", "name": "Rex", "age": 3, "owner": null, "colour": "brown"
    }));
    assert_eq!(pet.id, "p1");
    assert_eq!(pet.name, "Rex");
    assert_eq!(pet.tag, None);
    // `required: [age]` from a constraint-only member makes `age` required.
    assert_eq!(pet.age, 3);
    // `allOf: [$ref]` + `nullable`: the referenced type, nullable.
    assert_eq!(pet.owner, Some(None));
    assert_eq!(pet.unknown_fields["colour"], "brown");
    let missing_age = serde_json::from_value::<all_of::Pet>(json!({"id": "p", "name": "n"}));
    assert!(missing_age.is_err());

    // The request view leaves the read-only `id` (from a member) out.
    let input = all_of::PetInput::from(pet);
    assert_eq!(
        encode(&input),
        json!({"name": "Rex", "age": 3, "owner": null, "colour": "brown"})
    );
    let owner: all_of::Owner = decode(json!({"since": "2020-01-01", "name": "Ann"}));
    assert_eq!(
        (owner.since.as_str(), owner.name.as_str()),
        ("2020-01-01", "Ann")
    );
    assert_eq!(owner.email, None);
}

// ---- oneOf / anyOf ---------------------------------------------------------

#[test]
fn a_discriminated_union_decodes_by_its_tag_and_keeps_unknown_tags() {
    let pets: Vec<unions::Pet> = decode(json!([
        {"petType": "cat", "name": "Tom", "hunts": true},
        {"petType": "kitten", "name": "Kit"},
        {"petType": "dog", "name": "Rex", "barks": false},
        {"petType": "Lizard", "name": "Liz"},
        {"petType": "parrot", "name": "Polly", "talks": true},
    ]));
    assert!(matches!(&pets[0], unions::Pet::Cat(cat) if cat.hunts == Some(true)));
    assert!(matches!(&pets[1], unions::Pet::Cat(cat) if cat.name == "Kit"));
    assert!(matches!(&pets[2], unions::Pet::Dog(dog) if dog.barks == Some(false)));
    assert!(matches!(&pets[3], unions::Pet::Lizard(lizard) if lizard.name == "Liz"));
    let unions::Pet::Unknown(parrot) = &pets[4] else {
        panic!("an unknown tag is kept: {:?}", pets[4]);
    };
    assert_eq!(parrot["talks"], true);
    // Every value is sent back as it came.
    assert_eq!(
        encode(&pets[4]),
        json!({"petType": "parrot", "name": "Polly", "talks": true})
    );
    assert_eq!(encode(&pets[1])["petType"], "kitten");
    // A tag the variant's own fields do not carry is added.
    let lizard = unions::Pet::Lizard(unions::Lizard {
        name: "Liz".into(),
        unknown_fields: Default::default(),
    });
    assert_eq!(encode(&lizard), json!({"name": "Liz", "petType": "Lizard"}));
    // A known tag with the wrong shape is a decode error, not `Unknown`.
    assert!(serde_json::from_value::<unions::Pet>(json!({"petType": "dog"})).is_err());
}

#[test]
fn a_union_request_body_is_sent_as_its_variant() {
    let client = unions::Client::new(unions::Auth::none());
    let cat = unions::Pet::Cat(decode(json!({"petType": "cat", "name": "Tom"})));
    let request = client.create_pet(cat).build().unwrap();
    assert_eq!(request.method(), Method::POST);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(request.body()).unwrap(),
        json!({"petType": "cat", "name": "Tom"})
    );
}

#[test]
fn an_untagged_union_takes_the_first_alternative_that_decodes() {
    let charge: unions::Charge = decode(json!({"id": "ch_1", "customer": "cus_1", "amount": 5}));
    assert_eq!(
        charge.customer,
        unions::ChargeCustomer::String("cus_1".into())
    );
    assert_eq!(charge.amount, Some(unions::ChargeAmount::Integer(5)));
    assert_eq!(charge.source, None);
    let charge: unions::Charge = decode(json!({
        "id": "ch_1",
        "customer": {"id": "cus_1", "email": "a@example.test"},
        "source": {"last4": "4242"},
        "amount": [1, 2],
    }));
    let unions::ChargeCustomer::Customer(customer) = &charge.customer else {
        panic!("an expanded customer: {:?}", charge.customer);
    };
    assert_eq!(customer.email, "a@example.test");
    // A single real alternative is that alternative's type.
    assert_eq!(
        charge.source.as_ref().unwrap().as_ref().unwrap().last4,
        "4242"
    );
    assert_eq!(
        charge.amount,
        Some(unions::ChargeAmount::IntegerList(vec![1, 2]))
    );
    assert_eq!(encode(&charge)["customer"]["id"], "cus_1");
    assert!(serde_json::from_value::<unions::Charge>(json!({"id": "c", "customer": 1})).is_err());
}

#[test]
fn a_union_that_contains_itself_is_boxed() {
    let expression: unions::Expression =
        decode(json!({"left": 1, "right": {"left": 2.5, "right": 3}}));
    let unions::Expression::Sum(sum) = &expression else {
        panic!("a sum: {expression:?}");
    };
    assert_eq!(*sum.left, unions::Expression::Number(1.into()));
    assert!(
        matches!(&*sum.right, unions::Expression::Sum(inner) if *inner.right == unions::Expression::Number(3.into()))
    );
    assert_eq!(
        encode(&expression),
        json!({"left": 1, "right": {"left": 2.5, "right": 3}})
    );
}

// ---- recursion -------------------------------------------------------------

#[test]
fn recursive_schemas_are_boxed_where_they_hold_themselves() {
    let tree: recursive::Node = decode(json!({
        "name": "root",
        "parent": {"name": "above"},
        "children": [{"name": "a", "children": [{"name": "a1"}]}],
        "index": {"a": {"name": "a"}},
    }));
    assert_eq!(tree.parent.as_ref().unwrap().name, "above");
    assert_eq!(
        tree.children.as_ref().unwrap()[0]
            .children
            .as_ref()
            .unwrap()[0]
            .name,
        "a1"
    );
    assert_eq!(tree.index.as_ref().unwrap()["a"].name, "a");
    let person: recursive::Person = decode(json!({
        "name": "Ann", "employer": {"name": "Acme", "ceo": {"name": "Bob"}}
    }));
    assert_eq!(person.employer.unwrap().ceo.name, "Bob");
    let list: recursive::Link = decode(json!({"value": 1, "next": {"value": 2, "next": null}}));
    assert_eq!(list.next.unwrap().next, None);

    let client = recursive::Client::new(recursive::Auth::none());
    let request = client.replace_tree(tree).build().unwrap();
    assert!(body_text(&request).contains(r#""parent":{"name":"above"}"#));
}

// ---- values ----------------------------------------------------------------

#[test]
fn integer_enums_are_enums_that_keep_unknown_values() {
    assert_eq!(decode::<values::Level>(json!(2)), values::Level::Medium);
    assert_eq!(encode(&values::Level::High), json!(3));
    assert_eq!(decode::<values::Level>(json!(7)), values::Level::Unknown(7));
    assert_eq!(encode(&values::Level::Unknown(7)), json!(7));
    assert_eq!(
        decode::<values::SettingsOffset>(json!(-1)),
        values::SettingsOffset::Minus1
    );
    assert_eq!(values::SettingsOffset::V1.value(), 1);
    assert!(serde_json::from_value::<values::Level>(json!("2")).is_err());

    let client = values::Client::new(values::Auth::none());
    let request = client
        .get_settings()
        .level(values::Level::High)
        .limit(5)
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/settings?level=3&limit=5"
    );
}

#[test]
fn a_huge_enum_and_maps_beside_properties_round_trip() {
    let settings: values::Settings = decode(json!({
        "level": 1,
        "code": "value_119",
        "labels": {"a": "x"},
        "limits": {"max": 10, "cpu": 4, "memory": 8},
        "extras": {"note": "n", "anything": [1, {"k": true}]},
        "rules": [{"pattern": "^a", "weight": 0.5}],
        "deep": {"a": {"b": {"c": {"d": {"e": {"leaf": "here"}}}}}},
        "size": 9007199254740993i64,
    }));
    assert_eq!(settings.code, Some(values::SettingsCode::Value119));
    let limits = settings.limits.as_ref().unwrap();
    assert_eq!(limits.max, Some(10));
    assert_eq!(limits.additional_properties.len(), 2);
    assert_eq!(limits.additional_properties["cpu"], 4);
    let extras = settings.extras.as_ref().unwrap();
    assert_eq!(extras.additional_properties["anything"][1]["k"], true);
    assert_eq!(settings.rules.as_ref().unwrap()[0].pattern, "^a");
    let leaf = &settings
        .deep
        .as_ref()
        .unwrap()
        .a
        .as_ref()
        .unwrap()
        .b
        .as_ref()
        .unwrap();
    let leaf = leaf
        .c
        .as_ref()
        .unwrap()
        .d
        .as_ref()
        .unwrap()
        .e
        .as_ref()
        .unwrap();
    assert_eq!(leaf.leaf.as_deref(), Some("here"));
    assert_eq!(settings.size, Some(9007199254740993));
    let encoded = encode(&settings);
    assert_eq!(encoded["limits"], json!({"max": 10, "cpu": 4, "memory": 8}));
    assert_eq!(encoded["code"], "value_119");
    // A typed map refuses values of another type.
    assert!(serde_json::from_value::<values::SettingsLimits>(json!({"cpu": "four"})).is_err());
}

// ---- request bodies --------------------------------------------------------

#[test]
fn a_form_body_sends_fields_brackets_for_objects_and_deep_object_arrays() {
    let client = bodies::Client::new(bodies::Auth::basic("user", "pass"));
    let body = bodies::CreateChargeBody {
        amount: 2000,
        currency: "usd".into(),
        capture: Some(false),
        expand: Some(vec!["customer".into(), "invoice".into()]),
        tags: Some(vec!["a b".into(), "c".into()]),
        metadata: Some([("order".to_owned(), "6735".to_owned())].into()),
        shipping: Some(bodies::CreateChargeBodyShipping {
            name: Some("Ann".into()),
            address: Some(bodies::CreateChargeBodyShippingAddress {
                city: Some("Paris".into()),
            }),
        }),
    };
    let request = client.create_charge(body).build().unwrap();
    assert_eq!(
        header(&request, "content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        body_text(&request),
        "amount=2000&capture=false&currency=usd&expand%5B0%5D=customer&expand%5B1%5D=invoice\
         &metadata%5Border%5D=6735&shipping%5Baddress%5D%5Bcity%5D=Paris&shipping%5Bname%5D=Ann\
         &tags=a%20b&tags=c"
    );
    assert!(
        header(&request, "authorization")
            .unwrap()
            .starts_with("Basic ")
    );
}

#[test]
fn a_multipart_body_has_file_parts_and_text_parts() {
    let client = bodies::Client::new(bodies::Auth::basic("user", "pass"));
    let body = bodies::UploadFileBody {
        file: Bytes::from(&[0xffu8, 0x00, 0x10]),
        purpose: bodies::UploadFileBodyPurpose::Dispute,
        pages: Some(2),
        attachments: Some(vec![Bytes::from("one"), Bytes::from("two")]),
    };
    let request = client.upload_file(body).build().unwrap();
    let boundary = "switchboard-boundary-00000000";
    assert_eq!(
        header(&request, "content-type").unwrap(),
        format!("multipart/form-data; boundary={boundary}")
    );
    let part = |name: &str, file: bool, content: &[u8]| {
        let mut part = format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"");
        if file {
            part.push_str(&format!(
                "; filename=\"{name}\"\r\nContent-Type: application/octet-stream"
            ));
        }
        part.push_str("\r\n\r\n");
        let mut bytes = part.into_bytes();
        bytes.extend_from_slice(content);
        bytes.extend_from_slice(b"\r\n");
        bytes
    };
    let mut expected = Vec::new();
    expected.extend(part("attachments", true, b"one"));
    expected.extend(part("attachments", true, b"two"));
    expected.extend(part("file", true, &[0xff, 0x00, 0x10]));
    expected.extend(part("pages", false, b"2"));
    expected.extend(part("purpose", false, b"dispute"));
    expected.extend(format!("--{boundary}--\r\n").into_bytes());
    assert_eq!(request.body(), &expected);
}

#[test]
fn text_and_binary_bodies_are_sent_as_given_and_json_wins_over_text() {
    let client = bodies::Client::new(bodies::Auth::basic("user", "pass"));
    let request = client.put_note("n1", "hello\nworld").build().unwrap();
    assert_eq!(header(&request, "content-type"), Some("text/plain"));
    assert_eq!(body_text(&request), "hello\nworld");

    let request = client
        .put_blob("b1")
        .body(Bytes::from(&[1u8, 2, 3]))
        .build()
        .unwrap();
    assert_eq!(
        header(&request, "content-type"),
        Some("application/octet-stream")
    );
    assert_eq!(request.body(), &vec![1, 2, 3]);
    let request = client.put_blob("b1").build().unwrap();
    assert!(request.body().is_empty());
    assert_eq!(header(&request, "content-type"), None);

    let event: bodies::CreateEventBody = decode(json!({"kind": "ping"}));
    let request = client.create_event(event).build().unwrap();
    assert_eq!(
        header(&request, "content-type"),
        Some("application/vnd.events+json")
    );
    assert_eq!(body_text(&request), r#"{"kind":"ping"}"#);
}

// ---- replies ---------------------------------------------------------------

#[test]
fn replies_without_a_body_with_text_and_with_bytes_decode() {
    use responses::builders::{GetAvatar, GetLegacy, GetReport, Ping};
    let empty = HeaderMap::new();
    assert_eq!(
        Ping::decode(status(204), &empty, b"").unwrap().into_body(),
        ()
    );
    // A range: any 5xx, with a text body.
    let (code, text) = api_body(Ping::decode(
        status(503),
        &replying("text/plain"),
        b"maintenance",
    ));
    assert_eq!((code, text.as_str()), (503, "maintenance"));

    let report = GetReport::decode(
        status(200),
        &replying("text/plain; charset=utf-8"),
        b"all good",
    );
    assert_eq!(report.unwrap().into_body(), "all good");
    // An exact status before its range; any other 4xx by the range.
    let (code, problem) = api_body(GetReport::decode(
        status(404),
        &replying("application/json"),
        br#"{"title":"gone"}"#,
    ));
    assert_eq!((code, problem.title.as_deref()), (404, Some("gone")));
    let (code, _) = api_body(GetReport::decode(
        status(429),
        &replying("application/json"),
        b"{}",
    ));
    assert_eq!(code, 429);
    assert!(matches!(
        GetReport::decode(status(500), &empty, b""),
        Err(Error::UnexpectedResponse(_))
    ));

    let avatar =
        GetAvatar::decode(status(200), &replying("image/png"), &[137, 80, 78, 71]).unwrap();
    assert_eq!(avatar.as_slice(), &[137, 80, 78, 71]);
    let legacy = GetLegacy::decode(status(200), &replying("application/xml"), b"<feed/>").unwrap();
    assert_eq!(legacy.into_body(), "<feed/>");

    let client = responses::Client::new(responses::Auth::none());
    let request = client.get_avatar().build().unwrap();
    assert_eq!(
        header(&request, "accept"),
        Some("image/png, application/octet-stream")
    );
    // JSON is asked for (and decoded) where a reply is JSON or XML.
    let request = client.get_feed().build().unwrap();
    assert_eq!(header(&request, "accept"), Some("application/json"));
}

#[test]
fn a_success_range_and_a_default_only_operation_decode() {
    use responses::builders::{DoAnything, FireAndForget, GetFeed};
    let feed = GetFeed::decode(
        status(200),
        &replying("application/json"),
        br#"{"items":["a"]}"#,
    );
    assert!(matches!(
        feed.unwrap().into_body(),
        responses::GetFeedResponse::Ok(feed) if feed.items == Some(vec!["a".to_owned()])
    ));
    let partial = GetFeed::decode(status(206), &HeaderMap::new(), b"");
    assert_eq!(
        partial.unwrap().into_body(),
        responses::GetFeedResponse::Success
    );

    // Only `default`: a 2xx is success with its body, anything else an error.
    let ok = DoAnything::decode(
        status(201),
        &replying("application/json"),
        br#"{"title":"done"}"#,
    );
    assert_eq!(ok.unwrap().title.as_deref(), Some("done"));
    let (code, problem) = api_body(DoAnything::decode(
        status(500),
        &replying("application/json"),
        br#"{"title":"no"}"#,
    ));
    assert_eq!((code, problem.title.as_deref()), (500, Some("no")));

    // Nothing documented: any 2xx is success without a body.
    assert_eq!(
        FireAndForget::decode(status(202), &HeaderMap::new(), b"ignored")
            .unwrap()
            .into_body(),
        ()
    );
    assert!(matches!(
        FireAndForget::decode(status(400), &HeaderMap::new(), b""),
        Err(Error::UnexpectedResponse(_))
    ));
}

// ---- security --------------------------------------------------------------

#[test]
fn api_keys_go_where_their_scheme_says_and_oauth2_tokens_are_bearer_tokens() {
    let client = security::Client::new(security::Auth::header_key("k-123"));
    let request = client.list_items().build().unwrap();
    assert_eq!(header(&request, "x-api-key"), Some("k-123"));
    assert_eq!(header(&request, "authorization"), None);
    assert!(request.headers()["x-api-key"].is_sensitive());

    let client = security::Client::new(security::Auth::query_key("k 456"));
    let request = client.search("cats").build().unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/search?q=cats&api_key=k%20456"
    );

    let client = security::Client::new(security::Auth::cookie_key("s1"));
    let request = client.get_session().build().unwrap();
    assert_eq!(header(&request, COOKIE.as_str()), Some("session=s1"));

    let client = security::Client::new(security::Auth::bearer("access-token"));
    let request = client.list_items().build().unwrap();
    assert_eq!(
        header(&request, AUTHORIZATION.as_str()),
        Some("Bearer access-token")
    );
    // `security: []`: no credentials, whatever the client holds.
    let request = client.health().build().unwrap();
    assert_eq!(header(&request, AUTHORIZATION.as_str()), None);

    let client = security::Client::new(security::Auth::basic("u", "p"));
    let request = client.get_session().build().unwrap();
    assert_eq!(header(&request, AUTHORIZATION.as_str()), Some("Basic dTpw"));
}

#[test]
fn an_api_key_never_appears_in_debug_output() {
    let credentials = Credentials::ApiKey {
        location: switchboard_runtime::__private::ApiKeyLocation::Query,
        name: "api_key".into(),
        key: "secret-key".into(),
    };
    let shown = format!("{credentials:?}");
    assert!(!shown.contains("secret-key"), "{shown}");
    let client = security::Client::new(security::Auth::query_key("secret-key"));
    assert!(!format!("{client:?}").contains("secret-key"));
}

// ---- names, refs, servers --------------------------------------------------

#[test]
fn operations_without_ids_are_named_from_method_and_path() {
    let client = derived_names::Client::new(derived_names::Auth::none());
    assert_eq!(derived_names::Client::DEFAULT_BASE_URL, "http://localhost");
    let request = client.get_users_user_id_posts("u/1").build().unwrap();
    assert_eq!(request.uri(), "http://localhost/users/u%2F1/posts");
    let body = derived_names::Option2 {
        serialize: "s".into(),
        vec: Some(derived_names::Vec2::B),
    };
    let request = client.post_users_user_id_posts("u1", body).build().unwrap();
    assert_eq!(body_text(&request), r#"{"Serialize":"s","Vec":"b"}"#);
    for request in [
        client.get_info_0_json().build(),
        client.get_thing().build(),
        client.get_thing2().build(),
        client.r#type().build(),
        client.n2fa_check().build(),
        client.count_items_v2().build(),
        client.with_timeout2().build(),
        client.get_g().build(),
    ] {
        assert_eq!(request.unwrap().method(), Method::GET);
    }
    let string: derived_names::String2 = decode(json!({
        "$ref": "r", "@id": "i", "first name": "f", "---": "v"
    }));
    assert_eq!(
        (
            string.r#ref.as_deref(),
            string.id.as_deref(),
            string.first_name.as_deref()
        ),
        (Some("r"), Some("i"), Some("f"))
    );
    assert_eq!(string.value.as_deref(), Some("v"));
}

#[test]
fn refs_of_every_kind_resolve_and_operation_parameters_replace_path_ones() {
    assert_eq!(refs::Client::DEFAULT_BASE_URL, "http://localhost/api/v2");
    let client =
        refs::Client::new(refs::Auth::none()).with_base_url("https://pets.example.test/api/v2");
    let request = client
        .get_pet("p1")
        .verbose(refs::GetPetVerbose::Yes)
        .include(vec!["owner".into(), "toys".into()])
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://pets.example.test/api/v2/pets/p1?verbose=yes&include=owner&include=toys"
    );
    // The path's `verbose` (a boolean) is kept for the operation that does
    // not replace it.
    let pet: refs::Pet = decode(json!({"name": "Rex"}));
    let request = client.put_pet("p1", pet).verbose(true).build().unwrap();
    assert_eq!(
        request.uri(),
        "https://pets.example.test/api/v2/pets/p1?verbose=true"
    );
    let (code, error) = api_body(refs::builders::GetPet::decode(
        status(500),
        &replying("application/json"),
        br#"{"message":"down"}"#,
    ));
    assert_eq!((code, error.message.as_deref()), (500, Some("down")));
    let owner = refs::builders::GetOwner::decode(
        status(200),
        &replying("application/json"),
        br#"{"id":7}"#,
    );
    assert_eq!(owner.unwrap().id, Some(7));
}

#[test]
fn a_document_without_operations_is_its_schemas() {
    let cat: schemas_only::Cat = decode(json!({"petType": "cat", "name": "Tom"}));
    assert_eq!(cat.pet_type, "cat");
    assert_eq!(
        decode::<schemas_only::Color>(json!("red")),
        schemas_only::Color::Red
    );
    let _client = schemas_only::Client::new(schemas_only::Auth::none());
}

// ---- the generator's own guarantees ----------------------------------------

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

#[test]
fn curated_specs_generate_without_warnings() {
    for entry in std::fs::read_dir(root().join("specs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|ext| ext != "yaml") {
            continue;
        }
        let relative = path.strip_prefix(root()).unwrap();
        let api = switchboard_codegen::api(root(), relative).unwrap();
        assert_eq!(api.warnings, Vec::new(), "{}", relative.display());
    }
}

#[test]
fn a_refused_spec_gives_an_error_and_no_files() {
    let text =
        std::fs::read_to_string(root().join("tests/fixtures/invalid/http_digest.yaml")).unwrap();
    let options = switchboard_codegen::standalone::Options {
        crate_name: "http-digest".into(),
        runtime: switchboard_codegen::standalone::Runtime::Version("0.1".into()),
        own_workspace: true,
        spec_label: "http_digest.yaml".into(),
        max_lines: switchboard_codegen::standalone::DEFAULT_MAX_LINES,
        features: switchboard_codegen::standalone::FeatureMode::default(),
    };
    let outcome =
        switchboard_codegen::standalone::generate(Path::new("http_digest.yaml"), &text, &options);
    let error = outcome.expect_err("refused");
    assert_eq!(error.pointer, "#/components/securitySchemes/digest");
    assert!(error.to_string().starts_with("http_digest.yaml: at #/components/securitySchemes/digest: HTTP `digest` authentication cannot be sent"));
}

#[test]
fn a_skipped_security_alternative_is_a_warning() {
    let api = switchboard_codegen::api(root(), Path::new("tests/fixtures/security.yaml")).unwrap();
    assert_eq!(api.warnings.len(), 1, "{:?}", api.warnings);
    assert_eq!(
        api.warnings[0].pointer,
        "#/components/securitySchemes/digest"
    );
}

#[test]
fn accept_and_content_type_headers_are_the_spec_media_types() {
    let client = values::Client::new(values::Auth::none());
    let request = client.get_settings().build().unwrap();
    assert_eq!(header(&request, ACCEPT.as_str()), Some("application/json"));
}
