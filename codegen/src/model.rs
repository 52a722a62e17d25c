//! Stage 2: a loaded spec → the [`Api`] IR. Naming, views (model, request
//! input, patch), collision handling and ordering all happen here, once.

mod compose;
mod media;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use openapiv3::{
    APIKeyLocation, AdditionalProperties, IntegerFormat, Parameter, ParameterSchemaOrContent,
    ReferenceOr, Schema, SchemaKind, SecurityScheme, StatusCode, StringFormat, Type,
    VariantOrUnknownOrEmpty,
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
    "with_transport",
    "with_connect_timeout",
    "with_timeout",
    "with_retry",
    "with_max_body_bytes",
    "base_url",
    "core",
];
/// Names a generated type cannot take: the module's own items and what
/// `types.rs` and the std prelude bring into scope.
const RESERVED_TYPES: &[&str] = &[
    "Client",
    "Auth",
    "Error",
    "Response",
    "Serialize",
    "Deserialize",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Debug",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "AsRef",
    "AsMut",
    "Iterator",
    "IntoIterator",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "FromIterator",
    "ToOwned",
    "ToString",
];
/// Names a request builder cannot take: what `builders.rs` imports.
const RESERVED_BUILDERS: &[&str] = &[
    "HeaderMap",
    "Method",
    "StatusCode",
    "Credentials",
    "BuildError",
    "CallOptions",
    "ClientCore",
    "Error",
    "OperationInfo",
    "RequestBuilder",
    "Response",
    "RetryPolicy",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Debug",
    "Send",
    "Sync",
    "Sized",
    "From",
    "Into",
    "Iterator",
    "ToString",
];
/// Methods every generated builder has besides the setters.
pub(crate) const BUILDER_METHODS: &[&str] =
    &["new", "body", "build", "send", "decode", "timeout", "retry"];

const RECURSION_HINT: &str = "a schema may contain itself only through an object's property (boxed) or a union; an array or map of itself needs an object around it";

/// The stack the model is built on: a real spec can chain thousands of
/// schemas, and each is followed depth-first.
const STACK_BYTES: usize = 256 << 20;

/// Turns a loaded spec into the IR.
pub fn build(spec: &Spec) -> Result<Api, Error> {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("switchboard-model".to_owned())
            .stack_size(STACK_BYTES)
            .spawn_scoped(scope, || build_here(spec));
        match worker {
            Ok(worker) => worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => build_here(spec),
        }
    })
}

fn build_here(spec: &Spec) -> Result<Api, Error> {
    let mut model = Model {
        spec,
        types: Vec::new(),
        by_key: HashMap::new(),
        type_names: Scope::with_reserved(RESERVED_TYPES),
        in_progress: BTreeSet::new(),
        resolving: BTreeSet::new(),
        pending: HashMap::new(),
        read_only_cache: HashMap::new(),
        from_responses: BTreeSet::new(),
        inputs: Vec::new(),
        by_status: Vec::new(),
        warnings: std::cell::RefCell::new(Vec::new()),
    };
    model.mark_response_schemas()?;
    let doc = &spec.doc;
    let (base_url, base_url_note) = base_url(spec)?;
    let mut operations = Vec::new();
    let mut auth = AuthSchemes::default();
    let mut methods = Scope::with_reserved(CLIENT_METHODS);
    let mut builders = Scope::with_reserved(RESERVED_BUILDERS);
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
    if operations.is_empty() {
        // A document of schemas only: its component schemas are the API.
        model.component_types()?;
    }
    // A client can always be made: with no scheme at all, `Auth::none()`.
    if !auth.bearer && !auth.basic && auth.api_keys.is_empty() {
        auth.anonymous = true;
    }
    // One API key: `Auth::api_key`; several: one constructor per scheme.
    let mut constructors = Scope::with_reserved(&["bearer", "basic", "none"]);
    let single_key = auth.api_keys.len() == 1;
    for key in &mut auth.api_keys {
        key.constructor = if single_key {
            constructors.claim("api_key".to_owned())
        } else {
            constructors.claim(snake(&key.scheme))
        };
    }
    let mut types: Vec<TypeDef> = std::mem::take(&mut model.types)
        .into_iter()
        .flatten()
        .collect();
    compose::box_recursive_fields(&mut types);
    model.types = types.into_iter().map(Some).collect();
    model.link_inputs();
    model.share_outcomes(&mut operations);
    let types: Vec<TypeDef> = model.types.into_iter().flatten().collect();
    Ok(Api {
        module: spec.module.clone(),
        spec_path: spec.path.to_string_lossy().replace('\\', "/"),
        title: doc.info.title.clone(),
        version: doc.info.version.clone(),
        description: doc.info.description.clone(),
        base_url,
        base_url_note,
        auth,
        types,
        operations,
        warnings: model.warnings.into_inner(),
    })
}

/// What an API without a server URL, or with a relative one, is resolved
/// against: the spec's URL is relative to wherever the API is served.
const DEFAULT_HOST: &str = "http://localhost";

/// The default base URL (the first server, variables at their defaults) and,
/// when it is not the spec's URL as written, why.
fn base_url(spec: &Spec) -> Result<(String, Option<String>), Error> {
    let at = Pointer::root().join("servers");
    let Some(server) = spec.doc.servers.first() else {
        let note = format!(
            "The spec names no server, so requests go to `{DEFAULT_HOST}` until `with_base_url` names the real one."
        );
        return Ok((DEFAULT_HOST.to_owned(), Some(note)));
    };
    let mut url = server.url.trim().to_owned();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    let url_at = at.join("0").join("url");
    let (url, note) = if url.starts_with("https://") || url.starts_with("http://") {
        (url, None)
    } else if let Some(rest) = url.strip_prefix("//") {
        (format!("https://{rest}"), None)
    } else if url.contains("://") {
        return Err(spec
            .error(&url_at, format!("`{url}` is not an http(s) URL"))
            .hint("the first server must be the provider's http(s) base URL"));
    } else {
        let path = url.trim_start_matches(['.', '/']);
        let resolved = format!("{DEFAULT_HOST}/{path}");
        let note = format!(
            "The spec's server URL `{url}` is relative to wherever the API is served, so requests go to `{}` until `with_base_url` names the real host.",
            resolved.trim_end_matches('/')
        );
        (resolved, Some(note))
    };
    let url = url.trim_end_matches('/').to_owned();
    if url.parse::<http::Uri>().is_err() || url.contains(['{', '}', ' ', '<', '>', '`']) {
        return Err(spec
            .error(&url_at, format!("`{url}` is not a valid URL"))
            .hint("give every `{variable}` in the server URL a `default` under `variables`"));
    }
    Ok((url, note))
}

/// How a security scheme is met.
enum SchemeUse {
    Bearer,
    Basic,
    /// An OAuth2 / OpenID Connect access token, sent as a bearer token.
    OAuth2,
    ApiKey(ApiKey),
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
    /// The names reserved for structs and unions being built, by schema
    /// pointer and view: a schema that contains itself refers to its own
    /// name (boxed later by [`compose::box_recursive_fields`]).
    pending: HashMap<(String, View), String>,
    read_only_cache: HashMap<String, bool>,
    /// Pointers of every schema a response can contain: their structs keep
    /// unknown fields, so what the server sends survives a round trip.
    from_responses: BTreeSet<String>,
    /// Request views (`XInput`) and the identity of their schema.
    inputs: Vec<(String, String)>,
    /// By-status enums made so far, to share identical ones between operations.
    by_status: Vec<SharedOutcome>,
    /// What was not generated exactly, for the user to read.
    warnings: std::cell::RefCell<Vec<Warning>>,
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
    /// Records that the code for `at` is a fallback, not the spec's meaning.
    fn warn(&self, at: &Pointer, message: impl Into<String>) {
        let warning = Warning {
            pointer: at.to_string(),
            message: message.into(),
        };
        let mut warnings = self.warnings.borrow_mut();
        if !warnings.contains(&warning) {
            warnings.push(warning);
        }
    }

    /// A type for every component schema, for a spec without operations.
    fn component_types(&mut self) -> Result<(), Error> {
        let spec = self.spec;
        let Some(components) = &spec.doc.components else {
            return Ok(());
        };
        for name in components.schemas.keys() {
            let reference: ReferenceOr<Schema> = ReferenceOr::Reference {
                reference: format!(
                    "#/components/schemas/{}",
                    name.replace('~', "~0").replace('/', "~1")
                ),
            };
            let at = Pointer::root()
                .join("components")
                .join("schemas")
                .join(name);
            self.type_of(&reference, &at, &pascal(name), View::Model)?;
        }
        Ok(())
    }

    fn locate<T>(&self, item: &ReferenceOr<T>, at: &Pointer) -> Result<Located, Error>
    where
        T: Clone + serde::de::DeserializeOwned + IntoSchema,
    {
        // `$ref: ""` (the whole document, in effect nothing): any value.
        if matches!(item, ReferenceOr::Reference { reference } if reference.trim().is_empty()) {
            self.warn(at, "an empty `$ref`: typed as any JSON value");
            return Ok(Located {
                schema: Schema {
                    schema_data: Default::default(),
                    schema_kind: SchemaKind::Any(Default::default()),
                },
                at: at.clone(),
                component: None,
            });
        }
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
        for (child, child_at) in compose::children(&located.schema, &located.at) {
            self.mark(&child, &child_at)?;
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
                        extra,
                        ..
                    } if def.name == name => {
                        Some((fields.clone(), (unknown_fields.is_some(), extra.clone())))
                    }
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

    /// The Rust type of a schema, creating named types as needed, and
    /// whether it is nullable. `base` names an inline object or enum from
    /// its context.
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
        let nullable =
            located.schema.schema_data.nullable || compose::has_null_member(&located.schema);
        // A schema met again while its own type is being built is a cycle
        // (`Node` → `children` → `Node`): a struct or union refers to its
        // own name; anything else (an array of itself) cannot be a Rust type.
        let key = (located.at.to_string(), view);
        if !self.resolving.insert(key.clone()) {
            if let Some(name) = self.pending.get(&key) {
                return Ok((TypeRef::Named(name.clone()), nullable));
            }
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
                if !values.is_empty() {
                    return self.enum_type(schema, at, base, values);
                }
                Ok(match &string.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => TypeRef::Bytes,
                    _ => TypeRef::String,
                })
            }
            SchemaKind::Type(Type::Integer(integer)) => {
                let values: Vec<i64> = integer.enumeration.iter().flatten().copied().collect();
                if !values.is_empty() {
                    return self.int_enum_type(schema, at, base, values);
                }
                Ok(match integer.format {
                    VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => TypeRef::I32,
                    _ => TypeRef::I64,
                })
            }
            SchemaKind::Type(Type::Number(_)) => Ok(TypeRef::Number),
            SchemaKind::Type(Type::Boolean(_)) => Ok(TypeRef::Bool),
            SchemaKind::Type(Type::Array(array)) => {
                self.array_type(array.items.as_ref(), at, base, view)
            }
            SchemaKind::Type(Type::Object(object)) => {
                if !object.properties.is_empty() {
                    return self.all_of_type(schema, at, base, view);
                }
                self.map_type(object.additional_properties.as_ref(), at, base, view)
            }
            SchemaKind::AllOf { .. } => self.all_of_type(schema, at, base, view),
            SchemaKind::OneOf { one_of } => {
                self.union_type(schema, at, base, view, one_of, "oneOf")
            }
            SchemaKind::AnyOf { any_of } => {
                self.union_type(schema, at, base, view, any_of, "anyOf")
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
                    return self.all_of_type(schema, at, base, view);
                }
                if !any.one_of.is_empty() {
                    return self.union_type(schema, at, base, view, &any.one_of, "oneOf");
                }
                if !any.any_of.is_empty() {
                    return self.union_type(schema, at, base, view, &any.any_of, "anyOf");
                }
                if any.typ.as_deref() == Some("object") || any.additional_properties.is_some() {
                    return self.map_type(any.additional_properties.as_ref(), at, base, view);
                }
                if any.items.is_some() || any.typ.as_deref() == Some("array") {
                    return self.array_type(any.items.as_ref(), at, base, view);
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
                                return self.enum_type(schema, at, base, values);
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
        base: &str,
        view: View,
    ) -> Result<TypeRef, Error> {
        match items {
            None => Ok(TypeRef::Vec(Box::new(TypeRef::Json))),
            Some(items) => {
                let (item, _) =
                    self.type_of(items, &at.join("items"), &format!("{base}Item"), view)?;
                Ok(TypeRef::Vec(Box::new(item)))
            }
        }
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
        let mut seen = BTreeSet::new();
        let variants = values
            .into_iter()
            .filter(|wire| seen.insert(wire.clone()))
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
        let mut found = false;
        for (child, child_at) in compose::children(schema, at) {
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
        requested: View,
        schema: &Schema,
        object: compose::Object,
    ) -> Result<TypeRef, Error> {
        let view = requested;
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
            // Met again while being built: the struct contains itself, and
            // the field is boxed once every type is known.
            return Ok(TypeRef::Named(existing.clone()));
        }
        let name = self.type_names.claim(name);
        self.by_key.insert(key.clone(), name.clone());
        self.pending
            .insert((at.to_string(), requested), name.clone());
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
        for compose::Property {
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
                &format!("{base}{}", pascal(wire)),
                child_view,
            )?;
            let is_required = object.required.contains(wire);
            let constant = is_required && !nullable && self.single_value_enum(&ty);
            let aliases = string_list(data.extensions.get("x-aliases"))
                .map_err(|message| self.spec.error(&property_at.join("x-aliases"), message))?;
            fields.push(Field {
                rust_name: scope.claim(snake(wire)),
                wire_name: wire.clone(),
                aliases,
                doc: value_doc(&located.schema),
                ty,
                required: is_required,
                nullable,
                constant,
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
                let (ty, _) =
                    self.type_of(values, values_at, &format!("{base}Value"), child_view)?;
                Some(Extra {
                    rust_name: scope.claim("additional_properties".to_owned()),
                    ty,
                })
            }
            None => None,
        };
        // Typed extra fields keep everything the spec does not name already.
        let unknown_fields =
            (extra.is_none() && view != View::Patch && self.from_responses.contains(at.as_str()))
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
                extra,
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
        // Without an `operationId` (or one with no letters or digits), the
        // method and path name the operation: `GET /v1/users/{id}` →
        // `get_v1_users_id`.
        let derived = format!("{} {}", site.method, site.path);
        let name_source = operation
            .operation_id
            .as_deref()
            .filter(|id| id.chars().any(|c| c.is_ascii_alphanumeric()))
            .unwrap_or(&derived);
        let method_name = methods.claim(snake(name_source));
        let builder_name = builders.claim(pascal(name_source));
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
            Some(body) => self.body(body, &at.join("requestBody"), &builder_name, patch)?,
        };

        let mut success = Vec::new();
        let mut errors = Vec::new();
        let responses_at = at.join("responses");
        for (status, response) in &operation.responses.responses {
            let (status, is_success) = match status {
                StatusCode::Code(code) => (Status::Code(*code), (200..300).contains(code)),
                StatusCode::Range(class) => (Status::Range(*class), *class == 2),
            };
            let case = self.response(
                response,
                &responses_at.join(status.to_string()),
                &builder_name,
                status,
            )?;
            if is_success {
                success.push(case)
            } else {
                errors.push(case)
            }
        }
        // Exact statuses are matched before ranges.
        success.sort_by_key(|case| matches!(case.status, Status::Range(_)));
        errors.sort_by_key(|case| matches!(case.status, Status::Range(_)));
        if let Some(default) = &operation.responses.default {
            let case = self.response(
                default,
                &responses_at.join("default"),
                &builder_name,
                Status::Default,
            )?;
            // Only a `default`: it describes the successful replies too.
            if success.is_empty() {
                success.push(ResponseCase {
                    status: Status::Range(2),
                    variant: status_name(Status::Range(2)),
                    ..case.clone()
                });
            }
            errors.push(case);
        }
        if success.is_empty() {
            // No success documented at all: any 2xx is success, without a body.
            success.push(ResponseCase {
                status: Status::Range(2),
                variant: status_name(Status::Range(2)),
                doc: None,
                media: Vec::new(),
            });
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
        let mut scope = Scope::with_reserved(&["core", "client", "body", "options"]);
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
            // OpenAPI: header parameters with these names are ignored; the
            // client sets them itself.
            if location == ParamLocation::Header
                && ["accept", "content-type", "authorization"]
                    .contains(&data.name.to_ascii_lowercase().as_str())
            {
                continue;
            }
            if location == ParamLocation::Path && !site.path.contains(&format!("{{{}}}", data.name))
            {
                self.warn(
                    &resolved_at,
                    format!(
                        "path parameter `{}` is not in `{}`: left out",
                        data.name, site.path
                    ),
                );
                continue;
            }
            let (ty, _) =
                self.type_of(schema, &resolved_at.join("schema"), &base, View::Request)?;
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
            let located = self.locate(schema, &resolved_at.join("schema"))?;
            let deep_object = matches!(
                &resolved,
                Parameter::Query {
                    style: openapiv3::QueryStyle::DeepObject,
                    ..
                }
            );
            params.push(Param {
                rust_name: scope.claim(snake(&data.name)),
                wire_name: data.name.clone(),
                location,
                ty,
                required,
                deep_object,
                checks,
                doc: with_notes(doc(&[data.description.as_deref()]), &located.schema),
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
            SchemaKind::Type(Type::Integer(integer)) if integer.enumeration.is_empty() => {
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

    /// Whether `operation` sends credentials, recording in `auth` the
    /// schemes its security requirements can be met with. A requirement the
    /// client cannot meet is skipped when another one can be.
    fn security(
        &mut self,
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
        let mut usable = Vec::new();
        let mut refused = Vec::new();
        for requirement in requirements.iter().filter(|r| !r.is_empty()) {
            let names: Vec<&String> = requirement.keys().collect();
            if let [name] = names.as_slice() {
                match self.security_scheme(name) {
                    Ok(scheme) => usable.push(scheme),
                    Err(error) => refused.push(error),
                }
            } else {
                let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                refused.push(
                    self.spec
                        .error(
                            at,
                            format!(
                                "a security requirement needs several credentials at once ({})",
                                list.join(", ")
                            ),
                        )
                        .hint("Switchboard sends one credential per request; offer each scheme as its own alternative"),
                );
            }
        }
        if usable.is_empty() {
            return Err(refused.remove(0));
        }
        for error in refused {
            let message = format!("{} (skipped: another alternative is used)", error.message);
            self.warn(
                &Pointer::from_ref(&error.pointer).unwrap_or_else(Pointer::root),
                message,
            );
        }
        for scheme in usable {
            match scheme {
                SchemeUse::Bearer => auth.bearer = true,
                SchemeUse::OAuth2 => {
                    auth.bearer = true;
                    auth.oauth2 = true;
                }
                SchemeUse::Basic => auth.basic = true,
                SchemeUse::ApiKey(key) => {
                    if !auth.api_keys.iter().any(|k| k.scheme == key.scheme) {
                        auth.api_keys.push(key);
                    }
                }
            }
        }
        Ok(true)
    }

    /// How the client meets the security scheme `name`, or why it cannot.
    fn security_scheme(&self, name: &str) -> Result<SchemeUse, Error> {
        let scheme_at = Pointer::root()
            .join("components")
            .join("securitySchemes")
            .join(name);
        let scheme = self
            .spec
            .doc
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name))
            .ok_or_else(|| {
                self.spec
                    .error(
                        &scheme_at,
                        format!("security scheme `{name}` is not defined"),
                    )
                    .hint("define it under components/securitySchemes")
            })?;
        let (scheme, _) = self.spec.resolve(scheme, &scheme_at)?;
        match scheme {
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
                Ok(SchemeUse::Bearer)
            }
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
                Ok(SchemeUse::Basic)
            }
            SecurityScheme::HTTP { scheme, .. } => Err(self
                .spec
                .error(
                    &scheme_at,
                    format!("HTTP `{scheme}` authentication cannot be sent"),
                )
                .hint("Switchboard sends HTTP bearer and basic credentials, API keys (header, query, cookie) and OAuth2 / OpenID Connect access tokens")),
            SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. } => {
                Ok(SchemeUse::OAuth2)
            }
            SecurityScheme::APIKey {
                location,
                name: key_name,
                description,
                ..
            } => {
                let location = match location {
                    APIKeyLocation::Header => ApiKeyLocation::Header,
                    APIKeyLocation::Query => ApiKeyLocation::Query,
                    APIKeyLocation::Cookie => ApiKeyLocation::Cookie,
                };
                let valid = match location {
                    ApiKeyLocation::Header => http::HeaderName::from_bytes(key_name.as_bytes()).is_ok(),
                    ApiKeyLocation::Cookie => !key_name.is_empty() && key_name.chars().all(|c| c.is_ascii_graphic() && !"()<>@,;:\\\"/[]?={}".contains(c)),
                    ApiKeyLocation::Query => !key_name.is_empty(),
                };
                if !valid {
                    return Err(self
                        .spec
                        .error(
                            &scheme_at.join("name"),
                            format!("`{key_name}` cannot name an API key there"),
                        )
                        .hint("use letters, digits and `-` (`X-Api-Key`)"));
                }
                Ok(SchemeUse::ApiKey(ApiKey {
                    scheme: name.to_owned(),
                    constructor: String::new(),
                    location,
                    name: key_name,
                    doc: doc(&[description.as_deref()]),
                }))
            }
        }
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

/// Documentation for a field: the schema's, and what its Rust type does not
/// say (`format`, `default`).
fn value_doc(schema: &Schema) -> Option<String> {
    with_notes(schema_doc(schema), schema)
}

/// `text` followed by a line with the schema's `format` and `default`, if any.
fn with_notes(text: Option<String>, schema: &Schema) -> Option<String> {
    let mut notes = Vec::new();
    if let SchemaKind::Type(Type::String(string)) = &schema.schema_kind {
        let format = match &string.format {
            VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => None,
            VariantOrUnknownOrEmpty::Item(format) => serde_json::to_value(format)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned)),
            VariantOrUnknownOrEmpty::Unknown(format) => Some(format.clone()),
            VariantOrUnknownOrEmpty::Empty => None,
        };
        if let Some(format) = format.filter(|f| is_plain_note(f)) {
            notes.push(format!("Format: `{format}`."));
        }
    }
    if let Some(default) = &schema.schema_data.default {
        let text = default.to_string();
        if is_plain_note(&text) {
            notes.push(format!("Default: `{text}`."));
        }
    }
    if notes.is_empty() {
        return text;
    }
    let notes = notes.join(" ");
    Some(match text {
        Some(text) => format!("{text}\n\n{notes}"),
        None => notes,
    })
}

/// Short, single-line text that can sit in a `code span`.
fn is_plain_note(text: &str) -> bool {
    !text.is_empty() && text.len() <= 80 && !text.contains(['`', '\n', '\r'])
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
fn status_name(status: Status) -> String {
    match status {
        Status::Default => "Default".to_owned(),
        Status::Range(1) => "Informational".to_owned(),
        Status::Range(2) => "Success".to_owned(),
        Status::Range(3) => "Redirection".to_owned(),
        Status::Range(4) => "ClientError".to_owned(),
        Status::Range(5) => "ServerError".to_owned(),
        Status::Range(class) => format!("Status{class}xx"),
        Status::Code(code) => http::StatusCode::from_u16(code)
            .ok()
            .and_then(|s| s.canonical_reason())
            .map(pascal)
            .unwrap_or_else(|| format!("Status{code}")),
    }
}
