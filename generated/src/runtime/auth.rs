use base64::Engine as _;
use http::HeaderValue;

use super::BuildError;

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
    /// No `Authorization` header at all.
    None,
}

impl Credentials {
    /// The `Authorization` header value, or `None` for [`Credentials::None`].
    pub fn header_value(&self) -> Result<Option<HeaderValue>, BuildError> {
        let text = match self {
            Credentials::Bearer(token) => format!("Bearer {token}"),
            Credentials::Basic { username, password } => {
                let encoded = base64::engine::general_purpose::STANDARD
                    .encode(format!("{username}:{password}"));
                format!("Basic {encoded}")
            }
            Credentials::None => return Ok(None),
        };
        let mut value = HeaderValue::from_str(&text).map_err(|_| BuildError::InvalidCredentials)?;
        value.set_sensitive(true);
        Ok(Some(value))
    }
}

/// Credentials are secrets: `Debug` shows the scheme only.
impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Bearer(_) => f.write_str("Bearer(***)"),
            Credentials::Basic { username, .. } => write!(f, "Basic({username}:***)"),
            Credentials::None => f.write_str("None"),
        }
    }
}
