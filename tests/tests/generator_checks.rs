//! Parameter constraints that no value can meet (bounds that overflow when
//! made inclusive, a minimum above the maximum, a minimum length above the
//! maximum, more items required than allowed) are warned about and not checked by the client: the server
//! decides. Before, the generator panicked on the overflow, or built an
//! operation that refused every value. A length on binary content (bytes,
//! not characters) is warned about and left to the server too, and a bare
//! carriage return in a description ends a doc line.

use std::path::Path;

use switchboard_tests::golden::impossible_checks;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
}

#[test]
fn impossible_constraints_are_warnings_not_panics() {
    let api = switchboard_codegen::api(root(), Path::new("tests/fixtures/impossible_checks.yaml"))
        .expect("the spec generates");
    let pointers: Vec<&str> = api.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        [
            "#/paths/~1things/get/parameters/0/schema",
            "#/paths/~1things/get/parameters/1/schema",
            "#/paths/~1things/get/parameters/2/schema",
            "#/paths/~1things/get/parameters/3/schema",
            "#/paths/~1things/get/parameters/4/schema",
            "#/paths/~1uploads/post/requestBody/content/multipart~1form-data/schema/properties/file",
        ]
    );
    assert_eq!(
        api.warnings[5].message,
        "`minLength: 1`, `maxLength: 10` on binary content (`format: binary`) is not checked client-side: the server checks it"
    );
    assert_eq!(
        api.warnings[4].message,
        "`minItems` 3 is more than `maxItems` 1: no value fits, so the number of items is not checked client-side"
    );
    assert!(
        api.warnings
            .iter()
            .all(|w| w.message.contains("not checked client-side"))
    );
}

#[test]
fn values_an_impossible_constraint_would_refuse_are_sent() {
    let client = impossible_checks::Client::new(impossible_checks::Auth::none());
    let request = client
        .list_things()
        .below(i64::MIN)
        .above(i64::MAX)
        .inverted(7)
        .code("abc")
        .tags(vec!["a".to_owned(), "b".to_owned()])
        .build()
        .expect("nothing is checked that no value could pass");
    assert_eq!(
        request.uri(),
        "https://api.example.test/v1/things?below=-9223372036854775808&above=9223372036854775807&inverted=7&code=abc&tags=a&tags=b"
    );
}

#[test]
fn any_number_of_items_is_sent_when_more_are_required_than_allowed() {
    let client = impossible_checks::Client::new(impossible_checks::Auth::none());
    for count in [0, 1, 2, 3, 4] {
        let tags: Vec<String> = (0..count).map(|i| format!("t{i}")).collect();
        let request = client
            .list_things()
            .tags(tags.clone())
            .build()
            .unwrap_or_else(|error| panic!("{count} items: {error}"));
        let query: String = tags.iter().map(|t| format!("tags={t}&")).collect();
        let query = query.trim_end_matches('&');
        let expected = match query {
            "" => "https://api.example.test/v1/things".to_owned(),
            query => format!("https://api.example.test/v1/things?{query}"),
        };
        assert_eq!(request.uri(), expected.as_str());
    }
}

#[test]
fn a_satisfiable_exclusive_range_is_still_checked() {
    let client = impossible_checks::Client::new(impossible_checks::Auth::none());
    assert!(client.list_things().page(1).build().is_ok());
    assert!(client.list_things().page(100).build().is_ok());
    for refused in [0, 101] {
        let error = client.list_things().page(refused).build().unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with(&format!("parameter `page` = `{refused}`")),
            "{error}"
        );
    }
}

#[test]
fn a_length_on_binary_content_is_left_to_the_server() {
    let client = impossible_checks::Client::new(impossible_checks::Auth::none());
    for bytes in [&b""[..], b"0123456789abcdef"] {
        let body = impossible_checks::types::UploadThingBody::new(bytes.to_vec());
        let request = client
            .upload_thing(body)
            .build()
            .unwrap_or_else(|error| panic!("{} bytes: {error}", bytes.len()));
        assert_eq!(request.method(), "POST");
        assert_eq!(request.uri(), "https://api.example.test/v1/uploads");
        let sent = request.body();
        let needle = b"name=\"file\"";
        assert!(
            sent.windows(needle.len()).any(|w| w == needle),
            "the file part is sent: {}",
            String::from_utf8_lossy(sent)
        );
    }
}

#[test]
fn bare_carriage_returns_in_descriptions_become_line_ends() {
    let builders =
        std::fs::read_to_string(root().join("tests/src/golden/impossible_checks/builders.rs"))
            .expect("the golden builders are committed");
    assert!(!builders.contains('\r'));
    assert!(builders.contains(
        "/// Uploads a file.\n/// Old Mac line ends\n///\n/// or Windows ones\n/// are line ends.\n"
    ));
}
