//! Session records: where a user is signed in.
//!
//! A cookie session lives in the browser, so the server cannot list or delete it. Each
//! logged-in session (browser, on a cookie or Redis store, or an app's `X-Session-Token`)
//! therefore keeps a random key, and `two_factor_session` a small row under the key's
//! SHA-256 digest: the user, when it began, when it was last seen (written at most once a
//! minute), a coarse client address and the User-Agent. The two-factor middleware checks
//! the row on every request of a logged-in session; a session whose row is gone is ended —
//! so deleting the row ("sign out", "sign out everywhere else", the admin) ends the session
//! on every instance at its next request. Each instance trusts its answer for the device
//! re-check interval (one second by default), as it does for devices and session stamps.

pub(crate) mod address;
pub(crate) mod agent;

use std::sync::{Arc, RwLock};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::clock::{Clock, is_fresh};
use crate::db::schema::two_factor_session as t;
use crate::db::{Database, DbError, with_backend};

/// How often a session's `last_seen_at` is written at most.
pub(crate) const TOUCH_EVERY_MS: i64 = 60_000;

/// The longest User-Agent kept.
const MAX_AGENT_CHARS: usize = 512;

/// One login session of a user, as the sessions page and the API list it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = t)]
pub(crate) struct SessionRecord {
    /// The row's id: what `session_revoke` takes.
    pub(crate) id: i64,
    /// The digest of the session's key.
    pub(crate) key_digest: String,
    /// `browser` (cookie or Redis session) or `app` (`X-Session-Token`).
    pub(crate) kind: String,
    /// When the session began (ms since the epoch).
    pub(crate) created_at: i64,
    /// When it was last seen, to the minute (ms since the epoch).
    pub(crate) last_seen_at: i64,
    /// The coarse client address (`203.0.113.0/24`).
    pub(crate) address: String,
    /// The User-Agent header as sent.
    pub(crate) user_agent: String,
}

impl SessionRecord {
    /// The browser and system, read from the User-Agent ("Firefox 121 on Linux").
    pub(crate) fn describe_agent(&self) -> String {
        agent::describe(&self.user_agent)
    }
}

/// What a request's session record says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seen {
    /// The record is there and belongs to the user: the session goes on.
    Live,
    /// The record was deleted (revoked) or belongs to someone else: end the session.
    Ended,
}

/// Where a request comes from, as a record keeps it.
#[derive(Debug, Clone)]
pub(crate) struct Client {
    /// `browser` or `app`.
    pub(crate) kind: &'static str,
    /// The coarse address.
    pub(crate) address: String,
    /// The User-Agent (cut to 512 characters).
    pub(crate) user_agent: String,
}

impl Client {
    /// A client from a request's kind, address (as throttling counts it) and User-Agent.
    pub(crate) fn new(kind: &'static str, address: &str, user_agent: &str) -> Client {
        Client {
            kind,
            address: address::coarse(address),
            user_agent: user_agent.chars().take(MAX_AGENT_CHARS).collect(),
        }
    }
}

/// What an instance remembers of one record (keyed by the session's key itself, so the
/// common case hashes nothing cryptographic; the digest is kept to forget revoked ones).
#[derive(Debug, Clone)]
struct Cached {
    /// The digest the row is stored under.
    digest: [u8; 32],
    /// The owner; `None` when the row is gone.
    user_id: Option<String>,
    /// When the database was asked (ms).
    checked_at: i64,
    /// The row's `last_seen_at` as this instance knows it.
    last_seen_at: i64,
}

/// The records service: open, check, list, revoke.
pub(crate) struct SessionRecords {
    db: Database,
    clock: Arc<dyn Clock>,
    ttl: Duration,
    cache: RwLock<crate::cache_map::CacheMap<Box<str>, Cached>>,
}

impl std::fmt::Debug for SessionRecords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionRecords")
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

/// The digest a session key is stored under (SHA-256, hex); the key has 256 random bits.
pub(crate) fn digest(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

/// A digest back as the cache's key (`None` for a malformed one).
fn cache_key(digest: &str) -> Option<[u8; 32]> {
    let mut id = [0_u8; 32];
    hex::decode_to_slice(digest, &mut id).ok()?;
    Some(id)
}

impl SessionRecords {
    const MAX_ENTRIES: usize = 100_000;

    pub(crate) fn new(db: Database, clock: Arc<dyn Clock>, ttl: Duration) -> Self {
        SessionRecords {
            db,
            clock,
            ttl,
            cache: RwLock::new(crate::cache_map::CacheMap::default()),
        }
    }

    /// Opens a record for a session of `user_id` begun now; the key the session keeps.
    /// The user's records unseen for `dead_after` (sessions that ended without a logout)
    /// are deleted on the way.
    pub(crate) async fn open(
        &self,
        user_id: &str,
        client: &Client,
        dead_after: Duration,
    ) -> Result<String, DbError> {
        let key = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
        let digest = digest(&key);
        let now = self.clock.now_ms();
        let cutoff = now - dead_after.as_millis() as i64;
        let (uid, row_digest, client) = (user_id.to_owned(), digest.clone(), client.clone());
        self.db
            .run(move |conn| {
                with_backend!(conn, c => diesel::delete(
                    t::table.filter(t::user_id.eq(&uid)).filter(t::last_seen_at.lt(cutoff)),
                )
                .execute(c))?;
                with_backend!(conn, c => diesel::insert_into(t::table)
                    .values((
                        t::user_id.eq(&uid),
                        t::key_digest.eq(&row_digest),
                        t::kind.eq(client.kind),
                        t::created_at.eq(now),
                        t::last_seen_at.eq(now),
                        t::address.eq(&client.address),
                        t::user_agent.eq(&client.user_agent),
                    ))
                    .execute(c))?;
                Ok(())
            })
            .await?;
        if let Some(id) = cache_key(&digest) {
            self.put(
                &key,
                Cached {
                    digest: id,
                    user_id: Some(user_id.to_owned()),
                    checked_at: now,
                    last_seen_at: now,
                },
            );
        }
        tracing::info!(user = %user_id, kind = client.kind, "session record opened");
        Ok(key)
    }

    /// Whether the record keeping `key` is `user_id`'s, when the cache knows it freshly at
    /// `now` and the request needs no note (the last one is under a minute old): what
    /// [`Self::seen`] answers then, without a database or a digest. `None` otherwise.
    pub(crate) fn cached(&self, key: &str, user_id: &str, now: i64) -> Option<Seen> {
        match self.peek(key, user_id, now)? {
            (false, _) => Some(Seen::Ended),
            (true, last_seen_at) => (now - last_seen_at < TOUCH_EVERY_MS).then_some(Seen::Live),
        }
    }

    /// What the cache knows freshly at `now` of the record keeping `key`: whether it is
    /// `user_id`'s, and when it was last noted.
    fn peek(&self, key: &str, user_id: &str, now: i64) -> Option<(bool, i64)> {
        let cache = self.cache.read().unwrap_or_else(|e| e.into_inner());
        cache
            .get(key)
            .filter(|c| is_fresh(c.checked_at, now, self.ttl))
            .map(|c| (c.user_id.as_deref() == Some(user_id), c.last_seen_at))
    }

    /// Checks the record of a session of `user_id` that keeps `key`, and notes the request
    /// (`last_seen_at`, address, agent) when the last note is a minute old. `now` is the
    /// request's time ([`Clock::now_ms`], read once by the caller). The common case (a fresh
    /// cache entry, a recent note) takes one hash and one map look-up.
    pub(crate) async fn seen(
        &self,
        key: &str,
        user_id: &str,
        client: impl FnOnce() -> Client,
        now: i64,
    ) -> Result<Seen, DbError> {
        let hit = self.peek(key, user_id, now);
        let id: [u8; 32] = match hit {
            // The digest is needed only to ask the database.
            Some((_, seen)) if now - seen < TOUCH_EVERY_MS => [0; 32],
            _ => Sha256::digest(key.as_bytes()).into(),
        };
        let (owned, last_seen_at) = match hit {
            Some(hit) => hit,
            None => {
                let row_digest = hex::encode(id);
                let row: Option<(String, i64)> = self
                    .db
                    .run(move |conn| {
                        Ok(with_backend!(conn, c => t::table
                            .filter(t::key_digest.eq(&row_digest))
                            .select((t::user_id, t::last_seen_at))
                            .get_result(c)
                            .optional())?)
                    })
                    .await?;
                let owned = row.as_ref().is_some_and(|(u, _)| u == user_id);
                let last_seen_at = row.as_ref().map_or(0, |(_, seen)| *seen);
                let owner = row.map(|(u, _)| u);
                self.put(
                    key,
                    Cached {
                        digest: id,
                        user_id: owner,
                        checked_at: now,
                        last_seen_at,
                    },
                );
                (owned, last_seen_at)
            }
        };
        if !owned {
            return Ok(Seen::Ended);
        }
        if now - last_seen_at >= TOUCH_EVERY_MS {
            let client = client();
            let row_digest = hex::encode(id);
            let touched = self
                .db
                .run(move |conn| {
                    Ok(with_backend!(conn, c => diesel::update(
                        t::table.filter(t::key_digest.eq(&row_digest)),
                    )
                    .set((
                        t::last_seen_at.eq(now),
                        t::address.eq(&client.address),
                        t::user_agent.eq(&client.user_agent),
                    ))
                    .execute(c))?)
                })
                .await?;
            if touched == 0 {
                // Revoked since the cache was filled.
                self.forget(&id);
                return Ok(Seen::Ended);
            }
            self.put(
                key,
                Cached {
                    digest: id,
                    user_id: Some(user_id.to_owned()),
                    checked_at: now,
                    last_seen_at: now,
                },
            );
        }
        Ok(Seen::Live)
    }

    /// The user's sessions, the most recently seen first.
    pub(crate) async fn list(&self, user_id: &str) -> Result<Vec<SessionRecord>, DbError> {
        let uid = user_id.to_owned();
        self.db
            .run(move |conn| {
                Ok(with_backend!(conn, c => t::table
                    .filter(t::user_id.eq(&uid))
                    .order((t::last_seen_at.desc(), t::id.desc()))
                    .select(SessionRecord::as_select())
                    .load(c))?)
            })
            .await
    }

    /// Ends one of the user's sessions (at its next request); whether it was theirs.
    pub(crate) async fn revoke(&self, user_id: &str, id: i64) -> Result<bool, DbError> {
        let uid = user_id.to_owned();
        let gone: Vec<String> = self
            .db
            .run(move |conn| {
                let digests: Vec<String> = with_backend!(conn, c => t::table
                    .filter(t::id.eq(id))
                    .filter(t::user_id.eq(&uid))
                    .select(t::key_digest)
                    .load(c))?;
                with_backend!(conn, c => diesel::delete(
                    t::table.filter(t::id.eq(id)).filter(t::user_id.eq(&uid)),
                )
                .execute(c))?;
                Ok(digests)
            })
            .await?;
        gone.iter()
            .filter_map(|d| cache_key(d))
            .for_each(|id| self.forget(&id));
        tracing::info!(user = %user_id, session = id, revoked = !gone.is_empty(), "session revoked");
        Ok(!gone.is_empty())
    }

    /// Ends every session of the user but the one keeping `keep` (all of them without);
    /// how many ended.
    pub(crate) async fn revoke_all(
        &self,
        user_id: &str,
        keep: Option<&str>,
    ) -> Result<usize, DbError> {
        let uid = user_id.to_owned();
        let keep = keep.map(digest).unwrap_or_default();
        let gone: Vec<String> = self
            .db
            .run(move |conn| {
                let digests: Vec<String> = with_backend!(conn, c => t::table
                    .filter(t::user_id.eq(&uid))
                    .filter(t::key_digest.ne(&keep))
                    .select(t::key_digest)
                    .load(c))?;
                with_backend!(conn, c => diesel::delete(
                    t::table.filter(t::user_id.eq(&uid)).filter(t::key_digest.ne(&keep)),
                )
                .execute(c))?;
                Ok(digests)
            })
            .await?;
        gone.iter()
            .filter_map(|d| cache_key(d))
            .for_each(|id| self.forget(&id));
        tracing::info!(user = %user_id, count = gone.len(), "sessions revoked");
        Ok(gone.len())
    }

    /// Deletes the record of a session that ends here (logout, expiry, revocation by
    /// stamp).
    pub(crate) async fn close(&self, key: &str) -> Result<(), DbError> {
        let digest = digest(key);
        let row_digest = digest.clone();
        self.db
            .run(move |conn| {
                with_backend!(conn, c => diesel::delete(
                    t::table.filter(t::key_digest.eq(&row_digest)),
                )
                .execute(c))?;
                Ok(())
            })
            .await?;
        if let Some(id) = cache_key(&digest) {
            self.forget(&id);
        }
        Ok(())
    }

    fn put(&self, key: &str, entry: Cached) {
        if let Ok(mut cache) = self.cache.write() {
            if cache.len() >= Self::MAX_ENTRIES {
                cache.clear();
            }
            cache.insert(key.into(), entry);
        }
    }

    /// Drops the entry of the record stored under digest `id` (revocation is rare: a scan).
    fn forget(&self, id: &[u8; 32]) {
        if let Ok(mut cache) = self.cache.write() {
            cache.retain(|_, c| &c.digest != id);
        }
    }
}
