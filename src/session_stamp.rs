//! Session stamps: revoking sessions that cannot be deleted server-side.
//!
//! A cookie-store session lives in the browser, so logging out elsewhere cannot delete
//! it. At login the session gets a stamp derived from the user's credential version
//! (it changes with the password) and their session epoch (bumped when two-factor
//! authentication is disabled or reset); `OtpMiddleware` compares it with the current
//! one on every request and ends sessions whose stamp is stale. The current stamps are
//! cached per user for the device re-check interval.

use std::sync::Arc;
use std::sync::RwLock;
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::clock::{Clock, is_fresh};
use crate::devices::Devices;
use crate::errors::TwoFactorError;
use crate::users::User;
use crate::users::UserStore;

/// The stamp for a user's credentials and epoch.
fn compute(user: &User, epoch: i64) -> String {
    let mut h = Sha256::new();
    h.update(user.credential_version.as_bytes());
    h.update(b":");
    h.update(epoch.to_be_bytes());
    hex::encode(&h.finalize()[..12])
}

/// Whether a session's `stamp` equals the `current` one. A plain comparison: the stamp
/// comes out of the session the server encrypted and signed, so a client cannot choose it
/// and time guesses against it (unlike a token or a password).
fn same(current: Option<&str>, stamp: &str) -> bool {
    current == Some(stamp)
}

/// A short-lived cache of each user's current stamp (`None`: the user is gone), aged by
/// the settings' [`Clock`] (an entry stamped in the future counts as stale).
pub(crate) struct SessionStamps {
    ttl: Duration,
    clock: Arc<dyn Clock>,
    cache: RwLock<crate::cache_map::CacheMap<String, (Option<String>, i64)>>,
}

impl std::fmt::Debug for SessionStamps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionStamps")
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

impl SessionStamps {
    const MAX_ENTRIES: usize = 100_000;

    pub(crate) fn new(ttl: Duration, clock: Arc<dyn Clock>) -> Self {
        SessionStamps {
            ttl,
            clock,
            cache: RwLock::new(crate::cache_map::CacheMap::default()),
        }
    }

    /// The stamp a new session of `user` gets (also refreshes the cache).
    pub(crate) async fn fresh(
        &self,
        devices: &Devices,
        user: &User,
    ) -> Result<String, TwoFactorError> {
        let epoch = devices.session_epoch(&user.id).await?;
        let stamp = compute(user, epoch);
        self.put(&user.id, Some(stamp.clone()));
        Ok(stamp)
    }

    /// Whether `stamp` (a session's) is the user's current stamp, from the cache when it is
    /// fresh enough at `now` (the request's [`Clock::now_ms`], read once by the caller);
    /// `false` when the user is gone or inactive. Compared where the cached stamp lies: no
    /// copy of it per request.
    pub(crate) async fn is_current(
        &self,
        users: &dyn UserStore,
        devices: &Devices,
        user_id: &str,
        stamp: &str,
        now: i64,
    ) -> Result<bool, TwoFactorError> {
        if let Some(matches) = self.cached(user_id, stamp, now) {
            return Ok(matches);
        }
        let current = match users.get_user(user_id).await?.filter(|u| u.is_active) {
            Some(user) => Some(compute(&user, devices.session_epoch(user_id).await?)),
            None => None,
        };
        let matches = same(current.as_deref(), stamp);
        self.put(user_id, current);
        Ok(matches)
    }

    /// [`Self::is_current`] when the cache knows the user's stamp freshly at `now`; `None`
    /// when the database must be asked.
    pub(crate) fn cached(&self, user_id: &str, stamp: &str, now: i64) -> Option<bool> {
        let cache = self.cache.read().unwrap_or_else(|e| e.into_inner());
        match cache.get(user_id) {
            Some((current, at)) if is_fresh(*at, now, self.ttl) => {
                Some(same(current.as_deref(), stamp))
            }
            _ => None,
        }
    }

    fn put(&self, user_id: &str, stamp: Option<String>) {
        let now = self.clock.now_ms();
        let mut cache = self.cache.write().unwrap_or_else(|e| e.into_inner());
        if cache.len() >= Self::MAX_ENTRIES {
            cache.clear();
        }
        cache.insert(user_id.to_owned(), (stamp, now));
    }
}

#[cfg(test)]
mod tests {
    use super::same;

    #[test]
    fn a_stamp_matches_only_the_current_one_of_a_user_still_there() {
        assert!(same(Some("0a1b2c"), "0a1b2c"));
        assert!(
            !same(Some("0a1b2c"), "0a1b2d"),
            "another credential version"
        );
        assert!(!same(Some("0a1b2c"), "0a1b2"), "a prefix");
        assert!(!same(None, "0a1b2c"), "the user is gone or inactive");
        assert!(!same(None, ""));
    }
}
