//! `Client` and `Auth`: `client.rs` of a provider module.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Place, doc_attrs, ident, ty};
use crate::ir::ApiKeyLocation;
use crate::surface::{OperationSurface, Surface};

/// The tokens of `client.rs`.
pub fn file(surface: &Surface<'_>) -> TokenStream {
    let api = surface.api;
    let client = &surface.client;
    let base_url = &api.server.url;
    let client_doc = doc_attrs(&client.doc);
    let operations = surface.operations.iter().map(method);
    let arguments = || surface.operations.iter().flat_map(|op| &op.arguments);
    let uses_types = arguments().any(|argument| argument.accepted.names_a_type());
    let imports = match (surface.operations.is_empty(), uses_types) {
        (true, _) => quote!(),
        (false, true) => quote!(
            use super::{builders, types};
        ),
        (false, false) => quote!(
            use super::builders;
        ),
    };
    let auth = auth(surface);
    let base_url_doc = doc_attrs(&client.base_url_doc);
    let new_doc = doc_attrs(&client.new_doc);
    let key_import = (!api.auth.api_keys.is_empty()).then(|| quote!(ApiKeyLocation,));
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
        use switchboard_runtime::{ReqwestTransport, RetryPolicy, Transport, reqwest};

        #imports

        #auth

        #client_doc
        #[derive(Debug, Clone)]
        pub struct Client {
            core: ClientCore,
        }

        impl Client {
            #base_url_doc
            pub const DEFAULT_BASE_URL: &'static str = #base_url;

            #new_doc
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

            #server_urls

            #(#operations)*
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
        let location = match key.location {
            ApiKeyLocation::Header => quote!(ApiKeyLocation::Header),
            ApiKeyLocation::Query => quote!(ApiKeyLocation::Query),
            ApiKeyLocation::Cookie => quote!(ApiKeyLocation::Cookie),
        };
        let docs = doc_attrs(text);
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
