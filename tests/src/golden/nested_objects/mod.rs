// Generated from `tests/fixtures/nested_objects.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Nested objects 1
//!
//! Concern - an inline object in a property becomes a struct named `<Parent><Property>` (recursively), or after its `title`, which inline objects with the same title and definition share; an inline request body becomes `<OperationId>Body`.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/orders` | [`Client::create_order`](crate::golden::nested_objects::Client::create_order) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
