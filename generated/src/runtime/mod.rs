//! The hand-written runtime every generated provider module shares: request
//! building, credentials, response decoding, errors and the transport.
//!
//! Nothing in here knows about a provider; the generated modules call into it.

mod auth;
pub mod check;
mod error;
mod request;
mod response;
mod transport;
mod wire;

pub use auth::Credentials;
pub use error::{ApiError, BuildError, Error, UnexpectedResponse};
pub use request::RequestBuilder;
pub use response::{Response, media_type};
pub use transport::ClientCore;
pub use wire::{decode_json, decode_text, deserialize_nullable, deserialize_present};
