//! A schema the model reads, with where it lives.

use std::ops::Deref;
use std::rc::Rc;

use openapiv3::Schema;

use crate::error::Pointer;

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
