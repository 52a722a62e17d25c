//! `impl ProviderMessage` for the types error replies decode into, so that
//! `Display` of an `Error::Api` says the provider's own message.

use proc_macro2::TokenStream;
use quote::quote;

use super::ident;
use crate::ir::{TypeId, TypeKind};
use crate::surface::messages::{MessageField, MessageSource};
use crate::surface::{Members, Surface};

/// The impl block of type `id`, or nothing when no error reply reaches it.
pub(super) fn impl_block(surface: &Surface<'_>, id: TypeId) -> TokenStream {
    let Some(Some(source)) = surface.messages.get(id.index()) else {
        return quote!();
    };
    let named = &surface.types[id.index()];
    let name = ident(&named.name);
    let message =
        |value: TokenStream| quote!(switchboard_runtime::ProviderMessage::provider_message(#value));
    let body = match (source, &named.members) {
        (MessageSource::Fields(found), Members::Struct { fields, .. }) => {
            let mut tries = found.iter().map(|field| match *field {
                MessageField::Text(index) => {
                    let field = ident(&fields[index].name);
                    message(quote!(&self.#field))
                }
                MessageField::FirstItem(index) => {
                    let field = ident(&fields[index].name);
                    quote!(switchboard_runtime::__private::first_message(&self.#field))
                }
            });
            let first = tries.next().unwrap_or_else(|| quote!(None));
            quote!(#first #(.or_else(|| #tries))*)
        }
        (MessageSource::Variants, Members::Variants(variants)) => {
            let arms = variants.iter().map(|variant| {
                let variant_name = ident(&variant.name);
                if variant.ty.is_some() {
                    let inner = message(quote!(value));
                    quote!(#name::#variant_name(value) => #inner,)
                } else {
                    quote!(#name::#variant_name => None,)
                }
            });
            // A tagged union keeps an unknown tag's value whole.
            let tagged = matches!(
                &surface.api.def(id).kind,
                TypeKind::Union { tag: Some(_), .. }
            );
            let unknown = tagged.then(|| {
                let inner = message(quote!(value));
                quote!(#name::Unknown(value) => #inner,)
            });
            quote! {
                match self {
                    #(#arms)*
                    #unknown
                }
            }
        }
        _ => quote!(None),
    };
    quote! {
        impl switchboard_runtime::ProviderMessage for #name {
            fn provider_message(&self) -> Option<std::borrow::Cow<'_, str>> {
                #body
            }
        }
    }
}
