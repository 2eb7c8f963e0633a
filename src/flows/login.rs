//! The login wizard: `auth` (username and password) → `token` → `backup` (on request),
//! and what it keeps between the steps.

use serde::{Deserialize, Serialize};

use crate::devices::{Device, DeviceRef};

/// A step of the login wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LoginStep {
    /// Username and password.
    Auth,
    /// A token from the chosen device.
    Token,
    /// A backup token.
    Backup,
}

impl LoginStep {
    /// Every step, in order.
    pub(crate) const ALL: [LoginStep; 3] = [LoginStep::Auth, LoginStep::Token, LoginStep::Backup];

    /// The step's name as forms post it.
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            LoginStep::Auth => "auth",
            LoginStep::Token => "token",
            LoginStep::Backup => "backup",
        }
    }

    /// The step a form names; `None` for anything else.
    pub(crate) fn parse(name: &str) -> Option<LoginStep> {
        LoginStep::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// What the session remembers after the password step: the user, when the password was
/// checked, the safe `next`, the chosen device and the session stamp — never the password.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct PendingLogin {
    pub(crate) user_id: String,
    /// Unix seconds when the password was checked.
    pub(crate) auth_time: i64,
    /// The safe `next` given with the password (kept in case a later form drops it).
    #[serde(default)]
    pub(crate) next: String,
    /// The device chosen with `challenge_device` (else the default device).
    #[serde(default)]
    pub(crate) device: Option<String>,
    /// The user's session stamp when the password was checked (a digest of the
    /// credential version and session epoch): a password change or a two-factor reset
    /// since then ends the pending login.
    #[serde(default)]
    pub(crate) stamp: String,
}

impl PendingLogin {
    /// Whether the token steps came too late (`timeout_secs` of 0: never).
    pub(crate) fn timed_out(&self, now_secs: i64, timeout_secs: i64) -> bool {
        timeout_secs > 0 && now_secs - self.auth_time > timeout_secs
    }

    /// The device the token is for: the chosen one when it is still among `devices`,
    /// else the default device; `None` when the devices went away.
    pub(crate) fn device<'d>(&self, devices: &'d [Device]) -> Option<&'d Device> {
        self.device
            .as_deref()
            .and_then(|r| r.parse::<DeviceRef>().ok())
            .and_then(|r| devices.iter().find(|d| d.device_ref() == r))
            .or_else(|| devices.iter().find(|d| d.name() == "default"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_and_unknown_names_are_refused() {
        for step in LoginStep::ALL {
            assert_eq!(LoginStep::parse(step.as_str()), Some(step));
        }
        assert_eq!(LoginStep::parse("Token"), None);
        assert_eq!(LoginStep::parse(""), None);
    }

    #[test]
    fn the_login_timeout_is_exclusive_and_zero_means_never() {
        let pending = PendingLogin {
            user_id: "1".into(),
            auth_time: 1_000,
            next: String::new(),
            device: None,
            stamp: String::new(),
        };
        assert!(!pending.timed_out(1_600, 600));
        assert!(pending.timed_out(1_601, 600));
        assert!(!pending.timed_out(1_000_000, 0));
    }
}
