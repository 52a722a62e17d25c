//! The parts of items built as `syn`'s tree (the types' structs and their
//! decoders' declarations): types, doc comments, attributes, fields. Each
//! is what `syn` parses from the tokens [`crate::emit`] writes for the same
//! code.

use proc_macro2::TokenStream;
use syn::punctuated::Punctuated;
use syn::{Attribute, GenericArgument, Type};

use super::{Ident, bug, ident};
use crate::emit::{Place, docblocks};
use crate::surface::Spelled;

/// The type [`crate::emit::ty`] spells.
pub(in crate::emit) fn ty(spelled: &Spelled, place: Place) -> Type {
    let generic = |name: &str, inner: &Spelled| {
        path_type(&[], name, vec![GenericArgument::Type(ty(inner, place))])
    };
    match spelled {
        Spelled::Unit => Type::Tuple(syn::TypeTuple {
            attrs: Vec::new(),
            paren_token: Default::default(),
            elems: Punctuated::new(),
        }),
        Spelled::String => path_type(&[], "String", Vec::new()),
        Spelled::I32 => path_type(&[], "i32", Vec::new()),
        Spelled::I64 => path_type(&[], "i64", Vec::new()),
        Spelled::Bool => path_type(&[], "bool", Vec::new()),
        Spelled::Number => path_type(&["serde_json"], "Number", Vec::new()),
        Spelled::Json => json_value(),
        Spelled::JsonObject => json_object(),
        Spelled::Bytes => path_type(&["switchboard_runtime"], "Bytes", Vec::new()),
        Spelled::Named(name) => {
            let name = crate::emit::ident(name);
            let mut segments: Punctuated<syn::PathSegment, syn::Token![::]> = Punctuated::new();
            if place == Place::Outside {
                segments.push(syn::PathSegment::from(ident("types")));
            }
            segments.push(syn::PathSegment::from(name));
            Type::Path(syn::TypePath {
                attrs: Vec::new(),
                qself: None,
                path: syn::Path {
                    leading_colon: None,
                    segments,
                },
            })
        }
        Spelled::Boxed(inner) => generic("Box", inner),
        Spelled::Vec(item) => generic("Vec", item),
        Spelled::Map(value) => string_map(ty(value, place)),
        Spelled::Option(inner) => generic("Option", inner),
        Spelled::Into(inner) => {
            let bound = syn::TraitBound {
                paren_token: None,
                lifetimes: None,
                modifiers: Default::default(),
                maybe: None,
                path: path(&[], "Into", vec![GenericArgument::Type(ty(inner, place))]),
            };
            Type::ImplTrait(syn::TypeImplTrait {
                attrs: Vec::new(),
                impl_token: Default::default(),
                bounds: std::iter::once(syn::TypeParamBound::Trait(bound)).collect(),
            })
        }
    }
}

/// `serde_json::Value`.
fn json_value() -> Type {
    path_type(&["serde_json"], "Value", Vec::new())
}

/// `serde_json::Map<String, serde_json::Value>`.
pub(in crate::emit) fn json_object() -> Type {
    let args = vec![
        GenericArgument::Type(path_type(&[], "String", Vec::new())),
        GenericArgument::Type(json_value()),
    ];
    path_type(&["serde_json"], "Map", args)
}

/// `std::collections::BTreeMap<String, value>`.
pub(in crate::emit) fn string_map(value: Type) -> Type {
    let args = vec![
        GenericArgument::Type(path_type(&[], "String", Vec::new())),
        GenericArgument::Type(value),
    ];
    path_type(&["std", "collections"], "BTreeMap", args)
}

/// The path `modules::…::last<args…>` (no `<>` without arguments).
pub(in crate::emit) fn path(modules: &[&str], last: &str, args: Vec<GenericArgument>) -> syn::Path {
    let mut segments: Punctuated<syn::PathSegment, syn::Token![::]> = modules
        .iter()
        .map(|module| syn::PathSegment::from(ident(module)))
        .collect();
    let arguments = match args.is_empty() {
        true => syn::PathArguments::None,
        false => syn::PathArguments::AngleBracketed(syn::AngleBracketedGenericArguments {
            colon2_token: None,
            lt_token: Default::default(),
            args: args.into_iter().collect(),
            gt_token: Default::default(),
        }),
    };
    segments.push(syn::PathSegment {
        ident: ident(last),
        arguments,
    });
    syn::Path {
        leading_colon: None,
        segments,
    }
}

/// The type `modules::…::last<args…>`.
pub(in crate::emit) fn path_type(modules: &[&str], last: &str, args: Vec<GenericArgument>) -> Type {
    Type::Path(syn::TypePath {
        attrs: Vec::new(),
        qself: None,
        path: path(modules, last, args),
    })
}

/// A string literal as a generic argument (`Required<"id">`).
pub(in crate::emit) fn string_argument(text: &str) -> GenericArgument {
    GenericArgument::Const(super::string(text))
}

/// The outer doc attributes [`crate::emit::doc_attrs`] writes for `text`:
/// one placeholder while a piece is built, else one per line.
pub(in crate::emit) fn docs(text: &str) -> Vec<Attribute> {
    let literals = match docblocks::hold(crate::emit::doc_lines(text)) {
        Ok(placeholder) => vec![placeholder],
        Err(lines) => lines
            .iter()
            .map(|line| crate::emit::doc_literal(line))
            .collect(),
    };
    literals
        .into_iter()
        .map(|literal| {
            let value = syn::Expr::Lit(syn::ExprLit {
                attrs: Vec::new(),
                lit: syn::Lit::new(literal),
            });
            outer(syn::Meta::NameValue(syn::MetaNameValue {
                path: ident("doc").into(),
                eq_token: Default::default(),
                value,
            }))
        })
        .collect()
}

/// `#[name(tokens)]`, as `#[derive(Debug, Clone)]`.
pub(in crate::emit) fn listing(name: &str, tokens: TokenStream) -> Attribute {
    outer(syn::Meta::List(syn::MetaList {
        path: ident(name).into(),
        delimiter: syn::MacroDelimiter::Paren(Default::default()),
        tokens,
    }))
}

/// `#[name]`, as `#[default]`.
pub(in crate::emit) fn marker(name: &str) -> Attribute {
    outer(syn::Meta::Path(ident(name).into()))
}

fn outer(meta: syn::Meta) -> Attribute {
    Attribute {
        pound_token: Default::default(),
        style: syn::AttrStyle::Outer,
        bracket_token: Default::default(),
        meta,
    }
}

/// The outer attributes `tokens` spell (a field's `#[cfg(…)]`, often
/// none); an error when they are not attributes (a generator bug).
pub(in crate::emit) fn attributes(tokens: TokenStream) -> Result<Vec<Attribute>, syn::Error> {
    if tokens.is_empty() {
        return Ok(Vec::new());
    }
    syn::parse::Parser::parse2(Attribute::parse_outer, tokens)
        .map_err(|error| bug(&format!("a gate is not attributes ({error})")))
}

/// `attrs… pub name: ty` (without `pub` unless `public`).
pub(in crate::emit) fn field(
    attrs: Vec<Attribute>,
    public: bool,
    name: Ident,
    ty: Type,
) -> syn::Field {
    syn::Field {
        attrs,
        vis: visibility(public),
        modifiers: Default::default(),
        ident: Some(name),
        colon_token: Some(Default::default()),
        ty,
        default: None,
    }
}

fn visibility(public: bool) -> syn::Visibility {
    match public {
        true => syn::Visibility::Public(Default::default()),
        false => syn::Visibility::Inherited,
    }
}

/// `attrs… pub struct name where bounds… { fields…, }` (without `pub`
/// unless `public`), each bound a field's name and a trait.
pub(in crate::emit) fn structure(
    attrs: Vec<Attribute>,
    public: bool,
    name: Ident,
    bounds: Vec<(Ident, syn::Path)>,
    fields: Vec<syn::Field>,
) -> syn::Item {
    let where_clause = (!bounds.is_empty()).then(|| syn::WhereClause {
        where_token: Default::default(),
        predicates: bounds
            .into_iter()
            .map(|(bounded, bound)| {
                let bound = syn::TraitBound {
                    paren_token: None,
                    lifetimes: None,
                    modifiers: Default::default(),
                    maybe: None,
                    path: bound,
                };
                syn::WherePredicate::Type(syn::PredicateType {
                    attrs: Vec::new(),
                    lifetimes: None,
                    bounded_ty: Type::Path(syn::TypePath {
                        attrs: Vec::new(),
                        qself: None,
                        path: bounded.into(),
                    }),
                    colon_token: Default::default(),
                    bounds: std::iter::once(syn::TypeParamBound::Trait(bound)).collect(),
                })
            })
            .map(|predicate| syn::punctuated::Pair::Punctuated(predicate, Default::default()))
            .collect(),
    });
    let named = fields
        .into_iter()
        .map(|field| syn::punctuated::Pair::Punctuated(field, Default::default()))
        .collect();
    syn::Item::Struct(syn::ItemStruct {
        attrs,
        vis: visibility(public),
        struct_token: Default::default(),
        ident: name,
        generics: syn::Generics {
            lt_token: None,
            params: Punctuated::new(),
            gt_token: None,
            where_clause,
        },
        fields: syn::Fields::Named(syn::FieldsNamed {
            brace_token: Default::default(),
            named,
        }),
        semi_token: None,
    })
}

/// `attrs… pub enum name { attrs… Variant = "wire", … }`: a string enum's
/// declaration, each variant with its attributes, name and wire value.
pub(in crate::emit) fn string_enum(
    attrs: Vec<Attribute>,
    name: Ident,
    variants: Vec<(Vec<Attribute>, Ident, &String)>,
) -> syn::Item {
    let variants = variants
        .into_iter()
        .map(|(attrs, name, wire)| {
            let variant = syn::Variant {
                attrs,
                ident: name,
                fields: syn::Fields::Unit,
                discriminant: Some((Default::default(), super::string(wire))),
            };
            syn::punctuated::Pair::Punctuated(variant, Default::default())
        })
        .collect();
    syn::Item::Enum(syn::ItemEnum {
        attrs,
        vis: visibility(true),
        enum_token: Default::default(),
        ident: name,
        generics: Default::default(),
        brace_token: Default::default(),
        variants,
    })
}
