//! Where a `$ref` points, and following it. A `$ref` is a URI reference: a
//! fragment (`#/components/schemas/Pet`) points into the file that holds
//! it, a relative path (`common/errors.yaml#/Error`, `pet.json`) into
//! another file of the spec, read from the directory of the file that holds
//! the `$ref`. The fragment is percent-decoded (`;%20charset=utf-8`), then
//! read as a JSON pointer. URLs are never fetched.

use std::borrow::Cow;
use std::path::Path;

use openapiv3::ReferenceOr;
use serde::Deserialize;
use serde_yaml::Value;

use super::files::{self, Unread, normalized};
use super::typed::{self, Component};
use super::{Raw, Spec};
use crate::error::{Error, Pointer, percent_decoded};

/// Why a `$ref` points nowhere the generator reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Problem {
    /// `$ref: ""`.
    Empty,
    /// `https://…`, `//host/…`, `urn:…`.
    Url,
    /// `/abs/path.yaml`.
    Absolute,
    /// A fragment that is not a JSON pointer (`#Pet`, a JSON Schema anchor).
    NotAPointer,
}

impl Problem {
    fn message(&self, reference: &str) -> String {
        match self {
            Problem::Empty => "an empty `$ref`".to_owned(),
            Problem::Url => format!("a reference to a URL: `{reference}`"),
            Problem::Absolute => format!("a reference to an absolute path: `{reference}`"),
            Problem::NotAPointer => {
                format!("`{reference}` is not a JSON pointer (`#/components/schemas/Name`)")
            }
        }
    }

    fn hint(&self) -> &'static str {
        match self {
            Problem::Empty => "point it at a definition (`#/components/schemas/Name`)",
            Problem::Url => {
                "Switchboard never fetches a spec from the network: save the file beside the spec and refer to it by a relative path (`common/errors.yaml#/Error`)"
            }
            Problem::Absolute => {
                "refer to the file by a path relative to the file that holds the `$ref` (`../common/errors.yaml#/Error`), so the spec reads the same anywhere"
            }
            Problem::NotAPointer => {
                "write the fragment as a JSON pointer from the file's root (`#/$defs/Name`)"
            }
        }
    }
}

/// Where `reference`, found in the file of `base`, points: a pointer into
/// the spec itself (`#/…`) or into another of its files (`common.yaml#/…`).
/// `own_name` is the spec's file name, so that a `$ref` to the spec by name
/// is a local one.
pub(super) fn target(own_name: &str, base: &Pointer, reference: &str) -> Result<Pointer, Problem> {
    let reference = reference.trim();
    if reference.is_empty() {
        return Err(Problem::Empty);
    }
    let (file, fragment) = reference.split_once('#').unwrap_or((reference, ""));
    let fragment = percent_decoded(fragment);
    if !fragment.is_empty() && !fragment.starts_with('/') {
        return Err(Problem::NotAPointer);
    }
    let document = if file.is_empty() {
        base.document().to_owned()
    } else {
        let scheme = file.split_once(':').is_some_and(|(scheme, _)| {
            scheme.len() > 1
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        });
        if scheme || file.starts_with("//") {
            return Err(Problem::Url);
        }
        if file.starts_with(['/', '\\']) || file.split_once(':').is_some() {
            return Err(Problem::Absolute);
        }
        let from = Path::new(base.document())
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let joined = normalized(&from.join(percent_decoded(file)));
        let name = joined.to_string_lossy().replace('\\', "/");
        if name == own_name {
            String::new()
        } else {
            name
        }
    };
    // Segments are escaped already (`~1`): the fragment is the pointer.
    Ok(Pointer::document_root(&document).join_raw(&fragment))
}

impl Spec {
    /// Follows `$ref`s (through chains of them, and into other files) to the
    /// item, returning it (lent when `item` is one, or when the typed
    /// document holds it) with the pointer where it is defined. `at` names
    /// the place of `item`.
    pub fn resolve<'a, T: Component>(
        &'a self,
        item: &'a ReferenceOr<T>,
        at: &Pointer,
    ) -> Result<(Cow<'a, T>, Pointer), Error> {
        match item {
            // An item written in place is lent, not copied.
            ReferenceOr::Item(item) => Ok((Cow::Borrowed(item), at.clone())),
            ReferenceOr::Reference { reference } => self.follow(reference, at),
        }
    }

    /// Follows the `$ref` `reference`, found at `at`, as [`Spec::resolve`]
    /// does: the item is lent by the typed document when it holds it as
    /// parsed, else read from the YAML value.
    pub fn follow<T: Component>(
        &self,
        reference: &str,
        at: &Pointer,
    ) -> Result<(Cow<'_, T>, Pointer), Error> {
        let mut current: Cow<'_, ReferenceOr<T>> = Cow::Owned(ReferenceOr::Reference {
            reference: reference.to_owned(),
        });
        let mut place = at.clone();
        for _ in 0..32 {
            let reference = match current {
                Cow::Borrowed(ReferenceOr::Item(item)) => return Ok((Cow::Borrowed(item), place)),
                Cow::Owned(ReferenceOr::Item(item)) => return Ok((Cow::Owned(item), place)),
                Cow::Borrowed(ReferenceOr::Reference { reference }) => reference.clone(),
                Cow::Owned(ReferenceOr::Reference { reference }) => reference,
            };
            let target = self.target(&place, &reference)?;
            // The typed document's entry is the value read as `T`, when the
            // value is as parsed: otherwise the value answers, as it was
            // rewritten.
            let typed = match self.raw {
                Raw::Kept(_) => None,
                Raw::Unparsed { .. } => typed::entry::<T>(&self.doc, &target),
            };
            current = match typed {
                Some(entry) => entry,
                None => {
                    let value = self.value_at(&target, &place, &reference)?;
                    Cow::Owned(ReferenceOr::<T>::deserialize(value).map_err(|error| {
                        self.error(
                            &target,
                            format!("`{reference}` points at something of the wrong kind: {error}"),
                        )
                    })?)
                }
            };
            place = target;
        }
        Err(self
            .error(at, "a chain of `$ref`s loops")
            .hint("make one of them point at a definition"))
    }

    /// Where `reference`, found at `at`, points; an error at `at` when it
    /// points nowhere the generator reads.
    pub fn target(&self, at: &Pointer, reference: &str) -> Result<Pointer, Error> {
        target(self.files.own_name(), at, reference).map_err(|problem| {
            self.error(at, problem.message(reference))
                .hint(problem.hint())
        })
    }

    /// The value `target` (the target of `reference`, found at `at`)
    /// points at, in the spec's own YAML value (parsed again from its text
    /// if it was not kept) or another file's.
    fn value_at(&self, target: &Pointer, at: &Pointer, reference: &str) -> Result<&Value, Error> {
        let document = match (target.document(), &self.raw) {
            ("", Raw::Kept(raw)) => raw,
            ("", Raw::Unparsed { text, parsed }) => {
                // It parsed once: no error is left to report.
                parsed.get_or_init(|| files::parse_value(&self.path, text).unwrap_or(Value::Null))
            }
            (file, _) => match self.files.get(file) {
                Some(Ok(value)) => value,
                Some(Err(Unread::Invalid(error))) => return Err(error.clone()),
                Some(Err(Unread::Missing(why))) => {
                    let shown = self.files.shown_path(file);
                    return Err(self
                        .error(at, format!("`{reference}`: cannot read `{}`: {why}", shown.display()))
                        .hint("a `$ref` to another file is read relative to the file that holds it: check the path"));
                }
                None => {
                    return Err(self
                        .error(at, format!("`{reference}` names a file that was not read"))
                        .hint("this is a generator bug: please report it with the spec"));
                }
            },
        };
        files::lookup(document, target).ok_or_else(|| self.unresolved(at, target, reference))
    }

    /// The error of `reference`, found at `at`, when `target` is nothing.
    fn unresolved(&self, at: &Pointer, target: &Pointer, reference: &str) -> Error {
        let hint = if target.document().is_empty() {
            "check the spelling of the component name"
        } else {
            "check the pointer after `#`: it is read from the root of that file"
        };
        self.error(at, format!("`{reference}` does not resolve"))
            .hint(hint)
    }
}

#[cfg(test)]
mod tests {
    use super::{Problem, target};
    use crate::error::Pointer;

    fn to(base: &Pointer, reference: &str) -> Result<String, Problem> {
        target("api.yaml", base, reference).map(|p| p.as_str().to_owned())
    }

    #[test]
    fn references_resolve_from_the_file_that_holds_them() {
        let root = Pointer::root().join("paths");
        assert_eq!(
            to(&root, "#/components/schemas/Pet").unwrap(),
            "#/components/schemas/Pet"
        );
        assert_eq!(
            to(&root, "common/errors.yaml#/Error").unwrap(),
            "common/errors.yaml#/Error"
        );
        assert_eq!(to(&root, "./pet.json").unwrap(), "pet.json#");
        assert_eq!(to(&root, "api.yaml#/x").unwrap(), "#/x");
        let nested = Pointer::document_root("common/errors.yaml").join("Error");
        assert_eq!(
            to(&nested, "#/Detail").unwrap(),
            "common/errors.yaml#/Detail"
        );
        assert_eq!(
            to(&nested, "types.yaml#/Code").unwrap(),
            "common/types.yaml#/Code"
        );
        assert_eq!(to(&nested, "../api.yaml#/x").unwrap(), "#/x");
        assert_eq!(
            to(&nested, "../../shared/a.yaml").unwrap(),
            "../shared/a.yaml#"
        );
        assert_eq!(
            to(
                &root,
                "#/paths/~1a/get/responses/200/content/application~1xml;%20charset=utf-8"
            )
            .unwrap(),
            "#/paths/~1a/get/responses/200/content/application~1xml; charset=utf-8"
        );
    }

    #[test]
    fn urls_absolute_paths_and_anchors_are_not_read() {
        let root = Pointer::root();
        assert_eq!(
            to(&root, "https://example.test/a.yaml#/x"),
            Err(Problem::Url)
        );
        assert_eq!(to(&root, "//example.test/a.yaml"), Err(Problem::Url));
        assert_eq!(to(&root, "urn:x:y"), Err(Problem::Url));
        assert_eq!(to(&root, "/etc/a.yaml#/x"), Err(Problem::Absolute));
        assert_eq!(to(&root, "#Pet"), Err(Problem::NotAPointer));
        assert_eq!(to(&root, " "), Err(Problem::Empty));
    }
}
