//! What token endpoints read and write: expiries in the formats specs
//! describe, form bodies and HTTP Basic client credentials as RFC 6749 says.

use std::time::{Duration, SystemTime};

use http::HeaderMap;
use serde_json::Value;

/// How a token's expiry is written in the reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExpiryFormat {
    /// Seconds from now, a JSON number or a string of digits (OAuth2's
    /// `expires_in`).
    Seconds,
    /// An RFC 3339 timestamp (`2026-04-10T12:00:00.000Z`).
    Rfc3339,
    /// A timestamp laid out as this description of the `time` crate says
    /// (`[month]/[day]/[year] [hour repr:12]:[minute]:[second] [period]`);
    /// read as UTC unless the description has an offset.
    Layout(&'static str),
}

/// `id:secret`, each form-encoded, in base64.
pub(crate) fn basic_pair(id: &str, secret: &str) -> String {
    use base64::Engine as _;
    let encode = |text: &str| form_urlencoded(&[("", text)])[1..].to_owned();
    base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", encode(id), encode(secret)))
}

/// `name=value&…`, form-encoded (spaces as `+`).
pub(crate) fn form_urlencoded(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(name, value)| {
            let encode = |text: &str| {
                percent_encoding::utf8_percent_encode(text, crate::request::COMPONENT)
                    .to_string()
                    .replace("%20", "+")
            };
            format!("{}={}", encode(name), encode(value))
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The lifetime a reply's expiry `value` gives, read as `format`; `None`
/// when it is absent, unreadable, or not in the future. An absolute time
/// is measured from the reply's `Date` (the server's clock) when it has
/// one, so a skewed local clock does not shorten or stretch it.
pub(crate) fn expiry(
    value: Option<&Value>,
    format: &ExpiryFormat,
    headers: &HeaderMap,
    now: SystemTime,
) -> Option<Duration> {
    let text = match value? {
        Value::String(text) => text.trim().to_owned(),
        Value::Number(number) => number.to_string(),
        _ => return None,
    };
    let at = match format {
        ExpiryFormat::Seconds => {
            let seconds: u64 = text.parse().ok()?;
            return (seconds > 0).then(|| Duration::from_secs(seconds));
        }
        ExpiryFormat::Rfc3339 => {
            time::OffsetDateTime::parse(&text, &time::format_description::well_known::Rfc3339)
                .ok()?
        }
        ExpiryFormat::Layout(layout) => {
            // Version 1 of the syntax, which the README documents.
            let items = time::format_description::parse_borrowed::<1>(layout).ok()?;
            time::OffsetDateTime::parse(&text, &items)
                .or_else(|_| {
                    time::PrimitiveDateTime::parse(&text, &items).map(|at| at.assume_utc())
                })
                .ok()?
        }
    };
    let at = SystemTime::from(at);
    let reference = headers
        .get(http::header::DATE)
        .and_then(|date| date.to_str().ok())
        .and_then(|date| httpdate::parse_http_date(date).ok())
        .unwrap_or(now);
    at.duration_since(reference)
        .ok()
        .filter(|lifetime| !lifetime.is_zero())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn expiries_are_read_in_each_format() {
        let none = HeaderMap::new();
        let seconds = |value: Value| expiry(Some(&value), &ExpiryFormat::Seconds, &none, at(0));
        assert_eq!(seconds(Value::from(3600)), Some(Duration::from_secs(3600)));
        assert_eq!(seconds(Value::from("120")), Some(Duration::from_secs(120)));
        assert_eq!(seconds(Value::from(0)), None);
        assert_eq!(seconds(Value::from("soon")), None);
        assert_eq!(seconds(Value::from(-5)), None);

        // 2025-05-02T18:36:13Z is 1746210973.
        let telegent =
            ExpiryFormat::Layout("[month]/[day]/[year] [hour repr:12]:[minute]:[second] [period]");
        let value = Value::from("05/02/2025 06:36:13 PM");
        assert_eq!(
            expiry(Some(&value), &telegent, &none, at(1_746_210_973 - 300)),
            Some(Duration::from_secs(300))
        );
        // Already past (a time zone behind the one assumed): not believed.
        assert_eq!(
            expiry(Some(&value), &telegent, &none, at(1_746_210_974)),
            None
        );
        let value = Value::from("2025-05-02T18:36:13.000Z");
        assert_eq!(
            expiry(
                Some(&value),
                &ExpiryFormat::Rfc3339,
                &none,
                at(1_746_210_973 - 60)
            ),
            Some(Duration::from_secs(60))
        );
        // Measured from the server's `Date`, not the local clock.
        let mut dated = HeaderMap::new();
        dated.insert("date", "Fri, 02 May 2025 18:26:13 GMT".parse().unwrap());
        assert_eq!(
            expiry(Some(&value), &ExpiryFormat::Rfc3339, &dated, at(0)),
            Some(Duration::from_secs(600))
        );
        assert_eq!(expiry(None, &ExpiryFormat::Rfc3339, &none, at(0)), None);
        let broken = ExpiryFormat::Layout("[month");
        assert_eq!(expiry(Some(&value), &broken, &none, at(0)), None);
    }

    #[test]
    fn form_fields_and_client_credentials_are_encoded_as_rfc_6749_says() {
        assert_eq!(
            form_urlencoded(&[("grant_type", "client_credentials"), ("scope", "a b/c")]),
            "grant_type=client_credentials&scope=a+b%2Fc"
        );
        // base64("id%3A1:s+cret") — the colon of the id encoded.
        assert_eq!(basic_pair("id:1", "s cret"), "aWQlM0ExOnMrY3JldA==");
    }
}
