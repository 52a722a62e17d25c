//! `$ref`s into `#/components/<section>/<name>` followed in the typed
//! document when the spec's YAML value is as parsed (nothing rewrote it):
//! the entry is lent, not deserialized again. A one-file spec whose every
//! `$ref` is such a one keeps its text instead of the value (half the memory
//! a loaded spec takes), and parses it again only if a `$ref` is read as
//! another kind than its section holds.

use std::borrow::Cow;

use openapiv3::{
    Components, Example, Header, Link, OpenAPI, Parameter, PathItem, ReferenceOr, RequestBody,
    Response, Schema, SecurityScheme,
};
use serde::de::DeserializeOwned;
use serde_yaml::Value;

use super::refs;
use crate::error::Pointer;

/// What a `$ref` can be read as: the typed entry it names in the
/// document's components, when it names one of this kind.
pub trait Component: DeserializeOwned + Clone {
    /// The entry `name` of this kind's section of `components`, when the
    /// section is `section`: lent by the document where it holds one as it
    /// is.
    fn entry<'c>(
        components: &'c Components,
        section: &str,
        name: &str,
    ) -> Option<Cow<'c, ReferenceOr<Self>>>;
}

macro_rules! components {
    ($($type:ty => $section:literal $field:ident,)*) => {
        $(impl Component for $type {
            fn entry<'c>(
                components: &'c Components,
                section: &str,
                name: &str,
            ) -> Option<Cow<'c, ReferenceOr<Self>>> {
                (section == $section).then(|| components.$field.get(name).map(Cow::Borrowed)).flatten()
            }
        })*

        /// Whether `section`/`name` is an entry of `components`: `None`
        /// for a section the typed document does not read.
        fn has_entry(components: &Components, section: &str, name: &str) -> Option<bool> {
            match section {
                $($section => Some(components.$field.contains_key(name)),)*
                _ => None,
            }
        }
    };
}

components! {
    Schema => "schemas" schemas,
    Response => "responses" responses,
    Parameter => "parameters" parameters,
    Example => "examples" examples,
    RequestBody => "requestBodies" request_bodies,
    Header => "headers" headers,
    SecurityScheme => "securitySchemes" security_schemes,
    Link => "links" links,
}

/// Path items have no section of `components` in OpenAPI 3.0: a `$ref` to
/// one is read from the YAML value.
impl Component for PathItem {
    fn entry<'c>(_: &'c Components, _: &str, _: &str) -> Option<Cow<'c, ReferenceOr<Self>>> {
        None
    }
}

/// A schema the typed document boxes (`items`, `additionalProperties`):
/// a copy, boxed. The model follows a `$ref` to one as a `Schema`, lent.
impl Component for Box<Schema> {
    fn entry<'c>(
        components: &'c Components,
        section: &str,
        name: &str,
    ) -> Option<Cow<'c, ReferenceOr<Self>>> {
        Some(Cow::Owned(
            match Schema::entry(components, section, name)?.into_owned() {
                ReferenceOr::Item(schema) => ReferenceOr::Item(Box::new(schema)),
                ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
            },
        ))
    }
}

/// The section and name `target` names, when it is
/// `#/components/<section>/<name>` in the spec's own file.
fn component_of(target: &Pointer) -> Option<(String, String)> {
    if !target.document().is_empty() {
        return None;
    }
    match <[String; 3]>::try_from(target.segments()) {
        Ok([components, section, name]) if components == "components" => Some((section, name)),
        _ => None,
    }
}

/// The typed entry `target` names, when it is a `T` in the components of
/// `doc`.
pub(super) fn entry<'d, T: Component>(
    doc: &'d OpenAPI,
    target: &Pointer,
) -> Option<Cow<'d, ReferenceOr<T>>> {
    let (section, name) = component_of(target)?;
    T::entry(doc.components.as_ref()?, &section, &name)
}

/// Whether every `$ref` in `raw` (anywhere, examples too: being sure costs
/// only memory) is a string naming an entry of the typed document's
/// components, and no key or value is tagged, so that no `$ref` needs the
/// YAML value to be followed.
pub(super) fn every_ref_typed(own_name: &str, raw: &Value, doc: &OpenAPI) -> bool {
    let mut refs = Vec::new();
    let mut stack = vec![raw];
    while let Some(value) = stack.pop() {
        match value {
            Value::Mapping(map) => {
                for (key, child) in map {
                    if let Value::Tagged(_) = key {
                        return false;
                    }
                    match (key.as_str(), child) {
                        (Some("$ref"), Value::String(reference)) => refs.push(reference.as_str()),
                        (Some("$ref"), _) => return false,
                        _ => stack.push(child),
                    }
                }
            }
            Value::Sequence(items) => stack.extend(items),
            // A tag is dropped in the typed document (`!x Pet` is `Pet`
            // there, not in the value).
            Value::Tagged(_) => return false,
            _ => {}
        }
    }
    names_components(own_name, refs, doc)
}

/// Whether each of `refs` (found in the spec's own file) names an entry of
/// the typed document's components.
pub(super) fn names_components<'a>(
    own_name: &str,
    refs: impl IntoIterator<Item = &'a str>,
    doc: &OpenAPI,
) -> bool {
    let none = Components::default();
    let components = doc.components.as_ref().unwrap_or(&none);
    let root = Pointer::root();
    refs.into_iter().all(|reference| {
        refs::target(own_name, &root, reference)
            .ok()
            .and_then(|target| component_of(&target))
            .and_then(|(section, name)| has_entry(components, &section, &name))
            == Some(true)
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use openapiv3::{Parameter, ReferenceOr, Schema};

    use crate::error::Pointer;
    use crate::load::{Raw, Spec, parse};

    const SPEC: &str = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      parameters:
        - $ref: "#/components/parameters/Limit"
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Pet"}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
  schemas:
    Pet:
      type: object
      properties:
        name: {type: string}
        tag: {$ref: "#/components/schemas/Tag"}
    Tag: {type: string}
"##;

    fn spec(text: &str) -> Spec {
        parse(Path::new("t.yaml"), text).unwrap_or_else(|error| panic!("{error}"))
    }

    fn reference<T>(to: &str) -> ReferenceOr<T> {
        ReferenceOr::Reference {
            reference: to.to_owned(),
        }
    }

    #[test]
    fn component_refs_are_read_from_the_typed_document() {
        let spec = spec(SPEC);
        assert!(
            matches!(spec.raw, Raw::Unparsed { .. }),
            "every `$ref` names a component"
        );
        let at = Pointer::root().join("paths");
        let to_limit = reference("#/components/parameters/Limit");
        let (limit, place) = spec
            .resolve::<Parameter>(&to_limit, &at)
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(limit.parameter_data_ref().name, "limit");
        assert_eq!(place.as_str(), "#/components/parameters/Limit");
        let to_pet = reference("#/components/schemas/Pet");
        let (pet, _) = spec
            .resolve::<Box<Schema>>(&to_pet, &at)
            .unwrap_or_else(|error| panic!("{error}"));
        assert!(matches!(pet.schema_kind, openapiv3::SchemaKind::Type(_)));
    }

    #[test]
    fn a_ref_of_the_wrong_kind_is_still_reported_as_such() {
        let spec = spec(SPEC);
        let at = Pointer::root().join("paths");
        let error = spec
            .resolve::<Parameter>(&reference("#/components/schemas/Pet"), &at)
            .err()
            .map(|error| error.to_string())
            .unwrap_or_default();
        assert!(
            error.contains("points at something of the wrong kind"),
            "{error}"
        );
        assert!(error.contains("#/components/schemas/Pet"), "{error}");
        let missing = spec
            .resolve::<Schema>(&reference("#/components/schemas/Nope"), &at)
            .err()
            .map(|error| error.to_string())
            .unwrap_or_default();
        assert!(missing.contains("does not resolve"), "{missing}");
    }

    #[test]
    fn a_ref_into_a_component_or_any_other_place_keeps_the_yaml_value() {
        for (from, to) in [
            (
                "#/components/schemas/Tag",
                "#/components/schemas/Pet/properties/name",
            ),
            ("#/components/schemas/Tag", "#/components/schemas/Missing"),
            // A `$ref` in an example is data, but not worth telling apart.
            (
                "Tag: {type: string}",
                "Tag: {type: string, example: {$ref: x}}",
            ),
        ] {
            let text = SPEC.replacen(from, to, 1);
            let spec = spec(&text);
            assert!(matches!(spec.raw, Raw::Kept(_)), "{to}");
        }
        let deep = spec(&SPEC.replacen(
            "#/components/schemas/Tag",
            "#/components/schemas/Pet/properties/name",
            1,
        ));
        let to_tag = reference("#/components/schemas/Pet/properties/tag");
        let (name, place) = deep
            .resolve::<Schema>(&to_tag, &Pointer::root())
            .unwrap_or_else(|error| panic!("{error}"));
        assert!(matches!(name.schema_kind, openapiv3::SchemaKind::Type(_)));
        assert_eq!(place.as_str(), "#/components/schemas/Pet/properties/name");
    }

    /// The review's three cases, each the same as when the value was always
    /// kept.
    #[test]
    fn an_inline_schema_still_names_its_message_field() {
        let api = crate::testing::api(
            r#"paths:
  /pets:
    get:
      operationId: list
      responses:
        '200': {description: ok}
        '400':
          description: bad
          content:
            application/json:
              schema:
                type: object
                x-error-message: detail
                properties: {detail: {type: string}, message: {type: string}}
"#,
        );
        let named: Vec<_> = api.message_fields.iter().flatten().collect();
        assert_eq!(named, ["detail"]);
    }

    #[test]
    fn a_ref_read_as_another_kind_than_its_section_holds_reads_the_source() {
        // A schema-section entry written as a parameter is read as one, as
        // the value says: the typed schema would have lost `name` and `in`.
        let api = crate::testing::api(
            r#"paths:
  /pets:
    get:
      operationId: list
      parameters:
        - $ref: '#/components/schemas/Limit'
      responses:
        '200': {description: ok}
components:
  schemas:
    Limit: {name: limit, in: query, schema: {type: integer}}
"#,
        );
        let names: Vec<_> = api.operations[0]
            .params
            .iter()
            .map(|param| param.wire_name.as_str())
            .collect();
        assert_eq!(names, ["limit"]);
    }

    #[test]
    fn a_tagged_key_keeps_the_value_and_names_nothing() {
        let text = SPEC.replacen("    Tag: {type: string}", "    !x Tag: {type: string}", 1);
        let tagged = spec(&text);
        assert!(matches!(tagged.raw, Raw::Kept(_)));
        let error = tagged
            .resolve::<Schema>(&reference("#/components/schemas/Tag"), &Pointer::root())
            .err()
            .map(|error| error.to_string())
            .unwrap_or_default();
        assert!(error.contains("does not resolve"), "{error}");
    }
}
