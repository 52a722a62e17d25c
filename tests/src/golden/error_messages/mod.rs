// Generated from `tests/fixtures/error_messages.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Error messages 1
//!
//! Concern - the provider's message in an error reply, for `Display` of `Error::Api`: a field the schema names (`x-error-message`), the usual fields (`message`, `detail`, `title`, `error_description`), a JSON:API `errors` list, a body in one of several shapes, and a body with no message at all.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/orders` | [`Client::list_orders`](crate::golden::error_messages::Client::list_orders) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
