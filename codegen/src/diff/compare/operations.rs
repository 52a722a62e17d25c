//! Operations: matched by method and path, then compared part by part.

use super::{Class, DOCS_ONLY_RUST, DOCS_ONLY_WIRE, Differ, Kind, class, same_shape, status_text};
use crate::diff::{Place, Role, Use, Verdict};
use crate::ir::{Operation, Param, ParamLocation, TypeRef};
use crate::surface::{OperationSurface, Surface};

/// One operation of one side: its IR and its surface.
#[derive(Clone, Copy)]
pub(super) struct Op<'a> {
    pub surface: &'a Surface<'a>,
    pub index: usize,
}

impl<'a> Op<'a> {
    pub fn ir(&self) -> &'a Operation {
        &self.surface.api.operations[self.index]
    }

    pub fn names(&self) -> &'a OperationSurface {
        &self.surface.operations[self.index]
    }

    /// `Client::method`.
    pub fn method(&self) -> String {
        format!("Client::{}", self.names().method)
    }

    /// How this operation uses a type it sends or receives.
    pub fn usage(&self, role: Role) -> Use {
        Use {
            operation: self.names().method.bare().to_owned(),
            role,
        }
    }

    pub fn place(&self) -> Place {
        let op = self.ir();
        Place::Operation {
            method: op.method.as_str().to_owned(),
            path: op.path.to_string(),
            operation: self.names().method.bare().to_owned(),
        }
    }

    fn title(&self) -> String {
        format!("{} {}", self.ir().method, self.ir().path)
    }

    /// The parameter matching `key` (see [`param_key`]), by index.
    pub fn param_at(&self, key: &str) -> Option<usize> {
        let op = self.ir();
        op.params.iter().position(|p| param_key(op, p) == key)
    }
}

/// Same HTTP method and same path, whatever the placeholders are called.
fn same_endpoint(a: &Operation, b: &Operation) -> bool {
    a.method == b.method && a.path.shape() == b.path.shape()
}

/// A parameter's identity: where it goes and its wire name (path parameters by
/// position, so renaming a placeholder keeps the parameter).
pub(super) fn param_key(op: &Operation, param: &Param) -> String {
    match param.location {
        ParamLocation::Path => {
            let position = op.path.position(&param.wire_name).unwrap_or(usize::MAX);
            format!("path#{position}")
        }
        ParamLocation::Query => format!("query:{}", param.wire_name),
        ParamLocation::Header => format!("header:{}", param.wire_name.to_ascii_lowercase()),
    }
}

pub(super) fn param_label(param: &Param) -> String {
    match param.location {
        ParamLocation::Path => format!("path parameter `{{{}}}`", param.wire_name),
        ParamLocation::Query => format!("query parameter `{}`", param.wire_name),
        ParamLocation::Header => format!("header `{}`", param.wire_name),
    }
}

impl<'a> Differ<'a> {
    pub(super) fn operations(&mut self) {
        let (old, new) = (self.old, self.new);
        for (new_index, new_op) in new.api.operations.iter().enumerate() {
            let new_side = Op {
                surface: new,
                index: new_index,
            };
            match old
                .api
                .operations
                .iter()
                .position(|op| same_endpoint(op, new_op))
            {
                Some(old_index) => {
                    let old_side = Op {
                        surface: old,
                        index: old_index,
                    };
                    self.operation(old_side, new_side);
                }
                None => self.push(
                    &new_side.place(),
                    Kind::OperationAdded,
                    format!("new operation `{}`", new_side.title()),
                    Verdict::compatible("a new endpoint; nothing that worked before changes"),
                    Verdict::compatible(format!("new method `{}`", new_side.method())),
                ),
            }
        }
        for (old_index, old_op) in old.api.operations.iter().enumerate() {
            if new
                .api
                .operations
                .iter()
                .any(|op| same_endpoint(old_op, op))
            {
                continue;
            }
            let old_side = Op {
                surface: old,
                index: old_index,
            };
            self.push(
                &old_side.place(),
                Kind::OperationRemoved,
                format!("operation `{}` removed", old_side.title()),
                Verdict::breaking("the provider no longer documents it: calls to it may fail"),
                Verdict::breaking(format!(
                    "`{}` and its builder `{}` no longer exist",
                    old_side.method(),
                    old_side.names().builder
                )),
            );
        }
    }

    fn operation(&mut self, old: Op<'a>, new: Op<'a>) {
        let place = new.place();
        let method = new.method();
        let (old_names, new_names) = (old.names(), new.names());
        if old_names.method != new_names.method || old_names.builder != new_names.builder {
            let summary = if old_names.method == new_names.method {
                format!(
                    "request builder `{}` is now `{}`",
                    old_names.builder, new_names.builder
                )
            } else {
                format!("renamed (operationId): `{}` → `{method}`", old.method())
            };
            self.push(
                &place,
                Kind::OperationRenamed,
                summary,
                Verdict::none("the same method and path"),
                Verdict::breaking(format!(
                    "`{}` and its builder `{}` no longer exist (now `{method}` and `{}`)",
                    old.method(),
                    old_names.builder,
                    new_names.builder
                )),
            );
        }
        let (old_ir, new_ir) = (old.ir(), new.ir());
        if old_ir.authenticated != new_ir.authenticated {
            let (summary, wire) = if new_ir.authenticated {
                (
                    "now needs credentials",
                    Verdict::breaking("yesterday's client sends it without credentials"),
                )
            } else {
                (
                    "no longer needs credentials (`security: []`)",
                    Verdict::compatible("credentials are no longer needed"),
                )
            };
            self.push(
                &place,
                Kind::OperationAuthChanged,
                summary.to_owned(),
                wire,
                Verdict::none("the client decides what to send; the method is the same"),
            );
        }
        if old_ir.idempotent != new_ir.idempotent {
            let summary = if new_ir.idempotent {
                "now retried on failure by default (idempotent)"
            } else {
                "no longer retried on failure by default (not idempotent)"
            };
            self.push(
                &place,
                Kind::OperationRetryChanged,
                summary.to_owned(),
                Verdict::compatible("the same requests; only how often a failed one is repeated"),
                Verdict::none("the retry policy is runtime behaviour"),
            );
        }
        // Where the requests go: the operation's own server, else the API's.
        let from = old_ir.server.as_deref().unwrap_or(&self.old.api.server.url);
        let to = new_ir.server.as_deref().unwrap_or(&self.new.api.server.url);
        if (old_ir.server.is_some() || new_ir.server.is_some()) && from != to {
            self.push(
                &place,
                Kind::ServerUrlChanged,
                format!("server URL `{from}` → `{to}`"),
                Verdict::breaking(format!("yesterday's client sends it to `{from}`")),
                Verdict::none("the same method; only where its requests go"),
            );
        }
        self.params(old, new, &place);
        self.arguments(old, new, &place);
        self.body(old, new, &place);
        self.responses(old, new, &place, true);
        self.responses(old, new, &place, false);
        self.outcome(
            (old_ir.success_type.as_ref(), new_ir.success_type.as_ref()),
            new,
            &place,
            true,
        );
        self.outcome(
            (old_ir.error_type.as_ref(), new_ir.error_type.as_ref()),
            new,
            &place,
            false,
        );
        self.operation_docs(old_ir, new_ir, &place);
    }

    /// What `send()` returns (`success`) or what `Error::Api` carries.
    fn outcome(
        &mut self,
        (old, new): (Option<&TypeRef>, Option<&TypeRef>),
        new_op: Op<'a>,
        place: &Place,
        success: bool,
    ) {
        if let (Some(a @ TypeRef::Named(a_id)), Some(b @ TypeRef::Named(b_id))) = (old, new) {
            if class(self.old.api, *a_id) == Class::ByStatus
                && class(self.new.api, *b_id) == Class::ByStatus
            {
                self.link(a, b, &new_op.usage(Role::Response));
                return;
            }
        }
        let same = match (old, new) {
            (None, None) => true,
            (Some(a), Some(b)) => same_shape(self.old.api, a, self.new.api, b),
            _ => false,
        };
        if same {
            return;
        }
        let before = self.old.spell_outcome(old).text();
        let after = self.new.spell_outcome(new).text();
        let (summary, rust) = if success {
            (
                format!("`send()` now returns `Response<{after}>` (was `Response<{before}>`)"),
                format!("code that uses the `{before}` it returned no longer compiles"),
            )
        } else {
            (
                format!("`Error::Api` now carries `{after}` (was `{before}`)"),
                format!("code that matches the `{before}` error body no longer compiles"),
            )
        };
        self.push(
            place,
            Kind::ReturnTypeChanged,
            summary,
            Verdict::none("the replies are listed by status above"),
            Verdict::breaking(rust),
        );
    }

    fn operation_docs(&mut self, old: &Operation, new: &Operation, place: &Place) {
        let mut changed = Vec::new();
        if old.docs != new.docs {
            changed.push("the operation".to_owned());
        }
        for param in &new.params {
            let key = param_key(new, param);
            if let Some(before) = old.params.iter().find(|p| param_key(old, p) == key) {
                if before.docs != param.docs || before.notes != param.notes {
                    changed.push(param_label(param));
                }
            }
        }
        if let (Some(before), Some(after)) = (&old.body, &new.body) {
            if before.description != after.description {
                changed.push("the request body".to_owned());
            }
        }
        for case in new.success.iter().chain(&new.errors) {
            let before = old
                .success
                .iter()
                .chain(&old.errors)
                .find(|c| c.status == case.status);
            if before.is_some_and(|before| before.description != case.description) {
                changed.push(format!("the {} reply", status_text(case.status)));
            }
        }
        if !changed.is_empty() {
            self.push(
                place,
                Kind::OperationDocsChanged,
                format!("descriptions changed: {}", changed.join(", ")),
                Verdict::none(DOCS_ONLY_WIRE),
                Verdict::none(DOCS_ONLY_RUST),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diff::compare::SPEC;
    use crate::diff::{Bump, ChangeKind, Impact, Place};
    use crate::testing::{changes, seen};

    #[test]
    fn a_removed_operation_is_major_and_breaks_the_wire() {
        let (head, _) = SPEC.split_once("    post:\n").expect("a post");
        let (_, tail) = SPEC.split_once("components:\n").expect("components");
        let new = format!("{head}components:\n{tail}");
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::OperationRemoved,
                "operation `POST /things` removed".to_owned(),
                (
                    Impact::Breaking,
                    "the provider no longer documents it: calls to it may fail".to_owned()
                ),
                (
                    Impact::Breaking,
                    "`Client::create_thing` and its builder `CreateThing` no longer exist"
                        .to_owned()
                ),
                Bump::Major,
            )]
        );
        assert_eq!(
            changes(SPEC, &new)[0].place,
            Place::Operation {
                method: "POST".to_owned(),
                path: "/things".to_owned(),
                operation: "create_thing".to_owned(),
            }
        );
    }

    #[test]
    fn changed_descriptions_are_a_patch_and_change_nothing() {
        let new = SPEC
            .replace("Lists things.", "Lists every thing.")
            .replace("How many.", "At most this many.");
        assert_eq!(
            seen(SPEC, &new),
            [(
                ChangeKind::OperationDocsChanged,
                "descriptions changed: the operation, query parameter `count`".to_owned(),
                (Impact::None, "documentation only".to_owned()),
                (Impact::None, "rustdoc only".to_owned()),
                Bump::Patch,
            )]
        );
    }
}
