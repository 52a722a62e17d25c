// Generated from `tests/fixtures/aliases.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Aliases 1
//!
//! Concern - `x-aliases` on a property: decoding accepts every alias as well as the property's name; encoding always uses the property's name.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/account` | [`Client::get_account`](crate::golden::aliases::Client::get_account) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
