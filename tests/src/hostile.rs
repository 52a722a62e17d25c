//! A raw-TCP server on a loopback port that answers with bytes, not with
//! HTTP: for replies no well-behaved server sends (a body trickled a byte
//! at a time, megabytes of header lines, a `Location` that is not UTF-8).
//!
//! Each reply ([`Raw`]) is a list of steps, written in order after the request
//! has been read (request `n` gets reply `n`, the last one repeats), then
//! the connection is closed. The server records every request it read and
//! how many bytes of each reply it managed to write before the client went
//! away, so a test can tell that the client stopped reading.
//!
//! It is bounded like [`FaultServer`](crate::fault::FaultServer): every
//! write has a timeout, the server stops after [`LIFETIME`], and dropping
//! the [`HostileServer`] stops it and every connection at once.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

pub use crate::fault::{LIFETIME, Request};

/// How long one write may take.
const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// Large writes go out in pieces of this size.
const PIECE: usize = 64 * 1024;

/// One thing the server does while answering.
#[derive(Debug, Clone)]
enum Step {
    /// Writes the bytes.
    Send(Vec<u8>),
    /// Writes the bytes one at a time, `every` apart.
    Trickle { bytes: Vec<u8>, every: Duration },
    /// Writes `pattern` over and over, `len` bytes in all, never holding more
    /// than a piece of it.
    Repeat { pattern: Vec<u8>, len: usize },
    /// Waits.
    Pause(Duration),
}

/// A reply as raw bytes: the steps that write it.
#[derive(Debug, Clone, Default)]
pub struct Raw {
    steps: Vec<Step>,
}

impl Raw {
    /// A reply that writes nothing (add steps to it).
    pub fn new() -> Raw {
        Raw::default()
    }

    /// Then writes `bytes` at once.
    pub fn send(mut self, bytes: impl Into<Vec<u8>>) -> Raw {
        self.steps.push(Step::Send(bytes.into()));
        self
    }

    /// Then writes `bytes` one at a time, `every` apart.
    pub fn trickle(mut self, bytes: impl Into<Vec<u8>>, every: Duration) -> Raw {
        self.steps.push(Step::Trickle {
            bytes: bytes.into(),
            every,
        });
        self
    }

    /// Then writes `pattern` repeated to `len` bytes (a huge head, say).
    pub fn repeat(mut self, pattern: impl Into<Vec<u8>>, len: usize) -> Raw {
        self.steps.push(Step::Repeat {
            pattern: pattern.into(),
            len,
        });
        self
    }

    /// Then waits `pause`.
    pub fn pause(mut self, pause: Duration) -> Raw {
        self.steps.push(Step::Pause(pause));
        self
    }
}

/// The script, what was read and what was written, shared by the connections.
#[derive(Debug)]
struct State {
    script: Vec<Raw>,
    requests: Vec<Request>,
    written: Vec<usize>,
}

/// A running hostile server. Dropping it stops the server and every
/// connection it is serving.
#[derive(Debug)]
pub struct HostileServer {
    base_url: String,
    state: Arc<Mutex<State>>,
    task: JoinHandle<()>,
}

impl HostileServer {
    /// Binds a free port on 127.0.0.1 and answers with `script` there.
    /// Must be called inside a tokio runtime.
    ///
    /// # Panics
    ///
    /// If `script` is empty or no loopback port can be bound.
    pub async fn start(script: impl IntoIterator<Item = Raw>) -> HostileServer {
        let script: Vec<Raw> = script.into_iter().collect();
        assert!(
            !script.is_empty(),
            "a hostile server needs at least one reply"
        );
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("local address"));
        let state = Arc::new(Mutex::new(State {
            script,
            requests: Vec::new(),
            written: Vec::new(),
        }));
        let task = tokio::spawn(crate::fault::serve_with(
            listener,
            Arc::clone(&state),
            connection,
        ));
        HostileServer {
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

    /// How many requests have been read.
    pub fn attempts(&self) -> usize {
        self.lock().requests.len()
    }

    /// For each reply finished so far (in the order they finished), the
    /// bytes written before it ended or the client stopped reading.
    pub fn written(&self) -> Vec<usize> {
        self.lock().written.clone()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for HostileServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Serves one connection: one request, one raw reply, then close.
async fn connection(mut socket: TcpStream, state: Arc<Mutex<State>>) {
    let Some(request) = crate::fault::read_request(&mut socket).await else {
        return;
    };
    let reply = {
        let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
        let index = state.requests.len().min(state.script.len() - 1);
        state.requests.push(request);
        state.script[index].clone()
    };
    let mut written = 0;
    // An error writing means the client left: what was written counts.
    let _ = answer(&mut socket, &reply, &mut written).await;
    let _ = tokio::time::timeout(IO_TIMEOUT, socket.shutdown()).await;
    state
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .written
        .push(written);
}

/// Writes `bytes` within [`IO_TIMEOUT`], counting them into `written`.
async fn write(socket: &mut TcpStream, bytes: &[u8], written: &mut usize) -> std::io::Result<()> {
    tokio::time::timeout(IO_TIMEOUT, socket.write_all(bytes))
        .await
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::TimedOut))??;
    *written += bytes.len();
    Ok(())
}

/// Carries out the reply's steps.
async fn answer(socket: &mut TcpStream, reply: &Raw, written: &mut usize) -> std::io::Result<()> {
    for step in &reply.steps {
        match step {
            Step::Send(bytes) => {
                for piece in bytes.chunks(PIECE) {
                    write(socket, piece, written).await?;
                }
            }
            Step::Trickle { bytes, every } => {
                for byte in bytes {
                    write(socket, std::slice::from_ref(byte), written).await?;
                    tokio::time::sleep(*every).await;
                }
            }
            Step::Repeat { pattern, len } => {
                if pattern.is_empty() {
                    continue;
                }
                // Whole copies of the pattern, so the pieces join up.
                let piece = pattern.repeat((PIECE / pattern.len()).max(1));
                let mut left = *len;
                while left > 0 {
                    let next = left.min(piece.len());
                    write(socket, &piece[..next], written).await?;
                    left -= next;
                }
            }
            Step::Pause(pause) => tokio::time::sleep(*pause).await,
        }
    }
    Ok(())
}
