// Generated from `tests/fixtures/auth_bearer.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Bearer auth 1
//!
//! Concern - an HTTP bearer scheme gives `Auth::bearer(token)`, sent as `Authorization: Bearer <token>` on every operation.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/me` | [`Client::get_me`](crate::golden::auth_bearer::Client::get_me) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
