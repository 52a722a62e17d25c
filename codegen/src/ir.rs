//! The intermediate representation: what the spec means for a client, not
//! what OpenAPI allows and not yet any Rust. Built by [`crate::model`], turned
//! into the Rust API by [`crate::surface`].
//!
//! The IR holds wire facts and the spec's own text: operations (method, a
//! parsed path template, parameters, body, replies by status), types in an
//! arena addressed by [`TypeId`], and where each type comes from
//! ([`TypeOrigin`]), which is what its Rust name is made from. It holds no
//! Rust names and no rustdoc prose.

mod auth;
mod http;
mod types;

pub use self::auth::{
    Combined, CombinedPart, Endpoint, ExpiryFormat, Grant, OAuth2Flow, TokenCall, TokenCredential,
    TokenEndpoint,
};
pub use self::http::{Method, PathTemplate, Segment};
pub use self::types::{
    Extra, Field, IntVariant, NamePart, NameRoot, StatusVariant, TypeDef, TypeId, TypeKind,
    TypeOrigin, TypeRef, UnionVariant, Variant, View,
};

/// One provider's API.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// The provider's name, from the spec's file name (`telegent`): its
    /// module and cargo feature.
    pub name: String,
    /// The spec's path as given to the generator, for headers and docs.
    pub spec_path: String,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// Where requests go by default.
    pub server: Server,
    /// The authentication schemes the spec declares and uses.
    pub auth: AuthSchemes,
    /// Every type the operations need, in the order they were first needed
    /// (a struct before the types of its fields); a [`TypeId`] indexes it.
    pub types: Vec<TypeDef>,
    /// Every operation, in spec order.
    pub operations: Vec<Operation>,
    /// By [`TypeId`]: the field a struct's schema names as the provider's
    /// message (`x-error-message`), when it names one.
    pub message_fields: Vec<Option<String>>,
    /// What the generator did not take literally (a schema it could only
    /// type as any JSON value, an alternative it skipped), with where.
    pub warnings: Vec<Warning>,
}

impl Api {
    /// The type `id` names.
    pub fn def(&self, id: TypeId) -> &TypeDef {
        &self.types[id.index()]
    }

    /// The fields of the struct `ty` names, if it names a struct.
    pub fn struct_fields(&self, ty: &TypeRef) -> Option<&[Field]> {
        match ty {
            TypeRef::Named(id) => match &self.def(*id).kind {
                TypeKind::Struct { fields, .. } => Some(fields),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The default server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// The base URL every path is appended to, without a trailing `/`
    /// (variables at their defaults; a variable without one as `{name}`).
    pub url: String,
    /// Why [`url`](Self::url) is what it is.
    pub origin: ServerOrigin,
    /// Variables without a default, in the order the URL names them: the
    /// URL keeps their `{name}`, and the client's constructor takes a value
    /// for each.
    pub variables: Vec<String>,
}

/// Where the default base URL comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerOrigin {
    /// The spec's first server, as written.
    Spec,
    /// The spec names no server: `http://localhost`.
    Missing,
    /// The spec's first server is relative (the text as written): resolved
    /// against `http://localhost`.
    Relative(String),
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

/// The spec's own text about one thing (an operation, a schema, a
/// parameter), as written: rustdoc is made from it later.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Docs {
    /// `summary`, where the spec has one.
    pub summary: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// Why the spec marks it `x-reconstructed` (inferred, not documented by
    /// the provider).
    pub reconstructed: Option<String>,
}

/// What a value's schema says beyond its type: shown in the docs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValueNotes {
    /// `format` (`date-time`, `uuid`…), where the Rust type does not say it.
    pub format: Option<String>,
    /// `default`: the server applies it; the client never fills it in.
    pub default: Option<serde_json::Value>,
}

/// Which credentials a client can be built with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthSchemes {
    /// An HTTP bearer scheme is used.
    pub bearer: bool,
    /// An HTTP basic scheme is used.
    pub basic: bool,
    /// Some operation needs no credentials at all (`security: []`), or the
    /// spec declares none.
    pub anonymous: bool,
    /// An OAuth2 or OpenID Connect scheme is used: its access token is sent
    /// as a bearer token.
    pub oauth2: bool,
    /// API keys, in spec order.
    pub api_keys: Vec<ApiKey>,
    /// Requirements that need several credentials at once, in spec order.
    pub combined: Vec<Combined>,
    /// OAuth2 flows whose tokens the client can fetch itself (client
    /// credentials, password), in spec order.
    pub flows: Vec<OAuth2Flow>,
    /// Token operations described by `x-token-endpoint`, in spec order.
    pub token_endpoints: Vec<TokenEndpoint>,
}

/// An `apiKey` security scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    /// The scheme's name under `components/securitySchemes`.
    pub scheme: String,
    /// Where the key goes.
    pub location: ApiKeyLocation,
    /// The header, query parameter or cookie name.
    pub name: String,
    /// The scheme's description.
    pub description: Option<String>,
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

impl ApiKeyLocation {
    /// `header`, `query` or `cookie`.
    pub fn as_str(self) -> &'static str {
        match self {
            ApiKeyLocation::Header => "header",
            ApiKeyLocation::Query => "query",
            ApiKeyLocation::Cookie => "cookie",
        }
    }
}

/// The scopes one security requirement names: each scheme with a non-empty
/// list of them, in spec order.
pub type RequirementScopes = Vec<(String, Vec<String>)>;

/// One operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The spec's `operationId`, when it has one with a letter or digit.
    pub operation_id: Option<String>,
    /// The HTTP method.
    pub method: Method,
    /// The path template.
    pub path: PathTemplate,
    /// The operation's own server (`servers` on the operation or its path
    /// item), when it is not the API's: its requests go there, and
    /// `with_base_url` does not move them (`with_server_url` does).
    pub server: Option<String>,
    /// Summary, description, and why it is reconstructed.
    pub docs: Docs,
    /// Path, query and header parameters, in spec order.
    pub params: Vec<Param>,
    /// The request body.
    pub body: Option<Body>,
    /// Documented success statuses (exact codes before ranges).
    pub success: Vec<ResponseCase>,
    /// Documented error statuses (exact codes before ranges, then `default`).
    pub errors: Vec<ResponseCase>,
    /// What a successful reply decodes into.
    pub success_type: Option<TypeRef>,
    /// What an error reply decodes into (what `Error::Api` carries).
    pub error_type: Option<TypeRef>,
    /// Whether credentials are sent.
    pub authenticated: bool,
    /// The scopes the spec's requirements name, per alternative (any one
    /// will do).
    pub scopes: Vec<RequirementScopes>,
    /// Safe to retry by default: GET, HEAD, PUT, DELETE, OPTIONS, or `x-idempotent: true`.
    pub idempotent: bool,
    /// The `Accept` header value: every media type a reply is decoded from.
    pub accept: Option<String>,
    /// How a list operation's pages follow each other.
    pub pagination: Option<Pagination>,
    /// The group it belongs to (a standalone crate's cargo feature): its
    /// first tag, or without tags the first path segment that is not a
    /// version or a parameter (`/v1/customers/{id}` → `customers`).
    pub group: String,
}

/// How a list operation's replies are pages of one list: where a page's
/// items are and how the next page is asked for (from `x-pagination`, or
/// inferred). Paths are wire names from the reply body down.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// Where a page's items are; empty when the reply is the list itself.
    pub items: Vec<String>,
    /// The type of one item.
    pub item: TypeRef,
    /// How the next page is asked for.
    pub advance: Advance,
    /// A reply field that is `false` on the last page.
    pub has_more: Option<Vec<String>>,
    /// A reply field with how many items there are in all.
    pub total: Option<Vec<String>>,
    /// Not described by the spec but read from the operation's shape.
    pub inferred: bool,
}

/// How the page after one is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Advance {
    /// There is none: the list comes in one reply.
    Single,
    /// The query parameter (by index) that skips items moves on by the
    /// number of items received; `limit` is the page-size parameter.
    Offset {
        /// The offset parameter.
        param: usize,
        /// The page-size parameter.
        limit: Option<usize>,
    },
    /// The page number's query parameter (by index) goes up by one.
    Page {
        /// The page parameter.
        param: usize,
    },
    /// The cursor's query parameter (by index) takes the reply's next cursor.
    Cursor {
        /// The cursor parameter.
        param: usize,
        /// The reply field with the next cursor.
        next: Vec<String>,
    },
    /// The next page is at the URL in a reply field.
    NextUrl {
        /// The reply field with the URL.
        next: Vec<String>,
    },
}

impl Operation {
    /// Whether any other 2xx reply with an empty body is this operation's
    /// success: it documents one success, a status with no body (a `204`
    /// for a delete), and a provider that answers `200` or `202` instead,
    /// with nothing in it, has done what was asked all the same. (One with
    /// a body goes where the spec's error cases say: it may be an error.)
    pub fn any_2xx_is_success(&self) -> bool {
        matches!(
            self.success.as_slice(),
            [case] if case.media.is_empty() && matches!(case.status, Status::Code(200..=299))
        )
    }

    /// The path as the docs show it: after the operation's own server when
    /// it has one (`https://auth.example.test/oauth/token`).
    pub fn shown_path(&self) -> String {
        match &self.server {
            Some(server) => format!("{server}{}", self.path),
            None => self.path.to_string(),
        }
    }
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ParamLocation {
    /// A `{name}` in the path.
    Path,
    /// A `name=value` query pair.
    Query,
    /// A request header.
    Header,
}

impl ParamLocation {
    /// `path`, `query` or `header`.
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
        }
    }
}

/// How a query parameter's list or object goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    /// `form` exploded (the default): `name=a&name=b`, an object as
    /// `name[key]=value`.
    Repeated,
    /// One pair, the values joined by the delimiter: `form` with
    /// `explode: false` (`name=a,b`, an object `name=k1,v1,k2,v2`),
    /// `spaceDelimited` (`name=a%20b`), `pipeDelimited` (`name=a%7Cb`).
    Joined(char),
    /// `deepObject`: `name[0]=a`, `name[key]=value`.
    Deep,
}

impl QueryStyle {
    /// How the style writes `[a, b]`, for diagnostics and the diff.
    pub fn shown(self, name: &str) -> String {
        match self {
            QueryStyle::Repeated => format!("`{name}=a&{name}=b`"),
            QueryStyle::Joined(',') => format!("`{name}=a,b`"),
            QueryStyle::Joined(delimiter) => {
                let encoded = format!("%{:02X}", u32::from(delimiter));
                format!("`{name}=a{encoded}b`")
            }
            QueryStyle::Deep => format!("`{name}[0]=a&{name}[1]=b`"),
        }
    }
}

/// One parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
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
    /// How a query parameter's list or object is written (`style` and
    /// `explode`); a scalar's is always [`QueryStyle::Repeated`].
    pub style: QueryStyle,
    /// The value goes on the wire as its JSON text, percent-encoded like
    /// any other value (`content: {application/json: …}` instead of a
    /// `schema`).
    pub json: bool,
    /// What `build()` checks before anything is sent (per item for arrays).
    pub checks: Vec<Check>,
    /// Constraints of the schema the client cannot check, as the spec
    /// writes them (`pattern: (?!x)`, `minLength: 5, maxLength: 2`): the
    /// server checks them; the docs say so.
    pub unchecked: Vec<String>,
    /// The parameter's description (and reconstruction note).
    pub docs: Docs,
    /// Its schema's `format` and `default`.
    pub notes: ValueNotes,
    /// The spec's example value, when it fits the type.
    pub example: Option<Example>,
}

/// A value from the spec's `example` or `examples` (or its schema's
/// `example`) that fits the type it illustrates: shown in the docs.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The value.
    pub value: serde_json::Value,
    /// Where the spec gives it (a JSON pointer).
    pub at: String,
}

/// A constraint from a parameter's or a body field's schema that `build()`
/// enforces, so a value the provider would reject never leaves the client.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
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
    /// `minItems` / `maxItems` of an array (the other checks of an array's
    /// value apply to each of its items).
    Items {
        /// The fewest items allowed.
        min: Option<u64>,
        /// The most items allowed.
        max: Option<u64>,
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
    /// Merge-patch semantics: the body is a struct built from setters and
    /// only the fields that were set are sent.
    pub patch: bool,
    /// `requestBody.required`: a required body is an argument, an optional one
    /// a setter (patch bodies always start empty and are always sent).
    pub required: bool,
    /// The body's description.
    pub description: Option<String>,
    /// The spec's example body, when it fits the type.
    pub example: Option<Example>,
}

/// A documented response status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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
    /// The response's description.
    pub description: Option<String>,
    /// Media types and how each decodes; empty when there is no body.
    pub media: Vec<MediaCase>,
}

impl ResponseCase {
    /// The body type (every media type of a case decodes into the same one).
    pub fn body_type(&self) -> Option<&TypeRef> {
        self.media.first().map(|media| &media.ty)
    }
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
    /// The spec's example reply, when it fits the type.
    pub example: Option<Example>,
}
