//! Every operation's Rust side: its client method and builder, the builder's
//! fields and setters, the method's arguments, and the shared error decoders.

use super::types::field_type;
use super::{
    ArgumentSurface, Decoder, OperationSurface, ParamSurface, Setter, SetterAction, Surface,
    Target, docs, names,
};
use crate::ir::{Api, Operation, ResponseCase, Status, TypeId, TypeKind, TypeRef};
use crate::naming::{Argument, Field, Function, Method, Name, Scope, Type, Variant, pascal, snake};

/// What an operation is named after: its `operationId`, else its method and
/// path (`GET /v1/users/{id}` → `get_v1_users_id`).
pub fn name_source(op: &Operation) -> String {
    match &op.operation_id {
        Some(id) => id.clone(),
        None => format!("{} {}", op.method.key(), op.path),
    }
}

/// Every operation's builder name, in order.
pub(super) fn builder_names(api: &Api) -> Vec<Name<Type>> {
    let mut scope = Scope::with_reserved(names::RESERVED_BUILDERS);
    api.operations
        .iter()
        .map(|op| scope.claim(pascal(&name_source(op))))
        .collect()
}

/// Every operation's surface, and the error decoders they share.
pub(super) fn surfaces(
    surface: &Surface<'_>,
    builders: Vec<Name<Type>>,
    name_of: &dyn Fn(TypeId) -> Name<Type>,
) -> (Vec<OperationSurface>, Vec<Decoder>) {
    let api = surface.api;
    let mut methods: Scope<Method> = Scope::with_reserved(names::CLIENT_METHODS);
    let mut decoders = Decoders::default();
    // Names claimed in order here; then each operation's own surface is
    // worked out on every core, in runs.
    let named: Vec<(Name<Method>, Name<Type>, usize)> = api
        .operations
        .iter()
        .zip(builders)
        .enumerate()
        .map(|(index, (op, builder))| {
            let method = methods.claim(snake(&name_source(op)));
            (method, builder, decoders.group(api, index, name_of))
        })
        .collect();
    let operations = crate::parallel::map_in_runs(named.len(), OPERATIONS_PER_RUN, |index| {
        let (method, builder, decoder) = &named[index];
        operation(
            surface,
            &api.operations[index],
            method.clone(),
            builder.clone(),
            *decoder,
        )
    });
    (operations, decoders.list)
}

/// The fewest operations worth a thread of their own.
const OPERATIONS_PER_RUN: usize = 128;

fn operation(
    surface: &Surface<'_>,
    op: &Operation,
    method: Name<Method>,
    builder: Name<Type>,
    decoder: usize,
) -> OperationSurface {
    let mut fields: Scope<Field> = Scope::with_reserved(names::BUILDER_FIELDS);
    let mut setters: Scope<Method> = Scope::with_reserved(names::BUILDER_METHODS);
    let params: Vec<ParamSurface> = op
        .params
        .iter()
        .map(|param| {
            let field = fields.claim(snake(&param.wire_name));
            let setter = (!param.required).then(|| setters.claim(field.as_code()));
            ParamSurface {
                field,
                ty: surface.spell(&param.ty),
                setter,
            }
        })
        .collect();
    let mut list = Vec::new();
    for (index, (param, ir)) in params.iter().zip(&op.params).enumerate() {
        let Some(name) = &param.setter else { continue };
        let (accepted, converts) = param.ty.accepted();
        list.push(Setter {
            name: name.clone(),
            action: SetterAction::Param(index),
            accepted: Some(accepted),
            converts,
            doc: docs::param_setter_doc(ir),
        });
    }
    if let Some(body) = op.body.as_ref().filter(|body| !body.required) {
        let (accepted, converts) = surface.spell(&body.ty).accepted();
        list.push(Setter {
            name: Name::fixed("body"),
            action: SetterAction::Body,
            accepted: Some(accepted),
            converts,
            doc: docs::body_setter_doc(body),
        });
    }
    let patch_fields = patch_fields(surface, op);
    if let Some(body) = op.body.as_ref().filter(|body| body.patch) {
        list.push(Setter {
            name: Name::fixed("body"),
            action: SetterAction::PatchBody,
            accepted: Some(surface.spell(&body.ty)),
            converts: false,
            doc: "Replaces the whole patch body, including values given as arguments.".to_owned(),
        });
        for (index, (field, name)) in patch_fields.iter().enumerate() {
            if field.required {
                continue;
            }
            let (accepted, converts) = surface.spell(&field.ty).accepted();
            list.push(Setter {
                name: setters.claim(name.as_code()),
                action: SetterAction::PatchField(index),
                accepted: Some(accepted),
                converts,
                doc: docs::field_setter_doc(field),
            });
            if field.nullable {
                list.push(Setter {
                    name: setters.claim(format!("clear_{}", name.bare())),
                    action: SetterAction::ClearField(index),
                    accepted: None,
                    converts: false,
                    doc: format!("Sends `{}` as JSON `null`, clearing it.", field.wire_name),
                });
            }
        }
    }
    let arguments = arguments(surface, op, &params, &patch_fields);
    let pagination = op
        .pagination
        .as_ref()
        .and_then(|pagination| super::pages::surface(surface, op, pagination));
    let (success, error) = (
        surface.spell_outcome(op.success_type.as_ref()),
        surface.spell_outcome(op.error_type.as_ref()),
    );
    OperationSurface {
        method_doc: docs::method_doc(op, &builder),
        builder_doc: docs::builder_doc(op),
        info_doc: docs::info_doc(op),
        method,
        builder,
        params,
        body: op.body.as_ref().map(|body| surface.spell(&body.ty)),
        arguments,
        setters: list,
        success_variants: variants(surface, &op.success, op.success_type.as_ref()),
        error_variants: variants(surface, &op.errors, op.error_type.as_ref()),
        success,
        error,
        decoder,
        pagination,
    }
}

/// The fields of a patch body with their names in its struct.
fn patch_fields<'a>(
    surface: &'a Surface<'_>,
    op: &'a Operation,
) -> Vec<(&'a crate::ir::Field, Name<Field>)> {
    let Some(body) = op.body.as_ref().filter(|body| body.patch) else {
        return Vec::new();
    };
    let (Some(fields), Some(id)) = (surface.api.struct_fields(&body.ty), body.ty.named()) else {
        return Vec::new();
    };
    fields
        .iter()
        .zip(surface.fields(id))
        .map(|(field, named)| (field, named.name.clone()))
        .collect()
}

/// The client method's arguments: required parameters, then the body (or the
/// required fields of a patch body, named apart from the parameters: a path
/// `{type}` and a body `type`).
fn arguments(
    surface: &Surface<'_>,
    op: &Operation,
    params: &[ParamSurface],
    patch_fields: &[(&crate::ir::Field, Name<Field>)],
) -> Vec<ArgumentSurface> {
    let mut out = Vec::new();
    for (index, (param, ir)) in params.iter().zip(&op.params).enumerate() {
        if !ir.required {
            continue;
        }
        let (accepted, converts) = param.ty.accepted();
        out.push(ArgumentSurface {
            name: param.field.retyped(),
            fills: Target::Param(index),
            accepted,
            converts,
            stored: param.ty.clone(),
        });
    }
    let Some(body) = &op.body else {
        return out;
    };
    if body.patch {
        let mut scope: Scope<Argument> = Scope::with_reserved(&["core", "body"]);
        for param in params {
            scope.reserve(param.field.as_code());
        }
        for (index, (field, name)) in patch_fields.iter().enumerate() {
            if !field.required || field.constant {
                continue;
            }
            let value = surface.spell(&field.ty);
            let (accepted, converts) = if field.nullable {
                (value.clone().optional(), false)
            } else {
                value.accepted()
            };
            out.push(ArgumentSurface {
                name: scope.claim(name.as_code()),
                fills: Target::PatchField(index),
                accepted,
                converts,
                stored: field_type(field, value),
            });
        }
    } else if body.required {
        let ty = surface.spell(&body.ty);
        let (accepted, converts) = ty.accepted();
        out.push(ArgumentSurface {
            name: Name::fixed("body"),
            fills: Target::Body,
            accepted,
            converts,
            stored: ty,
        });
    }
    out
}

/// For each case, the variant of the by-status enum `outcome` it becomes (or
/// `None` when the outcome is the case's own body type).
fn variants(
    surface: &Surface<'_>,
    cases: &[ResponseCase],
    outcome: Option<&TypeRef>,
) -> Vec<Option<Name<Variant>>> {
    cases
        .iter()
        .map(|case| match outcome {
            Some(outcome @ TypeRef::Named(id)) if case.body_type() != Some(outcome) => {
                let kind = &surface.api.def(*id).kind;
                matches!(kind, TypeKind::ByStatus { .. })
                    .then(|| Name::fixed(names::status_name(case.status)))
            }
            _ => None,
        })
        .collect()
}

/// What makes two operations' error decoding identical: the error type, and
/// each status with its media types and how each decodes.
type DecoderKey = (Option<TypeRef>, Vec<(Status, Vec<(String, TypeRef, bool)>)>);

/// One decoder per distinct way of decoding error replies.
#[derive(Default)]
struct Decoders {
    list: Vec<Decoder>,
    keys: Vec<DecoderKey>,
    scope: Scope<Function>,
}

impl Decoders {
    /// The decoder of operation `index`'s error replies, made when it is the
    /// first with those replies.
    fn group(&mut self, api: &Api, index: usize, name_of: &dyn Fn(TypeId) -> Name<Type>) -> usize {
        let op = &api.operations[index];
        let key = (
            op.error_type.clone(),
            op.errors
                .iter()
                .map(|case| {
                    let media = case
                        .media
                        .iter()
                        .map(|m| (m.media_type.clone(), m.ty.clone(), m.text));
                    (case.status, media.collect())
                })
                .collect::<Vec<_>>(),
        );
        if let Some(found) = self.keys.iter().position(|existing| *existing == key) {
            return found;
        }
        let base = match &op.error_type {
            Some(TypeRef::Named(id)) => format!(
                "decode_{}",
                snake(name_of(*id).bare()).trim_start_matches("r#")
            ),
            _ => "decode_error".to_owned(),
        };
        self.keys.push(key);
        self.list.push(Decoder {
            name: self.scope.claim(base),
            operation: index,
        });
        self.list.len() - 1
    }
}

/// How many arguments make clippy's `too_many_arguments` fire.
pub(super) const MANY_ARGUMENTS: usize = 7;

/// Whether some operation's client method takes many arguments.
pub(super) fn many_arguments(operations: &[OperationSurface]) -> bool {
    operations
        .iter()
        .any(|op| op.arguments.len() >= MANY_ARGUMENTS)
}

#[cfg(test)]
mod tests {
    use crate::surface::{SetterAction, Surface, Target};
    use crate::testing::api;

    /// A builder's setters: name, action and what each takes.
    fn setters(surface: &Surface<'_>, op: usize) -> Vec<(String, SetterAction, Option<String>)> {
        surface.operations[op]
            .setters
            .iter()
            .map(|s| {
                let accepted = s.accepted.as_ref().map(|a| a.text());
                (s.name.as_code().to_owned(), s.action, accepted)
            })
            .collect()
    }

    #[test]
    fn parameters_named_like_builder_methods_get_numbered_setters() {
        let api = api("paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {name: timeout, in: query, schema: {type: integer}}
        - {name: build, in: query, schema: {type: string}}
        - {name: body, in: query, schema: {type: boolean}}
        - {name: id, in: query, required: true, schema: {type: string}}
      responses:
        '204': {description: done}
");
        let surface = Surface::new(&api, "crate");
        let op = &surface.operations[0];
        let fields: Vec<&str> = op.params.iter().map(|p| p.field.as_code()).collect();
        // `body` is one of the builder's own fields; `timeout` and `build`
        // are fields nobody else has.
        assert_eq!(fields, ["timeout", "build", "body2", "id"]);
        assert_eq!(
            setters(&surface, 0),
            [
                (
                    "timeout2".to_owned(),
                    SetterAction::Param(0),
                    Some("i64".to_owned())
                ),
                (
                    "build2".to_owned(),
                    SetterAction::Param(1),
                    Some("impl Into<String>".to_owned())
                ),
                (
                    "body2".to_owned(),
                    SetterAction::Param(2),
                    Some("bool".to_owned())
                ),
            ]
        );
        let argument = surface
            .argument_for(0, Target::Param(3))
            .expect("`id` is an argument");
        assert_eq!(
            (
                argument.name.as_code(),
                argument.accepted.text(),
                argument.converts
            ),
            ("id", "impl Into<String>".to_owned(), true)
        );
        assert_eq!(surface.operations[0].params[3].setter, None);
    }

    #[test]
    fn operations_named_like_client_methods_or_imports_are_numbered() {
        let api = api("paths:
  /a:
    get:
      operationId: new
      responses:
        '204': {description: done}
  /b:
    get:
      operationId: error
      responses:
        '204': {description: done}
");
        let surface = Surface::new(&api, "crate");
        let names: Vec<(&str, &str)> = surface
            .operations
            .iter()
            .map(|op| (op.method.as_code(), op.builder.as_code()))
            .collect();
        assert_eq!(names, [("new2", "New"), ("error", "Error2")]);
    }

    const PATCH: &str = "paths:
  /things/{id}:
    patch:
      operationId: updateThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name, note, id]
              properties:
                name: {type: string}
                note: {type: string, nullable: true}
                send: {type: integer}
                retry: {type: string, nullable: true}
                id: {type: string}
      responses:
        '204': {description: done}
";

    #[test]
    fn a_patch_body_gives_setters_numbered_around_the_builder_and_clear_setters() {
        let api = api(PATCH);
        let surface = Surface::new(&api, "crate");
        assert_eq!(
            setters(&surface, 0),
            [
                (
                    "body".to_owned(),
                    SetterAction::PatchBody,
                    Some("UpdateThingPatch".to_owned())
                ),
                (
                    "send2".to_owned(),
                    SetterAction::PatchField(2),
                    Some("i64".to_owned())
                ),
                (
                    "retry2".to_owned(),
                    SetterAction::PatchField(3),
                    Some("impl Into<String>".to_owned())
                ),
                ("clear_retry".to_owned(), SetterAction::ClearField(3), None),
            ]
        );
    }

    #[test]
    fn a_patch_body_spells_nullable_optional_fields_as_an_option_of_an_option() {
        let api = api(PATCH);
        let surface = Surface::new(&api, "crate");
        let id = api.operations[0]
            .body
            .as_ref()
            .and_then(|b| b.ty.named())
            .expect("a named body");
        let fields: Vec<(&str, String)> = surface
            .fields(id)
            .iter()
            .map(|f| (f.name.as_code(), f.ty.text()))
            .collect();
        assert_eq!(
            fields,
            [
                ("name", "String".to_owned()),
                ("note", "Option<String>".to_owned()),
                ("send", "Option<i64>".to_owned()),
                ("retry", "Option<Option<String>>".to_owned()),
                ("id", "String".to_owned()),
            ]
        );
        // The required fields are arguments after the path parameter, the
        // body's `id` numbered apart from the path's; the nullable one takes
        // an `Option` as it is.
        let arguments: Vec<(&str, String, String, Target)> = surface.operations[0]
            .arguments
            .iter()
            .map(|a| {
                (
                    a.name.as_code(),
                    a.accepted.text(),
                    a.stored.text(),
                    a.fills,
                )
            })
            .collect();
        assert_eq!(
            arguments,
            [
                (
                    "id",
                    "impl Into<String>".to_owned(),
                    "String".to_owned(),
                    Target::Param(0)
                ),
                (
                    "name",
                    "impl Into<String>".to_owned(),
                    "String".to_owned(),
                    Target::PatchField(0)
                ),
                (
                    "note",
                    "Option<String>".to_owned(),
                    "Option<String>".to_owned(),
                    Target::PatchField(1)
                ),
                (
                    "id2",
                    "impl Into<String>".to_owned(),
                    "String".to_owned(),
                    Target::PatchField(4)
                ),
            ]
        );
    }
}
