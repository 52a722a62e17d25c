// Generated from `tests/fixtures/combined_credentials.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Combined credentials 1
//!
//! Concern - security requirements that name several schemes, sent together: an app id and key in two headers (the Indian government APIs' `apiKey` + `clientId`), an API key and secret in the query (Vonage's `api_key` + `api_secret`), two OAuth2 schemes that are one bearer token (every Google API's `Oauth2` + `Oauth2c`), and schemes the spec does not define (one whose name says bearer, one that says nothing: sent as nothing).
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/pets` | [`Client::list_pets`](crate::golden::combined_credentials::Client::list_pets) |
//! | `POST` | `/sms` | [`Client::send_sms`](crate::golden::combined_credentials::Client::send_sms) |
//! | `GET` | `/files` | [`Client::list_files`](crate::golden::combined_credentials::Client::list_files) |
//! | `GET` | `/reports` | [`Client::list_reports`](crate::golden::combined_credentials::Client::list_reports) |
//! | `GET` | `/status` | [`Client::get_status`](crate::golden::combined_credentials::Client::get_status) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
