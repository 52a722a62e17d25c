// Generated from `tests/fixtures/content_params.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `content_params` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

/// The spec's `Selector` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Selector {
    /// The spec's `drive` property.
    pub drive: String,
}

switchboard_runtime::__serde_struct! {
    struct Selector {
        drive: Required<"drive">,
    }
}

impl Selector {
    /// New, from its fields.
    pub fn new(drive: impl Into<String>) -> Self {
        Self {
            drive: drive.into(),
        }
    }
}

/// Defined inline in the spec at `#/paths/~1files~1{selector}/get/parameters/1/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFilesFilter {
    /// The spec's `folder` property.
    pub folder: Option<String>,
    /// The spec's `size` property.
    pub size: Option<i64>,
}

switchboard_runtime::__serde_struct! {
    struct ListFilesFilter {
        folder: Optional<"folder">,
        size: Optional<"size">,
    }
}
