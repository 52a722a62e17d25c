//! A schema the model reads, with where it lives.

use std::ops::Deref;
use std::rc::Rc;

use std::borrow::Cow;

use openapiv3::{ReferenceOr, Schema, SchemaKind};

use super::{Model, component_name, compose};
use crate::error::{Error, Pointer};

/// A schema with where it lives and, for component schemas, its name.
pub(super) struct Located<'s> {
    pub(super) schema: Held<'s>,
    pub(super) at: Pointer,
    pub(super) component: Option<String>,
}

/// A schema as the model holds it: borrowed where it is written (in the
/// typed document, also when a `$ref` was followed to it there), so that a
/// schema is not copied with everything under it at each level the model
/// descends; shared when a `$ref` had to be read from the YAML value (read
/// once, used from everywhere).
#[derive(Clone)]
pub(super) enum Held<'s> {
    Shared(Rc<Schema>),
    Borrowed(&'s Schema),
}

impl<'s> Held<'s> {
    /// The schema, when it is lent for `'s`.
    pub(super) fn lent(&self) -> Option<&'s Schema> {
        match self {
            Held::Borrowed(schema) => Some(schema),
            Held::Shared(_) => None,
        }
    }

    /// The schema held for as long as it is needed: a lent one copied.
    pub(super) fn detached(self) -> Held<'static> {
        match self {
            Held::Shared(schema) => Held::Shared(schema),
            Held::Borrowed(schema) => Held::Shared(Rc::new(schema.clone())),
        }
    }
}

impl Deref for Held<'_> {
    type Target = Schema;

    fn deref(&self) -> &Schema {
        match self {
            Held::Shared(schema) => schema,
            Held::Borrowed(schema) => schema,
        }
    }
}

impl<'a> Model<'a> {
    /// [`Model::locate`] for a schema inside another.
    pub(super) fn locate_child<'s>(
        &self,
        child: &compose::Child<'s>,
        at: &Pointer,
    ) -> Result<Located<'s>, Error>
    where
        'a: 's,
    {
        match child {
            compose::Child::Boxed(child) => self.locate(*child, at),
            compose::Child::Member(child) => self.locate(*child, at),
        }
    }

    pub(super) fn locate<'s, T>(
        &self,
        item: &'s ReferenceOr<T>,
        at: &Pointer,
    ) -> Result<Located<'s>, Error>
    where
        'a: 's,
        T: AsSchema,
    {
        let reference = match item {
            // Read where it is written, not copied with all under it.
            ReferenceOr::Item(schema) => {
                return Ok(Located {
                    schema: Held::Borrowed(schema.as_schema()),
                    at: at.clone(),
                    component: component_name(at),
                });
            }
            ReferenceOr::Reference { reference } => reference,
        };
        // `$ref: ""` (the whole document, in effect nothing): any value.
        if reference.trim().is_empty() {
            self.warn(at, "an empty `$ref`: typed as any JSON value");
            return Ok(Located {
                schema: Held::Shared(Rc::new(Schema {
                    schema_data: Default::default(),
                    schema_kind: SchemaKind::Any(Default::default()),
                })),
                at: at.clone(),
                component: None,
            });
        }
        // A `$ref` is followed once: its schema is read from the document
        // the first time and shared after (specs refer to a base schema from
        // thousands of places).
        let key = (at.document().to_owned(), reference.clone());
        if let Some((schema, place, component)) = self.resolved.borrow().get(&key) {
            return Ok(Located {
                schema: schema.clone(),
                at: place.clone(),
                component: component.clone(),
            });
        }
        // Lent by the typed document when it holds the schema; a boxed
        // schema's `$ref` is followed as a schema's.
        let (schema, place) = self.spec.follow::<Schema>(reference, at)?;
        let schema = match schema {
            Cow::Borrowed(schema) => Held::Borrowed(schema),
            Cow::Owned(schema) => Held::Shared(Rc::new(schema)),
        };
        let component = component_name(&place);
        let value = (schema.clone(), place.clone(), component.clone());
        self.resolved.borrow_mut().insert(key, value);
        Ok(Located {
            schema,
            at: place,
            component,
        })
    }
}

/// Schemas appear both plain and boxed in `openapiv3`.
pub(super) trait AsSchema {
    fn as_schema(&self) -> &Schema;
}

impl AsSchema for Schema {
    fn as_schema(&self) -> &Schema {
        self
    }
}

impl AsSchema for Box<Schema> {
    fn as_schema(&self) -> &Schema {
        self
    }
}
