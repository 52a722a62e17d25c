//! The members of every generated type: field names, variant names, their
//! types and docs.

use super::{
    FieldSurface, Members, Spelled, TypeSurface, VariantSurface, docs, names, variant_name,
    variant_scope,
};
use crate::ir::{Api, Field, Status, TypeDef, TypeId, TypeKind, TypeRef, UnionVariant};
use crate::naming::{Name, Scope, Type, pascal, snake};

/// The surface of every type of `api`, named by `type_names`.
pub(super) fn surfaces(
    api: &Api,
    type_names: &[Name<Type>],
    name_of: &(dyn Fn(TypeId) -> Name<Type> + Sync),
) -> Vec<TypeSurface> {
    let validates = validating(api);
    // Each type's on its own, so a large spec's are shared out in runs.
    crate::parallel::map_in_runs(api.types.len(), TYPES_PER_RUN, |index| {
        let (def, name) = (&api.types[index], &type_names[index]);
        TypeSurface {
            name: name.clone(),
            doc: docs::type_doc(def),
            members: members(def, name, name_of),
            validates: validates[index],
        }
    })
}

/// The fewest types worth a thread of their own.
const TYPES_PER_RUN: usize = 256;

/// Which structs have constraints to check: their own fields', or those of
/// a struct they hold (directly, boxed, in a list or a map), to any depth.
fn validating(api: &Api) -> Vec<bool> {
    let held = |ty: &TypeRef| -> Option<TypeId> {
        match ty {
            TypeRef::Named(id) => Some(*id),
            TypeRef::Boxed(inner) | TypeRef::Vec(inner) | TypeRef::Map(inner) => match &**inner {
                TypeRef::Named(id) => Some(*id),
                TypeRef::Boxed(inner) => inner.named(),
                _ => None,
            },
            _ => None,
        }
    };
    let mut validates: Vec<bool> = api
        .types
        .iter()
        .map(|def| match &def.kind {
            TypeKind::Struct { fields, .. } => fields.iter().any(|field| !field.checks.is_empty()),
            _ => false,
        })
        .collect();
    // Until nothing changes: a struct holding one that validates validates.
    loop {
        let mut changed = false;
        for (index, def) in api.types.iter().enumerate() {
            let TypeKind::Struct { fields, .. } = &def.kind else {
                continue;
            };
            if !validates[index]
                && fields
                    .iter()
                    .filter_map(|field| held(&field.ty))
                    .any(|id| validates[id.index()])
            {
                validates[index] = true;
                changed = true;
            }
        }
        if !changed {
            return validates;
        }
    }
}

fn members(def: &TypeDef, name: &Name<Type>, name_of: &dyn Fn(TypeId) -> Name<Type>) -> Members {
    let spell = |ty: &TypeRef| Spelled::of(ty, name_of);
    match &def.kind {
        TypeKind::Struct {
            fields,
            keeps_unknown,
            extra,
            ..
        } => {
            let fields_ir = fields;
            let mut scope = Scope::default();
            let fields: Vec<FieldSurface> = fields
                .iter()
                .map(|field| {
                    let name = scope.claim(snake(&field.wire_name));
                    FieldSurface {
                        doc: docs::field_doc(field, name.bare()),
                        name,
                        value: spell(&field.ty),
                        ty: field_type(field, spell(&field.ty)),
                    }
                })
                .collect();
            let extra = extra.as_ref().map(|_| scope.claim("additional_properties"));
            let unknown_fields = keeps_unknown.then(|| scope.claim("unknown_fields"));
            let constructor = constructor(fields_ir, &fields);
            Members::Struct {
                fields,
                unknown_fields,
                extra,
                constructor,
            }
        }
        TypeKind::Enum { variants } => {
            let mut scope = variant_scope();
            Members::Variants(
                variants
                    .iter()
                    .map(|variant| VariantSurface {
                        name: scope.claim(variant_name(&variant.wire)),
                        doc: format!("`{}`", variant.wire),
                        ty: None,
                    })
                    .collect(),
            )
        }
        TypeKind::IntEnum { variants } => {
            let mut scope = variant_scope();
            Members::Variants(
                variants
                    .iter()
                    .map(|variant| {
                        let text = match &variant.name {
                            Some(name) => pascal(name),
                            None if variant.value < 0 => {
                                format!("Minus{}", variant.value.unsigned_abs())
                            }
                            None => format!("V{}", variant.value),
                        };
                        VariantSurface {
                            name: scope.claim(text),
                            doc: format!("`{}`", variant.value),
                            ty: None,
                        }
                    })
                    .collect(),
            )
        }
        TypeKind::Union { variants, tag } => {
            let mut scope = variant_scope();
            Members::Variants(
                variants
                    .iter()
                    .map(|variant| {
                        let ty = spell(&variant.ty);
                        VariantSurface {
                            name: scope.claim(union_variant_name(variant, name, name_of)),
                            doc: docs::union_variant_doc(variant, tag.as_deref(), &ty),
                            ty: Some(ty),
                        }
                    })
                    .collect(),
            )
        }
        TypeKind::Newtype { inner } => Members::Newtype(spell(inner)),
        TypeKind::ByStatus { variants } => Members::Variants(
            variants
                .iter()
                .map(|variant| VariantSurface {
                    name: Name::fixed(names::status_name(variant.status)),
                    doc: docs::status_variant_doc(variant.status, variant.description.as_deref()),
                    ty: variant.ty.as_ref().map(spell),
                })
                .collect(),
        ),
    }
}

/// `Type::new` for a struct with required fields that are not constants:
/// those fields are its arguments, in spec order (a nullable one as an
/// `Option`); everything else starts empty.
fn constructor(fields: &[Field], names: &[FieldSurface]) -> Option<super::Constructor> {
    let arguments: Vec<super::ConstructorArgument> = fields
        .iter()
        .zip(names)
        .enumerate()
        .filter(|(_, (field, _))| field.required && !field.constant)
        .map(|(index, (field, named))| {
            let (accepted, converts) = if field.nullable {
                (named.ty.clone(), false)
            } else {
                named.value.accepted()
            };
            super::ConstructorArgument {
                field: index,
                name: named.name.retyped(),
                accepted,
                converts,
            }
        })
        .collect();
    if arguments.is_empty() {
        return None;
    }
    let optional = fields.iter().any(|field| !field.required);
    Some(super::Constructor {
        doc: if optional {
            "New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).".to_owned()
        } else {
            "New, from its fields.".to_owned()
        },
        arguments,
    })
}

/// `T`, `Option<T>` or `Option<Option<T>>`: absent and `null` are two
/// different things for an optional nullable field.
pub(super) fn field_type(field: &Field, value: Spelled) -> Spelled {
    match (field.required, field.nullable) {
        (true, false) => value,
        (true, true) | (false, false) => value.optional(),
        (false, true) => value.optional().optional(),
    }
}

/// A union variant's name: its component's, its type's (without the union's
/// own name in front), or what kind of value it holds.
fn union_variant_name(
    variant: &UnionVariant,
    union: &Name<Type>,
    name_of: &dyn Fn(TypeId) -> Name<Type>,
) -> String {
    if let Some(component) = &variant.component {
        return pascal(component);
    }
    let ty = match &variant.ty {
        TypeRef::Boxed(inner) => inner.as_ref(),
        other => other,
    };
    match ty {
        TypeRef::Named(id) => {
            let name = name_of(*id);
            name.bare()
                .strip_prefix(union.bare())
                .filter(|rest| !rest.is_empty())
                .unwrap_or(name.bare())
                .to_owned()
        }
        other => kind_name(other, name_of),
    }
}

fn kind_name(ty: &TypeRef, name_of: &dyn Fn(TypeId) -> Name<Type>) -> String {
    match ty {
        TypeRef::String => "String".to_owned(),
        TypeRef::I32 | TypeRef::I64 => "Integer".to_owned(),
        TypeRef::Number => "Number".to_owned(),
        TypeRef::Bool => "Boolean".to_owned(),
        TypeRef::Bytes => "Bytes".to_owned(),
        TypeRef::Json => "Value".to_owned(),
        TypeRef::JsonObject => "Object".to_owned(),
        TypeRef::Map(_) => "Map".to_owned(),
        TypeRef::Vec(item) => format!("{}List", kind_name(item, name_of)),
        TypeRef::Boxed(inner) => kind_name(inner, name_of),
        TypeRef::Named(id) => name_of(*id).bare().to_owned(),
    }
}

/// The status a by-status variant stands for, as its docs say it.
pub(super) fn status_words(status: Status) -> String {
    match status {
        Status::Code(code) => format!("HTTP {code}"),
        Status::Range(class) => format!("Any other HTTP {class}xx status"),
        Status::Default => "Any other status (the spec's `default` response)".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::ir::TypeId;
    use crate::surface::{Members, Surface};
    use crate::testing::api;

    /// The type called `name`.
    fn id(surface: &Surface<'_>, name: &str) -> TypeId {
        let index = surface
            .types
            .iter()
            .position(|ty| ty.name.as_code() == name)
            .unwrap_or_else(|| panic!("no type `{name}`"));
        TypeId(u32::try_from(index).unwrap())
    }

    /// A reply of `GET /things` that is the component `Thing`.
    fn reply_of(components: &str) -> String {
        format!(
            "paths:
  /things:
    get:
      operationId: getThing
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Thing'}}
components:
  schemas:
{components}"
        )
    }

    #[test]
    fn keyword_fields_become_raw_or_suffixed() {
        let api = api(&reply_of(
            "    Thing:
      type: object
      required: [type]
      properties:
        type: {type: string}
        self: {type: string}
        crate: {type: string}
        unknown_fields: {type: string}
        3d: {type: boolean}
",
        ));
        let surface = Surface::new(&api, "crate");
        let thing = id(&surface, "Thing");
        let fields: Vec<(&str, &str, String)> = surface
            .fields(thing)
            .iter()
            .map(|f| (f.name.as_code(), f.name.bare(), f.ty.text()))
            .collect();
        assert_eq!(
            fields,
            [
                ("r#type", "type", "String".to_owned()),
                ("self_", "self_", "Option<String>".to_owned()),
                ("crate_", "crate_", "Option<String>".to_owned()),
                (
                    "unknown_fields",
                    "unknown_fields",
                    "Option<String>".to_owned()
                ),
                ("n3d", "n3d", "Option<bool>".to_owned()),
            ]
        );
        // The map of fields the spec does not list is named around them.
        assert_eq!(
            surface.unknown_fields(thing).map(|n| n.as_code()),
            Some("unknown_fields2")
        );
    }

    #[test]
    fn recursion_is_boxed_and_lists_and_maps_are_spelled() {
        let api = api(&reply_of(
            "    Thing:
      type: object
      required: [tags]
      properties:
        parent: {$ref: '#/components/schemas/Thing'}
        children:
          type: array
          items: {$ref: '#/components/schemas/Thing'}
        tags:
          type: array
          items: {type: string}
        counts:
          type: object
          additionalProperties: {type: integer, format: int32}
        labels:
          type: object
          additionalProperties:
            type: array
            items: {type: string}
",
        ));
        let surface = Surface::new(&api, "crate");
        let fields: Vec<(&str, String, String)> = surface
            .fields(id(&surface, "Thing"))
            .iter()
            .map(|f| (f.name.as_code(), f.value.text(), f.ty.text()))
            .collect();
        assert_eq!(
            fields,
            [
                (
                    "parent",
                    "Box<Thing>".to_owned(),
                    "Option<Box<Thing>>".to_owned()
                ),
                (
                    "children",
                    "Vec<Thing>".to_owned(),
                    "Option<Vec<Thing>>".to_owned()
                ),
                ("tags", "Vec<String>".to_owned(), "Vec<String>".to_owned()),
                (
                    "counts",
                    "BTreeMap<String, i32>".to_owned(),
                    "Option<BTreeMap<String, i32>>".to_owned()
                ),
                (
                    "labels",
                    "BTreeMap<String, Vec<String>>".to_owned(),
                    "Option<BTreeMap<String, Vec<String>>>".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn enum_values_that_collide_or_take_unknown_are_numbered() {
        let api = api(&reply_of(
            "    Thing:
      type: string
      enum: [a-b, a_b, Unknown, self]
",
        ));
        let surface = Surface::new(&api, "crate");
        let variants: Vec<(&str, &str)> = surface
            .variants(id(&surface, "Thing"))
            .iter()
            .map(|v| (v.name.as_code(), v.doc.as_str()))
            .collect();
        assert_eq!(
            variants,
            [
                ("AB", "`a-b`"),
                ("AB2", "`a_b`"),
                ("Unknown2", "`Unknown`"),
                ("Self_", "`self`")
            ]
        );
        assert!(matches!(
            surface.types[id(&surface, "Thing").index()].members,
            Members::Variants(_)
        ));
    }

    #[test]
    fn field_docs_name_the_wire_name_only_when_it_differs() {
        let api = api(&reply_of(
            "    Thing:
      type: object
      required: [name]
      properties:
        name: {type: string, description: The name.}
        userName: {type: string, description: Who made it.}
        type: {type: string}
        lastSeen: {type: string, nullable: true}
        first-seen: {type: string, nullable: true, description: When., format: date-time}
",
        ));
        let surface = Surface::new(&api, "crate");
        let docs: Vec<&str> = surface
            .fields(id(&surface, "Thing"))
            .iter()
            .map(|f| f.doc.as_str())
            .collect();
        assert_eq!(
            docs,
            [
                "The name.",
                "Who made it.\n\nWire name: `userName`.",
                // `r#type` is `type` to a reader.
                "The spec's `type` property.",
                "Wire name: `lastSeen`. `None`: absent; `Some(None)`: JSON `null`.",
                "When.\n\nFormat: `date-time`.\n\nWire name: `first-seen`. `None`: absent; `Some(None)`: JSON `null`.",
            ]
        );
    }
}
