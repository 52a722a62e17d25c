// Generated from `tests/fixtures/aliases.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Aliases 1
//!
//! Concern - `x-aliases` on a property: decoding accepts every alias as well as the property's name; encoding always uses the property's name. An alias that repeats the property's own name, or another property's name, is read as that property (each key is matched once); in the request view, an alias that is a read-only property's name is read, not skipped.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/account` | [`Client::get_account`](crate::golden::aliases::Client::get_account) |
//! | `PUT` | `/account` | [`Client::put_account`](crate::golden::aliases::Client::put_account) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
