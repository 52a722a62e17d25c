// Generated from `tests/fixtures/pagination.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Pagination 1
//!
//! Concern - lists that come a page at a time, walked by `.stream()` (items) and `.pages()` (whole replies): an offset moved by the items received (with `has_more`, or a total in an envelope), numbered pages, a cursor from the reply, the next page's link from the reply, a list in one reply, and pagination inferred from an `offset` parameter and the one list of the reply.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/offset` | [`Client::list_by_offset`](crate::golden::pagination::Client::list_by_offset) |
//! | `GET` | `/envelope` | [`Client::list_in_envelope`](crate::golden::pagination::Client::list_in_envelope) |
//! | `GET` | `/numbered` | [`Client::list_numbered`](crate::golden::pagination::Client::list_numbered) |
//! | `GET` | `/cursor` | [`Client::list_by_cursor`](crate::golden::pagination::Client::list_by_cursor) |
//! | `GET` | `/links` | [`Client::list_by_link`](crate::golden::pagination::Client::list_by_link) |
//! | `GET` | `/all` | [`Client::list_all`](crate::golden::pagination::Client::list_all) |
//! | `GET` | `/inferred` | [`Client::list_inferred`](crate::golden::pagination::Client::list_inferred) |
//! | `GET` | `/inferred-links` | [`Client::list_inferred_links`](crate::golden::pagination::Client::list_inferred_links) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
