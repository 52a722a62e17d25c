//! Wire tests for `switchboard::convirza`, checked against `specs/convirza.yaml`
//! read at test time: every operation's request built from the documented
//! values (snapshotted byte for byte), every documented response example
//! decoded and re-encoded, the one-field PATCH, and tolerance of replies the
//! spec does not describe.

use std::collections::BTreeSet;
use std::path::Path;

use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::Serialize;
use serde_json::{Value, json};
use switchboard::convirza::{self, builders, types};
use switchboard::{Error, Response};

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
    for example in spec.operation("createProvisionedRoute").request_examples() {
        let body: types::ProvisionedRouteCreate = from_example(&example);
        out.push(built(
            "createProvisionedRoute",
            Some(example.key),
            "",
            client.create_provisioned_route(body).build(),
        ));
    }
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
    let mut compared = 0;
    for built in requests(&spec) {
        let Some(key) = built.example.as_deref() else {
            continue;
        };
        let documented = if key == "createRouteFullConfiguration" {
            create_example_as_sent(&spec)
        } else {
            spec.operation(built.operation)
                .request_examples()
                .into_iter()
                .find(|example| example.key == key)
                .expect("example")
                .value
        };
        let sent: Value = serde_json::from_slice(built.request.body()).expect("JSON body");
        assert_eq!(sent, documented, "{} example `{key}`", built.operation);
        compared += 1;
    }
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

fn decoders() -> Vec<(&'static str, Decode)> {
    vec![
        entry("listProvisionedRoutes", |status, headers, body| {
            outcome(builders::ListProvisionedRoutes::decode(
                status, headers, body,
            ))
        }),
        entry("createProvisionedRoute", |status, headers, body| {
            outcome(builders::CreateProvisionedRoute::decode(
                status, headers, body,
            ))
        }),
        entry("getProvisionedRoute", |status, headers, body| {
            outcome(builders::GetProvisionedRoute::decode(status, headers, body))
        }),
        entry("replaceProvisionedRoute", |status, headers, body| {
            outcome(builders::ReplaceProvisionedRoute::decode(
                status, headers, body,
            ))
        }),
        entry("patchProvisionedRoute", |status, headers, body| {
            outcome(builders::PatchProvisionedRoute::decode(
                status, headers, body,
            ))
        }),
        entry("deleteProvisionedRoute", |status, headers, body| {
            outcome(builders::DeleteProvisionedRoute::decode(
                status, headers, body,
            ))
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
