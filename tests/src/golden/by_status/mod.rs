// Generated from `tests/fixtures/by_status.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Responses by status 1
//!
//! Concern - success statuses with different bodies give a `…Response` enum with one variant per status (a body-less 204 is a unit variant); error statuses with different bodies give an `…ErrorBody` enum, `default` included, and operations with the same error statuses share one `ErrorBody` enum; errors that share a schema decode into it directly; an operation with only body-less statuses decodes into `()`.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/jobs` | [`Client::submit_job`](crate::golden::by_status::Client::submit_job) |
//! | `GET` | `/jobs/{id}` | [`Client::get_job`](crate::golden::by_status::Client::get_job) |
//! | `DELETE` | `/jobs/{id}` | [`Client::delete_job`](crate::golden::by_status::Client::delete_job) |
//! | `POST` | `/jobs/{id}/retry` | [`Client::retry_job`](crate::golden::by_status::Client::retry_job) |
//! | `GET` | `/ping` | [`Client::ping`](crate::golden::by_status::Client::ping) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
