// Generated from `tests/fixtures/vendor_json.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Media types 1
//!
//! Concern - a vendor JSON media type (`application/vnd.api+json`) is sent as the request's `Content-Type` and decoded as JSON; a response offered as `text/plain`, `application/json` and `text/json` with an object schema is JSON whatever the `Content-Type`; a `type: string` body is read as text when it is `text/plain` and as a JSON string otherwise.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/resources` | [`Client::create_resource`](crate::golden::vendor_json::Client::create_resource) |
//! | `GET` | `/resources/{id}` | [`Client::get_resource`](crate::golden::vendor_json::Client::get_resource) |
//! | `GET` | `/resources/{id}/note` | [`Client::get_note`](crate::golden::vendor_json::Client::get_note) |
//! | `GET` | `/resources/{id}/raw` | [`Client::get_raw`](crate::golden::vendor_json::Client::get_raw) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
