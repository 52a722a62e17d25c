//! The token sources a spec describes: an OAuth2 token endpoint
//! (`clientCredentials` and `password` flows, renewed at `refreshUrl`) and a
//! provider's own token operation (`x-token-endpoint`): which fields carry
//! the credentials, where the token and its expiry are in the reply, whether
//! a token is scoped to one endpoint, how it is refreshed and revoked.

use std::time::{Duration, SystemTime};

use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, Method, StatusCode};
use serde_json::{Map, Value};

use crate::auth::{bearer_header, secret_forms, sensitive};
use crate::error::{AuthError, AuthErrorKind};
use crate::message::message_in;
use crate::token::{Token, TokenRequest, TokenSource};
use crate::token_wire::{ExpiryFormat, basic_pair, expiry, form_urlencoded};
use crate::{BoxFuture, BuildError};

/// How a token endpoint's request body is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Json,
    Form,
}

/// One request a token source makes: where, and how its body is encoded.
#[derive(Debug, Clone)]
struct Call {
    server: Option<&'static str>,
    path: &'static str,
    encoding: Encoding,
}

/// A field of a token request: a credential, or a fixed value.
#[derive(Clone)]
struct Field {
    name: &'static str,
    value: String,
    secret: bool,
}

/// A [`TokenSource`] that posts credentials to a token endpoint and reads
/// the bearer token from its JSON reply: what the generated `Auth`
/// constructors of OAuth2 flows and of `x-token-endpoint` operations build.
///
/// A token endpoint's request is sent like an operation that is safe to
/// repeat (retried on connection failures, 429 and 5xx as the client's
/// retry policy allows): asking twice for a token does no harm. A 4xx is a
/// refusal ([`AuthErrorKind::Rejected`]) and is not retried.
#[derive(Clone)]
pub struct TokenEndpoint {
    issue: Call,
    fields: Vec<Field>,
    client: Option<(String, String)>,
    scope_field: Option<&'static str>,
    token_field: &'static str,
    refresh_field: Option<&'static str>,
    success_field: Option<&'static str>,
    expiry: Option<(&'static str, ExpiryFormat)>,
    fallback_lifetime: Duration,
    max_lifetime: Option<Duration>,
    refresh: Option<(Call, &'static str, Vec<Field>)>,
    revoke: Option<(Call, &'static str, bool)>,
}

impl TokenEndpoint {
    /// How long a token whose expiry cannot be read is used: a minute.
    pub const DEFAULT_FALLBACK_LIFETIME: Duration = Duration::from_secs(60);

    fn new(server: Option<&'static str>, path: &'static str, encoding: Encoding) -> Self {
        TokenEndpoint {
            issue: Call {
                server,
                path,
                encoding,
            },
            fields: Vec::new(),
            client: None,
            scope_field: None,
            token_field: "access_token",
            refresh_field: None,
            success_field: None,
            expiry: None,
            fallback_lifetime: Self::DEFAULT_FALLBACK_LIFETIME,
            max_lifetime: None,
            refresh: None,
            revoke: None,
        }
    }

    /// Tokens from a JSON `POST` to `path`, after `server` (a server URL of
    /// the spec; the client's base URL when `None`).
    pub fn json(server: Option<&'static str>, path: &'static str) -> Self {
        Self::new(server, path, Encoding::Json)
    }

    /// Tokens from a form-encoded `POST` to `path`, after `server`.
    pub fn form(server: Option<&'static str>, path: &'static str) -> Self {
        Self::new(server, path, Encoding::Form)
    }

    /// An OAuth2 token endpoint (RFC 6749): a form `POST` to `path` after
    /// `server`, with `grant_type` = `grant`, the reply's `access_token`,
    /// `expires_in` (seconds) and `refresh_token`; with a refresh token, a
    /// token is renewed at `refresh` (`server`, `path`) with
    /// `grant_type=refresh_token`, else fetched anew.
    pub fn oauth2(
        server: Option<&'static str>,
        path: &'static str,
        grant: &'static str,
        refresh: Option<(Option<&'static str>, &'static str)>,
    ) -> Self {
        let mut endpoint = Self::new(server, path, Encoding::Form)
            .field("grant_type", grant)
            .refresh_token_field("refresh_token")
            .expiry_field("expires_in", ExpiryFormat::Seconds);
        if let Some((server, path)) = refresh {
            let fixed = vec![Field {
                name: "grant_type",
                value: "refresh_token".to_owned(),
                secret: false,
            }];
            let call = Call {
                server,
                path,
                encoding: Encoding::Form,
            };
            endpoint.refresh = Some((call, "refresh_token", fixed));
        }
        endpoint
    }

    /// Sends `value` in the field `name` (not a secret: an account key, an
    /// email address).
    #[must_use]
    pub fn credential(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.fields.push(Field {
            name,
            value: value.into(),
            secret: false,
        });
        self
    }

    /// Sends the secret `value` in the field `name`; nothing the client
    /// shows holds it.
    #[must_use]
    pub fn secret(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.fields.push(Field {
            name,
            value: value.into(),
            secret: true,
        });
        self
    }

    /// Sends the fixed `value` in the field `name`.
    #[must_use]
    pub fn field(self, name: &'static str, value: &'static str) -> Self {
        self.credential(name, value)
    }

    /// Authenticates the client with HTTP Basic (`client_id:client_secret`,
    /// each form-encoded first, as RFC 6749 section 2.3.1 says).
    #[must_use]
    pub fn client_basic(mut self, id: impl Into<String>, secret: impl Into<String>) -> Self {
        self.client = Some((id.into(), secret.into()));
        self
    }

    /// Asks for `scopes`: the field `scope`, the scopes separated by spaces
    /// (RFC 6749 section 3.3). With none, no `scope` is sent and the server
    /// grants its default scopes. A renewal with a refresh token sends no
    /// `scope`, so it keeps the scopes granted.
    #[must_use]
    pub fn scopes(self, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        let scopes: Vec<String> = scopes.into_iter().map(Into::into).collect();
        match scopes.is_empty() {
            true => self,
            false => self.credential("scope", scopes.join(" ")),
        }
    }

    /// Scopes a token to one endpoint by sending its URL in the field `name`.
    #[must_use]
    pub fn scope_field(mut self, name: &'static str) -> Self {
        self.scope_field = Some(name);
        self
    }

    /// The reply's field that holds the token (default `access_token`).
    #[must_use]
    pub fn token_field(mut self, name: &'static str) -> Self {
        self.token_field = name;
        self
    }

    /// The reply's field that holds the refresh token.
    #[must_use]
    pub fn refresh_token_field(mut self, name: &'static str) -> Self {
        self.refresh_field = Some(name);
        self
    }

    /// The reply's boolean field that says whether the credentials were
    /// accepted: `false` is a refusal.
    #[must_use]
    pub fn success_field(mut self, name: &'static str) -> Self {
        self.success_field = Some(name);
        self
    }

    /// The reply's field that says when the token expires, and how.
    #[must_use]
    pub fn expiry_field(mut self, name: &'static str, format: ExpiryFormat) -> Self {
        self.expiry = Some((name, format));
        self
    }

    /// How long a token is used when its expiry is absent, cannot be read,
    /// or is already past when it arrives (a timestamp in a time zone other
    /// than the one assumed).
    #[must_use]
    pub fn fallback_lifetime(mut self, lifetime: Duration) -> Self {
        self.fallback_lifetime = lifetime;
        self
    }

    /// No token is used for longer than `lifetime`, whatever its expiry says.
    #[must_use]
    pub fn max_lifetime(mut self, lifetime: Duration) -> Self {
        self.max_lifetime = Some(lifetime);
        self
    }

    /// Renews a token that has a refresh token by a JSON `POST` to `path`
    /// after `server`, the refresh token in the field `field`; the reply
    /// is read like a token reply. When the refresh is refused, the
    /// credentials are sent again.
    #[must_use]
    pub fn refresh(
        mut self,
        server: Option<&'static str>,
        path: &'static str,
        field: &'static str,
    ) -> Self {
        let call = Call {
            server,
            path,
            encoding: self.issue.encoding,
        };
        self.refresh = Some((call, field, Vec::new()));
        self
    }

    /// Revokes tokens by a JSON `POST` to `path` after `server`, the token
    /// in the field `field`; with `authenticated`, the request carries the
    /// access token as its bearer token.
    #[must_use]
    pub fn revoke(
        mut self,
        server: Option<&'static str>,
        path: &'static str,
        field: &'static str,
        authenticated: bool,
    ) -> Self {
        let call = Call {
            server,
            path,
            encoding: self.issue.encoding,
        };
        self.revoke = Some((call, field, authenticated));
        self
    }

    fn secret_values(&self) -> Vec<String> {
        let mut secrets: Vec<String> = self
            .fields
            .iter()
            .filter(|field| field.secret)
            .map(|field| field.value.clone())
            .collect();
        if let Some((id, secret)) = &self.client {
            secrets.push(secret.clone());
            secrets.push(basic_pair(id, secret));
        }
        secrets
    }

    /// A request for `call` with `fields`, after the client's URL for it.
    fn request(
        &self,
        at: &TokenRequest<'_>,
        call: &Call,
        fields: &[(&str, &str)],
        bearer: Option<&str>,
    ) -> Result<http::Request<Vec<u8>>, AuthError> {
        let invalid = |_: BuildError| {
            AuthError::new(AuthErrorKind::Source, call.path)
                .with_message("the credentials cannot be sent in an HTTP header")
        };
        let (content_type, body) = match call.encoding {
            Encoding::Json => {
                let object: Map<String, Value> = fields
                    .iter()
                    .map(|(name, value)| ((*name).to_owned(), Value::String((*value).to_owned())))
                    .collect();
                ("application/json", Value::Object(object).to_string())
            }
            Encoding::Form => ("application/x-www-form-urlencoded", form_urlencoded(fields)),
        };
        let mut request = http::Request::new(body.into_bytes());
        *request.method_mut() = Method::POST;
        let url = at.url(call.server, call.path);
        *request.uri_mut() = url.parse().map_err(|_| {
            AuthError::new(AuthErrorKind::Source, call.path)
                .with_message("the token endpoint's URL is not a valid URL")
        })?;
        let headers = request.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        if let Some((id, secret)) = &self.client {
            let value = format!("Basic {}", basic_pair(id, secret));
            headers.insert(AUTHORIZATION, sensitive(value).map_err(invalid)?);
        }
        if let Some(token) = bearer {
            headers.insert(AUTHORIZATION, bearer_header(token).map_err(invalid)?);
        }
        Ok(request)
    }

    /// Sends the credentials: a new token.
    async fn issue(&self, at: &TokenRequest<'_>) -> Result<Token, AuthError> {
        let mut fields: Vec<(&str, &str)> = self
            .fields
            .iter()
            .map(|field| (field.name, field.value.as_str()))
            .collect();
        if let (Some(name), Some(scope)) = (self.scope_field, at.scope()) {
            fields.push((name, scope));
        }
        let request = self.request(at, &self.issue, &fields, None)?;
        self.read(at, self.issue.path, request).await
    }

    /// Exchanges `refresh_token` for a new token.
    async fn renew(
        &self,
        at: &TokenRequest<'_>,
        (call, field, fixed): &(Call, &'static str, Vec<Field>),
        refresh_token: &str,
    ) -> Result<Token, AuthError> {
        let mut fields: Vec<(&str, &str)> = fixed
            .iter()
            .map(|field| (field.name, field.value.as_str()))
            .collect();
        fields.push((field, refresh_token));
        let request = self.request(at, call, &fields, None)?;
        self.read(at, call.path, request).await
    }

    /// Sends `request` and reads the token from the reply.
    async fn read(
        &self,
        at: &TokenRequest<'_>,
        path: &'static str,
        request: http::Request<Vec<u8>>,
    ) -> Result<Token, AuthError> {
        let secrets = secret_forms(self.secret_values());
        let reply = at.send(path, request, &secrets).await?;
        let error = |kind| {
            AuthError::new(kind, path)
                .with_status(reply.status)
                .with_attempts(reply.attempts)
        };
        let body: Option<Value> = serde_json::from_slice(&reply.body).ok();
        let message = || {
            body.as_ref()
                .and_then(message_in)
                .map(|message| crate::auth::redact_all(&secrets, &message).into_owned())
        };
        let with_message = |error: AuthError| match message() {
            Some(message) => error.with_message(message),
            None => error,
        };
        if !reply.status.is_success() {
            let kind = if reply.status.is_client_error()
                && reply.status != StatusCode::REQUEST_TIMEOUT
                && reply.status != StatusCode::TOO_MANY_REQUESTS
            {
                AuthErrorKind::Rejected
            } else {
                AuthErrorKind::Unavailable
            };
            return Err(with_message(error(kind)));
        }
        let Some(body) = body.as_ref() else {
            return Err(error(AuthErrorKind::InvalidReply).with_message("the reply is not JSON"));
        };
        if let Some(name) = self.success_field {
            if body.get(name) == Some(&Value::Bool(false)) {
                return Err(with_message(error(AuthErrorKind::Rejected)));
            }
        }
        let token = match body.get(self.token_field) {
            Some(Value::String(token)) if !token.is_empty() => token,
            _ => {
                return Err(error(AuthErrorKind::InvalidReply)
                    .with_message(format!("no `{}` in the reply", self.token_field)));
            }
        };
        let mut issued = Token::new(token.clone());
        if let Some(refresh) = self
            .refresh_field
            .and_then(|name| body.get(name))
            .and_then(Value::as_str)
            .filter(|refresh| !refresh.is_empty())
        {
            issued = issued.with_refresh_token(refresh);
        }
        if let Some(lifetime) = self.lifetime(body, &reply.headers, at.now()) {
            issued = issued.expires_in(lifetime);
        }
        Ok(issued)
    }

    /// How long a token lives, by its reply: `None` when the endpoint
    /// names no expiry (the token lives until refused).
    fn lifetime(&self, body: &Value, headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
        let (field, format) = self.expiry.as_ref()?;
        let read = expiry(body.get(*field), format, headers, now);
        if read.is_none() {
            tracing::debug!(
                target: "switchboard",
                field = *field,
                fallback_secs = self.fallback_lifetime.as_secs(),
                "the token's expiry cannot be read; using the fallback lifetime"
            );
        }
        let lifetime = read.unwrap_or(self.fallback_lifetime);
        Some(self.max_lifetime.map_or(lifetime, |max| lifetime.min(max)))
    }
}

impl TokenSource for TokenEndpoint {
    fn fetch<'a>(&'a self, request: TokenRequest<'a>) -> BoxFuture<'a, Result<Token, AuthError>> {
        Box::pin(async move {
            let refresh_token = request.previous().and_then(Token::refresh_token);
            if let (Some(refresh), Some(refresh_token)) = (&self.refresh, refresh_token) {
                match self.renew(&request, refresh, refresh_token).await {
                    Err(error) if error.kind == AuthErrorKind::Rejected => {
                        // The refresh token is spent or revoked: log in again.
                    }
                    renewed => return renewed,
                }
            }
            self.issue(&request).await
        })
    }

    fn secrets(&self) -> Vec<String> {
        self.secret_values()
    }

    fn revoke<'a>(
        &'a self,
        request: TokenRequest<'a>,
        token: &'a Token,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            let Some((call, field, authenticated)) = &self.revoke else {
                return Ok(());
            };
            let bearer = authenticated.then_some(token.secret());
            let mut result = Ok(());
            for value in std::iter::once(token.secret()).chain(token.refresh_token()) {
                let http = self.request(&request, call, &[(field, value)], bearer)?;
                let secrets = secret_forms(vec![
                    token.secret().to_owned(),
                    token.refresh_token().unwrap_or_default().to_owned(),
                ]);
                let reply = request.send(call.path, http, &secrets).await?;
                if !reply.status.is_success() && result.is_ok() {
                    let kind = if reply.status.is_client_error() {
                        AuthErrorKind::Rejected
                    } else {
                        AuthErrorKind::Unavailable
                    };
                    result = Err(AuthError::new(kind, call.path)
                        .with_status(reply.status)
                        .with_attempts(reply.attempts));
                }
            }
            result
        })
    }
}

/// The endpoint and field names, never a credential.
impl std::fmt::Debug for TokenEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fields: Vec<&str> = self.fields.iter().map(|field| field.name).collect();
        f.debug_struct("TokenEndpoint")
            .field("path", &self.issue.path)
            .field("fields", &fields)
            .field("scope_field", &self.scope_field)
            .finish_non_exhaustive()
    }
}
