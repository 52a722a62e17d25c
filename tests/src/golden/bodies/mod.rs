// Generated from `tests/fixtures/bodies.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Bodies 1
//!
//! Concern - request bodies that are not JSON. `application/x-www-form-urlencoded` (fields as `name=value`, nested objects as `name[key]=value`, arrays repeated or, with `style: deepObject`, indexed); `multipart/form-data` with a file part and text parts; a `text/plain` body; an `application/octet-stream` body; JSON preferred when a body offers several media types; a vendor `+json` type.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/charges` | [`Client::create_charge`](crate::golden::bodies::Client::create_charge) |
//! | `POST` | `/files` | [`Client::upload_file`](crate::golden::bodies::Client::upload_file) |
//! | `PUT` | `/notes/{id}` | [`Client::put_note`](crate::golden::bodies::Client::put_note) |
//! | `PUT` | `/blobs/{id}` | [`Client::put_blob`](crate::golden::bodies::Client::put_blob) |
//! | `POST` | `/events` | [`Client::create_event`](crate::golden::bodies::Client::create_event) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
