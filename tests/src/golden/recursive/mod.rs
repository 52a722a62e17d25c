// Generated from `tests/fixtures/recursive.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Recursive schemas 1
//!
//! Concern - schemas that contain themselves. A tree node whose children are an array of nodes (no box needed) and whose parent is a node (boxed); two schemas that contain each other (both fields boxed); a linked list through a nullable `allOf` reference.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/tree` | [`Client::get_tree`](crate::golden::recursive::Client::get_tree) |
//! | `PUT` | `/tree` | [`Client::replace_tree`](crate::golden::recursive::Client::replace_tree) |
//! | `GET` | `/people` | [`Client::get_person`](crate::golden::recursive::Client::get_person) |
//! | `GET` | `/list` | [`Client::get_list`](crate::golden::recursive::Client::get_list) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
