//! `build()`: each parameter checked against its schema, then placed in
//! the path, the query or a header, and the body encoded.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::builders::is_text;
use super::ident;
use crate::ir::{BodyEncoding, Check, ParamLocation, Segment, TypeRef};
use crate::surface::Surface;

/// The wire text of a scalar as a `&str` argument: strings are borrowed as
/// they are, anything else is formatted. `value` is a place (`self.id`) or,
/// when `borrowed`, already a reference (`item`).
fn wire_str(ty: &TypeRef, value: TokenStream, borrowed: bool) -> TokenStream {
    match (ty, borrowed) {
        (TypeRef::String, true) => value,
        (TypeRef::String, false) => quote!(&#value),
        _ => quote!(&#value.to_string()),
    }
}

fn bound<T>(value: Option<T>, literal: fn(T) -> Literal) -> TokenStream {
    match value {
        Some(n) => {
            let n = literal(n);
            quote!(Some(#n))
        }
        None => quote!(None),
    }
}

/// Statements that check each parameter against its schema's constraints,
/// per item for arrays, and return `BuildError::InvalidParameter` on a breach.
fn parameter_checks(surface: &Surface<'_>, index: usize) -> Vec<TokenStream> {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let mut out = Vec::new();
    for (param, named) in op.params.iter().zip(&names.params) {
        if param.checks.is_empty() {
            continue;
        }
        let field = ident(&named.field);
        let wire = &param.wire_name;
        let item_ty = match &param.ty {
            TypeRef::Vec(item) => item.as_ref(),
            other => other,
        };
        let checks: Vec<TokenStream> = param
            .checks
            .iter()
            .map(|check| match check {
                Check::Pattern(pattern) => quote!(runtime::check::pattern(#wire, item, #pattern)?;),
                Check::Length { min, max } => {
                    let (min, max) = (
                        bound(*min, Literal::u64_unsuffixed),
                        bound(*max, Literal::u64_unsuffixed),
                    );
                    quote!(runtime::check::length(#wire, item, #min, #max)?;)
                }
                Check::Range { min, max } => {
                    let (min, max) = (
                        bound(*min, Literal::i64_unsuffixed),
                        bound(*max, Literal::i64_unsuffixed),
                    );
                    let value = match item_ty {
                        TypeRef::I64 => quote!(*item),
                        _ => quote!(i64::from(*item)),
                    };
                    quote!(runtime::check::range(#wire, #value, #min, #max)?;)
                }
            })
            .collect();
        let list = matches!(param.ty, TypeRef::Vec(_));
        out.push(match (param.required, list) {
            (true, false) => quote!({ let item = &self.#field; #(#checks)* }),
            (true, true) => quote!(for item in &self.#field { #(#checks)* }),
            (false, false) => quote!(if let Some(item) = &self.#field { #(#checks)* }),
            (false, true) => quote!(for item in self.#field.iter().flatten() { #(#checks)* }),
        });
    }
    out
}

pub(super) fn build_fn(surface: &Surface<'_>, index: usize) -> TokenStream {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let method = format_ident!("{}", op.method.as_str());
    let checks = parameter_checks(surface, index);
    let mut steps = Vec::new();
    for segment in op.path.segments() {
        match segment {
            Segment::Literal(literal) => steps.push(quote!(request = request.literal(#literal);)),
            Segment::Param(placeholder) => {
                let Some(position) = op
                    .params
                    .iter()
                    .position(|p| p.location == ParamLocation::Path && p.wire_name == *placeholder)
                else {
                    continue;
                };
                let field = ident(&names.params[position].field);
                let param_ty = &op.params[position].ty;
                if op.params[position].json {
                    steps.push(quote!(request = request.path_json(&self.#field);));
                } else if is_text(surface, param_ty) {
                    let text = wire_str(param_ty, quote!(self.#field), false);
                    steps.push(quote!(request = request.path_param(#text);));
                } else {
                    steps.push(quote!(request = request.path_value(&self.#field);));
                }
            }
        }
    }
    for (param, named) in op.params.iter().zip(&names.params) {
        if param.location == ParamLocation::Path {
            continue;
        }
        let field = ident(&named.field);
        // `http` takes header names in lower case (they are case-insensitive).
        let wire = match param.location {
            ParamLocation::Header => param.wire_name.to_ascii_lowercase(),
            _ => param.wire_name.clone(),
        };
        let add = |value: TokenStream, borrowed: bool, ty: &TypeRef| {
            let text = wire_str(ty, value, borrowed);
            match param.location {
                ParamLocation::Query => quote!(request = request.query(#wire, #text);),
                _ => quote!(request = request.header(#wire, #text);),
            }
        };
        if param.json {
            // `content: application/json`: the whole value as JSON text.
            let add_value = |value: TokenStream| match param.location {
                ParamLocation::Query => quote!(request = request.query_json(#wire, #value);),
                _ => quote!(request = request.header_json(#wire, #value);),
            };
            steps.push(if param.required {
                add_value(quote!(&self.#field))
            } else {
                let add = add_value(quote!(value));
                quote!(if let Some(value) = &self.#field { #add })
            });
            continue;
        }
        let (item_ty, is_list) = match &param.ty {
            TypeRef::Vec(item) => (item.as_ref(), true),
            other => (other, false),
        };
        if !is_text(surface, item_ty) {
            // Structured: through its JSON form, the whole value at once.
            let deep = param.deep_object;
            let add_value = |value: TokenStream| match param.location {
                ParamLocation::Query => {
                    quote!(request = request.query_value(#wire, #value, #deep);)
                }
                _ => quote!(request = request.header_value(#wire, #value);),
            };
            steps.push(if param.required {
                add_value(quote!(&self.#field))
            } else {
                let add = add_value(quote!(value));
                quote!(if let Some(value) = &self.#field { #add })
            });
            continue;
        }
        let add_one = add(quote!(item), true, item_ty);
        let step = match (param.required, is_list) {
            (true, false) => add(quote!(self.#field), false, item_ty),
            (true, true) => quote!(for item in &self.#field { #add_one }),
            (false, false) => quote!(if let Some(item) = &self.#field { #add_one }),
            (false, true) => quote! {
                for item in self.#field.iter().flatten() { #add_one }
            },
        };
        steps.push(step);
    }
    if let Some(accept) = &op.accept {
        steps.push(quote!(request = request.accept(#accept);));
    }
    if let Some(body) = &op.body {
        let media = &body.media_type;
        let set = |value: TokenStream| match &body.encoding {
            BodyEncoding::Json => quote!(request = request.json_body(#media, #value);),
            BodyEncoding::Form { deep } => {
                quote!(request = request.form_body(#media, #value, &[#(#deep),*]);)
            }
            BodyEncoding::Multipart { files } => {
                quote!(request = request.multipart_body(#value, &[#(#files),*]);)
            }
            BodyEncoding::Text => quote!(request = request.text_body(#media, #value);),
            BodyEncoding::Binary => quote!(request = request.bytes_body(#media, #value);),
        };
        steps.push(if body.required {
            set(quote!(&self.body))
        } else {
            let set = set(quote!(body));
            quote! {
                if let Some(body) = &self.body {
                    #set
                }
            }
        });
    }
    let credentials = if op.authenticated {
        quote!(self.core.credentials())
    } else {
        quote!(&Credentials::None)
    };
    // An operation on its own server does not follow `with_base_url`.
    let base = match &op.server {
        Some(server) => quote!(self.core.server_url(#server)),
        None => quote!(self.core.base_url()),
    };
    quote! {
        /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
        /// without sending it.
        pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
            #(#checks)*
            let mut request = RequestBuilder::new(Method::#method, #base);
            #(#steps)*
            request.build(#credentials)
        }
    }
}
