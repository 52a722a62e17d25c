// Generated from `tests/fixtures/multi_file.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # A spec in several files 1
//!
//! Concern - a spec split into files, as providers keep them in their repositories: `$ref`s to other files (YAML and JSON, in subdirectories, nested: a file that refers to another, relative to itself, and back into the spec), each read once, also when only a key that is a keyword elsewhere leads to it (the `default` reply, a property named `default`). Types from another file are named after their key there, or after the file.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/pets` | [`Client::list_pets`](crate::golden::multi_file::Client::list_pets) |
//! | `GET` | `/pets/{id}` | [`Client::get_pet`](crate::golden::multi_file::Client::get_pet) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
