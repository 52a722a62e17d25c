// Generated from `tests/fixtures/stable_names.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Stable names 1
//!
//! Concern - a type's Rust name says where it is defined and does not move when an unrelated part of the spec changes. Inline enums with one `title` are one type holding every value (`RouteType` lists `SIP` at one place only); an inline object whose `title` another definition already has is named by where it is used (`CreateRouteBodyTarget`, not `Target2`); schemas named `Error` and `Response` keep their names.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/routes` | [`Client::list_routes`](crate::golden::stable_names::Client::list_routes) |
//! | `POST` | `/routes` | [`Client::create_route`](crate::golden::stable_names::Client::create_route) |
//! | `GET` | `/routes/{id}/check` | [`Client::check_route`](crate::golden::stable_names::Client::check_route) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
