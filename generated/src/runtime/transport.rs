use http::{HeaderMap, StatusCode};

use super::{Credentials, Error};

/// What every generated `Client` holds: the base URL, the credentials and the
/// reqwest client that carries the requests.
#[derive(Debug, Clone)]
pub struct ClientCore {
    base_url: String,
    credentials: Credentials,
    http: reqwest::Client,
}

impl ClientCore {
    /// A client for `base_url` that sends `credentials` with every request.
    pub fn new(base_url: impl Into<String>, credentials: Credentials) -> Self {
        ClientCore {
            base_url: base_url.into(),
            credentials,
            http: reqwest::Client::new(),
        }
    }

    /// Replaces the base URL (a sandbox, a proxy, a mock server).
    pub fn set_base_url(&mut self, base_url: impl Into<String>) {
        self.base_url = base_url.into();
    }

    /// Replaces the reqwest client (timeouts, proxies, connection pools).
    pub fn set_http_client(&mut self, http: reqwest::Client) {
        self.http = http;
    }

    /// The base URL every path is appended to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The credentials sent with authenticated operations.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Sends a built request and reads the whole reply.
    pub async fn execute<E>(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> Result<(StatusCode, HeaderMap, Vec<u8>), Error<E>> {
        let request = reqwest::Request::try_from(request).map_err(Error::Transport)?;
        let response = self.http.execute(request).await.map_err(Error::Transport)?;
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.bytes().await.map_err(Error::Transport)?;
        Ok((status, headers, body.to_vec()))
    }
}
