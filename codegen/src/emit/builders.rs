//! One request builder per operation: `builders.rs` of a provider module.
//! A builder holds the arguments, has a setter per optional value, and
//! `build()`s, `decode()`s and `send()`s.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{doc_attrs, ident, patch_arguments, rust_type};
use crate::ir::{
    Api, BodyEncoding, Check, Field, MediaCase, Operation, Param, ParamLocation, ResponseCase,
    Status, TypeKind, TypeRef,
};
use crate::model::placeholders;
use crate::naming::Scope;

fn types_prefix() -> TokenStream {
    quote!(types::)
}

/// The tokens of `builders.rs`.
pub fn file(api: &Api) -> TokenStream {
    let items: Vec<TokenStream> = items(api).collect();
    let mut uses = super::Uses::default();
    for item in &items {
        uses.note(item);
    }
    let header = header(api, &uses);
    quote! {
        #header
        #(#items)*
    }
}

/// The items of `builders.rs` one at a time: each operation's builder, then
/// the shared error decoders. Each parses as a file of its own.
pub fn items(api: &Api) -> impl Iterator<Item = TokenStream> + '_ {
    let errors = std::rc::Rc::new(ErrorDecoders::new(api));
    let names = std::rc::Rc::clone(&errors);
    let builders = api
        .operations
        .iter()
        .map(move |op| builder(api, op, names.name_for(op)));
    let decoders = (0..errors.groups.len()).map(move |index| errors.function(index));
    builders.chain(decoders)
}

/// The inner attributes and imports of `builders.rs`; `uses_runtime`: an
/// item calls `runtime::…` directly.
pub fn header(api: &Api, uses: &super::Uses) -> TokenStream {
    let credentials_import = api.operations.iter().any(|op| !op.authenticated).then(|| {
        quote!(
            use switchboard_runtime::__private::Credentials;
        )
    });
    let module_doc = format!(
        " Request builders, one per `{}` operation: required values are arguments of the `Client` \
         method, optional ones are setters. `build()` gives the exact HTTP request without sending \
         it, `decode()` reads a reply, `send()` does both.",
        api.module
    );
    if api.operations.is_empty() {
        return quote! {
            #![doc = #module_doc]
        };
    }
    let types_import = api.operations.iter().any(mentions_types).then(|| {
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
    let many_arguments = api
        .operations
        .iter()
        .any(|op| super::client::arguments(op).len() > 6)
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
fn mentions_types(op: &Operation) -> bool {
    fn named(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(_) => true,
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Boxed(inner) => named(inner),
            _ => false,
        }
    }
    op.params.iter().any(|p| named(&p.ty))
        || op.body.as_ref().is_some_and(|b| named(&b.ty))
        || op.success_type.as_ref().is_some_and(named)
        || op.error_type.as_ref().is_some_and(named)
}

/// Whether a parameter value of `ty` is written as text (`Display`): a
/// scalar or an enum. Anything else goes through its JSON form.
fn is_text(api: &Api, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::String | TypeRef::I32 | TypeRef::I64 | TypeRef::Number | TypeRef::Bool => true,
        TypeRef::Named(name) => api.types.iter().any(|def| {
            def.name == *name
                && matches!(def.kind, TypeKind::Enum { .. } | TypeKind::IntEnum { .. })
        }),
        _ => false,
    }
}

/// One private function per distinct set of error replies, shared by the
/// operations that document the same error statuses and bodies.
struct ErrorDecoders<'a> {
    /// (what the function decodes, its name, an operation that has it)
    groups: Vec<(String, proc_macro2::Ident, &'a Operation)>,
}

impl<'a> ErrorDecoders<'a> {
    fn new(api: &'a Api) -> Self {
        let mut scope = Scope::default();
        let mut groups: Vec<(String, proc_macro2::Ident, &'a Operation)> = Vec::new();
        for op in &api.operations {
            let key = Self::key(op);
            if groups.iter().any(|(existing, _, _)| *existing == key) {
                continue;
            }
            let base = match &op.error_type {
                Some(TypeRef::Named(name)) => format!(
                    "decode_{}",
                    crate::naming::snake(name).trim_start_matches("r#")
                ),
                _ => "decode_error".to_owned(),
            };
            groups.push((key, ident(&scope.claim(base)), op));
        }
        ErrorDecoders { groups }
    }

    /// What makes two operations' error decoding identical.
    fn key(op: &Operation) -> String {
        let cases: Vec<_> = op
            .errors
            .iter()
            .map(|case| (case.status, &case.variant, &case.media))
            .collect();
        format!("{:?} {:?}", op.error_type, cases)
    }

    fn name_for(&self, op: &Operation) -> &proc_macro2::Ident {
        let key = Self::key(op);
        let (_, name, _) = self
            .groups
            .iter()
            .find(|(existing, _, _)| *existing == key)
            .expect("every operation was grouped");
        name
    }

    fn function(&self, index: usize) -> TokenStream {
        let (_, name, op) = &self.groups[index];
        error_decoder(name, op)
    }
}

fn builder(api: &Api, op: &Operation, error_decoder: &proc_macro2::Ident) -> TokenStream {
    let name = ident(&op.builder_name);
    let prefix = types_prefix();
    let mut text = format!("`{} {}`", op.http_method, op.path);
    if let Some(doc) = &op.doc {
        text.push_str("\n\n");
        text.push_str(doc);
    }
    let docs = doc_attrs(Some(&text));

    let param_fields = op.params.iter().map(|param| {
        let field = ident(&param.rust_name);
        let ty = rust_type(&param.ty, Some(&prefix));
        if param.required {
            quote!(#field: #ty,)
        } else {
            quote!(#field: Option<#ty>,)
        }
    });
    let body_field = op.body.as_ref().map(|body| {
        let ty = rust_type(&body.ty, Some(&prefix));
        if body.required {
            quote!(body: #ty,)
        } else {
            quote!(body: Option<#ty>,)
        }
    });

    let constructor = constructor(op);
    let setters = setters(op);
    let build = build_fn(api, op);
    let (success, error) = outcome_types(op);
    let decode = decode_fn(op, &success, &error, error_decoder);
    let operation_info = {
        let method = &op.http_method;
        let path = &op.path;
        let idempotent = op.idempotent;
        let text = if idempotent {
            "How the runtime treats this operation: safe to retry."
        } else {
            "How the runtime treats this operation: not retried unless the policy allows non-idempotent retries."
        };
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

fn outcome_types(op: &Operation) -> (TokenStream, TokenStream) {
    let prefix = types_prefix();
    let success = op
        .success_type
        .as_ref()
        .map_or(quote!(()), |ty| rust_type(ty, Some(&prefix)));
    let error = op
        .error_type
        .as_ref()
        .map_or(quote!(()), |ty| rust_type(ty, Some(&prefix)));
    (success, error)
}

fn constructor(op: &Operation) -> TokenStream {
    let prefix = types_prefix();
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for param in &op.params {
        let field = ident(&param.rust_name);
        if param.required {
            let ty = rust_type(&param.ty, Some(&prefix));
            args.push(quote!(#field: #ty));
            inits.push(quote!(#field,));
        } else {
            inits.push(quote!(#field: None,));
        }
    }
    if let Some(body) = &op.body {
        let ty = rust_type(&body.ty, Some(&prefix));
        if body.patch {
            let TypeRef::Named(type_name) = &body.ty else {
                unreachable!("the model only marks struct bodies as patches")
            };
            let type_name = ident(type_name);
            let arguments = patch_arguments(op);
            let field_inits = body.fields.iter().map(|field| {
                let name = ident(&field.rust_name);
                let argument = arguments
                    .iter()
                    .find(|(argument, _)| std::ptr::eq(*argument, field));
                if field.constant {
                    quote!(#name: Default::default(),)
                } else if let Some((_, argument)) = argument {
                    let arg_ty = qualified_field_type(field, &prefix);
                    args.push(quote!(#argument: #arg_ty));
                    if *argument == name {
                        quote!(#name,)
                    } else {
                        quote!(#name: #argument,)
                    }
                } else {
                    quote!(#name: None,)
                }
            });
            let field_inits: Vec<_> = field_inits.collect();
            inits.push(quote!(body: #prefix #type_name { #(#field_inits)* },));
        } else if body.required {
            args.push(quote!(body: #ty));
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

/// A field's Rust type with generated types qualified for use in `builders.rs`.
fn qualified_field_type(field: &Field, prefix: &TokenStream) -> TokenStream {
    let inner = rust_type(&field.ty, Some(prefix));
    match (field.required, field.nullable) {
        (true, false) => inner,
        (true, true) | (false, false) => quote!(Option<#inner>),
        (false, true) => quote!(Option<Option<#inner>>),
    }
}

fn setters(op: &Operation) -> TokenStream {
    let prefix = types_prefix();
    let mut scope = Scope::with_reserved(crate::model::BUILDER_METHODS);
    let mut out = Vec::new();
    for param in op.params.iter().filter(|p| !p.required) {
        let field = ident(&param.rust_name);
        let method = ident(&scope.claim(param.rust_name.clone()));
        let (ty, value) = setter_input(&param.ty, &prefix);
        let text = setter_doc(
            param.doc.as_deref(),
            &format!(
                "Sets the `{}` {} parameter.",
                param.wire_name,
                location(param)
            ),
        );
        out.push(quote! {
            #text
            pub fn #method(mut self, value: #ty) -> Self {
                self.#field = Some(#value);
                self
            }
        });
    }
    if let Some(body) = op.body.as_ref().filter(|b| !b.required) {
        let (ty, convert) = super::accepted(&body.ty, Some(&prefix));
        let value = if convert {
            quote!(body.into())
        } else {
            quote!(body)
        };
        let text = setter_doc(
            body.doc.as_deref(),
            "Sends this request body (the spec makes it optional).",
        );
        out.push(quote! {
            #text
            pub fn body(mut self, body: #ty) -> Self {
                self.body = Some(#value);
                self
            }
        });
    }
    if let Some(body) = op.body.as_ref().filter(|b| b.patch) {
        let ty = rust_type(&body.ty, Some(&prefix));
        out.push(quote! {
            /// Replaces the whole patch body, including values given as arguments.
            pub fn body(mut self, body: #ty) -> Self {
                self.body = body;
                self
            }
        });
        for field in body.fields.iter().filter(|f| !f.required) {
            let name = ident(&field.rust_name);
            let method = ident(&scope.claim(field.rust_name.clone()));
            let (ty, value) = setter_input(&field.ty, &prefix);
            let wire = &field.wire_name;
            let set = if field.nullable {
                quote!(Some(Some(#value)))
            } else {
                quote!(Some(#value))
            };
            let text = setter_doc(
                field.doc.as_deref(),
                &format!("Sends `{wire}` with this value."),
            );
            out.push(quote! {
                #text
                pub fn #method(mut self, value: #ty) -> Self {
                    self.body.#name = #set;
                    self
                }
            });
            if field.nullable {
                let bare = field.rust_name.trim_start_matches("r#");
                let clear = ident(&scope.claim(format!("clear_{bare}")));
                let text = format!("Sends `{wire}` as JSON `null`, clearing it.");
                out.push(quote! {
                    #[doc = #text]
                    pub fn #clear(mut self) -> Self {
                        self.body.#name = Some(None);
                        self
                    }
                });
            }
        }
    }
    quote!(#(#out)*)
}

fn setter_doc(doc: Option<&str>, first: &str) -> TokenStream {
    let text = match doc {
        Some(doc) => format!("{first}\n\n{doc}"),
        None => first.to_owned(),
    };
    doc_attrs(Some(&text))
}

fn location(param: &Param) -> &'static str {
    match param.location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
    }
}

/// What a setter takes, and how it becomes the stored value.
fn setter_input(ty: &TypeRef, prefix: &TokenStream) -> (TokenStream, TokenStream) {
    match super::accepted(ty, Some(prefix)) {
        (ty, true) => (ty, quote!(value.into())),
        (ty, false) => (ty, quote!(value)),
    }
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

/// Statements that check each parameter against its schema's constraints,
/// per item for arrays, and return `BuildError::InvalidParameter` on a breach.
fn parameter_checks(op: &Operation) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for param in op.params.iter().filter(|p| !p.checks.is_empty()) {
        let field = ident(&param.rust_name);
        let wire = &param.wire_name;
        let item_ty = match &param.ty {
            TypeRef::Vec(item) => item.as_ref(),
            other => other,
        };
        let checks = param.checks.iter().map(|check| {
            let option = |value: Option<u64>| match value {
                Some(n) => {
                    let n = proc_macro2::Literal::u64_unsuffixed(n);
                    quote!(Some(#n))
                }
                None => quote!(None),
            };
            let option_i64 = |value: Option<i64>| match value {
                Some(n) => {
                    let n = proc_macro2::Literal::i64_unsuffixed(n);
                    quote!(Some(#n))
                }
                None => quote!(None),
            };
            match check {
                Check::Pattern(pattern) => quote!(runtime::check::pattern(#wire, item, #pattern)?;),
                Check::Length { min, max } => {
                    let (min, max) = (option(*min), option(*max));
                    quote!(runtime::check::length(#wire, item, #min, #max)?;)
                }
                Check::Range { min, max } => {
                    let (min, max) = (option_i64(*min), option_i64(*max));
                    let value = match item_ty {
                        TypeRef::I64 => quote!(*item),
                        _ => quote!(i64::from(*item)),
                    };
                    quote!(runtime::check::range(#wire, #value, #min, #max)?;)
                }
            }
        });
        let checks: Vec<TokenStream> = checks.collect();
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

fn build_fn(api: &Api, op: &Operation) -> TokenStream {
    let method = format_ident!("{}", op.http_method);
    let checks = parameter_checks(op);
    let mut steps = Vec::new();
    let mut rest = op.path.as_str();
    for placeholder in placeholders(&op.path) {
        let marker = format!("{{{placeholder}}}");
        let (literal, tail) = rest
            .split_once(&marker)
            .expect("placeholders come from the path");
        if !literal.is_empty() {
            steps.push(quote!(request = request.literal(#literal);));
        }
        let param = op
            .params
            .iter()
            .find(|p| p.location == ParamLocation::Path && p.wire_name == placeholder)
            .expect("the model checks every placeholder has a parameter");
        let field = ident(&param.rust_name);
        if is_text(api, &param.ty) {
            let text = wire_str(&param.ty, quote!(self.#field), false);
            steps.push(quote!(request = request.path_param(#text);));
        } else {
            steps.push(quote!(request = request.path_value(&self.#field);));
        }
        rest = tail;
    }
    if !rest.is_empty() {
        steps.push(quote!(request = request.literal(#rest);));
    }
    for param in op
        .params
        .iter()
        .filter(|p| p.location != ParamLocation::Path)
    {
        let field = ident(&param.rust_name);
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
        if !is_text(api, item_ty) {
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
    quote! {
        /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
        /// without sending it.
        pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
            #(#checks)*
            let mut request = RequestBuilder::new(Method::#method, self.core.base_url());
            #(#steps)*
            request.build(#credentials)
        }
    }
}

/// How a decoded `body` becomes the operation's outcome type: itself, or a
/// variant of the by-status enum.
fn wrap(case: &ResponseCase, outcome: &Option<TypeRef>) -> TokenStream {
    let prefix = types_prefix();
    match outcome {
        Some(outcome @ TypeRef::Named(_)) if case.body_type() != Some(outcome) => {
            let ty = rust_type(outcome, Some(&prefix));
            let variant = ident(&variant_name(case));
            match case.body_type() {
                Some(_) => quote!(#ty::#variant(body)),
                None => quote!(#ty::#variant),
            }
        }
        _ if case.body_type().is_some() => quote!(body),
        _ => quote!(()),
    }
}

fn decode_fn(
    op: &Operation,
    success: &TokenStream,
    error: &TokenStream,
    error_decoder: &proc_macro2::Ident,
) -> TokenStream {
    let arms = op.success.iter().filter_map(|case| {
        let status = status_pattern(case.status, &op.success)?;
        let decode = decode_body(case, error);
        let value = wrap(case, &op.success_type);
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

/// The shared function that decodes every error reply of `op` (and of the
/// operations with the same error statuses): the documented body, or why
/// the reply is not what the spec describes.
fn error_decoder(name: &proc_macro2::Ident, op: &Operation) -> TokenStream {
    let prefix = types_prefix();
    let error = op
        .error_type
        .as_ref()
        .map_or(quote!(()), |ty| rust_type(ty, Some(&prefix)));
    let mut arms = Vec::new();
    let mut fallback = quote! {
        Err(Error::unexpected(status, headers, body, "the spec documents no such status for this operation"))
    };
    for case in &op.errors {
        let decode = decode_body(case, &error);
        let value = wrap(case, &op.error_type);
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
            let code = proc_macro2::Literal::u16_unsuffixed(code);
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
                    let from_literal = proc_macro2::Literal::u16_unsuffixed(from);
                    let to_literal = proc_macro2::Literal::u16_unsuffixed(to);
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

fn variant_name(case: &ResponseCase) -> String {
    case.variant.clone()
}

/// Statements that bind `body` to the decoded value of a case (nothing for
/// statuses without a body).
fn decode_body(case: &ResponseCase, error: &TokenStream) -> TokenStream {
    let prefix = types_prefix();
    let Some(ty) = case.body_type() else {
        return quote!();
    };
    if *ty == TypeRef::Bytes {
        return quote!(let body = runtime::decode_bytes(body););
    }
    let ty = rust_type(ty, Some(&prefix));
    let json = quote!(runtime::decode_json::<#ty, #error>(status, headers, body)?);
    let text_types: Vec<&MediaCase> = case.media.iter().filter(|m| m.text).collect();
    if text_types.is_empty() {
        return quote!(let body = #json;);
    }
    if text_types.len() == case.media.len() {
        return quote!(let body = runtime::decode_text(body););
    }
    let text_media = text_types.iter().map(|m| m.media_type.as_str());
    quote! {
        let body = match runtime::media_type(headers).as_str() {
            #(#text_media)|* => runtime::decode_text(body),
            _ => #json,
        };
    }
}
