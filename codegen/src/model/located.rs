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
