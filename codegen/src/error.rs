//! Errors that name the spec file, the place in it, and what to change.

use std::fmt;
use std::path::PathBuf;

/// A spec the generator cannot turn into Rust.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The spec file.
    pub file: PathBuf,
    /// A JSON pointer into the document (`#/paths/~1numbers~1{id}/patch`).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
    /// What to change.
    pub hint: Option<String>,
}

impl Error {
    /// An error at `pointer` in `file`.
    pub fn new(
        file: impl Into<PathBuf>,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Error {
            file: file.into(),
            pointer: pointer.into(),
            message: message.into(),
            hint: None,
        }
    }

    /// Adds what the spec author should do.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: at {}: {}",
            self.file.display(),
            self.pointer,
            self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Builds JSON pointers (RFC 6901) one segment at a time: `#/paths/~1pets`
/// in the spec itself, or `common/errors.yaml#/Error` in another file of a
/// multi-file spec (its path relative to the spec's directory, `/`
/// separated).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pointer(String);

impl Pointer {
    /// The document root, `#`.
    pub fn root() -> Self {
        Pointer("#".to_owned())
    }

    /// The root of another file of the spec (`common/errors.yaml#`); `""`
    /// is the spec itself.
    pub fn document_root(document: &str) -> Self {
        Pointer(format!("{document}#"))
    }

    /// Parses a local `$ref` (`#/components/schemas/Pet`) into a pointer: the
    /// fragment is a URI fragment, so percent-escapes (`%20`) are decoded.
    pub fn from_ref(reference: &str) -> Option<Self> {
        let fragment = reference.strip_prefix('#')?;
        Some(Pointer(format!("#{}", percent_decoded(fragment))))
    }

    /// This pointer with one more segment, escaped.
    pub fn join(&self, segment: impl AsRef<str>) -> Self {
        // One allocation: pointers are joined for every schema read.
        let segment = segment.as_ref();
        let mut joined = String::with_capacity(self.0.len() + 1 + segment.len() + 4);
        joined.push_str(&self.0);
        joined.push('/');
        if !segment.contains(['~', '/']) {
            joined.push_str(segment);
            return Pointer(joined);
        }
        for c in segment.chars() {
            match c {
                '~' => joined.push_str("~0"),
                '/' => joined.push_str("~1"),
                c => joined.push(c),
            }
        }
        Pointer(joined)
    }

    /// This pointer followed by `fragment`, a JSON pointer whose segments
    /// are escaped already (`/paths/~1pets`).
    pub fn join_raw(&self, fragment: &str) -> Self {
        Pointer(format!("{}{fragment}", self.0))
    }

    /// The file it points into, relative to the spec's directory: `""` for
    /// the spec itself.
    pub fn document(&self) -> &str {
        self.0.find('#').map_or("", |at| &self.0[..at])
    }

    /// The pointer inside its file, from `#` on.
    pub fn fragment(&self) -> &str {
        self.0.find('#').map_or("#", |at| &self.0[at..])
    }

    /// The unescaped segments after `#`.
    pub fn segments(&self) -> Vec<String> {
        self.raw_segments().map(unescape).collect()
    }

    /// The segments after `#` as they are written (`~1` for `/`, `~0` for
    /// `~`), without allocating; [`unescape`] gives a segment's text.
    pub fn raw_segments(&self) -> impl Iterator<Item = &str> {
        self.fragment().trim_start_matches('#').split('/').skip(1)
    }

    /// The pointer as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A pointer segment's text: `~1` is `/` and `~0` is `~`.
pub fn unescape(segment: &str) -> String {
    match segment.contains('~') {
        true => segment.replace("~1", "/").replace("~0", "~"),
        false => segment.to_owned(),
    }
}

/// `text` with its `%XX` escapes decoded; as it is when they do not decode
/// to UTF-8 (a `%` that escapes nothing is kept).
pub fn percent_decoded(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::{Pointer, percent_decoded};

    #[test]
    fn references_are_uri_fragments() {
        let pointer = Pointer::from_ref("#/a/application~1xml;%20charset=utf-8").unwrap();
        assert_eq!(pointer.segments(), ["a", "application/xml; charset=utf-8"]);
        assert_eq!(percent_decoded("100%"), "100%");
        assert_eq!(percent_decoded("%zz%41"), "%zzA");
        assert_eq!(percent_decoded("%ff"), "%ff");
    }

    #[test]
    fn a_pointer_into_another_file_names_it() {
        let pointer = Pointer::document_root("common/errors.yaml")
            .join("components")
            .join("a/b");
        assert_eq!(pointer.as_str(), "common/errors.yaml#/components/a~1b");
        assert_eq!(pointer.document(), "common/errors.yaml");
        assert_eq!(pointer.fragment(), "#/components/a~1b");
        assert_eq!(pointer.segments(), ["components", "a/b"]);
        assert_eq!(Pointer::root().document(), "");
        assert_eq!(Pointer::root().fragment(), "#");
        let escaped = Pointer::root().join("a~b/c").join("plain");
        assert_eq!(escaped.as_str(), "#/a~0b~1c/plain");
        assert_eq!(escaped.segments(), ["a~b/c", "plain"]);
    }
}
