//! One request builder per operation: `builders.rs` of a provider module.
//! A builder holds the arguments, has a setter per optional value, and
//! `build()`s and decodes; the runtime's `__call!` adds what every builder
//! has (`timeout`, `retry`, `decode`, `send`, `.await`).

use proc_macro2::TokenStream;
use quote::quote;
use syn::Expr;

use super::ast::{self, call, of_self, path};
use super::{Place, Uses, doc_attrs, ident, ty};
use crate::ir::{TypeKind, TypeRef};
use crate::surface::{OperationSurface, SetterAction, Spelled, Surface, Target};

/// The tokens of `builders.rs`.
pub fn file(surface: &Surface<'_>) -> TokenStream {
    let items: Vec<TokenStream> = items(surface).collect();
    let mut uses = Uses::default();
    for item in &items {
        uses.note(item);
    }
    let header = header(surface, &uses);
    quote! {
        #header
        #(#items)*
    }
}

/// The items of `builders.rs` one at a time: each operation's builder, then
/// the shared error decoders. Each parses as a file of its own.
pub fn items<'a>(surface: &'a Surface<'a>) -> impl Iterator<Item = TokenStream> + 'a {
    (0..item_count(surface)).map(move |index| item(surface, index))
}

/// How many pieces [`items`] gives: a builder per operation, then the error
/// decoders.
pub fn item_count(surface: &Surface<'_>) -> usize {
    surface.operations.len() + surface.decoders.len()
}

/// The piece of `builders.rs` at `index` (see [`item_count`]).
pub fn item(surface: &Surface<'_>, index: usize) -> TokenStream {
    match index.checked_sub(surface.operations.len()) {
        None => builder(surface, index),
        Some(decoder) => {
            let decoder = &surface.decoders[decoder];
            super::decode::error_decoder(surface, decoder.operation, &decoder.name)
        }
    }
}

/// The inner attributes and imports of `builders.rs`, for items that use `uses`.
pub fn header(surface: &Surface<'_>, uses: &Uses) -> TokenStream {
    let api = surface.api;
    let module_doc = super::inner_doc_attrs(&surface.builders_doc);
    if api.operations.is_empty() {
        return quote! {
            #module_doc
        };
    }
    let credentials_import = api.operations.iter().any(|op| !op.authenticated).then(|| {
        quote!(
            use switchboard_runtime::__private::Credentials;
        )
    });
    let types_import = surface.operations.iter().any(mentions_types).then(|| {
        quote!(
            use super::types;
        )
    });
    let runtime_module = uses.runtime.then(|| quote!(self as runtime,));
    let pages = uses.pages.then(|| {
        quote!(
            use switchboard_runtime::{Items, PageReply, Pages, Paginate};
        )
    });
    let serde_json = uses.serde_json.then(|| {
        quote!(
            use switchboard_runtime::serde_json;
        )
    });
    // A builder's constructor takes every required value.
    let many_arguments = surface
        .client
        .many_arguments
        .then(|| quote!(#![allow(clippy::too_many_arguments)]));
    let unused = super::gates::allow_unused_imports(surface);
    quote! {
        #module_doc
        #many_arguments
        #unused

        #credentials_import
        use switchboard_runtime::__private::{#runtime_module CallOptions, ClientCore, RequestBuilder};
        use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
        use switchboard_runtime::{BuildError, Error, OperationInfo};
        #pages
        #serde_json

        #types_import
    }
}

/// Whether a builder names a generated type (so `builders.rs` imports them).
fn mentions_types(op: &OperationSurface) -> bool {
    op.params.iter().any(|p| p.ty.names_a_type())
        || op.body.as_ref().is_some_and(Spelled::names_a_type)
        || op.success.names_a_type()
        || op.error.names_a_type()
}

/// Whether a parameter value of `ty` is written as text (`Display`): a
/// scalar or an enum. Anything else goes through its JSON form.
pub(super) fn is_text(surface: &Surface<'_>, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::String | TypeRef::I32 | TypeRef::I64 | TypeRef::Number | TypeRef::Bool => true,
        TypeRef::Named(id) => matches!(
            surface.api.def(*id).kind,
            TypeKind::Enum { .. } | TypeKind::IntEnum { .. }
        ),
        _ => false,
    }
}

fn builder(surface: &Surface<'_>, index: usize) -> TokenStream {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let name = ident(&names.builder);
    let docs = doc_attrs(&names.builder_doc);

    let param_fields = op.params.iter().zip(&names.params).map(|(param, named)| {
        let field = ident(&named.field);
        let stored = ty(&named.ty, Place::Outside);
        if param.required {
            quote!(#field: #stored,)
        } else {
            quote!(#field: Option<#stored>,)
        }
    });
    let body_field = op
        .body
        .as_ref()
        .zip(names.body.as_ref())
        .map(|(body, spelled)| {
            let stored = ty(spelled, Place::Outside);
            if body.required {
                quote!(body: #stored,)
            } else {
                quote!(body: Option<#stored>,)
            }
        });

    // A next page's link, for lists that give one.
    let next_url = next_url(op).then(|| quote!(next_url: Option<String>,));
    let pages = super::pages::items_and_pages(op, names, &name, &ty(&names.error, Place::Outside));
    let constructor = constructor(surface, index);
    let setters = setters(surface, index);
    let build = super::request::build_fn(surface, index);
    let success = ty(&names.success, Place::Outside);
    let error = ty(&names.error, Place::Outside);
    let decoder = ident(&surface.decoders[names.decoder].name);
    let (decode, json) =
        match super::decode::decode_fn(surface, op, names, &success, &error, &decoder) {
            super::decode::Decode::Outcome(decode) => (decode, quote!()),
            // The runtime's macro writes this `decode_outcome`.
            super::decode::Decode::Json(statuses) => (
                quote!(),
                quote! {
                    const JSON: Statuses = [#statuses];
                    const ERRORS: Decoder = #decoder;
                },
            ),
        };
    let operation_info = {
        let method = op.method.as_str();
        let path = op.path.to_string();
        let idempotent = op.idempotent;
        let text = doc_attrs(&names.info_doc);
        // The client method's name, as traces call the operation.
        let operation = names.method.bare();
        quote! {
            #text
            pub const OPERATION: OperationInfo = OperationInfo {
                name: #operation,
                method: #method,
                path: #path,
                idempotent: #idempotent,
            };
        }
    };

    quote! {
        #docs
        #[derive(Debug, Clone)]
        #[must_use = "a request builder does nothing until it is sent"]
        pub struct #name<'a> {
            core: &'a ClientCore,
            options: CallOptions,
            #(#param_fields)*
            #body_field
            #next_url
        }

        impl<'a> #name<'a> {
            #operation_info

            #constructor
            #setters

            #build
            #decode
        }

        #pages

        // `timeout`, `retry`, `decode`, `send` and `.await`, as every builder has them
        // (and `decode_outcome` when every success is the outcome as JSON).
        switchboard_runtime::__call! {
            impl #name {
                type Output = #success;
                type Error = #error;
                #json
            }
        }
    }
}

/// Whether the operation's next pages are at links its replies give.
pub(super) fn next_url(op: &crate::ir::Operation) -> bool {
    matches!(
        op.pagination.as_ref().map(|p| &p.advance),
        Some(crate::ir::Advance::NextUrl { .. })
    )
}

fn constructor(surface: &Surface<'_>, index: usize) -> TokenStream {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let argument = |target: Target| names.arguments.iter().find(|a| a.fills == target);
    let none = || Some(path("None"));
    let default = || Some(call(path("Default::default"), []));
    let mut args = Vec::new();
    let mut inits = vec![
        (ast::ident("core"), None),
        (
            ast::ident("options"),
            Some(call(path("CallOptions::default"), [])),
        ),
    ];
    for (position, named) in names.params.iter().enumerate() {
        let field = ident(&named.field);
        if op.params[position].required {
            let stored = ty(&named.ty, Place::Outside);
            args.push(quote!(#field: #stored));
            inits.push((field, None));
        } else {
            inits.push((field, none()));
        }
    }
    let body = ast::ident("body");
    if let (Some(op_body), Some(spelled)) = (&op.body, &names.body) {
        let stored = ty(spelled, Place::Outside);
        if op_body.patch {
            let fields = op_body.ty.named().map_or(&[][..], |id| surface.fields(id));
            let ir_fields = surface.api.struct_fields(&op_body.ty).unwrap_or_default();
            let mut field_inits = Vec::new();
            for (i, (named, field)) in fields.iter().zip(ir_fields).enumerate() {
                let name = ident(&named.name);
                if field.constant {
                    field_inits.push((name, default()));
                } else if let Some(argument) = argument(Target::PatchField(i)) {
                    let argument_name = ident(&argument.name);
                    let arg_ty = ty(&argument.stored, Place::Outside);
                    args.push(quote!(#argument_name: #arg_ty));
                    if argument.name.as_code() == named.name.as_code() {
                        field_inits.push((name, None));
                    } else {
                        field_inits.push((name, Some(ast::variable(&argument_name))));
                    }
                } else {
                    field_inits.push((name, none()));
                }
            }
            // The patch's maps (unknown fields, `additionalProperties`) start empty.
            if let Some(id) = op_body.ty.named() {
                let (unknown, extra) = surface.maps(id);
                for map in unknown.into_iter().chain(extra) {
                    field_inits.push((ident(map), default()));
                }
            }
            // A body struct's name is a path (`types::UpdateThing`).
            let Ok(stored) = syn::parse2::<syn::Path>(stored) else {
                return quote! {
                    pub(crate) fn new() -> Self {
                        compile_error!("a patch body's type is not a path: this is a generator bug")
                    }
                };
            };
            inits.push((body, Some(ast::structure(stored, field_inits))));
        } else if op_body.required {
            args.push(quote!(body: #stored));
            inits.push((body, None));
        } else {
            inits.push((body, none()));
        }
    }
    if next_url(op) {
        inits.push((ast::ident("next_url"), none()));
    }
    let made = ast::structure(syn::Path::from(ast::ident("Self")), inits);
    let made = ast::hold(vec![ast::bare(made)]);
    quote! {
        pub(crate) fn new(core: &'a ClientCore, #(#args),*) -> Self #made
    }
}

fn setters(surface: &Surface<'_>, index: usize) -> TokenStream {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let patch_fields = op
        .body
        .as_ref()
        .and_then(|body| body.ty.named())
        .map_or(&[][..], |id| surface.fields(id));
    let patch_ir = op
        .body
        .as_ref()
        .and_then(|body| surface.api.struct_fields(&body.ty))
        .unwrap_or_default();
    let body = ast::ident("body");
    let some = |value: Expr| call(path("Some"), [value]);
    let out = names.setters.iter().map(|setter| {
        let method = ident(&setter.name);
        let docs = doc_attrs(&setter.doc);
        let accepted = setter
            .accepted
            .as_ref()
            .map(|spelled| ty(spelled, Place::Outside));
        // A body is a `body`; anything else a `value`.
        let parameter = match setter.action {
            SetterAction::Body | SetterAction::PatchBody => "body",
            _ => "value",
        };
        let value = || match setter.converts {
            true => ast::method(path(parameter), "into", []),
            false => path(parameter),
        };
        let (place, value) = match setter.action {
            SetterAction::Param(param) => {
                (of_self(&ident(&names.params[param].field)), some(value()))
            }
            SetterAction::Body => (of_self(&body), some(value())),
            SetterAction::PatchBody => (of_self(&body), value()),
            SetterAction::PatchField(field) => {
                let place = ast::field(of_self(&body), &ident(&patch_fields[field].name));
                match patch_ir[field].nullable {
                    true => (place, some(some(value()))),
                    false => (place, some(value())),
                }
            }
            SetterAction::ClearField(field) => {
                let place = ast::field(of_self(&body), &ident(&patch_fields[field].name));
                (place, some(path("None")))
            }
        };
        let set = ast::hold(vec![
            ast::semi(ast::assign(place, value)),
            ast::bare(path("self")),
        ]);
        let parameter = ast::ident(parameter);
        let argument = accepted.map(|accepted| quote!(, #parameter: #accepted));
        quote! {
            #docs
            pub fn #method(mut self #argument) -> Self #set
        }
    });
    // Moved, not interpolated: `quote!` copies each stream it reads.
    out.collect()
}
