// Generated from `tests/fixtures/oauth2_flows.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # OAuth2 flows 1
//!
//! Concern - OAuth2 flows whose tokens the client fetches itself: client credentials (with a refreshUrl) and password, on a token host of their own; an authorization-code flow (a browser's: its token is given with `Auth::bearer`).
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/reports` | [`Client::list_reports`](crate::golden::oauth2_flows::Client::list_reports) |
//! | `GET` | `/me` | [`Client::get_me`](crate::golden::oauth2_flows::Client::get_me) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
