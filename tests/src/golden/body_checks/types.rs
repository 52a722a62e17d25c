// Generated from `tests/fixtures/body_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `body_checks` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::__private::check;

/// The spec's `Route` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `priority` property.
    pub priority: i32,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub number: Option<Option<String>>,
    /// The spec's `tags` property.
    pub tags: Option<Vec<String>>,
    /// The spec's `targets` property.
    pub targets: Option<Vec<Target>>,
    /// The spec's `fallback` property.
    pub fallback: Option<Target>,
    /// The spec's `labels` property.
    pub labels: Option<std::collections::BTreeMap<String, Target>>,
    /// The spec's `note` property.
    pub note: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct Route {
        name: Required<"name">,
        priority: Required<"priority">,
        number: Present<"number">,
        tags: Optional<"tags">,
        targets: Optional<"targets">,
        fallback: Optional<"fallback">,
        labels: Optional<"labels">,
        note: Optional<"note">,
    }
}

impl Route {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>, priority: i32) -> Self {
        Self {
            name: name.into(),
            priority,
            number: None,
            tags: None,
            targets: None,
            fallback: None,
            labels: None,
            note: None,
        }
    }
}

impl Route {
    /// Checks the spec's constraints on every field (`pattern`, lengths,
    /// ranges, numbers of items, and those of the structs it holds), as
    /// `build()` does before sending; the error names the field's path.
    pub fn validate(&self) -> Result<(), switchboard_runtime::BuildError> {
        {
            let value = &self.name;
            check::field::length("name", None, value, Some(1), Some(16))?;
        }
        {
            let value = &self.priority;
            check::field::range("priority", None, i64::from(*value), Some(0), Some(9))?;
        }
        if let Some(Some(value)) = &self.number {
            check::field::pattern("number", None, value, "^[0-9]{11}$")?;
        }
        if let Some(value) = &self.tags {
            check::field::items("tags", value.len(), None, Some(3))?;
            for (index, item) in value.iter().enumerate() {
                check::field::pattern("tags", Some(index), item, "^[a-z]+$")?;
            }
        }
        if let Some(value) = &self.targets {
            for (index, item) in value.iter().enumerate() {
                check::field::within_item("targets", index, item.validate())?;
            }
        }
        if let Some(value) = &self.fallback {
            check::field::within("fallback", value.validate())?;
        }
        if let Some(value) = &self.labels {
            for (key, item) in value {
                check::field::within_item("labels", key, item.validate())?;
            }
        }
        Ok(())
    }
}

/// The spec's `Target` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// The spec's `address` property.
    pub address: String,
    /// The spec's `weight` property.
    pub weight: Option<i64>,
}

switchboard_runtime::__serde_struct! {
    struct Target {
        address: Required<"address">,
        weight: Optional<"weight">,
    }
}

impl Target {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(address: impl Into<String>) -> Self {
        Self {
            address: address.into(),
            weight: None,
        }
    }
}

impl Target {
    /// Checks the spec's constraints on every field (`pattern`, lengths,
    /// ranges, numbers of items, and those of the structs it holds), as
    /// `build()` does before sending; the error names the field's path.
    pub fn validate(&self) -> Result<(), switchboard_runtime::BuildError> {
        {
            let value = &self.address;
            check::field::length("address", None, value, None, Some(8))?;
        }
        if let Some(value) = &self.weight {
            check::field::range("weight", None, *value, Some(1), None)?;
        }
        Ok(())
    }
}

/// The spec's `Route` schema.
#[derive(Debug, Clone, PartialEq)]
pub struct RoutePatch {
    /// The spec's `name` property.
    pub name: String,
    /// The spec's `priority` property.
    pub priority: i32,
    /// `None`: absent; `Some(None)`: JSON `null`.
    pub number: Option<Option<String>>,
    /// The spec's `tags` property.
    pub tags: Option<Vec<String>>,
    /// The spec's `targets` property.
    pub targets: Option<Vec<Target>>,
    /// The spec's `fallback` property.
    pub fallback: Option<Target>,
    /// The spec's `labels` property.
    pub labels: Option<std::collections::BTreeMap<String, Target>>,
    /// The spec's `note` property.
    pub note: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct RoutePatch {
        name: Required<"name">,
        priority: Required<"priority">,
        number: Present<"number">,
        tags: Optional<"tags">,
        targets: Optional<"targets">,
        fallback: Optional<"fallback">,
        labels: Optional<"labels">,
        note: Optional<"note">,
    }
}

impl RoutePatch {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(name: impl Into<String>, priority: i32) -> Self {
        Self {
            name: name.into(),
            priority,
            number: None,
            tags: None,
            targets: None,
            fallback: None,
            labels: None,
            note: None,
        }
    }
}

impl RoutePatch {
    /// Checks the spec's constraints on every field (`pattern`, lengths,
    /// ranges, numbers of items, and those of the structs it holds), as
    /// `build()` does before sending; the error names the field's path.
    pub fn validate(&self) -> Result<(), switchboard_runtime::BuildError> {
        {
            let value = &self.name;
            check::field::length("name", None, value, Some(1), Some(16))?;
        }
        {
            let value = &self.priority;
            check::field::range("priority", None, i64::from(*value), Some(0), Some(9))?;
        }
        if let Some(Some(value)) = &self.number {
            check::field::pattern("number", None, value, "^[0-9]{11}$")?;
        }
        if let Some(value) = &self.tags {
            check::field::items("tags", value.len(), None, Some(3))?;
            for (index, item) in value.iter().enumerate() {
                check::field::pattern("tags", Some(index), item, "^[a-z]+$")?;
            }
        }
        if let Some(value) = &self.targets {
            for (index, item) in value.iter().enumerate() {
                check::field::within_item("targets", index, item.validate())?;
            }
        }
        if let Some(value) = &self.fallback {
            check::field::within("fallback", value.validate())?;
        }
        if let Some(value) = &self.labels {
            for (key, item) in value {
                check::field::within_item("labels", key, item.validate())?;
            }
        }
        Ok(())
    }
}

/// Defined inline in the spec at `#/paths/~1forms/post/requestBody/content/application~1x-www-form-urlencoded/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubmitFormBody {
    /// The spec's `code` property.
    pub code: Option<String>,
}

switchboard_runtime::__serde_struct! {
    struct SubmitFormBody {
        code: Optional<"code">,
    }
}

impl SubmitFormBody {
    /// Checks the spec's constraints on every field (`pattern`, lengths,
    /// ranges, numbers of items, and those of the structs it holds), as
    /// `build()` does before sending; the error names the field's path.
    pub fn validate(&self) -> Result<(), switchboard_runtime::BuildError> {
        if let Some(value) = &self.code {
            check::field::pattern("code", None, value, "^[A-Z]{3}$")?;
        }
        Ok(())
    }
}

/// Defined inline in the spec at `#/paths/~1scans/post/requestBody/content/multipart~1form-data/schema`.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadScanBody {
    /// The spec's `file` property.
    pub file: switchboard_runtime::Bytes,
    /// The spec's `label` property.
    pub label: String,
}

switchboard_runtime::__serde_struct! {
    struct UploadScanBody {
        file: Required<"file">,
        label: Required<"label">,
    }
}

impl UploadScanBody {
    /// New, from its fields.
    pub fn new(file: impl Into<switchboard_runtime::Bytes>, label: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            label: label.into(),
        }
    }
}

impl UploadScanBody {
    /// Checks the spec's constraints on every field (`pattern`, lengths,
    /// ranges, numbers of items, and those of the structs it holds), as
    /// `build()` does before sending; the error names the field's path.
    pub fn validate(&self) -> Result<(), switchboard_runtime::BuildError> {
        {
            let value = &self.label;
            check::field::pattern("label", None, value, "^[a-z]+$")?;
            check::field::length("label", None, value, None, Some(8))?;
        }
        Ok(())
    }
}
