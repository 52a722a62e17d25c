//! The provider's own message in an error body: found in the fields
//! providers commonly use, so that an error's `Display` says why.

use serde_json::Value;

/// The fields searched, in order: RFC 7807's `detail` and `title`, OAuth2's
/// `error_description` and `error`, and the usual `message`.
const FIELDS: &[&str] = &[
    "message",
    "Message",
    "detail",
    "Detail",
    "error_description",
    "title",
    "Title",
    "error",
    "Error",
];

/// The message a JSON error body carries: the first of the well-known
/// fields (`message`, `Message`, `detail`, `error_description`, `title`,
/// `error`) that holds text, else `errors[0]`'s (`{"errors": [{"detail": …}]}`,
/// JSON:API), else `error`'s when it is an object (`{"error": {"message": …}}`).
/// A body that is a JSON string is its own message.
pub fn message_in(body: &Value) -> Option<String> {
    match body {
        Value::String(text) => non_empty(text),
        Value::Object(object) => FIELDS
            .iter()
            .find_map(|name| {
                object
                    .get(*name)
                    .and_then(Value::as_str)
                    .and_then(non_empty)
            })
            .or_else(|| {
                ["errors", "Errors"]
                    .iter()
                    .find_map(|name| match object.get(*name) {
                        Some(Value::Array(errors)) => errors.first().and_then(message_in),
                        _ => None,
                    })
            })
            .or_else(|| match object.get("error") {
                Some(inner @ Value::Object(_)) => message_in(inner),
                _ => None,
            }),
        _ => None,
    }
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_message_is_found_in_the_usual_places() {
        let cases = [
            (
                json!({"StatusCode": 404, "Message": "Not found: no such route"}),
                Some("Not found: no such route"),
            ),
            (
                json!({"title": "Unauthorized", "detail": "token expired"}),
                Some("token expired"),
            ),
            (
                json!({"error": "invalid_client", "error_description": "bad secret"}),
                Some("bad secret"),
            ),
            (
                json!({"errors": [{"id": "1", "detail": "Number not found"}]}),
                Some("Number not found"),
            ),
            (
                json!({"error": {"code": 7, "message": "quota"}}),
                Some("quota"),
            ),
            (json!({"message": "  "}), None),
            (json!({"code": 5}), None),
            (json!("plain text"), Some("plain text")),
            (json!([1]), None),
        ];
        for (body, expected) in cases {
            assert_eq!(message_in(&body).as_deref(), expected, "{body}");
        }
    }
}
