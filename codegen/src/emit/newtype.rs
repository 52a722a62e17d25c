//! A list or map that contains itself, as a named type around it
//! ([`TypeKind::Newtype`](crate::ir::TypeKind::Newtype)): `transparent`, so
//! on the wire it is the list or map itself.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Place, doc_attrs, ident, ty};
use crate::surface::{Spelled, TypeSurface};

/// `pub struct Nested(pub Vec<Nested>);`, with its derives and docs.
pub(super) fn newtype_def(named: &TypeSurface, inner: &Spelled) -> TokenStream {
    let name = ident(&named.name);
    let docs = doc_attrs(&named.doc);
    let inner = ty(inner, Place::Types);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
        #[serde(crate = "serde", transparent)]
        pub struct #name(pub #inner);
    }
}
