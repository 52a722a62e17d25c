// Generated from `specs/carrierx.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # CarrierX Core API v2 (Partners)
//!
//! Partner resource of the CarrierX Core API v2: create, list, get and update (PATCH or PUT) Partner objects. Curated from docs.carrierx.com for the Switchboard Rust client.
//!
//! Default base URL: <https://api.carrierx.com/core/v2>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/partners` | [`Client::list_partners`](crate::carrierx::Client::list_partners) |
//! | `POST` | `/partners` | [`Client::create_partner`](crate::carrierx::Client::create_partner) |
//! | `GET` | `/partners/{partner_sid}` | [`Client::get_partner`](crate::carrierx::Client::get_partner) |
//! | `PUT` | `/partners/{partner_sid}` | [`Client::replace_partner`](crate::carrierx::Client::replace_partner) |
//! | `PATCH` | `/partners/{partner_sid}` | [`Client::patch_partner`](crate::carrierx::Client::patch_partner) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
