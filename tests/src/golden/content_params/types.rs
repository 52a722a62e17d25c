// Generated from `tests/fixtures/content_params.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `content_params` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Serialize};

/// The spec's `Selector` schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(crate = "serde")]
pub struct Selector {
    /// The spec's `drive` property.
    pub drive: String,
}

switchboard_runtime::__decode_struct! {
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(crate = "serde")]
pub struct ListFilesFilter {
    /// The spec's `folder` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub folder: Option<String>,
    /// The spec's `size` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

switchboard_runtime::__decode_struct! {
    struct ListFilesFilter {
        folder: Optional<"folder">,
        size: Optional<"size">,
    }
}
