//! Every doc comment of the generated code, made from the spec's own text
//! (sanitized for rustdoc by [`crate::docs`]) and what the generator knows.

mod params;
mod tokens;

pub(super) use self::params::param_setter_doc;
use self::params::unchecked_note;
use self::tokens::constructor_docs;
use super::types::status_words;
use super::{ClientSurface, OperationSurface, Spelled, Surface};
use crate::docs::doc;
use crate::ir::{
    Api, ApiKeyLocation, Body, Docs, Field, NameRoot, Operation, ServerOrigin, Status, TypeDef,
    TypeKind, UnionVariant, ValueNotes,
};
use crate::naming::{Name, Type};

/// The API as docs call it: its title and version, unless the title says
/// the version already (`CarrierX Core API v2`, version `2`).
pub(super) fn title(api: &Api) -> String {
    let title = api.title.trim();
    let version = api.version.trim();
    if version.is_empty() || says_version(title, version) {
        title.to_owned()
    } else {
        format!("{title} {version}")
    }
}

/// Whether `title` names `version` as a word of its own: `v3`, `3`, `2.0`,
/// or `v2` for `2.0` (a version's major number after a `v`).
fn says_version(title: &str, version: &str) -> bool {
    let bare = version.trim_start_matches(['v', 'V']);
    let major = bare.split('.').next().unwrap_or(bare);
    let words: Vec<String> = title
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .map(|word| word.trim_matches('.').to_ascii_lowercase())
        .collect();
    words.iter().any(|word| {
        let word = word.as_str();
        word == version.to_ascii_lowercase()
            || word == bare
            || word.strip_prefix('v').is_some_and(|number| {
                number == bare
                    || (!major.is_empty()
                        && number == major
                        && bare
                            .split('.')
                            .skip(1)
                            .all(|part| part.chars().all(|c| c == '0')))
            })
    })
}

/// The spec's text about one thing, with its reconstruction note.
fn spec_doc(docs: &Docs) -> Option<String> {
    let mut text = doc(&[docs.summary.as_deref(), docs.description.as_deref()]);
    if let Some(reason) = docs.reconstructed.as_deref().and_then(|r| doc(&[Some(r)])) {
        let note = format!("*Reconstructed, not documented by the provider:* {reason}");
        text = Some(match text {
            Some(text) => format!("{text}\n\n{note}"),
            None => note,
        });
    }
    text
}

/// `text` followed by a line with the value's `format` and `default`, if any.
fn with_notes(text: Option<String>, notes: &ValueNotes) -> Option<String> {
    let mut lines = Vec::new();
    if let Some(format) = notes.format.as_deref().filter(|f| is_plain_note(f)) {
        lines.push(format!("Format: `{format}`."));
    }
    if let Some(default) = &notes.default {
        let text = default.to_string();
        if is_plain_note(&text) {
            lines.push(format!("Default: `{text}`."));
        }
    }
    if lines.is_empty() {
        return text;
    }
    let lines = lines.join(" ");
    Some(match text {
        Some(text) => format!("{text}\n\n{lines}"),
        None => lines,
    })
}

/// Short, single-line text that can sit in a `code span`.
fn is_plain_note(text: &str) -> bool {
    !text.is_empty() && text.len() <= 80 && !text.contains(['`', '\n', '\r'])
}

/// Where a schema the spec does not describe comes from.
fn origin_doc(at: &str) -> String {
    match crate::error::Pointer::from_ref(at).map(|p| p.segments()) {
        Some(segments)
            if segments.len() == 3 && segments[0] == "components" && segments[1] == "schemas" =>
        {
            format!("The spec's `{}` schema.", segments[2])
        }
        _ => format!("Defined inline in the spec at `{at}`."),
    }
}

/// A generated type's docs (a by-status enum's name its users later, in
/// [`outcome_doc`]).
pub(super) fn type_doc(def: &TypeDef) -> String {
    match (&def.kind, &def.origin.root) {
        (TypeKind::Enum { .. }, NameRoot::Title(title)) if def.origin.path.is_empty() => {
            format!("The spec's `{title}` values.")
        }
        (TypeKind::ByStatus { .. }, NameRoot::Outcome { errors, .. }) => {
            format!(
                "One variant for each of {}, by HTTP status.",
                outcome_what(*errors)
            )
        }
        _ => spec_doc(&def.docs).unwrap_or_else(|| origin_doc(&def.at)),
    }
}

fn outcome_what(errors: bool) -> &'static str {
    if errors {
        "the documented error replies"
    } else {
        "the possible successful replies"
    }
}

/// A by-status enum's docs, naming the operations that share it, linked by
/// `client`, the path of the module's `Client` from the crate root (the
/// enum may be in a group's file: `super` is not the module).
pub(super) fn outcome_doc(
    errors: bool,
    users: &[usize],
    (operations, client): (&[OperationSurface], &str),
) -> String {
    let what = outcome_what(errors);
    if users.len() < 2 {
        return format!("One variant for each of {what}, by HTTP status.");
    }
    let links: Vec<String> = users
        .iter()
        .filter_map(|user| operations.get(*user))
        .map(|op| format!("[`Client::{0}`]({client}::{0})", op.method.bare()))
        .collect();
    format!(
        "One variant for each of {what}, by HTTP status. Used by {}.",
        links.join(", ")
    )
}

/// A struct field's docs: the property's, its notes, and how it is on the
/// wire where its Rust name does not say it (`name`).
pub(super) fn field_doc(field: &Field, name: &str) -> String {
    let mut notes = Vec::new();
    if field.wire_name != name {
        notes.push(format!("Wire name: `{}`.", field.wire_name));
    }
    if !field.aliases.is_empty() {
        let aliases: Vec<String> = field.aliases.iter().map(|a| format!("`{a}`")).collect();
        notes.push(format!(
            "Also accepted when decoding: {}.",
            aliases.join(", ")
        ));
    }
    if !field.required && field.nullable {
        notes.push("`None`: absent; `Some(None)`: JSON `null`.".to_owned());
    }
    let notes = notes.join(" ");
    match (value_doc(field), notes.is_empty()) {
        (Some(text), false) => format!("{text}\n\n{notes}"),
        (Some(text), true) => text,
        (None, false) => notes,
        (None, true) => format!("The spec's `{}` property.", field.wire_name),
    }
}

/// A field's own docs and notes.
fn value_doc(field: &Field) -> Option<String> {
    let own = with_notes(spec_doc(&field.docs), &field.notes);
    match unchecked_note(&field.unchecked) {
        Some(note) => Some(match own {
            Some(text) => format!("{text}\n\n{note}"),
            None => note,
        }),
        None => own,
    }
}

/// A union alternative's docs: what it holds, or the tags that select it.
pub(super) fn union_variant_doc(variant: &UnionVariant, tag: Option<&str>, ty: &Spelled) -> String {
    if variant.tags.is_empty() {
        return format!("A `{}`.", ty.text());
    }
    let tags: Vec<String> = variant.tags.iter().map(|t| format!("`{t}`")).collect();
    format!("`{}`: {}.", tag.unwrap_or_default(), tags.join(", "))
}

/// A by-status variant's docs: the status and the reply's description.
pub(super) fn status_variant_doc(status: Status, description: Option<&str>) -> String {
    let status = status_words(status);
    match doc(&[description]) {
        Some(text) => format!("{status}: {text}"),
        None => status,
    }
}

fn setter_doc(doc: Option<String>, first: &str) -> String {
    match doc {
        Some(doc) => format!("{first}\n\n{doc}"),
        None => first.to_owned(),
    }
}

/// An optional request body's setter.
pub(super) fn body_setter_doc(body: &Body) -> String {
    setter_doc(
        doc(&[body.description.as_deref()]),
        "Sends this request body (the spec makes it optional).",
    )
}

/// A patch field's setter.
pub(super) fn field_setter_doc(field: &Field) -> String {
    setter_doc(
        value_doc(field),
        &format!("Sends `{}` with this value.", field.wire_name),
    )
}

/// An operation's own docs.
fn operation_doc(op: &Operation) -> Option<String> {
    spec_doc(&op.docs)
}

/// The client method's docs.
pub(super) fn method_doc(op: &Operation, builder: &Name<Type>) -> String {
    let mut text = operation_doc(op).unwrap_or_default();
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(&format!(
        "`{} {}`: see [`builders::{}`].",
        op.method,
        op.shown_path(),
        builder
    ));
    text
}

/// The request builder's docs: the request, the operation's own docs, the
/// scopes it needs, and what the spec says of its required parameters (an
/// optional one's setter says it).
pub(super) fn builder_doc(op: &Operation) -> String {
    let mut text = format!("`{} {}`", op.method, op.shown_path());
    if let Some(doc) = operation_doc(op) {
        text.push_str("\n\n");
        text.push_str(&doc);
    }
    if let Some(note) = tokens::scopes_note(op) {
        text.push_str(&format!("\n\n{note}"));
    }
    for note in op.params.iter().filter_map(params::required_param_note) {
        text.push_str("\n\n");
        text.push_str(&note);
    }
    if let (true, [case]) = (op.any_2xx_is_success(), op.success.as_slice()) {
        text.push_str(&format!(
            "\n\nSucceeds on any 2xx reply with an empty body: the spec documents {} \
             without a body, and a provider that answers another success status, with \
             nothing in it, has done it all the same.",
            status_words(case.status)
        ));
    }
    text
}

/// `OPERATION`'s docs.
pub(super) fn info_doc(op: &Operation) -> String {
    if op.idempotent {
        "How the runtime treats this operation: safe to retry.".to_owned()
    } else {
        "How the runtime treats this operation: not retried unless the policy allows non-idempotent retries.".to_owned()
    }
}

/// `builders.rs`'s docs.
pub(super) fn builders_doc(api: &Api) -> String {
    format!(
        "Request builders, one per `{}` operation: required values are arguments of the `Client` \
         method, optional ones are setters. `build()` gives the exact HTTP request without sending \
         it, `decode()` reads a reply, `send()` does both.",
        api.name
    )
}

/// `types.rs`'s docs.
pub(super) fn types_doc(api: &Api) -> String {
    format!(
        "Every type the `{}` operations send and receive, generated from the spec's schemas.",
        api.name
    )
}

/// Why the default base URL is not simply the spec's first server.
fn server_note(api: &Api) -> Option<String> {
    match &api.server.origin {
        ServerOrigin::Spec => None,
        ServerOrigin::Missing => Some(format!(
            "The spec names no server, so requests go to `{}` until `with_base_url` names the real one.",
            api.server.url
        )),
        ServerOrigin::Relative(url) => Some(format!(
            "The spec's server URL `{url}` is relative to wherever the API is served, so requests go to `{}` until `with_base_url` names the real host.",
            api.server.url
        )),
    }
}

/// The provider module's docs: the API, its server and a table of its operations.
pub(super) fn module_doc(surface: &Surface<'_>) -> String {
    let api = surface.api;
    let mut text = format!("# {}\n\n", surface.title);
    if let Some(description) = doc(&[api.description.as_deref()]) {
        text.push_str(&description);
        text.push_str("\n\n");
    }
    text.push_str(&format!("Default base URL: <{}>.", api.server.url));
    if let Some(note) = server_note(api) {
        text.push(' ');
        text.push_str(&note);
    }
    text.push_str("\n\n");
    text.push_str("| method | request | client method |\n| --- | --- | --- |\n");
    for (op, surface_op) in api.operations.iter().zip(&surface.operations) {
        text.push_str(&format!(
            "| `{}` | `{}` | [`Client::{name}`]({}::{}::Client::{name}) |\n",
            op.method,
            op.shown_path(),
            surface.parent,
            surface.module,
            name = surface_op.method.bare()
        ));
    }
    text
}

/// The client's and its credentials' docs.
pub(super) fn client(surface: &Surface<'_>) -> ClientSurface {
    let api = surface.api;
    let url = &api.server.url;
    let note = server_note(api);
    let mut schemes = Vec::new();
    let bearer_doc = api.auth.bearer.then(|| {
        schemes.push(if api.auth.oauth2 {
            "HTTP bearer (OAuth2 / OpenID Connect access tokens)"
        } else {
            "HTTP bearer"
        });
        if api.auth.oauth2 && !api.auth.flows.is_empty() {
            "`Authorization: Bearer <token>`: also how an OAuth2 or OpenID Connect access token you \
             obtained is sent. For the flows the client runs itself, see the constructors below."
                .to_owned()
        } else if api.auth.oauth2 {
            "`Authorization: Bearer <token>`: also how an OAuth2 or OpenID Connect access token is \
             sent. Obtaining the token (the spec's OAuth2 flow) is up to you."
                .to_owned()
        } else {
            "`Authorization: Bearer <token>`.".to_owned()
        }
    });
    let mut constructors = crate::naming::Scope::with_reserved(super::names::AUTH_CONSTRUCTORS);
    let single = api.auth.api_keys.len() == 1;
    let api_keys = api
        .auth
        .api_keys
        .iter()
        .map(|key| {
            schemes.push("API key");
            let name = if single {
                constructors.claim("api_key")
            } else {
                constructors.claim(crate::naming::snake(&key.scheme))
            };
            let place = match key.location {
                ApiKeyLocation::Header => format!("the `{}` header", key.name),
                ApiKeyLocation::Query => format!("the `{}` query parameter", key.name),
                ApiKeyLocation::Cookie => format!("the `{}` cookie", key.name),
            };
            let mut text = format!(
                "An API key, sent in {place} (the spec's `{}` scheme).",
                key.scheme
            );
            if let Some(description) = doc(&[key.description.as_deref()]) {
                text.push_str("\n\n");
                text.push_str(&description);
            }
            (name, text)
        })
        .collect();
    if api.auth.basic {
        schemes.push("HTTP basic");
    }
    let mut token_constructors = super::auth::constructors(api, &mut constructors);
    constructor_docs(surface, &mut token_constructors);
    if !api.auth.combined.is_empty() {
        schemes.push("several credentials at once");
    }
    if !api.auth.flows.is_empty() || !api.auth.token_endpoints.is_empty() {
        schemes.push("tokens the client fetches itself");
    }
    if api.auth.anonymous {
        schemes.push("none (for the operations the spec marks as needing no credentials)");
    }
    schemes.dedup();
    let auth_doc = if schemes.is_empty() {
        "The credentials the client sends. This API declares no authentication.".to_owned()
    } else {
        format!(
            "The credentials the client sends. Schemes this API declares: {}.",
            schemes.join(", ")
        )
    };
    ClientSurface {
        doc: format!(
            "A client for {}.\n\nCreate one per set of credentials and reuse it: it holds a connection pool. \
             Each operation method returns a request builder; nothing is sent until `send()`.",
            surface.title
        ),
        base_url_doc: match &note {
            _ if !api.server.variables.is_empty() => format!(
                "The base URL, from the spec's `servers`, with the variables [`new`](Self::new) fills: `{url}`."
            ),
            Some(note) => format!("The default base URL: <{url}>. {note}"),
            None => format!("The production base URL, from the spec's `servers`: <{url}>."),
        },
        new_doc: if !api.server.variables.is_empty() {
            let arguments: Vec<String> = api
                .server
                .variables
                .iter()
                .map(|name| {
                    format!(
                        "`{}` fills `{{{name}}}`",
                        crate::naming::snake(name).trim_start_matches("r#")
                    )
                })
                .collect();
            format!(
                "A client for [`BASE_URL_TEMPLATE`](Self::BASE_URL_TEMPLATE), whose variables the \
                 spec gives no default: {} (percent-encoded, so a value stays one part of the URL).",
                arguments.join(", ")
            )
        } else if note.is_some() {
            "A client for the default base URL ([`DEFAULT_BASE_URL`](Self::DEFAULT_BASE_URL)); name the real one with `with_base_url`.".to_owned()
        } else {
            "A client for the production base URL.".to_owned()
        },
        server_arguments: {
            let mut scope: crate::naming::Scope<crate::naming::Argument> =
                crate::naming::Scope::with_reserved(&["auth"]);
            api.server
                .variables
                .iter()
                .map(|name| scope.claim(crate::naming::snake(name)))
                .collect()
        },
        auth_doc,
        bearer_doc,
        api_keys,
        token_source_doc: api.auth.bearer.then(|| {
            "Bearer tokens from `source` (a vault, another process, a flow of your own): \
             fetched when a call needs one, cached until shortly before they expire, renewed \
             once when the server refuses one (401). See \
             [`TokenSource`](switchboard_runtime::TokenSource)."
                .to_owned()
        }),
        scoped_doc: api
            .auth
            .token_endpoints
            .iter()
            .find_map(|endpoint| endpoint.scope.as_deref())
            .map(|field| {
                format!(
                    "Scopes every token to the endpoint it is used for: each token request sends \
                     the endpoint's URL (without its query) in `{field}`, and a token is kept per \
                     endpoint. Without it, one token serves every endpoint. No effect on other \
                     credentials."
                )
            }),
        revoke_doc: api
            .auth
            .token_endpoints
            .iter()
            .find_map(|endpoint| endpoint.revoke.as_ref())
            .and_then(|call| surface.operations.get(call.operation))
            .map(|revoke| {
                format!(
                    "Revokes every token the client holds (each access token and its refresh \
                     token) with [`{0}`](Self::{0}), and forgets them: the next call fetches a \
                     new one with the same credentials (replace them with \
                     [`set_auth`](Self::set_auth) to stop). Nothing to do for other credentials. \
                     Every token is tried; the first failure is returned.",
                    revoke.method.bare()
                )
            }),
        constructors: token_constructors,
        server_urls_doc: server_urls_doc(surface),
        many_arguments: super::operations::many_arguments(&surface.operations),
    }
}

/// `with_server_url`'s docs, when some operation has a server of its own:
/// which servers there are and the operations on each.
fn server_urls_doc(surface: &Surface<'_>) -> Option<String> {
    let mut servers: Vec<(String, Vec<String>)> = Vec::new();
    for (op, names) in surface.api.operations.iter().zip(&surface.operations) {
        let Some(server) = op.server.as_deref() else {
            continue;
        };
        let method = format!("[`{0}`](Self::{0})", names.method.bare());
        match servers.iter_mut().find(|(url, _)| url == server) {
            Some((_, methods)) => methods.push(method),
            None => servers.push((server.to_owned(), vec![method])),
        }
    }
    for flow in &surface.api.auth.flows {
        let what = format!("the `{}` token requests", flow.grant.grant_type());
        for server in [
            &flow.token_url.server,
            &flow.refresh_url.as_ref().and_then(|r| r.server.clone()),
        ]
        .into_iter()
        .flatten()
        {
            match servers.iter_mut().find(|(url, _)| url == server) {
                Some((_, methods)) if !methods.contains(&what) => methods.push(what.clone()),
                Some(_) => {}
                None => servers.push((server.clone(), vec![what.clone()])),
            }
        }
    }
    if servers.is_empty() {
        return None;
    }
    let list: Vec<String> = servers
        .iter()
        .map(|(url, methods)| format!("- `{url}`: {}", methods.join(", ")))
        .collect();
    Some(format!(
        "Sends the requests of the operations whose own server (from the spec's `servers` on \
         the operation or its path) is `spec_url` to `url` instead. `with_base_url` does not \
         move them. The servers of this API's operations:\n\n{}",
        list.join("\n")
    ))
}

#[cfg(test)]
mod tests;
