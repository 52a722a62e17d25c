//! The intermediate representation: what the client needs, not what OpenAPI
//! allows. Built by [`crate::model`], read by [`crate::emit`].

/// One provider's API, ready to emit.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The Rust module and cargo feature name (`telegent`).
    pub module: String,
    /// The spec's path as given to the generator, for headers and docs.
    pub spec_path: String,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// The first `servers` URL (a relative one, or none, resolved against
    /// `http://localhost`).
    pub base_url: String,
    /// Why [`base_url`](Self::base_url) is not simply the spec's first
    /// server URL (it is relative, or the spec has none).
    pub base_url_note: Option<String>,
    /// The authentication schemes the spec declares and uses.
    pub auth: AuthSchemes,
    /// Every type the operations need, in a stable order.
    pub types: Vec<TypeDef>,
    /// Every operation, in spec order.
    pub operations: Vec<Operation>,
    /// What the generator did not take literally (a schema it could only
    /// type as any JSON value, an alternative it skipped), with where.
    pub warnings: Vec<Warning>,
}

/// Something in the spec the generated code does not express exactly; the
/// code still compiles and works, with the fallback the message names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// A JSON pointer into the document.
    pub pointer: String,
    /// What was done instead.
    pub message: String,
}

/// Which credentials a client can be built with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthSchemes {
    /// An HTTP bearer scheme is used.
    pub bearer: bool,
    /// An HTTP basic scheme is used.
    pub basic: bool,
    /// Some operation needs no credentials at all (`security: []`).
    pub anonymous: bool,
    /// An OAuth2 or OpenID Connect scheme is used: its access token is sent
    /// as a bearer token.
    pub oauth2: bool,
    /// API keys, each its own `Auth` constructor, in spec order.
    pub api_keys: Vec<ApiKey>,
}

/// An `apiKey` security scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    /// The scheme's name under `components/securitySchemes`.
    pub scheme: String,
    /// The snake_case name of its `Auth` constructor (`api_key`).
    pub constructor: String,
    /// Where the key goes.
    pub location: ApiKeyLocation,
    /// The header, query parameter or cookie name.
    pub name: String,
    /// The scheme's description.
    pub doc: Option<String>,
}

/// Where an API key is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// A request header.
    Header,
    /// A query parameter.
    Query,
    /// A cookie.
    Cookie,
}

/// A named Rust type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// The Rust identifier.
    pub name: String,
    /// Documentation, from the spec.
    pub doc: Option<String>,
    /// What it is.
    pub kind: TypeKind,
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
        /// The Rust name of the map that keeps fields the spec does not know
        /// (response models and their request views), if the struct has one.
        unknown_fields: Option<String>,
        /// For a request view (`XInput`): the response model it converts from,
        /// dropping the read-only fields.
        input_of: Option<String>,
        /// Wire names of the read-only properties a request view leaves out:
        /// decoding drops them rather than keeping them as unknown fields.
        read_only: Vec<String>,
        /// `additionalProperties: <schema>` beside `properties`: the map
        /// that holds the other fields, typed.
        extra: Option<Extra>,
    },
    /// A string enum; unknown values are kept in an `Unknown(String)` variant.
    Enum {
        /// The documented values.
        variants: Vec<Variant>,
    },
    /// An integer enum; unknown values are kept in an `Unknown(i64)` variant.
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
        /// with another tag is kept in an `Unknown(serde_json::Value)`
        /// variant. Without one, the first alternative that decodes wins.
        tag: Option<String>,
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
    /// The snake_case Rust name (keywords escaped).
    pub rust_name: String,
    /// The provider's name, exactly.
    pub wire_name: String,
    /// Other wire names accepted when decoding (`x-aliases`).
    pub aliases: Vec<String>,
    /// Documentation.
    pub doc: Option<String>,
    /// The value's type.
    pub ty: TypeRef,
    /// Listed in `required`.
    pub required: bool,
    /// `nullable: true`.
    pub nullable: bool,
    /// A required single-value enum: filled in by `Default`.
    pub constant: bool,
}

/// The typed map of a struct's other fields (`additionalProperties`).
#[derive(Debug, Clone, PartialEq)]
pub struct Extra {
    /// The Rust name of the map field.
    pub rust_name: String,
    /// The type of each value.
    pub ty: TypeRef,
}

/// One value of an integer enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntVariant {
    /// The PascalCase Rust name (`V200`, or from `x-enum-varnames`).
    pub rust_name: String,
    /// The wire value.
    pub value: i64,
}

/// One alternative of a [`TypeKind::Union`].
#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    /// The PascalCase Rust name.
    pub rust_name: String,
    /// The value it holds.
    pub ty: TypeRef,
    /// The discriminator values that select it (empty when untagged).
    pub tags: Vec<String>,
}

/// One value of a string enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The PascalCase Rust name.
    pub rust_name: String,
    /// The wire string.
    pub wire: String,
}

/// One variant of a [`TypeKind::ByStatus`] enum.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusVariant {
    /// The Rust name (from the status's reason phrase).
    pub rust_name: String,
    /// The status.
    pub status: Status,
    /// The body type, or `None` when the status has no body.
    pub ty: Option<TypeRef>,
    /// The response's description.
    pub doc: Option<String>,
}

/// A reference to a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// `String`.
    String,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// Any JSON number, kept exactly as written (`100` stays `100`, `1.0`
    /// stays `1.0`): `serde_json::Number`.
    Number,
    /// `bool`.
    Bool,
    /// Any JSON value.
    Json,
    /// Any JSON object.
    JsonObject,
    /// Raw bytes (`format: binary`): `runtime::Bytes`, a file part in a
    /// multipart body, base64 in JSON.
    Bytes,
    /// `Box<T>`: a field that makes its type recursive.
    Boxed(Box<TypeRef>),
    /// `Vec<T>`.
    Vec(Box<TypeRef>),
    /// `BTreeMap<String, T>`.
    Map(Box<TypeRef>),
    /// A generated type.
    Named(String),
}

/// One operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The snake_case method name on `Client`.
    pub method_name: String,
    /// The PascalCase name of its request builder.
    pub builder_name: String,
    /// The HTTP method, upper case.
    pub http_method: String,
    /// The path template as written in the spec.
    pub path: String,
    /// Summary and description.
    pub doc: Option<String>,
    /// Why the operation is inferred rather than documented.
    pub reconstructed: Option<String>,
    /// Path, query and header parameters, in spec order.
    pub params: Vec<Param>,
    /// The request body.
    pub body: Option<Body>,
    /// Documented success statuses.
    pub success: Vec<ResponseCase>,
    /// Documented error statuses (and `default`).
    pub errors: Vec<ResponseCase>,
    /// What `send` returns on success.
    pub success_type: Option<TypeRef>,
    /// What the runtime's `Error::Api` carries.
    pub error_type: Option<TypeRef>,
    /// Whether credentials are sent.
    pub authenticated: bool,
    /// Safe to retry by default: GET, HEAD, PUT, DELETE, OPTIONS, or `x-idempotent: true`.
    pub idempotent: bool,
    /// The `Accept` header value.
    pub accept: Option<String>,
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// A `{name}` in the path.
    Path,
    /// A `name=value` query pair.
    Query,
    /// A request header.
    Header,
}

/// One parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// The snake_case Rust name.
    pub rust_name: String,
    /// The wire name.
    pub wire_name: String,
    /// Where it goes.
    pub location: ParamLocation,
    /// Its type: a scalar, an enum, or a `Vec` of those is written as text;
    /// anything else is encoded from its JSON form (objects as
    /// `name[key]=value` in the query).
    pub ty: TypeRef,
    /// Required parameters are arguments of the client method.
    pub required: bool,
    /// `style: deepObject` (a query parameter): arrays as `name[0]=…`.
    pub deep_object: bool,
    /// What `build()` checks before anything is sent (per item for arrays).
    pub checks: Vec<Check>,
    /// Documentation.
    pub doc: Option<String>,
}

/// A constraint from a parameter's schema that `build()` enforces, so a value
/// the provider would reject never leaves the client.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// `pattern`: the text must match this regular expression.
    Pattern(String),
    /// `minLength` / `maxLength`, in characters.
    Length {
        /// The fewest characters allowed.
        min: Option<u64>,
        /// The most characters allowed.
        max: Option<u64>,
    },
    /// `minimum` / `maximum` (inclusive) of an integer.
    Range {
        /// The smallest value allowed.
        min: Option<i64>,
        /// The largest value allowed.
        max: Option<i64>,
    },
}

/// How a request body is encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyEncoding {
    /// JSON (`application/json`, `…+json`).
    Json,
    /// `application/x-www-form-urlencoded`: one `name=value` pair per field;
    /// objects as `name[key]=value`; arrays repeat the name, or (for the
    /// properties listed, `style: deepObject`) as `name[0]=value`.
    Form {
        /// Wire names of the properties encoded as deep objects.
        deep: Vec<String>,
    },
    /// `multipart/form-data`: one part per field.
    Multipart {
        /// Wire names of the properties sent as file parts (`format: binary`).
        files: Vec<String>,
    },
    /// The body is a string, sent as it is.
    Text,
    /// The body is raw bytes (`application/octet-stream` and any media
    /// type Switchboard cannot encode).
    Binary,
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub struct Body {
    /// The media type sent as `Content-Type`.
    pub media_type: String,
    /// How the body is encoded.
    pub encoding: BodyEncoding,
    /// The body's type.
    pub ty: TypeRef,
    /// The body has merge-patch semantics: built from setters, only set fields are sent.
    pub patch: bool,
    /// For patch bodies: the struct's fields (setters and required arguments).
    pub fields: Vec<Field>,
    /// `requestBody.required`: a required body is an argument, an optional one
    /// a setter (patch bodies always start empty and are always sent).
    pub required: bool,
    /// Documentation.
    pub doc: Option<String>,
}

/// A documented response status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// One status (`200`).
    Code(u16),
    /// A range by first digit: `4` for `4XX`.
    Range(u16),
    /// The spec's `default` response: any status not listed.
    Default,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Code(code) => write!(f, "{code}"),
            Status::Range(class) => write!(f, "{class}XX"),
            Status::Default => f.write_str("default"),
        }
    }
}

/// How one documented status decodes.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseCase {
    /// The status.
    pub status: Status,
    /// Its variant name in a by-status enum (`Ok`, `MultiStatus`, `Default`).
    pub variant: String,
    /// The description.
    pub doc: Option<String>,
    /// Media types and how each decodes; empty when there is no body.
    pub media: Vec<MediaCase>,
}

/// One media type of a response.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaCase {
    /// The media type as written in the spec, lowercased.
    pub media_type: String,
    /// The type it decodes into.
    pub ty: TypeRef,
    /// Read as text (a `type: string` schema, or a text media type)
    /// instead of JSON; a [`TypeRef::Bytes`] body is kept as raw bytes.
    pub text: bool,
}

impl ResponseCase {
    /// The body type, when every media type decodes into the same one.
    pub fn body_type(&self) -> Option<&TypeRef> {
        self.media.first().map(|media| &media.ty)
    }
}
