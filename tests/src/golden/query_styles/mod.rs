// Generated from `tests/fixtures/query_styles.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Query styles 1
//!
//! Concern - how a query parameter's list or object is written. `form` exploded (the default) repeats the name; `form` with `explode: false` sends one pair joined by commas (an object as `k1,v1,k2,v2`); `spaceDelimited` and `pipeDelimited` join by a space or a pipe unless exploded, when they are `form`'s; `deepObject` indexes. A union of a list and a scalar is written as its style says (Stripe's `anyOf: [array, enum: ['']]`). A scalar is one pair whatever its style says.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/hotels` | [`Client::list_hotels`](crate::golden::query_styles::Client::list_hotels) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
