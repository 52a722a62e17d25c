// Generated from `tests/fixtures/nullable.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Nullable fields 1
//!
//! Concern - `nullable` becomes `Option<Option<T>>` when optional, `Option<T>` when required; it also applies to a `$ref` wrapped in a one-member `allOf` and to an enum (whose `null` value is not a variant).
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `PATCH` | `/things/{id}` | [`Client::patch_thing`](crate::golden::nullable::Client::patch_thing) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
