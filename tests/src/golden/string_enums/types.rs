// Generated from `tests/fixtures/string_enums.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `string_enums` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;

/// A call. `kind` is always `call`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Call {
    /// The spec's `kind` property.
    pub kind: CallKind,
    /// Where a call is in its life.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CallStatus>,
    /// Which way this call goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Which way the call it was transferred from went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transferred_from: Option<Direction>,
    /// The spec's `priority` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<CallPriority>,
    /// A single-value enum that is optional, so not a constant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<CallChannel>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

/// Defined inline in the spec at `#/components/schemas/Call/properties/kind`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CallKind {
    /// `call`
    #[default]
    Call,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl CallKind {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            CallKind::Call => "call",
            CallKind::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "call" => Some(CallKind::Call),
            _ => None,
        }
    }
}

impl From<String> for CallKind {
    fn from(value: String) -> Self {
        CallKind::known(&value).unwrap_or(CallKind::Unknown(value))
    }
}

impl From<&str> for CallKind {
    fn from(value: &str) -> Self {
        CallKind::known(value).unwrap_or_else(|| CallKind::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for CallKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            CallKind::known,
            CallKind::Unknown,
        )
    }
}

/// Where a call is in its life.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallStatus {
    /// `queued`
    Queued,
    /// `in-progress`
    InProgress,
    /// `completed`
    Completed,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl CallStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            CallStatus::Queued => "queued",
            CallStatus::InProgress => "in-progress",
            CallStatus::Completed => "completed",
            CallStatus::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "queued" => Some(CallStatus::Queued),
            "in-progress" => Some(CallStatus::InProgress),
            "completed" => Some(CallStatus::Completed),
            _ => None,
        }
    }
}

impl From<String> for CallStatus {
    fn from(value: String) -> Self {
        CallStatus::known(&value).unwrap_or(CallStatus::Unknown(value))
    }
}

impl From<&str> for CallStatus {
    fn from(value: &str) -> Self {
        CallStatus::known(value).unwrap_or_else(|| CallStatus::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for CallStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            CallStatus::known,
            CallStatus::Unknown,
        )
    }
}

/// The spec's `Direction` values.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Direction {
    /// `inbound`
    Inbound,
    /// `outbound`
    Outbound,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl Direction {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Direction::Inbound => "inbound",
            Direction::Outbound => "outbound",
            Direction::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "inbound" => Some(Direction::Inbound),
            "outbound" => Some(Direction::Outbound),
            _ => None,
        }
    }
}

impl From<String> for Direction {
    fn from(value: String) -> Self {
        Direction::known(&value).unwrap_or(Direction::Unknown(value))
    }
}

impl From<&str> for Direction {
    fn from(value: &str) -> Self {
        Direction::known(value).unwrap_or_else(|| Direction::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for Direction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Direction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Direction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            Direction::known,
            Direction::Unknown,
        )
    }
}

/// Defined inline in the spec at `#/components/schemas/Call/properties/priority`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallPriority {
    /// `low`
    Low,
    /// `high`
    High,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl CallPriority {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            CallPriority::Low => "low",
            CallPriority::High => "high",
            CallPriority::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "low" => Some(CallPriority::Low),
            "high" => Some(CallPriority::High),
            _ => None,
        }
    }
}

impl From<String> for CallPriority {
    fn from(value: String) -> Self {
        CallPriority::known(&value).unwrap_or(CallPriority::Unknown(value))
    }
}

impl From<&str> for CallPriority {
    fn from(value: &str) -> Self {
        CallPriority::known(value).unwrap_or_else(|| CallPriority::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for CallPriority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallPriority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallPriority {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            CallPriority::known,
            CallPriority::Unknown,
        )
    }
}

/// A single-value enum that is optional, so not a constant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CallChannel {
    /// `voice`
    #[default]
    Voice,
    /// A value the spec does not list, kept exactly as the provider sent it.
    Unknown(String),
}

impl CallChannel {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            CallChannel::Voice => "voice",
            CallChannel::Unknown(value) => value,
        }
    }

    /// The documented variant for a wire value, without allocating.
    fn known(value: &str) -> Option<Self> {
        match value {
            "voice" => Some(CallChannel::Voice),
            _ => None,
        }
    }
}

impl From<String> for CallChannel {
    fn from(value: String) -> Self {
        CallChannel::known(&value).unwrap_or(CallChannel::Unknown(value))
    }
}

impl From<&str> for CallChannel {
    fn from(value: &str) -> Self {
        CallChannel::known(value).unwrap_or_else(|| CallChannel::Unknown(value.to_owned()))
    }
}

impl std::fmt::Display for CallChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallChannel {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        switchboard_runtime::__private::deserialize_enum(
            deserializer,
            CallChannel::known,
            CallChannel::Unknown,
        )
    }
}

/// A call. `kind` is always `call`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct CallPatch {
    /// The spec's `kind` property.
    pub kind: CallKind,
    /// Where a call is in its life.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CallStatus>,
    /// Which way this call goes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// Which way the call it was transferred from went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transferred_from: Option<Direction>,
    /// The spec's `priority` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<CallPriority>,
    /// A single-value enum that is optional, so not a constant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<CallChannel>,
}
