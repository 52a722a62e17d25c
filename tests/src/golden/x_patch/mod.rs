// Generated from `tests/fixtures/x_patch.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Patch semantics on POST 1
//!
//! Concern - `x-patch: true` gives a POST merge-patch semantics: the body is a `…Patch` struct (or keeps its name when it ends in `Patch`), required fields are arguments of the client method, optional ones are setters that send only what is set, and nullable ones also get `clear_…` setters that send JSON `null`.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/routes/{id}` | [`Client::update_route`](crate::golden::x_patch::Client::update_route) |
//! | `POST` | `/routes/{id}/settings` | [`Client::update_route_settings`](crate::golden::x_patch::Client::update_route_settings) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
