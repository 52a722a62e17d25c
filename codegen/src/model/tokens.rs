//! `x-token-endpoint`: an operation that issues bearer tokens, described
//! so the client can fetch, cache and renew them itself (which request
//! fields carry the credentials, where the token and its expiry are in the
//! reply, whether a token is scoped to an endpoint, how it is refreshed
//! and revoked).

use serde_json::Value;

use crate::error::{Error, Pointer};
use crate::ir::{
    BodyEncoding, Endpoint, ExpiryFormat, Method, Operation, TokenCall, TokenCredential,
    TokenEndpoint,
};
use crate::load::Spec;

/// The extension's name.
pub(super) const EXTENSION: &str = "x-token-endpoint";

/// An operation's `x-token-endpoint`, kept until every operation is in the
/// IR (it names the operations that refresh and revoke its tokens).
pub(super) struct Declared {
    /// The operation's position among the spec's operations.
    index: usize,
    /// Where the extension is.
    at: Pointer,
    /// The extension as written.
    value: Value,
    /// The property names of the operation's request body.
    properties: Vec<String>,
}

/// The `x-token-endpoint` of `operation` (at `at`, the `index`th of the
/// spec), if it has one.
pub(super) fn declared(
    spec: &Spec,
    operation: &openapiv3::Operation,
    at: &Pointer,
    index: usize,
) -> Option<Declared> {
    let value = operation.extensions.get(EXTENSION)?.clone();
    Some(Declared {
        index,
        at: at.join(EXTENSION),
        value,
        properties: body_properties(spec, operation, at),
    })
}

/// The token endpoints `declared` describe, in the order of their
/// operations; `operations` are the IR's, in the order the spec's paths and
/// methods are walked.
pub(super) fn token_endpoints(
    spec: &Spec,
    declared: &[Declared],
    operations: &[Operation],
    bearer: bool,
) -> Result<Vec<TokenEndpoint>, Error> {
    let mut found = Vec::new();
    for declared in declared {
        if !bearer {
            return Err(spec
                .error(
                    &declared.at,
                    "the API takes no bearer token for the tokens to be sent as",
                )
                .hint("declare an HTTP bearer or OAuth2 security scheme and require it"));
        }
        let reader = Reader {
            spec,
            at: &declared.at,
            value: &declared.value,
        };
        found.push(reader.endpoint(declared.index, operations, &declared.properties)?);
    }
    Ok(found)
}

/// The property names of an operation's request body schema, when it is
/// an object schema that lists them.
fn body_properties(spec: &Spec, operation: &openapiv3::Operation, at: &Pointer) -> Vec<String> {
    let Some(body) = &operation.request_body else {
        return Vec::new();
    };
    let Ok((body, body_at)) = spec.resolve(body, &at.join("requestBody")) else {
        return Vec::new();
    };
    let Some((_, media)) = body.content.first() else {
        return Vec::new();
    };
    let Some(schema) = &media.schema else {
        return Vec::new();
    };
    let Ok((schema, _)) = spec.resolve(schema, &body_at) else {
        return Vec::new();
    };
    match schema.into_owned().schema_kind {
        openapiv3::SchemaKind::Type(openapiv3::Type::Object(object)) => {
            object.properties.keys().cloned().collect()
        }
        _ => Vec::new(),
    }
}

/// Reads one `x-token-endpoint` object.
struct Reader<'a> {
    spec: &'a Spec,
    at: &'a Pointer,
    value: &'a Value,
}

impl Reader<'_> {
    fn error(&self, key: &str, message: impl Into<String>) -> Error {
        let at = if key.is_empty() {
            self.at.clone()
        } else {
            self.at.join(key)
        };
        self.spec
            .error(&at, message)
            .hint("see `x-token-endpoint` in specs/README.md")
    }

    /// The string at `key`, if there is one.
    fn text(&self, key: &str) -> Result<Option<String>, Error> {
        match self.value.get(key) {
            None => Ok(None),
            Some(Value::String(text)) if !text.trim().is_empty() => Ok(Some(text.clone())),
            Some(_) => Err(self.error(key, format!("`{key}` must be a non-empty string"))),
        }
    }

    /// The list of strings at `key`.
    fn list(&self, key: &str) -> Result<Vec<String>, Error> {
        match self.value.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| match item {
                    Value::String(text) if !text.is_empty() => Ok(text.clone()),
                    _ => Err(self.error(key, format!("`{key}` must list field names"))),
                })
                .collect(),
            Some(_) => Err(self.error(key, format!("`{key}` must be a list of field names"))),
        }
    }

    /// A positive number of seconds at `key`.
    fn seconds(&self, key: &str) -> Result<Option<u64>, Error> {
        match self.value.get(key) {
            None => Ok(None),
            Some(value) => match value.as_u64() {
                Some(seconds) if seconds > 0 => Ok(Some(seconds)),
                _ => Err(self.error(key, format!("`{key}` must be a positive number of seconds"))),
            },
        }
    }

    fn endpoint(
        &self,
        index: usize,
        operations: &[Operation],
        properties: &[String],
    ) -> Result<TokenEndpoint, Error> {
        if !self.value.is_object() {
            return Err(self.error("", "`x-token-endpoint` must be an object"));
        }
        let op = &operations[index];
        let form = match op.body.as_ref().map(|body| &body.encoding) {
            Some(BodyEncoding::Json) => false,
            Some(BodyEncoding::Form { .. }) => true,
            _ => {
                return Err(self.error(
                    "",
                    "the token operation must take a JSON or form body to send the credentials in",
                ));
            }
        };
        if op.method != Method::Post {
            return Err(self.error("", "the token operation must be a POST"));
        }
        let names = self.list("credentials")?;
        if names.is_empty() {
            return Err(self.error(
                "credentials",
                "`credentials` must list the request fields that carry the credentials",
            ));
        }
        let secrets = self.list("secrets")?;
        let scope = self.text("scope")?;
        for (key, name) in names
            .iter()
            .map(|name| ("credentials", name))
            .chain(secrets.iter().map(|name| ("secrets", name)))
            .chain(scope.iter().map(|name| ("scope", name)))
        {
            if !properties.is_empty() && !properties.contains(name) {
                return Err(self.error(key, format!("the request body has no field `{name}`")));
            }
        }
        if let Some(name) = secrets.iter().find(|name| !names.contains(name)) {
            return Err(self.error(
                "secrets",
                format!("`{name}` is a secret but not one of the `credentials`"),
            ));
        }
        let credentials = names
            .iter()
            .map(|name| TokenCredential {
                wire: name.clone(),
                secret: secrets.contains(name),
                description: None,
            })
            .collect();
        let expiry = match self.text("expiry")? {
            None => None,
            Some(field) => Some((field, self.format()?)),
        };
        Ok(TokenEndpoint {
            operation: index,
            name: self.text("name")?.unwrap_or_else(|| names[0].clone()),
            endpoint: endpoint_of(op),
            form,
            credentials,
            scope,
            token: self
                .text("token")?
                .unwrap_or_else(|| "access_token".to_owned()),
            refresh_token: self.text("refresh-token")?,
            success: self.text("success")?,
            expiry,
            fallback_lifetime: self.seconds("fallback-lifetime")?,
            max_lifetime: self.seconds("max-lifetime")?,
            refresh: self.call("refresh", operations)?,
            revoke: self.call("revoke", operations)?,
            reconstructed: self.value.as_object().and_then(|object| {
                super::reconstructed(&object.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            }),
        })
    }

    /// `expiry-format`: `seconds` (the default), `rfc3339`, or a layout.
    fn format(&self) -> Result<ExpiryFormat, Error> {
        Ok(match self.text("expiry-format")?.as_deref() {
            None | Some("seconds") => ExpiryFormat::Seconds,
            Some("rfc3339") => ExpiryFormat::Rfc3339,
            Some(layout) => {
                if time::format_description::parse(layout).is_err() {
                    return Err(self.error(
                        "expiry-format",
                        format!(
                            "`{layout}` is not `seconds`, `rfc3339` or a layout in the `time` crate's format-description syntax"
                        ),
                    ));
                }
                ExpiryFormat::Layout(layout.to_owned())
            }
        })
    }

    /// `refresh` / `revoke`: `{operation: <operationId>, field: <name>}`.
    fn call(&self, key: &str, operations: &[Operation]) -> Result<Option<TokenCall>, Error> {
        let Some(value) = self.value.get(key) else {
            return Ok(None);
        };
        let (Some(id), Some(field)) = (
            value.get("operation").and_then(Value::as_str),
            value.get("field").and_then(Value::as_str),
        ) else {
            return Err(self.error(
                key,
                format!("`{key}` must name an `operation` (its operationId) and a `field`"),
            ));
        };
        let Some(index) = operations
            .iter()
            .position(|op| op.operation_id.as_deref() == Some(id))
        else {
            return Err(self.error(key, format!("no operation has the operationId `{id}`")));
        };
        let op = &operations[index];
        if op.method != Method::Post || op.body.is_none() {
            return Err(self.error(
                key,
                format!("`{id}` must be a POST with a body to send the token in"),
            ));
        }
        Ok(Some(TokenCall {
            operation: index,
            endpoint: endpoint_of(op),
            field: field.to_owned(),
            authenticated: op.authenticated,
        }))
    }
}

/// Where an operation's requests go.
fn endpoint_of(op: &Operation) -> Endpoint {
    Endpoint {
        server: op.server.clone(),
        path: op.path.to_string(),
    }
}
