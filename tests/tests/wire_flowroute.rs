//! Wire tests for `switchboard::flowroute`, checked against
//! `specs/flowroute.yaml` read at test time: every operation's request built
//! from the documented values (snapshotted byte for byte), every documented
//! response example decoded and re-encoded, the flat JSON:API patch with its
//! fixed `"type":"number"`, HTTP Basic auth, the `application/vnd.api+json`
//! media type, the `default` error response, and a real round trip over HTTP.

use std::collections::BTreeSet;
use std::path::Path;
use std::time::Duration;

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::Serialize;
use serde_json::{Value, json};
use switchboard::flowroute::{self, builders, types};
use switchboard::{Error, Response};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

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
        let sent: Value = serde_json::from_slice(built.request.body()).expect("JSON body");
        assert_eq!(sent, documented, "{} example `{key}`", built.operation);
        compared += 1;
    }
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
    let request = client().get_number("1206/555?x").build().unwrap();
    assert_eq!(
        request.uri().to_string(),
        "https://api.flowroute.com/v2/numbers/1206%2F555%3Fx"
    );
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

fn decoders() -> Vec<(&'static str, Decode)> {
    vec![
        entry("listNumbers", |status, headers, body| {
            outcome(builders::ListNumbers::decode(status, headers, body))
        }),
        entry("getNumber", |status, headers, body| {
            outcome(builders::GetNumber::decode(status, headers, body))
        }),
        entry("purchaseNumber", |status, headers, body| {
            outcome(builders::PurchaseNumber::decode(status, headers, body))
        }),
        entry("patchNumber", |status, headers, body| {
            outcome(builders::PatchNumber::decode(status, headers, body))
        }),
        entry("releaseNumber", |status, headers, body| {
            outcome(builders::ReleaseNumber::decode(status, headers, body))
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
fn release_answers_204_without_a_body() {
    let response = builders::ReleaseNumber::decode(StatusCode::NO_CONTENT, &HeaderMap::new(), b"")
        .expect("204 is the documented success");
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    assert_eq!(*response.body(), ());
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
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().unwrap();
    let reply = serde_json::to_vec(&documented_number()).unwrap();
    let server = serve_once(listener, "200 OK", JSON_API, reply);
    let client = client()
        .with_http_client(reqwest::Client::builder().no_proxy().build().unwrap())
        .with_base_url(format!("http://{addr}"));
    let send = client
        .patch_number("12023819746")
        .messaging_enabled(true)
        .messaging_callback_url("http://my-callback.com")
        .send();
    let (response, received) =
        tokio::time::timeout(Duration::from_secs(5), async { tokio::join!(send, server) })
            .await
            .expect("the exchange finishes within 5 s");

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
