// Generated from `tests/fixtures/lenient.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `lenient` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

/// The spec's `ThumbnailPick` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct ThumbnailPickPatch {
    /// Frame in video to be used as a placeholder.
    pub timecode: String,
}

switchboard_runtime::__serde_struct! {
    struct ThumbnailPickPatch {
        timecode: Required<"timecode">,
    }
}

impl ThumbnailPickPatch {
    /// New, from its fields.
    pub fn new(timecode: impl Into<String>) -> Self {
        Self {
            timecode: timecode.into(),
        }
    }
}
