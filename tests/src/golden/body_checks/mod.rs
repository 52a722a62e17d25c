// Generated from `tests/fixtures/body_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Body checks 1
//!
//! Concern - request body fields checked against their schemas before sending, as parameters are: `pattern`, `minLength`/`maxLength`, `minimum`/`maximum` (exclusive ones too), `minItems`/`maxItems` and each item's constraints, nested structs, lists and maps of them, nullable and optional fields, in a JSON body, a patch, a form and a multipart body.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/routes` | [`Client::create_route`](crate::golden::body_checks::Client::create_route) |
//! | `PATCH` | `/routes/{id}` | [`Client::patch_route`](crate::golden::body_checks::Client::patch_route) |
//! | `POST` | `/batches` | [`Client::create_batch`](crate::golden::body_checks::Client::create_batch) |
//! | `POST` | `/forms` | [`Client::submit_form`](crate::golden::body_checks::Client::submit_form) |
//! | `POST` | `/scans` | [`Client::upload_scan`](crate::golden::body_checks::Client::upload_scan) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
