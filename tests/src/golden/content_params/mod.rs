// Generated from `tests/fixtures/content_params.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Parameters described by content 1
//!
//! Concern - parameters described by `content` instead of a `schema` (Microsoft Graph, Apideck): the value is written as its JSON text and percent-encoded like any other value, in the query, a header or the path; a `text/plain` one is a plain value.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/files/{selector}` | [`Client::list_files`](crate::golden::content_params::Client::list_files) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
