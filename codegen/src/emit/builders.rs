//! One request builder per operation: `builders.rs` of a provider module.
//! A builder holds the arguments, has a setter per optional value, and
//! `build()`s, `decode()`s and `send()`s.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::{Place, Uses, doc_attrs, ident, ty};
use crate::ir::{
    BodyEncoding, Check, MediaCase, Operation, ParamLocation, ResponseCase, Segment, Status,
    TypeKind, TypeRef,
};
use crate::naming::{Name, Variant};
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
    let builders = (0..surface.operations.len()).map(move |index| builder(surface, index));
    let decoders = surface
        .decoders
        .iter()
        .map(move |decoder| error_decoder(surface, decoder.operation, &decoder.name));
    builders.chain(decoders)
}

/// The inner attributes and imports of `builders.rs`, for items that use `uses`.
pub fn header(surface: &Surface<'_>, uses: &Uses) -> TokenStream {
    let api = surface.api;
    let module_doc = &surface.builders_doc;
    if api.operations.is_empty() {
        return quote! {
            #![doc = #module_doc]
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
    quote! {
        #![doc = #module_doc]
        #many_arguments

        #credentials_import
        use switchboard_runtime::__private::{#runtime_module CallOptions, ClientCore, RequestBuilder};
        use switchboard_runtime::http::{self, HeaderMap, Method, StatusCode};
        use switchboard_runtime::{BuildError, Error, OperationInfo, Response, RetryPolicy};
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
fn is_text(surface: &Surface<'_>, ty: &TypeRef) -> bool {
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

    let constructor = constructor(surface, index);
    let setters = setters(surface, index);
    let build = build_fn(surface, index);
    let success = ty(&names.success, Place::Outside);
    let error = ty(&names.error, Place::Outside);
    let decoder = ident(&surface.decoders[names.decoder].name);
    let decode = decode_fn(surface, op, names, &success, &error, &decoder);
    let operation_info = {
        let method = op.method.as_str();
        let path = op.path.to_string();
        let idempotent = op.idempotent;
        let text = &names.info_doc;
        quote! {
            #[doc = #text]
            pub const OPERATION: OperationInfo = OperationInfo {
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
        }

        impl<'a> #name<'a> {
            #operation_info

            #constructor
            #setters

            /// Gives each attempt of this call `timeout` instead of the client's.
            pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
                self.options.timeout = Some(timeout);
                self
            }

            /// Retries this call by `policy` instead of the client's
            /// (`RetryPolicy::disabled()` for a single attempt).
            pub fn retry(mut self, policy: RetryPolicy) -> Self {
                self.options.retry = Some(policy);
                self
            }

            #build
            #decode

            /// Sends the request (retrying as the policy allows) and decodes the reply.
            pub async fn send(self) -> Result<Response<#success>, Error<#error>> {
                let request = self.build()?;
                let (status, headers, body) = self
                    .core
                    .send::<#error>(&Self::OPERATION, request, &self.options)
                    .await?;
                Self::decode(status, &headers, &body)
            }
        }
    }
}

fn constructor(surface: &Surface<'_>, index: usize) -> TokenStream {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let argument = |target: Target| names.arguments.iter().find(|a| a.fills == target);
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for (position, named) in names.params.iter().enumerate() {
        let field = ident(&named.field);
        if op.params[position].required {
            let stored = ty(&named.ty, Place::Outside);
            args.push(quote!(#field: #stored));
            inits.push(quote!(#field,));
        } else {
            inits.push(quote!(#field: None,));
        }
    }
    if let (Some(body), Some(spelled)) = (&op.body, &names.body) {
        let stored = ty(spelled, Place::Outside);
        if body.patch {
            let fields = body.ty.named().map_or(&[][..], |id| surface.fields(id));
            let ir_fields = surface.api.struct_fields(&body.ty).unwrap_or_default();
            let field_inits =
                fields
                    .iter()
                    .zip(ir_fields)
                    .enumerate()
                    .map(|(i, (named, field))| {
                        let name = ident(&named.name);
                        if field.constant {
                            quote!(#name: Default::default(),)
                        } else if let Some(argument) = argument(Target::PatchField(i)) {
                            let argument_name = ident(&argument.name);
                            let arg_ty = ty(&argument.stored, Place::Outside);
                            args.push(quote!(#argument_name: #arg_ty));
                            if argument.name.as_code() == named.name.as_code() {
                                quote!(#name,)
                            } else {
                                quote!(#name: #argument_name,)
                            }
                        } else {
                            quote!(#name: None,)
                        }
                    });
            let field_inits: Vec<_> = field_inits.collect();
            inits.push(quote!(body: #stored { #(#field_inits)* },));
        } else if body.required {
            args.push(quote!(body: #stored));
            inits.push(quote!(body,));
        } else {
            inits.push(quote!(body: None,));
        }
    }
    quote! {
        pub(crate) fn new(core: &'a ClientCore, #(#args),*) -> Self {
            Self {
                core,
                options: CallOptions::default(),
                #(#inits)*
            }
        }
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
    let out = names.setters.iter().map(|setter| {
        let method = ident(&setter.name);
        let docs = doc_attrs(&setter.doc);
        let accepted = setter
            .accepted
            .as_ref()
            .map(|spelled| ty(spelled, Place::Outside));
        // A body is a `body`; anything else a `value`.
        let parameter = match setter.action {
            SetterAction::Body | SetterAction::PatchBody => format_ident!("body"),
            _ => format_ident!("value"),
        };
        let value = if setter.converts {
            quote!(#parameter.into())
        } else {
            quote!(#parameter)
        };
        let body = match setter.action {
            SetterAction::Param(param) => {
                let field = ident(&names.params[param].field);
                quote!(self.#field = Some(#value);)
            }
            SetterAction::Body => quote!(self.body = Some(#value);),
            SetterAction::PatchBody => quote!(self.body = #value;),
            SetterAction::PatchField(field) => {
                let name = ident(&patch_fields[field].name);
                if patch_ir[field].nullable {
                    quote!(self.body.#name = Some(Some(#value));)
                } else {
                    quote!(self.body.#name = Some(#value);)
                }
            }
            SetterAction::ClearField(field) => {
                let name = ident(&patch_fields[field].name);
                quote!(self.body.#name = Some(None);)
            }
        };
        let argument = accepted.map(|accepted| quote!(, #parameter: #accepted));
        quote! {
            #docs
            pub fn #method(mut self #argument) -> Self {
                #body
                self
            }
        }
    });
    quote!(#(#out)*)
}

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

fn build_fn(surface: &Surface<'_>, index: usize) -> TokenStream {
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
                if is_text(surface, param_ty) {
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

/// How a decoded `body` becomes the operation's outcome type: itself, or a
/// variant of the by-status enum.
fn wrap(
    case: &ResponseCase,
    variant: Option<&Name<Variant>>,
    outcome: &TokenStream,
) -> TokenStream {
    match variant {
        Some(variant) => {
            let variant = ident(variant);
            match case.body_type() {
                Some(_) => quote!(#outcome::#variant(body)),
                None => quote!(#outcome::#variant),
            }
        }
        None if case.body_type().is_some() => quote!(body),
        None => quote!(()),
    }
}

fn decode_fn(
    surface: &Surface<'_>,
    op: &Operation,
    names: &OperationSurface,
    success: &TokenStream,
    error: &TokenStream,
    error_decoder: &proc_macro2::Ident,
) -> TokenStream {
    let arms = op
        .success
        .iter()
        .zip(&names.success_variants)
        .filter_map(|(case, variant)| {
            let status = status_pattern(case.status, &op.success)?;
            let decode = decode_body(surface, case, error);
            let value = wrap(case, variant.as_ref(), success);
            Some(quote! {
                #status => {
                    #decode
                    Ok(Response::new(status, headers.clone(), #value))
                }
            })
        });
    quote! {
        /// Decodes a reply to this operation from its status, headers and body bytes.
        pub fn decode(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Result<Response<#success>, Error<#error>> {
            match status.as_u16() {
                #(#arms)*
                _ => Err(Error::from_decoded(status, headers, #error_decoder(status, headers, body))),
            }
        }
    }
}

/// The shared function that decodes every error reply of operation `index`
/// (and of the operations with the same error replies): the documented body,
/// or why the reply is not what the spec describes.
fn error_decoder(
    surface: &Surface<'_>,
    index: usize,
    name: &Name<crate::naming::Function>,
) -> TokenStream {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let name = ident(name);
    let error = ty(&names.error, Place::Outside);
    let mut arms = Vec::new();
    let mut fallback = quote! {
        Err(Error::unexpected(status, headers, body, "the spec documents no such status for this operation"))
    };
    for (case, variant) in op.errors.iter().zip(&names.error_variants) {
        let decode = decode_body(surface, case, &error);
        let value = wrap(case, variant.as_ref(), &error);
        let arm = quote!({ #decode Ok(#value) });
        match (case.status, status_pattern(case.status, &op.errors)) {
            (Status::Default, _) => fallback = quote!(#decode Ok(#value)),
            (_, Some(status)) => arms.push(quote!(#status => #arm,)),
            // A range whose every status is listed exactly: nothing left.
            (_, None) => {}
        }
    }
    let decode = if arms.is_empty() {
        // Only a `default` (or nothing): no status to tell apart.
        fallback
    } else {
        quote! {
            match status.as_u16() {
                #(#arms)*
                _ => { #fallback }
            }
        }
    };
    // Parameters the decoding does not read are named `_…`.
    let parameter = |name: &str| {
        if super::uses_ident(&decode, name) {
            format_ident!("{name}")
        } else {
            format_ident!("_{name}")
        }
    };
    let (status, headers, body) = (parameter("status"), parameter("headers"), parameter("body"));
    quote! {
        fn #name(#status: StatusCode, #headers: &HeaderMap, #body: &[u8]) -> Result<#error, Error<#error>> {
            #decode
        }
    }
}

/// The `match` pattern of a status (`200`, `400..=499`); `None` for `default`.
/// A range leaves out the statuses of its class that `cases` list exactly
/// (`201..=203 | 205..=299` beside `200` and `204`), so no arms overlap.
fn status_pattern(status: Status, cases: &[ResponseCase]) -> Option<TokenStream> {
    match status {
        Status::Code(code) => {
            let code = Literal::u16_unsuffixed(code);
            Some(quote!(#code))
        }
        Status::Range(class) => {
            let (low, high) = (class * 100, class * 100 + 99);
            let mut exact: Vec<u16> = cases
                .iter()
                .filter_map(|case| match case.status {
                    Status::Code(code) if (low..=high).contains(&code) => Some(code),
                    _ => None,
                })
                .collect();
            exact.sort_unstable();
            let mut pieces = Vec::new();
            let mut start = low;
            for code in exact.into_iter().chain([high + 1]) {
                if code > start {
                    let (from, to) = (start, code - 1);
                    let from_literal = Literal::u16_unsuffixed(from);
                    let to_literal = Literal::u16_unsuffixed(to);
                    pieces.push(if from == to {
                        quote!(#from_literal)
                    } else {
                        quote!(#from_literal..=#to_literal)
                    });
                }
                start = code + 1;
            }
            (!pieces.is_empty()).then(|| quote!(#(#pieces)|*))
        }
        Status::Default => None,
    }
}

/// Statements that bind `body` to the decoded value of a case (nothing for
/// statuses without a body).
fn decode_body(surface: &Surface<'_>, case: &ResponseCase, error: &TokenStream) -> TokenStream {
    let Some(body_type) = case.body_type() else {
        return quote!();
    };
    if *body_type == TypeRef::Bytes {
        return quote!(let body = runtime::decode_bytes(body););
    }
    let body_type = ty(&surface.spell(body_type), Place::Outside);
    let json = quote!(runtime::decode_json::<#body_type, #error>(status, headers, body)?);
    let text: Vec<&MediaCase> = case.media.iter().filter(|m| m.text).collect();
    if text.is_empty() {
        return quote!(let body = #json;);
    }
    if text.len() == case.media.len() {
        return quote!(let body = runtime::decode_text(body););
    }
    let text_media = text.iter().map(|m| m.media_type.as_str());
    quote! {
        let body = match runtime::media_type(headers).as_str() {
            #(#text_media)|* => runtime::decode_text(body),
            _ => #json,
        };
    }
}
