//! Decoding helpers shared by the generated response decoders and models.

use http::{HeaderMap, StatusCode};
use serde::{Deserialize, Deserializer};

use super::Error;

/// Decodes a JSON body as `T`; a body that does not decode becomes
/// [`Error::Decode`] carrying the status, the start of the body and serde's message.
pub fn decode_json<T, E>(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<T, Error<E>>
where
    T: serde::de::DeserializeOwned,
{
    serde_json::from_slice(body)
        .map_err(|error| Error::decode(status, headers, body, error.to_string()))
}

/// Reads a `text/plain` body documented as a string.
pub fn decode_text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

/// For an optional nullable field (`Option<Option<T>>`): an absent field stays
/// `None` (through `#[serde(default)]`), an explicit `null` becomes
/// `Some(None)` and a value `Some(Some(value))`.
pub fn deserialize_nullable<'de, T, D>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// For an optional field that holds any JSON value (`Option<Value>`): an
/// explicit `null` becomes `Some(Value::Null)`, so it is sent back as `null`
/// rather than dropped.
pub fn deserialize_present<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    T::deserialize(deserializer).map(Some)
}
