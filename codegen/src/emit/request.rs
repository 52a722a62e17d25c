//! `build()`: each parameter checked against its schema, then placed in
//! the path, the query or a header, and the body encoded.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::builders::is_text;
use super::ident;
use crate::ir::{BodyEncoding, ParamLocation, QueryStyle, Segment, TypeRef};
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

/// Statements that check each parameter against its schema's constraints,
/// per item for arrays, and the body's fields, returning the `BuildError`
/// of the first breach.
fn checks(surface: &Surface<'_>, index: usize) -> Vec<TokenStream> {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let mut out: Vec<TokenStream> = op
        .params
        .iter()
        .zip(&names.params)
        .filter_map(|(param, named)| {
            let field = ident(&named.field);
            super::checks::parameter(
                &param.wire_name,
                &quote!(#field),
                &param.ty,
                param.required,
                &param.checks,
            )
        })
        .collect();
    let validates = |ty: &TypeRef| {
        ty.named()
            .is_some_and(|id| surface.types[id.index()].validates)
    };
    if let Some(body) = &op.body {
        let value = if body.required {
            quote!(self.body)
        } else {
            quote!(body)
        };
        let check = match &body.ty {
            ty @ TypeRef::Named(_) if validates(ty) => Some(quote!(#value.validate()?;)),
            TypeRef::Vec(item) if validates(item) => Some(quote! {
                for (index, item) in #value.iter().enumerate() {
                    runtime::check::field::within_item("", index, item.validate())?;
                }
            }),
            _ => None,
        };
        if let Some(check) = check {
            out.push(if body.required {
                check
            } else {
                quote!(if let Some(body) = &self.body { #check })
            });
        }
    }
    out
}

/// A step of `build()`: a call on the request builder made whatever the
/// builder holds (`.literal("/calls")`), which chains onto the one before
/// it, or a statement that reassigns `request` (in an `if let`, a loop).
enum Step {
    Call(TokenStream),
    Statement(TokenStream),
}

impl Step {
    /// The statement that makes `call` on `request`.
    fn on_request(call: &TokenStream) -> TokenStream {
        quote!(request = request #call;)
    }
}

/// The statements of `steps`, each run of calls one chain.
fn statements(steps: Vec<Step>) -> Vec<TokenStream> {
    let mut out = Vec::new();
    let mut chain = TokenStream::new();
    for step in steps {
        match step {
            Step::Call(call) => chain.extend(call),
            Step::Statement(statement) => {
                if !chain.is_empty() {
                    out.push(Step::on_request(&std::mem::take(&mut chain)));
                }
                out.push(statement);
            }
        }
    }
    if !chain.is_empty() {
        out.push(Step::on_request(&chain));
    }
    out
}

/// The step that adds a parameter's whole value with the call `add` makes
/// (given an expression that borrows it): always when it is required, else
/// when it is set.
fn whole_value(
    required: bool,
    field: &proc_macro2::Ident,
    add: impl Fn(TokenStream) -> TokenStream,
) -> Step {
    if required {
        Step::Call(add(quote!(&self.#field)))
    } else {
        let add = Step::on_request(&add(quote!(value)));
        Step::Statement(quote!(if let Some(value) = &self.#field { #add }))
    }
}

pub(super) fn build_fn(surface: &Surface<'_>, index: usize) -> TokenStream {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let method = format_ident!("{}", op.method.as_str());
    let checks = checks(surface, index);
    let mut steps = Vec::new();
    for segment in op.path.segments() {
        match segment {
            Segment::Literal(literal) => steps.push(Step::Call(quote!(.literal(#literal)))),
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
                steps.push(Step::Call(if op.params[position].json {
                    quote!(.path_json(&self.#field))
                } else if is_text(surface, param_ty) {
                    let text = wire_str(param_ty, quote!(self.#field), false);
                    quote!(.path_param(#text))
                } else {
                    quote!(.path_value(&self.#field))
                }));
            }
        }
    }
    // The path and query (a next page's link replaces them), then the rest.
    let mut others = Vec::new();
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
                ParamLocation::Query => quote!(.query(#wire, #text)),
                _ => quote!(.header(#wire, #text)),
            }
        };
        if param.json {
            // `content: application/json`: the whole value as JSON text.
            let add_value = |value: TokenStream| match param.location {
                ParamLocation::Query => quote!(.query_json(#wire, #value)),
                _ => quote!(.header_json(#wire, #value)),
            };
            steps.push(whole_value(param.required, &field, add_value));
            continue;
        }
        if let QueryStyle::Joined(delimiter) = param.style {
            // One pair, the values joined (`explode: false`, the delimited
            // styles).
            let add_value = |value: TokenStream| quote!(.query_joined(#wire, #value, #delimiter));
            steps.push(whole_value(param.required, &field, add_value));
            continue;
        }
        let (item_ty, is_list) = match &param.ty {
            TypeRef::Vec(item) => (item.as_ref(), true),
            other => (other, false),
        };
        if !is_text(surface, item_ty) {
            // Structured: through its JSON form, the whole value at once.
            let deep = param.style == QueryStyle::Deep;
            let add_value = |value: TokenStream| match param.location {
                ParamLocation::Query => quote!(.query_value(#wire, #value, #deep)),
                _ => quote!(.header_value(#wire, #value)),
            };
            let target = match param.location {
                ParamLocation::Query => &mut steps,
                _ => &mut others,
            };
            target.push(whole_value(param.required, &field, add_value));
            continue;
        }
        // An optional or list value chains too: the runtime adds it when
        // set, once per item.
        let (once, each) = match param.location {
            ParamLocation::Query => (quote!(query_opt), quote!(query_each)),
            _ => (quote!(header_opt), quote!(header_each)),
        };
        let step = Step::Call(match (param.required, is_list) {
            (true, false) => add(quote!(self.#field), false, item_ty),
            (true, true) => quote!(.#each(#wire, &self.#field)),
            (false, false) => quote!(.#once(#wire, self.#field.as_ref())),
            (false, true) => quote!(.#each(#wire, self.#field.iter().flatten())),
        });
        match param.location {
            ParamLocation::Query => steps.push(step),
            _ => others.push(step),
        }
    }
    if let Some(accept) = &op.accept {
        others.push(Step::Call(quote!(.accept(#accept))));
    }
    if let Some(body) = &op.body {
        let media = &body.media_type;
        let set = |value: TokenStream| match &body.encoding {
            BodyEncoding::Json => quote!(.json_body(#media, #value)),
            BodyEncoding::Form { deep } => quote!(.form_body(#media, #value, &[#(#deep),*])),
            BodyEncoding::Multipart { files } => quote!(.multipart_body(#value, &[#(#files),*])),
            BodyEncoding::Text => quote!(.text_body(#media, #value)),
            BodyEncoding::Binary => quote!(.bytes_body(#media, #value)),
        };
        others.push(if body.required {
            Step::Call(set(quote!(&self.body)))
        } else {
            let set = Step::on_request(&set(quote!(body)));
            Step::Statement(quote! {
                if let Some(body) = &self.body {
                    #set
                }
            })
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
    let mut all = if super::builders::next_url(op) {
        let steps = statements(steps);
        vec![Step::Statement(quote! {
            match &self.next_url {
                Some(url) => request = request.at_url(url),
                None => {
                    #(#steps)*
                }
            }
        })]
    } else {
        steps
    };
    all.extend(others);
    // The calls before the first statement chain onto the new builder, and
    // those after the last onto `build`.
    let mut all = all.into_iter().peekable();
    let mut head = Vec::new();
    while let Some(Step::Call(call)) = all.next_if(|step| matches!(step, Step::Call(_))) {
        head.push(call);
    }
    let mut middle: Vec<Step> = all.collect();
    let at = middle
        .iter()
        .rposition(|step| matches!(step, Step::Statement(_)))
        .map_or(0, |last| last + 1);
    let tail: Vec<TokenStream> = middle
        .drain(at..)
        .filter_map(|step| match step {
            Step::Call(call) => Some(call),
            Step::Statement(_) => None,
        })
        .collect();
    let new = quote!(RequestBuilder::new(Method::#method, #base) #(#head)*);
    let body = match middle.is_empty() {
        true => quote!(#new #(#tail)* .build(#credentials)),
        false => {
            let middle = statements(middle);
            quote! {
                let mut request = #new;
                #(#middle)*
                request #(#tail)* .build(#credentials)
            }
        }
    };
    let doc = super::doc_attrs(
        "The exact HTTP request `send()` would make (method, URL, headers, body bytes),\n\
         without sending it.",
    );
    quote! {
        #doc
        pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
            #(#checks)*
            #body
        }
    }
}
