//! The names the generated code takes for itself, and the rules that make a
//! type's name from where it comes from.

use crate::ir::{Api, NamePart, NameRoot, Status, TypeDef, TypeKind, TypeOrigin, View};
use crate::naming::{Name, Scope, Type, pascal};

/// Methods every generated `Client` has besides the operations.
pub const CLIENT_METHODS: &[&str] = &[
    "new",
    "with_base_url",
    "with_http_client",
    "with_transport",
    "with_connect_timeout",
    "with_timeout",
    "with_retry",
    "with_max_body_bytes",
    "base_url",
    "with_server_url",
    "set_auth",
    "with_clock",
    "revoke_tokens",
    "core",
];

/// Methods every generated request builder has besides its setters.
pub const BUILDER_METHODS: &[&str] = &[
    "new",
    "body",
    "build",
    "send",
    "decode",
    "decode_outcome",
    "timeout",
    "retry",
    "stream",
    "pages",
];

/// Fields every generated request builder has besides its parameters.
pub const BUILDER_FIELDS: &[&str] = &["core", "client", "body", "options", "next_url"];

/// Names a generated type cannot take: the module's own items and what
/// `types.rs` and the std prelude bring into scope.
pub const RESERVED_TYPES: &[&str] = &[
    "Client",
    "Auth",
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
pub const RESERVED_BUILDERS: &[&str] = &[
    "BoxFuture",
    "HeaderMap",
    "Items",
    "PageReply",
    "Pages",
    "Paginate",
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

/// Constructors every `Auth` may have besides one per API key.
pub const AUTH_CONSTRUCTORS: &[&str] = &[
    "bearer",
    "basic",
    "none",
    "token_source",
    "scoped_per_endpoint",
];

/// The name a by-status enum takes when several operations share it.
fn shared_outcome(errors: bool) -> &'static str {
    if errors { "ErrorBody" } else { "Reply" }
}

/// A Rust name for a status: its reason phrase (`MultiStatus`), or `Default`.
pub fn status_name(status: Status) -> String {
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

/// The name of every type of `api`, by [`TypeId`](crate::ir::TypeId):
/// `builders` are the operations' builder names (roots named after an
/// operation start from them). Names are claimed in arena order, so a type
/// keeps its name while the types after it change; by-status enums that
/// several operations share are named last, for what they are.
pub fn type_names(api: &Api, builders: &[Name<Type>]) -> Vec<Name<Type>> {
    let mut scope: Scope<Type> = Scope::with_reserved(RESERVED_TYPES);
    let mut names: Vec<Option<Name<Type>>> = vec![None; api.types.len()];
    for (index, def) in api.types.iter().enumerate() {
        if is_shared_outcome(def) {
            continue;
        }
        let suffix = suffix(def);
        let mut name = format!("{}{suffix}", base_name(&def.origin, builders, &names));
        // A title another type already has: named by where it is used.
        if let Some(outer) = &def.origin.outer {
            if scope.contains(&name) {
                name = format!("{}{suffix}", base_name(outer, builders, &names));
            }
        }
        names[index] = Some(scope.claim(name));
    }
    for (index, def) in api.types.iter().enumerate() {
        if let NameRoot::Outcome { errors, .. } = &def.origin.root {
            if is_shared_outcome(def) {
                names[index] = Some(scope.claim(shared_outcome(*errors)));
            }
        }
    }
    names
        .into_iter()
        .map(|name| name.unwrap_or_else(|| Name::fixed("Unnamed")))
        .collect()
}

fn is_shared_outcome(def: &TypeDef) -> bool {
    matches!(&def.origin.root, NameRoot::Outcome { users, .. } if users.len() > 1)
}

/// `Input` for a request view, `Patch` for a patch body (of structs and
/// unions; enums have one view).
fn suffix(def: &TypeDef) -> &'static str {
    match (&def.kind, def.origin.view) {
        (TypeKind::Struct { .. } | TypeKind::Union { .. }, View::Request) => "Input",
        (TypeKind::Struct { .. } | TypeKind::Union { .. }, View::Patch) => "Patch",
        _ => "",
    }
}

/// The name a type's origin gives it, before its suffix and numbering.
fn base_name(origin: &TypeOrigin, builders: &[Name<Type>], named: &[Option<Name<Type>>]) -> String {
    let builder = |op: usize| builders.get(op).map_or("Operation", |name| name.bare());
    let mut base = match &origin.root {
        NameRoot::Component(name) | NameRoot::Title(name) | NameRoot::SharedParameter(name) => {
            pascal(name)
        }
        NameRoot::Body(op) => format!("{}Body", builder(*op)),
        NameRoot::PatchBody(op) => builder(*op).to_owned(),
        NameRoot::Parameter(op, wire) => format!("{}{}", builder(*op), pascal(wire)),
        NameRoot::Response(op, status) => {
            format!("{}{}Response", builder(*op), status_name(*status))
        }
        NameRoot::Union(union) => named
            .get(union.index())
            .and_then(Option::as_ref)
            .map_or_else(|| "Union".to_owned(), |name| name.bare().to_owned()),
        NameRoot::Outcome { users, errors } => {
            let op = users.first().copied().unwrap_or_default();
            let what = if *errors { "ErrorBody" } else { "Response" };
            format!("{}{what}", builder(op))
        }
    };
    for part in &origin.path {
        match part {
            NamePart::Property(wire) => base.push_str(pascal(wire).trim_start_matches("r#")),
            NamePart::Item => base.push_str("Item"),
            NamePart::Value => base.push_str("Value"),
            NamePart::Variant(index) => base.push_str(&format!("Variant{}", index + 1)),
        }
    }
    base
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surface::Surface;
    use crate::testing::api;

    /// The names of every type, in arena order.
    fn type_names_of(text: &str) -> Vec<String> {
        let api = api(text);
        let surface = Surface::new(&api, "crate");
        surface.types.iter().map(|ty| ty.name.to_string()).collect()
    }

    const COLLIDING: &str = "paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  a: {$ref: '#/components/schemas/user_profile'}
                  b: {$ref: '#/components/schemas/UserProfile'}
                  c: {$ref: '#/components/schemas/Client'}
components:
  schemas:
    user_profile:
      type: object
      properties:
        x: {type: string}
    UserProfile:
      type: object
      properties:
        y: {type: string}
    Client:
      type: object
      properties:
        z: {type: string}
";

    #[test]
    fn schemas_that_collide_after_casing_are_numbered_in_arena_order() {
        let names = type_names_of(COLLIDING);
        assert_eq!(
            names,
            [
                "ListThingsOkResponse",
                "UserProfile",
                "UserProfile2",
                "Client2"
            ]
        );
        // The same spec gives the same names every time.
        assert_eq!(type_names_of(COLLIDING), names);
    }

    #[test]
    fn statuses_are_named_by_their_reason_phrase() {
        assert_eq!(status_name(Status::Code(207)), "MultiStatus");
        assert_eq!(status_name(Status::Code(404)), "NotFound");
        assert_eq!(status_name(Status::Code(299)), "Status299");
        assert_eq!(status_name(Status::Range(4)), "ClientError");
        assert_eq!(status_name(Status::Range(7)), "Status7xx");
        assert_eq!(status_name(Status::Default), "Default");
    }
}
