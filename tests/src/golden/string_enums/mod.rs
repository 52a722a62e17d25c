// Generated from `tests/fixtures/string_enums.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # String enums 1
//!
//! Concern - a string `enum` becomes a Rust enum with an `Unknown(String)` variant (component enums by name, untitled inline enums by parent and property, inline enums with the same `title` share one type), and a required single-value enum is a constant filled in by `Default`.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/calls/{id}` | [`Client::get_call`](crate::golden::string_enums::Client::get_call) |
//! | `PATCH` | `/calls/{id}` | [`Client::update_call`](crate::golden::string_enums::Client::update_call) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
