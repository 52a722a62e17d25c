// Generated from `tests/fixtures/examples.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Examples 1
//!
//! Concern - the spec's examples reach the docs. Each client method shows a call built from its parameters' and request body's examples (a doctest that, for a body, checks the Rust value written out is the example); each type a reply decodes into shows the example reply. Examples come from `example`, the first of `examples` (also by `$ref`), else the schema's `example`. An example that does not fit its schema is a warning and left out.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/trunks` | [`Client::list_trunks`](crate::golden::examples::Client::list_trunks) |
//! | `POST` | `/trunks` | [`Client::create_trunk`](crate::golden::examples::Client::create_trunk) |
//! | `PUT` | `/trunks/{id}` | [`Client::replace_trunk`](crate::golden::examples::Client::replace_trunk) |
//! | `PATCH` | `/trunks/{id}` | [`Client::update_trunk`](crate::golden::examples::Client::update_trunk) |
//! | `POST` | `/routes` | [`Client::create_route`](crate::golden::examples::Client::create_route) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
