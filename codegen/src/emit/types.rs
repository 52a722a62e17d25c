//! Models, request views and enums: `types.rs` of a provider module.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{doc_attrs, ident, rust_type};
use crate::ir::{
    Api, Extra, Field, IntVariant, Status, StatusVariant, TypeDef, TypeKind, TypeRef, UnionVariant,
    Variant,
};

/// The tokens of `types.rs`.
pub fn file(api: &Api) -> TokenStream {
    let defs: Vec<TokenStream> = items(api).collect();
    let mut uses = super::Uses::default();
    for def in &defs {
        uses.note(def);
    }
    let header = header(api, &uses);
    quote! {
        #header
        #(#defs)*
    }
}

/// The tokens of `types.rs` in pieces that each parse as a file: the module
/// header, then one piece per type. Formatting them one by one keeps only one
/// type's tokens and syntax tree in memory; the text is the same as the
/// whole file's, since items are printed one after another.
pub fn items(api: &Api) -> impl Iterator<Item = TokenStream> + '_ {
    api.types.iter().map(type_def)
}

/// The inner attributes and imports of `types.rs`.
pub fn header(api: &Api, uses: &super::Uses) -> TokenStream {
    let module_doc = format!(
        " Every type the `{}` operations send and receive, generated from the spec's schemas.",
        api.module
    );
    // Replies by status are only ever encoded.
    let decoded = api
        .types
        .iter()
        .any(|def| !matches!(def.kind, TypeKind::ByStatus { .. }));
    let imports = match (api.types.is_empty(), decoded) {
        (true, _) => None,
        (false, true) => Some(quote!(
            use switchboard_runtime::serde::{self, Deserialize, Serialize};
        )),
        (false, false) => Some(quote!(
            use switchboard_runtime::serde::{self, Serialize};
        )),
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
    quote! {
        #![doc = #module_doc]
        #![allow(clippy::doc_markdown)]
        #unions

        #imports
        #serde_json
    }
}

fn type_def(def: &TypeDef) -> TokenStream {
    match &def.kind {
        TypeKind::Struct {
            fields,
            default,
            unknown_fields,
            input_of,
            read_only,
            extra,
        } => {
            let definition = struct_def(
                def,
                fields,
                *default,
                unknown_fields.as_deref(),
                read_only,
                extra.as_ref(),
            );
            let kept = unknown_fields
                .as_deref()
                .or(extra.as_ref().map(|extra| extra.rust_name.as_str()));
            let conversion = input_of
                .as_deref()
                .map(|model| input_conversion(def, model, fields, kept));
            quote!(#definition #conversion)
        }
        TypeKind::Enum { variants } => enum_def(def, variants),
        TypeKind::IntEnum { variants } => int_enum_def(def, variants),
        TypeKind::Union { variants, tag } => union_def(def, variants, tag.as_deref()),
        TypeKind::ByStatus { variants } => status_enum_def(def, variants),
    }
}

fn struct_def(
    def: &TypeDef,
    fields: &[Field],
    default: bool,
    unknown_fields: Option<&str>,
    read_only: &[String],
    extra: Option<&Extra>,
) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(def.doc.as_deref());
    let default = default.then(|| quote!(Default,));
    let fields = fields.iter().map(field);
    // A request view decoded from a full model must not keep the read-only
    // fields it leaves out as "unknown": they would be sent back.
    let filter = unknown_fields.filter(|_| !read_only.is_empty()).map(|_| {
        format_ident!(
            "{}_without_read_only",
            crate::naming::snake(&def.name).trim_start_matches("r#")
        )
    });
    let unknown = unknown_fields.map(|unknown| {
        let unknown = ident(unknown);
        let attribute = match &filter {
            Some(filter) => {
                let path = filter.to_string();
                quote!(#[serde(flatten, deserialize_with = #path)])
            }
            None => quote!(#[serde(flatten)]),
        };
        quote! {
            /// Fields the spec does not document, kept as the provider sent them
            /// and sent back unchanged when this value is encoded again.
            #attribute
            pub #unknown: serde_json::Map<String, serde_json::Value>,
        }
    });
    let extra = extra.map(|extra| {
        let name = ident(&extra.rust_name);
        let ty = match &extra.ty {
            TypeRef::Json => quote!(serde_json::Map<String, serde_json::Value>),
            other => {
                let value = rust_type(other, None);
                quote!(std::collections::BTreeMap<String, #value>)
            }
        };
        quote! {
            /// The other fields (the spec's `additionalProperties`), by name.
            #[serde(flatten)]
            pub #name: #ty,
        }
    });
    let filter_fn = filter.map(|filter| {
        quote! {
            fn #filter<'de, D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<serde_json::Map<String, serde_json::Value>, D::Error> {
                let mut unknown = serde_json::Map::deserialize(deserializer)?;
                unknown.retain(|name, _| ![#(#read_only),*].contains(&name.as_str()));
                Ok(unknown)
            }
        }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default Serialize, Deserialize)]
        #[serde(crate = "serde")]
        pub struct #name {
            #(#fields)*
            #unknown
            #extra
        }

        #filter_fn
    }
}

/// `impl From<Model> for ModelInput`: keeps what may be sent back.
fn input_conversion(
    def: &TypeDef,
    model: &str,
    fields: &[Field],
    unknown_fields: Option<&str>,
) -> TokenStream {
    let name = ident(&def.name);
    let model_name = ident(model);
    let moves = fields.iter().map(|field| {
        let field = ident(&field.rust_name);
        quote!(#field: model.#field,)
    });
    let unknown = unknown_fields.map(|unknown| {
        let unknown = ident(unknown);
        quote!(#unknown: model.#unknown,)
    });
    let text = format!(
        " Keeps every writable field of a [`{model}`] (and the fields the spec does not know) and drops the read-only ones: read, modify, send back."
    );
    quote! {
        impl From<#model_name> for #name {
            #[doc = #text]
            fn from(model: #model_name) -> Self {
                #name {
                    #(#moves)*
                    #unknown
                }
            }
        }
    }
}

/// The Rust type of a field: `T`, `Option<T>` or `Option<Option<T>>`.
pub fn field_type(field: &Field) -> TokenStream {
    let inner = rust_type(&field.ty, None);
    match (field.required, field.nullable) {
        (true, false) => inner,
        (true, true) | (false, false) => quote!(Option<#inner>),
        (false, true) => quote!(Option<Option<#inner>>),
    }
}

fn field(field: &Field) -> TokenStream {
    let name = ident(&field.rust_name);
    let ty = field_type(field);
    let mut text = field.doc.clone().unwrap_or_default();
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(&format!("Wire name: `{}`.", field.wire_name));
    if !field.aliases.is_empty() {
        let aliases: Vec<String> = field.aliases.iter().map(|a| format!("`{a}`")).collect();
        text.push_str(&format!(
            " Also accepted when decoding: {}.",
            aliases.join(", ")
        ));
    }
    if !field.required && field.nullable {
        text.push_str(" `None`: absent; `Some(None)`: JSON `null`.");
    }
    let docs = doc_attrs(Some(&text));
    let wire = &field.wire_name;
    // serde already uses the field's name (without `r#`) when it is the wire name.
    let rename =
        (field.rust_name.trim_start_matches("r#") != wire).then(|| quote!(rename = #wire,));
    let aliases = field.aliases.iter().map(|alias| quote!(alias = #alias,));
    let optional = match (field.required, field.nullable) {
        // Any JSON value: an explicit `null` is a value, kept apart from absent.
        (false, false) if field.ty == TypeRef::Json => quote! {
            default, skip_serializing_if = "Option::is_none",
            deserialize_with = "switchboard_runtime::__private::deserialize_present",
        },
        (false, false) => quote!(default, skip_serializing_if = "Option::is_none",),
        (false, true) => quote! {
            default, skip_serializing_if = "Option::is_none",
            deserialize_with = "switchboard_runtime::__private::deserialize_nullable",
        },
        (true, _) => quote!(),
    };
    let attribute = if rename.is_none() && field.aliases.is_empty() && field.required {
        quote!()
    } else {
        quote!(#[serde(#rename #(#aliases)* #optional)])
    };
    quote! {
        #docs
        #attribute
        pub #name: #ty,
    }
}

fn enum_def(def: &TypeDef, variants: &[Variant]) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(def.doc.as_deref());
    let single = variants.len() == 1;
    let derive_default = single.then(|| quote!(Default,));
    let decls = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let text = format!("`{}`", variant.wire);
        let default = single.then(|| quote!(#[default]));
        quote! {
            #[doc = #text]
            #default
            #variant_name,
        }
    });
    let to_wire = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let wire = &variant.wire;
        quote!(#name::#variant_name => #wire,)
    });
    let from_wire = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let wire = &variant.wire;
        quote!(#wire => Some(#name::#variant_name),)
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash, #derive_default)]
        pub enum #name {
            #(#decls)*
            /// A value the spec does not list, kept exactly as the provider sent it.
            Unknown(String),
        }

        impl #name {
            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_wire)*
                    #name::Unknown(value) => value,
                }
            }

            /// The documented variant for a wire value, without allocating.
            fn known(value: &str) -> Option<Self> {
                match value {
                    #(#from_wire)*
                    _ => None,
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                #name::known(&value).unwrap_or(#name::Unknown(value))
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                #name::known(value).unwrap_or_else(|| #name::Unknown(value.to_owned()))
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                switchboard_runtime::__private::deserialize_enum(deserializer, #name::known, #name::Unknown)
            }
        }
    }
}

fn status_enum_def(def: &TypeDef, variants: &[StatusVariant]) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(def.doc.as_deref());
    let decls = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let status = match variant.status {
            Status::Code(code) => format!("HTTP {code}"),
            Status::Range(class) => format!("Any other HTTP {class}xx status"),
            Status::Default => "Any other status (the spec's `default` response)".to_owned(),
        };
        let text = match &variant.doc {
            Some(doc) => format!("{status}: {doc}"),
            None => status,
        };
        let docs = doc_attrs(Some(&text));
        match &variant.ty {
            Some(ty) => {
                let ty = rust_type(ty, None);
                quote!(#docs #variant_name(#ty),)
            }
            None => quote!(#docs #variant_name,),
        }
    });
    let encode = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        match variant.ty {
            Some(_) => quote!(#name::#variant_name(body) => body.serialize(serializer),),
            None => quote!(#name::#variant_name => serializer.serialize_unit(),),
        }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#decls)*
        }

        /// Encodes the body of whichever status it is, as the provider sent it.
        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#encode)*
                }
            }
        }
    }
}

fn int_enum_def(def: &TypeDef, variants: &[IntVariant]) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(def.doc.as_deref());
    let decls = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let text = format!("`{}`", variant.value);
        quote! {
            #[doc = #text]
            #variant_name,
        }
    });
    let value = |variant: &IntVariant| proc_macro2::Literal::i64_unsuffixed(variant.value);
    let to_wire = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let value = value(variant);
        quote!(#name::#variant_name => #value,)
    });
    let from_wire = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let value = value(variant);
        quote!(#value => #name::#variant_name,)
    });
    quote! {
        #docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum #name {
            #(#decls)*
            /// A value the spec does not list, kept exactly as the provider sent it.
            Unknown(i64),
        }

        impl #name {
            /// The value as it appears on the wire.
            pub fn value(&self) -> i64 {
                match self {
                    #(#to_wire)*
                    #name::Unknown(value) => *value,
                }
            }
        }

        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#from_wire)*
                    _ => #name::Unknown(value),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                i64::deserialize(deserializer).map(#name::from)
            }
        }
    }
}

/// `oneOf` / `anyOf`: an enum with a variant per alternative. Tagged by a
/// discriminator (decoded by the tag, unknown tags kept), or untagged (the
/// first alternative that decodes).
fn union_def(def: &TypeDef, variants: &[UnionVariant], tag: Option<&str>) -> TokenStream {
    let name = ident(&def.name);
    let docs = doc_attrs(def.doc.as_deref());
    let decls = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let ty = rust_type(&variant.ty, None);
        let text = if variant.tags.is_empty() {
            format!("A `{}`.", super::type_text(&variant.ty))
        } else {
            let tags: Vec<String> = variant.tags.iter().map(|t| format!("`{t}`")).collect();
            format!("`{}`: {}.", tag.unwrap_or_default(), tags.join(", "))
        };
        quote! {
            #[doc = #text]
            #variant_name(#ty),
        }
    });
    let Some(tag) = tag else {
        return quote! {
            #docs
            #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
            #[serde(crate = "serde", untagged)]
            pub enum #name {
                #(#decls)*
            }
        };
    };
    let encode = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let first = variant.tags.first().cloned().unwrap_or_default();
        quote! {
            #name::#variant_name(value) => switchboard_runtime::__private::encode_tagged(value, #tag, #first, serializer),
        }
    });
    let decode = variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let tags = &variant.tags;
        quote! {
            Some(#(#tags)|*) => switchboard_runtime::__private::decode_variant(value).map(#name::#variant_name),
        }
    });
    let unknown_doc = format!(" A `{tag}` the spec does not list, kept as the provider sent it.");
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#decls)*
            #[doc = #unknown_doc]
            Unknown(serde_json::Value),
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#encode)*
                    #name::Unknown(value) => value.serialize(serializer),
                }
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let (tag, value) = switchboard_runtime::__private::decode_tagged(deserializer, #tag)?;
                match tag.as_deref() {
                    #(#decode)*
                    _ => Ok(#name::Unknown(value)),
                }
            }
        }
    }
}
