// Generated from `tests/fixtures/string_enums.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `string_enums` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// A call. `kind` is always `call`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Call {
    /// The spec's `kind` property.
    pub kind: CallKind,
    /// Where a call is in its life.
    pub status: Option<CallStatus>,
    /// Which way this call goes.
    pub direction: Option<Direction>,
    /// Which way the call it was transferred from went.
    pub transferred_from: Option<Direction>,
    /// The spec's `priority` property.
    pub priority: Option<CallPriority>,
    /// A single-value enum that is optional, so not a constant.
    pub channel: Option<CallChannel>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Call
    where
        unknown_fields: Unknown,
    {
        kind: Required<"kind">,
        status: Optional<"status">,
        direction: Optional<"direction">,
        transferred_from: Optional<"transferred_from">,
        priority: Optional<"priority">,
        channel: Optional<"channel">,
    }
}

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/components/schemas/Call/properties/kind`.
    #[derive(Default)]
    pub enum CallKind {
        #[default]
        Call = "call",
    }
}

switchboard_runtime::__string_enum! {
    /// Where a call is in its life.
    pub enum CallStatus {
        Queued = "queued",
        InProgress = "in-progress",
        Completed = "completed",
    }
}

switchboard_runtime::__string_enum! {
    /// The spec's `Direction` values.
    pub enum Direction {
        Inbound = "inbound",
        Outbound = "outbound",
    }
}

switchboard_runtime::__string_enum! {
    /// Defined inline in the spec at `#/components/schemas/Call/properties/priority`.
    pub enum CallPriority {
        Low = "low",
        High = "high",
    }
}

switchboard_runtime::__string_enum! {
    /// A single-value enum that is optional, so not a constant.
    #[derive(Default)]
    pub enum CallChannel {
        #[default]
        Voice = "voice",
    }
}

/// A call. `kind` is always `call`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallPatch {
    /// The spec's `kind` property.
    pub kind: CallKind,
    /// Where a call is in its life.
    pub status: Option<CallStatus>,
    /// Which way this call goes.
    pub direction: Option<Direction>,
    /// Which way the call it was transferred from went.
    pub transferred_from: Option<Direction>,
    /// The spec's `priority` property.
    pub priority: Option<CallPriority>,
    /// A single-value enum that is optional, so not a constant.
    pub channel: Option<CallChannel>,
}

switchboard_runtime::__serde_struct! {
    struct CallPatch {
        kind: Required<"kind">,
        status: Optional<"status">,
        direction: Optional<"direction">,
        transferred_from: Optional<"transferred_from">,
        priority: Optional<"priority">,
        channel: Optional<"channel">,
    }
}
