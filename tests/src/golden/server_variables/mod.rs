// Generated from `tests/fixtures/server_variables.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Server variables 1
//!
//! Concern - a per-customer base URL: server variables without a default (`region` in the host, `accountId` in the path; `accountId` is not even listed under `variables`) become arguments of `Client::new`, a variable with a default keeps it.
//!
//! Default base URL: <https://{region}.dashboard.example.test/api/v2/accounts/{accountId}>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/pets` | [`Client::list_pets`](crate::golden::server_variables::Client::list_pets) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
