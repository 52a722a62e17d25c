//! Stage 1: read a spec and the files its `$ref`s name, bring an OpenAPI
//! 3.1 document into the 3.0 shape, and give typed access to it.
//!
//! One module per seam: `files` (text → YAML values, and the other files of
//! a multi-file spec), `refs` (where a `$ref` points, and following it),
//! `v31` (OpenAPI 3.1 rewritten into 3.0 before anything reads it), `fixups`
//! (what both versions may hold that the 3.0 reader cannot: callbacks by
//! `$ref`), `located` (a deserialization error at the node it is about) and
//! `typed` (`$ref`s to components followed in the typed document).

mod direct;
mod files;
mod fixups;
mod located;
mod refs;
mod split;
mod typed;
mod v31;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use openapiv3::OpenAPI;
use serde::Deserialize;
use serde_yaml::Value;

use crate::error::{Error, Pointer};
use crate::ir::Warning;

pub use files::key_text;
pub use typed::Component;

/// A parsed spec: the typed document plus the raw YAML values of the other
/// files it refers to and, unless every `$ref` names a component, of itself,
/// for resolving `$ref`s that point anywhere.
#[derive(Debug, Clone)]
pub struct Spec {
    /// The file it came from.
    pub path: PathBuf,
    /// The provider's module name: the file stem (`telegent`).
    pub module: String,
    /// The OpenAPI version the document declares (`3.0.3`, `3.1.0`).
    pub version: String,
    /// The typed document (a 3.1 one after its translation into 3.0).
    pub doc: OpenAPI,
    /// What reading the document left out or read differently (3.1
    /// `webhooks`, callbacks), for the user to read with the model's own.
    pub warnings: Vec<Warning>,
    /// The document as parsed, in source order, for `$ref`s into any place.
    raw: Raw,
    /// The other files of a multi-file spec.
    files: files::Files,
}

/// The spec's own document as a YAML value, for `$ref`s the typed document
/// cannot answer (into a schema's properties, or read as another kind than
/// their section holds).
#[derive(Debug, Clone)]
enum Raw {
    /// Parsed, and rewritten where the 3.0 reader needed it.
    Kept(Value),
    /// Not kept: every `$ref` names a component of the typed document, and
    /// the value is the text as parsed, so it is parsed again if a `$ref`
    /// needs it after all.
    Unparsed {
        text: String,
        parsed: std::sync::OnceLock<Value>,
    },
}

impl Raw {
    fn unparsed(text: Cow<'_, str>) -> Raw {
        Raw::Unparsed {
            text: text.into_owned(),
            parsed: std::sync::OnceLock::new(),
        }
    }
}

/// Reads and parses `root/path` (`.yaml`, `.yml` or `.json`), and the
/// files its `$ref`s name, relative to its directory. A `$ref` is checked
/// when the generator follows it ([`Spec::resolve`]): one in a part of the
/// document no operation uses cannot stop the spec. Errors and generated
/// headers name the file by `path`, relative to the workspace `root`.
pub fn load(root: &Path, path: &Path) -> Result<Spec, Error> {
    let text = std::fs::read_to_string(root.join(path))
        .map_err(|error| Error::new(path, "#", format!("cannot read the file: {error}")))?;
    let module = default_module(path);
    parse_in(&root.join(path), path, text.into(), &module, None).map(|unbuilt| unbuilt.spec)
}

/// Parses spec text; `path` names it in errors, picks the format, and is
/// where the files its `$ref`s name are read from. Text given as a `String`
/// is kept without a copy.
pub fn parse<'t>(path: &Path, text: impl Into<Cow<'t, str>>) -> Result<Spec, Error> {
    parse_module(path, text, &default_module(path))
}

/// Parses spec text into the Rust module `module` (instead of the file stem).
pub fn parse_module<'t>(
    path: &Path,
    text: impl Into<Cow<'t, str>>,
    module: &str,
) -> Result<Spec, Error> {
    parse_in(path, path, text.into(), module, None).map(|unbuilt| unbuilt.spec)
}

/// A spec loaded to be built once, by [`crate::model::load_and_build`]:
/// the path items of a large JSON document stay in its text, each read
/// when the model comes to it, instead of all held typed at once (typed,
/// they take about nine times their text: 326 MB for the 37 MB of
/// Microsoft Graph beta's paths).
pub struct Unbuilt {
    pub(crate) spec: Spec,
    /// Each path and where its item is in the spec's text, in the
    /// document's order; empty when the items are in the typed document.
    pub(crate) deferred: Vec<(String, std::ops::Range<usize>)>,
}

/// How long the path items of a JSON document are, in all, when they stay
/// in its text until the model reads them: each is then read three times
/// instead of once (to check it reads, then by the model's two passes), so
/// a spec whose items take little memory does not pay for it.
pub(crate) const DEFER_PATHS_FROM: usize = 4 << 20;

/// [`load`], for [`crate::model::load_and_build`].
pub fn load_to_build(root: &Path, path: &Path) -> Result<Unbuilt, Error> {
    let text = std::fs::read_to_string(root.join(path))
        .map_err(|error| Error::new(path, "#", format!("cannot read the file: {error}")))?;
    let module = default_module(path);
    parse_to_build_in(
        &root.join(path),
        path,
        text.into(),
        &module,
        DEFER_PATHS_FROM,
    )
}

/// [`parse_module`], for [`crate::model::load_and_build`].
pub fn parse_to_build<'t>(
    path: &Path,
    text: impl Into<Cow<'t, str>>,
    module: &str,
) -> Result<Unbuilt, Error> {
    parse_to_build_in(path, path, text.into(), module, DEFER_PATHS_FROM)
}

/// [`parse_to_build`], keeping path items `defer_from` bytes long or
/// longer in all in the text.
pub(crate) fn parse_to_build_in(
    real: &Path,
    path: &Path,
    text: Cow<'_, str>,
    module: &str,
    defer_from: usize,
) -> Result<Unbuilt, Error> {
    parse_in(real, path, text, module, Some(defer_from))
}

fn default_module(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned()
}

/// The two OpenAPI versions read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    V30,
    V31,
}

/// Parses `text`, the spec at `real` on disk (the base of its relative
/// `$ref`s) that errors call `path`; with `defer_from`, the path items of a
/// JSON document read directly are left in the text when they are that
/// long or longer (see [`Unbuilt`]).
fn parse_in(
    real: &Path,
    path: &Path,
    text: Cow<'_, str>,
    module: &str,
    defer_from: Option<usize>,
) -> Result<Unbuilt, Error> {
    let json = path
        .extension()
        .is_some_and(|extension| extension == "json");
    if json {
        let files = files::Files::read(real, path, &Value::Null);
        if let Some(direct::Direct { doc, deferred }) =
            direct::read(files.own_name(), &text, defer_from)
        {
            let spec = Spec {
                path: path.to_owned(),
                module: module_name(path, module)?,
                version: doc.openapi.clone(),
                doc,
                warnings: Vec::new(),
                raw: Raw::unparsed(text),
                files,
            };
            return Ok(Unbuilt { spec, deferred });
        }
    }
    let mut raw = files::parse_value(path, &text)?;
    if let Some(version) = raw.get("swagger") {
        return Err(Error::new(
            path,
            "#/swagger",
            format!("a Swagger (OpenAPI {}) document", key_text(version)),
        )
        .hint("convert it to OpenAPI 3.0.3 (`openapi: 3.0.3`, `components`, `requestBody`); Switchboard reads OpenAPI 3.0.x and 3.1.x documents"));
    }
    let version = match raw.get("openapi") {
        None => {
            return Err(Error::new(path, "#", "no `openapi` version")
                .hint("start the document with `openapi: 3.0.3` (or `3.1.0`)"));
        }
        Some(version) => key_text(version),
    };
    let family = match version.as_str() {
        "3.0" => Family::V30,
        "3.1" => Family::V31,
        v if v.starts_with("3.0.") => Family::V30,
        v if v.starts_with("3.1.") => Family::V31,
        _ => {
            return Err(Error::new(
                path,
                "#/openapi",
                format!("unsupported OpenAPI version `{version}`"),
            )
            .hint("Switchboard reads OpenAPI 3.0.x and 3.1.x documents: write `openapi: 3.0.3` or `3.1.0` and use only that version's keywords"));
        }
    };
    let mut files = files::Files::read(real, path, &raw);
    let mut warnings = Vec::new();
    if family == Family::V31 {
        v31::translate(&mut raw, &mut files, &mut warnings);
    }
    let rewritten = fixups::callbacks(&mut raw, &mut files, &mut warnings);
    let doc = read_document(path, &mut raw, family, &mut warnings)?;
    located::check_path_keys(path, &raw)?;
    // The value goes when nothing rewrote it (then parsing the text again
    // gives it back) and the typed document answers every `$ref`.
    let as_parsed = family == Family::V30 && !rewritten && warnings.is_empty();
    let raw = if as_parsed
        && files.is_empty()
        && !text.contains(ERROR_MESSAGE)
        && typed::every_ref_typed(files.own_name(), &raw, &doc)
    {
        Raw::unparsed(text)
    } else {
        Raw::Kept(raw)
    };
    let spec = Spec {
        path: path.to_owned(),
        module: module_name(path, module)?,
        version,
        doc,
        warnings,
        raw,
        files,
    };
    Ok(Unbuilt {
        spec,
        deferred: Vec::new(),
    })
}

/// `module`, when it can name the spec's Rust module: the file stem is the
/// module and the cargo feature, so it must be a plain Rust identifier and
/// not a name the crate root already uses.
fn module_name(path: &Path, module: &str) -> Result<String, Error> {
    let plain = module.starts_with(|c: char| c.is_ascii_lowercase())
        && module
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !plain || crate::naming::snake(module) != module || module == "runtime" {
        return Err(
            Error::new(path, "#", format!("`{module}` cannot name a Rust module"))
                .hint("name spec files after the provider, in lower case: `specs/<provider>.yaml` (not a Rust keyword, not `runtime`)"),
        );
    }
    Ok(module.to_owned())
}

/// How many keywords of the wrong kind one spec may have left out.
const MAX_MISFITS: usize = 64;

/// The typed document: when it does not read, because a keyword that only
/// constrains or describes a value has a value of the wrong kind
/// (`pattern: 0`), that keyword is left out with a warning and the document
/// read again; any other problem is an error at the node it is about.
fn read_document(
    path: &Path,
    raw: &mut Value,
    family: Family,
    warnings: &mut Vec<Warning>,
) -> Result<OpenAPI, Error> {
    if let Some(doc) = read_in_two(raw) {
        return Ok(doc);
    }
    for _ in 0..MAX_MISFITS {
        let error = match serde_path_to_error::deserialize::<_, OpenAPI>(&*raw) {
            Ok(doc) => return Ok(doc),
            Err(error) => error,
        };
        let pointer = located::pointer_of(error.path());
        let (pointer, message) = located::refine(raw, pointer, error.inner().to_string());
        if located::drop_misfit_keywords(raw, &pointer, warnings) {
            continue;
        }
        let family = match family {
            Family::V30 => "3.0",
            Family::V31 => "3.1",
        };
        return Err(Error::new(
            path,
            pointer.as_str(),
            format!("not a valid OpenAPI {family} document: {message}"),
        )
        .hint("fix the node there (an OpenAPI linter, e.g. `redocly lint`, says what it lacks)"));
    }
    Err(Error::new(
        path,
        "#",
        format!("more than {MAX_MISFITS} keywords with values of the wrong kind"),
    )
    .hint(
        "fix the keywords the warnings name (an OpenAPI linter, e.g. `redocly lint`, lists them)",
    ))
}

/// How many paths make reading them on a thread of their own worth it.
const PATHS_APART: usize = 64;

/// The typed document of a spec with many paths, read on two threads: its
/// `paths` on one, the rest on the other (half the time of the step for a
/// large spec). `None` when it has few paths or either part does not read;
/// then the document is read whole, and any problem is found there.
fn read_in_two(raw: &mut Value) -> Option<OpenAPI> {
    let threads = crate::parallel::threads();
    let slot = raw.get_mut("paths")?;
    if threads < 2 || slot.as_mapping()?.len() < PATHS_APART {
        return None;
    }
    // In its place meanwhile, an empty mapping keeps the keys' order.
    let paths = std::mem::replace(slot, Value::Mapping(serde_yaml::Mapping::new()));
    let (doc, read) = crate::parallel::join(
        || OpenAPI::deserialize(&*raw).ok(),
        || openapiv3::Paths::deserialize(&paths).ok(),
    );
    if let Some(slot) = raw.get_mut("paths") {
        *slot = paths;
    }
    let mut doc = doc?;
    doc.paths = read?;
    Some(doc)
}

/// The extension that marks a schema's message property, which the model
/// reads from any schema by its pointer.
const ERROR_MESSAGE: &str = "x-error-message";

impl Spec {
    /// Whether any schema of the spec may carry `x-error-message`: not when
    /// the spec is one file whose text never names it.
    pub fn may_mark_error_messages(&self) -> bool {
        matches!(self.raw, Raw::Kept(_))
    }

    /// The spec's own text, when it is kept as it is (the document read
    /// straight from it).
    pub(crate) fn own_text(&self) -> Option<&str> {
        match &self.raw {
            Raw::Unparsed { text, .. } => Some(text),
            Raw::Kept(_) => None,
        }
    }

    /// An error at `pointer`, naming the file of the spec that holds it.
    pub fn error(&self, pointer: &Pointer, message: impl Into<String>) -> Error {
        let file = match pointer.document() {
            "" => self.path.clone(),
            other => self.files.shown_path(other),
        };
        Error::new(file, pointer.fragment(), message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document with `count` paths, one of them `bad` when asked.
    fn many_paths(count: usize, bad: bool) -> Value {
        let mut text = String::from(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nx-top: 1\npaths:\n  x-internal: true\n",
        );
        for index in 0..count {
            let summary = match bad && index == count / 2 {
                true => "[not, a, string]".to_owned(),
                false => format!("path {index}"),
            };
            text.push_str(&format!(
                "  /things/{index}:\n    get:\n      summary: {summary}\n      responses:\n        '200': {{description: ok}}\n"
            ));
        }
        text.push_str("components:\n  schemas:\n    Thing: {type: object}\n");
        serde_yaml::from_str(&text).unwrap_or_else(|error| panic!("{error}"))
    }

    fn written(value: &Value) -> String {
        serde_yaml::to_string(value).unwrap_or_else(|error| panic!("{error}"))
    }

    #[test]
    fn paths_read_apart_give_the_document_read_whole() {
        let mut raw = many_paths(PATHS_APART * 2, false);
        let before = written(&raw);
        let whole = serde_path_to_error::deserialize::<_, OpenAPI>(&raw).ok();
        let apart = read_in_two(&mut raw);
        assert!(apart.is_some());
        assert_eq!(apart, whole);
        // The value is as it was, keys in their order.
        assert_eq!(written(&raw), before);
    }

    #[test]
    fn a_document_that_does_not_read_apart_is_read_whole_for_its_error() {
        let mut raw = many_paths(PATHS_APART * 2, true);
        let before = written(&raw);
        assert_eq!(read_in_two(&mut raw), None);
        assert_eq!(written(&raw), before);
        let error = read_document(Path::new("t.yaml"), &mut raw, Family::V30, &mut Vec::new());
        let pointer = format!("#/paths/~1things~1{}/get/summary", PATHS_APART);
        assert!(
            error.as_ref().is_err_and(|error| error.pointer == pointer),
            "{error:?}"
        );
        // Few paths are read whole.
        assert_eq!(read_in_two(&mut many_paths(3, false)), None);
    }
}
