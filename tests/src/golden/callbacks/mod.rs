// Generated from `tests/fixtures/callbacks.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Callbacks 1
//!
//! Concern - callbacks, inline and by `$ref` (PeerTube's): the client makes requests and does not receive the provider's, so they are not generated; each operation's are named in a warning, and the operation itself is.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/subscriptions` | [`Client::subscribe`](crate::golden::callbacks::Client::subscribe) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
