//! A keep-alive HTTP/1.1 server on a loopback port that answers every
//! request with the same reply, for the `send` benchmarks (`runtime` and
//! `send_count`).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// How long the loopback server lives at most, whatever the benchmark does.
const SERVER_LIFETIME: Duration = Duration::from_secs(600);
/// How many requests the loopback server answers at most.
const SERVER_REQUESTS: u64 = 5_000_000;
/// The largest request head the server reads.
const MAX_HEAD: usize = 16 * 1024;

/// A keep-alive HTTP/1.1 server on 127.0.0.1 that answers every request with
/// the same 200 reply. It runs as tasks on the benchmark's own
/// current-thread runtime, so client and server share one thread: a request
/// costs what the client and the server compute, not how fast the kernel
/// wakes an idle thread on a busy shared machine (with the server on a
/// thread of its own, the same benchmark swung between 16 and 95 µs per
/// request with the load of other processes). It stops when dropped, after
/// `SERVER_LIFETIME`, or after `SERVER_REQUESTS` replies, whichever comes
/// first.
pub struct BenchServer {
    /// The base URL to point a client at.
    pub base_url: String,
    task: tokio::task::JoinHandle<()>,
}

impl BenchServer {
    /// Starts the server on `runtime`, answering 200 with `body` as `content_type`.
    pub fn start(
        runtime: &tokio::runtime::Runtime,
        content_type: &str,
        body: &[u8],
    ) -> BenchServer {
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("bind 127.0.0.1");
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let mut reply = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        reply.extend_from_slice(body);
        let reply: Arc<[u8]> = reply.into();
        let served = Arc::new(AtomicU64::new(0));
        let task = runtime.spawn(async move {
            // Dropping the set (when this task ends or is aborted) aborts
            // every connection task.
            let mut connections = tokio::task::JoinSet::new();
            let accept = async {
                while let Ok((socket, _)) = listener.accept().await {
                    connections.spawn(serve_connection(socket, reply.clone(), served.clone()));
                }
            };
            let _ = tokio::time::timeout(SERVER_LIFETIME, accept).await;
        });
        BenchServer { base_url, task }
    }
}

impl Drop for BenchServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Answers requests on one connection until the client closes it or the
/// server's request budget is spent.
async fn serve_connection(
    mut socket: tokio::net::TcpStream,
    reply: Arc<[u8]>,
    served: Arc<AtomicU64>,
) {
    let _ = socket.set_nodelay(true);
    let mut buffer = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    loop {
        let head_end = loop {
            if let Some(at) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
                break at + 4;
            }
            if buffer.len() > MAX_HEAD {
                return;
            }
            match socket.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(read) => buffer.extend_from_slice(&chunk[..read]),
            }
        };
        let length = content_length(&buffer[..head_end]);
        while buffer.len() < head_end + length {
            match socket.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(read) => buffer.extend_from_slice(&chunk[..read]),
            }
        }
        buffer.drain(..head_end + length);
        if served.fetch_add(1, Ordering::Relaxed) >= SERVER_REQUESTS {
            return;
        }
        if socket.write_all(&reply).await.is_err() {
            return;
        }
    }
}

/// The `Content-Length` of a request head (0 when absent).
fn content_length(head: &[u8]) -> usize {
    String::from_utf8_lossy(head)
        .split("\r\n")
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse().ok())
        .unwrap_or(0)
}
