//! Examples in the docs: each client method shows a call built from the
//! spec's examples (a parameter's, the request body's), compiled as a
//! doctest; a type a reply decodes into shows the spec's example reply.
//!
//! A value is written the way a user would write it: `Type::new(required…)`
//! with struct-update syntax for the optional fields, enum variants by name,
//! `vec![…]`. What the spec gives no example for is a placeholder of the
//! right type (a parameter's wire name as its text, `1`, the first value of
//! an enum). A body that cannot be written field by field (a union, a field
//! the spec does not list) is decoded from its JSON; an operation with a
//! value that has no example at all (raw bytes) has none.

mod json;
mod values;

use std::fmt::Write as _;

use serde_json::Value;

use super::{SetterAction, Surface};
use crate::ir::{NameRoot, Status, TypeRef};
use crate::naming::snake;

/// How examples reach the generated module from a doctest: outside its
/// crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocPaths {
    /// The provider module (`switchboard::carrierx`).
    pub module: String,
    /// The runtime, for `serde_json` (`switchboard::runtime`).
    pub runtime: String,
}

/// Placeholders for a struct inside a struct inside… stop here.
const MAX_DEPTH: usize = 6;

/// How a value is taken where it goes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Pos {
    /// Exactly its type (a field, an item).
    Exact,
    /// `impl Into<T>` (an argument or setter that converts).
    Into,
}

pub(super) struct Writer<'s, 'a> {
    surface: &'s Surface<'a>,
    /// The module's last segment, which the doctest imports (`carrierx`).
    module: String,
    runtime: String,
}

/// The `# Example` section of operation `index`'s client method, or `None`
/// when a value it needs cannot be written.
pub(super) fn operation(surface: &Surface<'_>, index: usize, paths: &DocPaths) -> Option<String> {
    let op = surface.api.operations.get(index)?;
    let op_surface = surface.operations.get(index)?;
    let module = paths.module.rsplit("::").next()?.to_owned();
    let writer = Writer {
        surface,
        module: module.clone(),
        runtime: paths.runtime.clone(),
    };
    let mut lines: Vec<String> = Vec::new();
    let body = op.body.as_ref();
    let body_example = body
        .and_then(|body| body.example.as_ref())
        .map(|e| &e.value);
    // The body, unless it is a patch (setters) or a setter's optional body
    // without an example.
    let mut body_var = None;
    // Hidden lines that check the body written out is the spec's example.
    let mut checks: Vec<String> = Vec::new();
    let rt = &paths.runtime;
    if let Some(body) = body.filter(|body| !body.patch) {
        let ty = writer.spelled(&body.ty);
        let value = match body_example {
            Some(example) => {
                let (value, field_by_field) = writer.body(&body.ty, &body.encoding, example)?;
                if field_by_field && matches!(body.ty, TypeRef::Named(_)) {
                    if let Some(json) = json_line(example) {
                        checks.push(format!(
                            "let decoded: {ty} = {rt}::serde_json::from_value({rt}::serde_json::json!({json}))?;"
                        ));
                        checks.push(format!(
                            "assert_eq!({rt}::serde_json::to_value(&body)?, {rt}::serde_json::to_value(&decoded)?);"
                        ));
                    }
                }
                value
            }
            None if body.required => writer.placeholder(&body.ty, "body", Pos::Exact, 0)?,
            None => String::new(),
        };
        if !value.is_empty() {
            // A value that does not start with its type's name says its type.
            lines.push(if value.starts_with(&ty) {
                format!("let body = {value};")
            } else {
                format!("let body: {ty} = {value};")
            });
            body_var = Some(ty);
        }
    }
    let mut call = format!("client.{}(", op_surface.method.as_code());
    let arguments: Vec<String> = op_surface
        .arguments
        .iter()
        .map(|argument| writer.argument(op, argument, body_var.is_some(), body_example))
        .collect::<Option<_>>()?;
    call.push_str(&arguments.join(", "));
    call.push(')');
    for setter in &op_surface.setters {
        let pos = if setter.converts {
            Pos::Into
        } else {
            Pos::Exact
        };
        match setter.action {
            SetterAction::Param(param) => {
                let ir = op.params.get(param)?;
                if let Some(example) = &ir.example {
                    let value = writer.value(&ir.ty, &example.value, pos, 1)?;
                    let _ = write!(call, "\n    .{}({value})", setter.name.as_code());
                }
            }
            SetterAction::Body => {
                if body_var.is_some() {
                    let _ = write!(call, "\n    .{}(body)", setter.name.as_code());
                }
            }
            SetterAction::PatchField(field) => {
                let (Some(fields), Some(Value::Object(example))) = (
                    body.and_then(|b| surface.api.struct_fields(&b.ty)),
                    body_example,
                ) else {
                    continue;
                };
                let ir = fields.get(field)?;
                match example.get(&ir.wire_name) {
                    None | Some(Value::Null) => {}
                    Some(value) => {
                        let value = writer.value(&ir.ty, value, pos, 1)?;
                        let _ = write!(call, "\n    .{}({value})", setter.name.as_code());
                    }
                }
            }
            SetterAction::ClearField(field) => {
                let (Some(fields), Some(Value::Object(example))) = (
                    body.and_then(|b| surface.api.struct_fields(&b.ty)),
                    body_example,
                ) else {
                    continue;
                };
                if example.get(&fields.get(field)?.wire_name) == Some(&Value::Null) {
                    let _ = write!(call, "\n    .{}()", setter.name.as_code());
                }
            }
            SetterAction::PatchBody => {}
        }
    }
    // Setters one per line; without any, the call is one line.
    if call.contains('\n') {
        call.push_str("\n    .await?");
    } else {
        call.push_str(".await?");
    }
    match &op.success_type {
        None => lines.push(format!("{call};")),
        Some(ty) => {
            // A schema's name says what the reply is; a name made from the
            // operation (`CreateChargeOkResponse`) does not say more than `reply`.
            let named = |id: &crate::ir::TypeId| {
                matches!(
                    surface.api.def(*id).origin.root,
                    NameRoot::Component(_) | NameRoot::Title(_)
                )
            };
            let name = match ty {
                TypeRef::Named(id) if named(id) => snake(surface.type_name(*id).bare()),
                TypeRef::Vec(_) => "list".to_owned(),
                _ => "reply".to_owned(),
            };
            let name = if name.starts_with("r#") || name == "client" || name == "body" {
                "reply".to_owned()
            } else {
                name
            };
            let ty = writer.spelled(ty);
            let end = if call.contains('\n') {
                "\n    .into_body()"
            } else {
                ".into_body()"
            };
            lines.push(format!("let {name}: {ty} = {call}{end};"));
        }
    }
    let error = "Result<(), Box<dyn std::error::Error>>";
    let mut text = String::new();
    let _ = writeln!(text, "# use {};", paths.module);
    match &body_var {
        // A body: built (and checked against the spec's example) when the
        // doctest runs; the call is in a function it does not run.
        Some(ty) => {
            let _ = writeln!(text, "# fn main() -> {error} {{");
            push_lines(&mut text, &lines[..1], "");
            push_lines(&mut text, &checks, "# ");
            let _ = writeln!(
                text,
                "# async fn send(client: &{module}::Client, body: {ty}) -> {error} {{"
            );
            push_lines(&mut text, &lines[1..], "");
            text.push_str("# Ok(())\n# }\n# let _ = send;\n# Ok(())\n# }\n");
            Some(format!("# Example\n\n```rust\n{text}```"))
        }
        None => {
            let _ = writeln!(
                text,
                "# async fn example(client: &{module}::Client) -> {error} {{"
            );
            push_lines(&mut text, &lines, "");
            text.push_str("# Ok(())\n# }\n");
            Some(format!("# Example\n\n```rust,no_run\n{text}```"))
        }
    }
}

/// Each line of each item, after `prefix` (`# ` hides a line).
fn push_lines(text: &mut String, items: &[String], prefix: &str) {
    for item in items {
        for line in item.lines() {
            text.push_str(prefix);
            text.push_str(line);
            text.push('\n');
        }
    }
}

/// The `# Example` section of a type's docs: the first example reply that
/// decodes into it (or, for a list, into its items).
pub(super) fn reply_examples(surface: &Surface<'_>) -> Vec<Option<String>> {
    let api = surface.api;
    let mut out: Vec<Option<String>> = vec![None; api.types.len()];
    let mut note = |id: usize, what: String, value: &Value| {
        let Some(slot) = out.get_mut(id) else { return };
        if slot.is_some() {
            return;
        }
        let Ok(json) = serde_json::to_string_pretty(value) else {
            return;
        };
        *slot = Some(format!("# Example\n\n{what}:\n\n```json\n{json}\n```"));
    };
    for op in &api.operations {
        for case in op.success.iter().chain(&op.errors) {
            for media in &case.media {
                let Some(example) = &media.example else {
                    continue;
                };
                let reply = match case.status {
                    Status::Default => format!("a reply to `{} {}`", op.method, op.shown_path()),
                    status => format!("a `{status}` reply to `{} {}`", op.method, op.shown_path()),
                };
                match (&media.ty, &example.value) {
                    (TypeRef::Named(id), value) => {
                        note(id.index(), format!("The body of {reply}"), value)
                    }
                    (TypeRef::Vec(item), Value::Array(items)) => {
                        if let (TypeRef::Named(id), Some(first)) = (item.as_ref(), items.first()) {
                            note(id.index(), format!("An item of {reply}"), first);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

use json::json_line;
