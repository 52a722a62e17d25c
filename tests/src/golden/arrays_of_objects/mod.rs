// Generated from `tests/fixtures/arrays_of_objects.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Arrays of objects 1
//!
//! Concern - inline objects as array items become `<Parent><Property>Item` (or their `title`); an inline array response's items become `<Operation><Status>ResponseItem`; arrays of arrays nest `Vec`s.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/playlists` | [`Client::list_playlists`](crate::golden::arrays_of_objects::Client::list_playlists) |
//! | `GET` | `/playlists/{id}` | [`Client::get_playlist`](crate::golden::arrays_of_objects::Client::get_playlist) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
