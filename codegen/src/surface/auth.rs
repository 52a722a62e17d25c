//! The `Auth` constructors besides one per scheme: a requirement that
//! needs several credentials at once, an OAuth2 flow whose tokens the
//! client fetches, a token operation (`x-token-endpoint`). Their names
//! and argument names are issued here; their docs are in `docs.rs`.

use crate::ir::{Api, CombinedPart, Grant};
use crate::naming::{Argument, Method, Name, Scope, snake};

/// One such constructor.
#[derive(Debug, Clone)]
pub struct AuthConstructor {
    /// Its name.
    pub name: Name<Method>,
    /// Its arguments, in order.
    pub arguments: Vec<Name<Argument>>,
    /// What it builds.
    pub kind: ConstructorKind,
    /// Its docs.
    pub doc: String,
}

/// What an [`AuthConstructor`] builds, by index into the IR's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstructorKind {
    /// `api.auth.combined[i]`: each part's credential.
    Combined(usize),
    /// `api.auth.flows[i]`: tokens from the flow's token URL.
    Flow(usize),
    /// `api.auth.flows[i]` asking for the scopes given (the last argument).
    ScopedFlow(usize),
    /// `api.auth.token_endpoints[i]`: tokens from the operation.
    TokenEndpoint(usize),
}

/// The constructors of `api`, named in `scope` (which holds the other
/// `Auth` names already).
pub(super) fn constructors(api: &Api, scope: &mut Scope<Method>) -> Vec<AuthConstructor> {
    let mut constructors = Vec::new();
    for (index, endpoint) in api.auth.token_endpoints.iter().enumerate() {
        let mut arguments: Scope<Argument> = Scope::default();
        constructors.push(AuthConstructor {
            name: scope.claim(snake(&endpoint.name)),
            arguments: endpoint
                .credentials
                .iter()
                .map(|field| arguments.claim(snake(&field.wire)))
                .collect(),
            kind: ConstructorKind::TokenEndpoint(index),
            doc: String::new(),
        });
    }
    for (index, flow) in api.auth.flows.iter().enumerate() {
        let (name, arguments) = match flow.grant {
            Grant::ClientCredentials => ("client_credentials", ["client_id", "client_secret"]),
            Grant::Password => ("password", ["username", "password"]),
        };
        constructors.push(AuthConstructor {
            name: scope.claim(name),
            arguments: arguments.iter().map(|a| Name::fixed(*a)).collect(),
            kind: ConstructorKind::Flow(index),
            doc: String::new(),
        });
        constructors.push(AuthConstructor {
            name: scope.claim(format!("{name}_with_scopes")),
            arguments: arguments
                .iter()
                .chain(&["scopes"])
                .map(|a| Name::fixed(*a))
                .collect(),
            kind: ConstructorKind::ScopedFlow(index),
            doc: String::new(),
        });
    }
    for (index, combined) in api.auth.combined.iter().enumerate() {
        let mut arguments: Scope<Argument> = Scope::with_reserved(&["self"]);
        let mut names = Vec::new();
        let mut argument_names = Vec::new();
        for part in &combined.parts {
            match part {
                CombinedPart::Bearer { schemes } => {
                    names.push(snake(&schemes[0]));
                    argument_names.push(arguments.claim("token"));
                }
                CombinedPart::Basic { scheme } => {
                    names.push(snake(scheme));
                    argument_names.push(arguments.claim("username"));
                    argument_names.push(arguments.claim("password"));
                }
                CombinedPart::ApiKey(key) => {
                    let name = snake(&key.scheme);
                    argument_names.push(arguments.claim(name.clone()));
                    names.push(name);
                }
            }
        }
        let bare: Vec<&str> = names.iter().map(|n| n.trim_start_matches("r#")).collect();
        constructors.push(AuthConstructor {
            name: scope.claim(bare.join("_and_")),
            arguments: argument_names,
            kind: ConstructorKind::Combined(index),
            doc: String::new(),
        });
    }
    constructors
}
