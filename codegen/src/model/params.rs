//! An operation's parameters: path-item ones merged with its own, each typed,
//! placed and given the checks its schema implies.

use std::collections::BTreeMap;

use openapiv3::{
    Parameter, ParameterSchemaOrContent, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};

use super::operations::Site;
use super::schemas::value_notes;
use super::{Context, Model};
use crate::error::{Error, Pointer};
use crate::ir::{Check, Docs, NameRoot, ParamLocation, PathTemplate, QueryStyle, View};

impl Model<'_> {
    /// The operation's parameters, and the placeholders in the query part of
    /// its path key that no path parameter fills (to be left out of it).
    pub(super) fn params(
        &mut self,
        site: &Site<'_>,
        path: &PathTemplate,
        operation: &openapiv3::Operation,
    ) -> Result<(Vec<crate::ir::Param>, Vec<String>), Error> {
        // Operation parameters override path-item ones with the same name and place.
        let mut merged: Vec<(&ReferenceOr<Parameter>, Pointer)> = Vec::new();
        let mut seen: BTreeMap<(String, &'static str), usize> = BTreeMap::new();
        let sources = site
            .path_params
            .iter()
            .enumerate()
            .map(|(i, p)| (p, site.path_params_at.join(i.to_string())))
            .chain(
                operation
                    .parameters
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p, site.at.join("parameters").join(i.to_string()))),
            );
        for (param, param_at) in sources {
            let (resolved, _) = self.spec.resolve(param, &param_at)?;
            let data = resolved.parameter_data_ref();
            let key = (data.name.clone(), location_name(&resolved));
            match seen.get(&key) {
                Some(&index) => merged[index] = (param, param_at),
                None => {
                    seen.insert(key, merged.len());
                    merged.push((param, param_at));
                }
            }
        }
        let mut params = Vec::new();
        for (param, param_at) in merged {
            let (resolved, resolved_at) = self.spec.resolve(param, &param_at)?;
            let location = match &*resolved {
                Parameter::Path { .. } => ParamLocation::Path,
                Parameter::Query { .. } => ParamLocation::Query,
                Parameter::Header { .. } => ParamLocation::Header,
                Parameter::Cookie { .. } => {
                    return Err(self
                        .spec
                        .error(&resolved_at, "cookie parameters are not supported")
                        .hint(
                            "document the value as a header parameter if the provider accepts one",
                        ));
                }
            };
            let data = resolved.parameter_data_ref();
            // OpenAPI: header parameters with these names are ignored; the
            // client sets them itself.
            if location == ParamLocation::Header
                && let Some(set_from) = set_by_the_client(&data.name)
            {
                self.warn(
                    &resolved_at,
                    format!(
                        "header parameter `{}` is ignored, as OpenAPI says: the client sets that header itself, from {set_from}",
                        data.name
                    ),
                );
                continue;
            }
            let Some((schema, schema_at, json)) = self.param_schema(data, &resolved_at) else {
                continue;
            };
            let schema = &schema;
            // A shared parameter (`#/components/parameters/X`) names its type `X`.
            let root = match resolved_at.segments().as_slice() {
                [components, parameters, name]
                    if components == "components" && parameters == "parameters" =>
                {
                    NameRoot::SharedParameter(name.clone())
                }
                _ => NameRoot::Parameter(site.index, data.name.clone()),
            };
            // No client can send a header by a name HTTP does not allow.
            if location == ParamLocation::Header
                && http::HeaderName::from_bytes(data.name.as_bytes()).is_err()
            {
                self.warn(
                    &resolved_at.join("name"),
                    format!(
                        "`{}` is not a valid HTTP header name: the parameter is left out",
                        data.name
                    ),
                );
                continue;
            }
            if location == ParamLocation::Path && !path.has_placeholder(&data.name) {
                self.warn(
                    &resolved_at,
                    format!(
                        "path parameter `{}` is not in `{}`: left out",
                        data.name, site.path
                    ),
                );
                continue;
            }
            let (ty, _) = self.type_of(schema, &schema_at, &Context::new(root), View::Request)?;

            let required = data.required || location == ParamLocation::Path;
            let mut unchecked = Vec::new();
            let checks = self.checks(schema, &schema_at, &mut unchecked)?;
            let located = self.locate(schema, &schema_at)?;
            // A value sent as its JSON text is one pair whatever the style.
            let style = match json {
                true => QueryStyle::Repeated,
                false => query_style(&resolved, &located.schema),
            };
            params.push(crate::ir::Param {
                wire_name: data.name.clone(),
                location,
                ty,
                required,
                style,
                json,
                checks,
                unchecked,
                docs: Docs {
                    summary: None,
                    description: data.description.clone(),
                    reconstructed: None,
                },
                notes: value_notes(&located.schema),
                example: self.example(
                    data.example.as_ref(),
                    &data.examples,
                    &resolved_at,
                    Some(schema),
                ),
            });
        }
        // A path key may carry a query (`/rides?page={page}`): a placeholder
        // there that no path parameter fills is left out of the template.
        let query = site.path.split_once('?').map_or("", |(_, query)| query);
        let mut unfilled = Vec::new();
        for placeholder in path.placeholders() {
            if !params
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.wire_name == placeholder)
            {
                if query.contains(&format!("{{{placeholder}}}")) {
                    let sent = params
                        .iter()
                        .any(|p| p.location == ParamLocation::Query && p.wire_name == placeholder);
                    let what = if sent {
                        "it is sent as the query parameter of that name"
                    } else {
                        "no parameter gives its value"
                    };
                    self.warn(
                        &site.at,
                        format!("`{{{placeholder}}}` in the query part of the path has no path parameter: left out of the path ({what})"),
                    );
                    unfilled.push(placeholder.to_owned());
                    continue;
                }
                return Err(self
                    .spec
                    .error(
                        &site.at,
                        format!("`{{{placeholder}}}` in the path has no path parameter"),
                    )
                    .hint("declare it under `parameters` with `in: path`"));
            }
        }
        Ok((params, unfilled))
    }

    /// The schema of a parameter, where it is, and whether the value is sent
    /// as JSON text: its `schema`, or the schema of its one `content` media
    /// type (`None`, with a warning, when it has neither).
    fn param_schema(
        &self,
        data: &openapiv3::ParameterData,
        at: &Pointer,
    ) -> Option<(ReferenceOr<Schema>, Pointer, bool)> {
        let content = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                return Some((schema.clone(), at.join("schema"), false));
            }
            ParameterSchemaOrContent::Content(content) => content,
        };
        let content_at = at.join("content");
        let Some((media_type, media)) = content.iter().next() else {
            self.warn(
                &content_at,
                "a parameter with neither `schema` nor a `content` media type: left out",
            );
            return None;
        };
        if content.len() > 1 {
            self.warn(
                &content_at,
                format!("a parameter `content` with several media types: sent as `{media_type}`, the first"),
            );
        }
        let schema_at = content_at.join(media_type).join("schema");
        let schema = media.schema.clone().unwrap_or(ReferenceOr::Item(Schema {
            schema_data: Default::default(),
            schema_kind: SchemaKind::Any(Default::default()),
        }));
        // JSON is written as JSON text; any other media type's value is
        // taken as text already.
        Some((schema, schema_at, super::is_json(media_type)))
    }

    /// Why the client cannot check `pattern`, if it cannot: the regex
    /// engine's last line. A spec repeats one pattern for every parameter
    /// of a kind, so each is compiled once.
    fn pattern_problem(&self, pattern: &str) -> Option<String> {
        if let Some(known) = self.patterns.borrow().get(pattern) {
            return known.clone();
        }
        let problem = regex_lite::Regex::new(pattern).err().map(|error| {
            let why = error.to_string();
            why.lines().last().unwrap_or_default().trim().to_owned()
        });
        self.patterns
            .borrow_mut()
            .insert(pattern.to_owned(), problem.clone());
        problem
    }

    /// The constraints of a parameter's or a body field's schema (of its
    /// items, for an array, with the number of items) that the client
    /// checks; those it cannot check go to `unchecked`, with a warning.
    pub(super) fn checks<T>(
        &self,
        schema: &ReferenceOr<T>,
        at: &Pointer,
        unchecked: &mut Vec<String>,
    ) -> Result<Vec<Check>, Error>
    where
        T: super::AsSchema,
    {
        let located = self.locate(schema, at)?;
        let mut checks = Vec::new();
        match &located.schema.schema_kind {
            SchemaKind::Type(Type::Array(array)) => {
                let (min, max) = (
                    array.min_items.map(|n| n as u64),
                    array.max_items.map(|n| n as u64),
                );
                match (min, max) {
                    (Some(min), Some(max)) if min > max => {
                        self.warn(
                            &located.at,
                            format!(
                                "`minItems` {min} is more than `maxItems` {max}: no value fits, so the number of items is not checked client-side"
                            ),
                        );
                        unchecked.push(format!("minItems: {min}, maxItems: {max}"));
                    }
                    (None, None) => {}
                    _ => checks.push(Check::Items { min, max }),
                }
                if let Some(items) = &array.items {
                    let items_at = located.at.join("items");
                    let inner = self.locate(items, &items_at)?;
                    if matches!(inner.schema.schema_kind, SchemaKind::Type(Type::Array(_))) {
                        // A list of lists: the checks are of one level.
                        let mut deeper = Vec::new();
                        if !self.checks(items, &items_at, &mut deeper)?.is_empty() {
                            self.warn(
                                &items_at,
                                "constraints on the lists inside a list are not checked client-side: the server checks them",
                            );
                            unchecked.push("the constraints of the inner lists".to_owned());
                        }
                        unchecked.extend(deeper);
                    } else {
                        checks.extend(self.checks(items, &items_at, unchecked)?);
                    }
                }
            }
            SchemaKind::Type(Type::String(string))
                if matches!(
                    string.format,
                    VariantOrUnknownOrEmpty::Item(StringFormat::Binary)
                ) =>
            {
                // Binary content is bytes, not characters: a `pattern` or a
                // length in characters says nothing the client can check.
                let said: Vec<String> = [
                    string.pattern.as_ref().map(|p| format!("pattern: {p}")),
                    string.min_length.map(|n| format!("minLength: {n}")),
                    string.max_length.map(|n| format!("maxLength: {n}")),
                ]
                .into_iter()
                .flatten()
                .collect();
                if !said.is_empty() {
                    self.warn(
                        &located.at,
                        format!(
                            "`{}` on binary content (`format: binary`) is not checked client-side: the server checks it",
                            said.join("`, `")
                        ),
                    );
                    unchecked.extend(said.iter().cloned());
                }
            }
            SchemaKind::Type(Type::String(string)) if string.enumeration.is_empty() => {
                if let Some(pattern) = &string.pattern {
                    match self.pattern_problem(pattern) {
                        None => checks.push(Check::Pattern(pattern.clone())),
                        Some(why) => {
                            self.warn(
                                &located.at.join("pattern"),
                                format!("the client cannot check this pattern ({why}): not checked client-side, the server checks it"),
                            );
                            unchecked.push(format!("pattern: {pattern}"));
                        }
                    }
                }
                let (min, max) = (
                    string.min_length.map(|n| n as u64),
                    string.max_length.map(|n| n as u64),
                );
                match (min, max) {
                    (Some(min), Some(max)) if min > max => {
                        self.warn(
                            &located.at,
                            format!(
                                "`minLength` {min} is more than `maxLength` {max}: no value fits, so the length is not checked client-side"
                            ),
                        );
                        unchecked.push(format!("minLength: {min}, maxLength: {max}"));
                    }
                    (None, None) => {}
                    _ => checks.push(Check::Length { min, max }),
                }
            }
            SchemaKind::Type(Type::Integer(integer)) if integer.enumeration.is_empty() => {
                // Exclusive bounds move by one, unless that leaves the i64s.
                let min = integer.minimum.map(|n| match integer.exclusive_minimum {
                    true => n.checked_add(1),
                    false => Some(n),
                });
                let max = integer.maximum.map(|n| match integer.exclusive_maximum {
                    true => n.checked_sub(1),
                    false => Some(n),
                });
                let impossible = match (min, max) {
                    (Some(None), _) | (_, Some(None)) => {
                        Some("an exclusive bound at the end of the integers".to_owned())
                    }
                    (Some(Some(min)), Some(Some(max))) if min > max => Some(format!(
                        "the smallest value allowed ({min}) is more than the largest ({max})"
                    )),
                    _ => None,
                };
                match impossible {
                    Some(why) => {
                        self.warn(
                            &located.at,
                            format!(
                                "{why}: no value fits, so the range is not checked client-side"
                            ),
                        );
                        let bound = |value: Option<i64>, exclusive: bool, word: &str| {
                            value.map(|value| match exclusive {
                                true => format!("{word}: {value}, exclusive"),
                                false => format!("{word}: {value}"),
                            })
                        };
                        let bounds: Vec<String> = [
                            bound(integer.minimum, integer.exclusive_minimum, "minimum"),
                            bound(integer.maximum, integer.exclusive_maximum, "maximum"),
                        ]
                        .into_iter()
                        .flatten()
                        .collect();
                        unchecked.push(bounds.join("; "));
                    }
                    None => {
                        let (min, max) = (min.flatten(), max.flatten());
                        if min.is_some() || max.is_some() {
                            checks.push(Check::Range { min, max });
                        }
                    }
                }
            }
            _ => {}
        }
        Ok(checks)
    }
}

/// What the client sets a header OpenAPI tells generators to ignore as a
/// parameter (`Accept`, `Content-Type`, `Authorization`) from; `None` for
/// any other header.
fn set_by_the_client(name: &str) -> Option<&'static str> {
    match name.to_ascii_lowercase().as_str() {
        "accept" => Some("the media types of the operation's responses"),
        "content-type" => Some("the media type of the request body"),
        "authorization" => Some("the client's credentials"),
        _ => None,
    }
}

fn location_name(parameter: &Parameter) -> &'static str {
    match parameter {
        Parameter::Path { .. } => "path",
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Cookie { .. } => "cookie",
    }
}

/// How a query parameter's list or object is written: `style` and
/// `explode` (`true` by default for `form`, `false` for the others, as
/// OpenAPI says). A plain scalar (`string`, `integer`, `number`, `boolean`)
/// is one pair whatever they say; anything else, a union of a list and a
/// scalar included, is written as the style says.
fn query_style(parameter: &Parameter, schema: &Schema) -> QueryStyle {
    let Parameter::Query {
        parameter_data,
        style,
        ..
    } = parameter
    else {
        return QueryStyle::Repeated;
    };
    let scalar = matches!(
        &schema.schema_kind,
        SchemaKind::Type(Type::String(_) | Type::Integer(_) | Type::Number(_) | Type::Boolean(_))
    );
    if scalar {
        return QueryStyle::Repeated;
    }
    let explode = parameter_data.explode;
    match style {
        openapiv3::QueryStyle::DeepObject => QueryStyle::Deep,
        openapiv3::QueryStyle::Form if explode.unwrap_or(true) => QueryStyle::Repeated,
        openapiv3::QueryStyle::Form => QueryStyle::Joined(','),
        openapiv3::QueryStyle::SpaceDelimited if !explode.unwrap_or(false) => {
            QueryStyle::Joined(' ')
        }
        openapiv3::QueryStyle::PipeDelimited if !explode.unwrap_or(false) => {
            QueryStyle::Joined('|')
        }
        // Exploded, the delimited styles are `form`'s.
        openapiv3::QueryStyle::SpaceDelimited | openapiv3::QueryStyle::PipeDelimited => {
            QueryStyle::Repeated
        }
    }
}
