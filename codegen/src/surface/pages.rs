//! A list operation's `.stream()` and `.pages()`: the page and item types,
//! and the fields on the way from a page's body to its items and to what
//! says where the next page is.

use super::{PaginationSurface, Step, Surface};
use crate::ir::{Advance, Operation, Pagination, TypeKind, TypeRef};

/// The pagination of `op`, in Rust.
pub(super) fn surface(
    surface: &Surface<'_>,
    op: &Operation,
    pagination: &Pagination,
) -> Option<PaginationSurface> {
    let page = op.success_type.as_ref()?;
    // Every parameter pagination moves is one of the operation's.
    let moved = match &pagination.advance {
        Advance::Offset { param, .. } | Advance::Page { param } | Advance::Cursor { param, .. } => {
            Some(op.params.get(*param)?.wire_name.as_str())
        }
        Advance::Single | Advance::NextUrl { .. } => None,
    };
    let path = |wire: &[String]| steps(surface, page, wire);
    let next = match &pagination.advance {
        Advance::Cursor { next, .. } | Advance::NextUrl { next } => Some(path(next)?),
        _ => None,
    };
    let first_page = match &pagination.advance {
        Advance::Page { param } => op.params.get(*param).and_then(|param| {
            param
                .notes
                .default
                .as_ref()
                .and_then(serde_json::Value::as_i64)
        }),
        _ => None,
    }
    .unwrap_or(1);
    let item = surface.spell(&pagination.item);
    let how = match &pagination.advance {
        Advance::Single => "The list comes in one reply: the stream ends after it.".to_owned(),
        Advance::Offset { .. } => format!(
            "Each next page is asked for with `{}` moved on by the items received",
            moved.unwrap_or_default()
        ),
        Advance::Page { .. } => format!(
            "Each next page is asked for with `{}` one higher",
            moved.unwrap_or_default()
        ),
        Advance::Cursor { next, .. } => format!(
            "Each next page is asked for with `{}` set to the reply's `{}`",
            moved.unwrap_or_default(),
            next.join(".")
        ),
        Advance::NextUrl { next } => format!(
            "Each next page is fetched from the reply's `{}` (on the base URL's origin only: the request carries the credentials)",
            next.join(".")
        ),
    };
    let end = match &pagination.advance {
        Advance::Single => String::new(),
        Advance::Cursor { .. } | Advance::NextUrl { .. } => format!(
            ", until a reply has none{}.",
            pagination
                .has_more
                .as_ref()
                .map_or(String::new(), |field| format!(
                    " or its `{}` is `false`",
                    field.join(".")
                ))
        ),
        _ => {
            let mut ends = vec!["a page is empty".to_owned()];
            if let Some(field) = &pagination.has_more {
                ends.push(format!("its `{}` is `false`", field.join(".")));
            }
            if let Some(field) = &pagination.total {
                ends.push(format!("the `{}` items are all received", field.join(".")));
            }
            format!(", until {}.", ends.join(", or "))
        }
    };
    let inferred = if pagination.inferred {
        " (Inferred from the operation's parameters and reply; the spec does not describe its pagination.)"
    } else {
        ""
    };
    Some(PaginationSurface {
        page: surface.spell(page),
        items: path(&pagination.items)?,
        has_more: match &pagination.has_more {
            Some(field) => Some(path(field)?),
            None => None,
        },
        total: match &pagination.total {
            Some(field) => Some(path(field)?),
            None => None,
        },
        next,
        first_page,
        stream_doc: format!(
            "Every `{}` of the list, page after page, as a stream: each page is fetched when the items before it have been taken (with this call's timeout and retries), and the stream ends after the last page or after an error, which it yields. {how}{end}{inferred} Take the first `n` with `StreamExt::take`.",
            item.text()
        ),
        pages_doc: format!("The list's pages, whole, as a stream of replies. {how}{end}{inferred}"),
        item,
    })
}

/// The fields from `page` down the wire names `path`.
fn steps(surface: &Surface<'_>, page: &TypeRef, path: &[String]) -> Option<Vec<Step>> {
    let mut ty = page.clone();
    let mut steps = Vec::new();
    for wire in path {
        let id = match &ty {
            TypeRef::Named(id) => *id,
            TypeRef::Boxed(inner) => inner.named()?,
            _ => return None,
        };
        let TypeKind::Struct { fields, .. } = &surface.api.def(id).kind else {
            return None;
        };
        let index = fields.iter().position(|field| field.wire_name == *wire)?;
        let field = &fields[index];
        steps.push(Step {
            field: surface.fields(id)[index].name.clone(),
            optional: !field.required || field.nullable,
            nullable: !field.required && field.nullable,
        });
        ty = field.ty.clone();
    }
    Some(steps)
}
