//! Decoding helpers shared by the generated response decoders and models.

use http::{HeaderMap, StatusCode};
use serde::{Deserialize, Deserializer};

use crate::Error;

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

/// Keeps a binary reply as it came.
pub fn decode_bytes(body: &[u8]) -> crate::Bytes {
    crate::Bytes(body.to_vec())
}

/// For a union with a `discriminator`: the whole value and its tag (the
/// string in `property`, if there is one). The generated `Deserialize` picks
/// the variant by the tag and decodes the whole value, tag included, into it.
pub fn decode_tagged<'de, D>(
    deserializer: D,
    property: &str,
) -> Result<(Option<String>, serde_json::Value), D::Error>
where
    D: Deserializer<'de>,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    let tag = value
        .get(property)
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned);
    Ok((tag, value))
}

/// Decodes the value of a tagged union's variant, reporting a mismatch as
/// the deserializer's error.
pub fn decode_variant<T, E>(value: serde_json::Value) -> Result<T, E>
where
    T: serde::de::DeserializeOwned,
    E: serde::de::Error,
{
    serde_json::from_value(value).map_err(E::custom)
}

/// Encodes a tagged union's variant, adding the tag when the variant's own
/// fields do not carry it.
pub fn encode_tagged<T, S>(
    value: &T,
    property: &str,
    tag: &str,
    serializer: S,
) -> Result<S::Ok, S::Error>
where
    T: serde::Serialize,
    S: serde::Serializer,
{
    let mut json = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
    if let serde_json::Value::Object(map) = &mut json {
        map.entry(property)
            .or_insert_with(|| serde_json::Value::String(tag.to_owned()));
    }
    serde::Serialize::serialize(&json, serializer)
}

/// Decodes a string enum: a documented value (`known`) without allocating,
/// anything else kept as `unknown(value)`.
pub fn deserialize_enum<'de, D, T>(
    deserializer: D,
    known: fn(&str) -> Option<T>,
    unknown: fn(String) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct Wire<T> {
        known: fn(&str) -> Option<T>,
        unknown: fn(String) -> T,
    }

    impl<T> serde::de::Visitor<'_> for Wire<T> {
        type Value = T;

        fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str("a string")
        }

        fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<T, E> {
            Ok((self.known)(value).unwrap_or_else(|| (self.unknown)(value.to_owned())))
        }

        fn visit_string<E: serde::de::Error>(self, value: String) -> Result<T, E> {
            Ok(match (self.known)(&value) {
                Some(known) => known,
                None => (self.unknown)(value),
            })
        }
    }

    deserializer.deserialize_str(Wire { known, unknown })
}
