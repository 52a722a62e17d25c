//! The path items the model reads, lent or owned: a spec read only to be
//! built gives its path items up, and each is freed once its operations are
//! in the IR (on Twilio's spec, three quarters of the typed document are its
//! paths).

use openapiv3::{PathItem, ReferenceOr};

/// The document's `paths`.
pub(super) type Paths = indexmap::IndexMap<String, ReferenceOr<PathItem>>;

/// Each path item of `paths`, boxed, so that each is freed as soon as it is
/// read: in the map, the 8 KiB each takes would stay until the last one is.
/// Taken from the map's end, which shrinks as it goes, so that the items are
/// not held twice meanwhile.
pub(super) fn boxed(mut paths: Paths) -> Vec<(String, Box<ReferenceOr<PathItem>>)> {
    let mut boxed = Vec::with_capacity(paths.len());
    while let Some((path, item)) = paths.pop() {
        boxed.push((path, Box::new(item)));
        if paths.len() % 16 == 0 {
            paths.shrink_to_fit();
        }
    }
    boxed.reverse();
    boxed
}

/// The path items the model reads: lent by a spec that is used again, or
/// taken out of one that is not, so that each goes once it is read.
pub(super) enum PathItems<'p> {
    Lent(&'p Paths),
    Owned(Vec<(String, Box<ReferenceOr<PathItem>>)>),
}

impl PathItems<'_> {
    /// Each path and its item, in the document's order.
    pub(super) fn lent(&self) -> Vec<(&str, &ReferenceOr<PathItem>)> {
        match self {
            PathItems::Lent(paths) => paths
                .iter()
                .map(|(path, item)| (path.as_str(), item))
                .collect(),
            PathItems::Owned(paths) => paths
                .iter()
                .map(|(path, item)| (path.as_str(), &**item))
                .collect(),
        }
    }
}
