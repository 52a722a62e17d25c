//! Two [`Api`]s → classified [`Change`]s. The rules are in the module docs of
//! [`crate::diff`]; each verdict below says why in its own words.
//!
//! Two passes: the operations are compared first, and while their bodies,
//! parameters and replies are, every pair of types found at the same place
//! (old `Partner` ↔ new `Partner`, old `Widget` ↔ new `WidgetInput`) is noted
//! with the operations that reach it and how (sent or received). Then each
//! pair of types is compared once, knowing every way it is used.

use std::collections::BTreeSet;

use super::{Change, ChangeKind as Kind, Place, Role, Use, Verdict};
use crate::ir::{
    Api, Check, Field, Operation, Param, ParamLocation, ResponseCase, Status, TypeDef, TypeKind,
    TypeRef,
};
use crate::model::placeholders;

mod types;

/// Every change from `old` to `new`: provider-wide, then by operation, then by type.
pub(super) fn changes(old: &Api, new: &Api) -> Vec<Change> {
    let mut differ = Differ {
        old,
        new,
        out: Vec::new(),
        pairs: Vec::new(),
        old_patches: patch_types(old),
        new_patches: patch_types(new),
    };
    differ.provider();
    differ.operations();
    differ.types();
    differ.out
}

/// A type of the old API and the type of the new one found in its place.
struct Pair {
    old: String,
    new: String,
    uses: Vec<Use>,
}

impl Pair {
    fn sent(&self) -> bool {
        self.uses.iter().any(|u| u.role == Role::Request)
    }

    fn received(&self) -> bool {
        self.uses.iter().any(|u| u.role == Role::Response)
    }
}

struct Differ<'a> {
    old: &'a Api,
    new: &'a Api,
    out: Vec<Change>,
    pairs: Vec<Pair>,
    /// Names of the structs that are patch bodies (their required fields are
    /// client method arguments).
    old_patches: BTreeSet<String>,
    new_patches: BTreeSet<String>,
}

/// The shape of a generated type, for telling a changed type from a renamed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Struct,
    Enum,
    IntEnum,
    Union,
    ByStatus,
    Missing,
}

fn find<'a>(api: &'a Api, name: &str) -> Option<&'a TypeDef> {
    api.types.iter().find(|def| def.name == name)
}

fn class(api: &Api, name: &str) -> Class {
    match find(api, name).map(|def| &def.kind) {
        Some(TypeKind::Struct { .. }) => Class::Struct,
        Some(TypeKind::Enum { .. }) => Class::Enum,
        Some(TypeKind::IntEnum { .. }) => Class::IntEnum,
        Some(TypeKind::Union { .. }) => Class::Union,
        Some(TypeKind::ByStatus { .. }) => Class::ByStatus,
        None => Class::Missing,
    }
}

fn patch_types(api: &Api) -> BTreeSet<String> {
    api.operations
        .iter()
        .filter_map(|op| op.body.as_ref())
        .filter(|body| body.patch)
        .filter_map(|body| match &body.ty {
            TypeRef::Named(name) => Some(name.clone()),
            _ => None,
        })
        .collect()
}

/// Whether `a` (in `a_api`) and `b` (in `b_api`) have the same shape: equal,
/// or generated types of the same kind (whose contents are compared as a pair).
fn same_shape(a_api: &Api, a: &TypeRef, b_api: &Api, b: &TypeRef) -> bool {
    match (a, b) {
        (TypeRef::Vec(a), TypeRef::Vec(b)) | (TypeRef::Map(a), TypeRef::Map(b)) => {
            same_shape(a_api, a, b_api, b)
        }
        (TypeRef::Named(a), TypeRef::Named(b)) => {
            let class = class(a_api, a);
            class != Class::Missing && class == self::class(b_api, b)
        }
        (a, b) => a == b,
    }
}

/// Whether whoever reads `reader` accepts every value of `value`. A generated
/// client (`client`) decodes any string into an enum (`Unknown`); the provider
/// accepts only the values its spec lists.
fn accepts(reader: (&Api, &TypeRef), value: (&Api, &TypeRef), client: bool) -> bool {
    let ((reader_api, reader), (value_api, value)) = (reader, value);
    if same_shape(reader_api, reader, value_api, value) {
        return true;
    }
    match (reader, value) {
        (TypeRef::Json, _) => true,
        (TypeRef::I64, TypeRef::I32) => true,
        (TypeRef::Number, TypeRef::I32 | TypeRef::I64) => true,
        (TypeRef::JsonObject, TypeRef::Map(_)) => true,
        (TypeRef::JsonObject, TypeRef::Named(name)) => class(value_api, name) == Class::Struct,
        (TypeRef::String, TypeRef::Named(name)) => class(value_api, name) == Class::Enum,
        (TypeRef::Named(name), TypeRef::String) => client && class(reader_api, name) == Class::Enum,
        (TypeRef::Vec(a), TypeRef::Vec(b)) | (TypeRef::Map(a), TypeRef::Map(b)) => {
            accepts((reader_api, a), (value_api, b), client)
        }
        _ => false,
    }
}

/// The Rust spelling of a type, as the generated code names it.
fn rust_ty(ty: &TypeRef) -> String {
    match ty {
        TypeRef::String => "String".to_owned(),
        TypeRef::I32 => "i32".to_owned(),
        TypeRef::I64 => "i64".to_owned(),
        TypeRef::Number => "serde_json::Number".to_owned(),
        TypeRef::Bool => "bool".to_owned(),
        TypeRef::Json => "serde_json::Value".to_owned(),
        TypeRef::JsonObject => "serde_json::Map<String, serde_json::Value>".to_owned(),
        TypeRef::Bytes => "runtime::Bytes".to_owned(),
        TypeRef::Boxed(inner) => format!("Box<{}>", rust_ty(inner)),
        TypeRef::Vec(item) => format!("Vec<{}>", rust_ty(item)),
        TypeRef::Map(value) => format!("BTreeMap<String, {}>", rust_ty(value)),
        TypeRef::Named(name) => name.clone(),
    }
}

fn rust_or_unit(ty: Option<&TypeRef>) -> String {
    ty.map_or_else(|| "()".to_owned(), rust_ty)
}

/// A field's Rust type: `T`, `Option<T>` or `Option<Option<T>>`.
fn field_rust(field: &Field) -> String {
    let inner = rust_ty(&field.ty);
    match (field.required, field.nullable) {
        (true, false) => inner,
        (true, true) | (false, false) => format!("Option<{inner}>"),
        (false, true) => format!("Option<Option<{inner}>>"),
    }
}

fn required_word(required: bool) -> &'static str {
    if required { "required" } else { "optional" }
}

/// Documentation as the spec wrote it: the generator's note on where an
/// undocumented inline schema lives changes when the spec is reordered.
fn written_doc(doc: &Option<String>) -> Option<&str> {
    doc.as_deref()
        .filter(|doc| !doc.starts_with("Defined inline in the spec at `"))
}

/// The verdict of a change to a type that is sent, received, or both: the
/// worse of the verdicts for each way it is used.
fn by_role(
    sent: bool,
    received: bool,
    request: impl FnOnce() -> Verdict,
    response: impl FnOnce() -> Verdict,
) -> Verdict {
    match (sent, received) {
        (true, true) => request().worst(response()),
        (true, false) => request(),
        (false, true) => response(),
        (false, false) => Verdict::none("not used by any operation"),
    }
}

const DOCS_ONLY_WIRE: &str = "documentation only";
const DOCS_ONLY_RUST: &str = "rustdoc only";

impl<'a> Differ<'a> {
    fn push(&mut self, place: &Place, kind: Kind, summary: String, wire: Verdict, rust: Verdict) {
        self.out.push(Change::new(place, kind, summary, wire, rust));
    }

    // ---- the provider --------------------------------------------------

    fn provider(&mut self) {
        let (old, new) = (self.old, self.new);
        let place = Place::Provider;
        if old.base_url != new.base_url {
            self.push(
                &place,
                Kind::ServerUrlChanged,
                format!("server URL `{}` → `{}`", old.base_url, new.base_url),
                Verdict::breaking(format!(
                    "yesterday's client sends every request to `{}`",
                    old.base_url
                )),
                Verdict::none("`Client::new` uses the new URL; `with_base_url` still overrides it"),
            );
        }
        let schemes = [
            (
                "HTTP bearer",
                old.auth.bearer,
                new.auth.bearer,
                "Auth::bearer",
            ),
            ("HTTP basic", old.auth.basic, new.auth.basic, "Auth::basic"),
            (
                "no credentials (`security: []`)",
                old.auth.anonymous,
                new.auth.anonymous,
                "Auth::none",
            ),
        ];
        for (scheme, before, after, constructor) in schemes {
            match (before, after) {
                (false, true) => self.push(
                    &place,
                    Kind::AuthSchemeAdded,
                    format!("new auth scheme: {scheme}"),
                    Verdict::compatible("the credentials used before are still documented"),
                    Verdict::compatible(format!("new constructor `{constructor}()`")),
                ),
                (true, false) => self.push(
                    &place,
                    Kind::AuthSchemeRemoved,
                    format!("auth scheme removed: {scheme}"),
                    Verdict::breaking(
                        "requests with these credentials are no longer documented to be accepted",
                    ),
                    Verdict::breaking(format!("`{constructor}()` no longer exists")),
                ),
                _ => {}
            }
        }
        if old.version != new.version {
            self.push(
                &place,
                Kind::ApiVersionChanged,
                format!("API version `{}` → `{}`", old.version, new.version),
                Verdict::none("the version string only documents the API"),
                Verdict::none(DOCS_ONLY_RUST),
            );
        }
        if old.title != new.title || old.description != new.description {
            self.push(
                &place,
                Kind::ApiDocsChanged,
                "API title or description changed".to_owned(),
                Verdict::none(DOCS_ONLY_WIRE),
                Verdict::none(DOCS_ONLY_RUST),
            );
        }
    }

    // ---- operations ----------------------------------------------------

    fn operations(&mut self) {
        let (old, new) = (self.old, self.new);
        for new_op in &new.operations {
            match old.operations.iter().find(|op| same_endpoint(op, new_op)) {
                Some(old_op) => self.operation(old_op, new_op),
                None => {
                    let place = op_place(new_op);
                    self.push(
                        &place,
                        Kind::OperationAdded,
                        format!("new operation `{}`", op_title(new_op)),
                        Verdict::compatible("a new endpoint; nothing that worked before changes"),
                        Verdict::compatible(format!(
                            "new method `Client::{}`",
                            bare(&new_op.method_name)
                        )),
                    );
                }
            }
        }
        for old_op in &old.operations {
            if !new.operations.iter().any(|op| same_endpoint(old_op, op)) {
                let place = op_place(old_op);
                self.push(
                    &place,
                    Kind::OperationRemoved,
                    format!("operation `{}` removed", op_title(old_op)),
                    Verdict::breaking("the provider no longer documents it: calls to it may fail"),
                    Verdict::breaking(format!(
                        "`Client::{}` and its builder `{}` no longer exist",
                        bare(&old_op.method_name),
                        old_op.builder_name
                    )),
                );
            }
        }
    }

    fn operation(&mut self, old: &Operation, new: &Operation) {
        let place = op_place(new);
        let method = format!("Client::{}", bare(&new.method_name));
        if old.method_name != new.method_name || old.builder_name != new.builder_name {
            let summary = if old.method_name == new.method_name {
                format!(
                    "request builder `{}` is now `{}`",
                    old.builder_name, new.builder_name
                )
            } else {
                format!(
                    "renamed (operationId): `Client::{}` → `{method}`",
                    bare(&old.method_name)
                )
            };
            self.push(
                &place,
                Kind::OperationRenamed,
                summary,
                Verdict::none("the same method and path"),
                Verdict::breaking(format!(
                    "`Client::{}` and its builder `{}` no longer exist (now `{method}` and `{}`)",
                    bare(&old.method_name),
                    old.builder_name,
                    new.builder_name
                )),
            );
        }
        if old.authenticated != new.authenticated {
            let (summary, wire) = if new.authenticated {
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
        if old.idempotent != new.idempotent {
            let summary = if new.idempotent {
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
        self.params(old, new, &place);
        self.arguments(old, new, &place);
        self.body(old, new, &place);
        self.responses(old, new, &place, true);
        self.responses(old, new, &place, false);
        self.outcome(
            (old.success_type.as_ref(), new.success_type.as_ref()),
            new,
            &place,
            true,
        );
        self.outcome(
            (old.error_type.as_ref(), new.error_type.as_ref()),
            new,
            &place,
            false,
        );
        self.operation_docs(old, new, &place);
    }

    fn params(&mut self, old_op: &Operation, new_op: &Operation, place: &Place) {
        let method = format!("Client::{}", bare(&new_op.method_name));
        for new in &new_op.params {
            let key = param_key(new_op, new);
            let Some(old) = old_op.params.iter().find(|p| param_key(old_op, p) == key) else {
                let (wire, rust) = if new.required {
                    (
                        Verdict::breaking(format!(
                            "requests without `{}` are rejected",
                            new.wire_name
                        )),
                        Verdict::breaking(format!(
                            "`{method}` takes a new argument `{}: {}`",
                            bare(&new.rust_name),
                            rust_ty(&new.ty)
                        )),
                    )
                } else {
                    (
                        Verdict::compatible(format!(
                            "requests without `{}` are still valid",
                            new.wire_name
                        )),
                        Verdict::compatible(format!(
                            "new setter `.{}()` on `{}`",
                            bare(&new.rust_name),
                            new_op.builder_name
                        )),
                    )
                };
                self.push(
                    place,
                    Kind::ParamAdded,
                    format!(
                        "new {} {}: `{}`",
                        required_word(new.required),
                        param_label(new),
                        rust_ty(&new.ty)
                    ),
                    wire,
                    rust,
                );
                continue;
            };
            self.param(old, new, new_op, place);
        }
        for old in &old_op.params {
            let key = param_key(old_op, old);
            if new_op.params.iter().any(|p| param_key(new_op, p) == key) {
                continue;
            }
            let rust = if old.required {
                format!("`{method}` loses its argument `{}`", bare(&old.rust_name))
            } else {
                format!(
                    "the setter `.{}()` of `{}` no longer exists",
                    bare(&old.rust_name),
                    new_op.builder_name
                )
            };
            self.push(
                place,
                Kind::ParamRemoved,
                format!("{} removed", param_label(old)),
                Verdict::breaking(
                    "the provider no longer documents it: it may reject requests that send it, or ignore the value",
                ),
                Verdict::breaking(rust),
            );
        }
    }

    fn param(&mut self, old: &Param, new: &Param, new_op: &Operation, place: &Place) {
        let method = format!("Client::{}", bare(&new_op.method_name));
        let label = param_label(new);
        if old.wire_name != new.wire_name {
            // Only path parameters, matched by position, get here.
            self.push(
                place,
                Kind::ParamRenamed,
                format!(
                    "path parameter `{{{}}}` is now `{{{}}}`",
                    old.wire_name, new.wire_name
                ),
                Verdict::none("the URL is built the same way"),
                Verdict::none("a positional argument: its name is not part of the Rust API"),
            );
        } else if old.rust_name != new.rust_name && !old.required && !new.required {
            self.push(
                place,
                Kind::ParamRenamed,
                format!(
                    "setter for {label}: `.{}()` → `.{}()`",
                    bare(&old.rust_name),
                    bare(&new.rust_name)
                ),
                Verdict::none("the same parameter"),
                Verdict::breaking(format!("`.{}()` no longer exists", bare(&old.rust_name))),
            );
        }
        if old.required != new.required {
            let name = bare(&new.rust_name);
            let (summary, wire, rust) = if new.required {
                (
                    format!("{label} is now required"),
                    Verdict::breaking(format!("requests without `{}` are rejected", new.wire_name)),
                    Verdict::breaking(format!(
                        "the setter `.{name}()` becomes an argument of `{method}`"
                    )),
                )
            } else {
                (
                    format!("{label} is now optional"),
                    Verdict::compatible("requests that send it are still valid"),
                    Verdict::breaking(format!(
                        "the argument `{name}` of `{method}` becomes the setter `.{name}()`"
                    )),
                )
            };
            self.push(place, Kind::ParamRequiredChanged, summary, wire, rust);
        }
        let usage = Use {
            operation: bare(&new_op.method_name).to_owned(),
            role: Role::Request,
        };
        if same_shape(self.old, &old.ty, self.new, &new.ty) {
            self.link(&old.ty, &new.ty, &usage);
        } else {
            let wire = if accepts((self.new, &new.ty), (self.old, &old.ty), false) {
                Verdict::compatible("every value yesterday's client sends is still valid")
            } else {
                Verdict::breaking("values of the old type may be rejected")
            };
            self.push(
                place,
                Kind::ParamTypeChanged,
                format!(
                    "{label} is now `{}` (was `{}`)",
                    rust_ty(&new.ty),
                    rust_ty(&old.ty)
                ),
                wire,
                Verdict::breaking(format!(
                    "`{}` takes `{}` instead of `{}`",
                    bare(&new.rust_name),
                    rust_ty(&new.ty),
                    rust_ty(&old.ty)
                )),
            );
        }
        let (before, after) = (checks_text(&old.checks), checks_text(&new.checks));
        if before != after {
            let looser = after.iter().all(|check| before.contains(check));
            let wire = if looser {
                Verdict::compatible("fewer constraints: yesterday's values are still valid")
            } else {
                Verdict::breaking(
                    "new or different constraints: values yesterday's client sent may be rejected",
                )
            };
            self.push(
                place,
                Kind::ParamChecksChanged,
                format!(
                    "constraints on {label}: {} → {}",
                    list_or_none(&before),
                    list_or_none(&after)
                ),
                wire,
                Verdict::none("`build()` checks the new constraints before sending"),
            );
        }
    }

    /// The client method's positional arguments, in order.
    fn arguments(&mut self, old: &Operation, new: &Operation, place: &Place) {
        let (before, after) = (arguments(old), arguments(new));
        let common_before: Vec<&String> = before
            .iter()
            .filter(|(id, _)| after.iter().any(|(other, _)| other == id))
            .map(|(id, _)| id)
            .collect();
        let common_after: Vec<&String> = after
            .iter()
            .filter(|(id, _)| before.iter().any(|(other, _)| other == id))
            .map(|(id, _)| id)
            .collect();
        if common_before == common_after {
            return;
        }
        let signature = |op: &Operation, args: &[(String, String)]| {
            let names: Vec<&str> = args.iter().map(|(_, name)| bare(name)).collect();
            format!("Client::{}({})", bare(&op.method_name), names.join(", "))
        };
        self.push(
            place,
            Kind::ArgumentsReordered,
            format!(
                "arguments reordered: `{}` → `{}`",
                signature(old, &before),
                signature(new, &after)
            ),
            Verdict::none("the same request"),
            Verdict::breaking(
                "positional arguments changed places: calls stop compiling or, where the types match, silently pass values to the wrong parameter",
            ),
        );
    }

    fn body(&mut self, old_op: &Operation, new_op: &Operation, place: &Place) {
        let method = format!("Client::{}", bare(&new_op.method_name));
        match (&old_op.body, &new_op.body) {
            (None, None) => {}
            (None, Some(new)) => {
                let wire = if new.required {
                    Verdict::breaking("requests without a body are rejected")
                } else {
                    Verdict::compatible("requests without a body are still valid")
                };
                let rust = if new.patch {
                    if new.fields.iter().any(|f| f.required && !f.constant) {
                        Verdict::breaking(format!("`{method}` takes new arguments"))
                    } else {
                        Verdict::compatible("new setters for the patch's fields")
                    }
                } else if new.required {
                    Verdict::breaking(format!(
                        "`{method}` takes a new argument `body: {}`",
                        rust_ty(&new.ty)
                    ))
                } else {
                    Verdict::compatible("new setter `.body()`")
                };
                self.push(
                    place,
                    Kind::BodyAdded,
                    format!(
                        "new {} request body `{}` (`{}`)",
                        required_word(new.required),
                        rust_ty(&new.ty),
                        new.media_type
                    ),
                    wire,
                    rust,
                );
            }
            (Some(old), None) => {
                let rust = if old.patch {
                    "the patch's setters and arguments no longer exist".to_owned()
                } else if old.required {
                    format!("`{method}` loses its `body` argument")
                } else {
                    "the `.body()` setter no longer exists".to_owned()
                };
                self.push(
                    place,
                    Kind::BodyRemoved,
                    format!("request body `{}` removed", rust_ty(&old.ty)),
                    Verdict::breaking(
                        "the provider no longer documents a body: it may reject one, or ignore it",
                    ),
                    Verdict::breaking(rust),
                );
            }
            (Some(old), Some(new)) => {
                if old.media_type != new.media_type {
                    self.push(
                        place,
                        Kind::BodyMediaTypeChanged,
                        format!(
                            "request body media type `{}` → `{}`",
                            old.media_type, new.media_type
                        ),
                        Verdict::breaking(format!(
                            "yesterday's client sends `Content-Type: {}`, which the provider no longer documents",
                            old.media_type
                        )),
                        Verdict::none(format!("the client sends `{}`", new.media_type)),
                    );
                }
                if old.patch != new.patch {
                    let (summary, wire, rust) = if new.patch {
                        (
                            "the request body is now a merge patch (only the fields sent change)",
                            "the same body now leaves the fields it does not send unchanged",
                            "the body is built with setters (and required fields as arguments) instead of passed whole",
                        )
                    } else {
                        (
                            "the request body is no longer a merge patch",
                            "the same body no longer leaves the fields it does not send unchanged",
                            "the body is passed whole instead of built with setters",
                        )
                    };
                    self.push(
                        place,
                        Kind::BodyPatchChanged,
                        summary.to_owned(),
                        Verdict::breaking(wire),
                        Verdict::breaking(rust),
                    );
                } else if old.required != new.required && !new.patch {
                    let (summary, wire, rust) = if new.required {
                        (
                            "the request body is now required",
                            Verdict::breaking("requests without a body are rejected"),
                            format!("the `.body()` setter becomes an argument of `{method}`"),
                        )
                    } else {
                        (
                            "the request body is now optional",
                            Verdict::compatible("requests with a body are still valid"),
                            format!(
                                "the `body` argument of `{method}` becomes the `.body()` setter"
                            ),
                        )
                    };
                    self.push(
                        place,
                        Kind::BodyRequiredChanged,
                        summary.to_owned(),
                        wire,
                        Verdict::breaking(rust),
                    );
                }
                let usage = Use {
                    operation: bare(&new_op.method_name).to_owned(),
                    role: Role::Request,
                };
                if same_shape(self.old, &old.ty, self.new, &new.ty) {
                    self.link(&old.ty, &new.ty, &usage);
                } else {
                    let wire = if accepts((self.new, &new.ty), (self.old, &old.ty), false) {
                        Verdict::compatible("every body yesterday's client sends is still valid")
                    } else {
                        Verdict::breaking("bodies of the old type may be rejected")
                    };
                    self.push(
                        place,
                        Kind::BodyTypeChanged,
                        format!(
                            "request body is now `{}` (was `{}`)",
                            rust_ty(&new.ty),
                            rust_ty(&old.ty)
                        ),
                        wire,
                        Verdict::breaking(format!(
                            "`{method}` takes `{}` instead of `{}`",
                            rust_ty(&new.ty),
                            rust_ty(&old.ty)
                        )),
                    );
                }
            }
        }
    }

    fn responses(&mut self, old_op: &Operation, new_op: &Operation, place: &Place, success: bool) {
        let (old_cases, new_cases) = if success {
            (&old_op.success, &new_op.success)
        } else {
            (&old_op.errors, &new_op.errors)
        };
        let what = if success { "success" } else { "error" };
        let old_default = old_cases.iter().any(|case| case.status == Status::Default);
        for new in new_cases {
            match old_cases.iter().find(|case| case.status == new.status) {
                Some(old) => self.response(old, new, new_op, place),
                None => {
                    let wire = if success {
                        Verdict::breaking(format!(
                            "yesterday's client reports a {} reply as `Error::UnexpectedResponse`",
                            status_text(new.status)
                        ))
                    } else if old_default {
                        Verdict::compatible("yesterday's client decodes it as the `default` reply")
                    } else {
                        Verdict::compatible(
                            "yesterday's client reports it as `Error::UnexpectedResponse` instead of `Error::Api`: an error either way",
                        )
                    };
                    self.push(
                        place,
                        Kind::StatusAdded,
                        format!(
                            "new {what} status {}{}",
                            status_text(new.status),
                            body_text(new)
                        ),
                        wire,
                        Verdict::compatible("`decode()` reads it"),
                    );
                }
            }
        }
        for old in old_cases {
            if new_cases.iter().any(|case| case.status == old.status) {
                continue;
            }
            self.push(
                place,
                Kind::StatusRemoved,
                format!("{what} status {} removed", status_text(old.status)),
                Verdict::compatible(
                    "the provider no longer sends it; every other reply decodes as before",
                ),
                Verdict::none("`decode()` no longer expects it"),
            );
        }
    }

    fn response(
        &mut self,
        old: &ResponseCase,
        new: &ResponseCase,
        new_op: &Operation,
        place: &Place,
    ) {
        let status = status_text(new.status);
        match (old.media.is_empty(), new.media.is_empty()) {
            (true, true) => return,
            (true, false) => {
                self.push(
                    place,
                    Kind::ResponseMediaTypeAdded,
                    format!("{status} replies now have a body{}", body_text(new)),
                    Verdict::compatible(format!(
                        "yesterday's client ignores the body of a {status} reply"
                    )),
                    Verdict::none("the Rust side is the return type"),
                );
                return;
            }
            (false, true) => {
                self.push(
                    place,
                    Kind::ResponseMediaTypeRemoved,
                    format!("{status} replies no longer have a body"),
                    Verdict::breaking(
                        "yesterday's client expects a body and fails on an empty one",
                    ),
                    Verdict::none("the Rust side is the return type"),
                );
                return;
            }
            (false, false) => {}
        }
        // A media type `decode()` does not list is read as JSON, unless every
        // documented one is text.
        let old_reads_unknown_as_text = old.media.iter().all(|m| m.text);
        for media in &new.media {
            if old.media.iter().any(|m| m.media_type == media.media_type) {
                continue;
            }
            let wire = if media.text == old_reads_unknown_as_text {
                Verdict::compatible(format!(
                    "yesterday's client reads it as {} too",
                    if media.text { "text" } else { "JSON" }
                ))
            } else {
                Verdict::breaking(format!(
                    "yesterday's client reads it as {}",
                    if old_reads_unknown_as_text {
                        "text"
                    } else {
                        "JSON"
                    }
                ))
            };
            self.push(
                place,
                Kind::ResponseMediaTypeAdded,
                format!("{status} replies may also be `{}`", media.media_type),
                wire,
                Verdict::none("the `Accept` header lists it"),
            );
        }
        for media in &old.media {
            if new.media.iter().any(|m| m.media_type == media.media_type) {
                continue;
            }
            self.push(
                place,
                Kind::ResponseMediaTypeRemoved,
                format!("{status} replies are no longer `{}`", media.media_type),
                Verdict::compatible("the provider no longer sends it; the others decode as before"),
                Verdict::none("the `Accept` header no longer lists it"),
            );
        }
        let (Some(old_ty), Some(new_ty)) = (old.body_type(), new.body_type()) else {
            return;
        };
        let usage = Use {
            operation: bare(&new_op.method_name).to_owned(),
            role: Role::Response,
        };
        if same_shape(self.old, old_ty, self.new, new_ty) {
            self.link(old_ty, new_ty, &usage);
        } else {
            let wire = if accepts((self.old, old_ty), (self.new, new_ty), true) {
                Verdict::compatible("yesterday's client decodes every new body")
            } else {
                Verdict::breaking("yesterday's client cannot decode the new body")
            };
            self.push(
                place,
                Kind::ResponseTypeChanged,
                format!(
                    "{status} body is now `{}` (was `{}`)",
                    rust_ty(new_ty),
                    rust_ty(old_ty)
                ),
                wire,
                Verdict::none("the Rust side is the return type"),
            );
        }
    }

    /// What `send()` returns (`success`) or what `Error::Api` carries.
    fn outcome(
        &mut self,
        (old, new): (Option<&TypeRef>, Option<&TypeRef>),
        new_op: &Operation,
        place: &Place,
        success: bool,
    ) {
        if let (Some(a @ TypeRef::Named(a_name)), Some(b @ TypeRef::Named(b_name))) = (old, new) {
            if class(self.old, a_name) == Class::ByStatus
                && class(self.new, b_name) == Class::ByStatus
            {
                let usage = Use {
                    operation: bare(&new_op.method_name).to_owned(),
                    role: Role::Response,
                };
                self.link(a, b, &usage);
                return;
            }
        }
        let same = match (old, new) {
            (None, None) => true,
            (Some(a), Some(b)) => same_shape(self.old, a, self.new, b),
            _ => false,
        };
        if same {
            return;
        }
        let (before, after) = (rust_or_unit(old), rust_or_unit(new));
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
        if written_doc(&old.doc) != written_doc(&new.doc) {
            changed.push("the operation".to_owned());
        }
        for param in &new.params {
            let key = param_key(new, param);
            if let Some(before) = old.params.iter().find(|p| param_key(old, p) == key) {
                if before.doc != param.doc {
                    changed.push(param_label(param));
                }
            }
        }
        if let (Some(before), Some(after)) = (&old.body, &new.body) {
            if before.doc != after.doc {
                changed.push("the request body".to_owned());
            }
        }
        for case in new.success.iter().chain(&new.errors) {
            let before = old
                .success
                .iter()
                .chain(&old.errors)
                .find(|c| c.status == case.status);
            if before.is_some_and(|before| before.doc != case.doc) {
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

// ---- operations: identities and labels -----------------------------------

/// Same HTTP method and same path, whatever the placeholders are called.
fn same_endpoint(a: &Operation, b: &Operation) -> bool {
    a.http_method == b.http_method && endpoint_path(&a.path) == endpoint_path(&b.path)
}

/// `/partners/{partner_sid}` → `/partners/{}`.
fn endpoint_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_placeholder = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_placeholder = true;
                out.push('{');
            }
            '}' => {
                in_placeholder = false;
                out.push('}');
            }
            _ if in_placeholder => {}
            _ => out.push(c),
        }
    }
    out
}

fn op_place(op: &Operation) -> Place {
    Place::Operation {
        method: op.http_method.clone(),
        path: op.path.clone(),
        operation: bare(&op.method_name).to_owned(),
    }
}

fn op_title(op: &Operation) -> String {
    format!("{} {}", op.http_method, op.path)
}

/// A parameter's identity: where it goes and its wire name (path parameters by
/// position, so renaming a placeholder keeps the parameter).
fn param_key(op: &Operation, param: &Param) -> String {
    match param.location {
        ParamLocation::Path => {
            let position = placeholders(&op.path)
                .iter()
                .position(|name| *name == param.wire_name)
                .unwrap_or(usize::MAX);
            format!("path#{position}")
        }
        ParamLocation::Query => format!("query:{}", param.wire_name),
        ParamLocation::Header => format!("header:{}", param.wire_name.to_ascii_lowercase()),
    }
}

fn param_label(param: &Param) -> String {
    match param.location {
        ParamLocation::Path => format!("path parameter `{{{}}}`", param.wire_name),
        ParamLocation::Query => format!("query parameter `{}`", param.wire_name),
        ParamLocation::Header => format!("header `{}`", param.wire_name),
    }
}

/// The client method's positional arguments: (identity, Rust name).
fn arguments(op: &Operation) -> Vec<(String, String)> {
    let mut args: Vec<(String, String)> = op
        .params
        .iter()
        .filter(|param| param.required)
        .map(|param| (param_key(op, param), param.rust_name.clone()))
        .collect();
    if let Some(body) = &op.body {
        if body.patch {
            args.extend(
                body.fields
                    .iter()
                    .filter(|field| field.required && !field.constant)
                    .map(|field| (format!("body:{}", field.wire_name), field.rust_name.clone())),
            );
        } else if body.required {
            args.push(("body".to_owned(), "body".to_owned()));
        }
    }
    args
}

fn checks_text(checks: &[Check]) -> Vec<String> {
    let bound = |n: Option<String>| n.unwrap_or_default();
    let mut texts: Vec<String> = checks
        .iter()
        .map(|check| match check {
            Check::Pattern(pattern) => format!("pattern `{pattern}`"),
            Check::Length { min, max } => format!(
                "length `{}..={}`",
                bound(min.map(|n| n.to_string())),
                bound(max.map(|n| n.to_string()))
            ),
            Check::Range { min, max } => format!(
                "range `{}..={}`",
                bound(min.map(|n| n.to_string())),
                bound(max.map(|n| n.to_string()))
            ),
        })
        .collect();
    texts.sort();
    texts
}

fn list_or_none(items: &[String]) -> String {
    if items.is_empty() {
        "none".to_owned()
    } else {
        items.join(", ")
    }
}

/// `` `200` ``, `` `4XX` `` or `` `default` ``.
fn status_text(status: Status) -> String {
    format!("`{status}`")
}

/// ` (`application/json`: `Partner`)`, or nothing for a reply without a body.
fn body_text(case: &ResponseCase) -> String {
    match (case.media.first(), case.body_type()) {
        (Some(media), Some(ty)) => format!(" (`{}`: `{}`)", media.media_type, rust_ty(ty)),
        _ => String::new(),
    }
}

/// A Rust name without `r#`.
fn bare(name: &str) -> &str {
    name.trim_start_matches("r#")
}
