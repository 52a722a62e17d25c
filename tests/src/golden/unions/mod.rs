// Generated from `tests/fixtures/unions.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Unions 1
//!
//! Concern - `oneOf` and `anyOf`. With a `discriminator` (explicit `mapping` and implicit component names) the enum is tagged: decoded by the tag, unknown tags kept. Without one it is untagged: the first alternative that decodes wins (a string or an object, Stripe's expandable fields). A single real alternative plus `type: 'null'`-style constraint members collapses to that alternative; a union as a request body; a union that contains itself (boxed).
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/pets` | [`Client::list_pets`](crate::golden::unions::Client::list_pets) |
//! | `POST` | `/pets` | [`Client::create_pet`](crate::golden::unions::Client::create_pet) |
//! | `GET` | `/charges/{id}` | [`Client::get_charge`](crate::golden::unions::Client::get_charge) |
//! | `GET` | `/expressions` | [`Client::get_expression`](crate::golden::unions::Client::get_expression) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
