// Generated from `tests/fixtures/operation_servers.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Operations on their own servers 1
//!
//! Concern - `servers` on a path item or an operation: the API's base URL is the document's first server, while the token operations live on another host (a path item's `servers`, and one operation's own, which wins over its path item's). Their requests go to that server; `with_base_url` moves only the others, and `with_server_url(spec_url, url)` moves these. A server equal to the document's is no server of its own.
//!
//! Default base URL: <https://api.example.test/v3>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/items` | [`Client::list_items`](crate::golden::operation_servers::Client::list_items) |
//! | `GET` | `/same` | [`Client::get_same`](crate::golden::operation_servers::Client::get_same) |
//! | `POST` | `https://auth.example.test/oauth/token` | [`Client::issue_token`](crate::golden::operation_servers::Client::issue_token) |
//! | `POST` | `https://eu.revoke.example.test/v1/oauth/revoke` | [`Client::revoke_token`](crate::golden::operation_servers::Client::revoke_token) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
