//! [`SessionLimits`]: how long a login, a session and a password confirmation last.

use std::time::Duration;

/// How long things last; zero turns a limit off (they are kept in whole seconds).
#[must_use]
#[derive(Clone, Debug)]
pub struct SessionLimits {
    pub(crate) login_timeout: Duration,
    pub(crate) reauthentication_window: Duration,
    pub(crate) max_age: Duration,
    pub(crate) idle_timeout: Duration,
}

impl Default for SessionLimits {
    fn default() -> Self {
        SessionLimits {
            login_timeout: Duration::from_secs(600),
            reauthentication_window: Duration::from_secs(900),
            max_age: Duration::from_secs(12 * 3600),
            idle_timeout: Duration::from_secs(30 * 60),
        }
    }
}

impl SessionLimits {
    /// `TWO_FACTOR_LOGIN_TIMEOUT`: the time between the password and the token step
    /// (default 600 s).
    pub fn login_timeout(mut self, timeout: Duration) -> Self {
        self.login_timeout = timeout;
        self
    }

    /// How recent the last password check must be to disable two-factor authentication,
    /// make new backup tokens, or add or remove a device (default 15 minutes).
    pub fn reauthentication_window(mut self, window: Duration) -> Self {
        self.reauthentication_window = window;
        self
    }

    /// `TWO_FACTOR_SESSION_MAX_AGE`: a login lasts at most this long from the moment it
    /// completed, however active the session (default 12 hours). Re-authentication does
    /// not extend it; cookie and server-side sessions alike.
    pub fn max_age(mut self, max_age: Duration) -> Self {
        self.max_age = max_age;
        self
    }

    /// `TWO_FACTOR_SESSION_IDLE_TIMEOUT`: a logged-in session ends after this long without
    /// a request (default 30 minutes). The last activity is written at most once a minute,
    /// so read-only pages rarely write the session.
    pub fn idle_timeout(mut self, timeout: Duration) -> Self {
        self.idle_timeout = timeout;
        self
    }
}
