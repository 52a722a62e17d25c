// Generated from `tests/fixtures/encoded_refs.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Percent-encoded references 1
//!
//! Concern - a `$ref` is a URI fragment, so what a JSON pointer would write as is may be percent-encoded: `{id}` as `%7Bid%7D` (DigitalOcean, Nexmo), `; charset=utf-8` as `;%20charset=utf-8` (openSUSE), `Café` as `Caf%C3%A9`. Each is decoded, then read as a pointer.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/items/{id}` | [`Client::get_item`](crate::golden::encoded_refs::Client::get_item) |
//! | `PUT` | `/items/{id}` | [`Client::replace_item`](crate::golden::encoded_refs::Client::replace_item) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
