//! Credentials: which security schemes an operation's requirements can be
//! met with, and how each is sent.

use openapiv3::{APIKeyLocation, OAuth2Flows, SecurityScheme};

use super::Model;
use crate::error::{Error, Pointer};
use crate::ir::{
    ApiKey, ApiKeyLocation, AuthSchemes, Combined, CombinedPart, Endpoint, Grant, OAuth2Flow,
};

/// How a security scheme is met.
enum SchemeUse {
    Bearer,
    Basic,
    /// An OAuth2 / OpenID Connect access token, sent as a bearer token,
    /// with the flows whose tokens the client can fetch itself.
    OAuth2(Vec<OAuth2Flow>),
    ApiKey(ApiKey),
    /// A scheme the spec does not define: nothing is sent for it.
    Undefined,
}

impl Model<'_> {
    /// Whether `operation` sends credentials, and the scopes each usable
    /// requirement names, recording in `auth` the schemes its security
    /// requirements can be met with. A requirement the client cannot meet
    /// is skipped when another one can be.
    pub(super) fn security(
        &mut self,
        at: &Pointer,
        operation: &openapiv3::Operation,
        auth: &mut AuthSchemes,
    ) -> Result<(bool, Vec<crate::ir::RequirementScopes>), Error> {
        let requirements = operation
            .security
            .as_ref()
            .or(self.spec.doc.security.as_ref());
        let Some(requirements) = requirements else {
            auth.anonymous = true;
            return Ok((false, Vec::new()));
        };
        if requirements
            .iter()
            .all(|requirement| requirement.is_empty())
        {
            auth.anonymous = true;
            return Ok((false, Vec::new()));
        }
        let mut usable: Vec<Vec<(String, SchemeUse)>> = Vec::new();
        let mut scopes = Vec::new();
        let mut refused = Vec::new();
        for requirement in requirements.iter().filter(|r| !r.is_empty()) {
            let mut uses = Vec::new();
            let mut failed = None;
            for name in requirement.keys() {
                match self.security_scheme(name) {
                    Ok(scheme) => uses.push((name.clone(), scheme)),
                    Err(error) => {
                        failed = Some(error);
                        break;
                    }
                }
            }
            match failed {
                Some(error) => refused.push(error),
                None => match self.conflict(at, &uses) {
                    Some(error) => refused.push(error),
                    None => {
                        usable.push(uses);
                        let named: crate::ir::RequirementScopes = requirement
                            .iter()
                            .filter(|(_, scopes)| !scopes.is_empty())
                            .map(|(name, scopes)| (name.clone(), scopes.clone()))
                            .collect();
                        if !named.is_empty() {
                            scopes.push(named);
                        }
                    }
                },
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
        let mut sends = false;
        for uses in usable {
            let uses: Vec<(String, SchemeUse)> = uses
                .into_iter()
                .filter(|(_, scheme)| !matches!(scheme, SchemeUse::Undefined))
                .collect();
            match uses.as_slice() {
                [] => auth.anonymous = true,
                [(_, _)] => {}
                _ if uses
                    .iter()
                    .all(|(_, s)| matches!(s, SchemeUse::OAuth2(_) | SchemeUse::Bearer)) => {}
                _ => {
                    record_combined(auth, &uses);
                    sends = true;
                    continue;
                }
            }
            for (_, scheme) in uses {
                sends = true;
                record(auth, scheme);
            }
        }
        Ok((sends, scopes))
    }

    /// Why the schemes of one requirement cannot be sent together: two of
    /// them need the `Authorization` header (a bearer token and Basic).
    fn conflict(&self, at: &Pointer, uses: &[(String, SchemeUse)]) -> Option<Error> {
        let authorization: Vec<&str> = uses
            .iter()
            .filter(|(_, scheme)| matches!(scheme, SchemeUse::Basic))
            .map(|(name, _)| name.as_str())
            .chain(
                uses.iter()
                    .find(|(_, scheme)| matches!(scheme, SchemeUse::Bearer | SchemeUse::OAuth2(_)))
                    .map(|(name, _)| name.as_str()),
            )
            .collect();
        (authorization.len() > 1).then(|| {
            let list: Vec<String> = authorization.iter().map(|n| format!("`{n}`")).collect();
            self.spec
                .error(
                    at,
                    format!(
                        "a security requirement needs two `Authorization` headers at once ({})",
                        list.join(", ")
                    ),
                )
                .hint("a request has one Authorization header: offer the schemes as alternatives")
        })
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
            .and_then(|c| c.security_schemes.get(name));
        let Some(scheme) = scheme else {
            return Ok(self.undefined(name));
        };
        let (scheme, _) = self.spec.resolve(scheme, &scheme_at)?;
        match scheme.into_owned() {
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
            SecurityScheme::OAuth2 { flows, .. } => {
                Ok(SchemeUse::OAuth2(self.flows(name, &flows, &scheme_at)))
            }
            SecurityScheme::OpenIDConnect { .. } => Ok(SchemeUse::OAuth2(Vec::new())),
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

    /// A requirement names a scheme `components/securitySchemes` does not
    /// define: a name that says `bearer` is taken for HTTP bearer (the only
    /// thing such a name can mean), any other sends nothing; both warn.
    fn undefined(&self, name: &str) -> SchemeUse {
        let at = Pointer::root()
            .join("components")
            .join("securitySchemes")
            .join(name);
        if name.to_ascii_lowercase().contains("bearer") {
            self.warn(
                &at,
                format!(
                    "security scheme `{name}` is not defined: its name says bearer, so the client sends `Authorization: Bearer <token>` for it"
                ),
            );
            SchemeUse::Bearer
        } else {
            self.warn(
                &at,
                format!("security scheme `{name}` is not defined: the client sends nothing for it"),
            );
            SchemeUse::Undefined
        }
    }

    /// The flows of an OAuth2 scheme whose tokens the client can fetch:
    /// client credentials and password (the others need a browser).
    fn flows(&self, scheme: &str, flows: &OAuth2Flows, at: &Pointer) -> Vec<OAuth2Flow> {
        let mut found = Vec::new();
        let mut add = |grant: Grant,
                       key: &str,
                       token_url: &str,
                       refresh_url: Option<&String>,
                       scopes: &indexmap::IndexMap<String, String>| {
            let url_at = at.join("flows").join(key).join("tokenUrl");
            let Some(token_url) = self.endpoint(token_url, &url_at) else {
                return;
            };
            let refresh_url = refresh_url
                .and_then(|url| self.endpoint(url, &at.join("flows").join(key).join("refreshUrl")));
            found.push(OAuth2Flow {
                scheme: scheme.to_owned(),
                grant,
                token_url,
                refresh_url,
                scopes: scopes
                    .iter()
                    .map(|(name, about)| (name.clone(), about.clone()))
                    .collect(),
            });
        };
        if let Some(flow) = &flows.client_credentials {
            add(
                Grant::ClientCredentials,
                "clientCredentials",
                &flow.token_url,
                flow.refresh_url.as_ref(),
                &flow.scopes,
            );
        }
        if let Some(flow) = &flows.password {
            add(
                Grant::Password,
                "password",
                &flow.token_url,
                flow.refresh_url.as_ref(),
                &flow.scopes,
            );
        }
        found
    }

    /// A token URL as a server and a path; a relative one is after the
    /// API's base URL (with a warning: OpenAPI 3.0 wants a URL).
    pub(super) fn endpoint(&self, url: &str, at: &Pointer) -> Option<Endpoint> {
        let url = url.trim();
        if let Some(rest) = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
        {
            let scheme_len = url.len() - rest.len();
            let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            let valid = !authority.is_empty()
                && format!("{}{authority}{path}", &url[..scheme_len])
                    .parse::<http::Uri>()
                    .is_ok();
            if !valid {
                self.warn(
                    at,
                    format!("`{url}` is not a valid URL: the flow is left out"),
                );
                return None;
            }
            return Some(Endpoint {
                server: Some(format!("{}{authority}", &url[..scheme_len])),
                path: path.to_owned(),
            });
        }
        if url.starts_with('/') && url.parse::<http::Uri>().is_ok() {
            self.warn(
                at,
                format!("`{url}` is relative: tokens are requested after the API's base URL"),
            );
            return Some(Endpoint {
                server: None,
                path: url.to_owned(),
            });
        }
        self.warn(
            at,
            format!("`{url}` is not an http(s) URL: the flow is left out"),
        );
        None
    }
}

/// Records that the client can be built with `scheme`.
fn record(auth: &mut AuthSchemes, scheme: SchemeUse) {
    match scheme {
        SchemeUse::Bearer => auth.bearer = true,
        SchemeUse::OAuth2(flows) => {
            auth.bearer = true;
            auth.oauth2 = true;
            for flow in flows {
                let known = auth
                    .flows
                    .iter()
                    .any(|f| f.scheme == flow.scheme && f.grant == flow.grant);
                if !known {
                    auth.flows.push(flow);
                }
            }
        }
        SchemeUse::Basic => auth.basic = true,
        SchemeUse::ApiKey(key) => {
            if !auth.api_keys.iter().any(|k| k.scheme == key.scheme) {
                auth.api_keys.push(key);
            }
        }
        SchemeUse::Undefined => {}
    }
}

/// Records a requirement whose credentials are all sent together; bearer
/// and OAuth2 schemes share one token.
fn record_combined(auth: &mut AuthSchemes, uses: &[(String, SchemeUse)]) {
    let mut parts: Vec<CombinedPart> = Vec::new();
    for (name, scheme) in uses {
        let part = match scheme {
            SchemeUse::Bearer | SchemeUse::OAuth2(_) => {
                if let Some(CombinedPart::Bearer { schemes }) = parts
                    .iter_mut()
                    .find(|part| matches!(part, CombinedPart::Bearer { .. }))
                {
                    schemes.push(name.clone());
                    continue;
                }
                CombinedPart::Bearer {
                    schemes: vec![name.clone()],
                }
            }
            SchemeUse::Basic => CombinedPart::Basic {
                scheme: name.clone(),
            },
            SchemeUse::ApiKey(key) => CombinedPart::ApiKey(key.clone()),
            SchemeUse::Undefined => continue,
        };
        parts.push(part);
    }
    let combined = Combined { parts };
    if !auth.combined.contains(&combined) {
        auth.combined.push(combined);
    }
}
