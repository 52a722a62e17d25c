// Generated from `tests/fixtures/path_query.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Path keys with a query 1
//!
//! Concern - path keys that carry a query (`/rides?page={page}`), as generated specs do: a placeholder there that a path parameter fills stays in the path (the query then gets more pairs with `&`); one that only a query parameter of its name fills is left to that parameter; one nothing fills is left out of the path; each with a warning.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/rides?page={page}&per_page={per_page}` | [`Client::list_rides`](crate::golden::path_query::Client::list_rides) |
//! | `GET` | `/search/articles` | [`Client::search_articles`](crate::golden::path_query::Client::search_articles) |
//! | `POST` | `/uploads` | [`Client::upload`](crate::golden::path_query::Client::upload) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
