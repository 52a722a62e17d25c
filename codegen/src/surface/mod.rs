//! Stage 3: the IR → the Rust API, decided exactly once. Every identifier
//! the generated code declares (types, fields, variants, methods, setters,
//! arguments, functions) is issued here by a [`Scope`],
//! with the type spellings and the doc text; [`crate::emit`] writes this
//! and [`crate::diff`] reports in its words, so the names a reviewer reads
//! are the names the code has.
//!
//! A [`Surface`] keeps the [`Api`] it was made from: its items are parallel
//! to the IR's (`surface.types[id]` is `api.types[id]`, `operations[i]` is
//! `api.operations[i]`, a parameter's surface is at the parameter's index),
//! and the wire facts stay in the IR.

pub mod auth;
mod docs;
mod examples;
pub mod features;
pub mod messages;
pub mod names;
mod operations;
mod outline;
mod pages;
mod spell;
mod types;

pub use examples::DocPaths;
pub use spell::Spelled;

use crate::ir::{Api, TypeId, TypeRef};
use crate::naming::{Argument, Field, Function, Method, Name, Scope, Type, Variant, pascal, snake};

/// The Rust API of one spec.
#[derive(Debug, Clone)]
pub struct Surface<'a> {
    /// The IR it is made from.
    pub api: &'a Api,
    /// The Rust path of the module that declares the provider module
    /// (`crate`, `crate::golden`).
    pub parent: String,
    /// The provider's module.
    pub module: Name<Function>,
    /// How the API is called in docs: its title and version
    /// (`mPaaS Core APIs 1.0.8`).
    pub title: String,
    /// The docs of the provider module, and of its `builders` and `types`.
    pub module_doc: String,
    /// The docs of `builders.rs`.
    pub builders_doc: String,
    /// The docs of `types.rs`.
    pub types_doc: String,
    /// The client and its credentials.
    pub client: ClientSurface,
    /// Every type, by [`TypeId`].
    pub types: Vec<TypeSurface>,
    /// Every operation, in the IR's order.
    pub operations: Vec<OperationSurface>,
    /// The functions that decode error replies, each shared by the
    /// operations whose error replies decode the same way.
    pub decoders: Vec<Decoder>,
    /// By [`TypeId`]: where an error type's provider message comes from
    /// (`None`: no error reply reaches the type).
    pub messages: Vec<Option<messages::MessageSource>>,
    /// The cargo features that gate operations and types, in a standalone
    /// crate that has them (see [`features`]).
    pub features: Option<features::Features>,
}

/// The `Client` and `Auth` of a provider module.
#[derive(Debug, Clone)]
pub struct ClientSurface {
    /// The `Client` struct's docs.
    pub doc: String,
    /// `Client::DEFAULT_BASE_URL`'s docs.
    pub base_url_doc: String,
    /// `Client::new`'s docs.
    pub new_doc: String,
    /// `Client::new`'s arguments after `auth`: one per server variable
    /// without a default, in the IR's order.
    pub server_arguments: Vec<Name<Argument>>,
    /// The `Auth` struct's docs.
    pub auth_doc: String,
    /// `Auth::bearer`'s docs, when the API takes bearer tokens.
    pub bearer_doc: Option<String>,
    /// One `Auth` constructor per API key scheme, in the IR's order, with its docs.
    pub api_keys: Vec<(Name<Method>, String)>,
    /// `Auth::token_source`'s docs, when the API takes bearer tokens.
    pub token_source_doc: Option<String>,
    /// `Auth::scoped_per_endpoint`'s docs, when a token operation can scope
    /// tokens to an endpoint.
    pub scoped_doc: Option<String>,
    /// `Client::revoke_tokens`'s docs, when a token operation has a revoke.
    pub revoke_doc: Option<String>,
    /// The constructors of several credentials, OAuth2 flows and token
    /// operations.
    pub constructors: Vec<auth::AuthConstructor>,
    /// `Client::with_server_url`'s docs, when some operation has a server of
    /// its own.
    pub server_urls_doc: Option<String>,
    /// Some client method has more arguments than clippy likes.
    pub many_arguments: bool,
}

/// The Rust side of one generated type.
#[derive(Debug, Clone)]
pub struct TypeSurface {
    /// Its name.
    pub name: Name<Type>,
    /// Its docs.
    pub doc: String,
    /// Its fields or variants.
    pub members: Members,
    /// A struct with `validate()`: some field, or a struct it holds, has
    /// constraints to check before a request carrying it is sent.
    pub validates: bool,
}

/// The members of a [`TypeSurface`], parallel to the IR's.
#[derive(Debug, Clone)]
pub enum Members {
    /// A struct's fields.
    Struct {
        /// One per IR field.
        fields: Vec<FieldSurface>,
        /// The map of fields the spec does not know, when the struct keeps them.
        unknown_fields: Option<Name<Field>>,
        /// The typed map of `additionalProperties`, when there is one.
        extra: Option<Name<Field>>,
        /// `Type::new`, for a struct with required fields.
        constructor: Option<Constructor>,
    },
    /// A newtype's one field: the list or map it holds.
    Newtype(Spelled),
    /// An enum's variants (string, integer, union or by-status), one per IR
    /// variant.
    Variants(Vec<VariantSurface>),
}

/// `Type::new(required…)`: the required fields, in spec order; every other
/// field starts empty.
#[derive(Debug, Clone)]
pub struct Constructor {
    /// Its docs.
    pub doc: String,
    /// One per required field that is not a constant.
    pub arguments: Vec<ConstructorArgument>,
}

/// One argument of a [`Constructor`].
#[derive(Debug, Clone)]
pub struct ConstructorArgument {
    /// The field it fills (by index).
    pub field: usize,
    /// Its name.
    pub name: Name<Argument>,
    /// What it takes (`impl Into<String>`).
    pub accepted: Spelled,
    /// The argument needs `.into()`.
    pub converts: bool,
}

/// One field of a generated struct.
#[derive(Debug, Clone)]
pub struct FieldSurface {
    /// The field's name.
    pub name: Name<Field>,
    /// Its docs.
    pub doc: String,
    /// The value's type (`T`).
    pub value: Spelled,
    /// The field's type: `T`, `Option<T>` or `Option<Option<T>>`.
    pub ty: Spelled,
}

/// One variant of a generated enum.
#[derive(Debug, Clone)]
pub struct VariantSurface {
    /// The variant's name.
    pub name: Name<Variant>,
    /// Its docs.
    pub doc: String,
    /// What it holds, if anything.
    pub ty: Option<Spelled>,
}

/// The Rust side of one operation: a method on `Client` returning a request
/// builder.
#[derive(Debug, Clone)]
pub struct OperationSurface {
    /// The `Client` method.
    pub method: Name<Method>,
    /// The request builder it returns.
    pub builder: Name<Type>,
    /// The method's docs.
    pub method_doc: String,
    /// The builder's docs.
    pub builder_doc: String,
    /// `OPERATION`'s docs.
    pub info_doc: String,
    /// One per IR parameter: the builder field that holds it.
    pub params: Vec<ParamSurface>,
    /// The body's type, when there is a body.
    pub body: Option<Spelled>,
    /// The client method's arguments, in order (the builder's `new` takes the
    /// same, converted).
    pub arguments: Vec<ArgumentSurface>,
    /// The builder's setters, in order.
    pub setters: Vec<Setter>,
    /// What `send()` returns on success.
    pub success: Spelled,
    /// What `Error::Api` carries.
    pub error: Spelled,
    /// The variant of [`success`](Self::success) each success case becomes,
    /// when it is a by-status enum (parallel to the IR's cases).
    pub success_variants: Vec<Option<Name<Variant>>>,
    /// The same for the error cases.
    pub error_variants: Vec<Option<Name<Variant>>>,
    /// The index in [`Surface::decoders`] of the function that decodes its
    /// error replies.
    pub decoder: usize,
    /// `.stream()` and `.pages()`, for a list operation.
    pub pagination: Option<PaginationSurface>,
}

/// How a list operation's builder walks its pages: the types, and the way
/// from a page's body to its items and to what says where the next page is.
#[derive(Debug, Clone)]
pub struct PaginationSurface {
    /// A page's body.
    pub page: Spelled,
    /// One item.
    pub item: Spelled,
    /// From the page to the list of its items (empty: the page is the list).
    pub items: Vec<Step>,
    /// From the page to the field that is `false` on the last page.
    pub has_more: Option<Vec<Step>>,
    /// From the page to the total number of items.
    pub total: Option<Vec<Step>>,
    /// From the page to the next cursor or the next page's URL.
    pub next: Option<Vec<Step>>,
    /// The first page's number, for numbered pages the caller did not start.
    pub first_page: i64,
    /// `.stream()`'s docs.
    pub stream_doc: String,
    /// `.pages()`'s docs.
    pub pages_doc: String,
}

/// One field on the way from a page's body to a value in it.
#[derive(Debug, Clone)]
pub struct Step {
    /// The field.
    pub field: Name<Field>,
    /// Whether it may be absent (`Option`) and, besides, `null` (`Option<Option<…>>`).
    pub optional: bool,
    /// See [`optional`](Self::optional).
    pub nullable: bool,
}

/// The builder field of one parameter.
#[derive(Debug, Clone)]
pub struct ParamSurface {
    /// The field's name (also the argument's, for a required parameter).
    pub field: Name<Field>,
    /// The value's type.
    pub ty: Spelled,
    /// The setter that fills it, for an optional parameter.
    pub setter: Option<Name<Method>>,
}

/// One argument of a client method.
#[derive(Debug, Clone)]
pub struct ArgumentSurface {
    /// Its name.
    pub name: Name<Argument>,
    /// What it fills.
    pub fills: Target,
    /// What the client method takes (`impl Into<String>`).
    pub accepted: Spelled,
    /// The argument needs `.into()`.
    pub converts: bool,
    /// What the builder's `new` takes (the stored type).
    pub stored: Spelled,
}

/// What an argument or a setter fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The parameter at this index.
    Param(usize),
    /// The whole request body.
    Body,
    /// The field at this index of the patch body.
    PatchField(usize),
}

/// One setter of a request builder.
#[derive(Debug, Clone)]
pub struct Setter {
    /// Its name.
    pub name: Name<Method>,
    /// What it does.
    pub action: SetterAction,
    /// What it takes, unless it takes nothing (clearing a field).
    pub accepted: Option<Spelled>,
    /// The value needs `.into()`.
    pub converts: bool,
    /// Its docs.
    pub doc: String,
}

/// What a [`Setter`] does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetterAction {
    /// Sets an optional parameter (by index).
    Param(usize),
    /// Sets the optional request body.
    Body,
    /// Replaces the whole patch body.
    PatchBody,
    /// Sets an optional field (by index) of the patch body.
    PatchField(usize),
    /// Sends a nullable field (by index) of the patch body as `null`.
    ClearField(usize),
}

/// A function that decodes error replies.
#[derive(Debug, Clone)]
pub struct Decoder {
    /// Its name.
    pub name: Name<Function>,
    /// The first operation (by index) that uses it: its error cases are the
    /// ones decoded.
    pub operation: usize,
}

impl<'a> Surface<'a> {
    /// The Rust API of `api`, as a module declared in `parent` (`crate`),
    /// without doctest examples of its operations (see [`Surface::with_examples`]).
    pub fn new(api: &'a Api, parent: &str) -> Surface<'a> {
        Surface::build(api, parent, None)
    }

    /// The same, with each client method's docs showing a call as a
    /// doctest that reaches the module by `paths`.
    pub fn with_examples(api: &'a Api, parent: &str, paths: &DocPaths) -> Surface<'a> {
        Surface::build(api, parent, Some(paths))
    }

    fn build(api: &'a Api, parent: &str, paths: Option<&DocPaths>) -> Surface<'a> {
        let builders = operations::builder_names(api);
        let type_names = names::type_names(api, &builders);
        let name_of = |id: TypeId| type_names[id.index()].clone();
        let types = types::surfaces(api, &type_names, &name_of);
        let title = docs::title(api);
        let module = Name::fixed(snake(&api.name));
        let mut surface = Surface {
            api,
            parent: parent.to_owned(),
            module,
            module_doc: String::new(),
            builders_doc: docs::builders_doc(api),
            types_doc: docs::types_doc(api),
            client: ClientSurface {
                doc: String::new(),
                base_url_doc: String::new(),
                new_doc: String::new(),
                server_arguments: Vec::new(),
                auth_doc: String::new(),
                bearer_doc: None,
                api_keys: Vec::new(),
                token_source_doc: None,
                scoped_doc: None,
                revoke_doc: None,
                constructors: Vec::new(),
                server_urls_doc: None,
                many_arguments: false,
            },
            title,
            types,
            operations: Vec::new(),
            decoders: Vec::new(),
            messages: messages::sources(api),
            features: None,
        };
        let (operations, decoders) = operations::surfaces(&surface, builders, &name_of);
        // A by-status enum's docs name the operations that share it.
        let client = format!("{}::{}::Client", surface.parent, surface.module.bare());
        for (def, ty) in api.types.iter().zip(&mut surface.types) {
            if let crate::ir::NameRoot::Outcome { users, errors } = &def.origin.root {
                ty.doc = docs::outcome_doc(*errors, users, (&operations, &client));
            }
        }
        surface.operations = operations;
        surface.decoders = decoders;
        let replies = examples::reply_examples(&surface);
        for (ty, example) in surface.types.iter_mut().zip(replies) {
            if let Some(example) = example {
                ty.doc.push_str("\n\n");
                ty.doc.push_str(&example);
            }
        }
        if let Some(paths) = paths {
            // Each operation's on its own, so a large spec's are shared out.
            let examples =
                crate::parallel::map_in_runs(surface.operations.len(), EXAMPLES_PER_RUN, |index| {
                    examples::operation(&surface, index, paths)
                });
            for (op, example) in surface.operations.iter_mut().zip(examples) {
                if let Some(example) = example {
                    op.method_doc.push_str("\n\n");
                    op.method_doc.push_str(&example);
                }
            }
        }
        surface.client = docs::client(&surface);
        surface.module_doc = docs::module_doc(&surface);
        surface
    }

    /// The name of the type `id`.
    pub fn type_name(&self, id: TypeId) -> &Name<Type> {
        &self.types[id.index()].name
    }

    /// The spelling of a type reference.
    pub fn spell(&self, ty: &TypeRef) -> Spelled {
        Spelled::of(ty, &|id| self.type_name(id).clone())
    }

    /// The spelling of an optional outcome type (`()` when there is none).
    pub fn spell_outcome(&self, ty: Option<&TypeRef>) -> Spelled {
        ty.map_or(Spelled::Unit, |ty| self.spell(ty))
    }

    /// The fields of the struct `id` (empty for other kinds).
    pub fn fields(&self, id: TypeId) -> &[FieldSurface] {
        match &self.types[id.index()].members {
            Members::Struct { fields, .. } => fields,
            Members::Variants(_) | Members::Newtype(_) => &[],
        }
    }

    /// The variants of the enum `id` (empty for structs).
    pub fn variants(&self, id: TypeId) -> &[VariantSurface] {
        match &self.types[id.index()].members {
            Members::Variants(variants) => variants,
            Members::Struct { .. } | Members::Newtype(_) => &[],
        }
    }

    /// The argument that fills parameter `param` of operation `op`.
    pub fn argument_for(&self, op: usize, target: Target) -> Option<&ArgumentSurface> {
        self.operations[op]
            .arguments
            .iter()
            .find(|argument| argument.fills == target)
    }

    /// The setter that sets field `field` of operation `op`'s patch body.
    pub fn field_setter(&self, op: usize, field: usize) -> Option<&Setter> {
        self.operations[op]
            .setters
            .iter()
            .find(|setter| setter.action == SetterAction::PatchField(field))
    }

    /// A struct's two maps: the fields the spec does not know, and the typed
    /// `additionalProperties`.
    pub fn maps(&self, id: TypeId) -> (Option<&Name<Field>>, Option<&Name<Field>>) {
        match &self.types[id.index()].members {
            Members::Struct {
                unknown_fields,
                extra,
                ..
            } => (unknown_fields.as_ref(), extra.as_ref()),
            Members::Variants(_) | Members::Newtype(_) => (None, None),
        }
    }

    /// The unknown-fields map of the struct `id`, if it keeps one.
    pub fn unknown_fields(&self, id: TypeId) -> Option<&Name<Field>> {
        self.maps(id).0
    }
}

/// A scope of variant names where `Unknown` (the catch-all of every
/// generated enum) is taken.
fn variant_scope() -> Scope<Variant> {
    Scope::with_reserved(&["Unknown"])
}

/// A PascalCase variant name.
fn variant_name(text: &str) -> String {
    pascal(text)
}

/// The fewest operations whose examples are worth a thread of their own.
const EXAMPLES_PER_RUN: usize = 128;
