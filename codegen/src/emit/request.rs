//! `build()`: each parameter checked against its schema, then placed in
//! the path, the query or a header, and the body encoded. Its statements
//! are built as `syn`'s tree ([`super::ast`]): they are a quarter of a
//! large spec's code.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;
use syn::{Expr, Stmt};

use super::ast::{
    array, assign, bare, binding, boolean, borrow, call, for_each, ident as name, if_let, lit,
    local, matching, method, of_self, path, scope, semi, some, string, tried, tuple,
};
use super::builders::is_text;
use super::ident;
use crate::ir::{BodyEncoding, ParamLocation, QueryStyle, Segment, TypeRef};
use crate::surface::Surface;

/// The wire text of a scalar as a `&str` argument: strings are borrowed as
/// they are, anything else is formatted. `value` is a place (`self.id`) or,
/// when `borrowed`, already a reference (`item`).
fn wire_str(ty: &TypeRef, value: Expr, borrowed: bool) -> Expr {
    match (ty, borrowed) {
        (TypeRef::String, true) => value,
        (TypeRef::String, false) => borrow(value),
        _ => borrow(method(value, "to_string", [])),
    }
}

/// Statements that check each parameter against its schema's constraints,
/// per item for arrays, and the body's fields, returning the `BuildError`
/// of the first breach.
fn checks(surface: &Surface<'_>, index: usize) -> Vec<Stmt> {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let mut out: Vec<Stmt> = op
        .params
        .iter()
        .zip(&names.params)
        .filter_map(|(param, named)| {
            super::checks::parameter(
                &param.wire_name,
                &ident(&named.field),
                &param.ty,
                param.required,
                &param.checks,
            )
        })
        .collect();
    let validates = |ty: &TypeRef| {
        ty.named()
            .is_some_and(|id| surface.types[id.index()].validates)
    };
    if let Some(body) = &op.body {
        let body_field = name("body");
        let value = match body.required {
            true => of_self(&body_field),
            false => path("body"),
        };
        let check = match &body.ty {
            ty @ TypeRef::Named(_) if validates(ty) => {
                Some(semi(tried(method(value, "validate", []))))
            }
            TypeRef::Vec(item) if validates(item) => {
                let within = call(
                    path("runtime::check::field::within_item"),
                    [
                        string(""),
                        path("index"),
                        method(path("item"), "validate", []),
                    ],
                );
                let pair = tuple([binding("index", false), binding("item", false)]);
                let items = method(method(value, "iter", []), "enumerate", []);
                Some(bare(for_each(pair, items, vec![semi(tried(within))])))
            }
            _ => None,
        };
        if let Some(check) = check {
            out.push(match body.required {
                true => check,
                false => bare(if_let(
                    some(binding("body", false)),
                    borrow(of_self(&body_field)),
                    vec![check],
                )),
            });
        }
    }
    out
}

/// A call on the request builder: `.literal("/calls")`.
struct Call {
    method: &'static str,
    args: Vec<Expr>,
}

fn on(method: &'static str, args: impl IntoIterator<Item = Expr>) -> Call {
    Call {
        method,
        args: args.into_iter().collect(),
    }
}

/// `receiver` with `calls` chained onto it.
fn chained(receiver: Expr, calls: Vec<Call>) -> Expr {
    calls.into_iter().fold(receiver, |receiver, call| {
        method(receiver, call.method, call.args)
    })
}

/// A step of `build()`: a call on the request builder made whatever the
/// builder holds, which chains onto the one before it, or a statement that
/// reassigns `request` (in an `if let`, a `match`).
enum Step {
    Call(Call),
    Statement(Box<Stmt>),
}

/// `request = request.call()…;`.
fn on_request(calls: Vec<Call>) -> Stmt {
    semi(assign(path("request"), chained(path("request"), calls)))
}

/// The statements of `steps`, each run of calls one chain.
fn statements(steps: Vec<Step>) -> Vec<Stmt> {
    let mut out = Vec::new();
    let mut chain = Vec::new();
    for step in steps {
        match step {
            Step::Call(call) => chain.push(call),
            Step::Statement(statement) => {
                if !chain.is_empty() {
                    out.push(on_request(std::mem::take(&mut chain)));
                }
                out.push(*statement);
            }
        }
    }
    if !chain.is_empty() {
        out.push(on_request(chain));
    }
    out
}

/// The step that adds a parameter's whole value with the call `add` makes
/// (given an expression that borrows it): always when it is required, else
/// when it is set.
fn whole_value(required: bool, field: &Ident, add: impl Fn(Expr) -> Call) -> Step {
    if required {
        Step::Call(add(borrow(of_self(field))))
    } else {
        let set = on_request(vec![add(path("value"))]);
        Step::Statement(Box::new(bare(if_let(
            some(binding("value", false)),
            borrow(of_self(field)),
            vec![set],
        ))))
    }
}

pub(super) fn build_fn(surface: &Surface<'_>, index: usize) -> TokenStream {
    let op = &surface.api.operations[index];
    let names = &surface.operations[index];
    let checks = checks(surface, index);
    let mut steps = Vec::new();
    for segment in op.path.segments() {
        match segment {
            Segment::Literal(literal) => steps.push(Step::Call(on("literal", [string(literal)]))),
            Segment::Param(placeholder) => {
                let Some(position) = op
                    .params
                    .iter()
                    .position(|p| p.location == ParamLocation::Path && p.wire_name == *placeholder)
                else {
                    continue;
                };
                let field = ident(&names.params[position].field);
                let param_ty = &op.params[position].ty;
                steps.push(Step::Call(if op.params[position].json {
                    on("path_json", [borrow(of_self(&field))])
                } else if is_text(surface, param_ty) {
                    on("path_param", [wire_str(param_ty, of_self(&field), false)])
                } else {
                    on("path_value", [borrow(of_self(&field))])
                }));
            }
        }
    }
    // The path and query (a next page's link replaces them), then the rest.
    let mut others = Vec::new();
    for (param, named) in op.params.iter().zip(&names.params) {
        if param.location == ParamLocation::Path {
            continue;
        }
        let field = ident(&named.field);
        // `http` takes header names in lower case (they are case-insensitive).
        let wire = match param.location {
            ParamLocation::Header => param.wire_name.to_ascii_lowercase(),
            _ => param.wire_name.clone(),
        };
        let add = |value: Expr, borrowed: bool, ty: &TypeRef| {
            let text = wire_str(ty, value, borrowed);
            match param.location {
                ParamLocation::Query => on("query", [string(&wire), text]),
                _ => on("header", [string(&wire), text]),
            }
        };
        if param.json {
            // `content: application/json`: the whole value as JSON text.
            let add_value = |value: Expr| match param.location {
                ParamLocation::Query => on("query_json", [string(&wire), value]),
                _ => on("header_json", [string(&wire), value]),
            };
            steps.push(whole_value(param.required, &field, add_value));
            continue;
        }
        if let QueryStyle::Joined(delimiter) = param.style {
            // One pair, the values joined (`explode: false`, the delimited
            // styles).
            let add_value = |value: Expr| {
                let delimiter = lit(Literal::character(delimiter));
                on("query_joined", [string(&wire), value, delimiter])
            };
            steps.push(whole_value(param.required, &field, add_value));
            continue;
        }
        let (item_ty, is_list) = match &param.ty {
            TypeRef::Vec(item) => (item.as_ref(), true),
            other => (other, false),
        };
        if !is_text(surface, item_ty) {
            // Structured: through its JSON form, the whole value at once.
            let deep = param.style == QueryStyle::Deep;
            let add_value = |value: Expr| match param.location {
                ParamLocation::Query => on("query_value", [string(&wire), value, boolean(deep)]),
                _ => on("header_value", [string(&wire), value]),
            };
            let target = match param.location {
                ParamLocation::Query => &mut steps,
                _ => &mut others,
            };
            target.push(whole_value(param.required, &field, add_value));
            continue;
        }
        // An optional or list value chains too: the runtime adds it when
        // set, once per item.
        let (once, each) = match param.location {
            ParamLocation::Query => ("query_opt", "query_each"),
            _ => ("header_opt", "header_each"),
        };
        let held = of_self(&field);
        let step = Step::Call(match (param.required, is_list) {
            (true, false) => add(held, false, item_ty),
            (true, true) => on(each, [string(&wire), borrow(held)]),
            (false, false) => on(once, [string(&wire), method(held, "as_ref", [])]),
            (false, true) => {
                let items = method(method(held, "iter", []), "flatten", []);
                on(each, [string(&wire), items])
            }
        });
        match param.location {
            ParamLocation::Query => steps.push(step),
            _ => others.push(step),
        }
    }
    if let Some(accept) = &op.accept {
        others.push(Step::Call(on("accept", [string(accept)])));
    }
    if let Some(body) = &op.body {
        let media = &body.media_type;
        let names = |names: &[String]| borrow(array(names.iter().map(|name| string(name))));
        let set = |value: Expr| match &body.encoding {
            BodyEncoding::Json => on("json_body", [string(media), value]),
            BodyEncoding::Form { deep } => on("form_body", [string(media), value, names(deep)]),
            BodyEncoding::Multipart { files } => on("multipart_body", [value, names(files)]),
            BodyEncoding::Text => on("text_body", [string(media), value]),
            BodyEncoding::Binary => on("bytes_body", [string(media), value]),
        };
        let body_field = name("body");
        others.push(if body.required {
            Step::Call(set(borrow(of_self(&body_field))))
        } else {
            Step::Statement(Box::new(bare(if_let(
                some(binding("body", false)),
                borrow(of_self(&body_field)),
                vec![on_request(vec![set(path("body"))])],
            ))))
        });
    }
    let core = || of_self(&name("core"));
    let credentials = if op.authenticated {
        method(core(), "credentials", [])
    } else {
        borrow(path("Credentials::None"))
    };
    // An operation on its own server does not follow `with_base_url`.
    let base = match &op.server {
        Some(server) => method(core(), "server_url", [string(server)]),
        None => method(core(), "base_url", []),
    };
    let mut all = if super::builders::next_url(op) {
        let at_url = method(path("request"), "at_url", [path("url")]);
        let arms = vec![
            (some(binding("url", false)), assign(path("request"), at_url)),
            (binding("None", false), scope(statements(steps))),
        ];
        let next = borrow(of_self(&name("next_url")));
        vec![Step::Statement(Box::new(bare(matching(next, arms))))]
    } else {
        steps
    };
    all.extend(others);
    // The calls before the first statement chain onto the new builder, and
    // those after the last onto `build`.
    let mut all = all.into_iter().peekable();
    let mut head = Vec::new();
    while let Some(Step::Call(call)) = all.next_if(|step| matches!(step, Step::Call(_))) {
        head.push(call);
    }
    let mut middle: Vec<Step> = all.collect();
    let at = middle
        .iter()
        .rposition(|step| matches!(step, Step::Statement(_)))
        .map_or(0, |last| last + 1);
    let tail: Vec<Call> = middle
        .drain(at..)
        .filter_map(|step| match step {
            Step::Call(call) => Some(call),
            Step::Statement(_) => None,
        })
        .collect();
    let verb = path(&format!("Method::{}", op.method.as_str()));
    let new = chained(call(path("RequestBuilder::new"), [verb, base]), head);
    let mut stmts = checks;
    match middle.is_empty() {
        true => stmts.push(bare(method(chained(new, tail), "build", [credentials]))),
        false => {
            stmts.push(local(binding("request", true), new));
            stmts.extend(statements(middle));
            let request = chained(path("request"), tail);
            stmts.push(bare(method(request, "build", [credentials])));
        }
    }
    let body = super::ast::hold(stmts);
    let doc = super::doc_attrs(
        "The exact HTTP request `send()` would make (method, URL, headers, body bytes),\n\
         without sending it.",
    );
    quote! {
        #doc
        pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> #body
    }
}
