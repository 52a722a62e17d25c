//! `#[cfg(feature = …)]` on the items of a standalone crate with per-group
//! features (see [`crate::surface::features`]): each operation's client
//! method and builder, the error decoders its operations share, and each type
//! with every impl block of it.

use proc_macro2::TokenStream;
use quote::quote;

use crate::surface::Surface;
use crate::surface::features::Gate;

/// The `#[cfg(…)]` of `gate`, nothing when it is always compiled (or the
/// crate has no features).
pub(crate) fn cfg(surface: &Surface<'_>, gate: &Gate) -> TokenStream {
    let Some(names) = surface.features.as_ref().and_then(|f| f.names(gate)) else {
        return quote!();
    };
    match names.as_slice() {
        [one] => quote!(#[cfg(feature = #one)]),
        several => quote!(#[cfg(any(#(feature = #several),*))]),
    }
}

/// The `#[cfg(…)]` of operation `index`'s method and builder.
pub(crate) fn operation(surface: &Surface<'_>, index: usize) -> TokenStream {
    match &surface.features {
        Some(features) => cfg(surface, &features.operation(index)),
        None => quote!(),
    }
}

/// The `#[cfg(…)]` of piece `index` of `builders.rs`: a builder, or an
/// error decoder (gated by the groups of the operations that use it).
pub(crate) fn builder_piece(surface: &Surface<'_>, index: usize) -> TokenStream {
    match builder_gate(surface, index) {
        Some(gate) => cfg(surface, &gate),
        None => quote!(),
    }
}

fn builder_gate(surface: &Surface<'_>, index: usize) -> Option<Gate> {
    let features = surface.features.as_ref()?;
    Some(match index.checked_sub(surface.operations.len()) {
        None => features.operation(index),
        Some(decoder) => {
            let users = surface
                .operations
                .iter()
                .enumerate()
                .filter(|(_, op)| op.decoder == decoder)
                .map(|(index, _)| index);
            features.shared(users)
        }
    })
}

/// The `#[cfg(…)]` of the type at `index` of the arena.
pub(crate) fn type_piece(surface: &Surface<'_>, index: usize) -> TokenStream {
    match type_gate(surface, index) {
        Some(gate) => cfg(surface, &gate),
        None => quote!(),
    }
}

fn type_gate(surface: &Surface<'_>, index: usize) -> Option<Gate> {
    let features = surface.features.as_ref()?;
    let id = crate::ir::TypeId(u32::try_from(index).unwrap_or(u32::MAX));
    Some(features.type_gate(id))
}

/// The group whose file piece `index` of `builders.rs` goes to: the one
/// feature it needs, when it needs exactly one (see [`group_of`]).
pub(crate) fn builder_group<'s>(surface: &'s Surface<'_>, index: usize) -> Option<&'s str> {
    group_of(surface, &builder_gate(surface, index)?)
}

/// The group whose file operation `index`'s client method goes to (see
/// [`group_of`]).
pub(crate) fn operation_group<'s>(surface: &'s Surface<'_>, index: usize) -> Option<&'s str> {
    group_of(surface, &surface.features.as_ref()?.operation(index))
}

/// The group whose file the type at `index` goes to (see [`group_of`]).
pub(crate) fn type_group<'s>(surface: &'s Surface<'_>, index: usize) -> Option<&'s str> {
    group_of(surface, &type_gate(surface, index)?)
}

/// The feature `gate` needs when it is exactly one. Items only one group
/// needs are written to a module file of that group's (`types/<group>.rs`,
/// `builders/<group>.rs`, `client/<group>.rs`), declared behind the
/// feature: rustc does not
/// read the file of a feature that is off. Feature names are issued as
/// snake-case names (`self` is `self_`), so each can name a module.
fn group_of<'s>(surface: &'s Surface<'_>, gate: &Gate) -> Option<&'s str> {
    let names = surface.features.as_ref()?.names(gate)?;
    match names.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// The name of `group`'s module: a feature named after a keyword (`match`)
/// is a raw module name (`mod r#match;`, in `match.rs`).
pub(crate) fn group_module_name(group: &str) -> proc_macro2::Ident {
    let raw = format!("r#{group}");
    match crate::naming::snake(group) == raw {
        true => super::raw_ident(&raw),
        false => super::raw_ident(group),
    }
}

/// The declaration of `group`'s module file, behind its feature.
pub(crate) fn group_module(group: &str) -> TokenStream {
    let name = group_module_name(group);
    quote! {
        #[cfg(feature = #group)]
        mod #name;
    }
}

/// The `#[cfg(…)]` of field `index` of the struct `id` (a weak link, see
/// [`crate::surface::features`]).
pub(crate) fn field(surface: &Surface<'_>, id: crate::ir::TypeId, index: usize) -> TokenStream {
    match &surface.features {
        Some(features) => cfg(surface, &features.field_gate(id, index)),
        None => quote!(),
    }
}

/// `#![allow(unused_imports)]` for a file whose imports only some features
/// use.
pub(crate) fn allow_unused_imports(surface: &Surface<'_>) -> TokenStream {
    match surface.features {
        Some(_) => quote!(#![allow(unused_imports)]),
        None => quote!(),
    }
}

/// The outer attributes `gate` put on every item of `file`.
pub(crate) fn gate_items(file: &mut syn::File, gate: &TokenStream) -> Result<(), syn::Error> {
    if gate.is_empty() {
        return Ok(());
    }
    for item in &mut file.items {
        let held = match item {
            syn::Item::Const(item) => &mut item.attrs,
            syn::Item::Enum(item) => &mut item.attrs,
            syn::Item::Fn(item) => &mut item.attrs,
            syn::Item::Impl(item) => &mut item.attrs,
            syn::Item::Mod(item) => &mut item.attrs,
            syn::Item::Static(item) => &mut item.attrs,
            syn::Item::Struct(item) => &mut item.attrs,
            syn::Item::Trait(item) => &mut item.attrs,
            syn::Item::Type(item) => &mut item.attrs,
            syn::Item::Union(item) => &mut item.attrs,
            syn::Item::Use(item) => &mut item.attrs,
            syn::Item::Macro(item) => &mut item.attrs,
            _ => continue,
        };
        // After the docs, as people write it.
        let at = held
            .iter()
            .position(|attr| !attr.path().is_ident("doc"))
            .unwrap_or(held.len());
        let attrs = syn::parse::Parser::parse2(syn::Attribute::parse_outer, gate.clone())?;
        held.splice(at..at, attrs);
    }
    Ok(())
}
