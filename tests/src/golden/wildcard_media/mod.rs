// Generated from `tests/fixtures/wildcard_media.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Wildcard and malformed media types 1
//!
//! Concern - media types providers publish that are not `type/subtype`: `*` (Telnyx) and `*/*` as a reply's, decoded by the schema (JSON for a structured one, raw bytes or text otherwise) and accepted as `*/*`; a text reply under `text/*` beside a JSON one, decoded by what the server sends; names that are no media type at all (`PDF`, `access_token`), read like `*/*` with a warning; and a request body under one, sent with the media type its schema implies.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/documents/{id}/download` | [`Client::download_document`](crate::golden::wildcard_media::Client::download_document) |
//! | `GET` | `/documents/{id}` | [`Client::get_document`](crate::golden::wildcard_media::Client::get_document) |
//! | `GET` | `/notes` | [`Client::get_note`](crate::golden::wildcard_media::Client::get_note) |
//! | `GET` | `/reports` | [`Client::get_report`](crate::golden::wildcard_media::Client::get_report) |
//! | `POST` | `/tokens` | [`Client::create_token`](crate::golden::wildcard_media::Client::create_token) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
