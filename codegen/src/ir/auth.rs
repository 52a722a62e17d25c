//! What the IR knows of credentials beyond a scheme per alternative:
//! requirements that need several at once, OAuth2 flows whose tokens the
//! client fetches itself, and token operations a spec describes with
//! `x-token-endpoint`.

use super::ApiKey;

/// A security requirement that names several schemes: every one of their
/// credentials is sent with each request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Combined {
    /// The schemes' credentials, in the requirement's order (OAuth2 and
    /// bearer schemes, which share one token, are one part).
    pub parts: Vec<CombinedPart>,
}

/// One credential of a [`Combined`] requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CombinedPart {
    /// A bearer token (HTTP bearer, OAuth2, OpenID Connect), for these schemes.
    Bearer {
        /// The schemes' names.
        schemes: Vec<String>,
    },
    /// HTTP Basic.
    Basic {
        /// The scheme's name.
        scheme: String,
    },
    /// An API key.
    ApiKey(ApiKey),
}

impl CombinedPart {
    /// The scheme names this part stands for.
    pub fn schemes(&self) -> Vec<&str> {
        match self {
            CombinedPart::Bearer { schemes } => schemes.iter().map(String::as_str).collect(),
            CombinedPart::Basic { scheme } => vec![scheme],
            CombinedPart::ApiKey(key) => vec![&key.scheme],
        }
    }
}

/// The OAuth2 grants whose tokens the client fetches itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grant {
    /// `clientCredentials`: a client id and secret.
    ClientCredentials,
    /// `password`: a user's name and password.
    Password,
}

impl Grant {
    /// The `grant_type` sent (RFC 6749).
    pub fn grant_type(self) -> &'static str {
        match self {
            Grant::ClientCredentials => "client_credentials",
            Grant::Password => "password",
        }
    }
}

/// An OAuth2 flow of a `securitySchemes` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuth2Flow {
    /// The scheme's name.
    pub scheme: String,
    /// The grant.
    pub grant: Grant,
    /// `tokenUrl`, split into a server (`https://auth.example.test`; `None`
    /// when the URL is relative: the API's base URL) and a path.
    pub token_url: Endpoint,
    /// `refreshUrl`, likewise, when given.
    pub refresh_url: Option<Endpoint>,
    /// The flow's `scopes`: each name and its description, in spec order.
    pub scopes: Vec<(String, String)>,
}

/// Where a token request goes: a server of its own (absolute, as in the
/// spec) or the API's, and a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// The server, when it is not the API's.
    pub server: Option<String>,
    /// The path after it.
    pub path: String,
}

/// How a token reply says when the token expires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExpiryFormat {
    /// Seconds from now.
    Seconds,
    /// An RFC 3339 timestamp.
    Rfc3339,
    /// A layout in the `time` crate's format-description syntax.
    Layout(String),
}

/// A token operation, as its `x-token-endpoint` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenEndpoint {
    /// The operation (an index into the API's operations).
    pub operation: usize,
    /// What the `Auth` constructor is called (`accountKey`; by default the
    /// first credential field's name).
    pub name: String,
    /// Where its requests go.
    pub endpoint: Endpoint,
    /// The request body is form-encoded, not JSON.
    pub form: bool,
    /// The request fields that carry the user's credentials, in argument order.
    pub credentials: Vec<TokenCredential>,
    /// The request field that scopes a token to one endpoint URL.
    pub scope: Option<String>,
    /// The reply field that holds the token.
    pub token: String,
    /// The reply field that holds the refresh token.
    pub refresh_token: Option<String>,
    /// The reply's boolean field that says whether the credentials were accepted.
    pub success: Option<String>,
    /// The reply field that says when the token expires, and how.
    pub expiry: Option<(String, ExpiryFormat)>,
    /// Seconds a token is used when its expiry cannot be read.
    pub fallback_lifetime: Option<u64>,
    /// Seconds a token is used at most.
    pub max_lifetime: Option<u64>,
    /// The operation that exchanges a refresh token.
    pub refresh: Option<TokenCall>,
    /// The operation that revokes a token.
    pub revoke: Option<TokenCall>,
    /// Why the description is inferred (`x-reconstructed-reason` inside
    /// the extension), when it is.
    pub reconstructed: Option<String>,
}

/// A request field of a token operation that carries a credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenCredential {
    /// The wire name.
    pub wire: String,
    /// A secret (a password, a key's secret): redacted everywhere.
    pub secret: bool,
    /// The field's description.
    pub description: Option<String>,
}

/// Another operation a token endpoint uses (refresh, revoke).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenCall {
    /// The operation (an index into the API's operations).
    pub operation: usize,
    /// Where its requests go.
    pub endpoint: Endpoint,
    /// The request field that carries the token.
    pub field: String,
    /// It is sent with the access token.
    pub authenticated: bool,
}
