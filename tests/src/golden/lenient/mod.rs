// Generated from `tests/fixtures/lenient.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Keywords of the wrong kind, header names HTTP does not allow 1
//!
//! Concern - mistakes that change nothing a client can send or accept: a constraint or description keyword with a value of the wrong kind (api.video's `pattern: 0`, a `maxLength` of `"10"`) is left out, and a header parameter whose name HTTP does not allow (Notion's empty one, a name with a space) is left out, each with a warning; what is left generates as usual. Header parameters named Accept, Content-Type or Authorization (any case, even required) are ignored, as OpenAPI says: the client sets those headers itself; each is a warning.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `PATCH` | `/videos/{id}/thumbnail` | [`Client::pick_thumbnail`](crate::golden::lenient::Client::pick_thumbnail) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
