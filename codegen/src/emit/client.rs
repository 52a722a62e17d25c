//! `Client` and `Auth`: `client.rs` of a provider module.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc_attrs, ident, patch_arguments, rust_type};
use crate::ir::{Api, ApiKeyLocation, Operation, TypeRef};

/// The tokens of `client.rs`.
pub fn file(api: &Api) -> TokenStream {
    let base_url = &api.base_url;
    let client_doc = format!(
        "A client for {} {}.\n\nCreate one per set of credentials and reuse it: it holds a connection pool. \
         Each operation method returns a request builder; nothing is sent until `send()`.",
        api.title, api.version
    );
    let operations = api.operations.iter().map(method);
    let uses_types = api
        .operations
        .iter()
        .flat_map(arguments)
        .any(|(_, ty, _)| ty.to_string().contains("types ::"));
    let imports = match (api.operations.is_empty(), uses_types) {
        (true, _) => quote!(),
        (false, true) => quote!(
            use super::{builders, types};
        ),
        (false, false) => quote!(
            use super::builders;
        ),
    };
    let auth = auth(api);
    let base_url_doc = match &api.base_url_note {
        Some(note) => format!("The default base URL: <{base_url}>. {note}"),
        None => format!("The production base URL, from the spec's `servers`: <{base_url}>."),
    };
    let new_doc = if api.base_url_note.is_some() {
        " A client for the default base URL ([`DEFAULT_BASE_URL`](Self::DEFAULT_BASE_URL)); name the real one with `with_base_url`."
    } else {
        " A client for the production base URL."
    };
    let key_import = (!api.auth.api_keys.is_empty()).then(|| quote!(ApiKeyLocation,));
    // Every required parameter is an argument; real APIs have many.
    let many_arguments = api
        .operations
        .iter()
        .any(|op| arguments(op).len() > 6)
        .then(|| quote!(#![allow(clippy::too_many_arguments)]));
    let serde_json = operations_use_json(api).then(|| {
        quote!(
            use switchboard_runtime::serde_json;
        )
    });
    quote! {
        #many_arguments

        #serde_json
        use switchboard_runtime::__private::{#key_import ClientCore, Credentials};
        use switchboard_runtime::{ReqwestTransport, RetryPolicy, Transport, reqwest};

        #imports

        #auth

        #[doc = #client_doc]
        #[derive(Debug, Clone)]
        pub struct Client {
            core: ClientCore,
        }

        impl Client {
            #[doc = #base_url_doc]
            pub const DEFAULT_BASE_URL: &'static str = #base_url;

            #[doc = #new_doc]
            pub fn new(auth: Auth) -> Self {
                Client {
                    core: ClientCore::new(Self::DEFAULT_BASE_URL, auth.0),
                }
            }

            /// Sends every request to `base_url` instead (a sandbox, a proxy, a mock server).
            pub fn with_base_url(mut self, base_url: impl Into<String>) -> Self {
                self.core.set_base_url(base_url);
                self
            }

            /// Sends requests through this reqwest client (proxies, TLS, connection pools).
            pub fn with_http_client(mut self, http: reqwest::Client) -> Self {
                self.core.set_transport(std::sync::Arc::new(ReqwestTransport::from_client(http)));
                self
            }

            /// Sends requests through `transport` (middleware, metrics, a test double).
            pub fn with_transport(mut self, transport: impl Transport + 'static) -> Self {
                self.core.set_transport(std::sync::Arc::new(transport));
                self
            }

            /// Gives up connecting after `timeout` (default 10 s); replaces the transport
            /// with a fresh reqwest one.
            pub fn with_connect_timeout(mut self, timeout: std::time::Duration) -> Self {
                self.core.set_transport(std::sync::Arc::new(ReqwestTransport::with_connect_timeout(timeout)));
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

            #(#operations)*
        }
    }
}

/// Whether some client method's argument names `serde_json`.
fn operations_use_json(api: &Api) -> bool {
    api.operations
        .iter()
        .flat_map(arguments)
        .any(|(_, ty, _)| super::uses_ident(&ty, "serde_json"))
}

fn auth(api: &Api) -> TokenStream {
    let mut constructors = Vec::new();
    let mut schemes = Vec::new();
    if api.auth.bearer {
        schemes.push(if api.auth.oauth2 {
            "HTTP bearer (OAuth2 / OpenID Connect access tokens)"
        } else {
            "HTTP bearer"
        });
        let text = if api.auth.oauth2 {
            " `Authorization: Bearer <token>`: also how an OAuth2 or OpenID Connect access token is \
             sent. Obtaining the token (the spec's OAuth2 flow) is up to you."
        } else {
            " `Authorization: Bearer <token>`."
        };
        constructors.push(quote! {
            #[doc = #text]
            pub fn bearer(token: impl Into<String>) -> Self {
                Auth(Credentials::Bearer(token.into()))
            }
        });
    }
    for key in &api.auth.api_keys {
        let constructor = ident(&key.constructor);
        let name = &key.name;
        let (location, place) = match key.location {
            ApiKeyLocation::Header => (
                quote!(ApiKeyLocation::Header),
                format!("the `{name}` header"),
            ),
            ApiKeyLocation::Query => (
                quote!(ApiKeyLocation::Query),
                format!("the `{name}` query parameter"),
            ),
            ApiKeyLocation::Cookie => (
                quote!(ApiKeyLocation::Cookie),
                format!("the `{name}` cookie"),
            ),
        };
        schemes.push("API key");
        let mut text = format!(
            "An API key, sent in {place} (the spec's `{}` scheme).",
            key.scheme
        );
        if let Some(doc) = &key.doc {
            text.push_str("\n\n");
            text.push_str(doc);
        }
        let docs = doc_attrs(Some(&text));
        constructors.push(quote! {
            #docs
            pub fn #constructor(key: impl Into<String>) -> Self {
                Auth(Credentials::ApiKey {
                    location: #location,
                    name: #name.to_owned(),
                    key: key.into(),
                })
            }
        });
    }
    if api.auth.basic {
        schemes.push("HTTP basic");
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
        schemes.push("none (for the operations the spec marks as needing no credentials)");
        constructors.push(quote! {
            /// No credentials: only for the operations that need none.
            pub fn none() -> Self {
                Auth(Credentials::None)
            }
        });
    }
    schemes.dedup();
    let text = if schemes.is_empty() {
        "The credentials the client sends. This API declares no authentication.".to_owned()
    } else {
        format!(
            "The credentials the client sends. Schemes this API declares: {}.",
            schemes.join(", ")
        )
    };
    quote! {
        #[doc = #text]
        #[derive(Debug, Clone)]
        pub struct Auth(Credentials);

        impl Auth {
            #(#constructors)*
        }
    }
}

/// The client method's arguments: required parameters, then the body (or the
/// required fields of a patch body).
pub fn arguments(op: &Operation) -> Vec<(proc_macro2::Ident, TokenStream, TokenStream)> {
    let mut args = Vec::new();
    for param in op.params.iter().filter(|p| p.required) {
        let name = ident(&param.rust_name);
        args.push((
            name.clone(),
            argument_type(&param.ty),
            conversion(&param.ty, &name),
        ));
    }
    if let Some(body) = &op.body {
        if body.patch {
            for (field, name) in patch_arguments(op) {
                let (ty, value) = if field.nullable {
                    let inner = rust_type(&field.ty, Some(&quote!(types::)));
                    (quote!(Option<#inner>), quote!(#name))
                } else {
                    (argument_type(&field.ty), conversion(&field.ty, &name))
                };
                args.push((name, ty, value));
            }
        } else if body.required {
            let name = ident("body");
            args.push((
                name.clone(),
                argument_type(&body.ty),
                conversion(&body.ty, &name),
            ));
        }
    }
    args
}

fn argument_type(ty: &TypeRef) -> TokenStream {
    super::accepted(ty, Some(&quote!(types::))).0
}

fn conversion(ty: &TypeRef, name: &proc_macro2::Ident) -> TokenStream {
    if super::accepted(ty, None).1 {
        quote!(#name.into())
    } else {
        quote!(#name)
    }
}

fn method(op: &Operation) -> TokenStream {
    let name = ident(&op.method_name);
    let builder = ident(&op.builder_name);
    let mut text = op.doc.clone().unwrap_or_default();
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(&format!(
        "`{} {}`: see [`builders::{}`].",
        op.http_method, op.path, op.builder_name
    ));
    let docs = doc_attrs(Some(&text));
    let args = arguments(op);
    let params = args.iter().map(|(name, ty, _)| quote!(#name: #ty));
    let values = args.iter().map(|(_, _, value)| value);
    quote! {
        #docs
        pub fn #name(&self, #(#params),*) -> builders::#builder<'_> {
            builders::#builder::new(&self.core, #(#values),*)
        }
    }
}
