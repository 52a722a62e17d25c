//! The statements that check a value against its schema's constraints before
//! anything is sent: a parameter's in `build()`, a body struct's fields in
//! its `validate()`. Both go through the runtime's `check` functions; a
//! parameter is named by its wire name, a field by its path in the body.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::ir::{Check, Field, TypeRef};
use crate::surface::{FieldSurface, Surface};

use super::ident;

/// What is checked: a parameter or a body field.
#[derive(Debug, Clone, Copy)]
pub(super) enum Subject {
    Parameter,
    Field,
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

/// The checks of one scalar `value` (a `&String`, `&i32`, `&i64`), or of the
/// list item at `index` (an expression of `Option<usize>`, for fields).
fn scalar(
    subject: Subject,
    wire: &str,
    checks: &[Check],
    ty: &TypeRef,
    value: &TokenStream,
    index: &TokenStream,
) -> Vec<TokenStream> {
    let path = match subject {
        Subject::Parameter => quote!(runtime::check),
        Subject::Field => quote!(check::field),
    };
    let at = match subject {
        Subject::Parameter => quote!(#wire),
        Subject::Field => quote!(#wire, #index),
    };
    checks
        .iter()
        .filter_map(|check| match check {
            Check::Pattern(pattern) => Some(quote!(#path::pattern(#at, #value, #pattern)?;)),
            Check::Length { min, max } => {
                let (min, max) = (
                    bound(*min, Literal::u64_unsuffixed),
                    bound(*max, Literal::u64_unsuffixed),
                );
                Some(quote!(#path::length(#at, #value, #min, #max)?;))
            }
            Check::Range { min, max } => {
                let (min, max) = (
                    bound(*min, Literal::i64_unsuffixed),
                    bound(*max, Literal::i64_unsuffixed),
                );
                let number = match ty {
                    TypeRef::I64 => quote!(*#value),
                    _ => quote!(i64::from(*#value)),
                };
                Some(quote!(#path::range(#at, #number, #min, #max)?;))
            }
            Check::Items { .. } => None,
        })
        .collect()
}

/// The number-of-items check of a list, if it has one.
fn count(
    subject: Subject,
    wire: &str,
    checks: &[Check],
    list: &TokenStream,
) -> Option<TokenStream> {
    checks.iter().find_map(|check| match check {
        Check::Items { min, max } => {
            let (min, max) = (
                bound(*min, Literal::u64_unsuffixed),
                bound(*max, Literal::u64_unsuffixed),
            );
            Some(match subject {
                Subject::Parameter => {
                    quote!(runtime::check::items(#wire, #list.len(), #min, #max)?;)
                }
                Subject::Field => quote!(check::field::items(#wire, #list.len(), #min, #max)?;),
            })
        }
        _ => None,
    })
}

/// The checks of a parameter held in `self.<field>` (an `Option` unless
/// `required`), per item for a list.
pub(super) fn parameter(
    wire: &str,
    field: &TokenStream,
    ty: &TypeRef,
    required: bool,
    checks: &[Check],
) -> Option<TokenStream> {
    if checks.is_empty() {
        return None;
    }
    let (item_ty, list) = match ty {
        TypeRef::Vec(item) => (item.as_ref(), true),
        other => (other, false),
    };
    let item = quote!(item);
    let each = scalar(
        Subject::Parameter,
        wire,
        checks,
        item_ty,
        &item,
        &quote!(None),
    );
    let body = if list {
        let count = count(Subject::Parameter, wire, checks, &quote!(value));
        match each.is_empty() {
            true => quote!(#count),
            false => quote!(#count for item in value { #(#each)* }),
        }
    } else {
        quote!(#(#each)*)
    };
    // A scalar's checks read it as `item`, a list's as `value`.
    let bound = match list {
        true => quote!(value),
        false => item,
    };
    Some(if required {
        quote!({ let #bound = &self.#field; #body })
    } else {
        quote!(if let Some(#bound) = &self.#field { #body })
    })
}

/// The statements of a struct's `validate()` for one field: its own checks
/// (per item for a list) and those of the structs it holds.
pub(super) fn field(
    surface: &Surface<'_>,
    field: &Field,
    named: &FieldSurface,
) -> Option<TokenStream> {
    let validates = |ty: &TypeRef| {
        ty.named()
            .is_some_and(|id| surface.types[id.index()].validates)
    };
    let wire = field.wire_name.as_str();
    let (inner, list, map) = match &field.ty {
        TypeRef::Vec(item) => (item.as_ref(), true, false),
        TypeRef::Map(value) => (value.as_ref(), false, true),
        other => (other, false, false),
    };
    let nested = matches!(inner, TypeRef::Named(_) | TypeRef::Boxed(_)) && validates(inner);
    if field.checks.is_empty() && !nested {
        return None;
    }
    let check = quote!(check::field);
    let body = if map {
        // A map's values: only the structs they are are checked.
        quote! {
            for (key, item) in value {
                #check::within_item(#wire, key, item.validate())?;
            }
        }
    } else if list {
        let count = count(Subject::Field, wire, &field.checks, &quote!(value));
        let each = scalar(
            Subject::Field,
            wire,
            &field.checks,
            inner,
            &quote!(item),
            &quote!(Some(index)),
        );
        let nested = nested.then(|| quote!(#check::within_item(#wire, index, item.validate())?;));
        let items = (!each.is_empty() || nested.is_some()).then(|| {
            quote! {
                for (index, item) in value.iter().enumerate() {
                    #(#each)*
                    #nested
                }
            }
        });
        quote!(#count #items)
    } else {
        let own = scalar(
            Subject::Field,
            wire,
            &field.checks,
            inner,
            &quote!(value),
            &quote!(None),
        );
        let nested = nested.then(|| quote!(#check::within(#wire, value.validate())?;));
        quote!(#(#own)* #nested)
    };
    if body.is_empty() {
        // Nothing of it is checked after all (a check of the items of a
        // type that holds no string or number).
        return None;
    }
    let name = ident(&named.name);
    Some(match (field.required, field.nullable) {
        (true, false) => quote!({ let value = &self.#name; #body }),
        (true, true) | (false, false) => quote!(if let Some(value) = &self.#name { #body }),
        (false, true) => quote!(if let Some(Some(value)) = &self.#name { #body }),
    })
}
