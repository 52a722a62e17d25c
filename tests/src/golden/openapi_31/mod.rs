// Generated from `tests/fixtures/openapi_31.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # OpenAPI 3.1 1
//!
//! Concern - an OpenAPI 3.1 document, read by the 3.0 model after a translation: `type` lists with `"null"` (nullable) and with several types (a union), `const` (a one-value enum), `examples` lists, numeric `exclusiveMinimum` / `exclusiveMaximum` (checked like 3.0's), `$ref` beside other keywords (both apply), `$defs`, `true` / `false` schemas, `contentEncoding` / `contentMediaType`, a tuple (`prefixItems`, any JSON value with a warning), and `webhooks` (not generated, with a warning).
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/pets` | [`Client::list_pets`](crate::golden::openapi_31::Client::list_pets) |
//! | `POST` | `/pets` | [`Client::create_pet`](crate::golden::openapi_31::Client::create_pet) |
//! | `PUT` | `/pets/{id}/photo` | [`Client::upload_photo`](crate::golden::openapi_31::Client::upload_photo) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
