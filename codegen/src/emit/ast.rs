//! Function bodies and items built as `syn`'s tree directly, for the ones
//! the output has most of (`build()` with the parameters' checks, `new()`,
//! the setters, the types' structs and their decoders' declarations): `syn`
//! parses a body's expressions at several times the cost of the items
//! around them, and a tree built here is the one it would have parsed from
//! the same code, so `prettyplease` prints it the same. Such a body or item
//! stands in a piece's tokens as one short placeholder ([`hold`],
//! [`hold_item`]) while the piece is built, and takes its place once the
//! piece is parsed ([`Bodies::splice`]), or, in the body of one of the
//! runtime's item macros, once it is printed ([`Bodies::take_item`]). The
//! text is the same either way.

use std::cell::RefCell;

use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::punctuated::Punctuated;
use syn::{Block, Expr, Pat, Stmt};

/// The macro a held body stands in for.
const PLACEHOLDER: &str = "__switchboard_body";

/// The macro a held item stands in for.
const ITEM_PLACEHOLDER: &str = "__switchboard_item";

thread_local! {
    /// The bodies of the piece being built on this thread, if any is.
    static OPEN: RefCell<Option<Bodies>> = const { RefCell::new(None) };
}

/// The function bodies and items held while one piece's tokens were built.
#[derive(Default)]
pub(crate) struct Bodies {
    blocks: Vec<Option<Block>>,
    items: Vec<Option<syn::Item>>,
}

/// `make`'s result, with the bodies held meanwhile on this thread.
pub(crate) fn collect<R>(make: impl FnOnce() -> R) -> (R, Bodies) {
    super::docblocks::holding(&OPEN, make)
}

/// The tokens of a function body `{ … }` of `stmts`: a placeholder when a
/// piece is being built on this thread (the statements held until the
/// piece is parsed), else the statements' own tokens.
pub(super) fn hold(stmts: Vec<Stmt>) -> TokenStream {
    let body = block(stmts);
    OPEN.with(|open| match open.borrow_mut().as_mut() {
        Some(bodies) => {
            bodies.blocks.push(Some(body));
            let index = Literal::usize_unsuffixed(bodies.blocks.len() - 1);
            let placeholder = Ident::new(PLACEHOLDER, Span::call_site());
            quote!({ #placeholder!(#index) })
        }
        None => body.into_token_stream(),
    })
}

/// The tokens of `item`: a placeholder item when a piece is being built on
/// this thread (the item held until the piece is parsed, or printed when
/// the placeholder is the body of one of the runtime's item macros), else
/// the item's own tokens.
pub(super) fn hold_item(item: syn::Item) -> TokenStream {
    OPEN.with(|open| match open.borrow_mut().as_mut() {
        Some(bodies) => {
            bodies.items.push(Some(item));
            let index = Literal::usize_unsuffixed(bodies.items.len() - 1);
            let placeholder = Ident::new(ITEM_PLACEHOLDER, Span::call_site());
            quote!(#placeholder!(#index);)
        }
        None => item.into_token_stream(),
    })
}

impl Bodies {
    /// Puts each held body in `file` where its placeholder is: the body of
    /// a function of an `impl` block at the top of the file; and each held
    /// item whose placeholder is an item at the top of the file. A body's
    /// placeholder left anywhere else, or a body left over, is an error (a
    /// generator bug); the items left are those of item macros' bodies,
    /// taken as they are printed ([`Bodies::take_item`], then
    /// [`Bodies::finish`]).
    pub(crate) fn splice(&mut self, file: &mut syn::File) -> Result<(), syn::Error> {
        if self.blocks.is_empty() && self.items.is_empty() {
            return Ok(());
        }
        for item in &mut file.items {
            if let syn::Item::Macro(invocation) = item
                && invocation.mac.path.is_ident(ITEM_PLACEHOLDER)
            {
                let index = placeholder_number(invocation.mac.tokens.clone());
                let held = index.and_then(|index| self.items.get_mut(index)?.take());
                *item = held.ok_or_else(|| bug("an item placeholder is unknown"))?;
            }
            let syn::Item::Impl(block) = item else {
                continue;
            };
            for inner in &mut block.items {
                let syn::ImplItem::Fn(function) = inner else {
                    continue;
                };
                if let Some(index) = placeholder_index(&function.block) {
                    let held = self.blocks.get_mut(index).and_then(Option::take);
                    function.block = held.ok_or_else(|| bug("a body placeholder is unknown"))?;
                }
            }
        }
        match self.blocks.iter().all(Option::is_none) {
            true => Ok(()),
            false => Err(bug(
                "a held body has no placeholder at the top of its piece",
            )),
        }
    }

    /// The held item `body` (an item macro's) stands for, when it is an
    /// item's placeholder: taken, or an error (a generator bug) when it holds
    /// none. `None` for any other body, which is then parsed.
    pub(crate) fn take_item(
        &mut self,
        body: &TokenStream,
    ) -> Option<Result<syn::Item, syn::Error>> {
        let mut trees = body.clone().into_iter();
        let (
            Some(TokenTree::Ident(name)),
            Some(TokenTree::Punct(bang)),
            Some(TokenTree::Group(number)),
            Some(TokenTree::Punct(semi)),
            None,
        ) = (
            trees.next(),
            trees.next(),
            trees.next(),
            trees.next(),
            trees.next(),
        )
        else {
            return None;
        };
        if name != ITEM_PLACEHOLDER || bang.as_char() != '!' || semi.as_char() != ';' {
            return None;
        }
        let held =
            placeholder_number(number.stream()).and_then(|index| self.items.get_mut(index)?.take());
        Some(held.ok_or_else(|| bug("an item placeholder is unknown")))
    }

    /// An error (a generator bug) when a held item was not put back.
    pub(crate) fn finish(&self) -> Result<(), syn::Error> {
        match self.items.iter().all(Option::is_none) {
            true => Ok(()),
            false => Err(bug("a held item has no placeholder in its piece")),
        }
    }
}

/// The number a placeholder's tokens (`N`) spell.
fn placeholder_number(tokens: TokenStream) -> Option<usize> {
    syn::parse2::<syn::LitInt>(tokens).ok()?.base10_parse().ok()
}

/// The index a placeholder body `{ __switchboard_body!(N) }` holds.
fn placeholder_index(body: &Block) -> Option<usize> {
    let invocation = match body.stmts.as_slice() {
        [Stmt::Macro(invocation)] => &invocation.mac,
        [Stmt::Expr(Expr::Macro(invocation), None)] => &invocation.mac,
        _ => return None,
    };
    if !invocation.path.is_ident(PLACEHOLDER) {
        return None;
    }
    placeholder_number(invocation.tokens.clone())
}

fn bug(message: &str) -> syn::Error {
    syn::Error::new(
        Span::call_site(),
        format!("{message}: this is a generator bug, please report it with the spec"),
    )
}

pub(super) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// A path expression, `a::b::c` (segments by `::`, none of them a raw
/// identifier).
pub(super) fn path(spelled: &str) -> Expr {
    let segments: Punctuated<syn::PathSegment, syn::Token![::]> = spelled
        .split("::")
        .map(|segment| syn::PathSegment::from(ident(segment)))
        .collect();
    Expr::Path(syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path: syn::Path {
            leading_colon: None,
            segments,
        },
    })
}

/// A literal as `quote` writes the value (`"text"`, `34`, `'|'`).
pub(super) fn lit(literal: Literal) -> Expr {
    Expr::Lit(syn::ExprLit {
        attrs: Vec::new(),
        lit: syn::Lit::new(literal),
    })
}

/// `"text"` (as [`lit`] of [`Literal::string`], without reading the
/// literal back).
pub(super) fn string(text: &str) -> Expr {
    Expr::Lit(syn::ExprLit {
        attrs: Vec::new(),
        lit: syn::Lit::Str(syn::LitStr::new(text, Span::call_site())),
    })
}

pub(super) fn boolean(value: bool) -> Expr {
    Expr::Lit(syn::ExprLit {
        attrs: Vec::new(),
        lit: syn::Lit::Bool(syn::LitBool::new(value, Span::call_site())),
    })
}

/// `func(args…)`.
pub(super) fn call(func: Expr, args: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::Call(syn::ExprCall {
        attrs: Vec::new(),
        func: Box::new(func),
        paren_token: Default::default(),
        args: args.into_iter().collect(),
    })
}

/// `receiver.name(args…)`.
pub(super) fn method(receiver: Expr, name: &str, args: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::MethodCall(syn::ExprMethodCall {
        attrs: Vec::new(),
        receiver: Box::new(receiver),
        dot_token: Default::default(),
        method: ident(name),
        turbofish: None,
        paren_token: Default::default(),
        args: args.into_iter().collect(),
    })
}

/// `base.member`.
pub(super) fn field(base: Expr, member: &Ident) -> Expr {
    Expr::Field(syn::ExprField {
        attrs: Vec::new(),
        base: Box::new(base),
        dot_token: Default::default(),
        member: syn::Member::Named(member.clone()),
    })
}

/// `self.member`.
pub(super) fn of_self(member: &Ident) -> Expr {
    field(path("self"), member)
}

/// `&value`.
pub(super) fn borrow(value: Expr) -> Expr {
    Expr::Reference(syn::ExprReference {
        attrs: Vec::new(),
        and_token: Default::default(),
        mutability: None,
        expr: Box::new(value),
    })
}

/// `*value`.
pub(super) fn deref(value: Expr) -> Expr {
    Expr::Unary(syn::ExprUnary {
        attrs: Vec::new(),
        op: syn::UnOp::Deref(Default::default()),
        expr: Box::new(value),
    })
}

/// `value?`.
pub(super) fn tried(value: Expr) -> Expr {
    Expr::Try(syn::ExprTry {
        attrs: Vec::new(),
        expr: Box::new(value),
        question_token: Default::default(),
    })
}

/// `left = right`.
pub(super) fn assign(left: Expr, right: Expr) -> Expr {
    Expr::Assign(syn::ExprAssign {
        attrs: Vec::new(),
        left: Box::new(left),
        eq_token: Default::default(),
        right: Box::new(right),
    })
}

/// `[elems…]`.
pub(super) fn array(elems: impl IntoIterator<Item = Expr>) -> Expr {
    Expr::Array(syn::ExprArray {
        attrs: Vec::new(),
        bracket_token: Default::default(),
        elems: elems.into_iter().collect(),
    })
}

/// `Some(value)` or `None`.
pub(super) fn option(value: Option<Expr>) -> Expr {
    match value {
        Some(value) => call(path("Some"), [value]),
        None => path("None"),
    }
}

/// `value;`.
pub(super) fn semi(value: Expr) -> Stmt {
    Stmt::Expr(value, Some(Default::default()))
}

/// `value` with no semicolon: a block-like statement, or the value of a
/// block.
pub(super) fn bare(value: Expr) -> Stmt {
    Stmt::Expr(value, None)
}

pub(super) fn block(stmts: Vec<Stmt>) -> Block {
    Block {
        brace_token: Default::default(),
        stmts,
    }
}

/// `Type { member: value, shorthand, … }`: each field's value, or none
/// for a variable of the field's name.
pub(super) fn structure(ty: syn::Path, fields: Vec<(Ident, Option<Expr>)>) -> Expr {
    let fields = fields.into_iter().map(|(member, value)| {
        let (colon_token, expr) = match value {
            Some(value) => (Some(Default::default()), value),
            None => (None, variable(&member)),
        };
        syn::FieldValue {
            attrs: Vec::new(),
            member: syn::Member::Named(member),
            colon_token,
            expr,
        }
    });
    Expr::Struct(syn::ExprStruct {
        attrs: Vec::new(),
        qself: None,
        path: ty,
        brace_token: Default::default(),
        fields: fields.collect(),
        dot2_token: None,
        rest: None,
    })
}

/// The variable `name` (a raw identifier too, which [`path`] does not
/// spell).
pub(super) fn variable(name: &Ident) -> Expr {
    Expr::Path(syn::ExprPath {
        attrs: Vec::new(),
        qself: None,
        path: syn::Path::from(name.clone()),
    })
}

/// `()`.
pub(super) fn unit() -> Expr {
    Expr::Tuple(syn::ExprTuple {
        attrs: Vec::new(),
        paren_token: Default::default(),
        elems: Punctuated::new(),
    })
}

/// `stmt` under the outer attributes `gate` (a `#[cfg(…)]`), as a block of
/// its own: `stmt` itself when `gate` is empty.
pub(super) fn gated(gate: TokenStream, stmt: Stmt) -> Stmt {
    if gate.is_empty() {
        return stmt;
    }
    // A gate that is not attributes is a generator bug, which the crate
    // then says where it is.
    let (attrs, stmts) = match syn::parse::Parser::parse2(syn::Attribute::parse_outer, gate) {
        Ok(attrs) => (attrs, vec![stmt]),
        Err(error) => {
            let refusal = syn::Item::Verbatim(error.to_compile_error());
            (Vec::new(), vec![Stmt::Item(refusal)])
        }
    };
    bare(Expr::Block(syn::ExprBlock {
        attrs,
        label: None,
        block: block(stmts),
    }))
}

/// `{ stmts… }` as an expression.
pub(super) fn scope(stmts: Vec<Stmt>) -> Expr {
    Expr::Block(syn::ExprBlock {
        attrs: Vec::new(),
        label: None,
        block: block(stmts),
    })
}

/// `if let pattern = value { stmts… }`.
pub(super) fn if_let(pattern: Pat, value: Expr, stmts: Vec<Stmt>) -> Expr {
    Expr::If(syn::ExprIf {
        attrs: Vec::new(),
        if_token: Default::default(),
        cond: Box::new(Expr::Let(syn::ExprLet {
            attrs: Vec::new(),
            let_token: Default::default(),
            pat: Box::new(pattern),
            eq_token: Default::default(),
            expr: Box::new(value),
        })),
        then_branch: block(stmts),
        else_branch: None,
    })
}

/// `for pattern in value { stmts… }`.
pub(super) fn for_each(pattern: Pat, value: Expr, stmts: Vec<Stmt>) -> Expr {
    Expr::ForLoop(syn::ExprForLoop {
        attrs: Vec::new(),
        label: None,
        for_token: Default::default(),
        pat: Box::new(pattern),
        in_token: Default::default(),
        expr: Box::new(value),
        body: block(stmts),
    })
}

/// `match value { arms… }`, each arm a pattern and its value; an arm's
/// comma as `rustfmt` writes it (none after a block).
pub(super) fn matching(value: Expr, arms: Vec<(Pat, Expr)>) -> Expr {
    let arms = arms
        .into_iter()
        .map(|(pat, body)| syn::Arm {
            attrs: Vec::new(),
            pat,
            fat_arrow_token: Default::default(),
            comma: (!matches!(body, Expr::Block(_))).then(Default::default),
            body: Box::new(body),
        })
        .collect();
    Expr::Match(syn::ExprMatch {
        attrs: Vec::new(),
        match_token: Default::default(),
        expr: Box::new(value),
        brace_token: Default::default(),
        arms,
    })
}

/// `let pattern = value;`.
pub(super) fn local(pattern: Pat, value: Expr) -> Stmt {
    Stmt::Local(syn::Local {
        attrs: Vec::new(),
        let_token: Default::default(),
        modifiers: Default::default(),
        pat: pattern,
        init: Some(syn::LocalInit {
            eq_token: Default::default(),
            expr: Box::new(value),
            diverge: None,
        }),
        semi_token: Default::default(),
    })
}

/// The pattern that binds `name` (`mut name` when `mutable`).
pub(super) fn binding(name: &str, mutable: bool) -> Pat {
    Pat::Ident(syn::PatIdent {
        attrs: Vec::new(),
        by_ref: None,
        mutability: mutable.then(Default::default),
        ident: ident(name),
        subpat: None,
    })
}

/// `Some(pattern)`.
pub(super) fn some(pattern: Pat) -> Pat {
    Pat::TupleStruct(syn::PatTupleStruct {
        attrs: Vec::new(),
        qself: None,
        path: syn::Path::from(ident("Some")),
        paren_token: Default::default(),
        elems: std::iter::once(pattern).collect(),
    })
}

/// `(patterns…)`.
pub(super) fn tuple(patterns: impl IntoIterator<Item = Pat>) -> Pat {
    Pat::Tuple(syn::PatTuple {
        attrs: Vec::new(),
        paren_token: Default::default(),
        elems: patterns.into_iter().collect(),
    })
}

pub(super) mod items;

#[cfg(test)]
mod tests;
