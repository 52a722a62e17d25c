// Generated from `tests/fixtures/refs.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # References 1
//!
//! Concern - `$ref` to every kind of component (schemas, parameters, request bodies, responses, headers) and into paths (a parameter defined on another path); path-level parameters merged with operation-level ones (an operation's parameter replaces the path's of the same name and place); a `$ref` in a part no operation uses that does not resolve (ignored); a relative server URL.
//!
//! Default base URL: <http://localhost/api/v2>. The spec's server URL `/api/v2` is relative to wherever the API is served, so requests go to `http://localhost/api/v2` until `with_base_url` names the real host.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/pets/{petId}` | [`Client::get_pet`](crate::golden::refs::Client::get_pet) |
//! | `PUT` | `/pets/{petId}` | [`Client::put_pet`](crate::golden::refs::Client::put_pet) |
//! | `GET` | `/owners/{ownerId}` | [`Client::get_owner`](crate::golden::refs::Client::get_owner) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
