// Generated from `tests/fixtures/impossible_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Impossible checks 1
//!
//! Concern - parameter constraints no value can meet. An exclusive maximum at the smallest 64-bit integer and an exclusive minimum at the largest (moving the bound by one would overflow), a minimum above the maximum, a minLength above the maxLength, a minItems above the maxItems: each is a warning, and the client does not check it (the server decides). A satisfiable range is still checked. A length on binary content counts bytes, not characters: warned, not checked. A description with bare carriage returns still makes doc comments rustc accepts.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/things` | [`Client::list_things`](crate::golden::impossible_checks::Client::list_things) |
//! | `POST` | `/uploads` | [`Client::upload_thing`](crate::golden::impossible_checks::Client::upload_thing) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
