// Generated from `tests/fixtures/read_only.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Read-only fields 1
//!
//! Concern - `readOnly` properties are in the response model only. A request body of that schema becomes `WidgetInput` (create, PUT) or `WidgetPatch` (PATCH) without them, and `From<Widget> for WidgetInput` turns a fetched model into a request. A nested object with read-only fields gets its own request view (`GadgetPartInput`); its parent then has no `From`.
//!
//! Default base URL: <https://api.example.test/v1>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/widgets` | [`Client::create_widget`](crate::golden::read_only::Client::create_widget) |
//! | `GET` | `/widgets/{id}` | [`Client::get_widget`](crate::golden::read_only::Client::get_widget) |
//! | `PUT` | `/widgets/{id}` | [`Client::replace_widget`](crate::golden::read_only::Client::replace_widget) |
//! | `PATCH` | `/widgets/{id}` | [`Client::update_widget`](crate::golden::read_only::Client::update_widget) |
//! | `POST` | `/gadgets` | [`Client::create_gadget`](crate::golden::read_only::Client::create_gadget) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
