//! Keyed throttling of password guessing: re-authentication per user and per session, and
//! the login's password step per account and per client address.
//!
//! One table, `two_factor_throttle(scope, key, failure_count, failure_timestamp)`, keyed by
//! the SHA-256 (hex) of the scope and the raw key, so arbitrary input has a fixed length and
//! no username, address or session secret is stored.
//!
//! An attempt *reserves* its failure before the password is checked, and a success gives
//! it back. Where a scope refuses (re-authentication per user, the login per client
//! address), the reservation is one write transaction that locks the key's row (an
//! `INSERT … ON CONFLICT DO NOTHING` for a new key, else a no-op `UPDATE` that takes the
//! row lock), reads the count and writes the next one, taken only outside the back-off:
//! parallel attempts queue for the row, each gets its own slot, so they cannot slip past
//! the check together, and contention is never mistaken for failures — on SQLite and
//! PostgreSQL, across instances.
//! Attempts refused inside the back-off are not evaluated and do not count. Counters that
//! only slow down (the login per account) or only count (re-authentication per session)
//! are one atomic upsert.
//!
//! Rows whose last failure is older than a day are deleted, at most once every ten
//! minutes per instance, by one indexed `DELETE`.

use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::db::schema::two_factor_throttle as t;
use crate::db::{AnyConnection, Database, DbError, with_backend};
use crate::errors::InvalidSetting;

/// Rows untouched for this long are deleted (and re-authentication counters forget).
const RETENTION_MS: i64 = 24 * 3600 * 1000;
/// How often one instance runs the pruning `DELETE`.
const PRUNE_EVERY_MS: i64 = 10 * 60 * 1000;
/// The login counters (per account, per client) forget failures this long after the last.
const LOGIN_FORGET_MS: i64 = 15 * 60 * 1000;
/// The re-authentication back-off never exceeds this (the user is never locked for good).
const REAUTH_MAX_BACKOFF_MS: i64 = 3600 * 1000;
/// First step of the per-account login delay, doubled with each further failure.
const ACCOUNT_DELAY_BASE_MS: i64 = 250;
/// First step of the per-client refusal, doubled with each further failure.
const CLIENT_BACKOFF_BASE_MS: i64 = 1000;
/// Upper bounds of the settings: a client is never refused longer, an account never
/// delayed longer.
const CLIENT_MAX_BACKOFF_LIMIT: Duration = Duration::from_secs(600);
const ACCOUNT_MAX_DELAY_LIMIT: Duration = Duration::from_secs(10);
/// Counters saturate here.
const MAX_COUNT: i32 = 1_000_000;

/// The query parameter the login page reads to explain why the session ended.
pub(crate) const LOGGED_OUT_PARAM: &str = "logged_out";
/// Its value after too many failed re-authentications.
pub(crate) const LOGGED_OUT_REAUTH: &str = "reauth";
/// Shown on the login page after a session was ended by too many failed confirmations
/// (current language).
pub(crate) fn logged_out_message() -> &'static str {
    crate::i18n::tr_static("throttle-reauth-logged-out")
}

/// The throttling settings (`TWO_FACTOR_REAUTH_*`, `TWO_FACTOR_LOGIN_*`,
/// `TWO_FACTOR_CLIENT_IP_HEADER`), set through the builder.
#[derive(Debug, Clone)]
pub(crate) struct ThrottleSettings {
    /// Re-authentication back-off base in seconds per user (0 = off).
    pub(crate) reauth_factor: u32,
    /// Failed confirmations that end a session (0 = never).
    pub(crate) reauth_max_failures: u32,
    /// Failures from one client address before it is refused (0 = never).
    pub(crate) client_failure_limit: u32,
    /// Longest refusal of a client address (zero = never refused).
    pub(crate) client_max_backoff: Duration,
    /// Failures on one username before each attempt is delayed (0 = from the first).
    pub(crate) account_failure_limit: u32,
    /// Longest delay of one attempt on a username (zero = no delay).
    pub(crate) account_max_delay: Duration,
    /// A header set by the host's reverse proxy naming the client address.
    pub(crate) client_ip_header: Option<String>,
}

impl Default for ThrottleSettings {
    fn default() -> Self {
        ThrottleSettings {
            reauth_factor: 1,
            reauth_max_failures: 5,
            client_failure_limit: 10,
            client_max_backoff: Duration::from_secs(60),
            account_failure_limit: 3,
            account_max_delay: Duration::from_secs(3),
            client_ip_header: None,
        }
    }
}

/// What is throttled; part of every hashed key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Re-authentication, per user id.
    ReauthUser,
    /// Re-authentication, per session.
    ReauthSession,
    /// The login's password step, per normalised submitted username.
    LoginAccount,
    /// The login's password step, per client address.
    LoginClient,
}

impl Scope {
    fn name(self) -> &'static str {
        match self {
            Scope::ReauthUser => "reauth_user",
            Scope::ReauthSession => "reauth_session",
            Scope::LoginAccount => "login_account",
            Scope::LoginClient => "login_client",
        }
    }
}

/// The stored key of `raw` in `scope`: SHA-256 hex of the scope, a NUL and `raw`.
pub(crate) fn hashed_key(scope: Scope, raw: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(scope.name().as_bytes());
    hasher.update([0u8]);
    hasher.update(raw.as_bytes());
    hex::encode(hasher.finalize())
}

/// The account key of a submitted username: trimmed and lower-cased (as usernames are
/// looked up), whether or not such a user exists.
pub(crate) fn account_key(username: &str) -> String {
    hashed_key(Scope::LoginAccount, &username.trim().to_lowercase())
}

/// An exponential back-off: no delay below `free` failures, then `base·2^(n-free)` capped
/// at `cap`; failures older than `forget` no longer count.
#[derive(Debug, Clone, Copy)]
struct Backoff {
    free: i32,
    base_ms: i64,
    cap_ms: i64,
    forget_ms: i64,
}

impl Backoff {
    fn delay_ms(&self, failures: i32) -> i64 {
        if self.base_ms <= 0 || self.cap_ms <= 0 || failures <= 0 || failures < self.free {
            return 0;
        }
        let exponent = (failures - self.free).clamp(0, 30) as u32;
        self.base_ms
            .saturating_mul(1_i64 << exponent)
            .min(self.cap_ms)
    }

    /// The failures still counted at `now` for a row `(count, timestamp)`.
    fn live_count(&self, count: i32, ts: i64, now: i64) -> i32 {
        if now.saturating_sub(ts) >= self.forget_ms {
            0
        } else {
            count
        }
    }

    /// Milliseconds until an attempt is allowed again (0 = now). Below the free attempts
    /// there is no wait, even when another instance's clock wrote a timestamp a moment
    /// ahead of ours.
    fn retry_after_ms(&self, failures: i32, ts: i64, now: i64) -> i64 {
        let delay = self.delay_ms(failures);
        if delay == 0 {
            return 0;
        }
        ts.saturating_add(delay).saturating_sub(now).max(0)
    }
}

/// The result of trying to reserve an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reservation {
    /// The attempt may proceed; its failure is already counted.
    Taken,
    /// Inside the back-off: refuse without evaluating.
    Refused { retry_after_ms: i64 },
}

fn load(conn: &mut AnyConnection, scope: Scope, key: &str) -> Result<Option<(i32, i64)>, DbError> {
    Ok(with_backend!(conn, c => t::table
        .filter(t::scope.eq(scope.name()))
        .filter(t::key.eq(key))
        .select((t::failure_count, t::failure_timestamp))
        .get_result::<(i32, i64)>(c)
        .optional())?)
}

/// Counts one attempt unless the back-off refuses it, in one write transaction that holds
/// the key's row locked from the read to the write (see the module): parallel attempts
/// queue for the row instead of racing for it, so contention never reads as failures.
fn reserve(
    conn: &mut AnyConnection,
    scope: Scope,
    key: &str,
    backoff: &Backoff,
    now: i64,
) -> Result<Reservation, DbError> {
    crate::db::write_transaction(conn, |conn| {
        let inserted = with_backend!(conn, c => diesel::insert_into(t::table)
            .values((
                t::scope.eq(scope.name()),
                t::key.eq(key),
                t::failure_count.eq(1),
                t::failure_timestamp.eq(now),
            ))
            .on_conflict_do_nothing()
            .execute(c))?;
        if inserted == 1 {
            return Ok(Reservation::Taken);
        }
        // A no-op write takes the row lock (PostgreSQL; SQLite's `BEGIN IMMEDIATE` already
        // holds the database's): a parallel attempt waits here until this one commits.
        with_backend!(conn, c => diesel::update(
            t::table
                .filter(t::scope.eq(scope.name()))
                .filter(t::key.eq(key)),
        )
        .set(t::failure_count.eq(t::failure_count))
        .execute(c))?;
        let Some((count, ts)) = load(conn, scope, key)? else {
            // Pruned between the two statements: this attempt is the first again.
            with_backend!(conn, c => diesel::insert_into(t::table)
                .values((
                    t::scope.eq(scope.name()),
                    t::key.eq(key),
                    t::failure_count.eq(1),
                    t::failure_timestamp.eq(now),
                ))
                .on_conflict_do_nothing()
                .execute(c))?;
            return Ok(Reservation::Taken);
        };
        let live = backoff.live_count(count, ts, now);
        let wait = backoff.retry_after_ms(live, ts, now);
        if live > 0 && wait > 0 {
            return Ok(Reservation::Refused {
                retry_after_ms: wait,
            });
        }
        with_backend!(conn, c => diesel::update(
            t::table
                .filter(t::scope.eq(scope.name()))
                .filter(t::key.eq(key)),
        )
        .set((
            t::failure_count.eq(live.saturating_add(1).min(MAX_COUNT)),
            t::failure_timestamp.eq(now),
        ))
        .execute(c))?;
        Ok(Reservation::Taken)
    })
}

/// Adds one failure and returns the count including it (failures older than `forget_ms`
/// are dropped first). One upsert, atomic on both backends.
fn increment(
    conn: &mut AnyConnection,
    scope: Scope,
    key: &str,
    forget_ms: i64,
    now: i64,
) -> Result<i32, DbError> {
    with_backend!(conn, c => diesel::delete(
        t::table
            .filter(t::scope.eq(scope.name()))
            .filter(t::key.eq(key))
            .filter(t::failure_timestamp.le(now.saturating_sub(forget_ms))),
    )
    .execute(c))?;
    let count = with_backend!(conn, c => diesel::insert_into(t::table)
        .values((
            t::scope.eq(scope.name()),
            t::key.eq(key),
            t::failure_count.eq(1),
            t::failure_timestamp.eq(now),
        ))
        .on_conflict((t::scope, t::key))
        .do_update()
        .set((
            t::failure_count.eq(t::failure_count + 1),
            t::failure_timestamp.eq(now),
        ))
        .returning(t::failure_count)
        .get_result::<i32>(c))?;
    Ok(count)
}

/// Forgets every failure of the key.
fn reset(conn: &mut AnyConnection, scope: Scope, key: &str) -> Result<(), DbError> {
    with_backend!(conn, c => diesel::delete(
        t::table
            .filter(t::scope.eq(scope.name()))
            .filter(t::key.eq(key)),
    )
    .execute(c))?;
    Ok(())
}

/// Gives back one reserved failure.
fn release(conn: &mut AnyConnection, scope: Scope, key: &str) -> Result<(), DbError> {
    with_backend!(conn, c => diesel::update(
        t::table
            .filter(t::scope.eq(scope.name()))
            .filter(t::key.eq(key))
            .filter(t::failure_count.gt(0)),
    )
    .set(t::failure_count.eq(t::failure_count - 1))
    .execute(c))?;
    Ok(())
}

/// Deletes the rows whose last failure is older than the retention.
fn prune(conn: &mut AnyConnection, now: i64) -> Result<usize, DbError> {
    Ok(with_backend!(conn, c => diesel::delete(
        t::table.filter(t::failure_timestamp.lt(now.saturating_sub(RETENTION_MS))),
    )
    .execute(c))?)
}

/// Whole seconds covering `ms` (rounded up; nothing negative): what `Retry-After` says.
pub(crate) fn ceil_secs(ms: i64) -> i64 {
    (ms.max(0) + 999) / 1000
}

/// The refusal message of the login's password step (current language).
pub(crate) fn client_refused_message(retry_after_secs: i64) -> String {
    crate::i18n::tr_args("throttle-network", &[("seconds", retry_after_secs.into())])
}

/// The refusal message of re-authentication (current language).
pub(crate) fn reauth_refused_message(retry_after_secs: i64) -> String {
    crate::i18n::tr_args("throttle-account", &[("seconds", retry_after_secs.into())])
}

/// The address bucket a client is counted in: an IPv4 address, or the /64 of an IPv6
/// address (one subscriber usually holds a whole /64).
pub(crate) fn address_bucket(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// Whether `name` is an HTTP header name (an RFC 9110 token).
fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Parses one address as proxies write them: `ip`, `ip:port`, `[v6]:port`.
pub(crate) fn parse_address(text: &str) -> Option<IpAddr> {
    let text = text.trim().trim_matches('"');
    text.parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<std::net::SocketAddr>().ok().map(|a| a.ip()))
}

/// Keyed throttling state: the settings and the pruning schedule of this instance.
#[derive(Debug)]
pub(crate) struct Throttling {
    settings: ThrottleSettings,
    /// The trusted proxy header naming the client (lower case), when configured.
    client_ip_header: Option<String>,
    next_prune_ms: AtomicI64,
}

/// Whether re-authentication may check the password.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReauthGate {
    /// The session already failed too often: log it out.
    LoggedOut,
    /// The user's back-off holds: refuse without checking.
    Refused {
        /// Whole seconds until the next attempt is allowed.
        retry_after_secs: i64,
    },
    /// Check the password; the attempt is counted until [`Throttling::reauth_succeeded`].
    Open {
        /// The session's failures including this attempt.
        session_failures: i32,
    },
}

/// Whether the login's password step may check the password.
#[derive(Debug)]
pub(crate) enum LoginGate {
    /// The client address is inside its back-off: refuse without checking.
    Refused {
        /// Whole seconds until the next attempt is allowed.
        retry_after_secs: i64,
    },
    /// Check the password (the account delay has been waited out).
    Open(LoginAttempt),
}

/// One counted attempt at the password step.
#[derive(Debug)]
pub(crate) struct LoginAttempt {
    client: Option<String>,
    account: Option<String>,
}

/// The keys of one re-authentication: the user and the session.
#[derive(Debug, Clone)]
pub(crate) struct ReauthKeys {
    user: String,
    session: String,
}

impl ReauthKeys {
    /// `session_secret` is a random value that lives as long as the login (the session's
    /// CSRF token, rotated at login): a replayed copy of the cookie has the same key.
    pub(crate) fn new(user_id: &str, session_secret: &str) -> ReauthKeys {
        ReauthKeys {
            user: hashed_key(Scope::ReauthUser, user_id),
            session: hashed_key(
                Scope::ReauthSession,
                &format!("{user_id}\0{session_secret}"),
            ),
        }
    }
}

impl Throttling {
    /// Checks the settings (the proxy header must be a valid header name).
    pub(crate) fn new(settings: ThrottleSettings) -> Result<Throttling, InvalidSetting> {
        let client_ip_header = match &settings.client_ip_header {
            None => None,
            Some(name) if is_header_name(name.trim()) => Some(name.trim().to_ascii_lowercase()),
            Some(name) => {
                return Err(InvalidSetting {
                    setting: "client_ip_header",
                    reason: format!("{name:?} is not a header name (TWO_FACTOR_CLIENT_IP_HEADER)"),
                });
            }
        };
        if settings.client_max_backoff > CLIENT_MAX_BACKOFF_LIMIT {
            return Err(InvalidSetting {
                setting: "login_client_max_backoff",
                reason: format!(
                    "{:?} is longer than the {:?} a refusal may last",
                    settings.client_max_backoff, CLIENT_MAX_BACKOFF_LIMIT
                ),
            });
        }
        if settings.account_max_delay > ACCOUNT_MAX_DELAY_LIMIT {
            return Err(InvalidSetting {
                setting: "login_account_max_delay",
                reason: format!(
                    "{:?} is longer than the {:?} a login may be delayed",
                    settings.account_max_delay, ACCOUNT_MAX_DELAY_LIMIT
                ),
            });
        }
        let settings = ThrottleSettings { ..settings };
        Ok(Throttling {
            settings,
            client_ip_header,
            next_prune_ms: AtomicI64::new(0),
        })
    }

    fn reauth_backoff(&self) -> Backoff {
        Backoff {
            free: 1,
            base_ms: i64::from(self.settings.reauth_factor).saturating_mul(1000),
            cap_ms: REAUTH_MAX_BACKOFF_MS,
            forget_ms: RETENTION_MS,
        }
    }

    fn client_backoff(&self) -> Backoff {
        Backoff {
            free: self.settings.client_failure_limit.min(MAX_COUNT as u32) as i32,
            base_ms: CLIENT_BACKOFF_BASE_MS,
            cap_ms: self.settings.client_max_backoff.as_millis() as i64,
            forget_ms: LOGIN_FORGET_MS,
        }
    }

    fn account_backoff(&self) -> Backoff {
        Backoff {
            free: self.settings.account_failure_limit.min(MAX_COUNT as u32) as i32,
            base_ms: ACCOUNT_DELAY_BASE_MS,
            cap_ms: self.settings.account_max_delay.as_millis() as i64,
            forget_ms: LOGIN_FORGET_MS,
        }
    }

    fn client_throttled(&self) -> bool {
        self.settings.client_failure_limit > 0 && !self.settings.client_max_backoff.is_zero()
    }

    fn account_delayed(&self) -> bool {
        !self.settings.account_max_delay.is_zero()
    }

    /// The trusted proxy header naming the client (lower case), when configured.
    pub(crate) fn client_ip_header(&self) -> Option<&str> {
        self.client_ip_header.as_deref()
    }

    /// The address bucket a client is counted under: the last address of the trusted
    /// proxy header's last value when one is configured and parses, else the peer address.
    pub(crate) fn client_address(&self, forwarded: Option<&str>, peer: Option<IpAddr>) -> String {
        let forwarded = self
            .client_ip_header
            .as_ref()
            .and(forwarded)
            .and_then(|v| v.rsplit(',').next())
            .and_then(parse_address);
        match forwarded.or(peer) {
            Some(ip) => address_bucket(ip),
            // No socket address (a Unix socket, a test request): one shared bucket.
            None => "unknown".to_owned(),
        }
    }

    /// Runs the pruning `DELETE` when this instance's turn has come.
    fn maybe_prune(&self, conn: &mut AnyConnection, now: i64) {
        let due = self.next_prune_ms.load(Ordering::Relaxed);
        if now < due
            || self
                .next_prune_ms
                .compare_exchange(
                    due,
                    now + PRUNE_EVERY_MS,
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                )
                .is_err()
        {
            return;
        }
        match prune(conn, now) {
            Ok(n) if n > 0 => tracing::debug!(rows = n, "pruned old throttle rows"),
            Ok(_) => {}
            // Pruning is housekeeping: a failure must not fail the request.
            Err(e) => tracing::warn!(error = %e, "pruning throttle rows failed"),
        }
    }

    /// Before checking a re-authentication password: ends a session that failed too often,
    /// refuses inside the user's back-off, else counts the attempt for both keys.
    pub(crate) async fn reauth_begin(
        self: &std::sync::Arc<Self>,
        db: &Database,
        now: i64,
        keys: &ReauthKeys,
    ) -> Result<ReauthGate, DbError> {
        let this = std::sync::Arc::clone(self);
        let keys = keys.clone();
        db.run(move |conn| {
            this.maybe_prune(conn, now);
            let max = this.settings.reauth_max_failures;
            if max > 0
                && let Some((count, ts)) = load(conn, Scope::ReauthSession, &keys.session)?
                && now.saturating_sub(ts) < RETENTION_MS
                && count >= max.min(MAX_COUNT as u32) as i32
            {
                return Ok(ReauthGate::LoggedOut);
            }
            if let Reservation::Refused { retry_after_ms } = reserve(
                conn,
                Scope::ReauthUser,
                &keys.user,
                &this.reauth_backoff(),
                now,
            )? {
                return Ok(ReauthGate::Refused {
                    retry_after_secs: ceil_secs(retry_after_ms),
                });
            }
            let session_failures =
                increment(conn, Scope::ReauthSession, &keys.session, RETENTION_MS, now)?;
            Ok(ReauthGate::Open { session_failures })
        })
        .await
    }

    /// Whether `session_failures` failed confirmations end the session.
    pub(crate) fn reauth_session_exhausted(&self, session_failures: i32) -> bool {
        let max = self.settings.reauth_max_failures;
        max > 0 && i64::from(session_failures) >= i64::from(max)
    }

    /// The password was right: forgets the user's and the session's failures.
    pub(crate) async fn reauth_succeeded(
        &self,
        db: &Database,
        keys: &ReauthKeys,
    ) -> Result<(), DbError> {
        let keys = keys.clone();
        db.run(move |conn| {
            reset(conn, Scope::ReauthUser, &keys.user)?;
            reset(conn, Scope::ReauthSession, &keys.session)
        })
        .await
    }

    /// Before checking a login password: refuses a client inside its back-off, else counts
    /// the attempt for the client and the submitted username and waits out the account's
    /// delay (an async sleep; the same for known and unknown usernames).
    pub(crate) async fn login_begin(
        self: &std::sync::Arc<Self>,
        db: &Database,
        now: i64,
        client_address: &str,
        username: &str,
    ) -> Result<LoginGate, DbError> {
        let client = self
            .client_throttled()
            .then(|| hashed_key(Scope::LoginClient, client_address));
        let account = self.account_delayed().then(|| account_key(username));
        if client.is_none() && account.is_none() {
            return Ok(LoginGate::Open(LoginAttempt { client, account }));
        }
        let this = std::sync::Arc::clone(self);
        let (client_key, account_key) = (client.clone(), account.clone());
        let gate = db
            .run(move |conn| {
                this.maybe_prune(conn, now);
                if let Some(key) = &client_key
                    && let Reservation::Refused { retry_after_ms } =
                        reserve(conn, Scope::LoginClient, key, &this.client_backoff(), now)?
                {
                    return Ok(Err(ceil_secs(retry_after_ms)));
                }
                let delay_ms = match &account_key {
                    Some(key) => {
                        let count =
                            increment(conn, Scope::LoginAccount, key, LOGIN_FORGET_MS, now)?;
                        this.account_backoff().delay_ms(count - 1)
                    }
                    None => 0,
                };
                Ok(Ok(delay_ms))
            })
            .await?;
        match gate {
            Err(retry_after_secs) => Ok(LoginGate::Refused { retry_after_secs }),
            Ok(delay_ms) => {
                if delay_ms > 0 {
                    tokio::time::sleep(Duration::from_millis(delay_ms as u64)).await;
                }
                Ok(LoginGate::Open(LoginAttempt { client, account }))
            }
        }
    }

    /// The password was right: the account's failures are forgotten and the client gets
    /// its reserved attempt back (only that one: logging into one's own account does not
    /// wipe the failures a network made on others).
    pub(crate) async fn login_succeeded(
        &self,
        db: &Database,
        attempt: LoginAttempt,
    ) -> Result<(), DbError> {
        if attempt.client.is_none() && attempt.account.is_none() {
            return Ok(());
        }
        db.run(move |conn| {
            if let Some(key) = &attempt.client {
                release(conn, Scope::LoginClient, key)?;
            }
            if let Some(key) = &attempt.account {
                reset(conn, Scope::LoginAccount, key)?;
            }
            Ok(())
        })
        .await
    }
}

#[cfg(test)]
mod tests;
