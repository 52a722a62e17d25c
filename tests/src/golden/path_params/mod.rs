// Generated from `tests/fixtures/path_params.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Parameters 1
//!
//! Concern - path parameters are percent-encoded arguments (string, integer and enum; declared on the path item or the operation); query parameters are arguments when required and setters when optional, arrays repeat the pair, enums send their wire value; header parameters are sent as headers.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/accounts/{account_id}/numbers/{number}` | [`Client::get_number`](crate::golden::path_params::Client::get_number) |
//! | `GET` | `/reports/{period}/{year}` | [`Client::get_report`](crate::golden::path_params::Client::get_report) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
