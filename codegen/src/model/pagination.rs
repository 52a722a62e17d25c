//! List operations: how the next page is asked for and where a page's
//! items are, from the operation's `x-pagination`, or inferred when the
//! shape leaves no doubt (an `offset` parameter and one list in the reply,
//! say).
//!
//! ```yaml
//! x-pagination:
//!   items: data.routes      # the page's items, by wire names; left out when the reply is the list
//!   offset: offset          # how the next page is asked for: offset, page, cursor or next-url;
//!   limit: limit            #   none of them for a list that comes in one page
//!   has-more: has_more      # optional: false on the last page
//!   total: data.total       # optional: how many items there are in all (offset and page)
//! # page: page                           # the page number's parameter (the first is its default, else 1)
//! # cursor: cursor, next-cursor: meta.next  # the cursor's parameter, and the reply's next cursor
//! # next-url: links.next                 # the reply's URL of the next page
//! ```

use serde_json::Value;

use super::Model;
use crate::error::{Error, Pointer};
use crate::ir::{
    Advance, Method, Pagination, Param, ParamLocation, ResponseCase, TypeKind, TypeRef,
};

/// What a reply field must be for its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    List,
    Bool,
    Integer,
    Text,
}

impl Want {
    fn words(self) -> &'static str {
        match self {
            Want::List => "a list",
            Want::Bool => "a boolean",
            Want::Integer => "an integer",
            Want::Text => "a string",
        }
    }

    fn accepts(self, ty: &TypeRef) -> bool {
        matches!(
            (self, ty),
            (Want::List, TypeRef::Vec(_))
                | (Want::Bool, TypeRef::Bool)
                | (Want::Integer, TypeRef::I32 | TypeRef::I64)
                | (Want::Text, TypeRef::String)
        )
    }
}

impl Model<'_> {
    /// The operation's pagination: its `x-pagination`, else inferred.
    pub(super) fn pagination(
        &self,
        operation: &openapiv3::Operation,
        at: &Pointer,
        method: Method,
        params: &[Param],
        success: &[ResponseCase],
        success_type: Option<&TypeRef>,
    ) -> Result<Option<Pagination>, Error> {
        let at = at.join("x-pagination");
        match operation.extensions.get("x-pagination") {
            Some(Value::Object(spec)) => {
                let page = self.page_type(success, success_type).ok_or_else(|| {
                    self.spec.error(&at, "a list operation needs one successful reply with a body, the same for every status")
                        .hint("give the operation one 2XX reply whose body is the page")
                })?;
                self.described(spec, &at, params, &page).map(Some)
            }
            Some(_) => Err(self
                .spec
                .error(&at, "`x-pagination` must be a mapping")
                .hint("see specs/README.md for its keys")),
            None if method == Method::Get => Ok(self
                .page_type(success, success_type)
                .and_then(|page| self.inferred(params, &page))),
            None => Ok(None),
        }
    }

    /// The type of a page: the one success type, when every success status
    /// has the same body.
    fn page_type(
        &self,
        success: &[ResponseCase],
        success_type: Option<&TypeRef>,
    ) -> Option<TypeRef> {
        let ty = success_type?;
        let by_status = ty
            .named()
            .and_then(|id| self.def(id))
            .is_some_and(|def| matches!(def.kind, TypeKind::ByStatus { .. }));
        (!by_status && success.iter().all(|case| case.body_type() == Some(ty))).then(|| ty.clone())
    }

    fn described(
        &self,
        spec: &serde_json::Map<String, Value>,
        at: &Pointer,
        params: &[Param],
        page: &TypeRef,
    ) -> Result<Pagination, Error> {
        const KEYS: &[&str] = &[
            "items",
            "offset",
            "limit",
            "page",
            "cursor",
            "next-cursor",
            "next-url",
            "has-more",
            "total",
        ];
        let text = |key: &str| -> Result<Option<&str>, Error> {
            match spec.get(key) {
                None => Ok(None),
                Some(Value::String(text)) if !text.is_empty() => Ok(Some(text.as_str())),
                Some(_) => Err(self
                    .spec
                    .error(&at.join(key), format!("`{key}` must be a name"))
                    .hint("name a parameter, or a reply field by its wire names joined with `.`")),
            }
        };
        if let Some(unknown) = spec.keys().find(|key| !KEYS.contains(&key.as_str())) {
            return Err(self
                .spec
                .error(
                    &at.join(unknown),
                    format!("`{unknown}` is not a key of `x-pagination`"),
                )
                .hint(format!("use {}", KEYS.join(", "))));
        }
        let field = |key: &str, want: Want| -> Result<Option<Vec<String>>, Error> {
            let Some(path) = text(key)? else {
                return Ok(None);
            };
            let path: Vec<String> = path.split('.').map(str::to_owned).collect();
            self.reply_field(page, &path, want, &at.join(key))
                .map(|_| Some(path))
        };
        let param = |key: &str, want: Want| -> Result<Option<usize>, Error> {
            let Some(name) = text(key)? else {
                return Ok(None);
            };
            let index = params.iter().position(|p| {
                p.location == ParamLocation::Query && p.wire_name == name && want.accepts(&p.ty)
            });
            index.map(Some).ok_or_else(|| {
                self.spec
                    .error(
                        &at.join(key),
                        format!(
                            "`{name}` is not a query parameter of the operation that is {}",
                            want.words()
                        ),
                    )
                    .hint("name the operation's query parameter that moves from page to page")
            })
        };
        let (items, item) = match text("items")? {
            Some(path) => {
                let path: Vec<String> = path.split('.').map(str::to_owned).collect();
                let list = self.reply_field(page, &path, Want::List, &at.join("items"))?;
                (path, list)
            }
            None => match page {
                TypeRef::Vec(item) => (Vec::new(), (**item).clone()),
                _ => {
                    return Err(self
                        .spec
                        .error(
                            &at.join("items"),
                            "the reply is not a list: say where its items are",
                        )
                        .hint("`items: data` names the reply field that holds the page's items"));
                }
            },
        };
        let styles = ["offset", "page", "cursor", "next-url"]
            .into_iter()
            .filter(|key| spec.contains_key(*key))
            .collect::<Vec<_>>();
        let advance = match styles.as_slice() {
            [] => Advance::Single,
            ["offset"] => Advance::Offset {
                param: param("offset", Want::Integer)?.unwrap_or_default(),
                limit: param("limit", Want::Integer)?,
            },
            ["page"] => Advance::Page {
                param: param("page", Want::Integer)?.unwrap_or_default(),
            },
            ["cursor"] => Advance::Cursor {
                param: param("cursor", Want::Text)?.unwrap_or_default(),
                next: field("next-cursor", Want::Text)?.ok_or_else(|| {
                    self.spec
                        .error(at, "a cursor needs the reply field with the next cursor")
                        .hint("add `next-cursor: <field>`")
                })?,
            },
            ["next-url"] => Advance::NextUrl {
                next: field("next-url", Want::Text)?.unwrap_or_default(),
            },
            _ => {
                return Err(self
                    .spec
                    .error(
                        at,
                        format!(
                            "`x-pagination` names several ways to the next page ({})",
                            styles.join(", ")
                        ),
                    )
                    .hint("keep one of offset, page, cursor and next-url"));
            }
        };
        Ok(Pagination {
            items,
            item,
            advance,
            has_more: field("has-more", Want::Bool)?,
            total: field("total", Want::Integer)?,
            inferred: false,
        })
    }

    /// The type of the reply field at `path` (wire names) of `page`, which
    /// must be what `want` says.
    fn reply_field(
        &self,
        page: &TypeRef,
        path: &[String],
        want: Want,
        at: &Pointer,
    ) -> Result<TypeRef, Error> {
        let mut ty = page.clone();
        for (depth, name) in path.iter().enumerate() {
            let fields =
                struct_id(&ty)
                    .and_then(|id| self.def(id))
                    .and_then(|def| match &def.kind {
                        TypeKind::Struct { fields, .. } => Some(fields),
                        _ => None,
                    });
            let found = fields.and_then(|fields| fields.iter().find(|f| f.wire_name == *name));
            let Some(found) = found else {
                return Err(self
                    .spec
                    .error(
                        at,
                        format!("the reply has no field `{}`", path[..=depth].join(".")),
                    )
                    .hint("name reply fields by their wire names, joined with `.`"));
            };
            ty = found.ty.clone();
        }
        if want.accepts(&ty) {
            return Ok(match ty {
                TypeRef::Vec(item) => *item,
                other => other,
            });
        }
        Err(self
            .spec
            .error(
                at,
                format!(
                    "the reply field `{}` is not {}",
                    path.join("."),
                    want.words()
                ),
            )
            .hint("name the field that holds it"))
    }

    /// Pagination the shape leaves no doubt about: the reply is a list, or a
    /// struct with exactly one list; and an integer `offset` (with `limit`),
    /// or an integer `page` with a page-size parameter, or a cursor parameter
    /// beside a reply field with the next cursor, or else a reply field
    /// named for the next page's link ([`NEXT_LINKS`]).
    fn inferred(&self, params: &[Param], page: &TypeRef) -> Option<Pagination> {
        let query = |names: &[&str], want: Want| -> Option<usize> {
            let found: Vec<usize> = params
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.location == ParamLocation::Query
                        && names.contains(&p.wire_name.as_str())
                        && want.accepts(&p.ty)
                })
                .map(|(index, _)| index)
                .collect();
            (found.len() == 1).then(|| found[0])
        };
        let fields = match page {
            TypeRef::Named(id) => match &self.def(*id)?.kind {
                TypeKind::Struct { fields, .. } => fields.as_slice(),
                _ => return None,
            },
            TypeRef::Vec(_) => &[],
            _ => return None,
        };
        let top = |names: &[&str], want: Want| -> Option<Vec<String>> {
            let found: Vec<&crate::ir::Field> = fields
                .iter()
                .filter(|f| names.contains(&f.wire_name.as_str()) && want.accepts(&f.ty))
                .collect();
            (found.len() == 1).then(|| vec![found[0].wire_name.clone()])
        };
        let (items, item) = match page {
            TypeRef::Vec(item) => (Vec::new(), (**item).clone()),
            _ => {
                let lists: Vec<&crate::ir::Field> = fields
                    .iter()
                    .filter(|f| matches!(f.ty, TypeRef::Vec(_)))
                    .collect();
                let [list] = lists.as_slice() else {
                    return None;
                };
                let TypeRef::Vec(item) = &list.ty else {
                    return None;
                };
                (vec![list.wire_name.clone()], (**item).clone())
            }
        };
        let advance = if let Some(param) = query(&["offset"], Want::Integer) {
            Advance::Offset {
                param,
                limit: query(&["limit"], Want::Integer),
            }
        } else if let (Some(param), Some(_)) = (
            query(&["page"], Want::Integer),
            query(
                &["per_page", "page_size", "pageSize", "limit", "size"],
                Want::Integer,
            ),
        ) {
            Advance::Page { param }
        } else if let (Some(param), Some(next)) = (
            query(&["cursor", "page_token", "pageToken"], Want::Text),
            top(
                &[
                    "next_cursor",
                    "nextCursor",
                    "next_page_token",
                    "nextPageToken",
                ],
                Want::Text,
            ),
        ) {
            Advance::Cursor { param, next }
        } else if let Some(next) = top(NEXT_LINKS, Want::Text) {
            Advance::NextUrl { next }
        } else {
            return None;
        };
        Some(Pagination {
            items,
            item,
            advance,
            has_more: top(&["has_more", "hasMore"], Want::Bool),
            total: None,
            inferred: true,
        })
    }
}

/// The reply fields that, by their name, hold the link to the next page
/// (Twilio's `next_page_uri`, OData's `@odata.nextLink`): followed as
/// `next-url` is, on the client's origin, until a page has none.
const NEXT_LINKS: &[&str] = &[
    "next_page_uri",
    "next_page_url",
    "nextPageUri",
    "nextPageUrl",
    "next_url",
    "nextUrl",
    "next_link",
    "nextLink",
    "@odata.nextLink",
];

/// The struct a field holds (directly or boxed), if it holds one.
fn struct_id(ty: &TypeRef) -> Option<crate::ir::TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Boxed(inner) => struct_id(inner),
        _ => None,
    }
}
