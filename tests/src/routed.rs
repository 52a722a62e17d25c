//! A loopback HTTP/1.1 server that answers by what is asked, not by the
//! order of arrival: for token tests, where a token endpoint and an API
//! share a server and many calls arrive at once. Each request is answered
//! by a handler that sees it and every request read before it; the server
//! records them all, is bounded like [`FaultServer`](crate::fault::FaultServer)
//! and stops when dropped.

use std::sync::{Arc, Mutex, PoisonError};

use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use crate::fault::{Reply, Request, answer, read_request, serve_with};

/// Answers a request, given the requests read before it.
pub type Handler = dyn Fn(&Request, &[Request]) -> Reply + Send + Sync;

struct State {
    handler: Arc<Handler>,
    requests: Vec<Request>,
}

/// A running routed server.
pub struct RoutedServer {
    base_url: String,
    state: Arc<Mutex<State>>,
    task: JoinHandle<()>,
}

impl RoutedServer {
    /// Binds a free port on 127.0.0.1 and answers every request with `handler`.
    ///
    /// # Panics
    ///
    /// If no loopback port can be bound.
    pub async fn start(
        handler: impl Fn(&Request, &[Request]) -> Reply + Send + Sync + 'static,
    ) -> RoutedServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("local address"));
        let state = Arc::new(Mutex::new(State {
            handler: Arc::new(handler),
            requests: Vec::new(),
        }));
        let task = tokio::spawn(serve_with(listener, Arc::clone(&state), connection));
        RoutedServer {
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

    /// The requests read so far whose path (the target without its query) is `path`.
    pub fn requests_to(&self, path: &str) -> Vec<Request> {
        self.requests()
            .into_iter()
            .filter(|request| path_of(request) == path)
            .collect()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for RoutedServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A request's path: its target without the query.
pub fn path_of(request: &Request) -> &str {
    request
        .target
        .split_once('?')
        .map_or(request.target.as_str(), |(path, _)| path)
}

/// One request, one reply, then close.
async fn connection(mut socket: TcpStream, state: Arc<Mutex<State>>) {
    let Some(request) = read_request(&mut socket).await else {
        return;
    };
    let reply = {
        let mut state = state.lock().unwrap_or_else(PoisonError::into_inner);
        let reply = (state.handler)(&request, &state.requests);
        state.requests.push(request);
        reply
    };
    let _ = answer(&mut socket, &reply).await;
}
