//! Stage 2: a loaded spec → the [`Api`] IR. Views (model, request input,
//! patch), type identity and sharing, boxing of recursive types and ordering
//! happen here, once; names and prose do not (see [`crate::surface`]).
//!
//! One module per seam: `servers` (the base URL), `schemas` (a schema's
//! type), `compose` (`allOf`, unions, integer enums, boxing), `operations`
//! (an operation), `params` (its parameters and their checks), `security`
//! (credentials), `media` (bodies and replies by media type) and `outcomes`
//! (one type for the replies of a set of statuses).

mod compose;
mod examples;
mod located;
mod media;
mod operations;
mod outcomes;
mod pagination;
mod params;
mod paths;
mod schemas;
mod security;
mod servers;
mod settle;
mod stack;
mod tokens;

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use openapiv3::{ReferenceOr, Schema};

use crate::error::{Error, Pointer, unescape};
use crate::ir::{
    Api, AuthSchemes, Docs, NamePart, NameRoot, TypeDef, TypeId, TypeKind, TypeOrigin, View,
    Warning,
};
use crate::load::{Spec, Unbuilt};

pub use stack::on_deep_stack;

use located::{AsSchema, Held, Located};
use paths::PathItems;

/// Turns a loaded spec into the IR.
pub fn build(spec: &Spec) -> Result<Api, Error> {
    on_deep_stack(|| build_here(spec, PathItems::Lent(&spec.doc.paths.paths)))
}

/// Loads a spec with `load` ([`crate::load::load_to_build`] or
/// [`crate::load::parse_to_build`]) and turns it into the IR, both on one
/// thread: the memory the document took, freed there once the IR is built,
/// is reused by that thread's next allocations. Each path item is freed
/// once its operations are in the IR (on Twilio's spec, three quarters of
/// the typed document are its paths), or, in a large JSON document, read
/// from the text only when the model comes to it.
pub fn load_and_build(load: impl FnOnce() -> Result<Unbuilt, Error> + Send) -> Result<Api, Error> {
    on_deep_stack(|| {
        let Unbuilt { mut spec, deferred } = load()?;
        let paths = match deferred.is_empty() {
            true => PathItems::Owned(paths::boxed(std::mem::take(&mut spec.doc.paths.paths))),
            false => PathItems::InText(deferred),
        };
        build_here(&spec, paths)
    })
}

fn build_here(spec: &Spec, paths: PathItems<'_>) -> Result<Api, Error> {
    let mut model = Model::new(spec);
    paths.walk(spec, |path, item| model.mark_response_schemas(path, item))?;
    let server = servers::server(spec)?;
    let mut operations = Vec::new();
    let mut auth = AuthSchemes::default();
    let mut declared_tokens = Vec::new();
    paths.walk_once(spec, |path, item| {
        let at = Pointer::root().join("paths").join(path);
        let (item, item_at) = spec.resolve(item, &at)?;
        for (method, operation) in item.iter() {
            let site = operations::Site {
                index: operations.len(),
                path,
                method,
                at: item_at.join(method),
                path_params: &item.parameters,
                path_params_at: item_at.join("parameters"),
                path_servers: &item.servers,
                path_servers_at: item_at.join("servers"),
            };
            declared_tokens.extend(tokens::declared(spec, operation, &site.at, site.index));
            operations.push(model.operation(&site, operation, &server, &mut auth)?);
        }
        Ok(())
    })?;
    fitted(&mut operations);
    if operations.is_empty() {
        // A document of schemas only: its component schemas are the API.
        model.component_types()?;
    }
    auth.token_endpoints =
        tokens::token_endpoints(spec, &declared_tokens, &operations, auth.bearer)?;
    // A client can always be made: with no scheme at all, `Auth::none()`.
    if !auth.bearer && !auth.basic && auth.api_keys.is_empty() && auth.combined.is_empty() {
        auth.anonymous = true;
    }
    let mut types = model.finish_types(spec)?;
    settle::settle(&mut types);
    model.link_inputs(&mut types);
    model.share_outcomes(&mut types);
    let message_fields = message_fields(spec, &types)?;
    let mut warnings = model.warnings.into_inner();
    examples::check(&types, &mut operations, &mut warnings);
    Ok(Api {
        name: spec.module.clone(),
        spec_path: spec.path.to_string_lossy().replace('\\', "/"),
        title: spec.doc.info.title.clone(),
        version: spec.doc.info.version.clone(),
        description: spec.doc.info.description.clone(),
        server,
        auth,
        types,
        operations,
        message_fields,
        warnings,
    })
}

/// `operations` and the lists in them, without the room they grew: each list
/// is pushed to as it is made, and on Microsoft Graph beta a quarter of the
/// 100 MB they take is room no entry uses, held to the end of the run.
fn fitted(operations: &mut Vec<crate::ir::Operation>) {
    operations.shrink_to_fit();
    for operation in operations {
        operation.params.shrink_to_fit();
        for case in operation.success.iter_mut().chain(&mut operation.errors) {
            case.media.shrink_to_fit();
        }
        operation.success.shrink_to_fit();
        operation.errors.shrink_to_fit();
    }
}

/// By type: the property a struct's schema names with `x-error-message`
/// (the provider's message in an error body), which must be a string.
fn message_fields(spec: &Spec, types: &[TypeDef]) -> Result<Vec<Option<String>>, Error> {
    if !spec.may_mark_error_messages() {
        return Ok(vec![None; types.len()]);
    }
    types
        .iter()
        .map(|def| {
            let TypeKind::Struct { fields, .. } = &def.kind else {
                return Ok(None);
            };
            let Some(at) = Pointer::from_ref(&def.at) else {
                return Ok(None);
            };
            let reference = ReferenceOr::<Schema>::Reference {
                reference: def.at.clone(),
            };
            let Ok((schema, _)) = spec.resolve(&reference, &at) else {
                return Ok(None);
            };
            match schema.schema_data.extensions.get("x-error-message") {
                None => Ok(None),
                Some(serde_json::Value::String(wire))
                    if fields
                        .iter()
                        .any(|f| &f.wire_name == wire && f.ty == crate::ir::TypeRef::String) =>
                {
                    Ok(Some(wire.clone()))
                }
                Some(_) => Err(spec
                    .error(
                        &at.join("x-error-message"),
                        "`x-error-message` must name a string property of the schema",
                    )
                    .hint("name the property that holds the provider's message: `x-error-message: detail`")),
            }
        })
        .collect()
}

/// What a type's name is made of, before its view is known: a root and the
/// steps from it (see [`TypeOrigin`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Context {
    root: NameRoot,
    path: Vec<NamePart>,
    /// Where a titled inline schema is used from (see [`TypeOrigin::outer`]).
    outer: Option<Box<Context>>,
}

impl Context {
    fn new(root: NameRoot) -> Self {
        Context {
            root,
            path: Vec::new(),
            outer: None,
        }
    }

    /// The context of an inline schema with a `title`, used from `self`.
    fn titled(&self, title: &str) -> Self {
        Context {
            root: NameRoot::Title(title.to_owned()),
            path: Vec::new(),
            outer: Some(Box::new(self.clone())),
        }
    }

    /// The context of a schema inside this one.
    fn child(&self, part: NamePart) -> Self {
        let outer = self
            .outer
            .as_ref()
            .map(|outer| Box::new(outer.child(part.clone())));
        let mut path = self.path.clone();
        path.push(part);
        Context {
            root: self.root.clone(),
            path,
            outer,
        }
    }

    fn origin(&self, view: View) -> TypeOrigin {
        TypeOrigin {
            root: self.root.clone(),
            path: self.path.clone(),
            view,
            outer: self
                .outer
                .as_ref()
                .map(|outer| Box::new(outer.origin(view))),
        }
    }
}

/// What makes two schemas one type: the place they are defined, or (inline
/// enums) the title they share.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Identity {
    At(String),
    TitledEnum(String),
}

/// The schema of a request view, to find its model view: its place, or its
/// title and position among the request views with that title.
enum InputKey {
    At(String),
    Titled(String, usize),
}

struct Model<'a> {
    spec: &'a Spec,
    /// Types in the order they were first needed; a slot is reserved before a
    /// struct's fields are built so parents come before their children.
    types: Vec<Option<TypeDef>>,
    /// The type of each schema identity and view.
    by_key: HashMap<(Identity, View), TypeId>,
    /// Inline structs that share a title and an identical definition share
    /// one type: the definitions seen for each title and view.
    titled: HashMap<(String, View), Vec<(Schema, TypeId)>>,
    /// Schemas (pointer and view) whose type is being built, to stop cycles.
    resolving: BTreeSet<(String, View)>,
    /// The types reserved for structs and unions being built, by schema
    /// pointer and requested view: a schema that contains itself refers to
    /// its own type (boxed later by [`settle::box_recursive_fields`]).
    pending: HashMap<(String, View), TypeId>,
    /// The types of lists and maps that contain themselves, by schema
    /// pointer and view (see [`TypeKind::Newtype`]).
    wrapped: HashMap<(String, View), TypeId>,
    read_only_cache: HashMap<String, bool>,
    /// Pointers of every schema a response can contain: their structs keep
    /// unknown fields, so what the server sends survives a round trip.
    from_responses: BTreeSet<String>,
    /// Request views and the identity of their schema.
    inputs: Vec<(InputKey, TypeId)>,
    /// Operations (by index) whose name already ends in `Patch`.
    patch_named_operations: BTreeSet<usize>,
    /// By-status enums made so far, to share identical ones between operations.
    outcomes: Vec<outcomes::Shared>,
    /// What was not generated exactly, for the user to read.
    warnings: RefCell<Vec<Warning>>,
    /// Every `$ref` to a schema followed so far, by the file it is in and its text.
    resolved: RefCell<HashMap<RefKey, Followed<'a>>>,
    /// Each `pattern` checked so far, with why the client cannot check it.
    patterns: RefCell<HashMap<String, Option<String>>>,
}

/// A `$ref` as written, with the file it is written in (`""`: the spec).
type RefKey = (String, String);
/// A followed `$ref`: its schema, where it is, its component name.
type Followed<'a> = (Held<'a>, Pointer, Option<String>);

impl<'a> Model<'a> {
    fn new(spec: &'a Spec) -> Self {
        Model {
            spec,
            types: Vec::new(),
            by_key: HashMap::new(),
            titled: HashMap::new(),
            resolving: BTreeSet::new(),
            pending: HashMap::new(),
            wrapped: HashMap::new(),
            read_only_cache: HashMap::new(),
            from_responses: BTreeSet::new(),
            inputs: Vec::new(),
            patch_named_operations: BTreeSet::new(),
            outcomes: Vec::new(),
            // What reading the document did not take literally comes first.
            warnings: RefCell::new(spec.warnings.clone()),
            resolved: RefCell::new(HashMap::new()),
            patterns: RefCell::new(HashMap::new()),
        }
    }

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

    /// Reserves the next type's slot, to be filled by [`Model::fill`].
    fn reserve(&mut self) -> TypeId {
        let id = TypeId(u32::try_from(self.types.len()).unwrap_or(u32::MAX));
        self.types.push(None);
        id
    }

    fn fill(&mut self, id: TypeId, def: TypeDef) {
        self.types[id.index()] = Some(def);
    }

    /// Adds a finished type.
    fn push(&mut self, def: TypeDef) -> TypeId {
        let id = self.reserve();
        self.fill(id, def);
        id
    }

    /// The type in slot `id`, if it is built already.
    fn def(&self, id: TypeId) -> Option<&TypeDef> {
        self.types.get(id.index()).and_then(Option::as_ref)
    }

    /// Every type, once all are built.
    fn finish_types(&mut self, spec: &Spec) -> Result<Vec<TypeDef>, Error> {
        std::mem::take(&mut self.types)
            .into_iter()
            .map(|slot| {
                slot.ok_or_else(|| {
                    spec.error(&Pointer::root(), "a type was reserved and never built")
                        .hint("this is a generator bug: please report it with the spec")
                })
            })
            .collect()
    }

    /// A type for every component schema, for a spec without operations.
    fn component_types(&mut self) -> Result<(), Error> {
        let spec = self.spec;
        let Some(components) = &spec.doc.components else {
            return Ok(());
        };
        for name in components.schemas.keys() {
            let at = Pointer::root()
                .join("components")
                .join("schemas")
                .join(name);
            let reference: ReferenceOr<Schema> = ReferenceOr::Reference {
                reference: at.to_string(),
            };
            let context = Context::new(NameRoot::Component(name.clone()));
            self.type_of(&reference, &at, &context, View::Model)?;
        }
        Ok(())
    }

    // ---- response reachability -------------------------------------------

    /// Marks the schemas the responses of `path`'s operations can contain.
    fn mark_response_schemas(
        &mut self,
        path: &str,
        item: &ReferenceOr<openapiv3::PathItem>,
    ) -> Result<(), Error> {
        let spec = self.spec;
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
                        let schema_at = response_at.join("content").join(media_type).join("schema");
                        self.mark(schema, &schema_at)?;
                    }
                }
            }
        }
        Ok(())
    }

    fn mark<T>(&mut self, item: &ReferenceOr<T>, at: &Pointer) -> Result<(), Error>
    where
        T: AsSchema,
    {
        let located = self.locate(item, at)?;
        if !self.from_responses.insert(located.at.to_string()) {
            return Ok(());
        }
        self.mark_within(&located)
    }

    /// Marks the schemas inside `located`, and those inside them.
    fn mark_within(&mut self, located: &Located<'_>) -> Result<(), Error> {
        for (child, child_at) in compose::children(&located.schema, &located.at) {
            let inner = self.locate_child(&child, &child_at)?;
            if self.from_responses.insert(inner.at.to_string()) {
                self.mark_within(&inner)?;
            }
        }
        Ok(())
    }

    /// Lets each request view convert from its response model when every
    /// field it has is the model's field of the same wire name, with the same
    /// type and presence (GET → modify → PUT).
    fn link_inputs(&mut self, types: &mut [TypeDef]) {
        for (key, input) in std::mem::take(&mut self.inputs) {
            let model = match key {
                InputKey::At(at) => self.by_key.get(&(Identity::At(at), View::Model)).copied(),
                InputKey::Titled(title, index) => {
                    let schema = self
                        .titled
                        .get(&(title.clone(), View::Request))
                        .and_then(|seen| seen.get(index))
                        .map(|(schema, _)| schema);
                    schema.and_then(|schema| {
                        self.titled
                            .get(&(title, View::Model))
                            .and_then(|seen| seen.iter().find(|(other, _)| other == schema))
                            .map(|(_, id)| *id)
                    })
                }
            };
            let Some(model) = model else {
                continue;
            };
            let (
                TypeKind::Struct {
                    fields: model_fields,
                    keeps_unknown: model_keeps,
                    extra: model_extra,
                    ..
                },
                TypeKind::Struct {
                    fields: input_fields,
                    keeps_unknown: input_keeps,
                    extra: input_extra,
                    ..
                },
            ) = (&types[model.index()].kind, &types[input.index()].kind)
            else {
                continue;
            };
            let compatible = model_keeps == input_keeps
                && model_extra == input_extra
                && input_fields.iter().all(|input| {
                    model_fields.iter().any(|model| {
                        model.wire_name == input.wire_name
                            && model.ty == input.ty
                            && model.required == input.required
                            && model.nullable == input.nullable
                    })
                });
            if !compatible {
                continue;
            }
            if let TypeKind::Struct { input_of, .. } = &mut types[input.index()].kind {
                *input_of = Some(model);
            }
        }
    }
}

/// The name of the component schema at `at`: `#/components/schemas/<name>`,
/// in the spec or in another of its files; in another file also a
/// top-level entry (`schemas.yaml#/<name>`), one under `definitions` or
/// `$defs`, or the file itself (`pet.yaml` → `pet`).
fn component_name(at: &Pointer) -> Option<String> {
    // Read for every schema: the first four segments, unallocated (no `~` in these words).
    let mut segments = at.raw_segments();
    let first = [(); 4].map(|()| segments.next());
    match first {
        [Some("components"), Some("schemas"), Some(name), None] => Some(unescape(name)),
        _ if at.document().is_empty() => None,
        [Some("definitions" | "$defs"), Some(name), None, _] => Some(unescape(name)),
        [Some(name), None, ..] => Some(unescape(name)),
        [None, ..] => std::path::Path::new(at.document())
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned()),
        _ => None,
    }
}

/// A schema's description and reconstruction note.
fn schema_docs(schema: &Schema) -> Docs {
    let data = &schema.schema_data;
    Docs {
        summary: None,
        description: data.description.clone(),
        reconstructed: reconstructed(&data.extensions),
    }
}

/// Why the spec marks something `x-reconstructed`, if it does.
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
    Some(reason.to_owned())
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
