// Generated from `specs/flowroute.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Flowroute API (numbers) 2.0
//!
//! Flowroute API v2, number resource: list, get, purchase, update (PATCH) and release phone numbers. Requests and responses follow JSON:API (`application/vnd.api+json`); errors are `{"errors": [...]}`.
//!
//! Default base URL: <https://api.flowroute.com/v2>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/numbers` | [`Client::list_numbers`](crate::flowroute::Client::list_numbers) |
//! | `GET` | `/numbers/{id}` | [`Client::get_number`](crate::flowroute::Client::get_number) |
//! | `POST` | `/numbers/{id}` | [`Client::purchase_number`](crate::flowroute::Client::purchase_number) |
//! | `DELETE` | `/numbers/{id}` | [`Client::release_number`](crate::flowroute::Client::release_number) |
//! | `PATCH` | `/numbers/{id}` | [`Client::patch_number`](crate::flowroute::Client::patch_number) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
