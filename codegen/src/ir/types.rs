//! The type arena: every type the operations need, where each comes from,
//! and what it holds.

use super::{Docs, Status, ValueNotes};

/// A type in [`Api::types`](super::Api::types).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

impl TypeId {
    /// The position in the arena.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A generated type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// Where it comes from: what its name is made of.
    pub origin: TypeOrigin,
    /// The JSON pointer of the schema it is made from.
    pub at: String,
    /// The schema's description (and reconstruction note).
    pub docs: Docs,
    /// What it is.
    pub kind: TypeKind,
}

/// Which of a schema's types a [`TypeDef`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum View {
    /// Everything, as the server sends it.
    Model,
    /// What a request sends: `readOnly` properties left out.
    Request,
    /// A merge-patch body: `readOnly` left out, every field optional.
    Patch,
}

/// Where a type comes from, which is what its Rust name is made of: a root
/// (a component schema, a title, an operation's body…), the steps from there
/// to the schema (a property, the items of an array…), and the view.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TypeOrigin {
    /// Where the naming starts.
    pub root: NameRoot,
    /// The steps from the root to the schema.
    pub path: Vec<NamePart>,
    /// The view, for structs and unions.
    pub view: View,
    /// For an inline schema with a `title`: where it is used from. It names
    /// the type when another type already has the title's name (a titled
    /// schema defined differently at two places, or a component schema with
    /// that name), so the name still says where the type is defined.
    pub outer: Option<Box<TypeOrigin>>,
}

/// What a type's name starts from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NameRoot {
    /// `#/components/schemas/<name>`.
    Component(String),
    /// An inline schema's `title`.
    Title(String),
    /// `#/components/parameters/<name>`: a shared parameter's schema.
    SharedParameter(String),
    /// The request body of an operation (by index).
    Body(usize),
    /// The merge-patch body of an operation (by index).
    PatchBody(usize),
    /// A parameter of an operation (by index), by wire name.
    Parameter(usize, String),
    /// The reply of an operation (by index) with a status.
    Response(usize, Status),
    /// An alternative of a union: named after the union.
    Union(TypeId),
    /// One variant per status of an operation's replies; shared by every
    /// operation (by index) that has the same replies.
    Outcome {
        /// The operations that return it.
        users: Vec<usize>,
        /// Error replies (what `Error::Api` carries), or successful ones.
        errors: bool,
    },
}

/// A step from a type's [`NameRoot`] to its schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NamePart {
    /// A property, by wire name.
    Property(String),
    /// The items of an array.
    Item,
    /// The values of a map.
    Value,
    /// The alternative of a union at this position (from 0).
    Variant(usize),
}

/// The shape of a [`TypeDef`].
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// A JSON object with known fields.
    Struct {
        /// Fields in spec order.
        fields: Vec<Field>,
        /// Every required field has a default, so the struct gets `Default`.
        default: bool,
        /// The struct keeps the fields the spec does not know (response
        /// models and their request views), so they survive a round trip.
        keeps_unknown: bool,
        /// For a request view: the response model it converts from,
        /// dropping the read-only fields.
        input_of: Option<TypeId>,
        /// Wire names of the read-only properties a request view leaves out:
        /// decoding drops them rather than keeping them as unknown fields.
        read_only: Vec<String>,
        /// `additionalProperties: <schema>` beside `properties`: the map
        /// that holds the other fields, typed.
        extra: Option<Extra>,
    },
    /// A string enum; unknown values are kept.
    Enum {
        /// The documented values.
        variants: Vec<Variant>,
    },
    /// An integer enum; unknown values are kept.
    IntEnum {
        /// The documented values.
        variants: Vec<IntVariant>,
    },
    /// `oneOf` / `anyOf`: one variant per alternative.
    Union {
        /// The alternatives, in spec order.
        variants: Vec<UnionVariant>,
        /// The `discriminator.propertyName`, when every alternative has a
        /// tag: decoding picks the variant by that property, and a value
        /// with another tag is kept. Without one, the first alternative that
        /// decodes wins.
        tag: Option<String>,
    },
    /// A list or map that contains itself (`Nested: {type: array, items:
    /// {$ref: Nested}}`): a named type around it, as Rust has no recursive
    /// type aliases; it is the list or map on the wire.
    Newtype {
        /// What it holds: a [`TypeRef::Vec`] or [`TypeRef::Map`] of itself.
        inner: TypeRef,
    },
    /// One variant per documented status, for operations whose statuses carry
    /// different bodies.
    ByStatus {
        /// The variants, in status order.
        variants: Vec<StatusVariant>,
    },
}

/// One field of a struct.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The provider's name, exactly.
    pub wire_name: String,
    /// Other wire names accepted when decoding (`x-aliases`).
    pub aliases: Vec<String>,
    /// The property's description.
    pub docs: Docs,
    /// Its schema's `format` and `default`.
    pub notes: ValueNotes,
    /// The value's type.
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// `nullable: true`.
    pub nullable: bool,
    /// A required single-value enum: filled in by `Default`.
    pub constant: bool,
    /// What is checked before a request carrying it is sent (per item, for
    /// an array, but for the number of items).
    pub checks: Vec<super::Check>,
    /// Constraints the client cannot check, as the spec writes them: the
    /// server checks them; the field's docs say so.
    pub unchecked: Vec<String>,
}

/// The typed map of a struct's other fields (`additionalProperties`).
#[derive(Debug, Clone, PartialEq)]
pub struct Extra {
    /// The type of each value.
    pub ty: TypeRef,
}

/// One value of a string enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The wire string.
    pub wire: String,
}

/// One value of an integer enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntVariant {
    /// The wire value.
    pub value: i64,
    /// Its name from `x-enum-varnames`, when the spec gives names.
    pub name: Option<String>,
}

/// One alternative of a [`TypeKind::Union`].
#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    /// The value it holds.
    pub ty: TypeRef,
    /// The discriminator values that select it (empty when untagged).
    pub tags: Vec<String>,
    /// The component schema the alternative refers to, if it does.
    pub component: Option<String>,
}

/// One variant of a [`TypeKind::ByStatus`] enum.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusVariant {
    /// The status.
    pub status: Status,
    /// The body type, or `None` when the status has no body.
    pub ty: Option<TypeRef>,
    /// The response's description.
    pub description: Option<String>,
}

/// A reference to a type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TypeRef {
    /// A string.
    String,
    /// A 32-bit integer.
    I32,
    /// A 64-bit integer.
    I64,
    /// Any JSON number, kept exactly as written (`100` stays `100`, `1.0`
    /// stays `1.0`).
    Number,
    /// A boolean.
    Bool,
    /// Any JSON value.
    Json,
    /// Any JSON object.
    JsonObject,
    /// Raw bytes (`format: binary`): a file part in a multipart body, base64
    /// in JSON.
    Bytes,
    /// Boxed: a field that makes its type recursive.
    Boxed(Box<TypeRef>),
    /// A list.
    Vec(Box<TypeRef>),
    /// A map from strings.
    Map(Box<TypeRef>),
    /// A generated type.
    Named(TypeId),
}

impl TypeRef {
    /// The generated type this is, or holds through boxes, lists and maps.
    pub fn named(&self) -> Option<TypeId> {
        match self {
            TypeRef::Named(id) => Some(*id),
            TypeRef::Boxed(inner) | TypeRef::Vec(inner) | TypeRef::Map(inner) => inner.named(),
            _ => None,
        }
    }
}
