//! Prism mock servers for the contract tests: one per spec, on a free
//! loopback port, stopped when the guard drops (also when a test panics).
//!
//! Prism (`@stoplight/prism-cli`, pinned in `tests/contract/package.json`)
//! validates every request against the spec and answers from the spec's
//! examples, so a request it accepts is a request the spec allows.

use std::io::{BufRead, BufReader, Read};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How long Prism may take to start answering.
const STARTUP: Duration = Duration::from_secs(90);

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives one level below the workspace root")
        .to_path_buf()
}

/// A running `prism mock`; dropping it stops the process.
#[derive(Debug)]
pub struct Prism {
    child: Child,
    addr: SocketAddr,
    log: Arc<Mutex<String>>,
}

impl Prism {
    /// Starts `prism mock <spec> --errors` on a free loopback port and waits
    /// until it accepts connections. `spec` is relative to the workspace root.
    pub fn start(spec: &str) -> Prism {
        let root = workspace_root();
        let prism = prism_binary();
        let port = free_port();
        let mut child = Command::new(&prism)
            .args([
                "mock",
                spec,
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--errors",
            ])
            .current_dir(&root)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|error| panic!("cannot start {}: {error}", prism.display()));
        let log = Arc::new(Mutex::new(String::new()));
        for stream in [
            child
                .stdout
                .take()
                .map(|s| Box::new(s) as Box<dyn Read + Send>),
            child
                .stderr
                .take()
                .map(|s| Box::new(s) as Box<dyn Read + Send>),
        ]
        .into_iter()
        .flatten()
        {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let mut log = log.lock().unwrap_or_else(|poison| poison.into_inner());
                    log.push_str(&line);
                    log.push('\n');
                }
            });
        }
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let mut prism = Prism { child, addr, log };
        let started = Instant::now();
        // Prism's own word that it listens, then a connection: a connect
        // alone can succeed before it does, when the kernel gives the probe
        // the port it is probing as its own (a TCP self-connect), and the
        // first calls then find nothing there.
        let listening = format!("Prism is listening on http://127.0.0.1:{port}");
        loop {
            if prism.log().contains(&listening)
                && TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok()
            {
                return prism;
            }
            if let Ok(Some(status)) = prism.child.try_wait() {
                panic!(
                    "prism mock {spec} exited with {status} before answering:\n{}",
                    prism.log()
                );
            }
            if started.elapsed() > STARTUP {
                panic!(
                    "prism mock {spec} did not answer within {STARTUP:?}:\n{}",
                    prism.log()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The base URL to point a client at.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// What Prism printed so far (its request log and violations).
    pub fn log(&self) -> String {
        self.log
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
            .clone()
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port that was free a moment ago.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("the loopback interface has a free port")
}

/// The pinned Prism binary, installed with `npm ci --prefix tests/contract`
/// when it is not there yet.
fn prism_binary() -> PathBuf {
    static INSTALL: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    INSTALL
        .get_or_init(|| {
            let dir = workspace_root().join("tests/contract");
            let binary = dir.join("node_modules/.bin/prism");
            if binary.exists() {
                return Ok(binary);
            }
            // Test binaries run side by side (one process per test under
            // nextest): one installs while the others wait for it, rather
            // than two `npm ci` emptying the same `node_modules`.
            let lock_path = workspace_root().join("target/prism-install.lock");
            let lock = std::fs::create_dir_all(workspace_root().join("target"))
                .and_then(|()| std::fs::File::create(&lock_path))
                .and_then(|file| file.lock().map(|()| file))
                .map_err(|error| format!("cannot lock {}: {error}", lock_path.display()))?;
            if binary.exists() {
                return Ok(binary);
            }
            let status = Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&dir)
                .status()
                .map_err(|error| format!("Prism is not installed and `npm` cannot run ({error}); install Node.js, then `npm ci --prefix tests/contract`"))?;
            if !status.success() || !binary.exists() {
                return Err(format!("`npm ci --prefix tests/contract` failed ({status}); Prism is needed by the contract tests"));
            }
            drop(lock);
            Ok(binary)
        })
        .clone()
        .unwrap_or_else(|message| panic!("{message}"))
}
