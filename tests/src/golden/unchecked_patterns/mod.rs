// Generated from `tests/fixtures/unchecked_patterns.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Patterns the client cannot check 1
//!
//! Concern - a parameter `pattern` the client's regular expression engine cannot check (look-around, Unicode classes, back-references): the check is left to the server, with a warning and a note in the docs; a pattern the client can check is still checked, and so are the other constraints of the same parameter.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/apps/{appId}` | [`Client::get_app`](crate::golden::unchecked_patterns::Client::get_app) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
