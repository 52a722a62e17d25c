// Generated from `tests/fixtures/schemas_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Schemas only 1
//!
//! Concern - a document with no operations: its component schemas are the API (types, and a client with no methods).
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
