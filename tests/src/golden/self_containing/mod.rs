// Generated from `tests/fixtures/self_containing.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Self-containing lists and maps 1
//!
//! Concern - a list or a map that contains itself directly (AWS's `ConfigurationList`, lists of lists of lists). Rust has no recursive type aliases, so each is a named type around its `Vec` or `BTreeMap`, transparent on the wire; a `Vec` or map needs no box. A schema that is only itself (`allOf` of itself) says nothing of the value: any JSON value, with a warning.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/nested` | [`Client::get_nested`](crate::golden::self_containing::Client::get_nested) |
//! | `PUT` | `/nested` | [`Client::put_nested`](crate::golden::self_containing::Client::put_nested) |
//! | `GET` | `/tree` | [`Client::get_tree`](crate::golden::self_containing::Client::get_tree) |
//! | `GET` | `/configurations` | [`Client::list_configurations`](crate::golden::self_containing::Client::list_configurations) |
//! | `GET` | `/loop` | [`Client::get_loop`](crate::golden::self_containing::Client::get_loop) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
