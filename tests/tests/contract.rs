//! Contract tests: every operation of every spec, sent through the generated
//! client's real `send()` path (reqwest, auth set) to a Prism mock of that spec.
//!
//! Prism validates each request against the spec (path, query, headers, auth,
//! body) and answers 4xx with a violation list when it breaks the spec, so a
//! success here means the wire request is valid. Then, for every documented
//! error status, Prism is asked for it (`Prefer: code=…`) and the client must
//! return `Error::Api` with that status and the decoded provider error body.
//!
//! Run alone: `cargo test -p switchboard-tests --test contract` (Prism is
//! installed from `tests/contract/package-lock.json` if it is not there yet).

use std::collections::BTreeMap;
use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde_json::Value;
use switchboard::{Error, Response, carrierx, convirza, flowroute, telegent};
use switchboard_tests::prism::{Prism, workspace_root};

/// What a call came back with, reduced to what the contract checks.
#[derive(Debug)]
enum Outcome {
    /// A documented success status, decoded.
    Success(u16),
    /// A documented error status, decoded into the provider's error body.
    Api {
        status: u16,
        violations: String,
        body: String,
    },
    /// Anything else: the request was rejected in an undocumented way, a body
    /// did not decode, or nothing was sent.
    Failed(String),
}

impl Outcome {
    /// Enough to understand a failed check from the CI log alone.
    fn describe(&self) -> String {
        match self {
            Outcome::Success(status) => format!("success {status}"),
            Outcome::Api {
                status,
                violations,
                body,
            } => {
                format!("Error::Api {status}\n    violations: {violations}\n    body: {body}")
            }
            Outcome::Failed(reason) => reason.clone(),
        }
    }
}

fn outcome<T: Debug, E: Debug>(result: Result<Response<T>, Error<E>>) -> Outcome {
    match result {
        Ok(response) => Outcome::Success(response.status().as_u16()),
        Err(Error::Api(api)) => Outcome::Api {
            status: api.status.as_u16(),
            violations: violations(&api.headers),
            body: format!("{:?}", api.body),
        },
        Err(Error::UnexpectedResponse(reply)) => Outcome::Failed(format!(
            "unexpected response {}: {}\n    violations: {}\n    body: {}",
            reply.status,
            reply.reason,
            violations(&reply.headers),
            reply.body
        )),
        Err(other) => Outcome::Failed(format!("{other}")),
    }
}

/// Prism's list of what the request broke, from its `sl-violations` header.
fn violations(headers: &http::HeaderMap) -> String {
    headers
        .get("sl-violations")
        .and_then(|value| value.to_str().ok())
        .unwrap_or("none")
        .to_owned()
}

// ---- the documented examples of a spec ------------------------------------

/// One operation of a spec and its documented example values.
#[derive(Debug)]
struct Operation {
    id: String,
    /// Parameter name → its `example`.
    params: BTreeMap<String, Value>,
    /// The first example of the request body.
    body: Option<Value>,
    /// Status → the first example of that response.
    responses: BTreeMap<u16, Value>,
    /// Documented 4xx/5xx statuses.
    error_statuses: Vec<u16>,
}

impl Operation {
    fn param(&self, name: &str) -> &Value {
        self.params
            .get(name)
            .unwrap_or_else(|| panic!("{}: parameter `{name}` has no example in the spec", self.id))
    }

    fn text(&self, name: &str) -> String {
        match self.param(name) {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        }
    }

    fn body<T: DeserializeOwned>(&self) -> T {
        let body = self
            .body
            .clone()
            .unwrap_or_else(|| panic!("{}: no request example", self.id));
        typed(&self.id, body)
    }

    fn response<T: DeserializeOwned>(&self, status: u16) -> T {
        let example = self.responses.get(&status).cloned();
        let example =
            example.unwrap_or_else(|| panic!("{}: no {status} response example", self.id));
        typed(&self.id, example)
    }
}

fn typed<T: DeserializeOwned>(context: &str, value: Value) -> T {
    serde_json::from_value(value.clone())
        .unwrap_or_else(|error| panic!("{context}: the example does not decode ({error}): {value}"))
}

/// Every operation of `spec` (relative to the workspace root), in spec order.
fn operations(spec: &str) -> Vec<Operation> {
    let text = std::fs::read_to_string(workspace_root().join(spec)).expect("the spec is readable");
    let yaml: serde_yaml::Value = serde_yaml::from_str(&text).expect("the spec is YAML");
    let doc = to_json(yaml);
    let resolve = |value: &Value| -> Value {
        let mut value = value.clone();
        while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
            let pointer = reference.trim_start_matches('#');
            value = doc.pointer(pointer).cloned().unwrap_or(Value::Null);
        }
        value
    };
    let first_example = |media: &Value| -> Option<Value> {
        let media = resolve(media);
        if let Some(example) = media.get("example") {
            return Some(example.clone());
        }
        let examples = media.get("examples")?.as_object()?;
        examples.values().next().map(|example| {
            resolve(example)
                .get("value")
                .cloned()
                .unwrap_or(Value::Null)
        })
    };
    let mut found = Vec::new();
    for (_, item) in doc["paths"].as_object().expect("paths") {
        let item = resolve(item);
        for method in ["get", "put", "post", "delete", "patch"] {
            let Some(op) = item.get(method) else { continue };
            let mut params = BTreeMap::new();
            let listed = item["parameters"].as_array().into_iter().flatten();
            for param in listed.chain(op["parameters"].as_array().into_iter().flatten()) {
                let param = resolve(param);
                let example = param
                    .get("example")
                    .or_else(|| param["schema"].get("example"));
                if let (Some(name), Some(example)) = (param["name"].as_str(), example) {
                    params.insert(name.to_owned(), example.clone());
                }
            }
            let body = op.get("requestBody").map(&resolve).and_then(|body| {
                let content = body["content"].as_object()?;
                content.values().next().and_then(&first_example)
            });
            let mut responses = BTreeMap::new();
            let mut error_statuses = Vec::new();
            for (status, response) in op["responses"].as_object().into_iter().flatten() {
                let Ok(status) = status.parse::<u16>() else {
                    continue;
                };
                if status >= 400 {
                    error_statuses.push(status);
                }
                let response = resolve(response);
                let example = response["content"]
                    .as_object()
                    .and_then(|content| content.values().find_map(&first_example));
                if let Some(example) = example {
                    responses.insert(status, example);
                }
            }
            found.push(Operation {
                id: op["operationId"]
                    .as_str()
                    .expect("every operation has an id")
                    .to_owned(),
                params,
                body,
                responses,
                error_statuses,
            });
        }
    }
    found
}

/// YAML → JSON, with non-string keys (`200:`) as strings.
fn to_json(value: serde_yaml::Value) -> Value {
    match value {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(flag) => Value::Bool(flag),
        serde_yaml::Value::Number(number) => serde_json::to_value(number).unwrap_or(Value::Null),
        serde_yaml::Value::String(text) => Value::String(text),
        serde_yaml::Value::Sequence(items) => {
            Value::Array(items.into_iter().map(to_json).collect())
        }
        serde_yaml::Value::Mapping(map) => Value::Object(
            map.into_iter()
                .map(|(key, value)| {
                    let key = match key {
                        serde_yaml::Value::String(text) => text,
                        other => serde_yaml::to_string(&other)
                            .unwrap_or_default()
                            .trim()
                            .to_owned(),
                    };
                    (key, to_json(value))
                })
                .collect(),
        ),
        serde_yaml::Value::Tagged(tagged) => to_json(tagged.value),
    }
}

// ---- the checks -------------------------------------------------------------

/// A reqwest client that asks Prism for `status` on every request.
fn preferring(status: u16) -> reqwest::Client {
    let mut headers = http::HeaderMap::new();
    let value =
        http::HeaderValue::from_str(&format!("code={status}")).expect("a valid header value");
    headers.insert("prefer", value);
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("a reqwest client")
}

/// Collects what went wrong across a spec's calls, so one run shows every
/// problem with Prism's own explanation.
#[derive(Default)]
struct Report {
    failures: Vec<String>,
    checked: usize,
}

impl Report {
    /// `prefer`: `None` for the documented call (must succeed), or the error
    /// status Prism was asked for (must come back as that typed error).
    fn check(&mut self, operation: &str, prefer: Option<u16>, outcome: Option<Outcome>) {
        self.checked += 1;
        let Some(outcome) = outcome else {
            self.failures.push(format!(
                "{operation}: the contract test has no call for this operation; add one"
            ));
            return;
        };
        match (prefer, outcome) {
            (None, Outcome::Success(_)) => {}
            (Some(wanted), Outcome::Api { status, .. }) if status == wanted => {}
            (prefer, outcome) => {
                let wanted = prefer.map_or("a documented success".to_owned(), |s| {
                    format!("Error::Api with status {s}")
                });
                self.failures.push(format!(
                    "{operation}: wanted {wanted}, got {}",
                    outcome.describe()
                ));
            }
        }
    }

    fn finish(self, prism: &Prism) {
        assert!(self.checked > 0, "no operation was checked");
        assert!(
            self.failures.is_empty(),
            "{} of {} contract checks failed:\n\n{}\n\nPrism's log:\n{}",
            self.failures.len(),
            self.checked,
            self.failures.join("\n\n"),
            prism.log()
        );
    }
}

/// Each documented call first, then one per documented error status.
fn attempts(operation: &Operation) -> impl Iterator<Item = Option<u16>> + '_ {
    std::iter::once(None).chain(operation.error_statuses.iter().copied().map(Some))
}

const TOKEN: &str = "contract-test-token";

// ---- CarrierX -------------------------------------------------------------

fn carrierx_client(prism: &Prism, prefer: Option<u16>) -> carrierx::Client {
    let client =
        carrierx::Client::new(carrierx::Auth::bearer(TOKEN)).with_base_url(prism.base_url());
    match prefer {
        Some(status) => client.with_http_client(preferring(status)),
        None => client,
    }
}

async fn carrierx_call(client: &carrierx::Client, op: &Operation) -> Option<Outcome> {
    Some(match op.id.as_str() {
        "listPartners" => outcome(client.list_partners().limit(10).offset(0).send().await),
        "createPartner" => outcome(client.create_partner(op.body()).send().await),
        "getPartner" => outcome(client.get_partner(op.text("partner_sid")).send().await),
        "patchPartner" => outcome(
            client
                .patch_partner(op.text("partner_sid"))
                .body(op.body())
                .send()
                .await,
        ),
        "replacePartner" => {
            // GET → modify → PUT: the documented Partner, read-only fields dropped.
            let partner: carrierx::Partner = op.response(200);
            let mut input = carrierx::PartnerInput::from(partner);
            input.city = Some("Long Beach".to_owned());
            outcome(
                client
                    .replace_partner(op.text("partner_sid"), input)
                    .send()
                    .await,
            )
        }
        _ => return None,
    })
}

#[tokio::test]
async fn carrierx_operations_satisfy_prism() {
    let spec = "specs/carrierx.yaml";
    let prism = Prism::start(spec);
    let mut report = Report::default();
    let operations = operations(spec);
    for op in &operations {
        for prefer in attempts(op) {
            let outcome = carrierx_call(&carrierx_client(&prism, prefer), op).await;
            report.check(&op.id, prefer, outcome);
        }
    }
    let sid = operations
        .iter()
        .find(|op| op.id == "patchPartner")
        .expect("patchPartner")
        .text("partner_sid");
    let client = carrierx_client(&prism, None);
    let single = client
        .patch_partner(&sid)
        .address1("4300 E Pacific Coast Hwy")
        .send()
        .await;
    report.check("patchPartner (one field)", None, Some(outcome(single)));
    let clearing = client
        .patch_partner(&sid)
        .clear_address2()
        .nested_objects(carrierx::NestedObjects::Replace)
        .send()
        .await;
    report.check(
        "patchPartner (clear address2, nested_objects=replace)",
        None,
        Some(outcome(clearing)),
    );
    report.finish(&prism);
}

// ---- Convirza ---------------------------------------------------------------

fn convirza_client(prism: &Prism, prefer: Option<u16>) -> convirza::Client {
    let client =
        convirza::Client::new(convirza::Auth::bearer(TOKEN)).with_base_url(prism.base_url());
    match prefer {
        Some(status) => client.with_http_client(preferring(status)),
        None => client,
    }
}

async fn convirza_call(
    client: &convirza::Client,
    op: &Operation,
    all: &[Operation],
) -> Option<Outcome> {
    let id = || {
        op.param("id")
            .as_i64()
            .expect("the id example is an integer")
    };
    Some(match op.id.as_str() {
        "listProvisionedRoutes" => outcome(client.list_provisioned_routes().limit(10).send().await),
        "createProvisionedRoute" => {
            outcome(client.create_provisioned_route(op.body()).send().await)
        }
        "getProvisionedRoute" => outcome(client.get_provisioned_route(id()).send().await),
        "replaceProvisionedRoute" => {
            // The PUT page has no example; a full update carries what create documents.
            let create = all
                .iter()
                .find(|o| o.id == "createProvisionedRoute")
                .expect("create is documented");
            outcome(
                client
                    .replace_provisioned_route(id(), create.body())
                    .send()
                    .await,
            )
        }
        "patchProvisionedRoute" => outcome(
            client
                .patch_provisioned_route(id())
                .body(op.body())
                .send()
                .await,
        ),
        "deleteProvisionedRoute" => outcome(client.delete_provisioned_route(id()).send().await),
        _ => return None,
    })
}

#[tokio::test]
async fn convirza_operations_satisfy_prism() {
    let spec = "specs/convirza.yaml";
    let prism = Prism::start(spec);
    let mut report = Report::default();
    let operations = operations(spec);
    for op in &operations {
        for prefer in attempts(op) {
            let outcome = convirza_call(&convirza_client(&prism, prefer), op, &operations).await;
            report.check(&op.id, prefer, outcome);
        }
    }
    let client = convirza_client(&prism, None);
    let single = client
        .patch_provisioned_route(12345)
        .provisioned_route_name("Updated Route Name")
        .send()
        .await;
    report.check(
        "patchProvisionedRoute (one field)",
        None,
        Some(outcome(single)),
    );
    report.finish(&prism);
}

// ---- Flowroute ------------------------------------------------------------

fn flowroute_client(prism: &Prism, prefer: Option<u16>) -> flowroute::Client {
    let client = flowroute::Client::new(flowroute::Auth::basic("accessKey", "secretKey"))
        .with_base_url(prism.base_url());
    match prefer {
        Some(status) => client.with_http_client(preferring(status)),
        None => client,
    }
}

async fn flowroute_call(client: &flowroute::Client, op: &Operation) -> Option<Outcome> {
    Some(match op.id.as_str() {
        "listNumbers" => outcome(client.list_numbers().limit(10).offset(0).send().await),
        "getNumber" => outcome(client.get_number(op.text("id")).send().await),
        "purchaseNumber" => outcome(client.purchase_number(op.text("id")).send().await),
        "patchNumber" => outcome(
            client
                .patch_number(op.text("id"))
                .body(op.body())
                .send()
                .await,
        ),
        "releaseNumber" => outcome(client.release_number(op.text("id")).send().await),
        _ => return None,
    })
}

#[tokio::test]
async fn flowroute_operations_satisfy_prism() {
    let spec = "specs/flowroute.yaml";
    let prism = Prism::start(spec);
    let mut report = Report::default();
    for op in &operations(spec) {
        for prefer in attempts(op) {
            let outcome = flowroute_call(&flowroute_client(&prism, prefer), op).await;
            report.check(&op.id, prefer, outcome);
        }
    }
    let client = flowroute_client(&prism, None);
    let single = client
        .patch_number("16463451234")
        .alias("NYC Number")
        .send()
        .await;
    report.check("patchNumber (one field)", None, Some(outcome(single)));
    report.finish(&prism);
}

// ---- Telegent ---------------------------------------------------------------

fn telegent_client(prism: &Prism, prefer: Option<u16>) -> telegent::Client {
    let client =
        telegent::Client::new(telegent::Auth::bearer(TOKEN)).with_base_url(prism.base_url());
    match prefer {
        Some(status) => client.with_http_client(preferring(status)),
        None => client,
    }
}

async fn telegent_call(client: &telegent::Client, op: &Operation) -> Option<Outcome> {
    Some(match op.id.as_str() {
        "updateVoiceRoute" => {
            let patch: telegent::UpdateVoiceRoutePatch = op.body();
            outcome(
                client
                    .update_voice_route(patch.call_route_id.clone())
                    .body(patch)
                    .send()
                    .await,
            )
        }
        "createVoiceRoute" => outcome(client.create_voice_route(op.body()).send().await),
        "getVoiceRoute" => outcome(client.get_voice_route(op.text("CallRouteId")).send().await),
        "listAccountVoiceRoutes" => outcome(client.list_account_voice_routes().send().await),
        "generateApiToken" => outcome(client.generate_api_token(op.body()).send().await),
        _ => return None,
    })
}

#[tokio::test]
async fn telegent_operations_satisfy_prism() {
    let spec = "specs/telegent.yaml";
    let prism = Prism::start(spec);
    let mut report = Report::default();
    for op in &operations(spec) {
        for prefer in attempts(op) {
            let outcome = telegent_call(&telegent_client(&prism, prefer), op).await;
            report.check(&op.id, prefer, outcome);
        }
    }
    let client = telegent_client(&prism, None);
    let single = client
        .update_voice_route("CRID-509de94f-79cc-429b-a317-2102654dabbb")
        .ip_whitelist(Vec::new())
        .send()
        .await;
    report.check(
        "updateVoiceRoute (one field: empty IpWhitelist)",
        None,
        Some(outcome(single)),
    );
    report.finish(&prism);
}
