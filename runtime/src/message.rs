//! The provider's own message in an error body: found in the fields
//! providers commonly use, so that an error's `Display` says why.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::Value;

/// The provider's own message in a decoded error body, for `Display` of an
/// [`Error::Api`](crate::Error::Api): generated error types implement it,
/// from the field the spec names (`x-error-message`) or the first of the
/// usual ones (`message`, `Message`, `detail`, `error_description`,
/// `title`, `error`, then `errors[0]`'s).
pub trait ProviderMessage {
    /// The message, if the body carries one.
    fn provider_message(&self) -> Option<Cow<'_, str>>;
}

impl ProviderMessage for String {
    fn provider_message(&self) -> Option<Cow<'_, str>> {
        let text = self.trim();
        (!text.is_empty()).then_some(Cow::Borrowed(text))
    }
}

impl<T: ProviderMessage> ProviderMessage for Option<T> {
    fn provider_message(&self) -> Option<Cow<'_, str>> {
        self.as_ref()?.provider_message()
    }
}

impl<T: ProviderMessage + ?Sized> ProviderMessage for Box<T> {
    fn provider_message(&self) -> Option<Cow<'_, str>> {
        (**self).provider_message()
    }
}

impl ProviderMessage for Value {
    fn provider_message(&self) -> Option<Cow<'_, str>> {
        message_in(self).map(Cow::Owned)
    }
}

impl ProviderMessage for serde_json::Map<String, Value> {
    fn provider_message(&self) -> Option<Cow<'_, str>> {
        message_in(&Value::Object(self.clone())).map(Cow::Owned)
    }
}

/// A list field, however optional: `Vec<T>`, `Option<Vec<T>>`,
/// `Option<Option<Vec<T>>>`.
pub trait FirstItem {
    /// What the list holds.
    type Item: ProviderMessage;
    /// Its first item, if there is one.
    fn first_item(&self) -> Option<&Self::Item>;
}

impl<T: ProviderMessage> FirstItem for Vec<T> {
    type Item = T;
    fn first_item(&self) -> Option<&T> {
        self.first()
    }
}

impl<L: FirstItem> FirstItem for Option<L> {
    type Item = L::Item;
    fn first_item(&self) -> Option<&L::Item> {
        self.as_ref()?.first_item()
    }
}

/// The first item's message (`{"errors": [{"detail": …}]}`).
pub fn first_message<L: FirstItem>(items: &L) -> Option<Cow<'_, str>> {
    items.first_item()?.provider_message()
}

/// Bodies that carry no message of their own.
macro_rules! no_message {
    ($($ty:ty),* $(,)?) => {
        $(
            impl ProviderMessage for $ty {
                fn provider_message(&self) -> Option<Cow<'_, str>> {
                    None
                }
            }
        )*
    };
}

no_message!((), bool, i32, i64, serde_json::Number, crate::Bytes);

impl<T> ProviderMessage for Vec<T> {
    fn provider_message(&self) -> Option<Cow<'_, str>> {
        None
    }
}

impl<T> ProviderMessage for BTreeMap<String, T> {
    fn provider_message(&self) -> Option<Cow<'_, str>> {
        None
    }
}

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
