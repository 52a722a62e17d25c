// Generated from `tests/fixtures/all_of.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # allOf 1
//!
//! Concern - `allOf` merged into one struct. A schema that extends a base with its own properties (required lists merged); an `allOf` of two references; an `allOf` beside `properties`; nested `allOf` chains; a single-member `allOf` with `nullable` and a description (the OpenAPI 3.0 way to make a reference nullable: the referenced type itself); a constraint-only member (`required`) that adds nothing but requirements.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/pets/{id}` | [`Client::get_pet`](crate::golden::all_of::Client::get_pet) |
//! | `PUT` | `/pets/{id}` | [`Client::replace_pet`](crate::golden::all_of::Client::replace_pet) |
//! | `GET` | `/owners/{id}` | [`Client::get_owner`](crate::golden::all_of::Client::get_owner) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
