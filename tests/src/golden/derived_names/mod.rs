// Generated from `tests/fixtures/derived_names.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Derived names 1
//!
//! Concern - names the generator has to make up or fix. No `servers` (the client defaults to `http://localhost`); operations without an `operationId` (named from method and path); operationIds that clash after snake_casing, that are Rust keywords, start with digits, contain `$`, `-`, `.` or spaces, or are named like the client's own methods; schemas named like std types (`String`, `Option`, `Result`, `Vec`) or the serde traits; property names with `$`, `@`, spaces and only symbols.
//!
//! Default base URL: <http://localhost>. The spec names no server, so requests go to `http://localhost` until `with_base_url` names the real one.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/users/{user-id}/posts` | [`Client::get_users_user_id_posts`](crate::golden::derived_names::Client::get_users_user_id_posts) |
//! | `POST` | `/users/{user-id}/posts` | [`Client::post_users_user_id_posts`](crate::golden::derived_names::Client::post_users_user_id_posts) |
//! | `GET` | `/info.0.json` | [`Client::get_info_0_json`](crate::golden::derived_names::Client::get_info_0_json) |
//! | `GET` | `/a` | [`Client::get_thing`](crate::golden::derived_names::Client::get_thing) |
//! | `GET` | `/b` | [`Client::get_thing2`](crate::golden::derived_names::Client::get_thing2) |
//! | `GET` | `/c` | [`Client::type`](crate::golden::derived_names::Client::type) |
//! | `GET` | `/d` | [`Client::n2fa_check`](crate::golden::derived_names::Client::n2fa_check) |
//! | `GET` | `/e` | [`Client::count_items_v2`](crate::golden::derived_names::Client::count_items_v2) |
//! | `GET` | `/f` | [`Client::with_timeout2`](crate::golden::derived_names::Client::with_timeout2) |
//! | `GET` | `/g` | [`Client::get_g`](crate::golden::derived_names::Client::get_g) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
