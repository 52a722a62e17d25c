//! A scriptable HTTP/1.1 server on a loopback port, for fault-injection tests
//! of the real `send()` path (reqwest, timeouts, retries, body caps).
//!
//! It answers each request with the next [`Reply`] of its script (the last
//! one repeats once the script runs out), so it can answer 503 then 200,
//! close the connection mid-body, stall past a timeout, send a huge body or
//! answer 429 forever. It records every request it reads ([`Request`]: when
//! it arrived, method, path and query, headers, body) so a test can count the
//! attempts and measure the gaps between them.
//!
//! It is bounded: every read and write has a timeout, the whole server stops
//! after [`LIFETIME`], and dropping the [`FaultServer`] stops it (and every
//! connection it is serving) at once.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// The longest a server runs, whatever its script says.
pub const LIFETIME: Duration = Duration::from_secs(60);

/// How long one read or write of a socket may take.
const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// The largest request (head and body) the server reads.
const MAX_REQUEST: usize = 1 << 20;

/// Bodies are written in pieces (and chunks, when chunked) of this size.
const PIECE: usize = 64 * 1024;

/// What the server does with one request.
#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Body,
    chunked: bool,
    delay: Duration,
    silent: bool,
    cut: Option<Cut>,
}

/// A reply's body: given bytes, or `len` filler bytes generated as they are sent.
#[derive(Debug, Clone)]
enum Body {
    Bytes(Vec<u8>),
    Filler(usize),
}

impl Body {
    fn len(&self) -> usize {
        match self {
            Body::Bytes(bytes) => bytes.len(),
            Body::Filler(len) => *len,
        }
    }

    /// The bytes `start..end` of the body.
    fn slice(&self, start: usize, end: usize) -> Vec<u8> {
        match self {
            Body::Bytes(bytes) => bytes[start..end].to_vec(),
            Body::Filler(_) => vec![b'x'; end - start],
        }
    }
}

/// Where a reply's body stops early.
#[derive(Debug, Clone, Copy)]
struct Cut {
    /// Body bytes sent before stopping.
    after: usize,
    /// How long to wait then, before closing the connection.
    stall: Duration,
}

impl Reply {
    /// A reply with `status`, no headers of its own and an empty body.
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Body::Bytes(Vec::new()),
            chunked: false,
            delay: Duration::ZERO,
            silent: false,
            cut: None,
        }
    }

    /// `status` with `body` as `application/json`.
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply::status(status).body("application/json", body.to_string().into_bytes())
    }

    /// `status` with `len` filler bytes (`xxx…`) of `text/plain`, generated
    /// as they are sent.
    pub fn large(status: u16, len: usize) -> Reply {
        Reply {
            body: Body::Filler(len),
            ..Reply::status(status).header("content-type", "text/plain")
        }
    }

    /// Reads the request and closes the connection without answering.
    pub fn no_answer() -> Reply {
        Reply {
            silent: true,
            ..Reply::status(500)
        }
    }

    /// Adds a response header.
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Sets the body and its `Content-Type`.
    pub fn body(self, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        let mut reply = self.header("content-type", content_type);
        reply.body = Body::Bytes(body.into());
        reply
    }

    /// Sends the body chunked (`Transfer-Encoding: chunked`), without a
    /// `Content-Length`.
    pub fn chunked(mut self) -> Reply {
        self.chunked = true;
        self
    }

    /// Waits `delay` after reading the request, before answering (or closing).
    pub fn delay(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    /// Sends the head (with the full body's `Content-Length`) and the first
    /// `bytes` bytes of the body, then closes the connection.
    pub fn close_after(mut self, bytes: usize) -> Reply {
        self.cut = Some(Cut {
            after: bytes,
            stall: Duration::ZERO,
        });
        self
    }

    /// Sends the head and the first `bytes` bytes of the body, then waits
    /// `stall` before closing the connection.
    pub fn stall_after(mut self, bytes: usize, stall: Duration) -> Reply {
        self.cut = Some(Cut {
            after: bytes,
            stall,
        });
        self
    }
}

/// One request the server read.
#[derive(Debug, Clone)]
pub struct Request {
    /// When its head and body had been read.
    pub at: Instant,
    /// The method (`GET`).
    pub method: String,
    /// The request target: path and query, exactly as sent (`/partners/a%2Fb?x=1`).
    pub target: String,
    /// Every header, name lower-cased, in the order sent.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Request {
    /// The first value of header `name` (lower-case), if sent.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(header, _)| header == name)
            .map(|(_, value)| value.as_str())
    }
}

/// The script and what has been read so far, shared by the connections.
#[derive(Debug)]
struct State {
    script: Vec<Reply>,
    requests: Vec<Request>,
}

/// A running fault server. Dropping it stops the server and every
/// connection it is serving.
#[derive(Debug)]
pub struct FaultServer {
    base_url: String,
    state: Arc<Mutex<State>>,
    task: JoinHandle<()>,
}

impl FaultServer {
    /// Binds a free port on 127.0.0.1 and serves `script` there: request `n`
    /// (from 0, in the order their reading finished) gets reply `n`, and the
    /// last reply answers every request after it. Must be called inside a
    /// tokio runtime.
    ///
    /// # Panics
    ///
    /// If `script` is empty or no loopback port can be bound.
    pub async fn start(script: impl IntoIterator<Item = Reply>) -> FaultServer {
        let script: Vec<Reply> = script.into_iter().collect();
        FaultServer::start_with(|_| script).await
    }

    /// [`start`](Self::start), with a script written for the server's own
    /// base URL (`http://127.0.0.1:<port>`): for replies that point back at
    /// it, such as a redirect to `localhost` on the same port.
    ///
    /// # Panics
    ///
    /// As [`start`](Self::start).
    pub async fn start_with(script: impl FnOnce(&str) -> Vec<Reply>) -> FaultServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("local address"));
        let script = script(&base_url);
        assert!(
            !script.is_empty(),
            "a fault server needs at least one reply"
        );
        let state = Arc::new(Mutex::new(State {
            script,
            requests: Vec::new(),
        }));
        let task = tokio::spawn(serve(listener, Arc::clone(&state)));
        FaultServer {
            base_url,
            state,
            task,
        }
    }

    /// The base URL to point a client at (`http://127.0.0.1:<port>`).
    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    /// Every request read so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.lock().requests.clone()
    }

    /// How many requests have been read: a client's attempts.
    pub fn attempts(&self) -> usize {
        self.lock().requests.len()
    }

    /// The time between each request and the next.
    pub fn gaps(&self) -> Vec<Duration> {
        self.lock()
            .requests
            .windows(2)
            .map(|pair| pair[1].at.duration_since(pair[0].at))
            .collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A poisoned lock only means a test panicked; the records still stand.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        // Aborting the accept loop drops its JoinSet, which aborts every connection.
        self.task.abort();
    }
}

/// A reqwest client that ignores proxy settings, so requests reach the
/// loopback port, and follows no redirect (as the runtime's README asks of
/// a client given to `with_http_client`: redirects are the runtime's);
/// give it to a generated client with `with_http_client`.
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a reqwest client")
}

/// Accepts connections until [`LIFETIME`] has passed, each served by its
/// own `connection` task, which is stopped then too.
pub(crate) async fn serve_with<S, F>(
    listener: TcpListener,
    state: Arc<Mutex<S>>,
    connection: fn(TcpStream, Arc<Mutex<S>>) -> F,
) where
    S: Send + 'static,
    F: std::future::Future<Output = ()> + Send + 'static,
{
    let mut connections = JoinSet::new();
    let deadline = tokio::time::Instant::now() + LIFETIME;
    while let Ok(Ok((socket, _))) = tokio::time::timeout_at(deadline, listener.accept()).await {
        connections.spawn(tokio::time::timeout_at(
            deadline,
            connection(socket, Arc::clone(&state)),
        ));
        // Reap finished connections so the set does not grow.
        while connections.try_join_next().is_some() {}
    }
}

/// Accepts connections until [`LIFETIME`] has passed, each served by its own task.
async fn serve(listener: TcpListener, state: Arc<Mutex<State>>) {
    serve_with(listener, state, connection).await;
}

/// Serves one connection: one request, one reply, then close (`Connection: close`).
async fn connection(mut socket: TcpStream, state: Arc<Mutex<State>>) {
    let Some(request) = read_request(&mut socket).await else {
        return;
    };
    let reply = {
        let mut state = state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let index = state.requests.len().min(state.script.len() - 1);
        state.requests.push(request);
        state.script[index].clone()
    };
    // Errors writing mean the client left (a timeout, a refused body): fine.
    let _ = answer(&mut socket, &reply).await;
}

/// Reads one request: its head, then `Content-Length` bytes of body. `None`
/// if the client closes, sends something that is not HTTP/1.1, or is too slow.
pub(crate) async fn read_request(socket: &mut TcpStream) -> Option<Request> {
    let mut buffer = Vec::new();
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break at + 4;
        }
        if !read_more(socket, &mut buffer).await {
            return None;
        }
    };
    let head = std::str::from_utf8(&buffer[..head_end]).ok()?.to_owned();
    let mut lines = head.split("\r\n").filter(|line| !line.is_empty());
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_owned();
    let target = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| {
            let (name, value) = line.split_once(':')?;
            Some((name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        })
        .collect();
    let length: usize = headers
        .iter()
        .find(|(name, _)| name == "content-length")
        .map_or(Some(0), |(_, value)| value.parse().ok())?;
    while buffer.len() < head_end + length {
        if !read_more(socket, &mut buffer).await {
            return None;
        }
    }
    Some(Request {
        at: Instant::now(),
        method,
        target,
        headers,
        body: buffer[head_end..head_end + length].to_vec(),
    })
}

/// Reads what the client sent next into `buffer`; false at the end of the
/// stream, on an error, after [`IO_TIMEOUT`] or past [`MAX_REQUEST`].
async fn read_more(socket: &mut TcpStream, buffer: &mut Vec<u8>) -> bool {
    let mut chunk = [0u8; 4096];
    match tokio::time::timeout(IO_TIMEOUT, socket.read(&mut chunk)).await {
        Ok(Ok(read)) if read > 0 && buffer.len() + read <= MAX_REQUEST => {
            buffer.extend_from_slice(&chunk[..read]);
            true
        }
        _ => false,
    }
}

/// Writes `bytes`, within [`IO_TIMEOUT`].
async fn write(socket: &mut TcpStream, bytes: &[u8]) -> std::io::Result<()> {
    tokio::time::timeout(IO_TIMEOUT, socket.write_all(bytes))
        .await
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::TimedOut))?
}

/// Answers as `reply` says, then closes the connection.
pub(crate) async fn answer(socket: &mut TcpStream, reply: &Reply) -> std::io::Result<()> {
    tokio::time::sleep(reply.delay).await;
    if reply.silent {
        return Ok(());
    }
    let mut head = format!("HTTP/1.1 {} {}\r\n", reply.status, reason(reply.status));
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if reply.chunked {
        head.push_str("transfer-encoding: chunked\r\n");
    } else {
        head.push_str(&format!("content-length: {}\r\n", reply.body.len()));
    }
    head.push_str("connection: close\r\n\r\n");
    write(socket, head.as_bytes()).await?;
    let total = reply.body.len();
    let end = reply.cut.map_or(total, |cut| cut.after.min(total));
    let mut sent = 0;
    while sent < end {
        let next = (sent + PIECE).min(end);
        let piece = reply.body.slice(sent, next);
        if reply.chunked {
            write(socket, format!("{:x}\r\n", piece.len()).as_bytes()).await?;
            write(socket, &piece).await?;
            write(socket, b"\r\n").await?;
        } else {
            write(socket, &piece).await?;
        }
        sent = next;
    }
    match reply.cut {
        Some(cut) => tokio::time::sleep(cut.stall).await,
        None if reply.chunked => write(socket, b"0\r\n\r\n").await?,
        None => {}
    }
    tokio::time::timeout(IO_TIMEOUT, socket.shutdown())
        .await
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::TimedOut))?
}

/// A reason phrase for the status line (clients ignore it).
fn reason(status: u16) -> &'static str {
    http::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason())
        .unwrap_or("Whatever")
}
