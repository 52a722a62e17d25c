//! `Client` and `Auth`: `client.rs` of a provider module.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Place, doc_attrs, ident, ty};
use crate::ir::{ApiKey, ApiKeyLocation, CombinedPart, ExpiryFormat, Grant};
use crate::surface::auth::{AuthConstructor, ConstructorKind};
use crate::surface::{OperationSurface, Surface};

/// The tokens of `client.rs` whole, every method in it, as [`head`] and
/// [`operations`] make it in pieces when no method goes to a group's file
/// (the test that they do).
#[cfg(test)]
pub(super) fn file(surface: &Surface<'_>) -> TokenStream {
    let all: Vec<usize> = (0..surface.operations.len()).collect();
    file_with(surface, operation_methods(surface, &all, true), &[])
}

/// The line that stands for the operations' methods in [`head`]'s text.
pub(super) const OPERATIONS_MARK: &str = "    const __SWITCHBOARD_OPERATIONS: () = ();";

/// [`file`] with [`OPERATIONS_MARK`] in the place of the methods of
/// `client.rs`, which are formatted apart ([`operations`]) and put there: a
/// large spec's client is a few syntax trees at a time, not one of its
/// size. A method only one group needs goes to that group's file
/// (`client/<group>.rs`), which `client.rs` declares behind its feature;
/// no mark when every method does.
pub(super) fn head(surface: &Surface<'_>) -> TokenStream {
    let mark = match has_mark(surface) {
        true => quote!(
            const __SWITCHBOARD_OPERATIONS: () = ();
        ),
        false => quote!(),
    };
    let groups: std::collections::BTreeSet<&str> = (0..surface.operations.len())
        .filter_map(|index| super::gates::operation_group(surface, index))
        .collect();
    file_with(surface, mark, &groups.into_iter().collect::<Vec<_>>())
}

/// Whether [`head`] has [`OPERATIONS_MARK`]: some method stays in
/// `client.rs`.
pub(super) fn has_mark(surface: &Surface<'_>) -> bool {
    (0..surface.operations.len())
        .any(|index| super::gates::operation_group(surface, index).is_none())
}

/// The methods of the operations `run`, in an `impl Client` block of their
/// own (whose first and last lines are left out where they go); `gated`
/// puts each method's `#[cfg(…)]` on it, which a group's file, declared
/// behind the group's feature, does not repeat.
pub(super) fn operations(surface: &Surface<'_>, run: &[usize], gated: bool) -> TokenStream {
    let methods = operation_methods(surface, run, gated);
    quote! {
        impl Client {
            #methods
        }
    }
}

fn operation_methods(surface: &Surface<'_>, run: &[usize], gated: bool) -> TokenStream {
    let operations = run.iter().map(|&index| {
        let gate = match gated {
            true => super::gates::operation(surface, index),
            false => quote!(),
        };
        let method = method(&surface.operations[index]);
        quote!(#gate #method)
    });
    quote!(#(#operations)*)
}

fn file_with(surface: &Surface<'_>, operations: TokenStream, groups: &[&str]) -> TokenStream {
    let api = surface.api;
    let client = &surface.client;
    let base_url = &api.server.url;
    let client_doc = doc_attrs(&client.doc);
    let arguments = || surface.operations.iter().flat_map(|op| &op.arguments);
    let uses_types = arguments().any(|argument| argument.accepted.names_a_type());
    // With features, only some of them use the builders and types.
    let allow = surface
        .features
        .is_some()
        .then(|| quote!(#[allow(unused_imports)]));
    let imports = match (surface.operations.is_empty(), uses_types) {
        (true, _) => quote!(),
        (false, true) => quote!(
            #allow
            use super::{builders, types};
        ),
        (false, false) => quote!(
            #allow
            use super::builders;
        ),
    };
    // The files of the groups' methods (`impl Client` blocks: nothing to
    // re-export).
    let modules = groups.iter().map(|group| super::gates::group_module(group));
    let auth = auth(surface);
    let base_url_doc = doc_attrs(&client.base_url_doc);
    let new_doc = doc_attrs(&client.new_doc);
    let key_import = (!api.auth.api_keys.is_empty()
        || api.auth.combined.iter().any(|combined| {
            combined
                .parts
                .iter()
                .any(|part| matches!(part, CombinedPart::ApiKey(_)))
        }))
    .then(|| quote!(ApiKeyLocation,));
    let tokens = !api.auth.flows.is_empty() || !api.auth.token_endpoints.is_empty();
    let token_import = tokens.then(|| quote!(TokenEndpoint,));
    let format_import = api
        .auth
        .token_endpoints
        .iter()
        .any(|endpoint| endpoint.expiry.is_some())
        .then(|| quote!(ExpiryFormat,));
    let revoke = client.revoke_doc.as_ref().map(|doc| {
        let docs = doc_attrs(doc);
        quote! {
            #docs
            pub async fn revoke_tokens(&self) -> Result<(), AuthError> {
                self.core.revoke_tokens().await
            }
        }
    });
    let auth_error_import = revoke.is_some().then(|| quote!(AuthError,));
    let clock = api.auth.bearer.then(|| {
        quote! {
            /// Issues and expires tokens by `clock` instead of the system's (a test's,
            /// moved by hand).
            pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
                self.core.set_clock(std::sync::Arc::new(clock));
                self
            }
        }
    });
    let clock_import = api.auth.bearer.then(|| quote!(Clock,));
    let source_import = api.auth.bearer.then(|| quote!(TokenSource,));
    let provider = &api.name;
    let server_names: Vec<_> = client.server_arguments.iter().map(ident).collect();
    let server_params = server_names
        .iter()
        .map(|name| quote!(#name: impl Into<String>));
    let (base_url_const, start_url) = if api.server.variables.is_empty() {
        (
            quote! {
                #base_url_doc
                pub const DEFAULT_BASE_URL: &'static str = #base_url;
            },
            quote!(Self::DEFAULT_BASE_URL),
        )
    } else {
        let wire = &api.server.variables;
        (
            quote! {
                #base_url_doc
                pub const BASE_URL_TEMPLATE: &'static str = #base_url;
            },
            quote!(switchboard_runtime::__private::fill_server_url(
                Self::BASE_URL_TEMPLATE,
                &[#((#wire, #server_names.into())),*],
            )),
        )
    };
    // Every required parameter is an argument; real APIs have many.
    let many_arguments = client
        .many_arguments
        .then(|| quote!(#![allow(clippy::too_many_arguments)]));
    let server_urls = client.server_urls_doc.as_ref().map(|doc| {
        let docs = doc_attrs(doc);
        quote! {
            #docs
            pub fn with_server_url(mut self, spec_url: &str, url: impl Into<String>) -> Self {
                self.core.set_server_url(spec_url, url);
                self
            }
        }
    });
    let serde_json = arguments()
        .any(|argument| super::uses_ident(&ty(&argument.accepted, Place::Outside), "serde_json"))
        .then(|| {
            quote!(
                use switchboard_runtime::serde_json;
            )
        });
    quote! {
        #many_arguments

        #serde_json
        use switchboard_runtime::__private::{#key_import ClientCore, Credentials};
        use switchboard_runtime::{#auth_error_import #clock_import #format_import ReqwestTransport, RetryPolicy, #token_import #source_import Transport, reqwest};

        #imports
        #(#modules)*

        #auth

        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            core: ClientCore,
        }

        impl Client {
            #base_url_const

            #new_doc
            pub fn new(auth: Auth #(, #server_params)*) -> Self {
                let mut core = ClientCore::new(#start_url, auth.0);
                core.set_provider(#provider);
                Client { core }
            }

            /// Replaces the credentials of this client and of every clone of it, while
            /// calls go on (a call already sending keeps the ones it started with).
            pub fn set_auth(&self, auth: Auth) {
                self.core.replace_credentials(auth.0);
            }

            /// Sends every request to `base_url` instead (a sandbox, a proxy, a mock server).
            pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
                self.core.set_base_url(base_url);
                self
            }

            /// Sends requests through this reqwest client (proxies, TLS, connection pools).
            /// Connecting gives up after the connect timeout it was built with
            /// (`reqwest::ClientBuilder::connect_timeout`, none by default): a reqwest
            /// client cannot be changed once built, so `with_connect_timeout`, before or
            /// after, does not reach it.
            pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
                self.core.set_transport(std::sync::Arc::new(ReqwestTransport::from_client(http)));
                self
            }

            /// Sends requests through `transport` (middleware, metrics, a test double).
            pub fn with_transport(mut self, transport: impl Transport + 'static) -> Self {
                self.core.set_transport(std::sync::Arc::new(transport));
                self
            }

            /// Gives up connecting after `timeout` (default 10 s). In any order with
            /// `with_transport`: the client's own transport is built with it, one of yours
            /// is kept and finds it in `Limits::connect_timeout`. A reqwest client given
            /// with `with_http_client` (before or after) is kept too, with the connect
            /// timeout it was built with: set it on its builder.
            pub fn with_connect_timeout(mut self, timeout: std::time::Duration) -> Self {
                self.core.set_connect_timeout(timeout);
                self
            }

            /// Gives each attempt (connect, send, read the whole reply) at most `timeout`
            /// (default 30 s); a call can override it with `.timeout(…)`.
            pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
                self.core.set_timeout(timeout);
                self
            }

            /// Retries by `policy` (default: [`RetryPolicy::default`]); a call can override
            /// it with `.retry(…)`.
            pub fn with_retry(mut self, policy: RetryPolicy) -> Self {
                self.core.set_retry(policy);
                self
            }

            /// Refuses response bodies larger than `bytes` (default 16 MiB).
            pub fn with_max_body_bytes(mut self, bytes: usize) -> Self {
                self.core.set_max_body_bytes(bytes);
                self
            }

            /// The base URL requests are sent to.
            pub fn base_url(&self) -> &str {
                self.core.base_url()
            }

            #server_urls

            #clock

            #revoke

            #operations
        }
    }
}

fn auth(surface: &Surface<'_>) -> TokenStream {
    let api = surface.api;
    let client = &surface.client;
    let mut constructors = Vec::new();
    if let Some(text) = &client.bearer_doc {
        let text = doc_attrs(text);
        constructors.push(quote! {
            #text
            pub fn bearer(token: impl Into<String>) -> Self {
                Auth(Credentials::Bearer(token.into()))
            }
        });
    }
    for (key, (constructor, text)) in api.auth.api_keys.iter().zip(&client.api_keys) {
        let constructor = ident(constructor);
        let name = &key.name;
        let _ = name;
        let credential = api_key(key, &quote!(key));
        let docs = doc_attrs(text);
        constructors.push(quote! {
            #docs
            pub fn #constructor(key: impl Into<String>) -> Self {
                Auth(#credential)
            }
        });
    }
    if let Some(text) = &client.token_source_doc {
        let text = doc_attrs(text);
        constructors.push(quote! {
            #text
            pub fn token_source(source: impl TokenSource + 'static) -> Self {
                Auth(Credentials::tokens(source))
            }
        });
    }
    for constructor in &client.constructors {
        constructors.push(token_constructor(surface, constructor));
    }
    if let Some(text) = &client.scoped_doc {
        let text = doc_attrs(text);
        constructors.push(quote! {
            #text
            pub fn scoped_per_endpoint(self) -> Self {
                match self.0 {
                    Credentials::Tokens(cache) => Auth(Credentials::Tokens(cache.per_endpoint())),
                    other => Auth(other),
                }
            }
        });
    }
    if api.auth.basic {
        constructors.push(quote! {
            /// `Authorization: Basic base64(<username>:<password>)`.
            pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
                Auth(Credentials::Basic {
                    username: username.into(),
                    password: password.into(),
                })
            }
        });
    }
    if api.auth.anonymous {
        constructors.push(quote! {
            /// No credentials: only for the operations that need none.
            pub fn none() -> Self {
                Auth(Credentials::None)
            }
        });
    }
    let text = doc_attrs(&client.auth_doc);
    quote! {
        #text
        #[derive(Debug, Clone)]
        pub struct Auth(Credentials);

        impl Auth {
            #(#constructors)*
        }
    }
}

fn method(op: &OperationSurface) -> TokenStream {
    let name = ident(&op.method);
    let builder = ident(&op.builder);
    let docs = doc_attrs(&op.method_doc);
    let params = op.arguments.iter().map(|argument| {
        let name = ident(&argument.name);
        let accepted = ty(&argument.accepted, Place::Outside);
        quote!(#name: #accepted)
    });
    let values = op.arguments.iter().map(|argument| {
        let name = ident(&argument.name);
        if argument.converts {
            quote!(#name.into())
        } else {
            quote!(#name)
        }
    });
    quote! {
        #docs
        pub fn #name(&self, #(#params),*) -> builders::#builder<'_> {
            builders::#builder::new(&self.core, #(#values),*)
        }
    }
}

/// `Credentials::ApiKey` for `key`, its value the expression `value`.
fn api_key(key: &ApiKey, value: &TokenStream) -> TokenStream {
    let name = &key.name;
    let location = match key.location {
        ApiKeyLocation::Header => quote!(ApiKeyLocation::Header),
        ApiKeyLocation::Query => quote!(ApiKeyLocation::Query),
        ApiKeyLocation::Cookie => quote!(ApiKeyLocation::Cookie),
    };
    quote! {
        Credentials::ApiKey {
            location: #location,
            name: #name.to_owned(),
            key: #value.into(),
        }
    }
}

/// `Some("https://…")` or `None`: a token request's own server.
fn server(server: Option<&String>) -> TokenStream {
    match server {
        Some(server) => quote!(Some(#server)),
        None => quote!(None),
    }
}

/// An `Auth` constructor of several credentials, an OAuth2 flow or a
/// token operation.
fn token_constructor(surface: &Surface<'_>, constructor: &AuthConstructor) -> TokenStream {
    let api = surface.api;
    let name = ident(&constructor.name);
    let docs = doc_attrs(&constructor.doc);
    let arguments: Vec<TokenStream> = constructor
        .arguments
        .iter()
        .map(|a| {
            let a = ident(a);
            quote!(#a)
        })
        .collect();
    let scoped = matches!(constructor.kind, ConstructorKind::ScopedFlow(_));
    let params = arguments.iter().enumerate().map(|(index, a)| {
        match scoped && index + 1 == arguments.len() {
            true => quote!(#a: impl IntoIterator<Item = impl Into<String>>),
            false => quote!(#a: impl Into<String>),
        }
    });
    let body = match constructor.kind {
        ConstructorKind::Combined(index) => {
            let mut values = arguments.iter();
            let parts = api.auth.combined[index].parts.iter().map(|part| match part {
                CombinedPart::Bearer { .. } => {
                    let token = values.next();
                    quote!(Credentials::Bearer(#token.into()))
                }
                CombinedPart::Basic { .. } => {
                    let username = values.next();
                    let password = values.next();
                    quote!(Credentials::Basic { username: #username.into(), password: #password.into() })
                }
                CombinedPart::ApiKey(key) => {
                    let value = values.next().cloned().unwrap_or_default();
                    api_key(key, &value)
                }
            }).collect::<Vec<_>>();
            quote!(Credentials::All(vec![#(#parts),*]))
        }
        ConstructorKind::Flow(index) | ConstructorKind::ScopedFlow(index) => {
            let flow = &api.auth.flows[index];
            let token_server = server(flow.token_url.server.as_ref());
            let token_path = &flow.token_url.path;
            let grant = flow.grant.grant_type();
            let refresh = match &flow.refresh_url {
                Some(refresh) => {
                    let server = server(refresh.server.as_ref());
                    let path = &refresh.path;
                    quote!(Some((#server, #path)))
                }
                None => quote!(None),
            };
            let (first, second) = (&arguments[0], &arguments[1]);
            let credentials = match flow.grant {
                Grant::ClientCredentials => quote!(.client_basic(#first, #second)),
                Grant::Password => {
                    quote!(.credential("username", #first).secret("password", #second))
                }
            };
            let scopes = scoped.then(|| {
                let scopes = &arguments[2];
                quote!(.scopes(#scopes))
            });
            quote!(Credentials::tokens(
                TokenEndpoint::oauth2(#token_server, #token_path, #grant, #refresh)#credentials #scopes
            ))
        }
        ConstructorKind::TokenEndpoint(index) => {
            let endpoint = &api.auth.token_endpoints[index];
            let start_server = server(endpoint.endpoint.server.as_ref());
            let path = &endpoint.endpoint.path;
            let mut steps = Vec::new();
            for (field, argument) in endpoint.credentials.iter().zip(&arguments) {
                let wire = &field.wire;
                steps.push(if field.secret {
                    quote!(.secret(#wire, #argument))
                } else {
                    quote!(.credential(#wire, #argument))
                });
            }
            if let Some(scope) = &endpoint.scope {
                steps.push(quote!(.scope_field(#scope)));
            }
            let token = &endpoint.token;
            steps.push(quote!(.token_field(#token)));
            if let Some(field) = &endpoint.refresh_token {
                steps.push(quote!(.refresh_token_field(#field)));
            }
            if let Some(field) = &endpoint.success {
                steps.push(quote!(.success_field(#field)));
            }
            if let Some((field, format)) = &endpoint.expiry {
                let format = match format {
                    ExpiryFormat::Seconds => quote!(ExpiryFormat::Seconds),
                    ExpiryFormat::Rfc3339 => quote!(ExpiryFormat::Rfc3339),
                    ExpiryFormat::Layout(layout) => quote!(ExpiryFormat::Layout(#layout)),
                };
                steps.push(quote!(.expiry_field(#field, #format)));
            }
            if let Some(seconds) = endpoint.fallback_lifetime {
                let seconds = proc_macro2::Literal::u64_unsuffixed(seconds);
                steps.push(quote!(.fallback_lifetime(std::time::Duration::from_secs(#seconds))));
            }
            if let Some(seconds) = endpoint.max_lifetime {
                let seconds = proc_macro2::Literal::u64_unsuffixed(seconds);
                steps.push(quote!(.max_lifetime(std::time::Duration::from_secs(#seconds))));
            }
            if let Some(call) = &endpoint.refresh {
                let server = server(call.endpoint.server.as_ref());
                let path = &call.endpoint.path;
                let field = &call.field;
                steps.push(quote!(.refresh(#server, #path, #field)));
            }
            if let Some(call) = &endpoint.revoke {
                let server = server(call.endpoint.server.as_ref());
                let path = &call.endpoint.path;
                let field = &call.field;
                let authenticated = call.authenticated;
                steps.push(quote!(.revoke(#server, #path, #field, #authenticated)));
            }
            let constructor = if endpoint.form {
                quote!(TokenEndpoint::form)
            } else {
                quote!(TokenEndpoint::json)
            };
            quote!(Credentials::tokens(#constructor(#start_server, #path) #(#steps)*))
        }
    };
    quote! {
        #docs
        pub fn #name(#(#params),*) -> Self {
            Auth(#body)
        }
    }
}
