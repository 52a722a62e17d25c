//! Stage 2: a loaded spec → the [`Api`] IR. Naming, views (model, request
//! input, patch), collision handling and ordering all happen here, once.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use openapiv3::{
    AdditionalProperties, IntegerFormat, Parameter, ParameterSchemaOrContent, ReferenceOr,
    RequestBody, Schema, SchemaKind, SecurityScheme, StatusCode, Type, VariantOrUnknownOrEmpty,
};

use crate::docs::doc;
use crate::error::{Error, Pointer};
use crate::ir::*;
use crate::load::Spec;
use crate::naming::{Scope, pascal, snake};

/// Which of a schema's Rust types is wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum View {
    /// Everything, as the server sends it.
    Model,
    /// What a request sends: `readOnly` properties left out.
    Request,
    /// A merge-patch body: `readOnly` left out, named `…Patch`.
    Patch,
}

/// Methods every generated `Client` has besides the operations.
const CLIENT_METHODS: &[&str] = &[
    "new",
    "with_base_url",
    "with_http_client",
    "base_url",
    "core",
];
/// Methods every generated builder has besides the setters.
pub(crate) const BUILDER_METHODS: &[&str] =
    &["new", "body", "build", "send", "decode", "timeout", "retry"];

const RECURSION_HINT: &str =
    "recursive schemas are not supported; break the cycle with a free-form object";

/// Turns a loaded spec into the IR.
pub fn build(spec: &Spec) -> Result<Api, Error> {
    let mut model = Model {
        spec,
        types: Vec::new(),
        by_key: HashMap::new(),
        type_names: Scope::with_reserved(&["Client", "Auth", "Error", "Response"]),
        in_progress: BTreeSet::new(),
        resolving: BTreeSet::new(),
        read_only_cache: HashMap::new(),
        from_responses: BTreeSet::new(),
        inputs: Vec::new(),
        by_status: Vec::new(),
    };
    model.mark_response_schemas()?;
    let doc = &spec.doc;
    let base_url = base_url(spec)?;
    let mut operations = Vec::new();
    let mut auth = AuthSchemes::default();
    let mut methods = Scope::with_reserved(CLIENT_METHODS);
    let mut builders = Scope::default();
    for (path, item) in &doc.paths.paths {
        let at = Pointer::root().join("paths").join(path);
        let (item, item_at) = spec.resolve(item, &at)?;
        for (method, operation) in item.iter() {
            let op_at = item_at.join(method);
            let op = model.operation(
                OperationSite {
                    path,
                    method,
                    at: &op_at,
                    path_params: &item.parameters,
                    path_params_at: &item_at.join("parameters"),
                },
                operation,
                &mut methods,
                &mut builders,
                &mut auth,
            )?;
            operations.push(op);
        }
    }
    model.link_inputs();
    model.share_outcomes(&mut operations);
    if operations.is_empty() {
        return Err(spec.error(&Pointer::root().join("paths"), "the spec has no operations"));
    }
    Ok(Api {
        module: spec.module.clone(),
        spec_path: spec.path.to_string_lossy().replace('\\', "/"),
        title: doc.info.title.clone(),
        version: doc.info.version.clone(),
        description: doc.info.description.clone(),
        base_url,
        auth,
        types: model
            .types
            .into_iter()
            .map(|slot| slot.expect("every reserved type slot is filled"))
            .collect(),
        operations,
    })
}

fn base_url(spec: &Spec) -> Result<String, Error> {
    let at = Pointer::root().join("servers");
    let server = spec.doc.servers.first().ok_or_else(|| {
        spec.error(&at, "no server URL")
            .hint("add `servers: [{url: https://…}]`")
    })?;
    let mut url = server.url.clone();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(spec
            .error(
                &at.join("0").join("url"),
                format!("`{url}` is not an absolute http(s) URL"),
            )
            .hint("the first server must be the provider's production base URL"));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

struct OperationSite<'a> {
    path: &'a str,
    method: &'a str,
    at: &'a Pointer,
    path_params: &'a [ReferenceOr<Parameter>],
    path_params_at: &'a Pointer,
}

struct Model<'a> {
    spec: &'a Spec,
    /// Types in the order they were first needed; a slot is reserved before a
    /// struct's fields are built so parents come before their children.
    types: Vec<Option<TypeDef>>,
    by_key: HashMap<(String, View), String>,
    type_names: Scope,
    in_progress: BTreeSet<(String, View)>,
    /// Schemas (pointer and view) whose type is being built, to stop cycles.
    resolving: BTreeSet<(String, View)>,
    read_only_cache: HashMap<String, bool>,
    /// Pointers of every schema a response can contain: their structs keep
    /// unknown fields, so what the server sends survives a round trip.
    from_responses: BTreeSet<String>,
    /// Request views (`XInput`) and the identity of their schema.
    inputs: Vec<(String, String)>,
    /// By-status enums made so far, to share identical ones between operations.
    by_status: Vec<SharedOutcome>,
}

/// A by-status enum and the operations (Rust method names) that use it.
struct SharedOutcome {
    name: String,
    variants: Vec<StatusVariant>,
    users: Vec<String>,
    /// The neutral name it takes when several operations share it.
    shared_name: &'static str,
    what: &'static str,
}

/// A schema with where it lives and, for component schemas, its name.
struct Located {
    schema: Schema,
    at: Pointer,
    component: Option<String>,
}

impl Model<'_> {
    fn locate<T>(&self, item: &ReferenceOr<T>, at: &Pointer) -> Result<Located, Error>
    where
        T: Clone + serde::de::DeserializeOwned + IntoSchema,
    {
        let (schema, place) = self.spec.resolve(item, at)?;
        let segments = place.segments();
        let component = match segments.as_slice() {
            [components, schemas, name] if components == "components" && schemas == "schemas" => {
                Some(name.clone())
            }
            _ => None,
        };
        Ok(Located {
            schema: schema.into_schema(),
            at: place,
            component,
        })
    }

    // ---- response reachability -------------------------------------------

    fn mark_response_schemas(&mut self) -> Result<(), Error> {
        let spec = self.spec;
        for (path, item) in &spec.doc.paths.paths {
            let at = Pointer::root().join("paths").join(path);
            let (item, item_at) = spec.resolve(item, &at)?;
            for (method, operation) in item.iter() {
                let responses_at = item_at.join(method).join("responses");
                let responses = operation
                    .responses
                    .responses
                    .iter()
                    .map(|(status, r)| (r, responses_at.join(status.to_string())))
                    .chain(
                        operation
                            .responses
                            .default
                            .iter()
                            .map(|r| (r, responses_at.join("default"))),
                    );
                for (response, response_at) in responses {
                    let (response, response_at) = spec.resolve(response, &response_at)?;
                    for (media_type, content) in &response.content {
                        if let Some(schema) = &content.schema {
                            let schema_at =
                                response_at.join("content").join(media_type).join("schema");
                            self.mark(schema, &schema_at)?;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn mark<T>(&mut self, item: &ReferenceOr<T>, at: &Pointer) -> Result<(), Error>
    where
        T: Clone + serde::de::DeserializeOwned + IntoSchema,
    {
        let located = self.locate(item, at)?;
        if !self.from_responses.insert(located.at.to_string()) {
            return Ok(());
        }
        let at = located.at;
        match &located.schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                for (name, property) in &object.properties {
                    self.mark(property, &at.join("properties").join(name))?;
                }
                if let Some(AdditionalProperties::Schema(values)) = &object.additional_properties {
                    self.mark(values.as_ref(), &at.join("additionalProperties"))?;
                }
            }
            SchemaKind::Any(any) => {
                for (name, property) in &any.properties {
                    self.mark(property, &at.join("properties").join(name))?;
                }
                for (index, member) in any.all_of.iter().enumerate() {
                    self.mark(member, &at.join("allOf").join(index.to_string()))?;
                }
            }
            SchemaKind::Type(Type::Array(array)) => {
                if let Some(items) = &array.items {
                    self.mark(items, &at.join("items"))?;
                }
            }
            SchemaKind::AllOf { all_of } => {
                for (index, member) in all_of.iter().enumerate() {
                    self.mark(member, &at.join("allOf").join(index.to_string()))?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Lets each request view convert from its response model when their
    /// shared fields have the same types (GET → modify → PUT).
    fn link_inputs(&mut self) {
        for (identity, input_name) in std::mem::take(&mut self.inputs) {
            let Some(model_name) = self.by_key.get(&(identity, View::Model)).cloned() else {
                continue;
            };
            let fields_of = |name: &str| {
                self.types.iter().flatten().find_map(|def| match &def.kind {
                    TypeKind::Struct {
                        fields,
                        unknown_fields,
                        ..
                    } if def.name == name => Some((fields.clone(), unknown_fields.is_some())),
                    _ => None,
                })
            };
            let (Some((model_fields, model_keeps)), Some((input_fields, input_keeps))) =
                (fields_of(&model_name), fields_of(&input_name))
            else {
                continue;
            };
            let compatible = model_keeps == input_keeps
                && input_fields.iter().all(|input| {
                    model_fields.iter().any(|model| {
                        model.rust_name == input.rust_name
                            && model.ty == input.ty
                            && model.required == input.required
                            && model.nullable == input.nullable
                    })
                });
            if !compatible {
                continue;
            }
            for def in self.types.iter_mut().flatten() {
                if def.name == input_name {
                    if let TypeKind::Struct { input_of, .. } = &mut def.kind {
                        *input_of = Some(model_name.clone());
                    }
                }
            }
        }
    }

    // ---- types ---------------------------------------------------------

    /// The Rust type of a schema, creating named types as needed. `base` names
    /// an inline object or enum from its context.
    fn type_of<T>(
        &mut self,
        item: &ReferenceOr<T>,
        at: &Pointer,
        base: &str,
        view: View,
    ) -> Result<(TypeRef, bool), Error>
    where
        T: Clone + serde::de::DeserializeOwned + IntoSchema,
    {
        let located = self.locate(item, at)?;
        let base = match (&located.component, &located.schema.schema_data.title) {
            (Some(component), _) => pascal(component),
            (None, Some(title)) => pascal(title),
            (None, None) => base.to_owned(),
        };
        let nullable = located.schema.schema_data.nullable;
        // A schema met again while its own type is being built is a cycle
        // (`Node` → `children` → `Node`, or an array of itself).
        let key = (located.at.to_string(), view);
        if !self.resolving.insert(key.clone()) {
            let what = match &located.component {
                Some(name) => format!("`{name}` contains itself"),
                None => "the schema contains itself".to_owned(),
            };
            return Err(self.spec.error(&located.at, what).hint(RECURSION_HINT));
        }
        let ty = self.kind_type(&located.schema, &located.at, &base, view);
        self.resolving.remove(&key);
        Ok((ty?, nullable))
    }

    fn kind_type(
        &mut self,
        schema: &Schema,
        at: &Pointer,
        base: &str,
        view: View,
    ) -> Result<TypeRef, Error> {
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(string)) => {
                let values: Vec<String> = string.enumeration.iter().flatten().cloned().collect();
                if values.is_empty() {
                    Ok(TypeRef::String)
                } else {
                    self.enum_type(schema, at, base, values)
                }
            }
            SchemaKind::Type(Type::Integer(integer)) => Ok(match integer.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => TypeRef::I32,
                _ => TypeRef::I64,
            }),
            SchemaKind::Type(Type::Number(_)) => Ok(TypeRef::Number),
            SchemaKind::Type(Type::Boolean(_)) => Ok(TypeRef::Bool),
            SchemaKind::Type(Type::Array(array)) => match &array.items {
                None => Ok(TypeRef::Vec(Box::new(TypeRef::Json))),
                Some(items) => {
                    let (item, _) =
                        self.type_of(items, &at.join("items"), &format!("{base}Item"), view)?;
                    Ok(TypeRef::Vec(Box::new(item)))
                }
            },
            SchemaKind::Type(Type::Object(object)) => {
                if !object.properties.is_empty() {
                    return self.struct_type(
                        at,
                        base,
                        view,
                        &object.properties,
                        &object.required,
                        schema,
                    );
                }
                self.map_type(object.additional_properties.as_ref(), at, base, view)
            }
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                let (ty, _) = self.type_of(&all_of[0], &at.join("allOf").join("0"), base, view)?;
                Ok(ty)
            }
            SchemaKind::Any(any) => {
                if !any.one_of.is_empty()
                    || !any.any_of.is_empty()
                    || any.all_of.len() > 1
                    || any.not.is_some()
                {
                    return Err(self.unsupported(at, "a composed schema"));
                }
                // `type: object` + `nullable: true` + a one-member `allOf`: a
                // nullable `$ref` as OpenAPI 3.0 writes it.
                if let [member] = any.all_of.as_slice() {
                    if !any.properties.is_empty()
                        || any.additional_properties.is_some()
                        || any.items.is_some()
                        || !any.enumeration.is_empty()
                    {
                        return Err(self
                            .spec
                            .error(at, "`allOf` beside `properties`, `additionalProperties`, `items` or `enum`")
                            .hint("move those keywords into the `allOf` member, or drop the `allOf`"));
                    }
                    let (ty, _) = self.type_of(member, &at.join("allOf").join("0"), base, view)?;
                    return Ok(ty);
                }
                if !any.properties.is_empty() {
                    return self.struct_type(
                        at,
                        base,
                        view,
                        &any.properties,
                        &any.required,
                        schema,
                    );
                }
                if any.typ.as_deref() == Some("object") || any.additional_properties.is_some() {
                    return self.map_type(any.additional_properties.as_ref(), at, base, view);
                }
                if any.typ.is_some() || !any.enumeration.is_empty() || any.items.is_some() {
                    return Err(self
                        .spec
                        .error(at, "a schema whose keywords do not match its `type`")
                        .hint(
                            "check `type` and the keywords beside it (enum, items, properties)",
                        ));
                }
                Ok(TypeRef::Json)
            }
            SchemaKind::AllOf { .. } => {
                Err(self.unsupported(at, "`allOf` with more than one member"))
            }
            SchemaKind::OneOf { .. } => Err(self.unsupported(at, "`oneOf`")),
            SchemaKind::AnyOf { .. } => Err(self.unsupported(at, "`anyOf`")),
            SchemaKind::Not { .. } => Err(self.unsupported(at, "`not`")),
        }
    }

    fn unsupported(&self, at: &Pointer, what: &str) -> Error {
        self.spec
            .error(at, format!("{what} cannot be generated"))
            .hint("describe the value with one object schema (optional properties for the variants), or a free-form object; see specs/README.md")
    }

    fn map_type(
        &mut self,
        additional: Option<&AdditionalProperties>,
        at: &Pointer,
        base: &str,
        view: View,
    ) -> Result<TypeRef, Error> {
        match additional {
            Some(AdditionalProperties::Schema(values)) => {
                let (value, _) = self.type_of(
                    values.as_ref(),
                    &at.join("additionalProperties"),
                    &format!("{base}Value"),
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
        base: &str,
        values: Vec<String>,
    ) -> Result<TypeRef, Error> {
        // Inline enums that share a title and their values share one type.
        let identity = match &schema.schema_data.title {
            Some(title) if !is_component(at) => format!("title:{title}:{values:?}"),
            _ => at.to_string(),
        };
        let key = (identity, View::Model);
        if let Some(name) = self.by_key.get(&key) {
            return Ok(TypeRef::Named(name.clone()));
        }
        let name = self.type_names.claim(base.to_owned());
        let mut scope = Scope::with_reserved(&["Unknown"]);
        let variants = values
            .into_iter()
            .map(|wire| Variant {
                rust_name: scope.claim(pascal(&wire)),
                wire,
            })
            .collect();
        self.by_key.insert(key, name.clone());
        self.types.push(Some(TypeDef {
            name: name.clone(),
            doc: Some(match &schema.schema_data.title {
                // Shared by several fields: their descriptions stay on the fields.
                Some(title) if !is_component(at) => format!("The spec's `{title}` values."),
                _ => schema_doc(schema).unwrap_or_else(|| origin_doc(at)),
            }),
            kind: TypeKind::Enum { variants },
        }));
        Ok(TypeRef::Named(name))
    }

    fn has_read_only(
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
        let mut children: Vec<(ReferenceOr<Box<Schema>>, Pointer)> = Vec::new();
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                for (name, property) in &object.properties {
                    children.push((property.clone(), at.join("properties").join(name)));
                }
                if let Some(AdditionalProperties::Schema(values)) = &object.additional_properties {
                    children.push((boxed(values), at.join("additionalProperties")));
                }
            }
            SchemaKind::Any(any) => {
                for (name, property) in &any.properties {
                    children.push((property.clone(), at.join("properties").join(name)));
                }
                for (index, member) in any.all_of.iter().enumerate() {
                    children.push((
                        member.clone().map_box(),
                        at.join("allOf").join(index.to_string()),
                    ));
                }
            }
            SchemaKind::Type(Type::Array(array)) => {
                if let Some(items) = &array.items {
                    children.push((items.clone(), at.join("items")));
                }
            }
            SchemaKind::AllOf { all_of } => {
                for (index, member) in all_of.iter().enumerate() {
                    children.push((
                        member.clone().map_box(),
                        at.join("allOf").join(index.to_string()),
                    ));
                }
            }
            _ => {}
        }
        let mut found = false;
        for (child, child_at) in children {
            let located = self.locate(&child, &child_at)?;
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

    fn struct_type(
        &mut self,
        at: &Pointer,
        base: &str,
        view: View,
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        schema: &Schema,
    ) -> Result<TypeRef, Error> {
        let read_only = self.has_read_only(at, schema, &mut BTreeSet::new())?;
        // Views that would be identical to the model share its type.
        let (view, name) = match view {
            View::Model => (View::Model, base.to_owned()),
            View::Request if read_only => (View::Request, format!("{base}Input")),
            View::Request => (View::Model, base.to_owned()),
            View::Patch if base.ends_with("Patch") && !read_only => (View::Model, base.to_owned()),
            View::Patch => (View::Patch, format!("{base}Patch")),
        };
        // Inline schemas that share a title and a definition share one type.
        let identity = match &schema.schema_data.title {
            Some(title) if !is_component(at) => format!(
                "title:{title}:{}",
                serde_json::to_string(schema).unwrap_or_default()
            ),
            _ => at.to_string(),
        };
        let key = (identity, view);
        if let Some(existing) = self.by_key.get(&key) {
            if self.in_progress.contains(&key) {
                return Err(self
                    .spec
                    .error(at, format!("`{existing}` contains itself"))
                    .hint(RECURSION_HINT));
            }
            return Ok(TypeRef::Named(existing.clone()));
        }
        let name = self.type_names.claim(name);
        self.by_key.insert(key.clone(), name.clone());
        self.in_progress.insert(key.clone());
        let slot = self.types.len();
        self.types.push(None);

        let child_view = if view == View::Model {
            View::Model
        } else {
            View::Request
        };
        let mut scope = Scope::default();
        let mut fields = Vec::new();
        let mut read_only = Vec::new();
        for (wire, property) in properties {
            let property_at = at.join("properties").join(wire);
            let located = self.locate(property, &property_at)?;
            let data = &located.schema.schema_data;
            if view != View::Model && data.read_only {
                read_only.push(wire.clone());
                continue;
            }
            let (ty, nullable) = self.type_of(
                property,
                &property_at,
                &format!("{base}{}", pascal(wire)),
                child_view,
            )?;
            let is_required = required.contains(wire);
            let constant = is_required && !nullable && self.single_value_enum(&ty);
            let aliases = string_list(data.extensions.get("x-aliases"))
                .map_err(|message| self.spec.error(&property_at.join("x-aliases"), message))?;
            fields.push(Field {
                rust_name: scope.claim(snake(wire)),
                wire_name: wire.clone(),
                aliases,
                doc: schema_doc(&located.schema),
                ty,
                required: is_required,
                nullable,
                constant,
            });
        }
        for wire in required {
            if !properties.contains_key(wire) {
                return Err(self
                    .spec
                    .error(
                        &at.join("required"),
                        format!("`{wire}` is required but not a property"),
                    )
                    .hint("add the property or remove it from `required`"));
            }
        }
        let default = fields.iter().all(|field| !field.required || field.constant);
        let unknown_fields = (view != View::Patch && self.from_responses.contains(at.as_str()))
            .then(|| scope.claim("unknown_fields".to_owned()));
        if view == View::Request {
            self.inputs.push((key.0.clone(), name.clone()));
        }
        self.types[slot] = Some(TypeDef {
            name: name.clone(),
            doc: Some(schema_doc(schema).unwrap_or_else(|| origin_doc(at))),
            kind: TypeKind::Struct {
                fields,
                default,
                unknown_fields,
                input_of: None,
                read_only,
            },
        });
        self.in_progress.remove(&key);
        Ok(TypeRef::Named(name))
    }

    fn single_value_enum(&self, ty: &TypeRef) -> bool {
        let TypeRef::Named(name) = ty else {
            return false;
        };
        self.types.iter().flatten().any(|def| {
            def.name == *name
                && matches!(&def.kind, TypeKind::Enum { variants } if variants.len() == 1)
        })
    }

    fn struct_fields(&self, ty: &TypeRef) -> Option<Vec<Field>> {
        let TypeRef::Named(name) = ty else {
            return None;
        };
        self.types.iter().flatten().find_map(|def| match &def.kind {
            TypeKind::Struct { fields, .. } if def.name == *name => Some(fields.clone()),
            _ => None,
        })
    }

    // ---- operations ----------------------------------------------------

    fn operation(
        &mut self,
        site: OperationSite<'_>,
        operation: &openapiv3::Operation,
        methods: &mut Scope,
        builders: &mut Scope,
        auth: &mut AuthSchemes,
    ) -> Result<Operation, Error> {
        let at = site.at;
        let operation_id = operation.operation_id.as_deref().ok_or_else(|| {
            self.spec
                .error(at, "the operation has no `operationId`")
                .hint("add `operationId: <verbResource>`; it names the Rust method")
        })?;
        let method_name = methods.claim(snake(operation_id));
        let builder_name = builders.claim(pascal(operation_id));
        let reconstructed = reconstructed(&operation.extensions);

        let params = self.params(&site, operation, &builder_name)?;
        let authenticated = self.security(at, operation, auth)?;
        // Safe to repeat: the HTTP methods that are, or the spec says so.
        let idempotent = matches!(site.method, "get" | "head" | "put" | "delete" | "options")
            || operation
                .extensions
                .get("x-idempotent")
                .and_then(serde_json::Value::as_bool)
                == Some(true);
        let patch = site.method == "patch"
            || operation
                .extensions
                .get("x-patch")
                .and_then(serde_json::Value::as_bool)
                == Some(true);
        let body = match &operation.request_body {
            None => None,
            Some(body) => Some(self.body(body, &at.join("requestBody"), &builder_name, patch)?),
        };

        let mut success = Vec::new();
        let mut errors = Vec::new();
        let responses_at = at.join("responses");
        for (status, response) in &operation.responses.responses {
            let code = match status {
                StatusCode::Code(code) => *code,
                StatusCode::Range(_) => {
                    return Err(self
                        .spec
                        .error(
                            &responses_at.join(status.to_string()),
                            "status ranges cannot be decoded",
                        )
                        .hint("list each status the provider documents"));
                }
            };
            let case = self.response(
                response,
                &responses_at.join(code.to_string()),
                &builder_name,
                Some(code),
            )?;
            if (200..300).contains(&code) {
                success.push(case)
            } else {
                errors.push(case)
            }
        }
        if let Some(default) = &operation.responses.default {
            errors.push(self.response(
                default,
                &responses_at.join("default"),
                &builder_name,
                None,
            )?);
        }
        if success.is_empty() {
            return Err(self
                .spec
                .error(&responses_at, "no 2xx response is documented")
                .hint("document the success status and its body"));
        }
        let success_type = self.outcome_type(
            &success,
            (&format!("{builder_name}Response"), "Reply"),
            "the possible successful replies",
            &method_name,
        );
        let error_type = self.outcome_type(
            &errors,
            (&format!("{builder_name}ErrorBody"), "ErrorBody"),
            "the documented error replies",
            &method_name,
        );
        let mut accept: Vec<&str> = Vec::new();
        for case in success.iter().chain(&errors) {
            for media in &case.media {
                if !accept.contains(&media.media_type.as_str()) {
                    accept.push(&media.media_type);
                }
            }
        }
        let accept = (!accept.is_empty()).then(|| accept.join(", "));

        let mut doc_text = doc(&[
            operation.summary.as_deref(),
            operation.description.as_deref(),
        ]);
        if let Some(reason) = &reconstructed {
            let note = format!("*Reconstructed, not documented by the provider:* {reason}");
            doc_text = Some(match doc_text {
                Some(text) => format!("{text}\n\n{note}"),
                None => note,
            });
        }
        Ok(Operation {
            method_name,
            builder_name,
            http_method: site.method.to_ascii_uppercase(),
            path: site.path.to_owned(),
            doc: doc_text,
            reconstructed,
            params,
            body,
            success,
            errors,
            success_type,
            error_type,
            authenticated,
            idempotent,
            accept,
        })
    }

    fn params(
        &mut self,
        site: &OperationSite<'_>,
        operation: &openapiv3::Operation,
        builder: &str,
    ) -> Result<Vec<Param>, Error> {
        // Operation parameters override path-item ones with the same name and place.
        let mut merged: Vec<(ReferenceOr<Parameter>, Pointer)> = Vec::new();
        let mut seen: BTreeMap<(String, String), usize> = BTreeMap::new();
        let sources = site
            .path_params
            .iter()
            .enumerate()
            .map(|(i, p)| (p, site.path_params_at.join(i.to_string())))
            .chain(
                operation
                    .parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p, site.at.join("parameters").join(i.to_string()))),
            );
        for (param, param_at) in sources {
            let (resolved, _) = self.spec.resolve(param, &param_at)?;
            let data = resolved.parameter_data_ref();
            let key = (data.name.clone(), location_name(&resolved).to_owned());
            match seen.get(&key) {
                Some(&index) => merged[index] = (param.clone(), param_at),
                None => {
                    seen.insert(key, merged.len());
                    merged.push((param.clone(), param_at));
                }
            }
        }
        // `core` is the builder's client field, `body` its body field.
        let mut scope = Scope::with_reserved(&["core", "client", "body"]);
        let mut params = Vec::new();
        for (param, param_at) in merged {
            let (resolved, resolved_at) = self.spec.resolve(&param, &param_at)?;
            let location = match &resolved {
                Parameter::Path { .. } => ParamLocation::Path,
                Parameter::Query { .. } => ParamLocation::Query,
                Parameter::Header { .. } => ParamLocation::Header,
                Parameter::Cookie { .. } => {
                    return Err(self
                        .spec
                        .error(&resolved_at, "cookie parameters are not supported")
                        .hint(
                            "document the value as a header parameter if the provider accepts one",
                        ));
                }
            };
            let data = resolved.parameter_data_ref();
            let ParameterSchemaOrContent::Schema(schema) = &data.format else {
                return Err(self
                    .spec
                    .error(
                        &resolved_at.join("content"),
                        "parameters with `content` are not supported",
                    )
                    .hint("give the parameter a `schema`"));
            };
            // A shared parameter (`#/components/parameters/X`) names its type `X`.
            let base = match resolved_at.segments().as_slice() {
                [components, parameters, name]
                    if components == "components" && parameters == "parameters" =>
                {
                    pascal(name)
                }
                _ => format!("{builder}{}", pascal(&data.name)),
            };
            let (ty, _) =
                self.type_of(schema, &resolved_at.join("schema"), &base, View::Request)?;
            let scalar = |ty: &TypeRef| {
                matches!(
                    ty,
                    TypeRef::String | TypeRef::I32 | TypeRef::I64 | TypeRef::Number | TypeRef::Bool
                ) || matches!(ty, TypeRef::Named(name) if self.types.iter().flatten().any(|d| d.name == *name && matches!(d.kind, TypeKind::Enum { .. })))
            };
            let allowed = match (&ty, location) {
                (TypeRef::Vec(item), ParamLocation::Query) => scalar(item),
                (ty, _) => scalar(ty),
            };
            if !allowed {
                return Err(self
                    .spec
                    .error(&resolved_at.join("schema"), "a parameter must be a string, number, boolean or enum (or, in the query, an array of those)")
                    .hint("simplify the parameter's schema"));
            }
            if location == ParamLocation::Path && !site.path.contains(&format!("{{{}}}", data.name))
            {
                return Err(self
                    .spec
                    .error(
                        &resolved_at,
                        format!("path parameter `{}` is not in `{}`", data.name, site.path),
                    )
                    .hint("rename the parameter or the path template placeholder"));
            }
            if location == ParamLocation::Header
                && http::HeaderName::from_bytes(data.name.as_bytes()).is_err()
            {
                return Err(self
                    .spec
                    .error(
                        &resolved_at.join("name"),
                        format!("`{}` is not a valid HTTP header name", data.name),
                    )
                    .hint("use letters, digits and `-` (`X-Request-Id`)"));
            }
            let required = data.required || location == ParamLocation::Path;
            let checks = self.checks(schema, &resolved_at.join("schema"))?;
            params.push(Param {
                rust_name: scope.claim(snake(&data.name)),
                wire_name: data.name.clone(),
                location,
                ty,
                required,
                checks,
                doc: doc(&[data.description.as_deref()]),
            });
        }
        for placeholder in placeholders(site.path) {
            if !params
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.wire_name == placeholder)
            {
                return Err(self
                    .spec
                    .error(
                        site.at,
                        format!("`{{{placeholder}}}` in the path has no path parameter"),
                    )
                    .hint("declare it under `parameters` with `in: path`"));
            }
        }
        Ok(params)
    }

    /// The constraints of a parameter's schema (of its items, for an array).
    fn checks(&self, schema: &ReferenceOr<Schema>, at: &Pointer) -> Result<Vec<Check>, Error> {
        let located = self.locate(schema, at)?;
        let mut checks = Vec::new();
        match &located.schema.schema_kind {
            SchemaKind::Type(Type::Array(array)) => {
                if let Some(items) = &array.items {
                    let items = match items {
                        ReferenceOr::Item(item) => ReferenceOr::Item((**item).clone()),
                        ReferenceOr::Reference { reference } => ReferenceOr::Reference {
                            reference: reference.clone(),
                        },
                    };
                    return self.checks(&items, &located.at.join("items"));
                }
            }
            SchemaKind::Type(Type::String(string)) if string.enumeration.is_empty() => {
                if let Some(pattern) = &string.pattern {
                    if let Err(error) = regex_lite::Regex::new(pattern) {
                        return Err(self
                            .spec
                            .error(
                                &located.at.join("pattern"),
                                format!(
                                    "`{pattern}` is not a pattern the client can check: {error}"
                                ),
                            )
                            .hint(
                                "use a plain regular expression (classes, repetition, anchors)",
                            ));
                    }
                    checks.push(Check::Pattern(pattern.clone()));
                }
                if string.min_length.is_some() || string.max_length.is_some() {
                    checks.push(Check::Length {
                        min: string.min_length.map(|n| n as u64),
                        max: string.max_length.map(|n| n as u64),
                    });
                }
            }
            SchemaKind::Type(Type::Integer(integer)) => {
                let min = integer
                    .minimum
                    .map(|n| if integer.exclusive_minimum { n + 1 } else { n });
                let max = integer
                    .maximum
                    .map(|n| if integer.exclusive_maximum { n - 1 } else { n });
                if min.is_some() || max.is_some() {
                    checks.push(Check::Range { min, max });
                }
            }
            _ => {}
        }
        Ok(checks)
    }

    fn security(
        &self,
        at: &Pointer,
        operation: &openapiv3::Operation,
        auth: &mut AuthSchemes,
    ) -> Result<bool, Error> {
        let requirements = operation
            .security
            .as_ref()
            .or(self.spec.doc.security.as_ref());
        let Some(requirements) = requirements else {
            auth.anonymous = true;
            return Ok(false);
        };
        if requirements
            .iter()
            .all(|requirement| requirement.is_empty())
        {
            auth.anonymous = true;
            return Ok(false);
        }
        let schemes = self
            .spec
            .doc
            .components
            .as_ref()
            .map(|c| &c.security_schemes);
        for requirement in requirements {
            for name in requirement.keys() {
                let scheme_at = Pointer::root()
                    .join("components")
                    .join("securitySchemes")
                    .join(name);
                let scheme = schemes.and_then(|s| s.get(name)).ok_or_else(|| {
                    self.spec
                        .error(at, format!("security scheme `{name}` is not defined"))
                        .hint("define it under components/securitySchemes")
                })?;
                let (scheme, _) = self.spec.resolve(scheme, &scheme_at)?;
                match scheme {
                    SecurityScheme::HTTP { scheme, .. }
                        if scheme.eq_ignore_ascii_case("bearer") =>
                    {
                        auth.bearer = true
                    }
                    SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
                        auth.basic = true
                    }
                    _ => {
                        return Err(self
                            .spec
                            .error(
                                &scheme_at,
                                "only HTTP bearer and basic authentication are supported",
                            )
                            .hint("use `type: http` with `scheme: bearer` or `scheme: basic`"));
                    }
                }
            }
        }
        Ok(true)
    }

    /// Media types end up in `Content-Type` and `Accept` headers.
    fn check_media_type(&self, media_type: &str, at: &Pointer) -> Result<(), Error> {
        let valid = !media_type.is_empty()
            && media_type.contains('/')
            && http::HeaderValue::from_str(media_type).is_ok()
            && media_type.chars().all(|c| c.is_ascii_graphic() || c == ' ');
        if valid {
            return Ok(());
        }
        Err(self
            .spec
            .error(
                at,
                format!("`{media_type}` is not a media type that can be sent in a header"),
            )
            .hint("write it as `type/subtype`, in visible ASCII (`application/json`)"))
    }

    fn body(
        &mut self,
        body: &ReferenceOr<RequestBody>,
        at: &Pointer,
        builder: &str,
        patch: bool,
    ) -> Result<Body, Error> {
        let (body, body_at) = self.spec.resolve(body, at)?;
        let Some((media_type, media)) = body
            .content
            .iter()
            .find(|(media_type, _)| is_json(media_type))
        else {
            return Err(self
                .spec
                .error(
                    &body_at.join("content"),
                    "the request body has no JSON media type",
                )
                .hint("Switchboard sends `application/json`, `text/json` or a `…+json` body"));
        };
        let media_at = body_at.join("content").join(media_type);
        self.check_media_type(media_type, &media_at)?;
        let Some(schema) = &media.schema else {
            return Err(self
                .spec
                .error(&media_at, "the request body has no schema")
                .hint("add `schema:`"));
        };
        let (base, view) = if patch {
            (builder.to_owned(), View::Patch)
        } else {
            (format!("{builder}Body"), View::Request)
        };
        let (ty, _) = self.type_of(schema, &media_at.join("schema"), &base, view)?;
        let fields = if patch {
            self.struct_fields(&ty).ok_or_else(|| {
                self.spec
                    .error(
                        &media_at.join("schema"),
                        "a patch body must be an object with properties",
                    )
                    .hint("describe the fields the patch may send, or drop `x-patch`")
            })?
        } else {
            Vec::new()
        };
        Ok(Body {
            media_type: media_type.to_ascii_lowercase(),
            ty,
            patch,
            fields,
            required: body.required || patch,
            doc: doc(&[body.description.as_deref()]),
        })
    }

    fn response(
        &mut self,
        response: &ReferenceOr<openapiv3::Response>,
        at: &Pointer,
        builder: &str,
        status: Option<u16>,
    ) -> Result<ResponseCase, Error> {
        let (response, response_at) = self.spec.resolve(response, at)?;
        let base = format!("{builder}{}Response", status_name(status));
        let mut media = Vec::new();
        for (media_type, content) in &response.content {
            let media_at = response_at.join("content").join(media_type);
            self.check_media_type(media_type, &media_at)?;
            let (ty, text) = match &content.schema {
                None => (TypeRef::Json, false),
                Some(schema) => {
                    let (ty, _) =
                        self.type_of(schema, &media_at.join("schema"), &base, View::Model)?;
                    let text = ty == TypeRef::String && !is_json(media_type);
                    (ty, text)
                }
            };
            if let Some(first) = media.first().map(|m: &MediaCase| &m.ty) {
                if *first != ty {
                    return Err(self
                        .spec
                        .error(
                            &media_at,
                            "the media types of one status decode into different types",
                        )
                        .hint("use one schema for every media type of a status"));
                }
            }
            media.push(MediaCase {
                media_type: media_type.to_ascii_lowercase(),
                ty,
                text,
            });
        }
        Ok(ResponseCase {
            status,
            variant: status_name(status),
            doc: doc(&[Some(&response.description)]),
            media,
        })
    }

    /// One type for a set of responses: their common body type, or an enum
    /// with a variant per status when they differ.
    /// One type for a set of responses: their common body type, or an enum
    /// with a variant per status when they differ. An operation whose
    /// statuses match another's reuses that one's enum. `names` is the
    /// operation's own name for the enum and the name it takes when shared.
    fn outcome_type(
        &mut self,
        cases: &[ResponseCase],
        names: (&str, &'static str),
        what: &'static str,
        user: &str,
    ) -> Option<TypeRef> {
        let first = cases.first()?;
        if cases
            .iter()
            .all(|case| case.body_type() == first.body_type())
        {
            return first.body_type().cloned();
        }
        let variants: Vec<StatusVariant> = cases
            .iter()
            .map(|case| StatusVariant {
                rust_name: case.variant.clone(),
                status: case.status,
                ty: case.body_type().cloned(),
                doc: case.doc.clone(),
            })
            .collect();
        if let Some(shared) = self
            .by_status
            .iter_mut()
            .find(|shared| shared.variants == variants)
        {
            shared.users.push(user.to_owned());
            return Some(TypeRef::Named(shared.name.clone()));
        }
        let name = self.type_names.claim(names.0.to_owned());
        self.by_status.push(SharedOutcome {
            name: name.clone(),
            variants: variants.clone(),
            users: vec![user.to_owned()],
            shared_name: names.1,
            what,
        });
        self.types.push(Some(TypeDef {
            name: name.clone(),
            doc: Some(format!("One variant for each of {what}, by HTTP status.")),
            kind: TypeKind::ByStatus { variants },
        }));
        Some(TypeRef::Named(name))
    }

    /// A by-status enum used by several operations is named for what it is
    /// (`ErrorBody`) rather than for the first operation that needed it.
    fn share_outcomes(&mut self, operations: &mut [Operation]) {
        for shared in std::mem::take(&mut self.by_status) {
            if shared.users.len() < 2 {
                continue;
            }
            let name = self.type_names.claim(shared.shared_name.to_owned());
            let users: Vec<String> = shared
                .users
                .iter()
                .map(|user| {
                    format!(
                        "[`Client::{}`](super::Client::{})",
                        user.trim_start_matches("r#"),
                        user.trim_start_matches("r#")
                    )
                })
                .collect();
            for def in self
                .types
                .iter_mut()
                .flatten()
                .filter(|def| def.name == shared.name)
            {
                def.name = name.clone();
                def.doc = Some(format!(
                    "One variant for each of {}, by HTTP status. Used by {}.",
                    shared.what,
                    users.join(", ")
                ));
            }
            let old = TypeRef::Named(shared.name.clone());
            for op in operations.iter_mut() {
                for outcome in [&mut op.success_type, &mut op.error_type] {
                    if outcome.as_ref() == Some(&old) {
                        *outcome = Some(TypeRef::Named(name.clone()));
                    }
                }
            }
        }
    }
}

/// Schemas appear both plain and boxed in `openapiv3`.
trait IntoSchema {
    fn into_schema(self) -> Schema;
}

impl IntoSchema for Schema {
    fn into_schema(self) -> Schema {
        self
    }
}

impl IntoSchema for Box<Schema> {
    fn into_schema(self) -> Schema {
        *self
    }
}

fn boxed(schema: &ReferenceOr<Schema>) -> ReferenceOr<Box<Schema>> {
    match schema {
        ReferenceOr::Item(item) => ReferenceOr::Item(Box::new(item.clone())),
        ReferenceOr::Reference { reference } => ReferenceOr::Reference {
            reference: reference.clone(),
        },
    }
}

trait MapBox {
    fn map_box(self) -> ReferenceOr<Box<Schema>>;
}

impl MapBox for ReferenceOr<Schema> {
    fn map_box(self) -> ReferenceOr<Box<Schema>> {
        boxed(&self)
    }
}

fn schema_doc(schema: &Schema) -> Option<String> {
    let data = &schema.schema_data;
    let mut text = doc(&[data.description.as_deref()]);
    if let Some(reason) = reconstructed(&data.extensions) {
        let note = format!("*Reconstructed, not documented by the provider:* {reason}");
        text = Some(match text {
            Some(text) => format!("{text}\n\n{note}"),
            None => note,
        });
    }
    text
}

/// Whether `at` is `#/components/schemas/<name>`.
fn is_component(at: &Pointer) -> bool {
    matches!(at.segments().as_slice(), [components, schemas, _] if components == "components" && schemas == "schemas")
}

/// Documentation for a schema the spec does not describe: where it comes from.
fn origin_doc(at: &Pointer) -> String {
    match at.segments().as_slice() {
        [components, schemas, name] if components == "components" && schemas == "schemas" => {
            format!("The spec's `{name}` schema.")
        }
        _ => format!("Defined inline in the spec at `{at}`."),
    }
}

fn reconstructed(extensions: &indexmap::IndexMap<String, serde_json::Value>) -> Option<String> {
    if extensions
        .get("x-reconstructed")
        .and_then(serde_json::Value::as_bool)
        != Some(true)
    {
        return None;
    }
    let reason = extensions
        .get("x-reconstructed-reason")
        .and_then(serde_json::Value::as_str)
        .unwrap_or("inferred from related documentation");
    doc(&[Some(reason)])
}

fn string_list(value: Option<&serde_json::Value>) -> Result<Vec<String>, String> {
    match value {
        None => Ok(Vec::new()),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| "expected a list of strings".to_owned())
            })
            .collect(),
        Some(_) => Err("expected a list of strings".to_owned()),
    }
}

fn location_name(parameter: &Parameter) -> &'static str {
    match parameter {
        Parameter::Path { .. } => "path",
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Cookie { .. } => "cookie",
    }
}

/// The `{name}` placeholders of a path template, in order.
pub fn placeholders(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

/// `application/json`, `text/json`, and vendor types like `application/vnd.api+json`.
pub fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence == "text/json" || essence.ends_with("+json")
}

/// A Rust name for a status: its reason phrase (`MultiStatus`), or `Default`.
fn status_name(status: Option<u16>) -> String {
    match status {
        None => "Default".to_owned(),
        Some(code) => http::StatusCode::from_u16(code)
            .ok()
            .and_then(|s| s.canonical_reason())
            .map(pascal)
            .unwrap_or_else(|| format!("Status{code}")),
    }
}
