//! What the wire tests (`tests/tests/wire_<provider>.rs`) share: requests built
//! from documented examples and rendered for snapshots, and each operation's
//! `decode()` checked against the spec's documented responses.

use std::collections::BTreeSet;

use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderValue, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use switchboard::{BuildError, Error, Response};

use crate::spec::{Spec, from_example};

// ---------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------

/// A request built the way a user would, from one documented example.
#[derive(Debug)]
pub struct Built {
    /// The `operationId` it calls.
    pub operation: &'static str,
    /// The request example it reproduces, if the operation documents one.
    pub example: Option<String>,
    /// Where the values come from, when that is not (only) the example.
    pub note: &'static str,
    /// The request, as the builder's `build()` gave it.
    pub request: http::Request<Vec<u8>>,
}

/// A [`Built`] request; panics, naming the operation, if it did not build.
pub fn built(
    operation: &'static str,
    example: Option<&str>,
    note: &'static str,
    request: Result<http::Request<Vec<u8>>, BuildError>,
) -> Built {
    Built {
        operation,
        example: example.map(str::to_owned),
        note,
        request: request.unwrap_or_else(|error| panic!("{operation}: {error}")),
    }
}

/// One [`Built`] request per documented request example of `operation`, in
/// spec order: each example deserialized into the body type and given to
/// `build`.
pub fn built_from_examples<T: DeserializeOwned>(
    spec: &Spec,
    operation: &'static str,
    build: impl Fn(T) -> Result<http::Request<Vec<u8>>, BuildError>,
) -> Vec<Built> {
    spec.operation(operation)
        .request_examples()
        .iter()
        .map(|example| {
            built(
                operation,
                Some(example.key),
                "",
                build(from_example(example)),
            )
        })
        .collect()
}

/// Method, full URL, every header (sorted) and the exact body bytes.
pub fn render(request: &http::Request<Vec<u8>>) -> String {
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
pub fn render_all(built: &[Built], operation: &str) -> String {
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

/// `operationId` → snapshot name: `getVoiceRoute` → `get_voice_route`.
pub fn snake_case(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Checks that `decoders` covers exactly the spec's operations and that
/// `built` has a request for every operation. (Every request example is
/// checked on its own by [`check_request_examples`], so a new example in a
/// spec is tested without new Rust.)
pub fn check_coverage(spec: &Spec, decoders: &[(&'static str, Decode)], built: &[Built]) {
    let in_spec: BTreeSet<&str> = spec.operations().iter().map(|op| op.id).collect();
    let decoded: BTreeSet<&str> = decoders.iter().map(|(id, _)| *id).collect();
    assert_eq!(decoded, in_spec, "the decode table must cover the spec");
    let requested: BTreeSet<&str> = built.iter().map(|b| b.operation).collect();
    assert_eq!(requested, in_spec, "every operation needs a built request");
}

/// Decodes a documented request body into an operation's body type and
/// encodes it again.
pub type BodyRoundTrip = fn(&Value) -> Result<Value, String>;

/// `[(operationId, round trip through its body type)]`, e.g.
/// `bodies!["patchPartner" => types::PartnerPatch]`.
#[macro_export]
macro_rules! bodies {
    ($($operation:literal => $body:ty),* $(,)?) => {
        [$(
            ($operation, $crate::wire::round_trip::<$body> as $crate::wire::BodyRoundTrip)
        ),*]
    };
}

/// `value` decoded as `T` and encoded again.
pub fn round_trip<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Value, String> {
    let typed: T = serde_json::from_value(value.clone()).map_err(|error| error.to_string())?;
    serde_json::to_value(&typed).map_err(|error| error.to_string())
}

/// Every request example of every operation decodes into that operation's
/// body type and re-encodes to the same JSON. `bodies` must name exactly the
/// operations that have a request body. Returns one line per example.
pub fn check_request_examples(spec: &Spec, bodies: &[(&'static str, BodyRoundTrip)]) -> String {
    let with_body: BTreeSet<&str> = spec
        .operations()
        .iter()
        .filter(|op| op.has_request_body())
        .map(|op| op.id)
        .collect();
    let listed: BTreeSet<&str> = bodies.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        listed, with_body,
        "the body table must name every operation with a request body"
    );
    let mut inventory = Vec::new();
    for op in spec.operations() {
        for example in op.request_examples() {
            let (_, round_trip) = bodies
                .iter()
                .find(|(id, _)| *id == op.id)
                .expect("checked above");
            let again = round_trip(&example.value).unwrap_or_else(|error| {
                panic!(
                    "{} request example `{}` does not decode: {error}",
                    op.id, example.key
                )
            });
            assert_eq!(
                again, example.value,
                "{} request example `{}` does not round-trip",
                op.id, example.key
            );
            inventory.push(format!("{} {} `{}`", op.id, example.media, example.key));
        }
    }
    inventory.join("\n")
}

/// Checks that every request built from a request example sends exactly that
/// example as its JSON body; `also` is shown each example's key and documented
/// value first, for a provider's own checks. Returns how many were compared.
pub fn check_request_bodies(spec: &Spec, built: &[Built], also: impl Fn(&str, &Value)) -> usize {
    let mut compared = 0;
    for built in built {
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
        also(key, &documented);
        let sent: Value = serde_json::from_slice(built.request.body()).expect("JSON body");
        assert_eq!(sent, documented, "{} example `{key}`", built.operation);
        compared += 1;
    }
    compared
}

// ---------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------

/// Reply headers with just this `Content-Type`.
pub fn reply_headers(content_type: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(CONTENT_TYPE, HeaderValue::from_str(content_type).unwrap());
    headers
}

/// What a decode() gave, with bodies re-encoded as JSON for comparison.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// A documented success.
    Ok(StatusCode, Value),
    /// `Error::Api`: a documented error.
    Api(StatusCode, Value),
    /// `Error::UnexpectedResponse`: status, raw body text and reason.
    Unexpected(StatusCode, String, String),
    /// `Error::Decode`: status, the start of the body and the decoder's message.
    Undecodable(StatusCode, String, String),
    /// Anything else (decode() never builds or sends).
    Other(String),
}

/// One operation's `decode()`, its result reduced to an [`Outcome`].
pub type Decode = fn(StatusCode, &HeaderMap, &[u8]) -> Outcome;

/// A decode table: `operationId` → the builder type whose `decode()` answers
/// for it, e.g. `decoders!["getNumber" => builders::GetNumber]`.
#[macro_export]
macro_rules! decoders {
    ($($operation:literal => $builder:ty),* $(,)?) => {
        vec![$(
            $crate::wire::entry($operation, |status, headers, body| {
                $crate::wire::outcome(<$builder>::decode(status, headers, body))
            })
        ),*]
    };
}

/// An entry of a decode table (makes a closure a [`Decode`]).
pub fn entry(operation: &'static str, decode: Decode) -> (&'static str, Decode) {
    (operation, decode)
}

/// A decode() result as an [`Outcome`].
pub fn outcome<T: Serialize, E: Serialize + switchboard_runtime::ProviderMessage>(
    result: Result<Response<T>, Error<E>>,
) -> Outcome {
    match result {
        Ok(response) => Outcome::Ok(response.status(), reencode(response.body())),
        Err(Error::Api(api)) => Outcome::Api(api.status, reencode(&api.body)),
        Err(Error::UnexpectedResponse(reply)) => {
            Outcome::Unexpected(reply.status, reply.body.clone(), reply.reason.clone())
        }
        Err(Error::Decode(reply)) => Outcome::Undecodable(
            reply.status,
            reply.body_prefix.clone(),
            reply.message.clone(),
        ),
        Err(other) => Outcome::Other(other.to_string()),
    }
}

/// A decoded body encoded back to JSON.
pub fn reencode<T: Serialize>(body: &T) -> Value {
    serde_json::to_value(body).expect("a decoded body re-encodes")
}

/// The decoder of operation `id`.
fn decoder(decoders: &[(&'static str, Decode)], id: &str) -> Decode {
    decoders
        .iter()
        .find(|(operation, _)| *operation == id)
        .unwrap_or_else(|| panic!("{id} has no decoder"))
        .1
}

/// Decodes every documented response example with its status and media type;
/// success examples must give `Ok`, error ones `Error::Api`, and the decoded
/// body must re-encode to the example. Returns one line per example.
pub fn check_response_examples(spec: &Spec, decoders: &[(&'static str, Decode)]) -> String {
    let mut inventory = Vec::new();
    for op in spec.operations() {
        let decode = decoder(decoders, op.id);
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
/// that has one, comes back as `Error::Decode` with the status, the (lossy
/// UTF-8) start of the body and serde's message; any body under an
/// undocumented status as `Error::UnexpectedResponse` with the raw text.
pub fn check_unexpected_replies(spec: &Spec, decoders: &[(&'static str, Decode)]) {
    let garbage: &[u8] = b"<html>\xff oops</html>";
    let garbage_text = "<html>\u{fffd} oops</html>";
    for op in spec.operations() {
        let decode = decoder(decoders, op.id);
        let statuses = op.statuses();
        for (key, has_body) in &statuses {
            if !has_body {
                continue;
            }
            let status = op.status_code(key);
            match decode(status, &reply_headers("application/json"), garbage) {
                Outcome::Undecodable(got, body, message) => {
                    assert_eq!(got, status, "{} {key}", op.id);
                    assert_eq!(body, garbage_text, "{} {key}", op.id);
                    assert!(
                        message.starts_with("expected value"),
                        "{} {key}: {message}",
                        op.id
                    );
                }
                other => panic!("{} {key}: {other:?}", op.id),
            }
        }
        let has_default = statuses.iter().any(|(key, _)| *key == "default");
        let teapot = StatusCode::IM_A_TEAPOT;
        match decode(teapot, &reply_headers("text/plain"), b"short and stout") {
            Outcome::Unexpected(got, body, reason) => {
                assert_eq!(got, teapot, "{}", op.id);
                assert_eq!(body, "short and stout", "{}", op.id);
                assert!(!reason.is_empty());
            }
            // An operation with a `default` response reads any other status as
            // its documented error body: here it does not decode.
            Outcome::Undecodable(got, body, _) if has_default => {
                assert_eq!(got, teapot, "{}", op.id);
                assert_eq!(body, "short and stout", "{}", op.id);
            }
            // Only an operation with a `default` response may call it an API error.
            Outcome::Api(..) => panic!("{}: 418 is not documented", op.id),
            other => panic!("{}: {other:?}", op.id),
        }
    }
}
