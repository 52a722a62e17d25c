// Generated from `tests/fixtures/security.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Security 1
//!
//! Concern - security schemes. API keys in a header, in the query and in a cookie (one `Auth` constructor each); OAuth2 and OpenID Connect (an access token, sent as a bearer token); HTTP basic; an operation whose alternatives include one the client cannot send (HTTP digest: skipped with a warning); an operation that needs no credentials.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/items` | [`Client::list_items`](crate::golden::security::Client::list_items) |
//! | `GET` | `/search` | [`Client::search`](crate::golden::security::Client::search) |
//! | `GET` | `/session` | [`Client::get_session`](crate::golden::security::Client::get_session) |
//! | `GET` | `/health` | [`Client::health`](crate::golden::security::Client::health) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
