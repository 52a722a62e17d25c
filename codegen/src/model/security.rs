//! Credentials: which security schemes an operation's requirements can be
//! met with, and how each is sent.

use openapiv3::{APIKeyLocation, SecurityScheme};

use super::Model;
use crate::error::{Error, Pointer};
use crate::ir::{ApiKey, ApiKeyLocation, AuthSchemes};

/// How a security scheme is met.
enum SchemeUse {
    Bearer,
    Basic,
    /// An OAuth2 / OpenID Connect access token, sent as a bearer token.
    OAuth2,
    ApiKey(ApiKey),
}

impl Model<'_> {
    /// Whether `operation` sends credentials, recording in `auth` the
    /// schemes its security requirements can be met with. A requirement the
    /// client cannot meet is skipped when another one can be.
    pub(super) fn security(
        &mut self,
        at: &Pointer,
        operation: &openapiv3::Operation,
        auth: &mut AuthSchemes,
    ) -> Result<bool, Error> {
        let requirements = operation
            .security
            .as_ref()
            .or(self.spec.doc.security.as_ref());
        let Some(requirements) = requirements else {
            auth.anonymous = true;
            return Ok(false);
        };
        if requirements
            .iter()
            .all(|requirement| requirement.is_empty())
        {
            auth.anonymous = true;
            return Ok(false);
        }
        let mut usable = Vec::new();
        let mut refused = Vec::new();
        for requirement in requirements.iter().filter(|r| !r.is_empty()) {
            let names: Vec<&String> = requirement.keys().collect();
            if let [name] = names.as_slice() {
                match self.security_scheme(name) {
                    Ok(scheme) => usable.push(scheme),
                    Err(error) => refused.push(error),
                }
            } else {
                let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                refused.push(
                    self.spec
                        .error(
                            at,
                            format!(
                                "a security requirement needs several credentials at once ({})",
                                list.join(", ")
                            ),
                        )
                        .hint("Switchboard sends one credential per request; offer each scheme as its own alternative"),
                );
            }
        }
        if usable.is_empty() {
            return Err(refused.remove(0));
        }
        for error in refused {
            let message = format!("{} (skipped: another alternative is used)", error.message);
            self.warn(
                &Pointer::from_ref(&error.pointer).unwrap_or_else(Pointer::root),
                message,
            );
        }
        for scheme in usable {
            match scheme {
                SchemeUse::Bearer => auth.bearer = true,
                SchemeUse::OAuth2 => {
                    auth.bearer = true;
                    auth.oauth2 = true;
                }
                SchemeUse::Basic => auth.basic = true,
                SchemeUse::ApiKey(key) => {
                    if !auth.api_keys.iter().any(|k| k.scheme == key.scheme) {
                        auth.api_keys.push(key);
                    }
                }
            }
        }
        Ok(true)
    }

    /// How the client meets the security scheme `name`, or why it cannot.
    fn security_scheme(&self, name: &str) -> Result<SchemeUse, Error> {
        let scheme_at = Pointer::root()
            .join("components")
            .join("securitySchemes")
            .join(name);
        let scheme = self
            .spec
            .doc
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name))
            .ok_or_else(|| {
                self.spec
                    .error(
                        &scheme_at,
                        format!("security scheme `{name}` is not defined"),
                    )
                    .hint("define it under components/securitySchemes")
            })?;
        let (scheme, _) = self.spec.resolve(scheme, &scheme_at)?;
        match scheme {
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
                Ok(SchemeUse::Bearer)
            }
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
                Ok(SchemeUse::Basic)
            }
            SecurityScheme::HTTP { scheme, .. } => Err(self
                .spec
                .error(
                    &scheme_at,
                    format!("HTTP `{scheme}` authentication cannot be sent"),
                )
                .hint("Switchboard sends HTTP bearer and basic credentials, API keys (header, query, cookie) and OAuth2 / OpenID Connect access tokens")),
            SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. } => {
                Ok(SchemeUse::OAuth2)
            }
            SecurityScheme::APIKey {
                location,
                name: key_name,
                description,
                ..
            } => {
                let location = match location {
                    APIKeyLocation::Header => ApiKeyLocation::Header,
                    APIKeyLocation::Query => ApiKeyLocation::Query,
                    APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                };
                let valid = match location {
                    ApiKeyLocation::Header => http::HeaderName::from_bytes(key_name.as_bytes()).is_ok(),
                    ApiKeyLocation::Cookie => !key_name.is_empty() && key_name.chars().all(|c| c.is_ascii_graphic() && !"()<>@,;:\\\"/[]?={}".contains(c)),
                    ApiKeyLocation::Query => !key_name.is_empty(),
                };
                if !valid {
                    return Err(self
                        .spec
                        .error(
                            &scheme_at.join("name"),
                            format!("`{key_name}` cannot name an API key there"),
                        )
                        .hint("use letters, digits and `-` (`X-Api-Key`)"));
                }
                Ok(SchemeUse::ApiKey(ApiKey {
                    scheme: name.to_owned(),
                    location,
                    name: key_name,
                    description,
                }))
            }
        }
    }
}
