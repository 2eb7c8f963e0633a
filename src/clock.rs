//! The time source every expiry, throttle and TOTP step is computed from.
//!
//! Production code uses [`SystemClock`]; tests swap in a [`ManualClock`] so they can
//! move time forward (the login timeout, throttling back-off, session lifetimes, the
//! device re-check and session-stamp caches) without sleeping. Nothing else in the crate
//! reads the time.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A source of the current time, in milliseconds since the Unix epoch.
pub trait Clock: Send + Sync + 'static {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    fn now_ms(&self) -> i64;

    /// Whole seconds since the Unix epoch.
    fn now_secs(&self) -> i64 {
        self.now_ms().div_euclid(1000)
    }
}

/// The server's wall clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    }
}

/// A clock that stands still until the caller moves it: it starts at the system time of
/// its creation and only [`advance_secs`](Self::advance_secs) / [`advance_ms`](Self::advance_ms)
/// change it, so a test's windows (the login timeout, a back-off, a cache TTL) are exact
/// however slow the machine is. Clones share the time.
///
/// Meant for tests: `clock.advance_secs(601)` makes the login wizard time out.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now_ms: Arc<AtomicI64>,
}

impl Default for ManualClock {
    fn default() -> Self {
        Self::new()
    }
}

impl ManualClock {
    /// A clock standing at the current system time.
    pub fn new() -> Self {
        ManualClock {
            now_ms: Arc::new(AtomicI64::new(SystemClock.now_ms())),
        }
    }

    /// Moves the clock forward by `secs` seconds (backward when negative).
    pub fn advance_secs(&self, secs: i64) {
        self.advance_ms(secs * 1000);
    }

    /// Moves the clock forward by `ms` milliseconds (backward when negative).
    pub fn advance_ms(&self, ms: i64) {
        self.now_ms.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.now_ms.load(Ordering::SeqCst)
    }
}

/// Whether a cache entry stamped at `at` is still fresh at `now` (both [`Clock::now_ms`])
/// for `ttl`: its age is in `0..ttl`. An entry from the future (the clock went back)
/// is stale, so it cannot stay trusted until the clock catches up.
pub(crate) fn is_fresh(at: i64, now: i64, ttl: Duration) -> bool {
    let ttl_ms = i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX);
    match now.checked_sub(at) {
        Some(age) => (0..ttl_ms).contains(&age),
        None => false,
    }
}
