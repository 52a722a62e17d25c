//! A schema's type: scalars, arrays, maps, string enums and structs (the
//! composed ones are in [`super::compose`]), each in the view asked for.

use std::collections::BTreeSet;

use openapiv3::{
    AdditionalProperties, IntegerFormat, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

use super::compose::{self, Object, Property};
use super::{AsSchema, Context, Identity, Model, schema_docs, string_list};
use crate::error::{Error, Pointer};
use crate::ir::{
    Extra, Field, NamePart, NameRoot, TypeDef, TypeId, TypeKind, TypeRef, ValueNotes, Variant, View,
};

/// A list (`type: array`, or `items`) or a map (an object of
/// `additionalProperties` alone).
fn is_list_or_map(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::Array(_)) => true,
        SchemaKind::Type(Type::Object(object)) => {
            object.properties.is_empty()
                && matches!(
                    object.additional_properties,
                    Some(AdditionalProperties::Schema(_))
                )
        }
        SchemaKind::Any(any) => {
            (any.items.is_some() || any.typ.as_deref() == Some("array"))
                || (any.properties.is_empty()
                    && any.all_of.is_empty()
                    && any.one_of.is_empty()
                    && any.any_of.is_empty()
                    && matches!(
                        any.additional_properties,
                        Some(AdditionalProperties::Schema(_))
                    ))
        }
        _ => false,
    }
}

impl Model<'_> {
    /// The type of a schema, creating types as needed, and whether it is
    /// nullable. `context` names an inline object or enum from where it is.
    pub(super) fn type_of<T>(
        &mut self,
        item: &ReferenceOr<T>,
        at: &Pointer,
        context: &Context,
        view: View,
    ) -> Result<(TypeRef, bool), Error>
    where
        T: AsSchema,
    {
        let located = self.locate(item, at)?;
        let context = match (&located.component, &located.schema.schema_data.title) {
            (Some(component), _) => Context::new(NameRoot::Component(component.clone())),
            (None, Some(title)) => context.titled(title),
            (None, None) => context.clone(),
        };
        let nullable =
            located.schema.schema_data.nullable || compose::has_null_member(&located.schema);
        // A schema met again while its own type is being built is a cycle
        // (`Node` → `children` → `Node`): a struct or union refers to its
        // own type, a list or map gets a named type around it; anything
        // else (an `allOf` of itself alone) cannot be a Rust type.
        // A list or map with nothing read-only in it is the same in every
        // view: one type when it needs one of its own.
        let view = if view != View::Model
            && is_list_or_map(&located.schema)
            && !self.has_read_only(&located.at, &located.schema, &mut BTreeSet::new())?
        {
            View::Model
        } else {
            view
        };
        let key = (located.at.to_string(), view);
        if let Some(id) = self.wrapped.get(&key) {
            return Ok((TypeRef::Named(*id), nullable));
        }
        if !self.resolving.insert(key.clone()) {
            if let Some(id) = self.pending.get(&key) {
                return Ok((TypeRef::Named(*id), nullable));
            }
            if is_list_or_map(&located.schema) {
                let id = self.reserve();
                self.wrapped.insert(key, id);
                return Ok((TypeRef::Named(id), nullable));
            }
            // Only itself (`A: {allOf: [$ref: A]}`): it says nothing of the value.
            let what = match &located.component {
                Some(name) => format!("`{name}` is only itself"),
                None => "the schema is only itself".to_owned(),
            };
            self.warn(
                &located.at,
                format!("{what} (an `allOf`, `anyOf` or `oneOf` of itself alone): typed as any JSON value"),
            );
            return Ok((TypeRef::Json, nullable));
        }
        let ty = self.kind_type(&located.schema, &located.at, &context, view);
        self.resolving.remove(&key);
        let ty = ty?;
        // The list or map met itself: its type is the one made for it.
        if let Some(id) = self.wrapped.get(&key).copied() {
            self.fill(
                id,
                TypeDef {
                    origin: context.origin(view),
                    at: located.at.to_string(),
                    docs: schema_docs(&located.schema),
                    kind: TypeKind::Newtype { inner: ty },
                },
            );
            return Ok((TypeRef::Named(id), nullable));
        }
        Ok((ty, nullable))
    }

    fn kind_type(
        &mut self,
        schema: &Schema,
        at: &Pointer,
        context: &Context,
        view: View,
    ) -> Result<TypeRef, Error> {
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(string)) => {
                let values: Vec<String> = string.enumeration.iter().flatten().cloned().collect();
                if !values.is_empty() {
                    return Ok(self.enum_type(schema, at, context, values));
                }
                Ok(match &string.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => TypeRef::Bytes,
                    _ => TypeRef::String,
                })
            }
            SchemaKind::Type(Type::Integer(integer)) => {
                let values: Vec<i64> = integer.enumeration.iter().flatten().copied().collect();
                if !values.is_empty() {
                    return Ok(self.int_enum_type(schema, at, context, values));
                }
                Ok(match integer.format {
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => TypeRef::I32,
                    _ => TypeRef::I64,
                })
            }
            SchemaKind::Type(Type::Number(_)) => Ok(TypeRef::Number),
            SchemaKind::Type(Type::Boolean(_)) => Ok(TypeRef::Bool),
            SchemaKind::Type(Type::Array(array)) => {
                self.array_type(array.items.as_ref(), at, context, view)
            }
            SchemaKind::Type(Type::Object(object)) => {
                if !object.properties.is_empty() {
                    return self.all_of_type(schema, at, context, view);
                }
                self.map_type(object.additional_properties.as_ref(), at, context, view)
            }
            SchemaKind::AllOf { .. } => self.all_of_type(schema, at, context, view),
            SchemaKind::OneOf { one_of } => {
                self.union_type(schema, at, context, view, one_of, "oneOf")
            }
            SchemaKind::AnyOf { any_of } => {
                self.union_type(schema, at, context, view, any_of, "anyOf")
            }
            SchemaKind::Not { .. } => {
                self.warn(
                    at,
                    "`not` cannot be expressed in Rust: typed as any JSON value",
                );
                Ok(TypeRef::Json)
            }
            SchemaKind::Any(any) => {
                if !any.all_of.is_empty() || !any.properties.is_empty() {
                    if !any.one_of.is_empty() || !any.any_of.is_empty() {
                        self.warn(at, "`oneOf` / `anyOf` beside `properties` or `allOf`: only the properties are typed");
                    }
                    return self.all_of_type(schema, at, context, view);
                }
                if !any.one_of.is_empty() {
                    return self.union_type(schema, at, context, view, &any.one_of, "oneOf");
                }
                if !any.any_of.is_empty() {
                    return self.union_type(schema, at, context, view, &any.any_of, "anyOf");
                }
                if any.typ.as_deref() == Some("object") || any.additional_properties.is_some() {
                    return self.map_type(any.additional_properties.as_ref(), at, context, view);
                }
                if any.items.is_some() || any.typ.as_deref() == Some("array") {
                    return self.array_type(any.items.as_ref(), at, context, view);
                }
                // Keywords that do not fit the `type` (an `enum` of numbers on
                // a string): the type wins.
                let ty = match any.typ.as_deref() {
                    Some("string") => TypeRef::String,
                    Some("integer") => TypeRef::I64,
                    Some("number") => TypeRef::Number,
                    Some("boolean") => TypeRef::Bool,
                    None if !any.enumeration.is_empty() => {
                        let values: Option<Vec<String>> = any
                            .enumeration
                            .iter()
                            .filter(|value| !value.is_null())
                            .map(|value| value.as_str().map(str::to_owned))
                            .collect();
                        match values {
                            Some(values) if !values.is_empty() => {
                                return Ok(self.enum_type(schema, at, context, values));
                            }
                            _ => TypeRef::Json,
                        }
                    }
                    _ => TypeRef::Json,
                };
                if any.typ.is_some() && !any.enumeration.is_empty() {
                    self.warn(
                        at,
                        "an `enum` whose values do not match the `type`: typed by the `type` alone",
                    );
                }
                Ok(ty)
            }
        }
    }

    fn array_type(
        &mut self,
        items: Option<&ReferenceOr<Box<Schema>>>,
        at: &Pointer,
        context: &Context,
        view: View,
    ) -> Result<TypeRef, Error> {
        match items {
            None => Ok(TypeRef::Vec(Box::new(TypeRef::Json))),
            Some(items) => {
                let (item, _) = self.type_of(
                    items,
                    &at.join("items"),
                    &context.child(NamePart::Item),
                    view,
                )?;
                Ok(TypeRef::Vec(Box::new(item)))
            }
        }
    }

    fn map_type(
        &mut self,
        additional: Option<&AdditionalProperties>,
        at: &Pointer,
        context: &Context,
        view: View,
    ) -> Result<TypeRef, Error> {
        match additional {
            Some(AdditionalProperties::Schema(values)) => {
                let (value, _) = self.type_of(
                    values.as_ref(),
                    &at.join("additionalProperties"),
                    &context.child(NamePart::Value),
                    view,
                )?;
                Ok(TypeRef::Map(Box::new(value)))
            }
            _ => Ok(TypeRef::JsonObject),
        }
    }

    fn enum_type(
        &mut self,
        schema: &Schema,
        at: &Pointer,
        context: &Context,
        values: Vec<String>,
    ) -> TypeRef {
        let mut seen = BTreeSet::new();
        let values: Vec<String> = values
            .into_iter()
            .filter(|wire| seen.insert(wire.clone()))
            .collect();
        // Inline enums that share a title are one type, named by the title,
        // whatever their values: a value added at one place adds a variant,
        // it renames nothing.
        let identity = match (&context.root, context.path.is_empty()) {
            (NameRoot::Title(title), true) => Identity::TitledEnum(title.clone()),
            _ => Identity::At(at.to_string()),
        };
        let key = (identity, View::Model);
        if let Some(&id) = self.by_key.get(&key) {
            self.merge_enum_values(id, schema, at, values);
            return TypeRef::Named(id);
        }
        let variants = values.into_iter().map(|wire| Variant { wire }).collect();
        let id = self.push(TypeDef {
            origin: context.origin(View::Model),
            at: at.to_string(),
            docs: schema_docs(schema),
            kind: TypeKind::Enum { variants },
        });
        self.by_key.insert(key, id);
        TypeRef::Named(id)
    }

    /// Adds to a titled enum the values another schema with its title lists,
    /// and warns when the lists differ: the one type accepts every value, so
    /// a request may send one that only the other place allows. The first
    /// schema with a description documents the type.
    fn merge_enum_values(
        &mut self,
        id: TypeId,
        schema: &Schema,
        at: &Pointer,
        values: Vec<String>,
    ) {
        let Some(Some(def)) = self.types.get_mut(id.index()) else {
            return;
        };
        if def.docs.summary.is_none() && def.docs.description.is_none() {
            def.docs = schema_docs(schema);
        }
        let TypeKind::Enum { variants } = &mut def.kind else {
            return;
        };
        let first = def.at.clone();
        let known: BTreeSet<String> = variants.iter().map(|v| v.wire.clone()).collect();
        let differ = values.len() != known.len() || values.iter().any(|v| !known.contains(v));
        for wire in values {
            if !known.contains(&wire) {
                variants.push(Variant { wire });
            }
        }
        if differ {
            self.warn(
                at,
                format!(
                    "this enum shares its title with the one at {first} but not its values: one type holds every value of both, so a request can send a value only the other place lists"
                ),
            );
        }
    }

    pub(super) fn has_read_only(
        &mut self,
        at: &Pointer,
        schema: &Schema,
        seen: &mut BTreeSet<String>,
    ) -> Result<bool, Error> {
        if let Some(known) = self.read_only_cache.get(at.as_str()) {
            return Ok(*known);
        }
        if !seen.insert(at.to_string()) {
            return Ok(false);
        }
        let mut found = false;
        for (child, child_at) in compose::children(schema, at) {
            let located = self.locate_child(&child, &child_at)?;
            if located.schema.schema_data.read_only
                || self.has_read_only(&located.at, &located.schema, seen)?
            {
                found = true;
                break;
            }
        }
        self.read_only_cache.insert(at.to_string(), found);
        Ok(found)
    }

    pub(super) fn struct_type(
        &mut self,
        at: &Pointer,
        context: &Context,
        requested: View,
        schema: &Schema,
        object: Object,
    ) -> Result<TypeRef, Error> {
        let read_only = self.has_read_only(at, schema, &mut BTreeSet::new())?;
        // Views that would be identical to the model share its type.
        let view = match requested {
            View::Model => View::Model,
            View::Request if read_only => View::Request,
            View::Request => View::Model,
            View::Patch if !read_only && self.is_patch_named(context) => View::Model,
            View::Patch => View::Patch,
        };
        // Inline schemas that share a title and a definition share one type.
        let titled = match (&context.root, context.path.is_empty()) {
            (NameRoot::Title(title), true) if super::component_name(at).is_none() => {
                Some((title.clone(), view))
            }
            _ => None,
        };
        let key = (Identity::At(at.to_string()), view);
        let existing = match &titled {
            Some(title) => self
                .titled
                .get(title)
                .and_then(|seen| seen.iter().find(|(other, _)| other == schema))
                .map(|(_, id)| *id),
            None => self.by_key.get(&key).copied(),
        };
        if let Some(id) = existing {
            // Met again while being built: the struct contains itself, and
            // the field is boxed once every type is known.
            return Ok(TypeRef::Named(id));
        }
        let id = self.reserve();
        match titled {
            Some(title) => self
                .titled
                .entry(title)
                .or_default()
                .push((schema.clone(), id)),
            None => {
                self.by_key.insert(key.clone(), id);
            }
        }
        self.pending.insert((at.to_string(), requested), id);

        let child_view = if view == View::Model {
            View::Model
        } else {
            View::Request
        };
        let mut fields = Vec::with_capacity(object.properties.len());
        let mut read_only = Vec::new();
        for Property {
            wire,
            schema: property,
            at: property_at,
        } in &object.properties
        {
            let located = self.locate(property, property_at)?;
            let data = &located.schema.schema_data;
            if view != View::Model && data.read_only {
                read_only.push(wire.clone());
                continue;
            }
            let (ty, nullable) = self.type_of(
                property,
                property_at,
                &context.child(NamePart::Property(wire.clone())),
                child_view,
            )?;
            let required = object.required.contains(wire);
            let constant = required && !nullable && self.single_value_enum(&ty);
            let aliases = string_list(data.extensions.get("x-aliases"))
                .map_err(|message| self.spec.error(&property_at.join("x-aliases"), message))?;
            let mut unchecked = Vec::new();
            let checks = self.checks(property, property_at, &mut unchecked)?;
            fields.push(Field {
                wire_name: wire.clone(),
                aliases,
                docs: schema_docs(&located.schema),
                notes: value_notes(&located.schema),
                ty,
                required,
                nullable,
                constant,
                checks,
                unchecked,
            });
        }
        for wire in &object.required {
            if !object.properties.iter().any(|p| p.wire == *wire) {
                self.warn(
                    &at.join("required"),
                    format!("`{wire}` is required but not a property: ignored"),
                );
            }
        }
        let default = fields.iter().all(|field| !field.required || field.constant);
        let extra = match &object.additional {
            Some((values, values_at)) => {
                let (ty, _) = self.type_of(
                    values,
                    values_at,
                    &context.child(NamePart::Value),
                    child_view,
                )?;
                Some(Extra { ty })
            }
            None => None,
        };
        // Typed extra fields keep everything the spec does not name already.
        let keeps_unknown =
            extra.is_none() && view != View::Patch && self.from_responses.contains(at.as_str());
        if view == View::Request {
            let input = match &context.root {
                NameRoot::Title(title) if context.path.is_empty() => {
                    let seen = self.titled.get(&(title.clone(), View::Request));
                    let index = seen
                        .and_then(|seen| seen.iter().position(|(_, other)| *other == id))
                        .unwrap_or(usize::MAX);
                    super::InputKey::Titled(title.clone(), index)
                }
                _ => super::InputKey::At(at.to_string()),
            };
            self.inputs.push((input, id));
        }
        self.fill(
            id,
            TypeDef {
                origin: context.origin(view),
                at: at.to_string(),
                docs: schema_docs(schema),
                kind: TypeKind::Struct {
                    fields,
                    default,
                    keeps_unknown,
                    input_of: None,
                    read_only,
                    extra,
                },
            },
        );
        Ok(TypeRef::Named(id))
    }

    fn single_value_enum(&self, ty: &TypeRef) -> bool {
        let TypeRef::Named(id) = ty else {
            return false;
        };
        self.def(*id).is_some_and(
            |def| matches!(&def.kind, TypeKind::Enum { variants } if variants.len() == 1),
        )
    }
}

impl Model<'_> {
    /// A patch body whose own name already says `Patch` (a component schema
    /// `PartnerPatch`, an operation `partnerPatch`) is its model type when it
    /// has nothing read-only: no `PartnerPatchPatch`.
    fn is_patch_named(&self, context: &Context) -> bool {
        if !context.path.is_empty() {
            return false;
        }
        match &context.root {
            NameRoot::Component(name) | NameRoot::Title(name) => {
                crate::naming::pascal(name).ends_with("Patch")
            }
            NameRoot::PatchBody(op) => self.patch_named_operations.contains(op),
            _ => false,
        }
    }
}

/// What a value's schema says beyond its type: `format` (unless binary, which
/// the type says) and `default`.
pub(super) fn value_notes(schema: &Schema) -> ValueNotes {
    let format = match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => match &string.format {
            VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => None,
            VariantOrUnknownOrEmpty::Item(format) => serde_json::to_value(format)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned)),
            VariantOrUnknownOrEmpty::Unknown(format) => Some(format.clone()),
            VariantOrUnknownOrEmpty::Empty => None,
        },
        _ => None,
    };
    ValueNotes {
        format,
        default: schema.schema_data.default.clone(),
    }
}
