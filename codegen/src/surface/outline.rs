//! A readable summary of what the generator made of a spec: every type with
//! its fields or variants, every operation with its arguments, setters and
//! replies, each Rust name beside the wire fact it stands for. The
//! generator's snapshot tests show it; it is also how to see at a glance what
//! a spec will become.

use std::fmt::Write as _;

use super::auth::ConstructorKind;
use super::messages::{MessageField, MessageSource};
use super::{Members, SetterAction, Surface, Target};
use crate::ir::{Check, NamePart, NameRoot, ServerOrigin, TypeKind, TypeOrigin, View};

impl Surface<'_> {
    /// Where an error type's provider message comes from, when it has one.
    fn message_outline(
        &self,
        out: &mut String,
        members: &Members,
        source: Option<&Option<MessageSource>>,
    ) {
        let (Some(Some(MessageSource::Fields(found))), Members::Struct { fields, .. }) =
            (source, members)
        else {
            return;
        };
        let names: Vec<String> = found
            .iter()
            .map(|field| match *field {
                MessageField::Text(index) => format!("{}", fields[index].name),
                MessageField::FirstItem(index) => format!("{}[0]", fields[index].name),
            })
            .collect();
        let _ = writeln!(out, "    provider message: {}", names.join(", then "));
    }

    /// The outline of this API.
    pub fn outline(&self) -> String {
        let api = self.api;
        let mut out = String::new();
        let _ = writeln!(out, "api `{}`: {}", self.module, self.title);
        let server = match &api.server.origin {
            ServerOrigin::Spec => String::new(),
            ServerOrigin::Missing => " (no server in the spec)".to_owned(),
            ServerOrigin::Relative(url) => format!(" (the spec's relative `{url}`)"),
        };
        let arguments = if self.client.server_arguments.is_empty() {
            String::new()
        } else {
            let names: Vec<&str> = self
                .client
                .server_arguments
                .iter()
                .map(|n| n.bare())
                .collect();
            format!(" (Client::new(auth, {}))", names.join(", "))
        };
        let _ = writeln!(out, "base URL: {}{server}{arguments}", api.server.url);
        let mut auth = Vec::new();
        if api.auth.bearer {
            auth.push(if api.auth.oauth2 {
                "Auth::bearer (also OAuth2 / OpenID Connect)".to_owned()
            } else {
                "Auth::bearer".to_owned()
            });
        }
        for (key, (name, _)) in api.auth.api_keys.iter().zip(&self.client.api_keys) {
            auth.push(format!(
                "Auth::{name} ({} `{}`, scheme `{}`)",
                key.location.as_str(),
                key.name,
                key.scheme
            ));
        }
        if api.auth.bearer {
            auth.push("Auth::token_source".to_owned());
        }
        for constructor in &self.client.constructors {
            let arguments: Vec<&str> = constructor.arguments.iter().map(|a| a.bare()).collect();
            let what = match constructor.kind {
                ConstructorKind::Combined(index) => {
                    let schemes: Vec<String> = api.auth.combined[index]
                        .parts
                        .iter()
                        .map(|part| part.schemes().join(" = "))
                        .collect();
                    format!("all of {}", schemes.join(" + "))
                }
                ConstructorKind::Flow(index) | ConstructorKind::ScopedFlow(index) => {
                    let flow = &api.auth.flows[index];
                    let scopes = match constructor.kind {
                        ConstructorKind::ScopedFlow(_) => ", the scopes given",
                        _ => "",
                    };
                    format!(
                        "OAuth2 {} `{}`, token {}{}{scopes}",
                        flow.grant.grant_type(),
                        flow.scheme,
                        flow.token_url.server.as_deref().unwrap_or(""),
                        flow.token_url.path
                    )
                }
                ConstructorKind::TokenEndpoint(index) => {
                    let endpoint = &api.auth.token_endpoints[index];
                    let method = |op: usize| {
                        self.operations
                            .get(op)
                            .map_or("?", |names| names.method.bare())
                            .to_owned()
                    };
                    let mut facts = vec![format!("tokens from {}", method(endpoint.operation))];
                    if let Some(scope) = &endpoint.scope {
                        facts.push(format!("scope `{scope}`"));
                    }
                    if let Some(call) = &endpoint.refresh {
                        facts.push(format!("refresh {}", method(call.operation)));
                    }
                    if let Some(call) = &endpoint.revoke {
                        facts.push(format!("revoke {}", method(call.operation)));
                    }
                    facts.join(", ")
                }
            };
            auth.push(format!(
                "Auth::{}({}) ({what})",
                constructor.name,
                arguments.join(", ")
            ));
        }
        if self.client.scoped_doc.is_some() {
            auth.push("Auth::scoped_per_endpoint".to_owned());
        }
        if api.auth.basic {
            auth.push("Auth::basic".to_owned());
        }
        if api.auth.anonymous {
            auth.push("Auth::none".to_owned());
        }
        let _ = writeln!(out, "auth: {}", auth.join(", "));
        if !api.types.is_empty() {
            out.push_str("\ntypes:\n");
        }
        for (index, (def, ty)) in api.types.iter().zip(&self.types).enumerate() {
            let kind = match &def.kind {
                TypeKind::Struct { .. } => "struct",
                TypeKind::Enum { .. } => "enum",
                TypeKind::IntEnum { .. } => "integer enum",
                TypeKind::Union { tag: Some(_), .. } => "tagged union",
                TypeKind::Union { tag: None, .. } => "untagged union",
                TypeKind::ByStatus { .. } => "by status",
                TypeKind::Newtype { .. } => "newtype",
            };
            let _ = writeln!(out, "  {} ({kind}) <- {}", ty.name, origin(&def.origin));
            self.members_outline(&mut out, def, &ty.members, ty.validates);
            self.message_outline(&mut out, &ty.members, self.messages.get(index));
        }
        if !api.operations.is_empty() {
            out.push_str("\noperations:\n");
        }
        for (index, op) in api.operations.iter().enumerate() {
            self.operation_outline(&mut out, index, op);
        }
        if !api.warnings.is_empty() {
            out.push_str("\nwarnings:\n");
        }
        for warning in &api.warnings {
            let _ = writeln!(out, "  {}: {}", warning.pointer, warning.message);
        }
        out
    }

    fn members_outline(
        &self,
        out: &mut String,
        def: &crate::ir::TypeDef,
        members: &Members,
        validates: bool,
    ) {
        match (&def.kind, members) {
            (
                TypeKind::Struct {
                    fields,
                    default,
                    input_of,
                    read_only,
                    extra,
                    ..
                },
                Members::Struct {
                    fields: names,
                    unknown_fields,
                    extra: extra_name,
                    constructor,
                    ..
                },
            ) => {
                for (field, named) in fields.iter().zip(names) {
                    let mut facts = vec![if field.required {
                        "required"
                    } else {
                        "optional"
                    }];
                    if field.nullable {
                        facts.push("nullable");
                    }
                    if field.constant {
                        facts.push("constant");
                    }
                    let aliases = if field.aliases.is_empty() {
                        String::new()
                    } else {
                        format!("; aliases {}", quoted(&field.aliases))
                    };
                    let _ = writeln!(
                        out,
                        "    {}: {} <- \"{}\" {}{aliases}{}",
                        named.name,
                        named.ty.text(),
                        field.wire_name,
                        facts.join(", "),
                        checks(&field.checks, &field.unchecked)
                    );
                }
                if let (Some(extra), Some(name)) = (extra, extra_name) {
                    let _ = writeln!(
                        out,
                        "    {name}: the other fields, each {}",
                        self.spell(&extra.ty).text()
                    );
                }
                if let Some(name) = unknown_fields {
                    let _ = writeln!(out, "    {name}: fields the spec does not list");
                }
                if !read_only.is_empty() {
                    let _ = writeln!(out, "    leaves out read-only {}", quoted(read_only));
                }
                if *default {
                    let _ = writeln!(out, "    implements Default");
                }
                if let Some(constructor) = constructor {
                    let arguments: Vec<String> = constructor
                        .arguments
                        .iter()
                        .map(|argument| format!("{}: {}", argument.name, argument.accepted.text()))
                        .collect();
                    let _ = writeln!(out, "    new({})", arguments.join(", "));
                }
                if validates {
                    let _ = writeln!(out, "    validate()");
                }
                if let Some(model) = input_of {
                    let _ = writeln!(out, "    converts from {}", self.type_name(*model));
                }
            }
            (TypeKind::Enum { variants: wire }, Members::Variants(names)) => {
                for (value, named) in wire.iter().zip(names) {
                    let _ = writeln!(out, "    {} = \"{}\"", named.name, value.wire);
                }
            }
            (TypeKind::IntEnum { variants: wire }, Members::Variants(names)) => {
                for (value, named) in wire.iter().zip(names) {
                    let _ = writeln!(out, "    {} = {}", named.name, value.value);
                }
            }
            (
                TypeKind::Union {
                    variants: wire,
                    tag,
                },
                Members::Variants(names),
            ) => {
                for (alternative, named) in wire.iter().zip(names) {
                    let held = named.ty.as_ref().map(|ty| ty.text()).unwrap_or_default();
                    let tags = match tag {
                        Some(tag) => format!(" when `{tag}` is {}", quoted(&alternative.tags)),
                        None => String::new(),
                    };
                    let _ = writeln!(out, "    {}({held}){tags}", named.name);
                }
            }
            (TypeKind::Newtype { .. }, Members::Newtype(inner)) => {
                let _ = writeln!(out, "    holds {}", inner.text());
            }
            (TypeKind::ByStatus { variants: wire }, Members::Variants(names)) => {
                for (variant, named) in wire.iter().zip(names) {
                    let held = named
                        .ty
                        .as_ref()
                        .map_or(String::new(), |ty| format!("({})", ty.text()));
                    let _ = writeln!(out, "    {}{held} <- {}", named.name, variant.status);
                }
            }
            _ => {}
        }
    }

    fn operation_outline(&self, out: &mut String, index: usize, op: &crate::ir::Operation) {
        let names = &self.operations[index];
        let mut facts = Vec::new();
        if !op.authenticated {
            facts.push("no credentials");
        }
        if op.idempotent {
            facts.push("retried");
        }
        let _ = writeln!(
            out,
            "  {} -> {}: {} {}{}",
            names.method,
            names.builder,
            op.method,
            op.shown_path(),
            if facts.is_empty() {
                String::new()
            } else {
                format!(" ({})", facts.join(", "))
            }
        );
        let fields = op
            .body
            .as_ref()
            .and_then(|body| self.api.struct_fields(&body.ty))
            .unwrap_or_default();
        for argument in &names.arguments {
            let wire = match argument.fills {
                Target::Param(param) => {
                    let param = &op.params[param];
                    format!(
                        "{} \"{}\"{}",
                        param.location.as_str(),
                        param.wire_name,
                        param_facts(param)
                    )
                }
                Target::PatchField(field) => format!("body field \"{}\"", fields[field].wire_name),
                Target::Body => "the body".to_owned(),
            };
            let _ = writeln!(
                out,
                "    argument {}: {} <- {wire}",
                argument.name,
                argument.accepted.text()
            );
        }
        for setter in &names.setters {
            let takes = setter
                .accepted
                .as_ref()
                .map(|ty| ty.text())
                .unwrap_or_default();
            let wire = match setter.action {
                SetterAction::Param(param) => {
                    let param = &op.params[param];
                    format!(
                        "{} \"{}\"{}",
                        param.location.as_str(),
                        param.wire_name,
                        param_facts(param)
                    )
                }
                SetterAction::Body => "the optional body".to_owned(),
                SetterAction::PatchBody => "the whole patch body".to_owned(),
                SetterAction::PatchField(field) => {
                    format!("body field \"{}\"", fields[field].wire_name)
                }
                SetterAction::ClearField(field) => {
                    format!("body field \"{}\" as null", fields[field].wire_name)
                }
            };
            let _ = writeln!(out, "    setter .{}({takes}) <- {wire}", setter.name);
        }
        if let Some(pagination) = &op.pagination {
            use crate::ir::Advance;
            let param = |index: usize| op.params.get(index).map_or("?", |p| p.wire_name.as_str());
            let advance = match &pagination.advance {
                Advance::Single => "one page".to_owned(),
                Advance::Offset {
                    param: offset,
                    limit,
                } => format!(
                    "offset \"{}\"{}",
                    param(*offset),
                    limit.map_or(String::new(), |limit| format!(
                        ", limit \"{}\"",
                        param(limit)
                    ))
                ),
                Advance::Page { param: page } => format!("page \"{}\"", param(*page)),
                Advance::Cursor {
                    param: cursor,
                    next,
                } => {
                    format!("cursor \"{}\" from \"{}\"", param(*cursor), next.join("."))
                }
                Advance::NextUrl { next } => format!("next link \"{}\"", next.join(".")),
            };
            let extra = [
                ("has-more", &pagination.has_more),
                ("total", &pagination.total),
            ]
            .iter()
            .filter_map(|(key, path)| {
                path.as_ref()
                    .map(|path| format!(", {key} \"{}\"", path.join(".")))
            })
            .collect::<String>();
            let _ = writeln!(
                out,
                "    pages: {advance}; items \"{}\" ({}){extra}{}",
                pagination.items.join("."),
                self.spell(&pagination.item).text(),
                if pagination.inferred {
                    " [inferred]"
                } else {
                    ""
                }
            );
        }
        if let Some(body) = &op.body {
            let _ = writeln!(
                out,
                "    body {}{}",
                body.media_type,
                if body.patch { ", merge patch" } else { "" }
            );
        }
        for case in op.success.iter().chain(&op.errors) {
            let media: Vec<String> = case
                .media
                .iter()
                .map(|media| {
                    format!(
                        "{} {}{}",
                        media.media_type,
                        self.spell(&media.ty).text(),
                        if media.text { " (text)" } else { "" }
                    )
                })
                .collect();
            let media = if media.is_empty() {
                "no body".to_owned()
            } else {
                media.join(", ")
            };
            let _ = writeln!(out, "    {}: {media}", case.status);
        }
        let _ = writeln!(
            out,
            "    returns Response<{}>, Error<{}> (errors decoded by {})",
            names.success.text(),
            names.error.text(),
            self.decoders[names.decoder].name
        );
    }
}

fn quoted(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| format!("\"{item}\"")).collect();
    items.join(", ")
}

/// What the client checks of a value.
fn check_texts(checks: &[Check]) -> impl Iterator<Item = String> + '_ {
    checks.iter().map(|check| match check {
        Check::Pattern(pattern) => format!("pattern `{pattern}`"),
        Check::Length { min, max } => format!("length {min:?}..{max:?}"),
        Check::Range { min, max } => format!("range {min:?}..{max:?}"),
        Check::Items { min, max } => format!("items {min:?}..{max:?}"),
    })
}

fn bracketed(texts: Vec<String>) -> String {
    if texts.is_empty() {
        return String::new();
    }
    format!(" [{}]", texts.join(", "))
}

/// A body field's checks, and what the client does not check.
fn checks(checks: &[Check], unchecked: &[String]) -> String {
    bracketed(
        check_texts(checks)
            .chain(unchecked.iter().map(|c| format!("not checked: {c}")))
            .collect(),
    )
}

/// How a parameter is encoded, what the client checks and what it does not.
fn param_facts(param: &crate::ir::Param) -> String {
    let mut texts: Vec<String> = Vec::new();
    if param.json {
        texts.push("as JSON text".to_owned());
    }
    if param.style != crate::ir::QueryStyle::Repeated {
        texts.push(format!("as {}", param.style.shown(&param.wire_name)));
    }
    texts.extend(check_texts(&param.checks));
    texts.extend(
        param
            .unchecked
            .iter()
            .map(|constraint| format!("not checked: {constraint}")),
    );
    bracketed(texts)
}

/// Where a type comes from, as the outline says it.
fn origin(origin: &TypeOrigin) -> String {
    let mut text = match &origin.root {
        NameRoot::Component(name) => format!("schema \"{name}\""),
        NameRoot::Title(title) => format!("title \"{title}\""),
        NameRoot::SharedParameter(name) => format!("parameter \"{name}\""),
        NameRoot::Body(op) => format!("body of operation {op}"),
        NameRoot::PatchBody(op) => format!("patch body of operation {op}"),
        NameRoot::Parameter(op, wire) => format!("parameter \"{wire}\" of operation {op}"),
        NameRoot::Response(op, status) => format!("{status} reply of operation {op}"),
        NameRoot::Union(id) => format!("union {}", id.0),
        NameRoot::Outcome { users, errors } => format!(
            "{} replies of operations {users:?}",
            if *errors { "error" } else { "success" }
        ),
    };
    for part in &origin.path {
        match part {
            NamePart::Property(wire) => text.push_str(&format!(" / \"{wire}\"")),
            NamePart::Item => text.push_str(" / items"),
            NamePart::Value => text.push_str(" / values"),
            NamePart::Variant(index) => text.push_str(&format!(" / alternative {index}")),
        }
    }
    match origin.view {
        View::Model => {}
        View::Request => text.push_str(", request view"),
        View::Patch => text.push_str(", patch view"),
    }
    text
}
