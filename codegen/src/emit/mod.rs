//! Stage 3: IR → tokens (`quote!`) → `syn::File` → text (`prettyplease`).
//! Pure functions: the same IR always gives the same bytes.

mod builders;
mod client;
mod types;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::Error;
use crate::ir::{Api, Field, Operation, TypeRef};
use crate::naming::Scope;

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// The path, with `/` separators (`generated/src/telegent/types.rs`).
    pub path: String,
    /// The whole file.
    pub contents: String,
}

/// The files of one provider module; `parent` is the Rust path of the module
/// that declares it (`crate`). Panics if the generator produced tokens that
/// are not Rust (a generator bug); [`try_provider_files`] reports it instead.
pub fn provider_files(api: &Api, parent: &str) -> Vec<GeneratedFile> {
    try_provider_files(api, parent).unwrap_or_else(|error| panic!("{error}"))
}

/// The files of one provider module, or an error naming the spec if the
/// generator produced tokens that do not parse as Rust (a generator bug: the
/// spec is refused rather than emitted as code that cannot compile).
pub fn try_provider_files(api: &Api, parent: &str) -> Result<Vec<GeneratedFile>, Error> {
    let header = format!(
        "// Generated from `{}` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.\n\n",
        api.spec_path
    );
    // One file at a time, and `types.rs` (the largest) one type at a time:
    // only the tokens and syntax tree of the piece being formatted are alive.
    let files = ["mod.rs", "client.rs", "builders.rs", "types.rs"];
    files
        .iter()
        .map(|name| {
            let format = |tokens: TokenStream| {
                pretty(tokens).map_err(|error| {
                    Error::new(
                        &api.spec_path,
                        "#",
                        format!("the generator emitted `{name}` that is not valid Rust ({error})"),
                    )
                    .hint("this is a generator bug: please report it with the spec")
                })
            };
            let mut contents = header.clone();
            if *name == "builders.rs" {
                // Its imports depend on its items: format them first.
                let mut items = String::new();
                let mut uses = Uses::default();
                for tokens in builders::items(api) {
                    uses.note(&tokens);
                    items.push_str(&format(tokens)?);
                }
                contents.push_str(&format(builders::header(api, &uses))?);
                contents.push_str(&items);
            } else if *name == "types.rs" {
                let mut items = String::new();
                let mut uses = Uses::default();
                for tokens in types::items(api) {
                    uses.note(&tokens);
                    items.push_str(&format(tokens)?);
                }
                contents.push_str(&format(types::header(api, &uses))?);
                contents.push_str(&items);
            } else {
                for tokens in pieces(api, parent, name) {
                    contents.push_str(&format(tokens)?);
                }
            }
            Ok(GeneratedFile {
                path: format!("{}/{name}", api.module),
                contents,
            })
        })
        .collect()
}

/// The tokens of one file of a provider module, lazily, in pieces that each
/// parse as a file (`types.rs` one type at a time).
fn pieces<'a>(
    api: &'a Api,
    parent: &'a str,
    name: &str,
) -> Box<dyn Iterator<Item = TokenStream> + 'a> {
    match name {
        "mod.rs" => Box::new(std::iter::once_with(move || module(api, parent))),
        _ => Box::new(std::iter::once_with(move || client::file(api))),
    }
}

/// The tokens of each file of one provider module, before formatting (the
/// stage benchmarks time apart from `prettyplease`).
pub fn provider_tokens(api: &Api, parent: &str) -> Vec<(&'static str, TokenStream)> {
    vec![
        ("mod.rs", module(api, parent)),
        ("client.rs", client::file(api)),
        ("builders.rs", builders::file(api)),
        ("types.rs", types::file(api)),
    ]
}

/// Formats one file's tokens with `prettyplease`; panics if they are not a
/// Rust file.
pub fn format_tokens(tokens: TokenStream) -> String {
    pretty(tokens).unwrap_or_else(|error| panic!("not a Rust file: {error}"))
}

/// `src/lib.rs`: the crate root, one feature-gated module per provider.
pub fn lib_file(apis: &[Api]) -> GeneratedFile {
    let mut table = String::from(
        " Typed clients for telephony providers' REST APIs, generated from curated OpenAPI specs.\n\n\
         Each provider is a module behind a cargo feature of the same name (all on by default):\n\n\
         | module | API | spec |\n| --- | --- | --- |\n",
    );
    for api in apis {
        table.push_str(&format!(
            "| [`{m}`] | {} {} | `{}` |\n",
            api.title,
            api.version,
            api.spec_path,
            m = api.module
        ));
    }
    table.push_str(
        "\nEvery request can be built without a network (`build()` gives an `http::Request`) and every \
         reply decoded from its status, headers and bytes (`decode()`); `send()` does both over reqwest.",
    );
    let modules = apis.iter().map(|api| {
        let name = ident(&api.module);
        let feature = &api.module;
        let text = format!("{} {}, from `{}`.", api.title, api.version, api.spec_path);
        quote! {
            #[cfg(feature = #feature)]
            #[doc = #text]
            #[rustfmt::skip]
            pub mod #name;
        }
    });
    let tokens = quote! {
        #![doc = #table]

        pub use switchboard_runtime as runtime;
        pub use switchboard_runtime::{ApiError, BuildError, Error, Response, UnexpectedResponse};

        #(#modules)*
    };
    let specs: Vec<&str> = apis.iter().map(|api| api.spec_path.as_str()).collect();
    GeneratedFile {
        path: "lib.rs".to_owned(),
        contents: format!(
            "// Generated from {} by `cargo xtask codegen`. Do not edit: change the specs and regenerate.\n\n{}",
            specs
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", "),
            format_tokens(tokens)
        ),
    }
}

/// `mod.rs` of a fixture directory: one module per fixture spec.
pub fn fixture_mod_file(apis: &[Api]) -> GeneratedFile {
    let modules = apis.iter().map(|api| {
        let name = ident(&api.module);
        let text = format!("Generated from `{}`.", api.spec_path);
        quote! {
            #[doc = #text]
            #[rustfmt::skip]
            pub mod #name;
        }
    });
    let tokens = quote! {
        //! The generator's output for each fixture spec, compiled so that a
        //! fixture whose code does not build fails the build.
        #(#modules)*
    };
    GeneratedFile {
        path: "mod.rs".to_owned(),
        contents: format!(
            "// Generated from the fixture specs by `cargo xtask codegen`. Do not edit.\n\n{}",
            format_tokens(tokens)
        ),
    }
}

fn module(api: &Api, parent: &str) -> TokenStream {
    let mut text = format!(" # {} {}\n\n", api.title, api.version);
    if let Some(description) = crate::docs::doc(&[api.description.as_deref()]) {
        text.push_str(&description);
        text.push_str("\n\n");
    }
    text.push_str(&format!("Default base URL: <{}>.", api.base_url));
    if let Some(note) = &api.base_url_note {
        text.push(' ');
        text.push_str(note);
    }
    text.push_str("\n\n");
    text.push_str("| method | request | client method |\n| --- | --- | --- |\n");
    for op in &api.operations {
        text.push_str(&format!(
            "| `{}` | `{}` | [`Client::{name}`]({parent}::{}::Client::{name}) |\n",
            op.http_method,
            op.path,
            api.module,
            name = op.method_name.trim_start_matches("r#")
        ));
    }
    // A glob of an empty module is an unused import.
    let types = (!api.types.is_empty()).then(|| {
        quote!(
            pub use types::*;
        )
    });
    quote! {
        #![doc = #text]

        pub mod builders;
        mod client;
        pub mod types;

        pub use client::{Auth, Client};
        #types
    }
}

pub(crate) fn pretty(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}

/// An identifier, raw when the name is `r#keyword`. Every name comes from
/// [`crate::naming`]; anything else is made into an identifier rather than
/// panicking (a wrong name then fails to parse, which is reported).
pub(crate) fn ident(name: &str) -> Ident {
    let (raw, bare) = match name.strip_prefix("r#") {
        Some(bare) => (true, bare),
        None => (false, name),
    };
    let mut text: String = bare
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if text.is_empty() || text.starts_with(|c: char| c.is_ascii_digit()) {
        text.insert(0, '_');
    }
    if text == "_" {
        text.push('_');
    }
    match raw && !["crate", "self", "Self", "super", "_"].contains(&text.as_str()) {
        true => Ident::new_raw(&text, Span::call_site()),
        false => Ident::new(&text, Span::call_site()),
    }
}

/// Which modules a file's items name, so that it imports exactly those.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Uses {
    /// `runtime::…` (the runtime's private helpers).
    pub runtime: bool,
    /// `serde_json::…`.
    pub serde_json: bool,
}

impl Uses {
    pub(crate) fn note(&mut self, tokens: &TokenStream) {
        self.runtime |= uses_ident(tokens, "runtime");
        self.serde_json |= uses_ident(tokens, "serde_json");
    }
}

/// Whether `tokens` use the identifier `name` anywhere.
pub(crate) fn uses_ident(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) => ident == name,
        proc_macro2::TokenTree::Group(group) => uses_ident(&group.stream(), name),
        _ => false,
    })
}

/// A type as a reader writes it, for documentation (`Vec<Pet>`).
pub(crate) fn type_text(ty: &TypeRef) -> String {
    match ty {
        TypeRef::String => "String".to_owned(),
        TypeRef::I32 => "i32".to_owned(),
        TypeRef::I64 => "i64".to_owned(),
        TypeRef::Number => "serde_json::Number".to_owned(),
        TypeRef::Bool => "bool".to_owned(),
        TypeRef::Bytes => "Bytes".to_owned(),
        TypeRef::Json => "serde_json::Value".to_owned(),
        TypeRef::JsonObject => "serde_json::Map".to_owned(),
        TypeRef::Boxed(inner) => type_text(inner),
        TypeRef::Vec(item) => format!("Vec<{}>", type_text(item)),
        TypeRef::Map(value) => format!("BTreeMap<String, {}>", type_text(value)),
        TypeRef::Named(name) => name.trim_start_matches("r#").to_owned(),
    }
}

/// `#[doc = "…"]` for each line of `text`.
pub(crate) fn doc_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text else { return quote!() };
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// The tokens of a type; `prefix` qualifies generated types (`types::`).
pub(crate) fn rust_type(ty: &TypeRef, prefix: Option<&TokenStream>) -> TokenStream {
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::Number => quote!(serde_json::Number),
        TypeRef::Bool => quote!(bool),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::JsonObject => quote!(serde_json::Map<String, serde_json::Value>),
        TypeRef::Bytes => quote!(switchboard_runtime::Bytes),
        TypeRef::Boxed(inner) => {
            let inner = rust_type(inner, prefix);
            quote!(Box<#inner>)
        }
        TypeRef::Vec(item) => {
            let item = rust_type(item, prefix);
            quote!(Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = rust_type(value, prefix);
            quote!(std::collections::BTreeMap<String, #value>)
        }
        TypeRef::Named(name) => {
            let name = ident(name);
            quote!(#prefix #name)
        }
    }
}

/// The required fields of a patch body that are arguments of the client
/// method, each with its argument name: the field's name, numbered when a
/// parameter already has it (a path `{type}` and a body `type`).
pub(crate) fn patch_arguments(op: &Operation) -> Vec<(&Field, Ident)> {
    let Some(body) = op.body.as_ref().filter(|body| body.patch) else {
        return Vec::new();
    };
    let mut scope = Scope::with_reserved(&["core", "body"]);
    for param in &op.params {
        scope.claim(param.rust_name.clone());
    }
    body.fields
        .iter()
        .filter(|field| field.required && !field.constant)
        .map(|field| (field, ident(&scope.claim(field.rust_name.clone()))))
        .collect()
}

/// How a builder or client method takes a value of `ty` from its caller:
/// the parameter type, and whether the argument needs `.into()`.
/// Strings and numbers take anything that converts (`&str`, `100`).
pub(crate) fn accepted(ty: &TypeRef, prefix: Option<&TokenStream>) -> (TokenStream, bool) {
    match ty {
        TypeRef::String => (quote!(impl Into<String>), true),
        TypeRef::Number => (quote!(impl Into<serde_json::Number>), true),
        TypeRef::Bytes => (quote!(impl Into<switchboard_runtime::Bytes>), true),
        TypeRef::Boxed(inner) => {
            let inner = rust_type(inner, prefix);
            (quote!(impl Into<Box<#inner>>), true)
        }
        other => (rust_type(other, prefix), false),
    }
}
