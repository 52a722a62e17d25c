//! The statements that check a value against its schema's constraints before
//! anything is sent: a parameter's in `build()`, a body struct's fields in
//! its `validate()`. Both go through the runtime's `check` functions; a
//! parameter is named by its wire name, a field by its path in the body.

use proc_macro2::{Ident, Literal};
use syn::{Expr, Stmt};

use crate::ir::{Check, Field, TypeRef};
use crate::surface::{FieldSurface, Surface};

use super::ast::{
    bare, binding, borrow, call, deref, for_each, if_let, lit, local, method, of_self, option,
    path, scope, semi, some, string, tried, tuple,
};
use super::ident;

/// What is checked: a parameter or a body field.
#[derive(Debug, Clone, Copy)]
pub(super) enum Subject {
    Parameter,
    Field,
}

impl Subject {
    /// The runtime's function of this name that checks the subject.
    fn function(self, name: &str) -> Expr {
        match self {
            Subject::Parameter => path(&format!("runtime::check::{name}")),
            Subject::Field => path(&format!("check::field::{name}")),
        }
    }
}

fn bound<T>(value: Option<T>, literal: fn(T) -> Literal) -> Expr {
    option(value.map(|n| lit(literal(n))))
}

/// `function(at…, rest…)?;`, the statement of one check.
fn checked(function: Expr, at: Vec<Expr>, rest: impl IntoIterator<Item = Expr>) -> Stmt {
    semi(tried(call(function, at.into_iter().chain(rest))))
}

/// The checks of one scalar, the variable `value` (a `&String`, `&i32`,
/// `&i64`), or, for fields, of the list item at the variable `index` (none
/// for a field's own value).
fn scalar(
    subject: Subject,
    wire: &str,
    checks: &[Check],
    ty: &TypeRef,
    value: &str,
    index: Option<&str>,
) -> Vec<Stmt> {
    let at = || match subject {
        Subject::Parameter => vec![string(wire)],
        Subject::Field => vec![string(wire), option(index.map(path))],
    };
    checks
        .iter()
        .filter_map(|check| match check {
            Check::Pattern(pattern) => Some(checked(
                subject.function("pattern"),
                at(),
                [path(value), string(pattern)],
            )),
            Check::Length { min, max } => Some(checked(
                subject.function("length"),
                at(),
                [
                    path(value),
                    bound(*min, Literal::u64_unsuffixed),
                    bound(*max, Literal::u64_unsuffixed),
                ],
            )),
            Check::Range { min, max } => {
                let number = match ty {
                    TypeRef::I64 => deref(path(value)),
                    _ => call(path("i64::from"), [deref(path(value))]),
                };
                Some(checked(
                    subject.function("range"),
                    at(),
                    [
                        number,
                        bound(*min, Literal::i64_unsuffixed),
                        bound(*max, Literal::i64_unsuffixed),
                    ],
                ))
            }
            Check::Items { .. } => None,
        })
        .collect()
}

/// The number-of-items check of a list, if it has one.
fn count(subject: Subject, wire: &str, checks: &[Check], list: &str) -> Option<Stmt> {
    checks.iter().find_map(|check| match check {
        Check::Items { min, max } => Some(checked(
            subject.function("items"),
            vec![string(wire)],
            [
                method(path(list), "len", []),
                bound(*min, Literal::u64_unsuffixed),
                bound(*max, Literal::u64_unsuffixed),
            ],
        )),
        _ => None,
    })
}

/// The statement that runs `body` on the value held in `self.<field>`,
/// bound to `name`: always (`{ let name = &self.field; … }`) or when it is
/// set (`if let Some(name) = &self.field { … }`, `Some(Some(name))` when
/// `nullable` too).
fn on_value(field: &Ident, name: &str, required: bool, nullable: bool, body: Vec<Stmt>) -> Stmt {
    let held = borrow(of_self(field));
    bare(match (required, nullable) {
        (true, false) => {
            let mut stmts = vec![local(binding(name, false), held)];
            stmts.extend(body);
            scope(stmts)
        }
        (true, true) | (false, false) => if_let(some(binding(name, false)), held, body),
        (false, true) => if_let(some(some(binding(name, false))), held, body),
    })
}

/// The checks of a parameter held in `self.<field>` (an `Option` unless
/// `required`), per item for a list.
pub(super) fn parameter(
    wire: &str,
    field: &Ident,
    ty: &TypeRef,
    required: bool,
    checks: &[Check],
) -> Option<Stmt> {
    if checks.is_empty() {
        return None;
    }
    let (item_ty, list) = match ty {
        TypeRef::Vec(item) => (item.as_ref(), true),
        other => (other, false),
    };
    let each = scalar(Subject::Parameter, wire, checks, item_ty, "item", None);
    // A scalar's checks read it as `item`, a list's as `value`.
    if !list {
        return Some(on_value(field, "item", required, false, each));
    }
    let mut body: Vec<Stmt> = count(Subject::Parameter, wire, checks, "value")
        .into_iter()
        .collect();
    if !each.is_empty() {
        body.push(bare(for_each(binding("item", false), path("value"), each)));
    }
    Some(on_value(field, "value", required, false, body))
}

/// The statements of a struct's `validate()` for one field: its own checks
/// (per item for a list) and those of the structs it holds.
pub(super) fn field(surface: &Surface<'_>, field: &Field, named: &FieldSurface) -> Option<Stmt> {
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
    let subject = Subject::Field;
    // `check::field::within…(wire, at, item.validate())?;`
    let within = |name: &str, at: Option<Expr>, item: &str| {
        let at: Vec<Expr> = [string(wire)].into_iter().chain(at).collect();
        checked(
            subject.function(name),
            at,
            [method(path(item), "validate", [])],
        )
    };
    let body: Vec<Stmt> = if map {
        // A map's values: only the structs they are are checked.
        let pair = tuple([binding("key", false), binding("item", false)]);
        let each = within("within_item", Some(path("key")), "item");
        vec![bare(for_each(pair, path("value"), vec![each]))]
    } else if list {
        let mut body: Vec<Stmt> = count(subject, wire, &field.checks, "value")
            .into_iter()
            .collect();
        let mut each = scalar(subject, wire, &field.checks, inner, "item", Some("index"));
        if nested {
            each.push(within("within_item", Some(path("index")), "item"));
        }
        if !each.is_empty() {
            let pair = tuple([binding("index", false), binding("item", false)]);
            let items = method(method(path("value"), "iter", []), "enumerate", []);
            body.push(bare(for_each(pair, items, each)));
        }
        body
    } else {
        let mut own = scalar(subject, wire, &field.checks, inner, "value", None);
        if nested {
            own.push(within("within", None, "value"));
        }
        own
    };
    if body.is_empty() {
        // Nothing of it is checked after all (a check of the items of a
        // type that holds no string or number).
        return None;
    }
    let name = ident(&named.name);
    Some(on_value(
        &name,
        "value",
        field.required,
        field.nullable,
        body,
    ))
}
