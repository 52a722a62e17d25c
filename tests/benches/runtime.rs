//! Runtime benchmarks: what the generated client costs on top of plain serde
//! and plain reqwest.
//!
//! Run with `cargo bench -p switchboard-tests --bench runtime` (add
//! `-- --warm-up-time 1 --measurement-time 3` for a quick run).
//!
//! # Benchmark IDs
//!
//! Every ID is `<group>/<function>/<case>`; criterion writes its estimates to
//! `target/criterion/<group>/<function>/<case'>/new/estimates.json`, where
//! `<case'>` is `<case>` with each `/` replaced by `_` (criterion makes each
//! path component file-name safe). Each of those directories also holds
//! `new/benchmark.json` with the full ID.
//!
//! Groups `telegent`, `convirza`, `flowroute` and `carrierx` (one per
//! provider), function `request` or `decode`, case `<op>[/<variant>]`:
//!
//! | case | what is timed |
//! | --- | --- |
//! | `request/<op>` | the documented request, through the generated builder, into an `http::Request` with its body bytes (`build()`) |
//! | `request/<op>/baseline` | a hand-written serde struct of the same JSON shape, `serde_json::to_vec` |
//! | `request/<op>/body` | diagnostic: the generated body type alone through `serde_json::to_vec` |
//! | `request/<op>/baseline_http` | diagnostic: the baseline bytes plus a hand-assembled `http::Request` (URL, authorization, accept, content type) |
//! | `decode/<op>` | the documented success reply through the generated `builders::X::decode(status, &headers, &bytes)` |
//! | `decode/<op>/baseline` | `serde_json::from_slice` into a hand-written serde struct of the same shape |
//! | `decode/<op>/serde` | diagnostic: `serde_json::from_slice` into the generated body type alone |
//! | `decode/<op>/baseline_flatten` | diagnostic: the baseline structs with a `#[serde(flatten)]` map of unknown fields on every object, as the generated ones have |
//!
//! Group `send` (throughput: one element per request, reported as elem/s),
//! function `carrierx`: `send/carrierx/get_partner` is the full client's
//! `get_partner(…).send()` against a keep-alive HTTP/1.1 server on 127.0.0.1
//! answering the documented Partner; `send/carrierx/get_partner/baseline` is
//! a raw `reqwest::Client` GET of the same URL with the same headers that
//! reads the same body; `send/carrierx/get_partner/baseline_decode`
//! (diagnostic) also decodes it into the generated `Partner`.
//!
//! The targets (issue: runtime): `request` and `decode` within 1.2× of
//! their `baseline`; `send` within 5% of its `baseline`.
//!
//! Before timing anything, every baseline is checked against the generated
//! code: the same request bytes, and the same decoded values.

use std::hint::black_box;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput};
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use switchboard::{carrierx, convirza, flowroute, telegent};
use switchboard_tests::keep_alive::BenchServer;
use switchboard_tests::loopback::Loopback;
use switchboard_tests::spec::Spec;

// ---------------------------------------------------------------------------
// Shared helpers.

/// Hand-written baseline structs: `plain` has every struct listed, as one
/// would write them by hand; `flat` has the `both` ones again, each with a
/// `#[serde(flatten)]` map of unknown fields (the generated types' shape),
/// to measure what that map costs.
macro_rules! baseline {
    (both { $($both:tt)* } plain_only { $($only:tt)* }) => {
        /// Plain hand-written serde structs.
        pub(crate) mod plain {
            use super::*;
            baseline!(@plain $($both)* $($only)*);
        }
        /// The same structs with a flattened map of unknown fields.
        pub(crate) mod flat {
            use super::*;
            baseline!(@flat $($both)*);
        }
    };
    (@plain $(
        $(#[$meta:meta])*
        struct $name:ident { $( $(#[$field_meta:meta])* $field:ident: $ty:ty ),* $(,)? }
    )*) => {$(
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        $(#[$meta])*
        pub(crate) struct $name { $( $(#[$field_meta])* pub(crate) $field: $ty, )* }
    )*};
    (@flat $(
        $(#[$meta:meta])*
        struct $name:ident { $( $(#[$field_meta:meta])* $field:ident: $ty:ty ),* $(,)? }
    )*) => {$(
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        $(#[$meta])*
        pub(crate) struct $name {
            $( $(#[$field_meta])* pub(crate) $field: $ty, )*
            #[serde(flatten)]
            pub(crate) unknown_fields: serde_json::Map<String, Value>,
        }
    )*};
}

/// Reply headers as the loopback server sends them.
fn reply_headers(content_type: &'static str, length: usize) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(CONTENT_LENGTH, HeaderValue::from(length));
    headers
}

/// The value of a documented request example, by key.
fn request_example(spec: &Spec, op: &str, key: &str) -> Value {
    spec.operation(op)
        .request_examples()
        .into_iter()
        .find(|example| example.key == key)
        .unwrap_or_else(|| panic!("{op}: no request example {key}"))
        .value
}

/// The value of a documented response example, by status and key.
fn response_example(spec: &Spec, op: &str, status: &str, key: &str) -> Value {
    spec.operation(op)
        .response_examples()
        .into_iter()
        .find(|example| example.status == Some(status) && example.key == key)
        .unwrap_or_else(|| panic!("{op}: no {status} response example {key}"))
        .value
}

/// The baseline is honest: the generated request body, the baseline bytes
/// and the documented example are the same JSON, byte for byte.
fn assert_same_request(op: &str, ours: &http::Request<Vec<u8>>, baseline: &[u8], example: &Value) {
    assert_eq!(
        String::from_utf8_lossy(ours.body()),
        String::from_utf8_lossy(baseline),
        "{op}: the baseline does not send the same bytes"
    );
    let ours: Value = serde_json::from_slice(ours.body()).unwrap();
    assert_eq!(
        &ours, example,
        "{op}: the request is not the documented example"
    );
}

/// The baselines are honest: the generated type and both baseline shapes
/// decode the documented reply into the same value.
fn assert_same_decode(op: &str, ours: Value, plain: Value, flat: Value, example: &Value) {
    assert_eq!(&ours, example, "{op}: the generated type loses something");
    assert_eq!(plain, ours, "{op}: the plain baseline decodes differently");
    assert_eq!(flat, ours, "{op}: the flatten baseline decodes differently");
}

/// The baseline's `http::Request`, assembled by hand: what a hand-written
/// client would pay for the same method, URL and headers.
fn hand_request(
    method: Method,
    url: String,
    authorization: &HeaderValue,
    media_type: &'static str,
    body: Vec<u8>,
) -> http::Request<Vec<u8>> {
    let mut request = http::Request::new(body);
    *request.method_mut() = method;
    *request.uri_mut() = http::Uri::try_from(url).expect("a valid URL");
    let headers = request.headers_mut();
    headers.insert(AUTHORIZATION, authorization.clone());
    headers.insert(ACCEPT, HeaderValue::from_static(media_type));
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(media_type));
    request
}

fn bearer(token: &str) -> HeaderValue {
    let mut value = HeaderValue::from_str(&format!("Bearer {token}")).unwrap();
    value.set_sensitive(true);
    value
}

// ---------------------------------------------------------------------------
// Telegent: update_voice_route (request), get_voice_route (decode).

mod telegent_baseline {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub(crate) enum RouteType {
        Trunk,
        #[serde(rename = "URL")]
        Url,
        Forward,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub(crate) enum HttpMethod {
        #[serde(rename = "GET")]
        Get,
        #[serde(rename = "POST")]
        Post,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub(crate) enum TrunkTransport {
        #[serde(rename = "UDP")]
        Udp,
        #[serde(rename = "TCP")]
        Tcp,
        #[serde(rename = "TLS")]
        Tls,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub(crate) enum VoiceAuthenticationType {
        Basic,
        Bearer,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub(crate) enum TransferCallerId {
        Transferee,
        Transferor,
        #[serde(rename = "Transferee/Transferor")]
        TransfereeTransferor,
    }

    baseline! {
        both {
            #[serde(rename_all = "PascalCase")]
            struct VoiceRoute {
                call_route_id: String,
                account_id: String,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                route_name: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                route_type: Option<RouteType>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_url: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_url_method: Option<HttpMethod>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_ip1: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_ip2: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_port1: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_port2: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_transport1: Option<TrunkTransport>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_transport2: Option<TrunkTransport>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_uri1: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_uri2: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_enabled1: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_enabled2: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk1_priortiy: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk1_weight: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk2_priortiy: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk2_weight: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                header_manipulation: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                enable_sip_refer: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                transfer_caller_id: Option<TransferCallerId>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                symmetric_rtp: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                enable_trp_secure_trunk: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                enable_pstn_transfer: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                cnam_lookup: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                termination_uri_subdomain: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                enable_call_streaming: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                wss_uri: Option<String>,
                #[serde(
                    rename = "IpWhiteList",
                    alias = "IpWhitelist",
                    default,
                    skip_serializing_if = "Option::is_none"
                )]
                ip_white_list: Option<Vec<IpWhitelistEntry>>,
            }

            #[serde(rename_all = "PascalCase")]
            struct IpWhitelistEntry {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                ip_address: Option<String>,
            }
        }
        plain_only {
            #[serde(rename_all = "PascalCase")]
            struct UpdateVoiceRoute {
                call_route_id: String,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                route_name: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                route_type: Option<RouteType>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_url: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_url_method: Option<HttpMethod>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_ip1: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_ip2: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_port1: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_port2: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_transport1: Option<TrunkTransport>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_transport2: Option<TrunkTransport>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_enabled1: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_enabled2: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                route_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_authentication_type: Option<VoiceAuthenticationType>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_username: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_password_token: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                callback_voice_url: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                callback_voice_url_method: Option<HttpMethod>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_uri1: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk_uri2: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk1_priortiy: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk1_weight: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk2_priortiy: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                trunk2_weight: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                header_manipulation: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                enable_sip_refer: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                transfer_caller_id: Option<TransferCallerId>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                symmetric_rtp: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                enable_trp_secure_trunk: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                enable_pstn_transfer: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                ip_whitelist: Option<Vec<IpWhitelistEntry>>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                cnam_lookup: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                termination_uri_subdomain: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                enable_call_streaming: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                wss_uri: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                intelligent_route_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                account_id: Option<String>,
            }
        }
    }
}

fn telegent(c: &mut Criterion) {
    use telegent_baseline::{flat, plain};
    let spec = Spec::load("telegent.yaml");
    let client = telegent::Client::new(telegent::Auth::bearer("t0k3n"));
    let authorization = bearer("t0k3n");
    let mut group = c.benchmark_group("telegent");

    // request/update_voice_route: the full documented example, via `.body(…)`.
    let example = request_example(&spec, "updateVoiceRoute", "codeSampleJson");
    let call_route_id = example["CallRouteId"].as_str().unwrap().to_owned();
    let body: telegent::UpdateVoiceRoutePatch = serde_json::from_value(example.clone()).unwrap();
    let baseline: plain::UpdateVoiceRoute = serde_json::from_value(example.clone()).unwrap();
    let build = |body: telegent::UpdateVoiceRoutePatch| {
        client
            .update_voice_route(call_route_id.as_str())
            .body(body)
            .build()
            .unwrap()
    };
    let url = format!(
        "{}/v1.0/voice/routes/update",
        telegent::Client::DEFAULT_BASE_URL
    );
    assert_same_request(
        "update_voice_route",
        &build(body.clone()),
        &serde_json::to_vec(&baseline).unwrap(),
        &example,
    );
    let hand = |baseline: &plain::UpdateVoiceRoute| {
        let body = serde_json::to_vec(baseline).unwrap();
        hand_request(
            Method::POST,
            url.clone(),
            &authorization,
            "application/json",
            body,
        )
    };
    assert_eq!(build(body.clone()).uri(), hand(&baseline).uri());
    request_benches(
        &mut group,
        "update_voice_route",
        &body,
        &baseline,
        build,
        hand,
    );

    // decode/get_voice_route: the documented 200 (`postmanDetails`).
    let example = response_example(&spec, "getVoiceRoute", "200", "postmanDetails");
    let bytes = serde_json::to_vec(&example).unwrap();
    let headers = reply_headers("application/json", bytes.len());
    let decode = || {
        telegent::builders::GetVoiceRoute::decode(
            StatusCode::OK,
            black_box(&headers),
            black_box(&bytes),
        )
        .unwrap()
    };
    assert_same_decode(
        "get_voice_route",
        serde_json::to_value(decode().body()).unwrap(),
        serde_json::to_value(serde_json::from_slice::<plain::VoiceRoute>(&bytes).unwrap()).unwrap(),
        serde_json::to_value(serde_json::from_slice::<flat::VoiceRoute>(&bytes).unwrap()).unwrap(),
        &example,
    );
    decode_benches::<telegent::VoiceRoute, plain::VoiceRoute, flat::VoiceRoute, _>(
        &mut group,
        "get_voice_route",
        &bytes,
        decode,
    );
    group.finish();
}

/// The four `request/<op>…` cases for a documented body, each timed on a
/// fresh clone: ours (`build`: builder → request), `/baseline` (the plain
/// struct serialized), `/body` (our body type serialized) and
/// `/baseline_http` (`hand`: a hand-built request around the plain body).
fn request_benches<Body, Plain, R, H>(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    op: &str,
    body: &Body,
    baseline: &Plain,
    build: impl Fn(Body) -> R,
    hand: impl Fn(&Plain) -> H,
) where
    Body: Clone + Serialize,
    Plain: Clone + Serialize,
{
    let id = |case: &str| BenchmarkId::new("request", format!("{op}{case}"));
    group.bench_function(id(""), |b| {
        b.iter_batched(|| body.clone(), &build, BatchSize::SmallInput)
    });
    group.bench_function(id("/baseline"), |b| {
        b.iter_batched(
            || baseline.clone(),
            |plain| serde_json::to_vec(&plain).unwrap(),
            BatchSize::SmallInput,
        )
    });
    group.bench_function(id("/body"), |b| {
        b.iter_batched(
            || body.clone(),
            |ours| serde_json::to_vec(&ours).unwrap(),
            BatchSize::SmallInput,
        )
    });
    group.bench_function(id("/baseline_http"), |b| {
        b.iter_batched(
            || baseline.clone(),
            |plain| hand(&plain),
            BatchSize::SmallInput,
        )
    });
}

/// The four `decode/<op>…` cases: ours (`decode`), then `serde_json::from_slice`
/// into `Ours` (the generated type), `Plain` and `Flat`.
fn decode_benches<Ours, Plain, Flat, R>(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    op: &str,
    bytes: &[u8],
    decode: impl Fn() -> R,
) where
    Ours: serde::de::DeserializeOwned,
    Plain: serde::de::DeserializeOwned,
    Flat: serde::de::DeserializeOwned,
{
    group.bench_function(BenchmarkId::new("decode", op), |b| b.iter(&decode));
    group.bench_function(BenchmarkId::new("decode", format!("{op}/baseline")), |b| {
        b.iter(|| serde_json::from_slice::<Plain>(black_box(bytes)).unwrap())
    });
    group.bench_function(BenchmarkId::new("decode", format!("{op}/serde")), |b| {
        b.iter(|| serde_json::from_slice::<Ours>(black_box(bytes)).unwrap())
    });
    group.bench_function(
        BenchmarkId::new("decode", format!("{op}/baseline_flatten")),
        |b| b.iter(|| serde_json::from_slice::<Flat>(black_box(bytes)).unwrap()),
    );
}

// ---------------------------------------------------------------------------
// Convirza: create_provisioned_route (request and decode).

mod convirza_baseline {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub(crate) enum ProvisionedRouteStatus {
        Active,
        Inactive,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "kebab-case")]
    pub(crate) enum RoutingType {
        Simple,
        RoundRobin,
        Simultaneous,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum HuntType {
        Simple,
        RoundRobin,
        Simultaneous,
    }

    baseline! {
        both {
            struct MutationEnvelope {
                code: i32,
                message: String,
                data: MutationResult,
                request_id: String,
                timestamp: String,
            }

            struct MutationResult {
                provisioned_route_id: i64,
                message: String,
            }
        }
        plain_only {
            struct ProvisionedRouteCreate {
                provisioned_route_name: String,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                provisioned_route_status: Option<ProvisionedRouteStatus>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                call_value: Option<serde_json::Number>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                repeat_interval: Option<i32>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                org_unit_id: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                webhook_id: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                sms_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                spam_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                sms_settings: Option<SmsSettings>,
                #[serde(rename = "customSourceList", default, skip_serializing_if = "Option::is_none")]
                custom_source_list: Option<Vec<CustomSource>>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                routing_configuration: Option<RoutingConfiguration>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                phone_numbers: Option<Vec<RoutePhoneNumber>>,
            }

            struct SmsSettings {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                assigned_users: Option<Vec<i64>>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                sms_notifications: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                email_notifications: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                unclaimed_sms: Option<bool>,
            }

            struct CustomSource {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                custom_source_id: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                custom_source_type: Option<String>,
            }

            struct RoutingConfiguration {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                routing_type: Option<RoutingType>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                config: Option<RoutingConfig>,
            }

            struct RoutingConfig {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                ringto: Option<String>,
                #[serde(rename = "isSimultaneousRing", default, skip_serializing_if = "Option::is_none")]
                is_simultaneous_ring: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                click_to_call_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                dnis_as_cid: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_prompt: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                whisper_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                whisper_type: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                whisper_message: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                ftc_whisper_enabled: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                ftc_whisper_type: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                ftc_whisper_message: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                message_enabled: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                message_type: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                message: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                activate_voicemail: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voicemail_greeting: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                activate_voiceagent: Option<bool>,
                #[serde(rename = "is_ODN_enabled", default, skip_serializing_if = "Option::is_none")]
                is_odn_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                click_to_call: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                play_disclaimer: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                play_on_hold_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                play_on_hold_message: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                play_on_hold_message_type: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                record_call: Option<bool>,
                #[serde(rename = "overflowNumbers", default, skip_serializing_if = "Option::is_none")]
                overflow_numbers: Option<Vec<OverflowNumber>>,
                // Sent as `null` when unset, as the example does.
                #[serde(default)]
                assigned_agent_id: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                route_voice_agent_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_agent_rings_count: Option<i32>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voice_agent_id: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                voicemail_rings_count: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                hunt_options: Option<HuntOptions>,
            }

            struct OverflowNumber {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                number: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                rings: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                overflow_order: Option<i32>,
                #[serde(rename = "unmaskNumber", default, skip_serializing_if = "Option::is_none")]
                unmask_number: Option<String>,
                #[serde(rename = "overflowNumber", default, skip_serializing_if = "Option::is_none")]
                overflow_number: Option<String>,
            }

            struct HuntOptions {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                r#type: Option<HuntType>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                options: Option<Vec<HuntOption>>,
            }

            struct HuntOption {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                destination: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                order: Option<i32>,
            }

            struct RoutePhoneNumber {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                phone_number_id: Option<i64>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                phone_number: Option<String>,
            }
        }
    }
}

fn convirza(c: &mut Criterion) {
    use convirza_baseline::{flat, plain};
    let spec = Spec::load("convirza.yaml");
    let client = convirza::Client::new(convirza::Auth::bearer("t0k3n"));
    let authorization = bearer("t0k3n");
    let mut group = c.benchmark_group("convirza");

    // request/create_provisioned_route: `createRouteFullConfiguration`.
    let example = request_example(
        &spec,
        "createProvisionedRoute",
        "createRouteFullConfiguration",
    );
    let body: convirza::ProvisionedRouteCreate = serde_json::from_value(example.clone()).unwrap();
    let baseline: plain::ProvisionedRouteCreate = serde_json::from_value(example.clone()).unwrap();
    let build = |body: convirza::ProvisionedRouteCreate| {
        client.create_provisioned_route(body).build().unwrap()
    };
    let url = format!("{}/provisioned-routes", convirza::Client::DEFAULT_BASE_URL);
    let hand = |baseline: &plain::ProvisionedRouteCreate| {
        let body = serde_json::to_vec(baseline).unwrap();
        hand_request(
            Method::POST,
            url.clone(),
            &authorization,
            "application/json",
            body,
        )
    };
    assert_same_request(
        "create_provisioned_route",
        &build(body.clone()),
        &serde_json::to_vec(&baseline).unwrap(),
        &example,
    );
    assert_eq!(build(body.clone()).uri(), hand(&baseline).uri());
    request_benches(
        &mut group,
        "create_provisioned_route",
        &body,
        &baseline,
        build,
        hand,
    );

    // decode/create_provisioned_route: the documented 201 (`routeCreated`).
    let example = response_example(&spec, "createProvisionedRoute", "201", "routeCreated");
    let bytes = serde_json::to_vec(&example).unwrap();
    let headers = reply_headers("application/json", bytes.len());
    let decode = || {
        convirza::builders::CreateProvisionedRoute::decode(
            StatusCode::CREATED,
            black_box(&headers),
            black_box(&bytes),
        )
        .unwrap()
    };
    assert_same_decode(
        "create_provisioned_route",
        serde_json::to_value(decode().body()).unwrap(),
        serde_json::to_value(serde_json::from_slice::<plain::MutationEnvelope>(&bytes).unwrap())
            .unwrap(),
        serde_json::to_value(serde_json::from_slice::<flat::MutationEnvelope>(&bytes).unwrap())
            .unwrap(),
        &example,
    );
    decode_benches::<
        convirza::ProvisionedRouteMutationEnvelope,
        plain::MutationEnvelope,
        flat::MutationEnvelope,
        _,
    >(&mut group, "create_provisioned_route", &bytes, decode);
    group.finish();
}

// ---------------------------------------------------------------------------
// Flowroute: patch_number (request and decode).

mod flowroute_baseline {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    pub(crate) enum NumberType {
        #[serde(rename = "longcode")]
        Longcode,
        #[serde(rename = "toll-free")]
        TollFree,
    }

    #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
    pub(crate) enum ResourceType {
        #[default]
        #[serde(rename = "number")]
        Number,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum IncludedType {
        Route,
        MessageProvisioningStatus,
        Cnam,
        E911,
    }

    baseline! {
        both {
            struct NumberDocument {
                data: NumberResource,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                included: Option<Vec<IncludedResource>>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                links: Option<Links>,
            }

            struct NumberResource {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                attributes: Option<NumberAttributes>,
                id: String,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                links: Option<Links>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                relationships: Option<NumberRelationships>,
                r#type: ResourceType,
            }

            struct NumberAttributes {
                alias: Option<String>,
                cnam_lookups_enabled: bool,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                messaging_enabled: Option<bool>,
                number_type: NumberType,
                rate_center: String,
                state: String,
                value: String,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                inbound_rate: Option<serde_json::Number>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                iso_country: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                monthly_cost: Option<serde_json::Number>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                rate_type: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                setup_cost: Option<serde_json::Number>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                status: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                tier: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                note: Option<String>,
            }

            struct Links {
                #[serde(rename = "self")]
                self_: String,
            }

            struct NumberRelationships {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                cnam_preset: Option<Relationship>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                e911_address: Option<Relationship>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                failover_route: Option<Relationship>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                message_provision: Option<Relationship>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                primary_route: Option<Relationship>,
            }

            struct Relationship {
                data: Option<ResourceIdentifier>,
            }

            struct ResourceIdentifier {
                id: String,
                r#type: String,
            }

            struct IncludedResource {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                attributes: Option<serde_json::Map<String, Value>>,
                id: String,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                links: Option<Links>,
                r#type: IncludedType,
            }
        }
        plain_only {
            #[derive(Default)]
            struct NumberPatch {
                r#type: ResourceType,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                alias: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                cnam_lookups_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                messaging_enabled: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                messaging_email: Option<bool>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                messaging_callback_url: Option<String>,
            }
        }
    }
}

fn flowroute(c: &mut Criterion) {
    use flowroute_baseline::{flat, plain};
    let spec = Spec::load("flowroute.yaml");
    let client = flowroute::Client::new(flowroute::Auth::basic("accessKey", "secretKey"));
    let mut authorization = HeaderValue::from_static("Basic YWNjZXNzS2V5OnNlY3JldEtleQ==");
    authorization.set_sensitive(true);
    let mut group = c.benchmark_group("flowroute");
    let id = spec.operation("patchNumber").parameter_text("id");
    const JSON_API: &str = "application/vnd.api+json";

    // request/patch_number: `setAlias`, through the `alias` setter.
    let example = request_example(&spec, "patchNumber", "setAlias");
    let alias = example["alias"].as_str().unwrap().to_owned();
    let build = || {
        client
            .patch_number(id.as_str())
            .alias(alias.as_str())
            .build()
            .unwrap()
    };
    let baseline = || plain::NumberPatch {
        r#type: flowroute_baseline::ResourceType::Number,
        alias: Some(alias.clone()),
        ..Default::default()
    };
    let url = format!("{}/numbers/{id}", flowroute::Client::DEFAULT_BASE_URL);
    let hand = || {
        let body = serde_json::to_vec(&baseline()).unwrap();
        hand_request(Method::PATCH, url.clone(), &authorization, JSON_API, body)
    };
    assert_same_request(
        "patch_number",
        &build(),
        &serde_json::to_vec(&baseline()).unwrap(),
        &example,
    );
    assert_eq!(build().uri(), hand().uri());
    assert_eq!(build().headers()[AUTHORIZATION], authorization);
    group.bench_function(BenchmarkId::new("request", "patch_number"), |b| {
        b.iter(build)
    });
    group.bench_function(BenchmarkId::new("request", "patch_number/baseline"), |b| {
        b.iter(|| serde_json::to_vec(&baseline()).unwrap())
    });
    group.bench_function(BenchmarkId::new("request", "patch_number/body"), |b| {
        b.iter(|| {
            serde_json::to_vec(&flowroute::NumberPatch {
                alias: Some(Some(alias.clone())),
                ..Default::default()
            })
            .unwrap()
        })
    });
    group.bench_function(
        BenchmarkId::new("request", "patch_number/baseline_http"),
        |b| b.iter(hand),
    );

    // decode/patch_number: the documented 200 `messagingEnablement` (the
    // fullest NumberDocument the spec documents).
    let example = response_example(&spec, "patchNumber", "200", "messagingEnablement");
    let bytes = serde_json::to_vec(&example).unwrap();
    let headers = reply_headers(JSON_API, bytes.len());
    let decode = || {
        flowroute::builders::PatchNumber::decode(
            StatusCode::OK,
            black_box(&headers),
            black_box(&bytes),
        )
        .unwrap()
    };
    assert_same_decode(
        "patch_number",
        serde_json::to_value(decode().body()).unwrap(),
        serde_json::to_value(serde_json::from_slice::<plain::NumberDocument>(&bytes).unwrap())
            .unwrap(),
        serde_json::to_value(serde_json::from_slice::<flat::NumberDocument>(&bytes).unwrap())
            .unwrap(),
        &example,
    );
    decode_benches::<flowroute::NumberDocument, plain::NumberDocument, flat::NumberDocument, _>(
        &mut group,
        "patch_number",
        &bytes,
        decode,
    );
    group.finish();
}

// ---------------------------------------------------------------------------
// CarrierX: patch_partner and replace_partner (request), get_partner (decode).

mod carrierx_baseline {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub(crate) enum Direction {
        Any,
        Inbound,
        Outbound,
        Undirected,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub(crate) enum SmsAction {
        Accept,
        Reject,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub(crate) enum VoiceAction {
        Accept,
        Reject403,
        Reject503,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub(crate) enum PaymentType {
        Prepay,
        Postpay,
    }

    baseline! {
        both {
            struct Partner {
                acls: Vec<AccessControlList>,
                address1: Option<String>,
                address2: Option<String>,
                attributes: std::collections::BTreeMap<String, String>,
                available_scopes: Vec<String>,
                balance: String,
                billing_email: Option<String>,
                callbacks: PartnerCallbacks,
                charge_at: Option<String>,
                city: Option<String>,
                company_name: String,
                country_code: String,
                daily_spending_limit: String,
                daily_spent_amount: String,
                date_created: String,
                display_id: String,
                login: String,
                name: String,
                owner_email: Option<String>,
                parent_assigned_acls: Vec<AccessControlList>,
                parent_sid: String,
                partner_sid: String,
                payment_type: PaymentType,
                phonenumber: String,
                prepay_amount: Option<String>,
                spending_limit: String,
                state: Option<String>,
                status: String,
                tech_email: Option<String>,
                transformations: Vec<serde_json::Map<String, Value>>,
                zip: String,
            }

            struct AccessControlList {
                access_control_rules: Vec<String>,
                direction: Direction,
                sms_action_false: Option<SmsAction>,
                sms_action_true: Option<SmsAction>,
                voice_action_false: Option<VoiceAction>,
                voice_action_true: Option<VoiceAction>,
            }

            struct PartnerCallbacks {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                app_conference_call: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                app_conference_meeting: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                app_mediator: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                sms: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                phonenumber_order: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                phonenumber_messaging_update: Option<String>,
            }
        }
        plain_only {
            #[derive(Default)]
            struct PartnerPatch {
                #[serde(default, skip_serializing_if = "Option::is_none")]
                acls: Option<Vec<AccessControlList>>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                address1: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                address2: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                attributes: Option<std::collections::BTreeMap<String, String>>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                billing_email: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                callbacks: Option<PartnerCallbacks>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                city: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                company_name: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                name: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                owner_email: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                parent_assigned_acls: Option<Vec<AccessControlList>>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                phonenumber: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                tech_email: Option<String>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                transformations: Option<Vec<serde_json::Map<String, Value>>>,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                zip: Option<String>,
            }
        }
    }
}

fn carrierx(c: &mut Criterion) {
    use carrierx_baseline::{flat, plain};
    let spec = Spec::load("carrierx.yaml");
    let client = carrierx::Client::new(carrierx::Auth::bearer("t0k3n"));
    let authorization = bearer("t0k3n");
    let mut group = c.benchmark_group("carrierx");
    let partner_sid = spec.operation("patchPartner").parameter_text("partner_sid");
    let url = format!(
        "{}/partners/{partner_sid}",
        carrierx::Client::DEFAULT_BASE_URL
    );

    // request/patch_partner: `updateAddress1`, one field through its setter.
    let example = request_example(&spec, "patchPartner", "updateAddress1");
    let address1 = example["address1"].as_str().unwrap().to_owned();
    let build = || {
        client
            .patch_partner(partner_sid.as_str())
            .address1(address1.as_str())
            .build()
            .unwrap()
    };
    let baseline = || plain::PartnerPatch {
        address1: Some(address1.clone()),
        ..Default::default()
    };
    let hand = || {
        let body = serde_json::to_vec(&baseline()).unwrap();
        hand_request(
            Method::PATCH,
            url.clone(),
            &authorization,
            "application/json",
            body,
        )
    };
    assert_same_request(
        "patch_partner",
        &build(),
        &serde_json::to_vec(&baseline()).unwrap(),
        &example,
    );
    assert_eq!(build().uri(), hand().uri());
    group.bench_function(BenchmarkId::new("request", "patch_partner"), |b| {
        b.iter(build)
    });
    group.bench_function(BenchmarkId::new("request", "patch_partner/baseline"), |b| {
        b.iter(|| serde_json::to_vec(&baseline()).unwrap())
    });
    group.bench_function(BenchmarkId::new("request", "patch_partner/body"), |b| {
        b.iter(|| {
            serde_json::to_vec(&carrierx::PartnerPatch {
                address1: Some(Some(address1.clone())),
                ..Default::default()
            })
            .unwrap()
        })
    });
    group.bench_function(
        BenchmarkId::new("request", "patch_partner/baseline_http"),
        |b| b.iter(hand),
    );

    // request/replace_partner: the Get example (`partner`), decoded (outside
    // the timing) and built into the PUT, which sends the whole object back
    // ("all the fields must be present in a PUT request").
    let partner_example = response_example(&spec, "getPartner", "200", "partner");
    let input: carrierx::Partner = serde_json::from_value(partner_example.clone()).unwrap();
    let baseline_input: plain::Partner = serde_json::from_value(partner_example.clone()).unwrap();
    let build = |input: carrierx::Partner| {
        client
            .replace_partner(partner_sid.as_str(), input)
            .build()
            .unwrap()
    };
    let hand = |input: &plain::Partner| {
        let body = serde_json::to_vec(input).unwrap();
        hand_request(
            Method::PUT,
            url.clone(),
            &authorization,
            "application/json",
            body,
        )
    };
    assert_same_request(
        "replace_partner",
        &build(input.clone()),
        &serde_json::to_vec(&baseline_input).unwrap(),
        &partner_example,
    );
    assert_eq!(build(input.clone()).uri(), hand(&baseline_input).uri());
    request_benches(
        &mut group,
        "replace_partner",
        &input,
        &baseline_input,
        build,
        hand,
    );

    // decode/get_partner: the documented 200 (`partner`).
    let bytes = serde_json::to_vec(&partner_example).unwrap();
    let headers = reply_headers("application/json", bytes.len());
    let decode = || {
        carrierx::builders::GetPartner::decode(
            StatusCode::OK,
            black_box(&headers),
            black_box(&bytes),
        )
        .unwrap()
    };
    assert_same_decode(
        "get_partner",
        serde_json::to_value(decode().body()).unwrap(),
        serde_json::to_value(serde_json::from_slice::<plain::Partner>(&bytes).unwrap()).unwrap(),
        serde_json::to_value(serde_json::from_slice::<flat::Partner>(&bytes).unwrap()).unwrap(),
        &partner_example,
    );
    decode_benches::<carrierx::Partner, plain::Partner, flat::Partner, _>(
        &mut group,
        "get_partner",
        &bytes,
        decode,
    );
    group.finish();
}

// ---------------------------------------------------------------------------
// send: requests per second against a loopback server.

fn send(c: &mut Criterion) {
    let spec = Spec::load("carrierx.yaml");
    let partner_sid = spec.operation("getPartner").parameter_text("partner_sid");
    let example = response_example(&spec, "getPartner", "200", "partner");
    let body = serde_json::to_vec(&example).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let server = BenchServer::start(&runtime, "application/json", &body);

    // Both sides: a reqwest client that ignores proxy settings, one
    // keep-alive connection, the same request line and headers.
    let client = carrierx::Client::new(carrierx::Auth::bearer("t0k3n"))
        .with_base_url(server.base_url.as_str())
        .with_http_client(Loopback::http_client());
    let raw = Loopback::http_client();
    let url = format!("{}/partners/{partner_sid}", server.base_url);
    let (client, raw, url, sid) = (&client, &raw, url.as_str(), partner_sid.as_str());
    let raw_get = move || async move {
        raw.get(url)
            .header(AUTHORIZATION, "Bearer t0k3n")
            .header(ACCEPT, "application/json")
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
    };
    runtime.block_on(async {
        let ours = client.get_partner(sid).send().await.unwrap();
        assert_eq!(serde_json::to_value(ours.body()).unwrap(), example);
        assert_eq!(raw_get().await, body);
    });

    let mut group = c.benchmark_group("send");
    group.throughput(Throughput::Elements(1));
    group.bench_function(BenchmarkId::new("carrierx", "get_partner"), |b| {
        b.to_async(&runtime)
            .iter(move || async move { client.get_partner(sid).send().await.unwrap() })
    });
    group.bench_function(BenchmarkId::new("carrierx", "get_partner/baseline"), |b| {
        b.to_async(&runtime).iter(raw_get)
    });
    group.bench_function(
        BenchmarkId::new("carrierx", "get_partner/baseline_decode"),
        |b| {
            b.to_async(&runtime).iter(move || async move {
                serde_json::from_slice::<carrierx::Partner>(&raw_get().await).unwrap()
            })
        },
    );
    group.finish();
    // Stop the server, then drop the runtime (and with it the aborted tasks).
    drop(server);
    drop(runtime);
}

// What `criterion_group!`/`criterion_main!` expand to, without their
// undocumented `pub fn`.
fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    telegent(&mut criterion);
    convirza(&mut criterion);
    flowroute(&mut criterion);
    carrierx(&mut criterion);
    send(&mut criterion);
    criterion.final_summary();
}
