//! The path items the model reads, lent, owned or left in the text: a spec
//! read only to be built gives its path items up, and each is freed once
//! its operations are in the IR (on Twilio's spec, three quarters of the
//! typed document are its paths); a large JSON one leaves them in its text,
//! and each is read when the model comes to it (typed, Microsoft Graph
//! beta's take 326 MB at once).

use std::ops::Range;

use openapiv3::{PathItem, ReferenceOr};

use crate::error::{Error, Pointer};
use crate::load::Spec;

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

/// The path items the model reads: lent by a spec that is used again,
/// taken out of one that is not, so that each goes once it is read, or
/// left in the spec's text, each read when it is walked.
pub(super) enum PathItems<'p> {
    Lent(&'p Paths),
    Owned(Vec<(String, Box<ReferenceOr<PathItem>>)>),
    /// Each path and where its item is in the spec's text.
    InText(Vec<(String, Range<usize>)>),
}

impl PathItems<'_> {
    /// `each` on every path and its item, in the document's order.
    pub(super) fn walk(
        &self,
        spec: &Spec,
        mut each: impl FnMut(&str, &ReferenceOr<PathItem>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        match self {
            PathItems::Lent(paths) => paths.iter().try_for_each(|(path, item)| each(path, item)),
            PathItems::Owned(paths) => paths.iter().try_for_each(|(path, item)| each(path, item)),
            PathItems::InText(paths) => paths
                .iter()
                .try_for_each(|(path, range)| each(path, &in_text(spec, path, range)?)),
        }
    }

    /// [`Self::walk`], the last time: an item taken out of the spec is
    /// freed as soon as `each` is done with it.
    pub(super) fn walk_once(
        self,
        spec: &Spec,
        mut each: impl FnMut(&str, &ReferenceOr<PathItem>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        match self {
            PathItems::Owned(paths) => paths
                .into_iter()
                .try_for_each(|(path, item)| each(&path, &item)),
            lent_or_in_text => lent_or_in_text.walk(spec, each),
        }
    }
}

/// The item of `path`, read from the spec's text at `range`. The loader
/// read it there once already, so it reads; if it does not, that is a
/// generator bug, not the spec's.
fn in_text(spec: &Spec, path: &str, range: &Range<usize>) -> Result<ReferenceOr<PathItem>, Error> {
    let at = Pointer::root().join("paths").join(path);
    let text = spec
        .own_text()
        .and_then(|text| text.get(range.clone()))
        .ok_or_else(|| {
            spec.error(&at, "the path item is no longer in the spec's text")
                .hint("this is a generator bug: please report it with the spec")
        })?;
    serde_json::from_str(text).map_err(|error| {
        spec.error(&at, format!("the path item no longer reads: {error}"))
            .hint("this is a generator bug: please report it with the spec")
    })
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use crate::load;

    /// Every spec and fixture, as JSON: the specs and fixtures directories'
    /// YAML files, each turned into JSON text.
    fn as_json() -> Vec<(PathBuf, String)> {
        let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
        let mut specs = Vec::new();
        for directory in ["specs", "tests/fixtures", "tests/fixtures/invalid"] {
            let entries = std::fs::read_dir(root.join(directory))
                .into_iter()
                .flatten();
            for path in entries.flatten().map(|entry| entry.path()) {
                if path.extension().is_none_or(|ext| ext != "yaml") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let Ok(value) = serde_yaml::from_str::<serde_json::Value>(&text) else {
                    continue;
                };
                let json = serde_json::to_string_pretty(&value).unwrap_or_default();
                specs.push((path.with_extension("json"), json));
            }
        }
        specs.sort();
        specs
    }

    /// Path items left in the text build the IR, the warnings and the errors
    /// that the same spec read whole and lent to the model does.
    #[test]
    fn path_items_left_in_the_text_build_what_the_whole_document_does() {
        let specs = as_json();
        assert!(specs.len() > 20, "found {} specs", specs.len());
        let (mut deferred, mut built, mut refused) = (0, 0, 0);
        for (path, text) in &specs {
            let name = Path::new(path.file_name().unwrap_or_default());
            let module = "api";
            let lent = load::parse_module(name, text.as_str(), module)
                .and_then(|spec| super::super::build(&spec))
                .map(|api| format!("{api:#?}"))
                .map_err(|error| error.to_string());
            let unbuilt = load::parse_to_build_in(name, name, text.into(), module, 0);
            if unbuilt
                .as_ref()
                .is_ok_and(|unbuilt| !unbuilt.deferred.is_empty())
            {
                deferred += 1;
            }
            let in_text = super::super::load_and_build(|| unbuilt)
                .map(|api| format!("{api:#?}"))
                .map_err(|error| error.to_string());
            assert_eq!(lent, in_text, "{}", path.display());
            match lent {
                Ok(_) => built += 1,
                Err(_) => refused += 1,
            }
        }
        // Most are read directly and their items left in the text; both
        // outcomes are compared.
        assert!(
            deferred > 15 && built > 10 && refused > 0,
            "{deferred} deferred, {built} built, {refused} refused"
        );
    }
}
