//! The enums of `types.rs`: string and integer enums (which keep values the
//! spec does not list), unions and by-status enums.

use proc_macro2::TokenStream;
use quote::quote;

use super::ast::items;
use super::{Place, doc_attrs, ident, ty};
use crate::ir::{IntVariant, StatusVariant, UnionVariant, Variant};
use crate::surface::{TypeSurface, VariantSurface};

/// A string enum: its name, docs and wire values, in an invocation of the
/// runtime's `__string_enum!`, which writes the plumbing every string enum
/// shares (`as_str`, `From`, `Display`, serde, `Unknown`). Each variant's
/// docs are its wire value, which the macro writes too.
pub(super) fn enum_def(
    named: &TypeSurface,
    wire: &[Variant],
    variants: &[VariantSurface],
) -> TokenStream {
    let mut attrs = items::docs(&named.doc);
    let single = variants.len() == 1;
    if single {
        attrs.push(items::listing("derive", quote!(Default)));
    }
    let values = wire
        .iter()
        .zip(variants)
        .map(|(wire, variant)| {
            let attrs = match single {
                true => vec![items::marker("default")],
                false => Vec::new(),
            };
            (attrs, ident(&variant.name), &wire.wire)
        })
        .collect();
    let declared = items::string_enum(attrs, ident(&named.name), values);
    let declared = super::ast::hold_item(declared);
    quote! {
        switchboard_runtime::__string_enum! {
            #declared
        }
    }
}

pub(super) fn status_enum_def(
    named: &TypeSurface,
    wire: &[StatusVariant],
    variants: &[VariantSurface],
) -> TokenStream {
    let name = ident(&named.name);
    let docs = doc_attrs(&named.doc);
    let decls = variants.iter().map(|variant| {
        let variant_name = ident(&variant.name);
        let docs = doc_attrs(&variant.doc);
        match &variant.ty {
            Some(spelled) => {
                let held = ty(spelled, Place::Types);
                quote!(#docs #variant_name(#held),)
            }
            None => quote!(#docs #variant_name,),
        }
    });
    let encode = wire.iter().zip(variants).map(|(wire, variant)| {
        let variant_name = ident(&variant.name);
        match wire.ty {
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

pub(super) fn int_enum_def(
    named: &TypeSurface,
    wire: &[IntVariant],
    variants: &[VariantSurface],
) -> TokenStream {
    let name = ident(&named.name);
    let docs = doc_attrs(&named.doc);
    let decls = variants.iter().map(|variant| {
        let variant_name = ident(&variant.name);
        let text = doc_attrs(&variant.doc);
        quote! {
            #text
            #variant_name,
        }
    });
    let value = |variant: &IntVariant| proc_macro2::Literal::i64_unsuffixed(variant.value);
    let to_wire = wire.iter().zip(variants).map(|(wire, variant)| {
        let variant_name = ident(&variant.name);
        let value = value(wire);
        quote!(#name::#variant_name => #value,)
    });
    let from_wire = wire.iter().zip(variants).map(|(wire, variant)| {
        let variant_name = ident(&variant.name);
        let value = value(wire);
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
pub(super) fn union_def(
    named: &TypeSurface,
    wire: &[UnionVariant],
    variants: &[VariantSurface],
    tag: Option<&str>,
) -> TokenStream {
    let name = ident(&named.name);
    let docs = doc_attrs(&named.doc);
    let decls = variants.iter().map(|variant| {
        let variant_name = ident(&variant.name);
        let held = variant.ty.as_ref().map_or_else(
            || quote!(serde_json::Value),
            |spelled| ty(spelled, Place::Types),
        );
        let text = doc_attrs(&variant.doc);
        quote! {
            #text
            #variant_name(#held),
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
    let encode = wire.iter().zip(variants).map(|(wire, variant)| {
        let variant_name = ident(&variant.name);
        let first = wire.tags.first().cloned().unwrap_or_default();
        quote! {
            #name::#variant_name(value) => switchboard_runtime::__private::encode_tagged(value, #tag, #first, serializer),
        }
    });
    let decode = wire.iter().zip(variants).map(|(wire, variant)| {
        let variant_name = ident(&variant.name);
        let tags = &wire.tags;
        quote! {
            Some(#(#tags)|*) => switchboard_runtime::__private::decode_variant(value).map(#name::#variant_name),
        }
    });
    let unknown_doc = doc_attrs(&format!(
        "A `{tag}` the spec does not list, kept as the provider sent it."
    ));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #(#decls)*
            #unknown_doc
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
