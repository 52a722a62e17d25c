//! The default base URL: the spec's first server, its variables at their
//! defaults (those without one are the client constructor's arguments), or
//! `http://localhost` when there is none or it is relative.

use crate::error::{Error, Pointer};
use crate::ir::{Server, ServerOrigin};
use crate::load::Spec;

/// What an API without a server URL, or with a relative one, is resolved
/// against: the spec's URL is relative to wherever the API is served.
const DEFAULT_HOST: &str = "http://localhost";

/// The default server: the first one, variables at their defaults.
pub(super) fn server(spec: &Spec) -> Result<Server, Error> {
    let at = Pointer::root().join("servers");
    let Some(server) = spec.doc.servers.first() else {
        return Ok(Server {
            url: DEFAULT_HOST.to_owned(),
            origin: ServerOrigin::Missing,
            variables: Vec::new(),
        });
    };
    let url_at = at.join("0").join("url");
    let template = server.url.trim();
    let mut filled = server.clone();
    let variables = undefaulted(server);
    for name in &variables {
        // Filled in by the client constructor: checked with a stand-in value.
        filled.url = filled.url.replace(&format!("{{{name}}}"), "x");
    }
    let absolute = template.starts_with("https://") || template.starts_with("http://");
    if !variables.is_empty() && !absolute {
        // Only an absolute URL keeps its placeholders: refused as before.
        return server_url(spec, server, &url_at);
    }
    let mut found = server_url(spec, &filled, &url_at)?;
    if !variables.is_empty() {
        let mut url = template.trim_end_matches('/').to_owned();
        for (name, variable) in server.variables.iter().flatten() {
            if !variables.contains(name) {
                url = url.replace(&format!("{{{name}}}"), &variable.default);
            }
        }
        found.url = url;
        found.variables = variables;
    }
    Ok(found)
}

/// The `{placeholders}` of a server URL that `variables` gives no default
/// (or does not list), in the order they appear, each once; they become
/// arguments of the client's constructor. A name that cannot be one is left
/// in, for [`server_url`] to refuse.
fn undefaulted(server: &openapiv3::Server) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = server.url.as_str();
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + end];
        let defaulted = server
            .variables
            .as_ref()
            .and_then(|variables| variables.get(name))
            .is_some_and(|variable| !variable.default.is_empty());
        let usable = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !defaulted && usable && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
        rest = &rest[start + end + 1..];
    }
    names
}

/// A server's URL (variables at their defaults), resolved against
/// `http://localhost` when it is relative.
pub(super) fn server_url(
    spec: &Spec,
    server: &openapiv3::Server,
    url_at: &Pointer,
) -> Result<Server, Error> {
    let mut url = server.url.trim().to_owned();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    let (url, origin) = if url.starts_with("https://") || url.starts_with("http://") {
        (url, ServerOrigin::Spec)
    } else if let Some(rest) = url.strip_prefix("//") {
        (format!("https://{rest}"), ServerOrigin::Spec)
    } else if url.contains("://") {
        return Err(spec
            .error(url_at, format!("`{url}` is not an http(s) URL"))
            .hint("the first server must be the provider's http(s) base URL"));
    } else {
        let path = url.trim_start_matches(['.', '/']);
        (
            format!("{DEFAULT_HOST}/{path}"),
            ServerOrigin::Relative(url),
        )
    };
    let url = url.trim_end_matches('/').to_owned();
    if url.parse::<http::Uri>().is_err() || url.contains(['{', '}', ' ', '<', '>', '`']) {
        return Err(spec
            .error(url_at, format!("`{url}` is not a valid URL"))
            .hint("give every `{variable}` in the server URL a `default` under `variables`"));
    }
    Ok(Server {
        url,
        origin,
        variables: Vec::new(),
    })
}
