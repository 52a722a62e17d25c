//! A list operation's `.stream()`, `.pages()` and its `Paginate` impl: how
//! a page's items are taken out and how the next page's request follows
//! from the reply.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{Place, doc_attrs, ident, ty};
use crate::ir::{Advance, Operation};
use crate::surface::{OperationSurface, PaginationSurface, Step};

/// `let` statements that walk `steps` by reference from `page`, leaving
/// `value` bound to a reference to the last field; a missing field breaks
/// out of the block labelled `'found` with `None`.
fn borrowed(steps: &[Step]) -> TokenStream {
    let walk = steps.iter().map(|step| {
        let field = ident(&step.field);
        match (step.optional, step.nullable) {
            (false, _) => quote!(let value = &value.#field;),
            (true, false) => quote!(let Some(value) = &value.#field else { break 'found None; };),
            (true, true) => {
                quote!(let Some(Some(value)) = &value.#field else { break 'found None; };)
            }
        }
    });
    quote!(let value = page; #(#walk)*)
}

/// What [`found`] makes of the value at the end of its steps.
#[derive(Clone, Copy)]
enum Finish {
    /// A reference to it.
    Borrowed,
    /// It, copied (a flag, a number).
    Copied,
    /// Its length (a list).
    Len,
}

/// An `Option` of what `finish` makes of the `value` at the end of `steps`:
/// for one optional field at the top of the page (the usual `has_more` or
/// `next_page_uri`), a chain of `Option` methods; else a block that walks
/// the steps.
fn found(steps: &[Step], finish: Finish) -> TokenStream {
    if let [step] = steps
        && step.optional
    {
        let field = ident(&step.field);
        return match (finish, step.nullable) {
            (Finish::Copied, false) => quote!(page.#field),
            (Finish::Copied, true) => quote!(page.#field.flatten()),
            (Finish::Borrowed, false) => quote!(page.#field.as_ref()),
            (Finish::Borrowed, true) => quote!(page.#field.as_ref().and_then(Option::as_ref)),
            (Finish::Len, false) => quote!(page.#field.as_ref().map(Vec::len)),
            (Finish::Len, true) => {
                quote!(page.#field.as_ref().and_then(Option::as_ref).map(Vec::len))
            }
        };
    }
    let finish = match finish {
        Finish::Borrowed => quote!(value),
        Finish::Copied => quote!(*value),
        Finish::Len => quote!(value.len()),
    };
    let walk = borrowed(steps);
    if steps.iter().any(|step| step.optional) {
        quote!('found: { #walk Some(#finish) })
    } else {
        quote!({ #walk Some(#finish) })
    }
}

/// The page's items, moved out of it (none when a field on the way is absent).
fn items(steps: &[Step]) -> TokenStream {
    if let [step] = steps
        && step.optional
    {
        let field = ident(&step.field);
        return match step.nullable {
            false => quote!(page.#field.unwrap_or_default()),
            true => quote!(page.#field.flatten().unwrap_or_default()),
        };
    }
    let mut current = quote!(page);
    let mut lets = Vec::new();
    for step in steps {
        let field = ident(&step.field);
        let binding = match (step.optional, step.nullable) {
            (false, _) => {
                current = quote!(#current.#field);
                continue;
            }
            (true, false) => quote!(Some(value)),
            (true, true) => quote!(Some(Some(value))),
        };
        lets.push(quote!(let #binding = #current.#field else { return Vec::new(); };));
        current = quote!(value);
    }
    quote!(#(#lets)* #current)
}

/// The body of `next`: the request for the page after `page`, or `None`.
fn next(op: &Operation, names: &OperationSurface, pages: &PaginationSurface) -> TokenStream {
    let Some(pagination) = &op.pagination else {
        return quote!(None);
    };
    let has_more = pages.has_more.as_ref().map(|steps| {
        let more = found(steps, Finish::Copied);
        quote! {
            if #more == Some(false) {
                return None;
            }
        }
    });
    let param = |index: usize| (ident(&names.params[index].field), op.params[index].required);
    match &pagination.advance {
        Advance::Single => quote!(None),
        Advance::Offset { param: offset, .. } | Advance::Page { param: offset } => {
            let received = found(&pages.items, Finish::Len);
            let (field, required) = param(*offset);
            let current = match (&pagination.advance, required) {
                (Advance::Page { .. }, false) => {
                    let first = Literal::i64_unsuffixed(pages.first_page);
                    quote!(Some(self.#field.unwrap_or(#first)))
                }
                (_, true) => quote!(Some(self.#field)),
                (_, false) => quote!(self.#field),
            };
            let step = match &pagination.advance {
                Advance::Page { .. } => quote!(1),
                _ => quote!(received),
            };
            let total = match (&pagination.advance, &pages.total) {
                (Advance::Offset { .. }, Some(steps)) => {
                    let total = found(steps, Finish::Copied);
                    Some(quote! {
                        if #total.is_some_and(|total| runtime::reached(moved, total)) {
                            return None;
                        }
                    })
                }
                _ => None,
            };
            let set = if required {
                quote!(next.#field = moved;)
            } else {
                quote!(next.#field = Some(moved);)
            };
            quote! {
                let received = #received.unwrap_or(0);
                if received == 0 {
                    return None;
                }
                #has_more
                let moved = runtime::advance_offset(#current, #step)?;
                #total
                let mut next = self.clone();
                #set
                Some(next)
            }
        }
        Advance::Cursor { param: cursor, .. } => {
            let Some(steps) = &pages.next else {
                return quote!(None);
            };
            let value = found(steps, Finish::Borrowed);
            let (field, required) = param(*cursor);
            let (same, set) = if required {
                (
                    quote!(self.#field == *cursor),
                    quote!(next.#field = cursor.clone();),
                )
            } else {
                (
                    quote!(self.#field.as_deref() == Some(cursor.as_str())),
                    quote!(next.#field = Some(cursor.clone());),
                )
            };
            quote! {
                #has_more
                let cursor = #value?;
                if cursor.is_empty() || #same {
                    return None;
                }
                let mut next = self.clone();
                #set
                Some(next)
            }
        }
        Advance::NextUrl { .. } => {
            let Some(steps) = &pages.next else {
                return quote!(None);
            };
            let value = found(steps, Finish::Borrowed);
            quote! {
                #has_more
                let url = #value?;
                if url.is_empty() || self.next_url.as_deref() == Some(url.as_str()) {
                    return None;
                }
                let mut next = self.clone();
                next.next_url = Some(url.clone());
                Some(next)
            }
        }
    }
}

/// `.stream()`, `.pages()` and `impl Paginate` for the builder `name`.
pub(super) fn items_and_pages(
    op: &Operation,
    names: &OperationSurface,
    builder: &proc_macro2::Ident,
    error: &TokenStream,
) -> Option<TokenStream> {
    let pages = names.pagination.as_ref()?;
    let stream_doc = doc_attrs(&pages.stream_doc);
    let pages_doc = doc_attrs(&pages.pages_doc);
    let page = ty(&pages.page, Place::Outside);
    let item = ty(&pages.item, Place::Outside);
    let items = items(&pages.items);
    let next = next(op, names, pages);
    // A list in one reply has no page after it to work out.
    let page_argument = match op.pagination.as_ref().map(|p| &p.advance) {
        Some(Advance::Single) => quote!(_page),
        _ => quote!(page),
    };
    Some(quote! {
        impl<'a> #builder<'a> {
            #stream_doc
            pub fn stream(self) -> Items<'a, Self> {
                Items::new(self)
            }

            #pages_doc
            pub fn pages(self) -> Pages<'a, Self> {
                Pages::new(self)
            }
        }

        impl<'a> Paginate<'a> for #builder<'a> {
            type Page = #page;
            type Item = #item;
            type Error = #error;

            fn fetch(self) -> PageReply<'a, Self::Page, Self::Error> {
                Box::pin(self.send())
            }

            fn items(page: Self::Page) -> Vec<Self::Item> {
                #items
            }

            fn next(&self, #page_argument: &Self::Page) -> Option<Self> {
                #next
            }
        }
    })
}
