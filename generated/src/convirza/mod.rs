// Generated from `specs/convirza.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # Convirza Platform API v3
//!
//! Convirza Platform API v3, Provisioned Routes (call routing rules). Every response is wrapped in {code, message, data, request_id, timestamp}. Authenticate with the opaque access token from POST <https://platform-oauth.convirza.com/oauth/token>, sent as Authorization: Bearer &lt;token&gt;.
//!
//! Default base URL: <https://platform-api.convirza.com/v3>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `GET` | `/provisioned-routes/list` | [`Client::list_provisioned_routes`](crate::convirza::Client::list_provisioned_routes) |
//! | `POST` | `/provisioned-routes` | [`Client::create_provisioned_route`](crate::convirza::Client::create_provisioned_route) |
//! | `GET` | `/provisioned-routes/{id}` | [`Client::get_provisioned_route`](crate::convirza::Client::get_provisioned_route) |
//! | `PUT` | `/provisioned-routes/{id}` | [`Client::replace_provisioned_route`](crate::convirza::Client::replace_provisioned_route) |
//! | `DELETE` | `/provisioned-routes/{id}` | [`Client::delete_provisioned_route`](crate::convirza::Client::delete_provisioned_route) |
//! | `PATCH` | `/provisioned-routes/{id}` | [`Client::patch_provisioned_route`](crate::convirza::Client::patch_provisioned_route) |
//! | `POST` | `https://platform-oauth.convirza.com/oauth/token` | [`Client::get_access_token`](crate::convirza::Client::get_access_token) |
//! | `POST` | `https://platform-oauth.convirza.com/oauth/refresh-token` | [`Client::refresh_access_token`](crate::convirza::Client::refresh_access_token) |
//! | `POST` | `https://platform-oauth.convirza.com/oauth/revoke-token` | [`Client::revoke_token`](crate::convirza::Client::revoke_token) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
