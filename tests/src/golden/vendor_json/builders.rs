// Generated from `tests/fixtures/vendor_json.yaml` by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

//! Request builders, one per `vendor_json` operation: required values are arguments of the `Client` method, optional ones are setters. `build()` gives the exact HTTP request without sending it, `decode()` reads a reply, `send()` does both.
use http::{HeaderMap, Method, StatusCode};
use crate::runtime::{self, BuildError, ClientCore, Error, RequestBuilder, Response};
use super::types;
/// `POST /resources`
///
/// Create resource
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct CreateResource<'a> {
    core: &'a ClientCore,
    body: types::Resource,
}
impl<'a> CreateResource<'a> {
    pub(crate) fn new(core: &'a ClientCore, body: types::Resource) -> Self {
        Self { core, body }
    }
    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::POST, self.core.base_url());
        request = request.literal("/resources");
        request = request.accept("application/vnd.api+json");
        request = request.json_body("application/vnd.api+json", &self.body);
        request.build(self.core.credentials())
    }
    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<types::Resource>, Error<()>> {
        match status.as_u16() {
            201 => {
                let body = runtime::decode_json::<
                    types::Resource,
                    (),
                >(status, headers, body)?;
                Ok(Response::new(status, headers.clone(), body))
            }
            _ => {
                Err(
                    Error::from_decoded(
                        status,
                        headers,
                        decode_error(status, headers, body),
                    ),
                )
            }
        }
    }
    /// Sends the request and decodes the reply.
    pub async fn send(self) -> Result<Response<types::Resource>, Error<()>> {
        let request = self.build()?;
        let (status, headers, body) = self.core.execute::<()>(request).await?;
        Self::decode(status, &headers, &body)
    }
}
/// `GET /resources/{id}`
///
/// Get resource
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetResource<'a> {
    core: &'a ClientCore,
    id: String,
}
impl<'a> GetResource<'a> {
    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self { core, id }
    }
    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url());
        request = request.literal("/resources/");
        request = request.path_param(&self.id);
        request = request.accept("text/plain, application/json, text/json");
        request.build(self.core.credentials())
    }
    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<types::Resource>, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_json::<
                    types::Resource,
                    (),
                >(status, headers, body)?;
                Ok(Response::new(status, headers.clone(), body))
            }
            _ => {
                Err(
                    Error::from_decoded(
                        status,
                        headers,
                        decode_error(status, headers, body),
                    ),
                )
            }
        }
    }
    /// Sends the request and decodes the reply.
    pub async fn send(self) -> Result<Response<types::Resource>, Error<()>> {
        let request = self.build()?;
        let (status, headers, body) = self.core.execute::<()>(request).await?;
        Self::decode(status, &headers, &body)
    }
}
/// `GET /resources/{id}/note`
///
/// Get note
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetNote<'a> {
    core: &'a ClientCore,
    id: String,
}
impl<'a> GetNote<'a> {
    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self { core, id }
    }
    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url());
        request = request.literal("/resources/");
        request = request.path_param(&self.id);
        request = request.literal("/note");
        request = request.accept("text/plain, application/json");
        request.build(self.core.credentials())
    }
    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<String>, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = match runtime::media_type(headers).as_str() {
                    "text/plain" => runtime::decode_text(body),
                    _ => runtime::decode_json::<String, ()>(status, headers, body)?,
                };
                Ok(Response::new(status, headers.clone(), body))
            }
            _ => {
                Err(
                    Error::from_decoded(
                        status,
                        headers,
                        decode_error(status, headers, body),
                    ),
                )
            }
        }
    }
    /// Sends the request and decodes the reply.
    pub async fn send(self) -> Result<Response<String>, Error<()>> {
        let request = self.build()?;
        let (status, headers, body) = self.core.execute::<()>(request).await?;
        Self::decode(status, &headers, &body)
    }
}
/// `GET /resources/{id}/raw`
///
/// Get raw
#[derive(Debug, Clone)]
#[must_use = "a request builder does nothing until it is sent"]
pub struct GetRaw<'a> {
    core: &'a ClientCore,
    id: String,
}
impl<'a> GetRaw<'a> {
    pub(crate) fn new(core: &'a ClientCore, id: String) -> Self {
        Self { core, id }
    }
    /// The exact HTTP request `send()` would make (method, URL, headers, body bytes),
    /// without sending it.
    pub fn build(&self) -> Result<http::Request<Vec<u8>>, BuildError> {
        let mut request = RequestBuilder::new(Method::GET, self.core.base_url());
        request = request.literal("/resources/");
        request = request.path_param(&self.id);
        request = request.literal("/raw");
        request = request.accept("text/plain");
        request.build(self.core.credentials())
    }
    /// Decodes a reply to this operation from its status, headers and body bytes.
    pub fn decode(
        status: StatusCode,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Response<String>, Error<()>> {
        match status.as_u16() {
            200 => {
                let body = runtime::decode_text(body);
                Ok(Response::new(status, headers.clone(), body))
            }
            _ => {
                Err(
                    Error::from_decoded(
                        status,
                        headers,
                        decode_error(status, headers, body),
                    ),
                )
            }
        }
    }
    /// Sends the request and decodes the reply.
    pub async fn send(self) -> Result<Response<String>, Error<()>> {
        let request = self.build()?;
        let (status, headers, body) = self.core.execute::<()>(request).await?;
        Self::decode(status, &headers, &body)
    }
}
fn decode_error(
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(), Error<()>> {
    Err(
        Error::unexpected(
            status,
            headers,
            body,
            "the spec documents no such status for this operation",
        ),
    )
}
