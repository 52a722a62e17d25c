// Generated from `tests/fixtures/values.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Values 1
//!
//! Concern - how values are typed. Integer enums (with `x-enum-varnames`, negative values, and without names), a huge string enum, boolean and number enums (plain `bool` and number), `default`s and `format`s (noted in the docs; `int64` is `i64`, `int32` `i32`, `binary` raw bytes), `additionalProperties` as a map and beside `properties` (a typed map of the other fields), free-form objects, arrays of inline objects, and an object nested six levels deep.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/settings` | [`Client::get_settings`](crate::golden::values::Client::get_settings) |
//! | `PUT` | `/settings` | [`Client::put_settings`](crate::golden::values::Client::put_settings) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
