//! What the database layer does while the database cannot be reached: a circuit breaker.
//!
//! The first connection failure opens it (logged once at `error`, with the cause an
//! operator can act on). While it is open every request that needs the database fails at
//! once with [`DbError::Outage`] instead of waiting out the pool's checkout timeout, so two
//! workers are not tied up for seconds per request and the pages that need no database
//! keep answering. A background thread probes with a fresh connection, 250 ms after the
//! failure and then at doubling intervals up to 4 s; the first probe that connects closes
//! the breaker (logged once at `info`, with how long the outage lasted).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use super::{Backend, DbError};

/// The first probe's delay after a failure.
const FIRST_PROBE: Duration = Duration::from_millis(250);
/// The longest interval between two probes.
const MAX_PROBE_INTERVAL: Duration = Duration::from_secs(4);

/// Why the database cannot be reached, in the words an operator acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cause {
    /// Nothing listens at the address (the server is down or the port is wrong).
    ConnectionRefused,
    /// The server answered but refused the credentials.
    AuthenticationFailed,
    /// The server has no database of that name.
    DatabaseMissing,
    /// The server did not answer in time (down, or a network problem).
    Timeout,
    /// The connection broke (the server restarted or the network dropped it).
    ConnectionLost,
    /// The host name does not resolve.
    UnknownHost,
    /// The SQLite database file cannot be opened or read.
    FileUnavailable,
    /// Anything else (the detail says what).
    Other,
}

impl Cause {
    /// Reads the cause from a driver's message (libpq's or SQLite's).
    pub(crate) fn of(message: &str) -> Cause {
        let m = message.to_ascii_lowercase();
        if m.contains("connection refused")
            || (m.contains("no such file or directory") && m.contains("socket"))
        {
            Cause::ConnectionRefused
        } else if m.contains("password authentication failed")
            || m.contains("authentication failed")
            || m.contains("no password supplied")
            || m.contains("no pg_hba.conf entry")
        {
            Cause::AuthenticationFailed
        } else if m.contains("does not exist") && m.contains("database") {
            Cause::DatabaseMissing
        } else if m.contains("timeout") || m.contains("timed out") {
            Cause::Timeout
        } else if m.contains("could not translate host name")
            || m.contains("name or service not known")
        {
            Cause::UnknownHost
        } else if m.contains("server closed the connection")
            || m.contains("connection reset")
            || m.contains("broken pipe")
            || m.contains("terminating connection")
            || (m.contains("connection to server") && m.contains("lost"))
            || m.contains("no connection to the server")
            || m.contains("eof detected")
        {
            Cause::ConnectionLost
        } else if m.contains("unable to open database")
            || m.contains("file is not a database")
            || m.contains("disk i/o error")
            || m.contains("readonly database")
            || m.contains("database disk image is malformed")
        {
            Cause::FileUnavailable
        } else {
            Cause::Other
        }
    }

    /// The cause in a few words.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Cause::ConnectionRefused => {
                "connection refused (is the server running, on this host and port?)"
            }
            Cause::AuthenticationFailed => "authentication failed (check the user and password)",
            Cause::DatabaseMissing => "the database does not exist",
            Cause::Timeout => "the server did not answer in time",
            Cause::ConnectionLost => "the connection was lost",
            Cause::UnknownHost => "the host name does not resolve",
            Cause::FileUnavailable => "the database file cannot be opened or read",
            Cause::Other => "the database cannot be reached",
        }
    }
}

/// A failure to reach the database: the cause and the driver's own words.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub(crate) cause: Cause,
    pub(crate) detail: String,
}

impl Failure {
    pub(crate) fn new(detail: impl Into<String>) -> Failure {
        let detail = detail.into();
        Failure {
            cause: Cause::of(&detail),
            detail,
        }
    }

    /// `<backend>: <cause> (<driver's message>)`.
    pub(crate) fn message(&self, backend: Backend) -> String {
        let detail = self.detail.trim();
        if detail.is_empty() {
            format!("{}: {}", backend.name(), self.cause.describe())
        } else {
            format!("{}: {} ({detail})", backend.name(), self.cause.describe())
        }
    }
}

#[derive(Debug)]
struct State {
    /// When the outage began (`None`: no outage).
    since: Option<Instant>,
    /// The latest failure.
    failure: Option<Failure>,
    /// A probe thread is running.
    probing: bool,
}

/// The breaker of one [`Database`](super::Database) (shared by its clones).
pub(crate) struct Outage {
    backend: Backend,
    open: AtomicBool,
    state: Mutex<State>,
    /// Tries one fresh connection (the probe).
    connect: Box<dyn Fn() -> Result<(), String> + Send + Sync>,
}

impl std::fmt::Debug for Outage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Outage")
            .field("open", &self.open.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Outage {
    pub(crate) fn new(
        backend: Backend,
        connect: impl Fn() -> Result<(), String> + Send + Sync + 'static,
    ) -> Arc<Outage> {
        Arc::new(Outage {
            backend,
            open: AtomicBool::new(false),
            state: Mutex::new(State {
                since: None,
                failure: None,
                probing: false,
            }),
            connect: Box::new(connect),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `Err` at once while the database is known to be unreachable.
    pub(crate) fn check(&self) -> Result<(), DbError> {
        if !self.open.load(Ordering::Acquire) {
            return Ok(());
        }
        Err(self.refusal())
    }

    /// Whether an outage is under way.
    pub(crate) fn is_open(&self) -> bool {
        self.open.load(Ordering::Acquire)
    }

    /// The error requests get during the outage.
    pub(crate) fn refusal(&self) -> DbError {
        let state = self.lock();
        let failure = state
            .failure
            .clone()
            .unwrap_or_else(|| Failure::new(String::new()));
        DbError::Outage(failure.message(self.backend))
    }

    /// Records a failure to reach the database: opens the breaker (logging the outage
    /// once) and starts the probe.
    pub(crate) fn trip(self: &Arc<Self>, failure: Failure) {
        let mut state = self.lock();
        if state.since.is_none() {
            state.since = Some(Instant::now());
            tracing::error!(
                target: "two_factor::database",
                cause = failure.cause.describe(),
                detail = %failure.detail,
                "{} unreachable: requests that need it answer 503 at once until it is back",
                self.backend.name()
            );
        }
        state.failure = Some(failure);
        self.open.store(true, Ordering::Release);
        if !state.probing {
            state.probing = true;
            let weak = Arc::downgrade(self);
            let spawned = std::thread::Builder::new()
                .name("two-factor-db-probe".to_owned())
                .spawn(move || probe(weak));
            if spawned.is_err() {
                // No thread to close it again: leave the breaker closed (each request then
                // waits out the checkout timeout, as without a breaker).
                state.probing = false;
                self.open.store(false, Ordering::Release);
            }
        }
    }

    /// Closes the breaker after a successful probe or query.
    fn recovered(&self) {
        let mut state = self.lock();
        if let Some(since) = state.since.take() {
            tracing::info!(
                target: "two_factor::database",
                outage_secs = since.elapsed().as_secs_f64(),
                "{} reachable again",
                self.backend.name()
            );
        }
        state.failure = None;
        self.open.store(false, Ordering::Release);
    }
}

/// The probe thread: tries a fresh connection at growing intervals until one works (or the
/// database handle is gone).
fn probe(outage: Weak<Outage>) {
    let mut interval = FIRST_PROBE;
    loop {
        std::thread::sleep(interval);
        let Some(outage) = outage.upgrade() else {
            return;
        };
        match (outage.connect)() {
            Ok(()) => {
                outage.recovered();
                outage.lock().probing = false;
                return;
            }
            Err(detail) => {
                let failure = Failure::new(detail);
                outage.lock().failure = Some(failure);
            }
        }
        interval = (interval * 2).min(MAX_PROBE_INTERVAL);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    #[test]
    fn causes_are_named_from_the_drivers_words() {
        for (message, cause) in [
            (
                "connection to server at \"127.0.0.1\", port 5999 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?",
                Cause::ConnectionRefused,
            ),
            (
                "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed for user \"app\"",
                Cause::AuthenticationFailed,
            ),
            (
                "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"nope\" does not exist",
                Cause::DatabaseMissing,
            ),
            ("timeout expired", Cause::Timeout),
            (
                "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally",
                Cause::ConnectionLost,
            ),
            (
                "could not translate host name \"db\" to address",
                Cause::UnknownHost,
            ),
            ("unable to open database file", Cause::FileUnavailable),
            ("something else", Cause::Other),
        ] {
            assert_eq!(Cause::of(message), cause, "{message}");
        }
        let failure = Failure::new("Connection refused");
        assert!(
            failure
                .message(Backend::Postgres)
                .starts_with("PostgreSQL: connection refused")
        );
    }

    #[test]
    fn an_open_breaker_refuses_at_once_and_a_probe_closes_it() {
        let up = Arc::new(AtomicBool::new(false));
        let probes = Arc::new(AtomicUsize::new(0));
        let (up2, probes2) = (up.clone(), probes.clone());
        let outage = Outage::new(Backend::Postgres, move || {
            probes2.fetch_add(1, Ordering::SeqCst);
            match up2.load(Ordering::SeqCst) {
                true => Ok(()),
                false => Err("Connection refused".to_owned()),
            }
        });
        assert!(outage.check().is_ok());
        outage.trip(Failure::new("Connection refused"));
        let started = Instant::now();
        let refusal = outage.check().expect_err("open");
        assert!(started.elapsed() < Duration::from_millis(50));
        assert!(
            refusal.to_string().contains("connection refused"),
            "{refusal}"
        );
        assert!(refusal.is_outage());
        up.store(true, Ordering::SeqCst);
        let deadline = Instant::now() + Duration::from_secs(10);
        while outage.is_open() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(!outage.is_open(), "the probe closed the breaker");
        assert!(probes.load(Ordering::SeqCst) >= 1);
        assert!(outage.check().is_ok());
    }
}
