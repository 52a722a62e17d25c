//! The default base URL: the spec's first server, its variables at their
//! defaults, or `http://localhost` when there is none or it is relative.

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
        });
    };
    server_url(spec, server, &at.join("0").join("url"))
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
    Ok(Server { url, origin })
}
