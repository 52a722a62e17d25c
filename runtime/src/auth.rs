use std::borrow::Cow;

use base64::Engine as _;
use http::{HeaderName, HeaderValue};
use percent_encoding::utf8_percent_encode;

use crate::BuildError;
use crate::request::COMPONENT;

/// The credentials a client sends in the `Authorization` header.
///
/// Each provider module wraps this in its own `Auth` type that only offers the
/// schemes its spec declares, so a Flowroute client cannot be given a bearer
/// token by mistake.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// `Authorization: Bearer <token>`.
    Bearer(String),
    /// `Authorization: Basic base64(<username>:<password>)`.
    Basic {
        /// The user name (Flowroute calls it the access key).
        username: String,
        /// The password (Flowroute calls it the secret key).
        password: String,
    },
    /// An API key, sent where the spec's `apiKey` scheme says.
    ApiKey {
        /// Header, query parameter or cookie.
        location: ApiKeyLocation,
        /// The header, query parameter or cookie name.
        name: String,
        /// The key.
        key: String,
    },
    /// No `Authorization` header at all.
    None,
}

/// Where an API key goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// A request header named after the scheme.
    Header,
    /// A query parameter.
    Query,
    /// A cookie (`Cookie: <name>=<key>`).
    Cookie,
}

impl Credentials {
    /// The `Authorization` header value, or `None` for [`Credentials::None`].
    pub fn header_value(&self) -> Result<Option<HeaderValue>, BuildError> {
        // Built in place and handed to `HeaderValue` without another copy:
        // this runs on every `build()`.
        let text = match self {
            Credentials::Bearer(token) => {
                let mut text = String::with_capacity("Bearer ".len() + token.len());
                text.push_str("Bearer ");
                text.push_str(token);
                text
            }
            Credentials::Basic { username, password } => {
                let mut pair = String::with_capacity(username.len() + 1 + password.len());
                pair.push_str(username);
                pair.push(':');
                pair.push_str(password);
                let mut text = String::with_capacity("Basic ".len() + pair.len().div_ceil(3) * 4);
                text.push_str("Basic ");
                base64::engine::general_purpose::STANDARD.encode_string(pair, &mut text);
                text
            }
            Credentials::ApiKey { .. } | Credentials::None => return Ok(None),
        };
        let mut value = HeaderValue::try_from(text).map_err(|_| BuildError::InvalidCredentials)?;
        value.set_sensitive(true);
        Ok(Some(value))
    }
}

impl Credentials {
    /// The header an API key in a header or a cookie is sent in.
    pub fn key_header(&self) -> Result<Option<(HeaderName, HeaderValue)>, BuildError> {
        let Credentials::ApiKey {
            location,
            name,
            key,
        } = self
        else {
            return Ok(None);
        };
        let (name, text) = match location {
            ApiKeyLocation::Header => (
                HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| BuildError::InvalidCredentials)?,
                key.clone(),
            ),
            ApiKeyLocation::Cookie => (http::header::COOKIE, format!("{name}={key}")),
            ApiKeyLocation::Query => return Ok(None),
        };
        let mut value = HeaderValue::from_str(&text).map_err(|_| BuildError::InvalidCredentials)?;
        value.set_sensitive(true);
        Ok(Some((name, value)))
    }

    /// The query pair an API key in the query is sent as.
    pub fn key_query(&self) -> Option<(&str, &str)> {
        match self {
            Credentials::ApiKey {
                location: ApiKeyLocation::Query,
                name,
                key,
            } => Some((name, key)),
            _ => None,
        }
    }
}

impl Credentials {
    /// What is shown instead of a secret.
    pub const REDACTED: &'static str = "***";

    /// The secrets these credentials send, each as it could appear in a URL
    /// or a message: the token, the password, the `user:password` pair in
    /// base64, the key; as given and percent-encoded.
    fn secrets(&self) -> Vec<String> {
        let given = match self {
            Credentials::Bearer(token) => vec![token.clone()],
            Credentials::Basic { username, password } => vec![
                password.clone(),
                base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}")),
            ],
            Credentials::ApiKey { key, .. } => vec![key.clone()],
            Credentials::None => Vec::new(),
        };
        let mut secrets = Vec::with_capacity(given.len() * 2);
        for secret in given.into_iter().filter(|secret| !secret.is_empty()) {
            let encoded = utf8_percent_encode(&secret, COMPONENT).to_string();
            if encoded != secret {
                secrets.push(encoded);
            }
            secrets.push(secret);
        }
        // Longest first, so no shorter secret cuts a longer one in two.
        secrets.sort_by_key(|secret| std::cmp::Reverse(secret.len()));
        secrets
    }

    /// `text` with every secret of these credentials replaced by
    /// [`REDACTED`](Self::REDACTED): for a URL or a message that may hold one
    /// (a query API key, a `Location` a server echoed it in).
    pub fn redact<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut text = Cow::Borrowed(text);
        for secret in self.secrets() {
            if text.contains(secret.as_str()) {
                text = Cow::Owned(text.replace(secret.as_str(), Self::REDACTED));
            }
        }
        text
    }
}

/// Credentials are secrets: `Debug` shows the scheme only.
impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Bearer(_) => f.write_str("Bearer(***)"),
            Credentials::Basic { username, .. } => write!(f, "Basic({username}:***)"),
            Credentials::ApiKey { location, name, .. } => {
                write!(f, "ApiKey({location:?} {name}: ***)")
            }
            Credentials::None => f.write_str("None"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_secret_is_redacted_as_given_and_percent_encoded() {
        let key = Credentials::ApiKey {
            location: ApiKeyLocation::Query,
            name: "api_key".into(),
            key: "k/y z".into(),
        };
        assert_eq!(
            key.redact("http://h/s?q=1&api_key=k%2Fy%20z and k/y z"),
            "http://h/s?q=1&api_key=*** and ***"
        );
        let basic = Credentials::Basic {
            username: "user".into(),
            password: "pass".into(),
        };
        assert_eq!(
            basic.redact("Basic dXNlcjpwYXNz user:pass"),
            "Basic *** user:***"
        );
        assert_eq!(
            Credentials::Bearer("t0k".into()).redact("Bearer t0k"),
            "Bearer ***"
        );
        assert!(matches!(
            Credentials::Bearer(String::new()).redact("nothing to hide"),
            Cow::Borrowed("nothing to hide")
        ));
        assert_eq!(Credentials::None.redact("x"), "x");
    }
}
