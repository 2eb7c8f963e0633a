//! How long a logged-in session lasts: an absolute lifetime from the login
//! (`TWO_FACTOR_SESSION_MAX_AGE`, default 12 h) and an idle timeout
//! (`TWO_FACTOR_SESSION_IDLE_TIMEOUT`, default 30 min). Both live in the session itself,
//! so they hold for cookie sessions (which the server cannot delete) and for server-side
//! stores (whose own TTL runs from each session's last write) alike; `OtpMiddleware`
//! checks them on every request and ends a session that is over.
//!
//! The last-activity time is rewritten at most once a minute (or every half idle timeout
//! when that is shorter), so most read-only requests leave the session untouched.

use crate::core::Core;
use crate::errors::TwoFactorError;
use crate::flows::session::{SessionKey, SessionState};

/// Stamps a session that just logged in: the login time and the last activity, both now
/// (the login time is kept by re-authentication).
pub(crate) fn start(tf: &Core, session: &impl SessionState) -> Result<(), TwoFactorError> {
    let now = tf.clock.now_secs();
    forget_legacy(session);
    session.set(SessionKey::Lifetime, &(now, now))
}

/// Why a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expired {
    /// Older than the absolute lifetime.
    MaxAge,
    /// No request within the idle timeout.
    Idle,
}

/// Checks a logged-in session against both limits: `Err` when it is over (the caller
/// ends it); otherwise refreshes the activity time when it is stale enough to matter.
/// `now` is the request's time (`Clock::now_ms`), `stored` the session's `Lifetime` entry,
/// both read by the caller once for all of the request's checks. A session without the
/// stamps (logged in by the host, or before this version) starts counting now.
pub(crate) fn check(
    tf: &Core,
    now: i64,
    stored: Option<(i64, i64)>,
    session: &impl SessionState,
) -> Result<(), Expired> {
    check_at(
        now.div_euclid(1000),
        tf.session_max_age().as_secs() as i64,
        tf.session_idle_timeout().as_secs() as i64,
        stored,
        session,
    )
}

/// [`check`] at time `now` with limits `max_age` and `idle` (seconds, 0 = none).
fn check_at(
    now: i64,
    max_age: i64,
    idle: i64,
    stored: Option<(i64, i64)>,
    session: &impl SessionState,
) -> Result<(), Expired> {
    let (stored, legacy) = match stored {
        Some((login_at, seen_at)) => ((Some(login_at), Some(seen_at)), false),
        // A session stamped by an earlier version keeps its times (carried over below).
        None => (
            (
                session.get::<i64>(SessionKey::LegacyLoginAt),
                session.get::<i64>(SessionKey::LegacySeenAt),
            ),
            true,
        ),
    };
    let (login_at, seen_at) = stored;
    if max_age > 0
        && let Some(at) = login_at
        && now.saturating_sub(at) > max_age
    {
        return Err(Expired::MaxAge);
    }
    let seen_fresh = match seen_at {
        Some(at) if idle > 0 && now.saturating_sub(at) > idle => return Err(Expired::Idle),
        Some(at) => idle <= 0 || now.saturating_sub(at) < (idle / 2).clamp(1, 60),
        None => idle <= 0,
    };
    // Written only when something changes: a missing login time (counting starts now), a
    // stale activity time, or times still under the earlier version's keys.
    if legacy || login_at.is_none() || !seen_fresh {
        let seen = if seen_fresh {
            seen_at.unwrap_or(now)
        } else {
            now
        };
        if legacy {
            forget_legacy(session);
        }
        let _ = session.set(SessionKey::Lifetime, &(login_at.unwrap_or(now), seen));
    }
    Ok(())
}

/// Removes the times of an earlier version (absent ones leave the session untouched).
fn forget_legacy(session: &impl SessionState) {
    session.remove(SessionKey::LegacyLoginAt);
    session.remove(SessionKey::LegacySeenAt);
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use super::*;

    /// A session in memory, counting its writes.
    #[derive(Default)]
    struct Memory {
        entries: RefCell<HashMap<&'static str, serde_json::Value>>,
        writes: RefCell<usize>,
    }

    impl SessionState for Memory {
        fn get<T: serde::de::DeserializeOwned>(&self, key: SessionKey) -> Option<T> {
            let value = self.entries.borrow().get(key.as_str())?.clone();
            serde_json::from_value(value).ok()
        }
        fn set<T: serde::Serialize>(
            &self,
            key: SessionKey,
            value: &T,
        ) -> Result<(), TwoFactorError> {
            *self.writes.borrow_mut() += 1;
            let value = serde_json::to_value(value).expect("json");
            self.entries.borrow_mut().insert(key.as_str(), value);
            Ok(())
        }
        fn remove(&self, key: SessionKey) {
            if self.entries.borrow_mut().remove(key.as_str()).is_some() {
                *self.writes.borrow_mut() += 1;
            }
        }
        fn clear(&self) {
            self.entries.borrow_mut().clear();
        }
        fn renew(&self) {}
    }

    const HOUR: i64 = 3600;

    fn lifetime(session: &Memory) -> Option<(i64, i64)> {
        session.get(SessionKey::Lifetime)
    }

    /// [`check_at`] as the middleware calls it: with the session's own `Lifetime` entry.
    fn at(now: i64, max_age: i64, idle: i64, session: &Memory) -> Result<(), Expired> {
        check_at(now, max_age, idle, lifetime(session), session)
    }

    #[test]
    fn both_times_live_in_one_entry_written_only_when_stale() {
        let s = Memory::default();
        s.set(SessionKey::Lifetime, &(1000, 1000)).unwrap();
        *s.writes.borrow_mut() = 0;
        assert_eq!(at(1030, 12 * HOUR, 1800, &s), Ok(()));
        assert_eq!(*s.writes.borrow(), 0, "a fresh session is not rewritten");
        assert_eq!(at(1100, 12 * HOUR, 1800, &s), Ok(()));
        assert_eq!(
            lifetime(&s),
            Some((1000, 1100)),
            "activity refreshed, login kept"
        );
        assert_eq!(*s.writes.borrow(), 1);
        assert_eq!(at(1100 + 1801, 12 * HOUR, 1800, &s), Err(Expired::Idle));
        s.set(SessionKey::Lifetime, &(1000, 1000 + 12 * HOUR))
            .unwrap();
        assert_eq!(
            at(1001 + 12 * HOUR, 12 * HOUR, 1800, &s),
            Err(Expired::MaxAge)
        );
        assert_eq!(at(1001 + 12 * HOUR, 0, 0, &s), Ok(()), "0 turns both off");
    }

    #[test]
    fn a_session_without_times_starts_counting_now() {
        let s = Memory::default();
        assert_eq!(at(5000, 12 * HOUR, 1800, &s), Ok(()));
        assert_eq!(lifetime(&s), Some((5000, 5000)));
    }

    #[test]
    fn times_kept_by_an_earlier_version_carry_over_and_still_expire() {
        // An old session: its login 13 hours ago must not start counting again.
        let s = Memory::default();
        s.set(SessionKey::LegacyLoginAt, &0_i64).unwrap();
        s.set(SessionKey::LegacySeenAt, &(13 * HOUR - 60)).unwrap();
        assert_eq!(at(13 * HOUR, 12 * HOUR, 1800, &s), Err(Expired::MaxAge));
        // A live one moves to the single entry, keeping its login time.
        let s = Memory::default();
        s.set(SessionKey::LegacyLoginAt, &(HOUR)).unwrap();
        s.set(SessionKey::LegacySeenAt, &(2 * HOUR - 10)).unwrap();
        assert_eq!(at(2 * HOUR, 12 * HOUR, 1800, &s), Ok(()));
        assert_eq!(lifetime(&s), Some((HOUR, 2 * HOUR - 10)));
        assert_eq!(s.get::<i64>(SessionKey::LegacyLoginAt), None);
        assert_eq!(s.get::<i64>(SessionKey::LegacySeenAt), None);
        // Idle under the old keys ends it too.
        let s = Memory::default();
        s.set(SessionKey::LegacyLoginAt, &(HOUR)).unwrap();
        s.set(SessionKey::LegacySeenAt, &(HOUR)).unwrap();
        assert_eq!(at(HOUR + 1801, 12 * HOUR, 1800, &s), Err(Expired::Idle));
    }
}
