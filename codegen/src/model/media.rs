//! Media types: which of a request body's media types is sent and how it is
//! encoded, and how each media type of a response is decoded.

use openapiv3::{MediaType, QueryStyle, ReferenceOr, RequestBody, SchemaKind, Type};

use super::{Context, Model, is_json};
use crate::error::{Error, Pointer};
use crate::ir::{
    Body, BodyEncoding, Field, MediaCase, NameRoot, ResponseCase, Status, TypeKind, TypeRef, View,
};

/// How a media type is handled, best first: when a body or a reply is
/// offered in several, the best one is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Json,
    Form,
    Multipart,
    Text,
    Binary,
}

/// The media type without parameters, lowercased.
fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// What the schema of a media type says the content is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// No schema.
    Unknown,
    /// `type: string`, `format: binary`.
    Bytes,
    /// `type: string`.
    String,
    /// Anything else.
    Structured,
}

impl Model<'_> {
    fn shape(&self, media: &MediaType, at: &Pointer) -> Result<Shape, Error> {
        let Some(schema) = &media.schema else {
            return Ok(Shape::Unknown);
        };
        let located = self.locate(schema, &at.join("schema"))?;
        Ok(match &located.schema.schema_kind {
            SchemaKind::Type(Type::String(string)) if string.enumeration.is_empty() => {
                match &string.format {
                    openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary) => {
                        Shape::Bytes
                    }
                    _ => Shape::String,
                }
            }
            _ => Shape::Structured,
        })
    }

    /// The request body: its best media type, how it is encoded, its type.
    /// `None` when the spec gives it no media type at all.
    pub(super) fn body(
        &mut self,
        body: &ReferenceOr<RequestBody>,
        at: &Pointer,
        operation: usize,
        patch: bool,
    ) -> Result<Option<Body>, Error> {
        let (body, body_at) = self.spec.resolve(body, at)?;
        let mut best: Option<(Kind, &String, &MediaType)> = None;
        for (media_type, media) in &body.content {
            let media_at = body_at.join("content").join(media_type);
            let shape = self.shape(media, &media_at)?;
            // What is not a media type (`json`, ``) is read like `*/*`.
            let essence = match is_media_type(media_type) {
                true => essence(media_type),
                false => "*/*".to_owned(),
            };
            let wildcard = essence.contains('*');
            let kind = if is_json(&essence) && shape != Shape::Bytes {
                Kind::Json
            } else if essence == "application/x-www-form-urlencoded" {
                Kind::Form
            } else if essence == "multipart/form-data" {
                Kind::Multipart
            } else if shape == Shape::Bytes {
                Kind::Binary
            } else if shape == Shape::Structured && (wildcard || essence.starts_with("text/")) {
                // A structured value under `text/plain` (ASP.NET's habit) or
                // `*/*`: it is JSON.
                Kind::Json
            } else if essence.starts_with("text/") || shape == Shape::String {
                Kind::Text
            } else {
                Kind::Binary
            };
            if best.as_ref().is_none_or(|(best, ..)| kind < *best) {
                best = Some((kind, media_type, media));
            }
        }
        let Some((kind, media_type, media)) = best else {
            self.warn(
                &body_at.join("content"),
                "the request body has no media type: no body is sent",
            );
            return Ok(None);
        };
        let media_at = body_at.join("content").join(media_type);
        // A wildcard cannot be a `Content-Type`: send what the body is.
        let sent_type = if media_type.contains('*') || !is_media_type(media_type) {
            let sent = match kind {
                Kind::Json => "application/json",
                Kind::Text => "text/plain",
                _ => "application/octet-stream",
            };
            if !media_type.contains('*') {
                self.warn(
                    &media_at,
                    format!("`{media_type}` is not a media type (`type/subtype`): the body is sent as `{sent}`"),
                );
            }
            sent.to_owned()
        } else {
            media_type.to_ascii_lowercase()
        };
        // `x-send-read-only: true`: the body is the whole object as the server
        // sends it (read-only fields carry their current values), so the request
        // type is the schema's full model, not its request view.
        let whole_object = body
            .extensions
            .get("x-send-read-only")
            .and_then(serde_json::Value::as_bool)
            == Some(true);
        if whole_object && patch {
            self.warn(
                &body_at.join("x-send-read-only"),
                "`x-send-read-only` on a merge-patch body: ignored (a patch sends writable fields only)",
            );
        }
        let (context, view) = if patch {
            (Context::new(NameRoot::PatchBody(operation)), View::Patch)
        } else if whole_object {
            (Context::new(NameRoot::Body(operation)), View::Model)
        } else {
            (Context::new(NameRoot::Body(operation)), View::Request)
        };
        let ty = match (kind, &media.schema) {
            (Kind::Text, _) => TypeRef::String,
            (Kind::Binary, _) => TypeRef::Bytes,
            (Kind::Json, None) => TypeRef::Json,
            (_, None) => TypeRef::JsonObject,
            (_, Some(schema)) => {
                self.type_of(schema, &media_at.join("schema"), &context, view)?
                    .0
            }
        };
        // Merge-patch semantics need the body's fields.
        let fields = match kind {
            Kind::Json | Kind::Form | Kind::Multipart => self.struct_fields(&ty),
            _ => None,
        };
        let patch = patch && fields.is_some() && matches!(kind, Kind::Json | Kind::Form);
        let fields = fields.unwrap_or_default();
        let encoding = match kind {
            Kind::Json => BodyEncoding::Json,
            Kind::Form => BodyEncoding::Form {
                deep: media
                    .encoding
                    .iter()
                    .filter(|(_, encoding)| encoding.style == Some(QueryStyle::DeepObject))
                    .map(|(name, _)| name.clone())
                    .collect(),
            },
            Kind::Multipart => BodyEncoding::Multipart {
                files: fields
                    .iter()
                    .filter(|field| match &field.ty {
                        TypeRef::Bytes => true,
                        TypeRef::Vec(item) => **item == TypeRef::Bytes,
                        _ => false,
                    })
                    .map(|field| field.wire_name.clone())
                    .collect(),
            },
            Kind::Text => BodyEncoding::Text,
            Kind::Binary => BodyEncoding::Binary,
        };
        Ok(Some(Body {
            media_type: sent_type,
            encoding,
            ty,
            patch,
            required: body.required || patch,
            description: body.description.clone(),
            example: self.example(
                media.example.as_ref(),
                &media.examples,
                &media_at,
                media.schema.as_ref(),
            ),
        }))
    }

    /// How one documented status decodes: the media types of its best kind
    /// (JSON, then text, then raw bytes) that share one Rust type.
    pub(super) fn response(
        &mut self,
        response: &ReferenceOr<openapiv3::Response>,
        at: &Pointer,
        context: &Context,
        status: Status,
    ) -> Result<ResponseCase, Error> {
        let (response, response_at) = self.spec.resolve(response, at)?;
        let mut candidates: Vec<(Kind, MediaCase)> = Vec::new();
        for (written, content) in &response.content {
            let media_at = response_at.join("content").join(written);
            // `*` is `*/*`; what is not a media type (`PDF`, `gzip`) is read
            // like it too: the reply is decoded by its schema.
            let media_type = match written.trim() {
                "*" => "*/*",
                _ if is_media_type(written) => written.as_str(),
                _ => {
                    self.warn(
                        &media_at,
                        format!("`{written}` is not a media type (`type/subtype`): read as `*/*`, the reply decoded by its schema"),
                    );
                    "*/*"
                }
            };
            let shape = self.shape(content, &media_at)?;
            let essence = essence(media_type);
            let kind = match shape {
                Shape::Bytes => Kind::Binary,
                _ if is_json(&essence) => Kind::Json,
                // A structured value under `text/plain` (ASP.NET's habit) or
                // `*/*`: it is JSON.
                Shape::Structured if essence.contains('*') || essence.starts_with("text/") => {
                    Kind::Json
                }
                _ if essence.starts_with("text/") || shape == Shape::String => Kind::Text,
                _ if essence.contains("xml") => Kind::Text,
                _ => Kind::Binary,
            };
            let ty = match (kind, &content.schema) {
                (Kind::Json, Some(schema)) => {
                    self.type_of(schema, &media_at.join("schema"), context, View::Model)?
                        .0
                }
                (Kind::Json, None) => TypeRef::Json,
                (Kind::Text, _) => TypeRef::String,
                _ => TypeRef::Bytes,
            };
            let text = kind == Kind::Text;
            let example = self.example(
                content.example.as_ref(),
                &content.examples,
                &media_at,
                content.schema.as_ref(),
            );
            candidates.push((
                kind,
                MediaCase {
                    media_type: media_type.to_ascii_lowercase(),
                    ty,
                    text,
                    example,
                },
            ));
        }
        let best = candidates
            .iter()
            .min_by_key(|(kind, _)| *kind)
            .map(|(_, media)| media.ty.clone());
        let mut media = Vec::new();
        for (_, case) in candidates {
            if Some(&case.ty) == best.as_ref() {
                media.push(case);
            }
        }
        Ok(ResponseCase {
            status,
            description: Some(response.description.clone()),
            media,
        })
    }

    /// The fields of a struct type, for patch bodies and multipart parts.
    fn struct_fields(&self, ty: &TypeRef) -> Option<Vec<Field>> {
        let TypeRef::Named(id) = ty else {
            return None;
        };
        match &self.def(*id)?.kind {
            TypeKind::Struct { fields, .. } => Some(fields.clone()),
            _ => None,
        }
    }
}

/// Whether `media_type` can be sent in a `Content-Type` or `Accept` header:
/// `type/subtype`, parameters allowed, in visible ASCII.
fn is_media_type(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    let token = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
    };
    let valid_essence = essence
        .split_once('/')
        .is_some_and(|(kind, subtype)| token(kind) && token(subtype));
    valid_essence
        && http::HeaderValue::from_str(media_type).is_ok()
        && media_type.chars().all(|c| c.is_ascii_graphic() || c == ' ')
}
