// Generated from `specs/carrierx.yaml`, `specs/convirza.yaml`, `specs/flowroute.yaml`, `specs/telegent.yaml` by `cargo xtask codegen`. Do not edit: change the specs and regenerate.

//! Typed clients for telephony providers' REST APIs, generated from curated OpenAPI specs.
//!
//! Each provider is a module behind a cargo feature of the same name (all on by default):
//!
//! | module | API | spec |
//! | --- | --- | --- |
//! | [`carrierx`] | CarrierX Core API v2 (Partners) | `specs/carrierx.yaml` |
//! | [`convirza`] | Convirza Platform API v3 | `specs/convirza.yaml` |
//! | [`flowroute`] | Flowroute API (numbers) 2.0 | `specs/flowroute.yaml` |
//! | [`telegent`] | mPaaS Core APIs 1.0.8 | `specs/telegent.yaml` |
//!
//! Every request can be built without a network (`build()` gives an `http::Request`) and every reply decoded from its status, headers and bytes (`decode()`); `send()` does both over reqwest.

pub use switchboard_runtime as runtime;
pub use switchboard_runtime::{ApiError, BuildError, Error, Response, UnexpectedResponse};

/// CarrierX Core API v2 (Partners), from `specs/carrierx.yaml`.
#[cfg(feature = "carrierx")]
pub mod carrierx;

/// Convirza Platform API v3, from `specs/convirza.yaml`.
#[cfg(feature = "convirza")]
pub mod convirza;

/// Flowroute API (numbers) 2.0, from `specs/flowroute.yaml`.
#[cfg(feature = "flowroute")]
pub mod flowroute;

/// mPaaS Core APIs 1.0.8, from `specs/telegent.yaml`.
#[cfg(feature = "telegent")]
pub mod telegent;
