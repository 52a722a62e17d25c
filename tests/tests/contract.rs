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

use std::fmt::Debug;

use switchboard::{Error, Response, carrierx, convirza, flowroute, telegent};
use switchboard_tests::prism::Prism;
use switchboard_tests::spec::{Operation, Spec};

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

fn outcome<T: Debug, E: Debug + switchboard::runtime::ProviderMessage>(
    result: Result<Response<T>, Error<E>>,
) -> Outcome {
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
        Err(Error::Decode(reply)) => Outcome::Failed(format!(
            "{reply}\n    violations: {}",
            violations(&reply.headers)
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
fn attempts(operation: &Operation<'_>) -> impl Iterator<Item = Option<u16>> {
    std::iter::once(None).chain(operation.error_statuses().into_iter().map(Some))
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

async fn carrierx_call(client: &carrierx::Client, op: &Operation<'_>) -> Option<Outcome> {
    Some(match op.id {
        "listPartners" => outcome(client.list_partners().limit(10).offset(0).send().await),
        "createPartner" => outcome(client.create_partner(op.request_body()).send().await),
        "getPartner" => outcome(
            client
                .get_partner(op.parameter_text("partner_sid"))
                .include_fields("partner_sid,name")
                .send()
                .await,
        ),
        "patchPartner" => outcome(
            client
                .patch_partner(op.parameter_text("partner_sid"))
                .body(op.request_body())
                .send()
                .await,
        ),
        "replacePartner" => {
            // GET → modify → PUT: the whole documented Partner, read-only
            // fields with their current values ("all the fields must be present").
            let mut partner: carrierx::Partner = op.response_body("200");
            partner.city = Some(Some("Long Beach".to_owned()));
            outcome(
                client
                    .replace_partner(op.parameter_text("partner_sid"), partner)
                    .nested_objects(carrierx::NestedObjects::Replace)
                    .send()
                    .await,
            )
        }
        _ => return None,
    })
}

#[tokio::test]
async fn carrierx_operations_satisfy_prism() {
    let spec = Spec::load("carrierx.yaml");
    let prism = Prism::start(spec.path());
    let mut report = Report::default();
    for op in &spec.operations() {
        for prefer in attempts(op) {
            let outcome = carrierx_call(&carrierx_client(&prism, prefer), op).await;
            report.check(op.id, prefer, outcome);
        }
    }
    let sid = spec.operation("patchPartner").parameter_text("partner_sid");
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
    // The OAuth operations are on their own server: Prism answers for it too.
    let client = convirza::Client::new(convirza::Auth::bearer(TOKEN))
        .with_base_url(prism.base_url())
        .with_server_url("https://platform-oauth.convirza.com", prism.base_url());
    match prefer {
        Some(status) => client.with_http_client(preferring(status)),
        None => client,
    }
}

async fn convirza_call(
    client: &convirza::Client,
    op: &Operation<'_>,
    all: &[Operation<'_>],
) -> Option<Outcome> {
    let id = || {
        op.parameter_example("id")
            .as_i64()
            .expect("the id example is an integer")
    };
    Some(match op.id {
        "listProvisionedRoutes" => outcome(client.list_provisioned_routes().limit(10).send().await),
        "createProvisionedRoute" => outcome(
            client
                .create_provisioned_route(op.request_body())
                .send()
                .await,
        ),
        "getProvisionedRoute" => outcome(client.get_provisioned_route(id()).send().await),
        "replaceProvisionedRoute" => {
            // The PUT page has no example; a full update carries what create documents.
            let create = all
                .iter()
                .find(|o| o.id == "createProvisionedRoute")
                .expect("create is documented");
            outcome(
                client
                    .replace_provisioned_route(id(), create.request_body())
                    .send()
                    .await,
            )
        }
        "patchProvisionedRoute" => outcome(
            client
                .patch_provisioned_route(id())
                .body(op.request_body())
                .send()
                .await,
        ),
        "deleteProvisionedRoute" => outcome(client.delete_provisioned_route(id()).send().await),
        // No request example is documented: the Quick Start's values.
        "getAccessToken" => outcome(
            client
                .get_access_token(convirza::GetAccessTokenBody {
                    email: "your-email@example.com".into(),
                    password: "placeholder-password".into(),
                })
                .send()
                .await,
        ),
        "refreshAccessToken" => outcome(
            client
                .refresh_access_token(convirza::RefreshAccessTokenBody {
                    refresh_token: "encrypted-refresh-token-string".into(),
                })
                .send()
                .await,
        ),
        "revokeToken" => outcome(
            client
                .revoke_token(convirza::RevokeTokenBody {
                    token: "encrypted-token-string".into(),
                })
                .send()
                .await,
        ),
        _ => return None,
    })
}

#[tokio::test]
async fn convirza_operations_satisfy_prism() {
    let spec = Spec::load("convirza.yaml");
    let prism = Prism::start(spec.path());
    let mut report = Report::default();
    let operations = spec.operations();
    for op in &operations {
        for prefer in attempts(op) {
            let outcome = convirza_call(&convirza_client(&prism, prefer), op, &operations).await;
            report.check(op.id, prefer, outcome);
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
    // Detach the AI voice agent: `assigned_agent_id` is nullable, and
    // `Some(None)` sends an explicit JSON null.
    let routing = convirza::RoutingConfiguration {
        config: Some(convirza::RoutingConfig {
            assigned_agent_id: Some(None),
            ..Default::default()
        }),
        ..Default::default()
    };
    let clearing = client
        .patch_provisioned_route(12345)
        .routing_configuration(routing)
        .send()
        .await;
    report.check(
        "patchProvisionedRoute (clear routing_configuration.config.assigned_agent_id)",
        None,
        Some(outcome(clearing)),
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

async fn flowroute_call(client: &flowroute::Client, op: &Operation<'_>) -> Option<Outcome> {
    Some(match op.id {
        "listNumbers" => outcome(client.list_numbers().limit(10).offset(0).send().await),
        "getNumber" => outcome(client.get_number(op.parameter_text("id")).send().await),
        "purchaseNumber" => outcome(client.purchase_number(op.parameter_text("id")).send().await),
        "patchNumber" => outcome(
            client
                .patch_number(op.parameter_text("id"))
                .body(op.request_body())
                .send()
                .await,
        ),
        "releaseNumber" => outcome(client.release_number(op.parameter_text("id")).send().await),
        _ => return None,
    })
}

#[tokio::test]
async fn flowroute_operations_satisfy_prism() {
    let spec = Spec::load("flowroute.yaml");
    let prism = Prism::start(spec.path());
    let mut report = Report::default();
    for op in &spec.operations() {
        for prefer in attempts(op) {
            let outcome = flowroute_call(&flowroute_client(&prism, prefer), op).await;
            report.check(op.id, prefer, outcome);
        }
    }
    let client = flowroute_client(&prism, None);
    let single = client
        .patch_number("16463451234")
        .alias("NYC Number")
        .send()
        .await;
    report.check("patchNumber (one field)", None, Some(outcome(single)));
    let clearing = client
        .patch_number("16463451234")
        .clear_alias()
        .send()
        .await;
    report.check("patchNumber (clear alias)", None, Some(outcome(clearing)));
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

async fn telegent_call(client: &telegent::Client, op: &Operation<'_>) -> Option<Outcome> {
    Some(match op.id {
        "updateVoiceRoute" => {
            let patch: telegent::UpdateVoiceRoutePatch = op.request_body();
            outcome(
                client
                    .update_voice_route(patch.call_route_id.clone())
                    .body(patch)
                    .send()
                    .await,
            )
        }
        "createVoiceRoute" => outcome(client.create_voice_route(op.request_body()).send().await),
        "getVoiceRoute" => outcome(
            client
                .get_voice_route(op.parameter_text("CallRouteId"))
                .send()
                .await,
        ),
        "listAccountVoiceRoutes" => outcome(client.list_account_voice_routes().send().await),
        "deleteVoiceRoute" => outcome(client.delete_voice_route(op.request_body()).send().await),
        "generateApiToken" => outcome(client.generate_api_token(op.request_body()).send().await),
        _ => return None,
    })
}

#[tokio::test]
async fn telegent_operations_satisfy_prism() {
    let spec = Spec::load("telegent.yaml");
    let prism = Prism::start(spec.path());
    let mut report = Report::default();
    for op in &spec.operations() {
        for prefer in attempts(op) {
            let outcome = telegent_call(&telegent_client(&prism, prefer), op).await;
            report.check(op.id, prefer, outcome);
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
