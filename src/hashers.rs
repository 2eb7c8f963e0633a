//! Password hashing with bounded concurrency (Django's `django.contrib.auth.hashers`:
//! [`PasswordHasher::make_password`] and [`PasswordHasher::check_password`]).
//!
//! An argon2id verification takes its memory cost (19 MiB by default) and tens of
//! milliseconds of one core. Run one per request and a crowd of wrong-password logins
//! takes gigabytes and every core. A [`PasswordHasher`] therefore
//!
//! - runs every hash on tokio's blocking threads, never on an async worker;
//! - lets at most [`max_concurrency`](PasswordHasher::max_concurrency) run at once (by
//!   default one per core, `std::thread::available_parallelism`);
//! - makes the others queue for at most [`wait`](PasswordHasher::wait) (default 2 s) and
//!   then answers [`HashingError::Overloaded`], which the views render as
//!   `503 Service Unavailable` with `Retry-After`;
//! - reuses one argon2 memory area per permit instead of allocating 19 MiB per call, so
//!   resident memory stays at about `max_concurrency × memory cost` after a flood rather
//!   than growing with it (freed 19 MiB areas are kept by the allocator, not returned).
//!
//! The built-in [`DieselUserStore`](crate::users::DieselUserStore) uses the hasher of the
//! [`TwoFactor`](crate::TwoFactor) settings; a host's own
//! [`UserStore`](crate::users::UserStore) can share it through
//! [`TwoFactor::password_hasher`](crate::Core::password_hasher), or run any other
//! algorithm under the same limit with [`PasswordHasher::run_blocking`].

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

mod django;

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use subtle::ConstantTimeEq;
use tokio::sync::Semaphore;

/// Why a [`PasswordHasher`] gave no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HashingError {
    /// Every permit stayed busy for the whole wait: the server is overloaded. The views
    /// answer `503 Service Unavailable` with `Retry-After: retry_after` (whole seconds).
    #[error("password hashing overloaded; retry after {} s", .retry_after.as_secs())]
    Overloaded {
        /// How long the client should wait before trying again.
        retry_after: Duration,
    },
    /// Hashing itself failed (invalid parameters, a blocking thread that panicked).
    #[error("password hashing failed: {0}")]
    Failed(String),
}

/// A hash of a random password with the default argon2id parameters (m=19456, t=2, p=1):
/// unknown users are checked against it so they cost one verification, like a wrong
/// password. No password is known to match it; even one that did would log no one in.
#[doc(hidden)]
pub const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$/1ysg1R6swqVnSuNjI7AuQ$FMSCNi4ZsrP7a6Fl6UqKUqa+vhCggq6M/zfK/yMpJeY";

/// Runs password hashing on blocking threads, at most
/// [`max_concurrency`](Self::max_concurrency) at once; cheap to clone (clones share the
/// limit).
///
/// ```no_run
/// # async fn f() -> Result<(), two_factor::hashers::HashingError> {
/// use two_factor::hashers::PasswordHasher;
/// let hasher = PasswordHasher::new(2, std::time::Duration::from_secs(2));
/// let encoded = hasher.make_password("correct horse").await?;
/// assert!(hasher.check_password("correct horse", &encoded).await?);
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct PasswordHasher {
    inner: Arc<Inner>,
}

struct Inner {
    permits: Arc<Semaphore>,
    max_concurrency: usize,
    wait: Duration,
    params: Params,
    /// Argon2 memory areas of finished hashes, at most one per permit, kept for reuse.
    memory: Mutex<Vec<Vec<Block>>>,
    running: AtomicUsize,
    peak: AtomicUsize,
    overloads: AtomicU64,
}

impl std::fmt::Debug for PasswordHasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordHasher")
            .field("max_concurrency", &self.inner.max_concurrency)
            .field("wait", &self.inner.wait)
            .field("running", &self.running())
            .finish_non_exhaustive()
    }
}

impl Default for PasswordHasher {
    /// One permit per core, a 2 s wait, argon2id with the default parameters.
    fn default() -> Self {
        PasswordHasher::new(Self::default_concurrency(), Self::DEFAULT_WAIT)
    }
}

/// Decrements the running count when a hash ends, even by a panic.
struct Running<'a>(&'a Inner);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.running.fetch_sub(1, Ordering::SeqCst);
    }
}

impl PasswordHasher {
    /// The default queueing bound: 2 s.
    #[doc(hidden)]
    pub const DEFAULT_WAIT: Duration = Duration::from_secs(2);

    /// One per core: `std::thread::available_parallelism` (1 when unknown).
    #[doc(hidden)]
    pub fn default_concurrency() -> usize {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }

    /// The process-wide default hasher (what [`DieselUserStore::new`] uses): one limit
    /// for every store in the process, since they share the same cores.
    ///
    /// [`DieselUserStore::new`]: crate::users::DieselUserStore::new
    #[doc(hidden)]
    pub fn shared() -> &'static PasswordHasher {
        static SHARED: OnceLock<PasswordHasher> = OnceLock::new();
        SHARED.get_or_init(PasswordHasher::default)
    }

    /// At most `max_concurrency` hashes at once (at least 1); others wait up to `wait`.
    pub fn new(max_concurrency: usize, wait: Duration) -> Self {
        let max_concurrency = max_concurrency.max(1);
        PasswordHasher {
            inner: Arc::new(Inner {
                permits: Arc::new(Semaphore::new(max_concurrency)),
                max_concurrency,
                wait,
                params: Params::default(),
                memory: Mutex::new(Vec::new()),
                running: AtomicUsize::new(0),
                peak: AtomicUsize::new(0),
                overloads: AtomicU64::new(0),
            }),
        }
    }

    /// The argon2id cost of new hashes (Django's `Argon2PasswordHasher.memory_cost` in
    /// KiB, `time_cost`, `parallelism`); existing hashes are checked with their own.
    #[doc(hidden)]
    pub fn with_argon2_params(
        self,
        memory_cost: u32,
        time_cost: u32,
        parallelism: u32,
    ) -> Result<Self, HashingError> {
        let params = Params::new(memory_cost, time_cost, parallelism, None)
            .map_err(|e| HashingError::Failed(e.to_string()))?;
        Ok(PasswordHasher {
            inner: Arc::new(Inner {
                permits: Arc::new(Semaphore::new(self.inner.max_concurrency)),
                max_concurrency: self.inner.max_concurrency,
                wait: self.inner.wait,
                params,
                memory: Mutex::new(Vec::new()),
                running: AtomicUsize::new(0),
                peak: AtomicUsize::new(0),
                overloads: AtomicU64::new(0),
            }),
        })
    }

    /// How many hashes may run at once.
    #[doc(hidden)]
    pub fn max_concurrency(&self) -> usize {
        self.inner.max_concurrency
    }

    /// How long a caller waits for a permit before [`HashingError::Overloaded`].
    #[doc(hidden)]
    pub fn wait(&self) -> Duration {
        self.inner.wait
    }

    /// How many hashes run right now (never more than [`max_concurrency`](Self::max_concurrency)).
    #[doc(hidden)]
    pub fn running(&self) -> usize {
        self.inner.running.load(Ordering::SeqCst)
    }

    /// The most hashes that ever ran at once.
    #[doc(hidden)]
    pub fn peak(&self) -> usize {
        self.inner.peak.load(Ordering::SeqCst)
    }

    /// How many callers were turned away with [`HashingError::Overloaded`].
    #[doc(hidden)]
    pub fn overloads(&self) -> u64 {
        self.inner.overloads.load(Ordering::SeqCst)
    }

    /// What `Retry-After` says when overloaded: the wait, in whole seconds, at least 1.
    #[doc(hidden)]
    pub fn retry_after(&self) -> Duration {
        let secs = self.inner.wait.as_secs() + u64::from(self.inner.wait.subsec_nanos() > 0);
        Duration::from_secs(secs.max(1))
    }

    /// Runs `f` on a blocking thread once a permit is free (waiting at most
    /// [`wait`](Self::wait)); for a host store's own hashing algorithm.
    #[doc(hidden)]
    pub async fn run_blocking<T, F>(&self, f: F) -> Result<T, HashingError>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let inner = &self.inner;
        let permit = match tokio::time::timeout(
            inner.wait,
            Arc::clone(&inner.permits).acquire_owned(),
        )
        .await
        {
            Ok(Ok(permit)) => permit,
            Ok(Err(closed)) => return Err(HashingError::Failed(closed.to_string())),
            Err(_elapsed) => {
                inner.overloads.fetch_add(1, Ordering::SeqCst);
                tracing::warn!(
                    max_concurrency = inner.max_concurrency,
                    wait_ms = inner.wait.as_millis() as u64,
                    "password hashing overloaded: request refused"
                );
                return Err(HashingError::Overloaded {
                    retry_after: self.retry_after(),
                });
            }
        };
        let me = Arc::clone(inner);
        tokio::task::spawn_blocking(move || {
            let out = {
                let now = me.running.fetch_add(1, Ordering::SeqCst) + 1;
                me.peak.fetch_max(now, Ordering::SeqCst);
                let _running = Running(&me);
                f()
            };
            // Counted out before the next caller can be let in.
            drop(permit);
            out
        })
        .await
        .map_err(|e| HashingError::Failed(e.to_string()))
    }

    /// Hashes `password` with argon2id and a random salt (Django's `make_password`).
    pub async fn make_password(&self, password: &str) -> Result<String, HashingError> {
        let password = zeroize::Zeroizing::new(password.as_bytes().to_vec());
        let me = Arc::clone(&self.inner);
        self.run_blocking(move || me.with_memory(|memory| hash(&me.params, &password, memory)))
            .await?
    }

    /// Whether `password` matches `encoded` (Django's `check_password`); a malformed hash
    /// never matches. The comparison is constant-time.
    pub async fn check_password(
        &self,
        password: &str,
        encoded: &str,
    ) -> Result<bool, HashingError> {
        let password = zeroize::Zeroizing::new(password.as_bytes().to_vec());
        let encoded = encoded.to_owned();
        let me = Arc::clone(&self.inner);
        self.run_blocking(move || me.with_memory(|memory| verify(&password, &encoded, memory)))
            .await
    }

    /// Whether a hash that just verified should be replaced by a fresh one (Django's
    /// `must_update`): true for every format but argon2id at this hasher's parameters —
    /// Django's own hashes after an import, argon2i, or argon2id at another cost. The
    /// built-in user store re-hashes at that login.
    pub fn must_update(&self, encoded: &str) -> bool {
        let Ok(parsed) = PasswordHash::new(encoded) else {
            return true;
        };
        parsed.algorithm != Algorithm::Argon2id.ident()
            || parsed.version != Some(Version::V0x13.into())
            || Params::try_from(&parsed).map_or(true, |p| {
                (p.m_cost(), p.t_cost(), p.p_cost())
                    != (
                        self.inner.params.m_cost(),
                        self.inner.params.t_cost(),
                        self.inner.params.p_cost(),
                    )
            })
    }

    /// Checks `password` against [`DUMMY_HASH`], for an unknown user: the same cost as a
    /// wrong password, so timing does not tell which usernames exist. Always `false`.
    #[doc(hidden)]
    pub async fn check_unknown_user(&self, password: &str) -> Result<bool, HashingError> {
        self.check_password(password, DUMMY_HASH)
            .await
            .map(|_| false)
    }
}

impl Inner {
    /// Runs `f` with a reused memory area (one per permit at most) and keeps it afterwards
    /// when it is no larger than this hasher's own cost needs.
    fn with_memory<T>(&self, f: impl FnOnce(&mut Vec<Block>) -> T) -> T {
        let reused = self.memory.lock().ok().and_then(|mut pool| pool.pop());
        let mut memory = reused.unwrap_or_default();
        let out = f(&mut memory);
        if memory.len()
            <= self
                .params
                .block_count()
                .max(Params::default().block_count())
            && let Ok(mut pool) = self.memory.lock()
            && pool.len() < self.max_concurrency
        {
            pool.push(memory);
        }
        out
    }
}

/// Grows `memory` to `blocks` blocks (never shrinks: a reused area is overwritten).
fn ensure(memory: &mut Vec<Block>, blocks: usize) {
    if memory.len() < blocks {
        memory.resize(blocks, Block::default());
    }
}

fn hash(params: &Params, password: &[u8], memory: &mut Vec<Block>) -> Result<String, HashingError> {
    let failed = |e: &dyn std::fmt::Display| HashingError::Failed(e.to_string());
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>()).map_err(|e| failed(&e))?;
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.decode_b64(&mut salt_bytes).map_err(|e| failed(&e))?;
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    ensure(memory, params.block_count());
    argon2
        .hash_password_into_with_memory(password, salt_raw, &mut out, &mut memory[..])
        .map_err(|e| failed(&e))?;
    let encoded = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(params).map_err(|e| failed(&e))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| failed(&e))?),
    };
    Ok(encoded.to_string())
}

fn verify(password: &[u8], encoded: &str, memory: &mut Vec<Block>) -> bool {
    let encoded = match django::format(encoded) {
        django::Format::Phc(phc) => phc,
        django::Format::Django => return django::verify(password, encoded),
        django::Format::Unknown => return false,
    };
    let Ok(parsed) = PasswordHash::new(encoded) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from).transpose() {
        Ok(v) => v.unwrap_or_default(),
        Err(_) => return false,
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(salt_raw) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    ensure(memory, params.block_count());
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password, salt_raw, &mut out, &mut memory[..])
        .is_ok()
        && bool::from(out.as_slice().ct_eq(expected.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::PasswordVerifier;

    #[test]
    fn the_dummy_hash_has_the_default_cost() {
        let parsed = PasswordHash::new(DUMMY_HASH).expect("parses");
        assert_eq!(parsed.algorithm, Algorithm::Argon2id.ident());
        assert_eq!(Params::try_from(&parsed).expect("params"), {
            let mut p = argon2::ParamsBuilder::new();
            p.output_len(Params::DEFAULT_OUTPUT_LEN);
            p.build().expect("default")
        });
    }

    #[test]
    fn hashes_interoperate_with_the_argon2_crate_and_reused_memory() {
        let params = Params::new(64, 1, 1, None).expect("params");
        let mut memory = Vec::new();
        let first = hash(&params, b"first", &mut memory).expect("hash");
        let second = hash(&params, b"second", &mut memory).expect("hash");
        for (password, encoded) in [("first", &first), ("second", &second)] {
            let parsed = PasswordHash::new(encoded).expect("parses");
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .expect("the argon2 crate accepts our hash");
            assert!(verify(password.as_bytes(), encoded, &mut memory));
            assert!(!verify(b"wrong", encoded, &mut memory));
        }
        // A hash made by the argon2 crate (default cost) checks with the reused area.
        let theirs = crate::users::make_password("theirs").expect("hash");
        assert!(verify(b"theirs", &theirs, &mut memory));
        assert!(!verify(b"mine", &theirs, &mut memory));
    }

    #[test]
    fn malformed_hashes_never_match() {
        let mut memory = Vec::new();
        for encoded in [
            "",
            "plain",
            "$argon2id$v=19$m=19456,t=2,p=1$",
            "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$",
            "$argon2id$v=99$m=64,t=1,p=1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAA",
            "$pbkdf2$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAA",
        ] {
            assert!(!verify(b"", encoded, &mut memory), "{encoded:?}");
        }
    }

    #[test]
    fn retry_after_is_whole_seconds_at_least_one() {
        let s = |ms| PasswordHasher::new(1, Duration::from_millis(ms)).retry_after();
        assert_eq!(s(0), Duration::from_secs(1));
        assert_eq!(s(50), Duration::from_secs(1));
        assert_eq!(s(2000), Duration::from_secs(2));
        assert_eq!(s(2001), Duration::from_secs(3));
    }
}
