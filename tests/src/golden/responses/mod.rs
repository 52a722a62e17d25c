// Generated from `tests/fixtures/responses.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Responses 1
//!
//! Concern - replies that are not one JSON body. No body; `text/plain`; binary (`application/octet-stream`, an image); XML only (read as text); JSON preferred over XML; status ranges (`2XX`, `4XX`, `5XX`) after exact statuses; an operation with only a `default` reply (it describes success too); an operation with no reply documented at all.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/ping` | [`Client::ping`](crate::golden::responses::Client::ping) |
//! | `GET` | `/report` | [`Client::get_report`](crate::golden::responses::Client::get_report) |
//! | `GET` | `/avatar` | [`Client::get_avatar`](crate::golden::responses::Client::get_avatar) |
//! | `GET` | `/feed` | [`Client::get_feed`](crate::golden::responses::Client::get_feed) |
//! | `GET` | `/legacy` | [`Client::get_legacy`](crate::golden::responses::Client::get_legacy) |
//! | `POST` | `/anything` | [`Client::do_anything`](crate::golden::responses::Client::do_anything) |
//! | `POST` | `/fire` | [`Client::fire_and_forget`](crate::golden::responses::Client::fire_and_forget) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
