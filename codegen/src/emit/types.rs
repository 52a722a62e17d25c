//! Models, request views and enums: `types.rs` of a provider module.

use proc_macro2::TokenStream;
use quote::quote;

use super::ast::items;
use super::enums::{enum_def, int_enum_def, status_enum_def, union_def};
use super::{Place, doc_attrs, ident, ty};
use crate::ir::{Field, TypeDef, TypeId, TypeKind, TypeRef};
use crate::naming::Name;
use crate::surface::{FieldSurface, Members, Surface, TypeSurface};

/// The tokens of `types.rs`.
pub fn file(surface: &Surface<'_>) -> TokenStream {
    let defs: Vec<TokenStream> = items(surface).collect();
    let mut uses = super::Uses::default();
    for def in &defs {
        uses.note(def);
    }
    let header = header(surface, &uses);
    quote! {
        #header
        #(#defs)*
    }
}

/// The tokens of `types.rs` in pieces that each parse as a file: the module
/// header, then one piece per type. Formatting them one by one keeps only one
/// type's tokens and syntax tree in memory; the text is the same as the
/// whole file's, since items are printed one after another.
pub fn items<'a>(surface: &'a Surface<'a>) -> impl Iterator<Item = TokenStream> + 'a {
    (0..surface.api.types.len()).map(move |index| item(surface, index))
}

/// The piece of `types.rs` for the type at `index` of the arena.
pub fn item(surface: &Surface<'_>, index: usize) -> TokenStream {
    let def = &surface.api.types[index];
    let named = &surface.types[index];
    let id = TypeId(u32::try_from(index).unwrap_or(u32::MAX));
    let item = type_def(surface, id, def, named);
    let message = super::messages::impl_block(surface, id);
    quote!(#item #message)
}

/// The inner attributes and imports of `types.rs`.
pub fn header(surface: &Surface<'_>, uses: &super::Uses) -> TokenStream {
    let api = surface.api;
    let module_doc = super::inner_doc_attrs(&surface.types_doc);
    // Replies by status are only ever encoded. String enums and structs
    // name serde by the runtime's macros.
    let decoded = api.types.iter().any(|def| {
        !matches!(
            def.kind,
            TypeKind::ByStatus { .. } | TypeKind::Enum { .. } | TypeKind::Struct { .. }
        )
    });
    let encoded = api
        .types
        .iter()
        .any(|def| matches!(def.kind, TypeKind::ByStatus { .. }));
    let imports = match (decoded, encoded) {
        (true, _) => Some(quote!(
            use switchboard_runtime::serde::{self, Deserialize, Serialize};
        )),
        (false, true) => Some(quote!(
            use switchboard_runtime::serde::{self, Serialize};
        )),
        (false, false) => None,
    };
    // A union holds its alternatives as the spec defines them; boxing the
    // large ones would only make them harder to build and match.
    let unions = api
        .types
        .iter()
        .any(|def| matches!(def.kind, TypeKind::Union { .. } | TypeKind::ByStatus { .. }))
        .then(|| quote!(#![allow(clippy::large_enum_variant)]));
    let serde_json = uses.serde_json.then(|| {
        quote!(
            use switchboard_runtime::serde_json;
        )
    });
    let check = uses.check.then(|| {
        quote!(
            use switchboard_runtime::__private::check;
        )
    });
    let unused = super::gates::allow_unused_imports(surface);
    quote! {
        #module_doc
        #![allow(clippy::doc_markdown)]
        #unions
        #unused

        #imports
        #serde_json
        #check
    }
}

fn type_def(surface: &Surface<'_>, id: TypeId, def: &TypeDef, named: &TypeSurface) -> TokenStream {
    match (&def.kind, &named.members) {
        (TypeKind::Struct { .. }, Members::Struct { .. }) => struct_def(surface, id, def, named),
        (TypeKind::Enum { variants: wire }, Members::Variants(variants)) => {
            enum_def(named, wire, variants)
        }
        (TypeKind::IntEnum { variants: wire }, Members::Variants(variants)) => {
            int_enum_def(named, wire, variants)
        }
        (
            TypeKind::Union {
                variants: wire,
                tag,
            },
            Members::Variants(variants),
        ) => union_def(named, wire, variants, tag.as_deref()),
        (TypeKind::ByStatus { variants: wire }, Members::Variants(variants)) => {
            status_enum_def(named, wire, variants)
        }
        (TypeKind::Newtype { .. }, Members::Newtype(inner)) => {
            super::newtype::newtype_def(named, inner)
        }
        // The surface is made from the same IR: kinds and members agree.
        _ => quote!(),
    }
}

fn struct_def(
    surface: &Surface<'_>,
    id: TypeId,
    def: &TypeDef,
    named: &TypeSurface,
) -> TokenStream {
    let (
        TypeKind::Struct {
            fields,
            default,
            input_of,
            read_only,
            extra,
            ..
        },
        Members::Struct {
            fields: names,
            unknown_fields,
            extra: extra_name,
            constructor,
            ..
        },
    ) = (&def.kind, &named.members)
    else {
        return quote!();
    };
    let name = ident(&named.name);
    let gate = |index: usize| super::gates::field(surface, id, index);
    // A `new` with a gated argument would change its arity with the features
    // on (not additive): such a struct gets none, and its docs say so.
    let gated: Vec<String> = constructor
        .iter()
        .flat_map(|constructor| &constructor.arguments)
        .filter(|argument| !gate(argument.field).is_empty())
        .map(|argument| format!("`{}`", names[argument.field].name.bare()))
        .collect();
    let constructor = constructor.as_ref().filter(|_| gated.is_empty());
    let docs = match gated.is_empty() {
        true => items::docs(&named.doc),
        false => {
            let from = input_of.map(|model| surface.type_name(model).bare());
            items::docs(&no_constructor_doc(&named.doc, &gated, (*default, from)))
        }
    };
    let default = default.then(|| quote!(Default,));
    let mut attrs = docs;
    attrs.push(items::listing(
        "derive",
        quote!(Debug, Clone, PartialEq, #default),
    ));
    let mut struct_fields = Vec::with_capacity(names.len() + 2);
    for (index, named) in names.iter().enumerate() {
        let mut attrs = items::docs(&named.doc);
        match items::attributes(gate(index)) {
            Ok(gate) => attrs.extend(gate),
            Err(error) => return error.to_compile_error(),
        }
        let field_ty = items::ty(&named.ty, Place::Types);
        struct_fields.push(items::field(attrs, true, ident(&named.name), field_ty));
    }
    if let Some(unknown) = unknown_fields {
        let doc = items::docs(
            "Fields the spec does not document, kept as the provider sent them\n\
             and sent back unchanged when this value is encoded again.",
        );
        struct_fields.push(items::field(
            doc,
            true,
            ident(unknown),
            items::json_object(),
        ));
    }
    if let (Some(extra), Some(extra_name)) = (extra, extra_name) {
        let map = match &extra.ty {
            TypeRef::Json => items::json_object(),
            other => items::string_map(items::ty(&surface.spell(other), Place::Types)),
        };
        let doc = items::docs("The other fields (the spec's `additionalProperties`), by name.");
        struct_fields.push(items::field(doc, true, ident(extra_name), map));
    }
    let declared = items::structure(attrs, true, name.clone(), Vec::new(), struct_fields);
    let declared = super::ast::hold_item(declared);
    let serde_impls = serde_impls(
        &name,
        (fields, names, &gate),
        unknown_fields
            .as_ref()
            .map(|unknown| (unknown, read_only.as_slice())),
        extra_name
            .as_ref()
            .zip(extra.as_ref().map(|extra| &extra.ty)),
    );
    let conversion = input_of.map(|model| input_conversion(surface, (id, named), model));
    let validate = named.validates.then(|| {
        let mut checks = Vec::new();
        for (index, (field, named)) in fields.iter().zip(names).enumerate() {
            let Some(check) = super::checks::field(surface, field, named) else {
                continue;
            };
            checks.push(super::ast::gated(gate(index), check));
        }
        let ok = super::ast::call(super::ast::path("Ok"), [super::ast::unit()]);
        checks.push(super::ast::bare(ok));
        let body = super::ast::hold(checks);
        let doc = doc_attrs(
            "Checks the spec's constraints on every field (`pattern`, lengths,\n\
             ranges, numbers of items, and those of the structs it holds), as\n\
             `build()` does before sending; the error names the field's path.",
        );
        quote! {
            impl #name {
                #doc
                pub fn validate(&self) -> Result<(), switchboard_runtime::BuildError> #body
            }
        }
    });
    let constructor = constructor.map(|constructor| {
        constructor_fn(
            &name,
            constructor,
            (fields, names, &gate),
            unknown_fields.iter().chain(extra_name),
        )
    });
    quote! {
        #declared
        #serde_impls
        #constructor
        #validate
        #conversion
    }
}

/// The docs of a struct without `new` because its required fields `gated`
/// are compiled only with some features.
/// (`default`: it implements `Default`; `from`: the model it converts from).
fn no_constructor_doc(
    doc: &str,
    gated: &[String],
    (default, from): (bool, Option<&str>),
) -> String {
    let mut build = match default {
        true => "with a struct literal that ends in `..Default::default()`".to_owned(),
        false => "by decoding it (`serde_json::from_value`)".to_owned(),
    };
    if let Some(model) = from {
        build.push_str(&format!(", or from a `{model}` (`From`)"));
    }
    let (noun, verb) = match gated.len() {
        1 => ("field", "is"),
        _ => ("fields", "are"),
    };
    let text = format!(
        "No `new()`: the required {noun} {} {verb} compiled only with some of the crate's features, and an argument that comes and goes with a feature would break code written without it. Build it {build}.",
        gated.join(", "),
    );
    match doc.is_empty() {
        true => text,
        false => format!("{doc}\n\n{text}"),
    }
}

/// `impl Type { pub fn new(required…) -> Self }`.
fn constructor_fn<'n>(
    ty_name: &proc_macro2::Ident,
    constructor: &crate::surface::Constructor,
    (fields, names, gate): (&[Field], &[FieldSurface], &dyn Fn(usize) -> TokenStream),
    maps: impl Iterator<Item = &'n Name<crate::naming::Field>>,
) -> TokenStream {
    let docs = doc_attrs(&constructor.doc);
    let arguments = constructor.arguments.iter().map(|argument| {
        let name = ident(&argument.name);
        let accepted = ty(&argument.accepted, Place::Types);
        let gate = gate(argument.field);
        quote!(#gate #name: #accepted)
    });
    let inits = fields
        .iter()
        .zip(names)
        .enumerate()
        .map(|(index, (field, named))| {
            let name = ident(&named.name);
            let gate = gate(index);
            let init = match constructor.arguments.iter().find(|a| a.field == index) {
                Some(argument) if argument.converts => {
                    let value = ident(&argument.name);
                    quote!(#name: #value.into(),)
                }
                Some(argument) if argument.name.as_code() == named.name.as_code() => quote!(#name,),
                Some(argument) => {
                    let value = ident(&argument.name);
                    quote!(#name: #value,)
                }
                None if field.constant => quote!(#name: Default::default(),),
                None => quote!(#name: None,),
            };
            quote!(#gate #init)
        });
    let maps = maps.map(|map| {
        let map = ident(map);
        quote!(#map: Default::default(),)
    });
    let many =
        (constructor.arguments.len() >= 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    quote! {
        impl #ty_name {
            #docs
            #many
            pub fn new(#(#arguments),*) -> Self {
                Self {
                    #(#inits)*
                    #(#maps)*
                }
            }
        }
    }
}

/// `impl From<Model> for ModelInput`: keeps what may be sent back.
fn input_conversion(
    surface: &Surface<'_>,
    (id, named): (TypeId, &TypeSurface),
    model: TypeId,
) -> TokenStream {
    let name = ident(&named.name);
    let model_name = surface.type_name(model);
    let model_ident = ident(model_name);
    // Each field moves from the model's field of the same wire name.
    let (Some(input_fields), Some(model_fields)) = (
        surface.api.struct_fields(&TypeRef::Named(id)),
        surface.api.struct_fields(&TypeRef::Named(model)),
    ) else {
        return quote!();
    };
    let model_names = surface.fields(model);
    let moves = input_fields
        .iter()
        .zip(surface.fields(id))
        .enumerate()
        .filter_map(|(index, (field, input_name))| {
            let position = model_fields
                .iter()
                .position(|other| other.wire_name == field.wire_name)?;
            let to = ident(&input_name.name);
            let from = ident(&model_names[position].name);
            let gate = super::gates::field(surface, id, index);
            Some(quote!(#gate #to: model.#from,))
        });
    // The maps move from the model's map of the same kind: the fields the
    // spec does not know, or the typed `additionalProperties`.
    let ((unknown_to, extra_to), (unknown_from, extra_from)) =
        (surface.maps(id), surface.maps(model));
    let unknown = [(unknown_to, unknown_from), (extra_to, extra_from)]
        .into_iter()
        .filter_map(|(to, from)| {
            let to = ident(to?);
            Some(match from {
                Some(from) => {
                    let from = ident(from);
                    quote!(#to: model.#from,)
                }
                None => quote!(#to: Default::default(),),
            })
        });
    let text = doc_attrs(&format!(
        "Keeps every writable field of a [`{model_name}`] (and the fields the spec does not know) and drops the read-only ones: read, modify, send back."
    ));
    quote! {
        impl From<#model_ident> for #name {
            #text
            fn from(model: #model_ident) -> Self {
                #name {
                    #(#moves)*
                    #(#unknown)*
                }
            }
        }
    }
}

/// The struct's `Serialize` and `Deserialize`, by the runtime's
/// `__serde_struct!`: each field's wire names and how it is written and
/// read, then the map of the other keys (without the read-only fields a
/// request view leaves out: decoded from a full model, it must not send
/// them back as unknown fields).
fn serde_impls(
    name: &proc_macro2::Ident,
    (fields, names, gate): (&[Field], &[FieldSurface], &dyn Fn(usize) -> TokenStream),
    unknown: Option<(&Name<crate::naming::Field>, &[String])>,
    extra: Option<(&Name<crate::naming::Field>, &TypeRef)>,
) -> TokenStream {
    // Each key is matched once (a second arm for it would be unreachable):
    // a field's own wire name before any alias, then the first alias; the
    // read-only names a request view skips are those no field reads.
    let mut claimed: std::collections::HashSet<&str> = fields
        .iter()
        .map(|field| field.wire_name.as_str())
        .collect();
    let aliases: Vec<Vec<&String>> = fields
        .iter()
        .map(|field| {
            field
                .aliases
                .iter()
                .filter(|alias| claimed.insert(alias.as_str()))
                .collect()
        })
        .collect();
    let unknown = unknown.map(|(unknown, read_only)| {
        let skipped: Vec<&String> = read_only
            .iter()
            .filter(|name| claimed.insert(name.as_str()))
            .collect();
        (unknown, skipped)
    });
    let mut decoded = Vec::with_capacity(fields.len());
    for (index, ((field, named), aliases)) in fields.iter().zip(names).zip(&aliases).enumerate() {
        let gate = match items::attributes(gate(index)) {
            Ok(gate) => gate,
            Err(error) => return error.to_compile_error(),
        };
        // A nullable field, or any JSON value: an explicit `null` is a
        // value, kept apart from absent.
        let kind = match field.required {
            true => "Required",
            false if field.nullable || field.ty == TypeRef::Json => "Present",
            false => "Optional",
        };
        let wire = std::iter::once(&field.wire_name).chain(aliases.iter().copied());
        let wire = wire.map(|name| items::string_argument(name)).collect();
        let kind = items::path_type(&[], kind, wire);
        decoded.push(items::field(gate, false, ident(&named.name), kind));
    }
    // `additionalProperties: {}` is a JSON map, as the unknown fields are.
    let bound = match (unknown, extra) {
        (Some((unknown, read_only)), _) => {
            let read_only = read_only.iter().map(|name| items::string_argument(name));
            Some((unknown, items::path(&[], "Unknown", read_only.collect())))
        }
        (None, Some((extra, TypeRef::Json))) => {
            Some((extra, items::path(&[], "Unknown", Vec::new())))
        }
        (None, Some((extra, _))) => Some((extra, items::path(&[], "Extra", Vec::new()))),
        (None, None) => None,
    };
    let bounds = bound
        .map(|(field, bound)| (ident(field), bound))
        .into_iter()
        .collect();
    let declared = items::structure(Vec::new(), false, name.clone(), bounds, decoded);
    let declared = super::ast::hold_item(declared);
    quote! {
        switchboard_runtime::__serde_struct! {
            #declared
        }
    }
}
