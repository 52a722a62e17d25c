// Generated from `tests/fixtures/auth_basic.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Basic auth 1
//!
//! Concern - an HTTP basic scheme gives `Auth::basic(user, password)`, sent as `Authorization: Basic base64(user:password)`; an operation with `security: []` sends no credentials, and `Auth::none()` exists for it.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/me` | [`Client::get_me`](crate::golden::auth_basic::Client::get_me) |
//! | `GET` | `/health` | [`Client::get_health`](crate::golden::auth_basic::Client::get_health) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
