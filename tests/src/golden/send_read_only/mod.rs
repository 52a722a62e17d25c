// Generated from `tests/fixtures/send_read_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Whole-object request bodies 1
//!
//! Concern - `x-send-read-only: true` on a request body: the provider wants the whole object back, read-only fields carrying their current values, so the body type is the response model `Record` itself (GET → modify → PUT without a conversion), unknown fields included. The PATCH body of the same schema still leaves read-only fields out (`RecordPatch`), and a create body without the extension still gets the request view (`RecordInput`).
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/records` | [`Client::create_record`](crate::golden::send_read_only::Client::create_record) |
//! | `GET` | `/records/{id}` | [`Client::get_record`](crate::golden::send_read_only::Client::get_record) |
//! | `PUT` | `/records/{id}` | [`Client::replace_record`](crate::golden::send_read_only::Client::replace_record) |
//! | `PATCH` | `/records/{id}` | [`Client::update_record`](crate::golden::send_read_only::Client::update_record) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
