//! A TCP proxy in front of a service (PostgreSQL, Redis) that a test stops — the listener
//! and every live connection closed, so the service looks down (connection refused, and
//! connections cut mid-use) — and starts again on the same port.

use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The proxy; it listens on `127.0.0.1:port` while started.
pub struct Proxy {
    name: &'static str,
    /// The port it listens on.
    pub port: u16,
    upstream: SocketAddr,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
    conns: Arc<Mutex<Vec<TcpStream>>>,
}

impl Proxy {
    /// A started proxy to `upstream` on a free port.
    pub fn new(name: &'static str, upstream: SocketAddr) -> Proxy {
        let mut proxy = Proxy {
            name,
            port: free_port(),
            upstream,
            stop: Arc::new(AtomicBool::new(false)),
            accept: None,
            conns: Arc::new(Mutex::new(Vec::new())),
        };
        proxy.start();
        proxy
    }

    /// Listens (again) and forwards new connections.
    pub fn start(&mut self) {
        assert!(self.accept.is_none(), "{} proxy already running", self.name);
        let started = Instant::now();
        let listener = loop {
            match TcpListener::bind(("127.0.0.1", self.port)) {
                Ok(l) => break l,
                Err(e) if started.elapsed() < Duration::from_secs(5) => {
                    let _ = e;
                    std::thread::sleep(Duration::from_millis(50));
                }
                Err(e) => panic!("rebind the {} proxy on {}: {e}", self.name, self.port),
            }
        };
        let stop = Arc::new(AtomicBool::new(false));
        self.stop = stop.clone();
        let conns = self.conns.clone();
        let upstream = self.upstream;
        self.accept = Some(std::thread::spawn(move || {
            for incoming in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(client) = incoming else {
                    std::thread::sleep(Duration::from_millis(10));
                    continue;
                };
                let Ok(server) = TcpStream::connect_timeout(&upstream, Duration::from_secs(2))
                else {
                    continue;
                };
                let _ = client.set_nodelay(true);
                let _ = server.set_nodelay(true);
                let (Ok(c2), Ok(s2), Ok(c3), Ok(s3)) = (
                    client.try_clone(),
                    server.try_clone(),
                    client.try_clone(),
                    server.try_clone(),
                ) else {
                    continue;
                };
                if let Ok(mut list) = conns.lock() {
                    list.push(c3);
                    list.push(s3);
                }
                pump(client, server);
                pump(s2, c2);
            }
        }));
    }

    /// Closes the listener and every live connection: the service is gone.
    pub fn stop(&mut self) {
        let Some(accept) = self.accept.take() else {
            return;
        };
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag and drops the listener.
        let _ = TcpStream::connect_timeout(
            &SocketAddr::from(([127, 0, 0, 1], self.port)),
            Duration::from_secs(1),
        );
        let _ = accept.join();
        if let Ok(mut list) = self.conns.lock() {
            for conn in list.drain(..) {
                let _ = conn.shutdown(Shutdown::Both);
            }
        }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Copies `from` → `to` on a thread until either side closes.
fn pump(mut from: TcpStream, mut to: TcpStream) {
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut from, &mut to);
        let _ = to.shutdown(Shutdown::Write);
        let _ = from.shutdown(Shutdown::Read);
    });
}

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("local address").port()
}
