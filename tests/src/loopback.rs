//! A one-shot HTTP/1.1 server on a loopback port, for tests of the real
//! `send()` path: it reads one request, answers it as told and reports what
//! it read.

use std::future::Future;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// How long one exchange may take.
const EXCHANGE: Duration = Duration::from_secs(5);

/// What the one-shot server read: the request line, the headers (names
/// lower-cased) and the body bytes.
#[derive(Debug)]
pub struct Received {
    /// `METHOD /path?query HTTP/1.1`.
    pub request_line: String,
    /// Every header line, name lower-cased, in the order sent.
    pub headers: Vec<(String, String)>,
    /// The body (Content-Length bytes).
    pub body: Vec<u8>,
}

impl Received {
    /// Every value sent for header `name`.
    pub fn header(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(header, _)| header == name)
            .map(|(_, value)| value.as_str())
            .collect()
    }
}

/// A bound loopback port that will answer one request.
#[derive(Debug)]
pub struct Loopback {
    listener: TcpListener,
    base_url: String,
}

impl Loopback {
    /// Binds a free loopback port.
    pub async fn bind() -> Loopback {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().unwrap();
        Loopback {
            listener,
            base_url: format!("http://{addr}"),
        }
    }

    /// The base URL to point a client at.
    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    /// A reqwest client that ignores proxy settings, so the request reaches
    /// the loopback port.
    pub fn http_client() -> reqwest::Client {
        reqwest::Client::builder().no_proxy().build().unwrap()
    }

    /// Runs `send` while serving it one reply (`status` with `body`); both
    /// must finish within 5 s. Returns what `send` gave and what was received.
    pub async fn exchange<T>(
        self,
        send: impl Future<Output = T>,
        status: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> (T, Received) {
        let server = serve_once(self.listener, status, content_type, body);
        tokio::time::timeout(EXCHANGE, async { tokio::join!(send, server) })
            .await
            .expect("the exchange finishes within 5 s")
    }
}

/// Accepts one connection, reads one HTTP/1.1 request (its head, then
/// Content-Length bytes of body), answers `status` with `body`, and closes.
pub async fn serve_once(
    listener: TcpListener,
    status: &str,
    content_type: &str,
    body: Vec<u8>,
) -> Received {
    let (mut socket, _) = listener.accept().await.expect("accept");
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break at + 4;
        }
        let read = socket.read(&mut chunk).await.expect("read");
        assert!(read > 0, "the client closed inside the request head");
        buffer.extend_from_slice(&chunk[..read]);
    };
    let head = String::from_utf8(buffer[..head_end].to_vec()).expect("ASCII head");
    let mut lines = head.split("\r\n").filter(|line| !line.is_empty());
    let request_line = lines.next().expect("request line").to_owned();
    let headers: Vec<(String, String)> = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("a header line");
            (name.trim().to_ascii_lowercase(), value.trim().to_owned())
        })
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .map_or(0, |(_, value)| value.parse().expect("Content-Length"));
    while buffer.len() < head_end + length {
        let read = socket.read(&mut chunk).await.expect("read");
        assert!(read > 0, "the client closed inside the body");
        buffer.extend_from_slice(&chunk[..read]);
    }
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    socket.write_all(head.as_bytes()).await.expect("write");
    socket.write_all(&body).await.expect("write");
    socket.shutdown().await.expect("shutdown");
    Received {
        request_line,
        headers,
        body: buffer[head_end..head_end + length].to_vec(),
    }
}
