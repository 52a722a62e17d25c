//! Wire tests for `switchboard::telegent`, checked against `specs/telegent.yaml`
//! read at test time: every operation's request built from the documented
//! example values (snapshotted byte for byte), every documented response example
//! decoded and re-encoded, patch semantics, and tolerance of what real servers
//! send (text/plain errors, unknown fields and enum values, both whitelist
//! spellings, bodies and statuses the spec does not describe).

use std::collections::BTreeSet;
use std::path::Path;

use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::Serialize;
use serde_json::{Value, json};
use switchboard::telegent::{self, builders, types};
use switchboard::{Error, Response};

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
    for example in spec.operation("createVoiceRoute").request_examples() {
        let body: types::CreateVoiceRouteBody = from_example(&example);
        out.push(built(
            "createVoiceRoute",
            Some(example.key),
            "",
            client.create_voice_route(body).build(),
        ));
    }
    out.push(built(
        "listAccountVoiceRoutes",
        None,
        "no parameters",
        client.list_account_voice_routes().build(),
    ));
    for example in spec.operation("generateApiToken").request_examples() {
        let body: types::GenerateApiTokenBody = from_example(&example);
        out.push(built(
            "generateApiToken",
            Some(example.key),
            "",
            client.generate_api_token(body).build(),
        ));
    }
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
        let sent: Value = serde_json::from_slice(built.request.body()).expect("JSON body");
        assert_eq!(sent, documented, "{} example `{key}`", built.operation);
        compared += 1;
    }
    assert_eq!(compared, 11, "4 update, 3 create and 4 token examples");
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

fn decoders() -> Vec<(&'static str, Decode)> {
    vec![
        entry("updateVoiceRoute", |status, headers, body| {
            outcome(builders::UpdateVoiceRoute::decode(status, headers, body))
        }),
        entry("getVoiceRoute", |status, headers, body| {
            outcome(builders::GetVoiceRoute::decode(status, headers, body))
        }),
        entry("createVoiceRoute", |status, headers, body| {
            outcome(builders::CreateVoiceRoute::decode(status, headers, body))
        }),
        entry("listAccountVoiceRoutes", |status, headers, body| {
            outcome(builders::ListAccountVoiceRoutes::decode(
                status, headers, body,
            ))
        }),
        entry("generateApiToken", |status, headers, body| {
            outcome(builders::GenerateApiToken::decode(status, headers, body))
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
        let types::UpdateVoiceRouteErrorBody::NotFound(body) = &api.body else {
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
            types::GetVoiceRouteErrorBody::Unauthorized(body) => body.message,
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
        Some(types::RouteType::Unknown("Workgroup".into()))
    );
    assert_eq!(
        route.trunk_transport1,
        Some(types::TrunkTransport::Unknown("WSS".into()))
    );
    let encoded = serde_json::to_value(route.body()).unwrap();
    assert_eq!(encoded["RouteType"], json!("Workgroup"));
    assert_eq!(encoded["TrunkTransport1"], json!("WSS"));
    // And an unknown value read back can be sent in an update as it came.
    let request = client()
        .update_voice_route(CRID)
        .route_type(route.route_type.clone().unwrap())
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
    let expected = Some(vec![types::IpWhitelistEntry {
        ip_address: Some("20.20.10.10".into()),
        ..Default::default()
    }]);
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
fn a_body_that_does_not_decode_is_unexpected_with_the_raw_text() {
    let raw = r#"{"CallRouteId":42,"AccountId":"AID-1"}"#;
    let result = builders::GetVoiceRoute::decode(
        StatusCode::OK,
        &reply_headers("application/json"),
        raw.as_bytes(),
    );
    let Err(Error::UnexpectedResponse(reply)) = result else {
        panic!("{result:?}");
    };
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, raw);
    assert!(
        reply
            .reason
            .starts_with("the body does not match the documented schema"),
        "{}",
        reply.reason
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
