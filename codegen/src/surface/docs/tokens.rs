//! The docs of the `Auth` constructors that fetch tokens or send several
//! credentials at once.

use crate::docs::doc;
use crate::ir::{ApiKeyLocation, CombinedPart, ExpiryFormat, Grant};
use crate::surface::Surface;
use crate::surface::auth::{AuthConstructor, ConstructorKind};

/// Fills in the docs of the `Auth` constructors for several credentials at
/// once, OAuth2 flows and token operations.
pub(super) fn constructor_docs(surface: &Surface<'_>, constructors: &mut [AuthConstructor]) {
    // Each flow's constructor names the one that asks for scopes.
    let scoped: Vec<(usize, String)> = constructors
        .iter()
        .filter_map(|constructor| match constructor.kind {
            ConstructorKind::ScopedFlow(index) => Some((index, constructor.name.bare().to_owned())),
            _ => None,
        })
        .collect();
    for constructor in constructors {
        constructor.doc = constructor_doc(surface, constructor, &scoped);
    }
}

/// The docs of an `Auth` constructor for several credentials at once, an
/// OAuth2 flow or a token operation. `scoped`: the name of each flow's
/// constructor that asks for scopes, by the flow's index.
fn constructor_doc(
    surface: &Surface<'_>,
    constructor: &AuthConstructor,
    scoped: &[(usize, String)],
) -> String {
    let api = surface.api;
    let method = |op: usize| match (surface.operations.get(op), api.operations.get(op)) {
        (Some(names), Some(op)) => {
            let name = names.method.bare();
            format!(
                "[`Client::{name}`](Client::{name}) (`{} {}`)",
                op.method,
                op.shown_path()
            )
        }
        _ => "the token operation".to_owned(),
    };
    let renewal = "A token is used until shortly before it expires, and fetched once however many \
                   calls wait for it; when the server refuses one (401), a new one is fetched and \
                   the call is sent once more (a second 401 is the reply). Secrets and tokens \
                   never appear in `Debug` output, errors or logs.";
    match constructor.kind {
        ConstructorKind::Combined(index) => {
            let parts: Vec<String> = api.auth.combined[index]
                .parts
                .iter()
                .map(|part| match part {
                    CombinedPart::Bearer { schemes } => format!(
                        "a bearer token (`Authorization: Bearer`, the spec's {})",
                        schemes
                            .iter()
                            .map(|s| format!("`{s}`"))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    ),
                    CombinedPart::Basic { scheme } => format!("HTTP Basic (the spec's `{scheme}`)"),
                    CombinedPart::ApiKey(key) => {
                        let place = match key.location {
                            ApiKeyLocation::Header => format!("the `{}` header", key.name),
                            ApiKeyLocation::Query => format!("the `{}` query parameter", key.name),
                            ApiKeyLocation::Cookie => format!("the `{}` cookie", key.name),
                        };
                        format!("an API key in {place} (`{}`)", key.scheme)
                    }
                })
                .collect();
            format!(
                "Several credentials, all sent with every request that needs credentials (the \
                 spec requires them together): {}.",
                parts.join("; ")
            )
        }
        ConstructorKind::Flow(index) | ConstructorKind::ScopedFlow(index) => {
            let flow = &api.auth.flows[index];
            let url = |endpoint: &crate::ir::Endpoint| match &endpoint.server {
                Some(server) => format!("{server}{}", endpoint.path),
                None => format!("the base URL + `{}`", endpoint.path),
            };
            let what = match flow.grant {
                Grant::ClientCredentials => {
                    "OAuth2 client credentials (the spec's `{scheme}` scheme): the client fetches \
                     its own access tokens from `{url}` (`grant_type=client_credentials`, the \
                     client id and secret in HTTP Basic, as RFC 6749 says)."
                }
                Grant::Password => {
                    "An OAuth2 password grant (the spec's `{scheme}` scheme): the client fetches \
                     its own access tokens from `{url}` (`grant_type=password` with the user's \
                     name and password)."
                }
            };
            let mut text = what
                .replace("{scheme}", &flow.scheme)
                .replace("{url}", &url(&flow.token_url));
            let declared: Vec<String> = flow
                .scopes
                .iter()
                .map(|(name, about)| match about.trim().is_empty() {
                    true => format!("`{name}`"),
                    false => format!("`{name}` ({})", about.trim()),
                })
                .collect();
            let mut declared = match declared.is_empty() {
                true => " The spec lists no scopes for this flow.".to_owned(),
                false => format!(" The spec's scopes for it: {}.", declared.join(", ")),
            };
            let needed = api
                .operations
                .iter()
                .flat_map(|op| op.scopes.iter().flatten())
                .any(|(scheme, _)| *scheme == flow.scheme);
            if needed {
                declared.push_str(" Each operation's docs name the scopes it needs.");
            }
            match constructor.kind {
                ConstructorKind::ScopedFlow(_) => text.push_str(
                    " The token is asked for `scopes`, sent space-separated in `scope` (RFC 6749 \
                     section 3.3; none given: no `scope`, the server's default scopes); a \
                     renewal keeps the scopes granted.",
                ),
                _ => {
                    let other = scoped
                        .iter()
                        .find(|(flow, _)| *flow == index)
                        .map(|(_, name)| format!(" ([`Auth::{name}`] asks for others)"))
                        .unwrap_or_default();
                    text.push_str(&format!(
                        " No `scope` is sent: the server grants its default scopes{other}."
                    ));
                }
            }
            text.push_str(&declared);
            match &flow.refresh_url {
                Some(refresh) => text.push_str(&format!(
                    " A token that came with a refresh token is renewed at `{}` \
                     (`grant_type=refresh_token`); when that is refused, the credentials are sent again.",
                    url(refresh)
                )),
                None => text.push_str(" An expired or refused token is fetched anew."),
            }
            text.push_str(&format!(
                " `with_server_url(\"{}\", …)` moves the token requests.",
                flow.token_url.server.as_deref().unwrap_or("<base URL>")
            ));
            format!("{text}\n\n{renewal}")
        }
        ConstructorKind::TokenEndpoint(index) => {
            let endpoint = &api.auth.token_endpoints[index];
            let fields: Vec<String> = endpoint
                .credentials
                .iter()
                .zip(&constructor.arguments)
                .map(|(field, argument)| {
                    let secret = if field.secret { ", a secret" } else { "" };
                    format!("`{argument}` in `{}`{secret}", field.wire)
                })
                .collect();
            let mut text = format!(
                "Bearer tokens the client fetches itself with {}, sending {}.",
                method(endpoint.operation),
                fields.join(", ")
            );
            let fallback = endpoint.fallback_lifetime.unwrap_or(60);
            match &endpoint.expiry {
                Some((field, format)) => {
                    let read = match format {
                        ExpiryFormat::Seconds => "seconds from now".to_owned(),
                        ExpiryFormat::Rfc3339 => "an RFC 3339 time".to_owned(),
                        ExpiryFormat::Layout(layout) => format!("`{layout}`, in UTC"),
                    };
                    text.push_str(&format!(
                        " The token expires as the reply's `{field}` says ({read}, measured from \
                         the reply's `Date`); an expiry that cannot be read, or is already past, \
                         gives the token {fallback} s."
                    ));
                }
                None => text.push_str(" The reply names no expiry: a token is used until refused."),
            }
            if let Some(max) = endpoint.max_lifetime {
                text.push_str(&format!(" No token is used for more than {max} s."));
            }
            if endpoint.scope.is_some() {
                text.push_str(
                    " One token serves every endpoint; [`scoped_per_endpoint`](Self::scoped_per_endpoint) \
                     keeps one per endpoint.",
                );
            }
            match &endpoint.refresh {
                Some(call) => text.push_str(&format!(
                    " A token is renewed with its refresh token by {}; when that is refused, the \
                     credentials are sent again.",
                    method(call.operation)
                )),
                None => text
                    .push_str(" An expired or refused token is fetched anew with the credentials."),
            }
            if endpoint.revoke.is_some() {
                text.push_str(" [`Client::revoke_tokens`](Client::revoke_tokens) revokes them.");
            }
            let mut text = format!("{text}\n\n{renewal}");
            if let Some(reason) = endpoint
                .reconstructed
                .as_deref()
                .and_then(|r| doc(&[Some(r)]))
            {
                text.push_str(&format!(
                    "\n\n*Reconstructed, not documented by the provider:* {reason}"
                ));
            }
            text
        }
    }
}

/// What an operation's docs say of the scopes its security requirements
/// name (`Auth::…_with_scopes` asks for them), if they name any.
pub(super) fn scopes_note(op: &crate::ir::Operation) -> Option<String> {
    if op.scopes.is_empty() {
        return None;
    }
    let alternatives: Vec<String> = op
        .scopes
        .iter()
        .map(|requirement| {
            let parts: Vec<String> = requirement
                .iter()
                .map(|(scheme, scopes)| {
                    let scopes: Vec<String> = scopes.iter().map(|s| format!("`{s}`")).collect();
                    format!("{} with `{scheme}`", scopes.join(" and "))
                })
                .collect();
            parts.join(" plus ")
        })
        .collect();
    Some(format!(
        "Scopes the spec names for it: {}.",
        alternatives.join("; or ")
    ))
}
