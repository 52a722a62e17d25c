// Generated from `tests/fixtures/arrays_of_objects.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Every type the `arrays_of_objects` operations send and receive, generated from the spec's schemas.
#![allow(clippy::doc_markdown)]

use switchboard_runtime::serde_json;

/// Defined inline in the spec at `#/paths/~1playlists/get/responses/200/content/application~1json/schema/items`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPlaylistsOkResponseItem {
    /// The spec's `id` property.
    pub id: Option<String>,
    /// The spec's `name` property.
    pub name: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct ListPlaylistsOkResponseItem
    where
        unknown_fields: Unknown,
    {
        id: Optional<"id">,
        name: Optional<"name">,
    }
}

/// A playlist.
#[derive(Debug, Clone, PartialEq)]
pub struct Playlist {
    /// The spec's `tracks` property.
    pub tracks: Vec<PlaylistTracksItem>,
    /// The spec's `credits` property.
    pub credits: Option<Vec<Credit>>,
    /// The spec's `tags` property.
    pub tags: Option<Vec<String>>,
    /// The spec's `grid` property.
    pub grid: Option<Vec<Vec<i64>>>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Playlist
    where
        unknown_fields: Unknown,
    {
        tracks: Required<"tracks">,
        credits: Optional<"credits">,
        tags: Optional<"tags">,
        grid: Optional<"grid">,
    }
}

impl Playlist {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(tracks: Vec<PlaylistTracksItem>) -> Self {
        Self {
            tracks,
            credits: None,
            tags: None,
            grid: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/components/schemas/Playlist/properties/tracks/items`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaylistTracksItem {
    /// The spec's `title` property.
    pub title: String,
    /// The spec's `seconds` property.
    pub seconds: Option<i32>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct PlaylistTracksItem
    where
        unknown_fields: Unknown,
    {
        title: Required<"title">,
        seconds: Optional<"seconds">,
    }
}

impl PlaylistTracksItem {
    /// New, from the required fields; every optional field starts as `None` (the fields are public: set them on the value).
    pub fn new(title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            seconds: None,
            unknown_fields: Default::default(),
        }
    }
}

/// Defined inline in the spec at `#/components/schemas/Playlist/properties/credits/items`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Credit {
    /// The spec's `role` property.
    pub role: Option<String>,
    /// The spec's `person` property.
    pub person: Option<String>,
    /// Fields the spec does not document, kept as the provider sent them
    /// and sent back unchanged when this value is encoded again.
    pub unknown_fields: serde_json::Map<String, serde_json::Value>,
}

switchboard_runtime::__serde_struct! {
    struct Credit
    where
        unknown_fields: Unknown,
    {
        role: Optional<"role">,
        person: Optional<"person">,
    }
}
