//! Two APIs → classified [`Change`]s. The rules are in the module docs of
//! [`crate::diff`]; each verdict says why in its own words. Changes are found
//! by comparing the IR (wire identities: method and path, location and wire
//! name, wire names of fields and values) and reported in the words of the
//! [`Surface`] (the Rust names the code has).
//!
//! Two passes: the operations are compared first ([`operations`], with their
//! [`params`], [`bodies`] and [`responses`]), and while they are, every pair
//! of types found at the same place (old `Partner` ↔ new `Partner`, old
//! `Widget` ↔ new `WidgetInput`) is noted with the operations that reach it
//! and how (sent or received). Then each pair of types is compared once,
//! knowing every way it is used ([`types`], [`fields`], [`variants`]).

mod bodies;
mod fields;
mod operations;
mod params;
mod provider;
mod responses;
mod types;
mod variants;

use std::collections::BTreeSet;

use super::{Change, ChangeKind as Kind, Place, Role, Use, Verdict};
use crate::ir::{Api, Status, TypeId, TypeKind, TypeRef};
use crate::surface::Surface;

/// Every change from `old` to `new`: provider-wide, then by operation, then by type.
pub(super) fn changes(old: &Surface<'_>, new: &Surface<'_>) -> Vec<Change> {
    let mut differ = Differ {
        old,
        new,
        out: Vec::new(),
        pairs: Vec::new(),
        old_patches: patch_types(old.api),
        new_patches: patch_types(new.api),
    };
    differ.provider();
    differ.operations();
    differ.types();
    differ.out
}

/// A type of the old API and the type of the new one found in its place.
struct Pair {
    old: TypeId,
    new: TypeId,
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
    old: &'a Surface<'a>,
    new: &'a Surface<'a>,
    out: Vec<Change>,
    pairs: Vec<Pair>,
    /// The structs that are patch bodies (their required fields are client
    /// method arguments).
    old_patches: BTreeSet<TypeId>,
    new_patches: BTreeSet<TypeId>,
}

/// The shape of a generated type, for telling a changed type from a renamed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Struct,
    Enum,
    IntEnum,
    Union,
    ByStatus,
    Newtype,
}

fn class(api: &Api, id: TypeId) -> Class {
    match &api.def(id).kind {
        TypeKind::Struct { .. } => Class::Struct,
        TypeKind::Enum { .. } => Class::Enum,
        TypeKind::IntEnum { .. } => Class::IntEnum,
        TypeKind::Union { .. } => Class::Union,
        TypeKind::ByStatus { .. } => Class::ByStatus,
        TypeKind::Newtype { .. } => Class::Newtype,
    }
}

fn patch_types(api: &Api) -> BTreeSet<TypeId> {
    api.operations
        .iter()
        .filter_map(|op| op.body.as_ref())
        .filter(|body| body.patch)
        .filter_map(|body| body.ty.named())
        .collect()
}

/// Whether `a` (in `a_api`) and `b` (in `b_api`) have the same shape: equal,
/// or generated types of the same kind (whose contents are compared as a pair).
fn same_shape(a_api: &Api, a: &TypeRef, b_api: &Api, b: &TypeRef) -> bool {
    match (a, b) {
        (TypeRef::Vec(a), TypeRef::Vec(b))
        | (TypeRef::Map(a), TypeRef::Map(b))
        | (TypeRef::Boxed(a), TypeRef::Boxed(b)) => same_shape(a_api, a, b_api, b),
        (TypeRef::Named(a), TypeRef::Named(b)) => class(a_api, *a) == class(b_api, *b),
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
        (TypeRef::JsonObject, TypeRef::Named(id)) => class(value_api, *id) == Class::Struct,
        (TypeRef::String, TypeRef::Named(id)) => class(value_api, *id) == Class::Enum,
        (TypeRef::Named(id), TypeRef::String) => client && class(reader_api, *id) == Class::Enum,
        (TypeRef::Vec(a), TypeRef::Vec(b)) | (TypeRef::Map(a), TypeRef::Map(b)) => {
            accepts((reader_api, a), (value_api, b), client)
        }
        _ => false,
    }
}

fn required_word(required: bool) -> &'static str {
    if required { "required" } else { "optional" }
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

/// `` `200` ``, `` `4XX` `` or `` `default` ``.
fn status_text(status: Status) -> String {
    format!("`{status}`")
}

impl Differ<'_> {
    fn push(&mut self, place: &Place, kind: Kind, summary: String, wire: Verdict, rust: Verdict) {
        self.out.push(Change::new(place, kind, summary, wire, rust));
    }

    /// How the old API spells a type.
    fn old_ty(&self, ty: &TypeRef) -> String {
        self.old.spell(ty).text()
    }

    /// How the new API spells a type.
    fn new_ty(&self, ty: &TypeRef) -> String {
        self.new.spell(ty).text()
    }
}

/// The spec the unit tests of the comparison change one way at a time: a
/// list operation with an optional parameter and a reply struct, a create
/// operation with a request-only struct.
#[cfg(test)]
const SPEC: &str = "paths:
  /things:
    get:
      operationId: listThings
      description: Lists things.
      parameters:
        - {name: count, in: query, description: How many., schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Order'}
      responses:
        '204': {description: done}
components:
  schemas:
    Thing:
      type: object
      required: [id, seen]
      properties:
        id: {type: string, description: Its id.}
        seen: {type: string, nullable: true}
        color: {type: string, enum: [red, green]}
    Order:
      type: object
      properties:
        size: {type: string, enum: [small, large]}
        kind: {type: string, enum: [only]}
";

#[cfg(test)]
mod tests {
    use super::SPEC;
    use crate::testing::changes;

    #[test]
    fn a_spec_compared_with_itself_has_no_changes() {
        assert_eq!(changes(SPEC, SPEC), []);
    }
}
