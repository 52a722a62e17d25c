//! One operation: its method and path, parameters, body, replies by status,
//! credentials and whether it is safe to retry.

use openapiv3::{Parameter, ReferenceOr, StatusCode};

use super::{Context, Model, reconstructed};
use crate::error::{Error, Pointer};
use crate::ir::{
    AuthSchemes, Docs, Method, NameRoot, Operation, PathTemplate, ResponseCase, Server,
    ServerOrigin, Status,
};

/// Where an operation is in the spec.
pub(super) struct Site<'a> {
    /// Its position among the spec's operations.
    pub index: usize,
    /// The path key.
    pub path: &'a str,
    /// The path item key (`get`).
    pub method: &'a str,
    /// The operation's pointer.
    pub at: Pointer,
    /// The path item's parameters.
    pub path_params: &'a [ReferenceOr<Parameter>],
    /// Where they are.
    pub path_params_at: Pointer,
    /// The path item's `servers`.
    pub path_servers: &'a [openapiv3::Server],
    /// Where they are.
    pub path_servers_at: Pointer,
}

impl Model<'_> {
    pub(super) fn operation(
        &mut self,
        site: &Site<'_>,
        operation: &openapiv3::Operation,
        api_server: &Server,
        auth: &mut AuthSchemes,
    ) -> Result<Operation, Error> {
        let at = &site.at;
        let server = self.operation_server(site, operation, api_server)?;
        let method = Method::from_key(site.method).ok_or_else(|| {
            self.spec
                .error(at, format!("`{}` is not an HTTP method", site.method))
        })?;
        let path = PathTemplate::parse(site.path);
        let operation_id = operation
            .operation_id
            .as_deref()
            .filter(|id| id.chars().any(|c| c.is_ascii_alphanumeric()))
            .map(str::to_owned);
        // Without an `operationId`, the method and path name the operation.
        let name_source = operation_id
            .clone()
            .unwrap_or_else(|| format!("{} {}", site.method, site.path));
        if crate::naming::pascal(&name_source).ends_with("Patch") {
            self.patch_named_operations.insert(site.index);
        }

        let (params, unfilled) = self.params(site, &path, operation)?;
        let path = match unfilled.is_empty() {
            true => path,
            false => PathTemplate::parse(&without_query_pairs(site.path, &unfilled)),
        };
        let (authenticated, scopes) = self.security(at, operation, auth)?;
        // Safe to repeat: the HTTP methods that are, or the spec says so.
        let idempotent = method.is_idempotent()
            || operation
                .extensions
                .get("x-idempotent")
                .and_then(serde_json::Value::as_bool)
                == Some(true);
        let patch = method == Method::Patch
            || operation
                .extensions
                .get("x-patch")
                .and_then(serde_json::Value::as_bool)
                == Some(true);
        let body = match &operation.request_body {
            None => None,
            Some(body) => self.body(body, &at.join("requestBody"), site.index, patch)?,
        };

        let mut success = Vec::new();
        let mut errors = Vec::new();
        let responses_at = at.join("responses");
        for (status, response) in &operation.responses.responses {
            let (status, is_success) = match status {
                StatusCode::Code(code) => (Status::Code(*code), (200..300).contains(code)),
                StatusCode::Range(class) => (Status::Range(*class), *class == 2),
            };
            let context = Context::new(NameRoot::Response(site.index, status));
            let case = self.response(
                response,
                &responses_at.join(status.to_string()),
                &context,
                status,
            )?;
            if is_success {
                success.push(case)
            } else {
                errors.push(case)
            }
        }
        // Exact statuses are matched before ranges.
        success.sort_by_key(|case| matches!(case.status, Status::Range(_)));
        errors.sort_by_key(|case| matches!(case.status, Status::Range(_)));
        if let Some(default) = &operation.responses.default {
            let context = Context::new(NameRoot::Response(site.index, Status::Default));
            let case = self.response(
                default,
                &responses_at.join("default"),
                &context,
                Status::Default,
            )?;
            // Only a `default`: it describes the successful replies too.
            if success.is_empty() {
                success.push(ResponseCase {
                    status: Status::Range(2),
                    ..case.clone()
                });
            }
            errors.push(case);
        }
        if success.is_empty() {
            // No success documented at all: any 2xx is success, without a body.
            success.push(ResponseCase {
                status: Status::Range(2),
                description: None,
                media: Vec::new(),
            });
        }
        let success_type = self.outcome_type(&success, site.index, false);
        let error_type = self.outcome_type(&errors, site.index, true);
        let mut accept: Vec<&str> = Vec::new();
        for case in success.iter().chain(&errors) {
            for media in &case.media {
                if !accept.contains(&media.media_type.as_str()) {
                    accept.push(&media.media_type);
                }
            }
        }
        let accept = (!accept.is_empty()).then(|| accept.join(", "));
        let pagination = self.pagination(
            operation,
            at,
            method,
            &params,
            &success,
            success_type.as_ref(),
        )?;
        Ok(Operation {
            operation_id,
            method,
            path,
            server,
            docs: Docs {
                summary: operation.summary.clone(),
                description: operation.description.clone(),
                reconstructed: reconstructed(&operation.extensions),
            },
            params,
            body,
            success,
            errors,
            success_type,
            error_type,
            authenticated,
            scopes,
            idempotent,
            accept,
            pagination,
            group: group(operation, site.path),
        })
    }

    /// The operation's own server: the first of its `servers`, else of its
    /// path item's, when that is not the API's. A relative one is left out
    /// with a warning (the operation uses the API's server).
    fn operation_server(
        &self,
        site: &Site<'_>,
        operation: &openapiv3::Operation,
        api_server: &Server,
    ) -> Result<Option<String>, Error> {
        let (server, at) = match (operation.servers.first(), site.path_servers.first()) {
            (Some(server), _) => (server, site.at.join("servers")),
            (None, Some(server)) => (server, site.path_servers_at.clone()),
            (None, None) => return Ok(None),
        };
        let url_at = at.join("0").join("url");
        let own = super::servers::server_url(self.spec, server, &url_at)?;
        if own.origin != ServerOrigin::Spec {
            self.warn(
                &url_at,
                format!(
                    "a relative server URL `{}` on an operation: left out, the operation uses the API's server",
                    server.url.trim()
                ),
            );
            return Ok(None);
        }
        Ok((own.url != api_server.url).then_some(own.url))
    }
}

/// The operation's group: its first tag, else the first segment of `path`
/// that is not a version (`v1`, `2.0`) or a parameter; `root` for `/`.
fn group(operation: &openapiv3::Operation, path: &str) -> String {
    if let Some(tag) = operation.tags.iter().find(|tag| !tag.trim().is_empty()) {
        return tag.trim().to_owned();
    }
    let path = path.split('?').next().unwrap_or_default();
    let is_version = |segment: &str| {
        let digits = segment
            .strip_prefix(['v', 'V'])
            .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(segment);
        digits.starts_with(|c: char| c.is_ascii_digit())
            && digits
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.')
    };
    path.split('/')
        .find(|segment| !segment.is_empty() && !segment.contains('{') && !is_version(segment))
        .unwrap_or("root")
        .to_owned()
}

/// `path` (a path key with a query, `/rides?page={page}&size=10`) without
/// the query pairs that hold one of the placeholders `names`.
fn without_query_pairs(path: &str, names: &[String]) -> String {
    let Some((path, query)) = path.split_once('?') else {
        return path.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            !names
                .iter()
                .any(|name| pair.contains(&format!("{{{name}}}")))
        })
        .collect();
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}
