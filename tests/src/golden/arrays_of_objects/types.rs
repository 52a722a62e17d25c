// Generated from `tests/fixtures/arrays_of_objects.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `arrays_of_objects` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]
use switchboard_runtime::serde::{self, Deserialize, Serialize};
use switchboard_runtime::serde_json;
/// Defined inline in the spec at `#/paths/~1playlists/get/responses/200/content/application~1json/schema/items`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct ListPlaylistsOkResponseItem {
    /// Wire name: `id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Wire name: `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
/// A playlist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Playlist {
    /// Wire name: `tracks`.
    pub tracks: Vec<PlaylistTracksItem>,
    /// Wire name: `credits`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<Vec<Credit>>,
    /// Wire name: `tags`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Wire name: `grid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid: Option<Vec<Vec<i64>>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
/// Defined inline in the spec at `#/components/schemas/Playlist/properties/tracks/items`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct PlaylistTracksItem {
    /// Wire name: `title`.
    pub title: String,
    /// Wire name: `seconds`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<i32>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
/// Defined inline in the spec at `#/components/schemas/Playlist/properties/credits/items`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(crate = "serde")]
pub struct Credit {
    /// Wire name: `role`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Wire name: `person`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    #[serde(flatten)]
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}
