//! The hand-written runtime every generated provider module shares: request
//! building, credentials, the attempt loop (timeouts, retries), the transport
//! seam, response decoding and errors.
//!
//! Nothing in here knows about a provider; the generated modules call into it.

mod auth;
mod body;
pub mod check;
mod client;
mod error;
mod request;
mod response;
mod retry;
mod transport;
mod wire;

pub use auth::{ApiKeyLocation, Credentials};
pub use body::{Bytes, form_encode, multipart_encode, query_pairs, simple_style};
pub use client::{CallOptions, ClientCore, OperationInfo};
pub use error::{ApiError, BuildError, DecodeError, Error, UnexpectedResponse};
pub use request::RequestBuilder;
pub use response::{Response, media_type};
pub use retry::{RetryPolicy, retry_after};
pub use transport::{
    BoxFuture, Limits, ReqwestTransport, Transport, TransportError, TransportErrorKind,
};
pub use wire::{
    decode_bytes, decode_json, decode_tagged, decode_text, decode_variant, deserialize_enum,
    deserialize_nullable, deserialize_present, encode_tagged,
};
