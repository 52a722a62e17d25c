//! What the client does with what real providers publish and the generator
//! used to refuse, tested on the compiled fixture modules: parameters
//! described by `content`, patterns the client cannot check, wildcard and
//! malformed media types, lists and maps that contain themselves, path keys
//! with a query, OpenAPI 3.1 constructs, and types from the other files of
//! a multi-file spec. No network: `build()` and `decode()` only.

use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderValue, StatusCode};
use switchboard_tests::golden::{
    content_params, lenient, multi_file, openapi_31, path_query, self_containing,
    unchecked_patterns, wildcard_media,
};

fn headers(content_type: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_str(content_type).unwrap());
    headers
}

fn ok() -> StatusCode {
    StatusCode::OK
}

#[test]
fn a_parameter_described_by_json_content_goes_out_as_its_json_text() {
    let client = content_params::Client::new(content_params::Auth::none());
    let request = client
        .list_files(content_params::Selector {
            drive: "d 1".to_owned(),
        })
        .filter(content_params::ListFilesFilter {
            folder: Some("a/b".to_owned()),
            size: Some(3),
        })
        .x_tags(vec!["x".to_owned(), "y".to_owned()])
        .note("plain")
        .build()
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/files/%7B%22drive%22%3A%22d%201%22%7D\
         ?filter=%7B%22folder%22%3A%22a%2Fb%22%2C%22size%22%3A3%7D&note=plain"
    );
    assert_eq!(request.headers()["x-tags"], r#"["x","y"]"#);
}

#[test]
fn a_pattern_the_client_cannot_check_is_left_to_the_server_and_the_rest_is_checked() {
    let client = unchecked_patterns::Client::new(unchecked_patterns::Auth::none());
    // `^(?!-)…` would refuse a leading `-`: the client cannot tell, the server does.
    let request = client.get_app("-leading").code("aa").build().unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/apps/-leading?code=aa"
    );
    // The same parameter's `maxLength`, and another parameter's pattern, still are.
    let too_long = client.get_app("a").name("abcdefghijk").build();
    assert!(too_long.is_err(), "{too_long:?}");
    let bad_region = client.get_app("a").region("eu-west").build();
    assert!(bad_region.is_err(), "{bad_region:?}");
    assert!(client.get_app("a").region("eu-west-1").build().is_ok());
}

#[test]
fn a_reply_under_a_wildcard_decodes_by_its_schema() {
    let bytes = wildcard_media::builders::DownloadDocument::decode(
        ok(),
        &headers("application/pdf"),
        b"%PDF-1.7",
    )
    .unwrap();
    assert_eq!(bytes.as_ref(), b"%PDF-1.7");
    let document = wildcard_media::builders::GetDocument::decode(
        ok(),
        &headers("application/json"),
        br#"{"id":"d1","name":"Lease"}"#,
    )
    .unwrap();
    assert_eq!(document.id.as_deref(), Some("d1"));
    let token = wildcard_media::builders::CreateToken::decode(
        ok(),
        &headers("application/json"),
        br#"{"access_token":"t"}"#,
    )
    .unwrap();
    assert_eq!(token.access_token.as_deref(), Some("t"));
}

#[test]
fn text_under_a_text_wildcard_is_text_and_json_is_json() {
    let decode = |content_type: &str, body: &[u8]| {
        wildcard_media::builders::GetNote::decode(ok(), &headers(content_type), body)
            .unwrap()
            .into_body()
    };
    assert_eq!(decode("text/markdown", b"# Note"), "# Note");
    assert_eq!(decode("application/json", br#""quoted""#), "quoted");
}

#[test]
fn a_body_under_a_name_that_is_no_media_type_is_sent_as_what_it_is() {
    let client = wildcard_media::Client::new(wildcard_media::Auth::none());
    let request = client
        .create_token(wildcard_media::Document::default())
        .build()
        .unwrap();
    assert_eq!(request.headers()[CONTENT_TYPE], "application/json");
    assert_eq!(request.headers()["accept"], "*/*");
}

#[test]
fn lists_and_maps_that_contain_themselves_are_their_json() {
    let nested: self_containing::Nested = serde_json::from_str("[[[]],[]]").unwrap();
    assert_eq!(nested.0.len(), 2);
    assert_eq!(nested.0[0].0[0], self_containing::Nested::default());
    assert_eq!(serde_json::to_string(&nested).unwrap(), "[[[]],[]]");
    let tree: self_containing::Tree = serde_json::from_str(r#"{"a":{"b":{}}}"#).unwrap();
    assert_eq!(serde_json::to_string(&tree).unwrap(), r#"{"a":{"b":{}}}"#);
    let configurations: self_containing::ConfigurationList = serde_json::from_str(
        r#"[{"classification":"spark","configurations":[{"classification":"env"}]}]"#,
    )
    .unwrap();
    let inner = configurations.0[0].configurations.as_ref().unwrap();
    assert_eq!(inner.0[0].classification, "env");
}

#[test]
fn a_path_key_with_a_query_keeps_its_pairs_and_adds_more_with_an_ampersand() {
    let client = path_query::Client::new(path_query::Auth::none());
    let request = client.list_rides(2, 50).sort("date").build().unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/rides?page=2&per_page=50&sort=date"
    );
    let request = client.search_articles("rust lang").build().unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/search/articles?query=rust%20lang"
    );
    assert_eq!(
        client.upload().build().unwrap().uri(),
        "https://api.example.test/v1/uploads"
    );
}

#[test]
fn what_openapi_31_says_decodes_as_it_says() {
    let pet: openapi_31::Pet = serde_json::from_str(
        r#"{"id":1,"kind":"pet","name":"Rex","tag":null,"age":"about 3","anything":[1],"position":[1.5,2]}"#,
    )
    .unwrap();
    assert_eq!(pet.kind, openapi_31::PetKind::Pet);
    assert_eq!(pet.tag, Some(None));
    assert_eq!(
        pet.age,
        Some(openapi_31::PetAge::String("about 3".to_owned()))
    );
    assert_eq!(pet.position.as_ref().map(Vec::len), Some(2));
    let pet: openapi_31::Pet =
        serde_json::from_str(r#"{"id":2,"kind":"pet","name":"Fido","age":3}"#).unwrap();
    assert_eq!(pet.age, Some(openapi_31::PetAge::Integer(3)));
}

#[test]
fn numeric_exclusive_bounds_of_openapi_31_are_checked() {
    let client = openapi_31::Client::new(openapi_31::Auth::none());
    assert!(client.list_pets().limit(0).build().is_err());
    assert!(client.list_pets().limit(101).build().is_err());
    let request = client.list_pets().limit(1).cursor("c").build().unwrap();
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/pets?limit=1&cursor=c"
    );
}

#[test]
fn types_from_the_other_files_of_a_spec_decode() {
    let pet = multi_file::builders::GetPet::decode(
        ok(),
        &headers("application/json"),
        br#"{"id":7,"name":"Rex","owner":{"name":"Ann"},"status":"sold"}"#,
    )
    .unwrap();
    assert_eq!(pet.status, Some(multi_file::Status::Sold));
    assert_eq!(
        pet.owner.as_ref().and_then(|o| o.name.as_deref()),
        Some("Ann")
    );
    let error = multi_file::builders::GetPet::decode(
        StatusCode::NOT_FOUND,
        &headers("application/json"),
        br#"{"code":"not_found","message":"no pet 7"}"#,
    );
    match error {
        Err(switchboard_runtime::Error::Api(reply)) => match reply.body {
            multi_file::GetPetErrorBody::NotFound(body) => {
                assert_eq!(body.code, multi_file::Code::NotFound)
            }
            other => panic!("expected the 404's body, got {other:?}"),
        },
        other => panic!("expected the documented error, got {other:?}"),
    }
    // The `default` reply's body, and its property named `default`, come
    // from files only those keys lead to.
    let error = multi_file::builders::GetPet::decode(
        StatusCode::INTERNAL_SERVER_ERROR,
        &headers("application/json"),
        br#"{"default":{"reason":"disk full"},"enum":["a"]}"#,
    );
    match error {
        Err(switchboard_runtime::Error::Api(reply)) => match reply.body {
            multi_file::GetPetErrorBody::Default(fault) => {
                assert_eq!(fault.default.reason.as_deref(), Some("disk full"));
                assert_eq!(fault.r#enum, Some(vec!["a".to_owned()]));
            }
            other => panic!("expected the default reply's body, got {other:?}"),
        },
        other => panic!("expected the documented error, got {other:?}"),
    }
}

#[test]
fn a_header_http_does_not_allow_is_left_out_and_the_rest_is_sent() {
    let client = lenient::Client::new(lenient::Auth::none());
    let request = client
        .pick_thumbnail("v1", "00:01:00.000")
        .x_trace("a-trace-id-longer-than-ten")
        .build()
        .unwrap();
    assert_eq!(request.headers()["x-trace"], "a-trace-id-longer-than-ten");
    assert_eq!(request.body(), br#"{"timecode":"00:01:00.000"}"#);
}

#[test]
fn a_crate_too_large_to_compile_is_refused_at_its_paths() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let spec = root.join("tests/fixtures/path_query.yaml");
    let text = std::fs::read_to_string(&spec).unwrap();
    let options = |max_lines| switchboard_codegen::standalone::Options {
        crate_name: "rides".to_owned(),
        runtime: switchboard_codegen::standalone::Runtime::Version("0.1".to_owned()),
        own_workspace: true,
        spec_label: "path_query.yaml".to_owned(),
        max_lines,
        features: switchboard_codegen::standalone::FeatureMode::default(),
    };
    let generate =
        |max_lines| switchboard_codegen::standalone::generate(&spec, &text, &options(max_lines));
    let error = generate(100).expect_err("more than 100 lines");
    assert_eq!(error.pointer, "#/paths");
    assert!(error.hint.is_some());
    // Refused once the items written so far pass the limit, before the rest
    // are written: the message names the limit, not a count that depends
    // on which thread finished first, so it is the same on every run.
    let api = switchboard_codegen::api(
        &root,
        std::path::Path::new("tests/fixtures/path_query.yaml"),
    )
    .expect("the spec builds");
    let expected = format!(
        "the crate would have more than the 100 lines of Rust a crate may have ({} operations, {} types; counting stopped there)",
        api.operations.len(),
        api.types.len()
    );
    assert_eq!(error.message, expected);
    for _ in 0..8 {
        let again = generate(100).expect_err("more than 100 lines");
        assert_eq!(again.message, expected);
    }
    let whole = generate(switchboard_codegen::standalone::DEFAULT_MAX_LINES).expect("it fits");
    let lines: usize = whole
        .files
        .iter()
        .filter(|file| file.path.ends_with(".rs"))
        .map(|file| file.contents.lines().count())
        .sum();
    // One line short: every item is written, and the count is exact.
    let error = generate(lines - 1).expect_err("one line too many");
    assert!(
        error
            .message
            .starts_with(&format!("the crate would have {lines} lines of Rust (")),
        "{}",
        error.message
    );
    assert!(generate(lines).is_ok());
}

#[test]
fn accept_content_type_and_authorization_parameters_are_ignored_with_a_warning_each() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let api = switchboard_codegen::api(&root, std::path::Path::new("tests/fixtures/lenient.yaml"))
        .expect("the spec generates");
    let ignored: Vec<(&str, &str)> = api
        .warnings
        .iter()
        .filter(|w| w.message.starts_with("header parameter"))
        .map(|w| (w.pointer.as_str(), w.message.as_str()))
        .collect();
    let at = |i: usize| format!("#/paths/~1videos~1{{id}}~1thumbnail/patch/parameters/{i}");
    let (accept, content_type, authorization) = (at(4), at(5), at(6));
    assert_eq!(
        ignored,
        [
            (
                accept.as_str(),
                "header parameter `Accept` is ignored, as OpenAPI says: the client sets that \
                 header itself, from the media types of the operation's responses"
            ),
            (
                content_type.as_str(),
                "header parameter `Content-Type` is ignored, as OpenAPI says: the client sets \
                 that header itself, from the media type of the request body"
            ),
            (
                authorization.as_str(),
                "header parameter `authorization` is ignored, as OpenAPI says: the client sets \
                 that header itself, from the client's credentials"
            ),
        ]
    );
    // No argument for the required `Accept`, no setter for any of them: the
    // request carries only what the client sets.
    let client = lenient::Client::new(lenient::Auth::none());
    let request = client.pick_thumbnail("v1", "00:01:00.000").build().unwrap();
    let names: Vec<&str> = request.headers().keys().map(|name| name.as_str()).collect();
    assert_eq!(names, ["content-type"]);
    // The body's media type, as the spec gives it.
    assert_eq!(request.headers()[CONTENT_TYPE], "application/json");
}
