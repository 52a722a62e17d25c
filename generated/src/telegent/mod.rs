// Generated from `specs/telegent.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! # mPaaS Core APIs 1.0.8
//!
//! The Telegent mPaaS (Mobile Platform as a Service) API gives you full programmatic control over mobile phone numbers, messaging, voice routing, subscribers, and account management. Use these APIs to provision MVNO and IoT numbers, send and receive SMS/MMS, configure intelligent call routing, manage subscriber accounts, and apply AI Guardian controls. All requests require a Bearer token obtained from the Authentication endpoint. For support, visit <https://support.telegent.com/support/home>
//!
//! Default base URL: <https://api.telegent.com>.
//!
//! | method | request | client method |
//! | --- | --- | --- |
//! | `POST` | `/v1.0/voice/routes/update` | [`Client::update_voice_route`](crate::telegent::Client::update_voice_route) |
//! | `GET` | `/v1.0/voice/routes` | [`Client::get_voice_route`](crate::telegent::Client::get_voice_route) |
//! | `POST` | `/v1.0/voice/routes` | [`Client::create_voice_route`](crate::telegent::Client::create_voice_route) |
//! | `GET` | `/v1.0/account/voice/routes` | [`Client::list_account_voice_routes`](crate::telegent::Client::list_account_voice_routes) |
//! | `POST` | `/v1.0/voice/routes/delete` | [`Client::delete_voice_route`](crate::telegent::Client::delete_voice_route) |
//! | `POST` | `/v1.0/oauth2/tokens` | [`Client::generate_api_token`](crate::telegent::Client::generate_api_token) |

pub mod builders;
mod client;
pub mod types;

pub use client::{Auth, Client};
pub use types::*;
