//! How long a logged-in session lasts: an absolute lifetime from the login
//! (`TWO_FACTOR_SESSION_MAX_AGE`, default 12 h) and an idle timeout
//! (`TWO_FACTOR_SESSION_IDLE_TIMEOUT`, default 30 min). Both live in the session itself,
//! so they hold for cookie sessions (which the server cannot delete) and for server-side
//! stores (whose own TTL slides with every request) alike; `OtpMiddleware` checks them
//! on every request and ends a session that is over.
//!
//! The last-activity time is rewritten at most once a minute (or every half idle timeout
//! when that is shorter), so most read-only requests leave the session untouched.

use crate::core::Core;
use crate::errors::TwoFactorError;
use crate::flows::session::{SessionKey, SessionState};

/// Stamps a session that just logged in (`LoginAt`: when the login completed, kept by
/// re-authentication; `SeenAt`: when it was last seen active, coarse).
pub(crate) fn start(tf: &Core, session: &impl SessionState) -> Result<(), TwoFactorError> {
    let now = tf.clock.now_secs();
    for key in [SessionKey::LoginAt, SessionKey::SeenAt] {
        session.set(key, &now)?;
    }
    Ok(())
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
/// A session without the stamps (logged in by the host, or before this version) starts
/// counting now.
pub(crate) fn check(tf: &Core, session: &impl SessionState) -> Result<(), Expired> {
    let now = tf.clock.now_secs();
    let max_age = tf.session_max_age().as_secs() as i64;
    let idle = tf.session_idle_timeout().as_secs() as i64;
    let login_at: Option<i64> = session.get(SessionKey::LoginAt);
    let seen_at: Option<i64> = session.get(SessionKey::SeenAt);
    if max_age > 0 {
        match login_at {
            Some(at) if now.saturating_sub(at) > max_age => return Err(Expired::MaxAge),
            Some(_) => {}
            None => {
                let _ = session.set(SessionKey::LoginAt, &now);
            }
        }
    }
    if idle > 0 {
        match seen_at {
            Some(at) if now.saturating_sub(at) > idle => return Err(Expired::Idle),
            Some(at) if now.saturating_sub(at) < (idle / 2).clamp(1, 60) => {}
            _ => {
                let _ = session.set(SessionKey::SeenAt, &now);
            }
        }
    }
    Ok(())
}
