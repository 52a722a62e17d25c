// Generated from `tests/fixtures/param_checks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Parameter constraints 1
//!
//! Concern - `pattern`, `minLength`/`maxLength` and `minimum`/`maximum` (also exclusive, and on array items) are checked by `build()`, which returns `BuildError::InvalidParameter` instead of sending a request the provider would reject.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/numbers/{id}` | [`Client::get_number`](crate::golden::param_checks::Client::get_number) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
