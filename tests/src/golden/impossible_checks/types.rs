// Generated from `tests/fixtures/impossible_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `impossible_checks` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

/// Defined inline in the spec at `#/paths/~1uploads/post/requestBody/content/multipart~1form-data/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadThingBody {
    /// The file.
    /// At most ten bytes.
    ///
    /// Not checked client-side (the server checks it): `minLength: 1`, `maxLength: 10`.
    pub file: switchboard_runtime::Bytes,
}

switchboard_runtime::__serde_struct! {
    struct UploadThingBody {
        file: Required<"file">,
    }
}

impl UploadThingBody {
    /// New, from its fields.
    pub fn new(file: impl Into<switchboard_runtime::Bytes>) -> Self {
        Self { file: file.into() }
    }
}
