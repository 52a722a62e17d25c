// Generated from `tests/fixtures/odd_names.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Odd names 1
//!
//! Concern - wire names that are not Rust names. Keywords (`type`, `match`, `self`) as property and parameter names; dashes, dots, spaces and leading digits; two properties that collide after snake_casing (`fooBar`, `foo_bar`) and a property named like the generated `unknown_fields`; enum values that collide after PascalCase or with `Unknown`; schemas named like generated types (`Error`); an operationId with dashes and dots; a path parameter and a required patch field with the same name.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/things/{type}` | [`Client::get_thing_v2`](crate::golden::odd_names::Client::get_thing_v2) |
//! | `POST` | `/things/{type}` | [`Client::update_thing`](crate::golden::odd_names::Client::update_thing) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
