//! Request bodies and parameter values that are not JSON: form fields,
//! multipart parts, query pairs of structured values, and [`Bytes`], the
//! type of `format: binary` values.
//!
//! Everything goes through the value's JSON form (`serde_json::Value`), so a
//! generated struct is encoded the same way whatever the media type: a field
//! left out of its JSON is left out of the form too.

use base64::Engine as _;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::BuildError;

/// Everything but RFC 3986 "unreserved" characters is percent-encoded.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Raw bytes: a `format: binary` value. In a multipart body it is a file
/// part, a binary reply decodes into it, and in JSON it is a base64 string.
#[derive(Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Bytes(pub Vec<u8>);

impl Bytes {
    /// The bytes.
    pub fn as_slice(&self) -> &[u8] {
        &self.0
    }

    /// The bytes, owned.
    pub fn into_vec(self) -> Vec<u8> {
        self.0
    }
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(bytes: Vec<u8>) -> Self {
        Bytes(bytes)
    }
}

impl From<&[u8]> for Bytes {
    fn from(bytes: &[u8]) -> Self {
        Bytes(bytes.to_vec())
    }
}

impl<const N: usize> From<&[u8; N]> for Bytes {
    fn from(bytes: &[u8; N]) -> Self {
        Bytes(bytes.to_vec())
    }
}

impl From<String> for Bytes {
    fn from(text: String) -> Self {
        Bytes(text.into_bytes())
    }
}

impl From<&str> for Bytes {
    fn from(text: &str) -> Self {
        Bytes(text.as_bytes().to_vec())
    }
}

impl From<Bytes> for Vec<u8> {
    fn from(bytes: Bytes) -> Self {
        bytes.0
    }
}

/// The length only: bytes may be large, binary or secret.
impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bytes({} bytes)", self.0.len())
    }
}

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

/// Base64 (as `Serialize` writes it); text that is not base64 is kept as
/// its UTF-8 bytes.
impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Bytes(
            base64::engine::general_purpose::STANDARD
                .decode(&text)
                .unwrap_or_else(|_| text.into_bytes()),
        ))
    }
}

fn invalid(message: &str) -> BuildError {
    BuildError::Body(<serde_json::Error as serde::ser::Error>::custom(message))
}

/// The fields of a body that must be an object (a form, a multipart body).
fn fields<T: Serialize>(body: &T) -> Result<Map<String, Value>, BuildError> {
    match serde_json::to_value(body)? {
        Value::Object(map) => Ok(map),
        Value::Null => Ok(Map::new()),
        _ => Err(invalid("a form or multipart body must be an object")),
    }
}

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn flatten(name: &str, value: &Value, deep: bool, out: &mut Vec<(String, String)>) {
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let nested = matches!(item, Value::Array(_) | Value::Object(_));
                let key = if deep || nested {
                    format!("{name}[{index}]")
                } else {
                    name.to_owned()
                };
                flatten(&key, item, deep, out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                flatten(&format!("{name}[{key}]"), item, deep, out);
            }
        }
        scalar => out.push((name.to_owned(), scalar_text(scalar))),
    }
}

/// The `name=value` pairs of one parameter or form field: a scalar is one
/// pair (`null` an empty value); an array repeats the name (`name[0]`,
/// `name[1]` when `deep`, the OpenAPI `deepObject` style); an object is
/// `name[key]=value`, recursively.
pub fn query_pairs<T: Serialize>(
    name: &str,
    value: &T,
    deep: bool,
) -> Result<Vec<(String, String)>, BuildError> {
    let value = serde_json::to_value(value)?;
    let mut out = Vec::new();
    flatten(name, &value, deep, &mut out);
    Ok(out)
}

/// A value in the OpenAPI `simple` style, for a path or header parameter:
/// a scalar as text, an array as `a,b,c`, an object as `k1,v1,k2,v2`.
pub fn simple_style<T: Serialize>(value: &T) -> Result<String, BuildError> {
    Ok(joined(value)?.join(","))
}

/// The values a query parameter of one pair joins (`form` with
/// `explode: false`, `spaceDelimited`, `pipeDelimited`): an array's items,
/// an object's keys and values in turn (`k1, v1, k2, v2`), a scalar alone.
/// Empty for an empty array or object, which sends no pair.
pub fn joined<T: Serialize>(value: &T) -> Result<Vec<String>, BuildError> {
    let value = serde_json::to_value(value)?;
    Ok(match &value {
        Value::Array(items) => items.iter().map(scalar_text).collect(),
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, item)| [key.clone(), scalar_text(item)])
            .collect(),
        scalar => vec![scalar_text(scalar)],
    })
}

/// An `application/x-www-form-urlencoded` body: one pair per field (see
/// [`query_pairs`]); the fields named in `deep` use the `deepObject` style.
pub fn form_encode<T: Serialize>(body: &T, deep: &[&str]) -> Result<Vec<u8>, BuildError> {
    let mut pairs = Vec::new();
    for (name, value) in fields(body)? {
        flatten(&name, &value, deep.contains(&name.as_str()), &mut pairs);
    }
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(name, value)| {
            format!(
                "{}={}",
                utf8_percent_encode(name, COMPONENT),
                utf8_percent_encode(value, COMPONENT)
            )
        })
        .collect();
    Ok(encoded.join("&").into_bytes())
}

/// One part of a multipart body.
struct Part {
    name: String,
    file: bool,
    content_type: Option<&'static str>,
    bytes: Vec<u8>,
}

/// A `multipart/form-data` body: the `Content-Type` (with its boundary) and
/// the bytes. Each field is a part (an array one part per item); the fields
/// named in `files` are file parts, named after the field, with their bytes
/// as given; an object is a JSON part; `null` fields are left out.
pub fn multipart_encode<T: Serialize>(
    body: &T,
    files: &[&str],
) -> Result<(String, Vec<u8>), BuildError> {
    let mut parts = Vec::new();
    for (name, value) in fields(body)? {
        let file = files.contains(&name.as_str());
        let items = match value {
            Value::Array(items) => items,
            other => vec![other],
        };
        for item in items {
            let (content_type, bytes) = match item {
                Value::Null => continue,
                Value::String(text) if file => (
                    Some("application/octet-stream"),
                    base64::engine::general_purpose::STANDARD
                        .decode(&text)
                        .unwrap_or_else(|_| text.into_bytes()),
                ),
                Value::String(text) => (None, text.into_bytes()),
                item @ (Value::Object(_) | Value::Array(_)) => {
                    (Some("application/json"), serde_json::to_vec(&item)?)
                }
                scalar => (None, scalar.to_string().into_bytes()),
            };
            parts.push(Part {
                name: name.clone(),
                file,
                content_type,
                bytes,
            });
        }
    }
    // A boundary that no part contains.
    let boundary = (0u32..)
        .map(|n| format!("switchboard-boundary-{n:08x}"))
        .find(|boundary| {
            parts
                .iter()
                .all(|part| !contains(&part.bytes, boundary.as_bytes()))
        })
        .unwrap_or_default();
    let mut out = Vec::new();
    for part in &parts {
        // HTML's rule for names in a multipart body: `"` and line breaks encoded.
        let name = part
            .name
            .replace('"', "%22")
            .replace('\r', "%0D")
            .replace('\n', "%0A");
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        let disposition = if part.file {
            format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{name}\"\r\n")
        } else {
            format!("Content-Disposition: form-data; name=\"{name}\"\r\n")
        };
        out.extend_from_slice(disposition.as_bytes());
        if let Some(content_type) = part.content_type {
            out.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&part.bytes);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    Ok((format!("multipart/form-data; boundary={boundary}"), out))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn form_fields_nest_with_brackets_and_arrays_repeat() {
        let body = json!({
            "amount": 100,
            "currency": "usd eur",
            "metadata": {"order": "6735", "empty": null},
            "expand": ["a", "b"],
            "items": [{"price": "p_1"}],
        });
        let text = String::from_utf8(form_encode(&body, &["expand"]).unwrap()).unwrap();
        assert_eq!(
            text,
            "amount=100&currency=usd%20eur&expand%5B0%5D=a&expand%5B1%5D=b\
             &items%5B0%5D%5Bprice%5D=p_1&metadata%5Bempty%5D=&metadata%5Border%5D=6735"
        );
        let text =
            String::from_utf8(form_encode(&json!({"tag": ["x", "y"]}), &[]).unwrap()).unwrap();
        assert_eq!(text, "tag=x&tag=y");
        assert!(form_encode(&json!([1, 2]), &[]).is_err());
    }

    #[test]
    fn multipart_has_a_part_per_field_and_files_keep_their_bytes() {
        let body = json!({
            "file": base64::engine::general_purpose::STANDARD.encode([0u8, 159, 146, 150]),
            "name": "a \"quoted\" name",
            "count": 3,
            "skip": null,
        });
        let (content_type, bytes) = multipart_encode(&body, &["file"]).unwrap();
        assert_eq!(
            content_type,
            "multipart/form-data; boundary=switchboard-boundary-00000000"
        );
        let mut expected = b"--switchboard-boundary-00000000\r\n\
Content-Disposition: form-data; name=\"count\"\r\n\r\n3\r\n\
--switchboard-boundary-00000000\r\n\
Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n\
Content-Type: application/octet-stream\r\n\r\n"
            .to_vec();
        expected.extend_from_slice(&[0, 159, 146, 150]);
        expected.extend_from_slice(
            b"\r\n--switchboard-boundary-00000000\r\n\
Content-Disposition: form-data; name=\"name\"\r\n\r\na \"quoted\" name\r\n\
--switchboard-boundary-00000000--\r\n",
        );
        assert_eq!(bytes, expected);
    }

    #[test]
    fn the_boundary_never_occurs_in_a_part() {
        let body = json!({"text": "--switchboard-boundary-00000000"});
        let (content_type, _) = multipart_encode(&body, &[]).unwrap();
        assert!(content_type.ends_with("switchboard-boundary-00000001"));
    }

    #[test]
    fn simple_style_joins_with_commas() {
        assert_eq!(simple_style(&json!(["a", 1, true])).unwrap(), "a,1,true");
        assert_eq!(simple_style(&json!({"x": 1, "y": "b"})).unwrap(), "x,1,y,b");
        assert_eq!(simple_style(&json!("plain")).unwrap(), "plain");
    }

    #[test]
    fn bytes_are_base64_in_json_and_tolerate_plain_text() {
        let bytes = Bytes::from(&[1u8, 2, 3]);
        assert_eq!(serde_json::to_string(&bytes).unwrap(), "\"AQID\"");
        assert_eq!(serde_json::from_str::<Bytes>("\"AQID\"").unwrap(), bytes);
        assert_eq!(
            serde_json::from_str::<Bytes>("\"not base64!\"").unwrap(),
            Bytes::from("not base64!")
        );
        assert_eq!(format!("{bytes:?}"), "Bytes(3 bytes)");
    }
}
