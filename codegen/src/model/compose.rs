//! Composed schemas: `allOf` (merged into one struct), `oneOf` / `anyOf`
//! (unions, tagged by a `discriminator` when every alternative has a tag)
//! and integer enums. Once every type is known, [`super::settle`] makes
//! recursive types finite.

use std::borrow::Cow;
use std::collections::BTreeSet;

use indexmap::IndexMap;

use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type};

use super::located::Held;
use super::{Context, Identity, Located, Model, schema_docs};
use crate::error::{Error, Pointer};
use crate::ir::{IntVariant, NamePart, NameRoot, TypeDef, TypeKind, TypeRef, UnionVariant, View};

/// One property of an object, with where it is defined (an `allOf` member's
/// properties keep their own place, so their inline types are shared).
/// The schema is lent by the one it is written in, or copied when that one
/// is itself a copy (read from the YAML value).
#[derive(Debug, Clone)]
pub(super) struct Property<'s> {
    pub wire: String,
    pub schema: Cow<'s, ReferenceOr<Box<Schema>>>,
    pub at: Pointer,
}

/// An object schema with its `allOf` members merged in.
#[derive(Debug, Default)]
pub(super) struct Object<'s> {
    /// Properties in order of first appearance; a later definition of the
    /// same name (a derived schema narrowing its base's) replaces the schema.
    pub properties: Vec<Property<'s>>,
    /// `required`, merged.
    pub required: Vec<String>,
    /// `additionalProperties: <schema>` (or `true`, as an empty schema).
    pub additional: Option<(ReferenceOr<Box<Schema>>, Pointer)>,
    /// Says `type: object` somewhere.
    pub typed_object: bool,
    /// Members that are not objects (a string, an array, a union), by place.
    pub others: Vec<Pointer>,
}

impl<'s> Object<'s> {
    fn add_properties<'a>(
        &mut self,
        properties: impl IntoIterator<Item = (&'a String, Cow<'s, ReferenceOr<Box<Schema>>>)>,
        at: &Pointer,
    ) {
        for (wire, schema) in properties {
            let property = Property {
                wire: wire.clone(),
                schema,
                at: at.join("properties").join(wire),
            };
            match self.properties.iter_mut().find(|p| p.wire == *wire) {
                Some(existing) => *existing = property,
                None => self.properties.push(property),
            }
        }
    }

    fn add_required(&mut self, required: &[String]) {
        for name in required {
            if !self.required.contains(name) {
                self.required.push(name.clone());
            }
        }
    }

    fn add_additional(&mut self, additional: Option<&AdditionalProperties>, at: &Pointer) {
        let schema = match additional {
            Some(AdditionalProperties::Schema(schema)) => (**schema).clone(),
            Some(AdditionalProperties::Any(true)) => ReferenceOr::Item(Schema {
                schema_data: Default::default(),
                schema_kind: SchemaKind::Any(Default::default()),
            }),
            _ => return,
        };
        self.additional = Some((boxed(schema), at.join("additionalProperties")));
    }
}

/// The properties written in `schema` (none unless it is an object or
/// untyped).
fn object_properties(schema: &Schema) -> Option<&IndexMap<String, ReferenceOr<Box<Schema>>>> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => Some(&object.properties),
        SchemaKind::Any(any) => Some(&any.properties),
        _ => None,
    }
}

/// The `allOf` members written in `schema`.
fn all_of_members(schema: &Schema) -> &[ReferenceOr<Schema>] {
    match &schema.schema_kind {
        SchemaKind::AllOf { all_of } => all_of,
        SchemaKind::Any(any) => &any.all_of,
        _ => &[],
    }
}

fn boxed(schema: ReferenceOr<Schema>) -> ReferenceOr<Box<Schema>> {
    match schema {
        ReferenceOr::Item(item) => ReferenceOr::Item(Box::new(item)),
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
    }
}

/// A schema directly inside another, as written there: `openapiv3` boxes
/// properties, items and values, not members.
pub(super) enum Child<'s> {
    Boxed(&'s ReferenceOr<Box<Schema>>),
    Member(&'s ReferenceOr<Schema>),
}

/// The schemas directly inside `schema` (properties, items, values, members),
/// lent, with their places.
pub(super) fn children<'s>(schema: &'s Schema, at: &Pointer) -> Vec<(Child<'s>, Pointer)> {
    let mut out = Vec::new();
    let members = |out: &mut Vec<_>, keyword: &str, list: &'s [ReferenceOr<Schema>]| {
        for (index, member) in list.iter().enumerate() {
            out.push((
                Child::Member(member),
                at.join(keyword).join(index.to_string()),
            ));
        }
    };
    let additional = |out: &mut Vec<_>, additional: Option<&'s AdditionalProperties>| {
        if let Some(AdditionalProperties::Schema(values)) = additional {
            out.push((Child::Member(values), at.join("additionalProperties")));
        }
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::Object(object)) => {
            for (name, property) in &object.properties {
                out.push((Child::Boxed(property), at.join("properties").join(name)));
            }
            additional(&mut out, object.additional_properties.as_ref());
        }
        SchemaKind::Type(Type::Array(array)) => {
            if let Some(items) = &array.items {
                out.push((Child::Boxed(items), at.join("items")));
            }
        }
        SchemaKind::AllOf { all_of } => members(&mut out, "allOf", all_of),
        SchemaKind::OneOf { one_of } => members(&mut out, "oneOf", one_of),
        SchemaKind::AnyOf { any_of } => members(&mut out, "anyOf", any_of),
        SchemaKind::Any(any) => {
            for (name, property) in &any.properties {
                out.push((Child::Boxed(property), at.join("properties").join(name)));
            }
            additional(&mut out, any.additional_properties.as_ref());
            if let Some(items) = &any.items {
                out.push((Child::Boxed(items), at.join("items")));
            }
            members(&mut out, "allOf", &any.all_of);
            members(&mut out, "oneOf", &any.one_of);
            members(&mut out, "anyOf", &any.any_of);
        }
        _ => {}
    }
    out
}

/// A schema that only adds constraints or documentation (`{description}`,
/// `{nullable: true}`, `{required: [a]}`): it names no type of its own.
pub(super) fn is_constraint_only(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Any(any) => {
            any.typ.is_none()
                && any.properties.is_empty()
                && any.additional_properties.is_none()
                && any.items.is_none()
                && any.enumeration.is_empty()
                && any.all_of.is_empty()
                && any.one_of.is_empty()
                && any.any_of.is_empty()
        }
        _ => false,
    }
}

/// `type: 'null'` (OpenAPI 3.1 style, common in converted specs): in a union
/// it makes the value nullable rather than being an alternative.
pub(super) fn is_null_type(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, SchemaKind::Any(any) if any.typ.as_deref() == Some("null"))
}

/// Whether a `oneOf` / `anyOf` has a `type: 'null'` member.
pub(super) fn has_null_member(schema: &Schema) -> bool {
    let members = match &schema.schema_kind {
        SchemaKind::OneOf { one_of } => one_of,
        SchemaKind::AnyOf { any_of } => any_of,
        _ => return false,
    };
    members
        .iter()
        .any(|member| matches!(member, ReferenceOr::Item(schema) if is_null_type(schema)))
}

impl<'a> Model<'a> {
    /// `allOf` (in `schema`, possibly beside its own `properties`): the
    /// type of its one real member, or a struct of every member's properties.
    pub(super) fn all_of_type(
        &mut self,
        schema: &Schema,
        at: &Pointer,
        context: &Context,
        view: View,
    ) -> Result<TypeRef, Error> {
        let members = all_of_members(schema);
        let own_properties = object_properties(schema).is_some_and(|own| !own.is_empty());
        let own_additional = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => object.additional_properties.is_some(),
            SchemaKind::Any(any) => any.additional_properties.is_some(),
            _ => false,
        };
        // `allOf: [$ref]` beside `nullable` or a description: the referenced type.
        if !own_properties && !own_additional {
            let mut real = Vec::new();
            for (index, member) in members.iter().enumerate() {
                let member_at = at.join("allOf").join(index.to_string());
                let located = self.locate(member, &member_at)?;
                if !is_constraint_only(&located.schema) {
                    real.push((member, member_at));
                }
            }
            match real.as_slice() {
                [] => return Ok(TypeRef::Json),
                [(member, member_at)] => {
                    return Ok(self.type_of(*member, member_at, context, view)?.0);
                }
                _ => {}
            }
        }
        let mut object = Object::default();
        self.collect(
            &Held::Borrowed(schema),
            at,
            &mut object,
            &mut BTreeSet::new(),
        )?;
        if object.properties.is_empty() && object.additional.is_none() {
            if !object.others.is_empty() {
                self.warn(
                    at,
                    "`allOf` of schemas that are not all objects: typed as any JSON value",
                );
                return Ok(TypeRef::Json);
            }
            return Ok(if object.typed_object {
                TypeRef::JsonObject
            } else {
                TypeRef::Json
            });
        }
        if let Some(other) = object.others.first() {
            let other = other.clone();
            self.warn(
                &other,
                "a member of `allOf` that is not an object: only the object members' properties are typed",
            );
        }
        self.struct_type(at, context, view, schema, object)
    }

    /// Gathers the properties of `schema` and of its `allOf` members: lent
    /// by the schemas they are written in, when those are lent.
    fn collect<'s>(
        &mut self,
        schema: &Held<'s>,
        at: &Pointer,
        object: &mut Object<'s>,
        seen: &mut BTreeSet<String>,
    ) -> Result<(), Error>
    where
        'a: 's,
    {
        if !seen.insert(at.to_string()) {
            return Ok(());
        }
        let lent = schema.lent();
        let own_properties: Vec<(&String, Cow<'s, ReferenceOr<Box<Schema>>>)> = match lent {
            Some(lent) => object_properties(lent)
                .into_iter()
                .flatten()
                .map(|(wire, property)| (wire, Cow::Borrowed(property)))
                .collect(),
            None => object_properties(schema)
                .into_iter()
                .flatten()
                .map(|(wire, property)| (wire, Cow::Owned(property.clone())))
                .collect(),
        };
        let mut members = |model: &mut Self, object: &mut Object<'s>| {
            for index in 0..all_of_members(schema).len() {
                let at = at.join("allOf").join(index.to_string());
                let (member, member_at) = match lent {
                    Some(lent) => {
                        let located = model.locate(&all_of_members(lent)[index], &at)?;
                        (located.schema, located.at)
                    }
                    // The members of a copy are copied out of it (or shared).
                    None => {
                        let located = model.locate(&all_of_members(schema)[index], &at)?;
                        (located.schema.detached(), located.at)
                    }
                };
                model.collect(&member, &member_at, object, seen)?;
            }
            Ok::<(), Error>(())
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                object.typed_object = true;
                object.add_properties(own_properties, at);
                object.add_required(&o.required);
                object.add_additional(o.additional_properties.as_ref(), at);
            }
            SchemaKind::AllOf { .. } => members(self, object)?,
            SchemaKind::Any(any) => {
                object.typed_object |= any.typ.as_deref() == Some("object");
                object.add_properties(own_properties, at);
                object.add_required(&any.required);
                object.add_additional(any.additional_properties.as_ref(), at);
                members(self, object)?;
                let other_type = any.typ.as_deref().is_some_and(|t| t != "object");
                if !any.one_of.is_empty()
                    || !any.any_of.is_empty()
                    || other_type
                    || any.items.is_some()
                    || !any.enumeration.is_empty()
                {
                    object.others.push(at.clone());
                }
            }
            SchemaKind::Not { .. } => {}
            _ => object.others.push(at.clone()),
        }
        Ok(())
    }

    /// `oneOf` / `anyOf` (`keyword`): the type of its one real alternative,
    /// or an enum with a variant per alternative.
    pub(super) fn union_type(
        &mut self,
        schema: &Schema,
        at: &Pointer,
        context: &Context,
        requested: View,
        members: &[ReferenceOr<Schema>],
        keyword: &str,
    ) -> Result<TypeRef, Error> {
        let mut real: Vec<(&ReferenceOr<Schema>, Pointer, Located)> = Vec::new();
        for (index, member) in members.iter().enumerate() {
            let member_at = at.join(keyword).join(index.to_string());
            let located = self.locate(member, &member_at)?;
            if is_null_type(&located.schema) || is_constraint_only(&located.schema) {
                continue;
            }
            real.push((member, member_at, located));
        }
        match real.as_slice() {
            [] => return Ok(TypeRef::Json),
            [(member, member_at, _)] => {
                return Ok(self.type_of(*member, member_at, context, requested)?.0);
            }
            _ => {}
        }
        let read_only = self.has_read_only(at, schema, &mut BTreeSet::new())?;
        let view = match requested {
            View::Model => View::Model,
            _ if !read_only => View::Model,
            _ => View::Request,
        };
        let key = (Identity::At(at.to_string()), view);
        if let Some(existing) = self.by_key.get(&key) {
            return Ok(TypeRef::Named(*existing));
        }
        let id = self.reserve();
        self.by_key.insert(key, id);
        self.pending.insert((at.to_string(), requested), id);

        let child_view = if view == View::Model {
            View::Model
        } else {
            View::Request
        };
        let tags = self.tags(schema, at, &real);
        let mut variants: Vec<UnionVariant> = Vec::new();
        for (index, (member, member_at, located)) in real.iter().enumerate() {
            let member_context = Context::new(NameRoot::Union(id)).child(NamePart::Variant(index));
            let (ty, _) = self.type_of(*member, member_at, &member_context, child_view)?;
            let member_tags = tags.as_ref().map(|(_, tags)| tags[index].clone());
            // An untagged alternative identical to an earlier one never decodes.
            if member_tags.is_none() && variants.iter().any(|v| v.ty == ty) {
                continue;
            }
            variants.push(UnionVariant {
                ty,
                tags: member_tags.unwrap_or_default(),
                component: located.component.clone(),
            });
        }
        self.fill(
            id,
            TypeDef {
                origin: context.origin(view),
                at: at.to_string(),
                docs: schema_docs(schema),
                kind: TypeKind::Union {
                    variants,
                    tag: tags.map(|(property, _)| property),
                },
            },
        );
        Ok(TypeRef::Named(id))
    }

    /// The discriminator property and each alternative's tags, when every
    /// alternative has one (from `mapping`, or its component name).
    fn tags(
        &self,
        schema: &Schema,
        at: &Pointer,
        real: &[(&ReferenceOr<Schema>, Pointer, Located)],
    ) -> Option<(String, Vec<Vec<String>>)> {
        let discriminator = schema.schema_data.discriminator.as_ref()?;
        // A mapping value is a `$ref` (from the union's file) or a
        // component schema's name.
        let target = |value: &str| {
            let reference = value.contains(['#', '/'])
                || value.ends_with(".yaml")
                || value.ends_with(".yml")
                || value.ends_with(".json");
            if reference {
                self.spec
                    .target(at, value)
                    .map(|target| target.to_string())
                    .unwrap_or_default()
            } else {
                Pointer::root()
                    .join("components")
                    .join("schemas")
                    .join(value)
                    .to_string()
            }
        };
        let mut all: Vec<Vec<String>> = Vec::new();
        for (_, _, located) in real {
            let mut tags: Vec<String> = discriminator
                .mapping
                .iter()
                .filter(|(_, value)| target(value) == located.at.as_str())
                .map(|(tag, _)| tag.clone())
                .collect();
            if tags.is_empty() {
                tags.push(located.component.clone()?);
            }
            // A tag selects one alternative: the first that has it.
            tags.retain(|tag| !all.iter().flatten().any(|seen| seen == tag));
            if tags.is_empty() {
                return None;
            }
            all.push(tags);
        }
        Some((discriminator.property_name.clone(), all))
    }

    /// An integer `enum`: a Rust enum that keeps unknown values.
    pub(super) fn int_enum_type(
        &mut self,
        schema: &Schema,
        at: &Pointer,
        context: &Context,
        values: Vec<i64>,
    ) -> TypeRef {
        let key = (Identity::At(at.to_string()), View::Model);
        if let Some(id) = self.by_key.get(&key) {
            return TypeRef::Named(*id);
        }
        let names = super::string_list(schema.schema_data.extensions.get("x-enum-varnames"))
            .ok()
            .filter(|names| names.len() == values.len());
        let mut variants: Vec<IntVariant> = Vec::new();
        for (index, value) in values.into_iter().enumerate() {
            if variants.iter().any(|v| v.value == value) {
                continue;
            }
            variants.push(IntVariant {
                value,
                name: names.as_ref().map(|names| names[index].clone()),
            });
        }
        let id = self.push(TypeDef {
            origin: context.origin(View::Model),
            at: at.to_string(),
            docs: schema_docs(schema),
            kind: TypeKind::IntEnum { variants },
        });
        self.by_key.insert(key, id);
        TypeRef::Named(id)
    }
}
