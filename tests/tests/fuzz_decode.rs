//! Fuzz-style property tests of response decoding: for every operation of
//! every provider, `decode()` given any status (100–599), any of a set of
//! content types and any bytes — random bytes, JSON token soup, arbitrary
//! JSON values built from the specs' own field names and enum values,
//! truncated JSON, and mutated documented examples — returns a value or a
//! typed error, and never panics. The runtime's `Retry-After` parsing and
//! backoff get the same treatment.
//!
//! Each property runs a fixed number of cases (see [`CASES`]) so CI time
//! stays bounded; a failure prints the smallest input found. Any input that
//! ever made something panic is kept below as a plain regression test.

use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderValue, StatusCode};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value;
use switchboard::runtime::{RetryPolicy, retry_after};
use switchboard::{carrierx, convirza, flowroute, telegent};
use switchboard_tests::decoders;
use switchboard_tests::spec::Spec;
use switchboard_tests::wire::{Decode, Outcome};

/// Cases per property (`PROPTEST_CASES` overrides it, for a longer soak).
const CASES: u32 = 1000;

fn config() -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|cases| cases.parse().ok())
            .unwrap_or(CASES),
        // Regressions are kept as tests in this file, not in side files.
        failure_persistence: None,
        ..Config::default()
    }
}

/// One provider: its spec file and a decoder per operation.
struct Provider {
    file: &'static str,
    decoders: Vec<(&'static str, Decode)>,
}

fn providers() -> Vec<Provider> {
    vec![
        Provider {
            file: "carrierx.yaml",
            decoders: {
                use carrierx::builders;
                decoders![
                    "listPartners" => builders::ListPartners,
                    "createPartner" => builders::CreatePartner,
                    "getPartner" => builders::GetPartner,
                    "patchPartner" => builders::PatchPartner,
                    "replacePartner" => builders::ReplacePartner,
                ]
            },
        },
        Provider {
            file: "convirza.yaml",
            decoders: {
                use convirza::builders;
                decoders![
                    "listProvisionedRoutes" => builders::ListProvisionedRoutes,
                    "createProvisionedRoute" => builders::CreateProvisionedRoute,
                    "getProvisionedRoute" => builders::GetProvisionedRoute,
                    "replaceProvisionedRoute" => builders::ReplaceProvisionedRoute,
                    "patchProvisionedRoute" => builders::PatchProvisionedRoute,
                    "deleteProvisionedRoute" => builders::DeleteProvisionedRoute,
                    "getAccessToken" => builders::GetAccessToken,
                    "refreshAccessToken" => builders::RefreshAccessToken,
                    "revokeToken" => builders::RevokeToken,
                ]
            },
        },
        Provider {
            file: "flowroute.yaml",
            decoders: {
                use flowroute::builders;
                decoders![
                    "listNumbers" => builders::ListNumbers,
                    "getNumber" => builders::GetNumber,
                    "purchaseNumber" => builders::PurchaseNumber,
                    "patchNumber" => builders::PatchNumber,
                    "releaseNumber" => builders::ReleaseNumber,
                ]
            },
        },
        Provider {
            file: "telegent.yaml",
            decoders: {
                use telegent::builders;
                decoders![
                    "updateVoiceRoute" => builders::UpdateVoiceRoute,
                    "getVoiceRoute" => builders::GetVoiceRoute,
                    "createVoiceRoute" => builders::CreateVoiceRoute,
                    "listAccountVoiceRoutes" => builders::ListAccountVoiceRoutes,
                    "deleteVoiceRoute" => builders::DeleteVoiceRoute,
                    "generateApiToken" => builders::GenerateApiToken,
                ]
            },
        },
    ]
}

/// A documented response example: which decoder, with what status and media type.
#[derive(Debug, Clone)]
struct Seed {
    provider: usize,
    operation: &'static str,
    status: u16,
    media: String,
    value: Value,
}

/// What the specs offer the generators: their examples, every property
/// name (as object keys) and every string enum value.
struct Corpus {
    providers: Vec<Provider>,
    seeds: Vec<Seed>,
    keys: Vec<String>,
    strings: Vec<String>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let providers = providers();
        let mut seeds = Vec::new();
        let mut keys = Vec::new();
        let mut strings = Vec::new();
        for (index, provider) in providers.iter().enumerate() {
            let spec = Spec::load(provider.file);
            let in_spec: Vec<&str> = spec.operations().iter().map(|op| op.id).collect();
            let covered: Vec<&str> = provider.decoders.iter().map(|(id, _)| *id).collect();
            assert_eq!(
                sorted(in_spec),
                sorted(covered),
                "{}: every operation has a decoder here",
                provider.file
            );
            for (operation, _) in &provider.decoders {
                let op = spec.operation(operation);
                for example in op.response_examples() {
                    seeds.push(Seed {
                        provider: index,
                        operation,
                        status: op.status_code(example.status.expect("a response")).as_u16(),
                        media: example.media.to_owned(),
                        value: example.value,
                    });
                }
            }
            collect_words(spec.doc(), &mut keys, &mut strings);
        }
        assert!(seeds.len() > 20, "the specs document their responses");
        keys.sort();
        keys.dedup();
        strings.sort();
        strings.dedup();
        Corpus {
            providers,
            seeds,
            keys,
            strings,
        }
    })
}

fn sorted(mut items: Vec<&str>) -> Vec<&str> {
    items.sort_unstable();
    items
}

/// Every key under a `properties` map, and every string of an `enum`.
fn collect_words(value: &Value, keys: &mut Vec<String>, strings: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get("properties") {
                keys.extend(properties.keys().cloned());
            }
            if let Some(Value::Array(values)) = map.get("enum") {
                strings.extend(values.iter().filter_map(Value::as_str).map(str::to_owned));
            }
            for item in map.values() {
                collect_words(item, keys, strings);
            }
        }
        Value::Array(items) => {
            for item in items {
                collect_words(item, keys, strings);
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------

/// Content types a server might send (empty: none at all).
const CONTENT_TYPES: &[&str] = &[
    "application/json",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "application/vnd.api+json",
    "application/problem+json",
    "text/json",
    "text/plain",
    "text/plain; charset=utf-8",
    "text/html",
    "application/octet-stream",
    "",
];

fn headers(content_type: &str, request_id: Option<&str>) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if !content_type.is_empty() {
        headers.insert(CONTENT_TYPE, HeaderValue::from_str(content_type).unwrap());
    }
    if let Some(id) = request_id.and_then(|id| HeaderValue::from_str(id).ok()) {
        headers.insert("x-request-id", id);
    }
    headers
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        100u16..=599,
        // The documented ones, more often.
        prop::sample::select(vec![
            200u16, 201, 204, 207, 400, 401, 403, 404, 409, 422, 429, 500, 503
        ]),
    ]
}

fn content_type() -> impl Strategy<Value = &'static str> {
    prop::sample::select(CONTENT_TYPES)
}

fn request_id() -> impl Strategy<Value = Option<String>> {
    proptest::option::of("[ -~]{0,24}")
}

/// A string: from the specs' enums and keys, or arbitrary.
fn string() -> impl Strategy<Value = String> {
    let corpus = corpus();
    prop_oneof![
        prop::sample::select(corpus.strings.clone()),
        prop::sample::select(corpus.keys.clone()),
        "\\PC{0,16}",
        Just(String::new()),
        Just("null".to_owned()),
    ]
}

/// An arbitrary JSON value whose objects mostly use the specs' field names.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        (-3i64..300).prop_map(Value::from),
        string().prop_map(Value::String),
    ];
    let key = prop_oneof![3 => prop::sample::select(corpus().keys.clone()), 1 => "\\PC{0,8}"];
    leaf.prop_recursive(5, 96, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..10)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// JSON-ish token soup: mostly not JSON, but close enough to get far into the parser.
fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    let token = prop_oneof![
        prop::sample::select(vec![
            "{",
            "}",
            "[",
            "]",
            ":",
            ",",
            "\"",
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1e999",
            "-0.0",
            "1.5e-7",
            "18446744073709551616",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"a\"",
            " ",
            "\n",
            "\u{feff}",
            "\"data\"",
            "\"attributes\"",
            "\"errors\"",
            "\"items\"",
        ])
        .prop_map(str::to_owned),
        prop::sample::select(corpus().keys.clone()).prop_map(|key| format!("\"{key}\"")),
        prop::sample::select(corpus().strings.clone()).prop_map(|text| format!("\"{text}\"")),
    ];
    prop::collection::vec(token, 0..48).prop_map(|tokens| tokens.concat().into_bytes())
}

/// Any body: random bytes, token soup, a JSON value, or a JSON value cut short.
fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..256),
        token_soup(),
        json_value().prop_map(|value| serde_json::to_vec(&value).unwrap()),
        (json_value(), any::<prop::sample::Index>()).prop_map(|(value, cut)| {
            let text = serde_json::to_vec(&value).unwrap();
            let at = cut.index(text.len() + 1);
            text[..at].to_vec()
        }),
    ]
}

/// One change to a JSON document, at the node `at` picks (in document order).
#[derive(Debug, Clone)]
enum Mutation {
    /// The node becomes this value.
    Replace(Value),
    /// The node is removed from its object or array.
    Remove,
    /// A field (or an array item) is added to the node.
    Insert(String, Value),
    /// The node becomes another node of the same document.
    CopyFrom(prop::sample::Index),
    /// A string becomes a number or the other way round, an object an array…
    Retype,
}

fn mutation() -> impl Strategy<Value = (prop::sample::Index, Mutation)> {
    let mutation = prop_oneof![
        json_value().prop_map(Mutation::Replace),
        Just(Mutation::Remove),
        (prop::sample::select(corpus().keys.clone()), json_value())
            .prop_map(|(key, value)| Mutation::Insert(key, value)),
        any::<prop::sample::Index>().prop_map(Mutation::CopyFrom),
        Just(Mutation::Retype),
    ];
    (any::<prop::sample::Index>(), mutation)
}

/// The JSON pointers of every node of `value`, in document order.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{escaped}"), out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn mutate(document: &mut Value, (at, mutation): &(prop::sample::Index, Mutation)) {
    let mut nodes = Vec::new();
    pointers(document, String::new(), &mut nodes);
    let pointer = at.get(&nodes).clone();
    match mutation {
        Mutation::Replace(value) => *document.pointer_mut(&pointer).unwrap() = value.clone(),
        Mutation::Remove => {
            let Some((parent, last)) = pointer.rsplit_once('/') else {
                *document = Value::Null;
                return;
            };
            let key = last.replace("~1", "/").replace("~0", "~");
            match document.pointer_mut(parent).unwrap() {
                Value::Object(map) => {
                    map.remove(&key);
                }
                Value::Array(items) => {
                    items.remove(key.parse::<usize>().unwrap());
                }
                _ => unreachable!("a parent is an object or an array"),
            }
        }
        Mutation::Insert(key, value) => match document.pointer_mut(&pointer).unwrap() {
            Value::Object(map) => {
                map.insert(key.clone(), value.clone());
            }
            Value::Array(items) => items.push(value.clone()),
            node => *node = value.clone(),
        },
        Mutation::CopyFrom(from) => {
            let source = document.pointer(from.get(&nodes).as_str()).unwrap().clone();
            *document.pointer_mut(&pointer).unwrap() = source;
        }
        Mutation::Retype => {
            let node = document.pointer_mut(&pointer).unwrap();
            *node = match node.take() {
                Value::String(text) => text
                    .parse::<serde_json::Number>()
                    .map(Value::Number)
                    .unwrap_or(Value::Bool(!text.is_empty())),
                Value::Number(number) => Value::String(number.to_string()),
                Value::Bool(flag) => Value::String(flag.to_string()),
                Value::Null => Value::String(String::new()),
                Value::Array(items) => items.into_iter().next().unwrap_or(Value::Null),
                Value::Object(map) => Value::Array(map.into_iter().map(|(_, item)| item).collect()),
            };
        }
    }
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

/// Decodes `body` with every operation's decoder (or just `only`'s) and checks
/// what came back: a value or an error for exactly this status, never a
/// build or transport error (decode() neither builds nor sends).
fn decode_everywhere(status: u16, headers: &HeaderMap, body: &[u8], only: Option<(usize, &str)>) {
    let status = StatusCode::from_u16(status).unwrap();
    for (index, provider) in corpus().providers.iter().enumerate() {
        for (operation, decode) in &provider.decoders {
            if only.is_some_and(|only| only != (index, *operation)) {
                continue;
            }
            let got = match decode(status, headers, body) {
                Outcome::Ok(got, _)
                | Outcome::Api(got, _)
                | Outcome::Unexpected(got, ..)
                | Outcome::Undecodable(got, ..) => got,
                Outcome::Other(other) => panic!("{operation}: {other}"),
            };
            assert_eq!(got, status, "{} {operation}", provider.file);
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_bytes_under_any_status_decode_without_panicking(
        status in status(),
        content_type in content_type(),
        request_id in request_id(),
        body in body(),
    ) {
        decode_everywhere(status, &headers(content_type, request_id.as_deref()), &body, None);
    }

    #[test]
    fn any_json_value_decodes_without_panicking(
        status in status(),
        content_type in content_type(),
        value in json_value(),
    ) {
        let body = serde_json::to_vec(&value).unwrap();
        decode_everywhere(status, &headers(content_type, None), &body, None);
    }

    #[test]
    fn mutated_documented_examples_decode_without_panicking(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
        other_status in proptest::option::weighted(0.2, status()),
    ) {
        let seed = seed.get(&corpus().seeds);
        let mut value = seed.value.clone();
        for change in &mutations {
            mutate(&mut value, change);
        }
        let body = serde_json::to_vec(&value).unwrap();
        let status = other_status.unwrap_or(seed.status);
        let only = other_status.is_none().then_some((seed.provider, seed.operation));
        decode_everywhere(status, &headers(&seed.media, None), &body, only);
    }

    #[test]
    fn retry_after_never_panics(value in "[ -~]{0,40}", now in any::<u64>()) {
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert("retry-after", value);
        }
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(now >> 8);
        let _ = retry_after(&headers, now);
    }

    #[test]
    fn retry_after_dates_never_panic(
        day in prop_oneof![1u64..=31, any::<u64>()],
        month in prop::sample::select(vec!["Jan", "Feb", "Mar", "Jun", "Dec", "Foo"]),
        year in prop_oneof![1900i64..2200, any::<i64>(), Just(i64::MIN), Just(i64::MAX)],
        hour in prop_oneof![0u64..24, any::<u64>()],
        minute in 0u64..61,
        second in 0u64..62,
    ) {
        let date = format!("Sun, {day:02} {month} {year} {hour:02}:{minute:02}:{second:02} GMT");
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", HeaderValue::from_str(&date).unwrap());
        let _ = retry_after(&headers, SystemTime::now());
    }

    #[test]
    fn backoff_never_panics_and_stays_under_its_ceiling(
        attempt in any::<u32>(),
        base in any::<u64>(),
        max in any::<u64>(),
        cap in any::<u64>(),
        retry_after in proptest::option::of(any::<u64>()),
    ) {
        let policy = RetryPolicy {
            base_delay: Duration::from_nanos(base),
            max_delay: Duration::from_nanos(max),
            max_retry_after: Duration::from_secs(cap),
            ..RetryPolicy::default()
        };
        let wait = policy.delay(attempt, retry_after.map(Duration::from_secs));
        match retry_after {
            Some(seconds) => prop_assert_eq!(
                wait,
                (seconds <= cap).then(|| Duration::from_secs(seconds))
            ),
            None => prop_assert!(wait.unwrap() <= policy.max_delay),
        }
    }
}

/// Every documented example, cut at every length: a documented status whose
/// body is cut short is a decode error (a compact JSON text has no valid
/// proper prefix), never a panic.
#[test]
fn every_documented_example_cut_short_is_a_decode_error() {
    let corpus = corpus();
    for seed in &corpus.seeds {
        let text = serde_json::to_vec(&seed.value).unwrap();
        let decode = corpus.providers[seed.provider]
            .decoders
            .iter()
            .find(|(id, _)| *id == seed.operation)
            .unwrap()
            .1;
        let status = StatusCode::from_u16(seed.status).unwrap();
        for cut in 0..text.len() {
            match decode(status, &headers(&seed.media, None), &text[..cut]) {
                Outcome::Undecodable(got, ..) => assert_eq!(got, status),
                other => panic!("{} cut at {cut}: {other:?}", seed.operation),
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Regressions: inputs that once panicked
// ---------------------------------------------------------------------------

/// The HTTP-date arithmetic overflowed (a panic in debug builds) on a year
/// far outside the four digits IMF-fixdate allows; found by
/// `retry_after_dates_never_panic` (year 584554051224).
#[test]
fn regression_retry_after_with_an_enormous_year() {
    for year in [i64::MIN, -1, 10_000, 584_554_051_224, i64::MAX] {
        let mut headers = HeaderMap::new();
        let date = format!("Sun, 06 Nov {year} 08:49:37 GMT");
        headers.insert("retry-after", HeaderValue::from_str(&date).unwrap());
        assert_eq!(retry_after(&headers, SystemTime::now()), None, "{date}");
    }
}
