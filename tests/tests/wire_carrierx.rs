//! Wire tests for `switchboard::carrierx`, checked against `specs/carrierx.yaml`
//! read at test time: every operation's request built from the documented
//! values (snapshotted byte for byte), every documented response example
//! decoded and re-encoded, PATCH semantics (leave / clear / set, and
//! `nested_objects=replace`), PUT sending only the writable fields, tolerance,
//! and a real round trip over HTTP with a bearer token.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::Serialize;
use serde_json::{Value, json};
use switchboard::carrierx::{self, builders, types};
use switchboard::{Error, Response};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

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

/// A request built the way a user would, from one documented example.
struct Built {
    operation: &'static str,
    /// The request example it reproduces, if the operation documents one.
    example: Option<String>,
    /// Where the values come from, when that is not (only) the example.
    note: &'static str,
    request: http::Request<Vec<u8>>,
}

fn built(
    operation: &'static str,
    example: Option<&str>,
    note: &'static str,
    request: Result<http::Request<Vec<u8>>, switchboard::BuildError>,
) -> Built {
    Built {
        operation,
        example: example.map(str::to_owned),
        note,
        request: request.unwrap_or_else(|error| panic!("{operation}: {error}")),
    }
}

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
    for example in spec.operation("createPartner").request_examples() {
        let body: types::PartnerCreate = from_example(&example);
        out.push(built(
            "createPartner",
            Some(example.key),
            "",
            client.create_partner(body).build(),
        ));
    }
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
        "no request example: the Get Partner by SID 200 example, read and sent back",
        client
            .replace_partner(sid, types::PartnerInput::from(documented_partner(spec)))
            .build(),
    ));
    out
}

#[test]
fn every_operation_is_built_and_decoded() {
    let spec = Spec::load(SPEC_FILE);
    let in_spec: BTreeSet<&str> = spec.operations().iter().map(|op| op.id).collect();
    let decoded: BTreeSet<&str> = decoders().iter().map(|(id, _)| *id).collect();
    assert_eq!(decoded, in_spec, "the decode table must cover the spec");
    let built = requests(&spec);
    let requested: BTreeSet<&str> = built.iter().map(|b| b.operation).collect();
    assert_eq!(requested, in_spec, "every operation needs a built request");
    for op in spec.operations() {
        for example in op.request_examples() {
            assert!(
                built
                    .iter()
                    .any(|b| b.operation == op.id && b.example.as_deref() == Some(example.key)),
                "{}: request example `{}` is not reproduced",
                op.id,
                example.key
            );
        }
    }
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
    let mut compared = 0;
    for built in requests(&spec) {
        let Some(key) = built.example.as_deref() else {
            continue;
        };
        let documented = spec
            .operation(built.operation)
            .request_examples()
            .into_iter()
            .find(|example| example.key == key)
            .expect("example")
            .value;
        if key == "createPartner" {
            // `charge_at` is `type: number`: the documented `20` goes out as `20`.
            assert_eq!(documented["charge_at"], json!(20));
        }
        let sent: Value = serde_json::from_slice(built.request.body()).expect("JSON body");
        assert_eq!(sent, documented, "{} example `{key}`", built.operation);
        compared += 1;
    }
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

#[test]
fn put_sends_every_writable_field_and_no_read_only_one() {
    let spec = Spec::load(SPEC_FILE);
    let read_only: Vec<&str> = spec.doc["components"]["schemas"]["Partner"]["properties"]
        .as_object()
        .expect("Partner properties")
        .iter()
        .filter(|(_, schema)| schema["readOnly"] == json!(true))
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(
        read_only.len(),
        16,
        "the spec's 16 read-only Partner fields"
    );

    let built = requests(&spec);
    let put = built
        .iter()
        .find(|b| b.operation == "replacePartner")
        .expect("replacePartner request");
    let sent: Value = serde_json::from_slice(put.request.body()).expect("JSON body");
    let mut expected = spec
        .operation("getPartner")
        .response_examples()
        .into_iter()
        .find(|example| example.status == Some("200"))
        .expect("documented 200")
        .value;
    for field in &read_only {
        expected.as_object_mut().unwrap().remove(*field);
    }
    assert_eq!(sent, expected);
    assert_eq!(sent.as_object().unwrap().len(), 15);
    // Nullable writable fields go out as explicit nulls: PUT replaces them.
    assert_eq!(sent["address1"], Value::Null);
}

// ---------------------------------------------------------------------------
// Responses: every documented example through the operation's decode()
// ---------------------------------------------------------------------------

fn decoders() -> Vec<(&'static str, Decode)> {
    vec![
        entry("listPartners", |status, headers, body| {
            outcome(builders::ListPartners::decode(status, headers, body))
        }),
        entry("createPartner", |status, headers, body| {
            outcome(builders::CreatePartner::decode(status, headers, body))
        }),
        entry("getPartner", |status, headers, body| {
            outcome(builders::GetPartner::decode(status, headers, body))
        }),
        entry("patchPartner", |status, headers, body| {
            outcome(builders::PatchPartner::decode(status, headers, body))
        }),
        entry("replacePartner", |status, headers, body| {
            outcome(builders::ReplacePartner::decode(status, headers, body))
        }),
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
        types::PartnerPaymentType::Unknown("invoice".into())
    );
    let acl = &response.parent_assigned_acls[0];
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
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().unwrap();
    let server = serve_once(
        listener,
        "200 OK",
        "application/json; charset=utf-8",
        serde_json::to_vec(&updated).unwrap(),
    );
    let client = client()
        .with_http_client(reqwest::Client::builder().no_proxy().build().unwrap())
        .with_base_url(format!("http://{addr}"));
    let send = client
        .patch_partner("ed437757-001d-4ecc-aa5a-efdf5e50dba0")
        .address1("4300 E Pacific Coast Hwy")
        .clear_address2()
        .nested_objects(types::NestedObjects::Replace)
        .send();
    let (response, received) =
        tokio::time::timeout(Duration::from_secs(5), async { tokio::join!(send, server) })
            .await
            .expect("the exchange finishes within 5 s");

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
    assert_eq!(response.partner_sid, "ed437757-001d-4ecc-aa5a-efdf5e50dba0");
    assert_eq!(
        response.address1.as_deref(),
        Some("4300 E Pacific Coast Hwy")
    );
    assert_eq!(response.address2, None);
    assert_eq!(
        response.headers()[CONTENT_TYPE],
        "application/json; charset=utf-8"
    );
}

// ---------------------------------------------------------------------------
// Helpers (each wire_<provider>.rs carries its own copy: test files in tests/
// are separate crates)
// ---------------------------------------------------------------------------

/// The provider's spec, parsed at test time; local `$ref`s are followed on demand.
struct Spec {
    doc: Value,
}

/// One operation of the spec.
struct Operation<'a> {
    spec: &'a Spec,
    id: &'a str,
    item: &'a Value,
    op: &'a Value,
}

/// One documented example: its status (responses only), media type, key and value.
struct Example<'a> {
    status: Option<&'a str>,
    media: &'a str,
    key: &'a str,
    value: Value,
}

impl Spec {
    fn load(file: &str) -> Spec {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../specs")
            .join(file);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let doc = serde_yaml::from_str(&text)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        Spec { doc }
    }

    /// `value`, or what its `$ref` (or chain of them) points to.
    fn resolve<'a>(&'a self, mut value: &'a Value) -> &'a Value {
        while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
            let pointer = reference
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("external $ref {reference}"));
            value = self
                .doc
                .pointer(pointer)
                .unwrap_or_else(|| panic!("dangling $ref {reference}"));
        }
        value
    }

    fn operations(&self) -> Vec<Operation<'_>> {
        let mut out = Vec::new();
        for item in self.doc["paths"].as_object().expect("paths").values() {
            let item = self.resolve(item);
            for method in [
                "get", "put", "post", "delete", "options", "head", "patch", "trace",
            ] {
                if let Some(op) = item.get(method) {
                    let id = op["operationId"].as_str().expect("operationId");
                    out.push(Operation {
                        spec: self,
                        id,
                        item,
                        op,
                    });
                }
            }
        }
        out
    }

    fn operation(&self, id: &str) -> Operation<'_> {
        self.operations()
            .into_iter()
            .find(|op| op.id == id)
            .unwrap_or_else(|| panic!("no operation {id} in the spec"))
    }
}

impl<'a> Operation<'a> {
    /// The documented example of a parameter (on the parameter or its schema).
    fn parameter_example(&self, name: &str) -> Value {
        let parameters = [self.item.get("parameters"), self.op.get("parameters")];
        let parameter = parameters
            .into_iter()
            .flatten()
            .flat_map(|list| list.as_array().expect("parameters"))
            .map(|parameter| self.spec.resolve(parameter))
            .find(|parameter| parameter["name"] == name)
            .unwrap_or_else(|| panic!("{}: no parameter {name}", self.id));
        parameter
            .get("example")
            .or_else(|| self.spec.resolve(&parameter["schema"]).get("example"))
            .unwrap_or_else(|| panic!("{}: parameter {name} has no example", self.id))
            .clone()
    }

    fn request_examples(&self) -> Vec<Example<'a>> {
        match self.op.get("requestBody") {
            Some(body) => examples_in(self.spec, None, &self.spec.resolve(body)["content"]),
            None => Vec::new(),
        }
    }

    fn response_examples(&self) -> Vec<Example<'a>> {
        let mut out = Vec::new();
        for (status, response) in self.op["responses"].as_object().expect("responses") {
            if let Some(content) = self.spec.resolve(response).get("content") {
                out.extend(examples_in(self.spec, Some(status), content));
            }
        }
        out
    }

    /// Documented statuses (and `default`) with whether they have a body.
    fn statuses(&self) -> Vec<(&'a str, bool)> {
        let responses = self.op["responses"].as_object().expect("responses");
        responses
            .iter()
            .map(|(status, response)| {
                let content = self.spec.resolve(response).get("content");
                (status.as_str(), content.is_some())
            })
            .collect()
    }

    /// The HTTP status to send for a documented status key (`default`: one
    /// the operation does not list).
    fn status_code(&self, key: &str) -> StatusCode {
        if key != "default" {
            return key.parse().expect("status");
        }
        let listed: Vec<&str> = self.statuses().iter().map(|(status, _)| *status).collect();
        ["500", "400", "422", "503"]
            .into_iter()
            .find(|status| !listed.contains(status))
            .expect("a free status")
            .parse()
            .unwrap()
    }
}

fn examples_in<'a>(
    spec: &'a Spec,
    status: Option<&'a str>,
    content: &'a Value,
) -> Vec<Example<'a>> {
    let mut out = Vec::new();
    for (media, media_type) in content.as_object().expect("content") {
        if let Some(value) = media_type.get("example") {
            out.push(Example {
                status,
                media,
                key: "example",
                value: value.clone(),
            });
        }
        let examples = media_type.get("examples").and_then(Value::as_object);
        for (key, example) in examples.into_iter().flatten() {
            out.push(Example {
                status,
                media,
                key,
                value: spec.resolve(example)["value"].clone(),
            });
        }
    }
    out
}

/// A documented request example deserialized into the operation's body type.
fn from_example<T: serde::de::DeserializeOwned>(example: &Example<'_>) -> T {
    serde_json::from_value(example.value.clone())
        .unwrap_or_else(|error| panic!("example `{}`: {error}", example.key))
}

/// Method, full URL, every header (sorted) and the exact body bytes.
fn render(request: &http::Request<Vec<u8>>) -> String {
    let mut headers: Vec<String> = request
        .headers()
        .iter()
        .map(|(name, value)| format!("{name}: {}", value.to_str().expect("visible ASCII")))
        .collect();
    headers.sort();
    let body = if request.body().is_empty() {
        "(no body)".to_owned()
    } else {
        String::from_utf8(request.body().clone()).expect("UTF-8 body")
    };
    format!(
        "{} {}\n{}\n\n{body}\n",
        request.method(),
        request.uri(),
        headers.join("\n")
    )
}

/// Every request built for `operation`, each under a line naming its example.
fn render_all(built: &[Built], operation: &str) -> String {
    built
        .iter()
        .filter(|b| b.operation == operation)
        .map(|b| {
            let label = match (&b.example, b.note) {
                (Some(key), "") => format!("request example `{key}`"),
                (Some(key), note) => format!("request example `{key}`; {note}"),
                (None, note) => note.to_owned(),
            };
            format!("--- {label}\n{}", render(&b.request))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn snake_case(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn reply_headers(content_type: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_str(content_type).unwrap());
    headers
}

/// What a decode() gave, with bodies re-encoded as JSON for comparison.
#[derive(Debug, PartialEq)]
enum Outcome {
    /// A documented success.
    Ok(StatusCode, Value),
    /// `Error::Api`: a documented error.
    Api(StatusCode, Value),
    /// `Error::UnexpectedResponse`: status, raw body text and reason.
    Unexpected(StatusCode, String, String),
    /// Anything else (decode() never builds or sends).
    Other(String),
}

type Decode = fn(StatusCode, &HeaderMap, &[u8]) -> Outcome;

fn entry(operation: &'static str, decode: Decode) -> (&'static str, Decode) {
    (operation, decode)
}

fn outcome<T: Serialize, E: Serialize>(result: Result<Response<T>, Error<E>>) -> Outcome {
    match result {
        Ok(response) => Outcome::Ok(response.status(), reencode(response.body())),
        Err(Error::Api(api)) => Outcome::Api(api.status, reencode(&api.body)),
        Err(Error::UnexpectedResponse(reply)) => {
            Outcome::Unexpected(reply.status, reply.body.clone(), reply.reason.clone())
        }
        Err(other) => Outcome::Other(other.to_string()),
    }
}

fn reencode<T: Serialize>(body: &T) -> Value {
    serde_json::to_value(body).expect("a decoded body re-encodes")
}

/// Decodes every documented response example with its status and media type;
/// success examples must give `Ok`, error ones `Error::Api`, and the decoded
/// body must re-encode to the example. Returns one line per example.
fn check_response_examples(spec: &Spec, decoders: &[(&'static str, Decode)]) -> String {
    let mut inventory = Vec::new();
    for op in spec.operations() {
        let decode = decoders
            .iter()
            .find(|(id, _)| *id == op.id)
            .unwrap_or_else(|| panic!("{} has no decoder", op.id))
            .1;
        for example in op.response_examples() {
            let key = example.status.expect("response example");
            let status = op.status_code(key);
            let body = serde_json::to_vec(&example.value).unwrap();
            let got = decode(status, &reply_headers(example.media), &body);
            let (want, kind) = if status.is_success() {
                (Outcome::Ok(status, example.value.clone()), "Ok")
            } else {
                (Outcome::Api(status, example.value.clone()), "Error::Api")
            };
            assert_eq!(
                got, want,
                "{} {key} {} example `{}`",
                op.id, example.media, example.key
            );
            inventory.push(format!(
                "{} {key} {} `{}` -> {kind}",
                op.id, example.media, example.key
            ));
        }
    }
    assert!(!inventory.is_empty());
    inventory.join("\n")
}

/// For every operation: a body that is not JSON, under every documented status
/// that has one, and any body under an undocumented status, come back as
/// `Error::UnexpectedResponse` with the status and the (lossy UTF-8) raw text.
fn check_unexpected_replies(spec: &Spec, decoders: &[(&'static str, Decode)]) {
    let garbage: &[u8] = b"<html>\xff oops</html>";
    let garbage_text = "<html>\u{fffd} oops</html>";
    for op in spec.operations() {
        let decode = decoders
            .iter()
            .find(|(id, _)| *id == op.id)
            .expect("decoder")
            .1;
        let statuses = op.statuses();
        for (key, has_body) in &statuses {
            if !has_body {
                continue;
            }
            let status = op.status_code(key);
            match decode(status, &reply_headers("application/json"), garbage) {
                Outcome::Unexpected(got, body, reason) => {
                    assert_eq!(got, status, "{} {key}", op.id);
                    assert_eq!(body, garbage_text, "{} {key}", op.id);
                    assert!(
                        reason.contains("does not match"),
                        "{} {key}: {reason}",
                        op.id
                    );
                }
                other => panic!("{} {key}: {other:?}", op.id),
            }
        }
        let teapot = StatusCode::IM_A_TEAPOT;
        match decode(teapot, &reply_headers("text/plain"), b"short and stout") {
            Outcome::Unexpected(got, body, reason) => {
                assert_eq!(got, teapot, "{}", op.id);
                assert_eq!(body, "short and stout", "{}", op.id);
                assert!(!reason.is_empty());
            }
            // Only an operation with a `default` response may call it an API error.
            Outcome::Api(..) => panic!("{}: 418 is not documented", op.id),
            other => panic!("{}: {other:?}", op.id),
        }
    }
}

/// What the one-shot server read: the request line, the headers (names
/// lower-cased) and the body bytes.
struct Received {
    request_line: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Received {
    /// Every value sent for header `name`.
    fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(header, _)| header == name)
            .map(|(_, value)| value.as_str())
            .collect()
    }
}

/// Accepts one connection, reads one HTTP/1.1 request (its head, then
/// Content-Length bytes of body), answers `status` with `body`, and closes.
async fn serve_once(
    listener: TcpListener,
    status: &str,
    content_type: &str,
    body: Vec<u8>,
) -> Received {
    let (mut socket, _) = listener.accept().await.expect("accept");
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break at + 4;
        }
        let read = socket.read(&mut chunk).await.expect("read");
        assert!(read > 0, "the client closed inside the request head");
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8(buffer[..head_end].to_vec()).expect("ASCII head");
    let mut lines = head.split("\r\n").filter(|line| !line.is_empty());
    let request_line = lines.next().expect("request line").to_owned();
    let headers: Vec<(String, String)> = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("a header line");
            (name.trim().to_ascii_lowercase(), value.trim().to_owned())
        })
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .map_or(0, |(_, value)| value.parse().expect("Content-Length"));
    while buffer.len() < head_end + length {
        let read = socket.read(&mut chunk).await.expect("read");
        assert!(read > 0, "the client closed inside the body");
        buffer.extend_from_slice(&chunk[..read]);
    }
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    socket.write_all(head.as_bytes()).await.expect("write");
    socket.write_all(&body).await.expect("write");
    socket.shutdown().await.expect("shutdown");
    Received {
        request_line,
        headers,
        body: buffer[head_end..head_end + length].to_vec(),
    }
}
