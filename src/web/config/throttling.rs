//! [`LoginThrottling`]: how wrong codes and passwords are slowed down.

use std::time::Duration;

use crate::throttling::ThrottleSettings;

/// django-otp's throttling of wrong codes (per device: `factor·2^(n-1)` seconds after `n`
/// failures; 0 turns it off) and this crate's password throttling (per client address,
/// per username, and for re-authentication).
#[must_use]
#[derive(Clone, Debug)]
pub struct LoginThrottling {
    pub(crate) totp: u32,
    pub(crate) static_tokens: u32,
    pub(crate) phone: u32,
    pub(crate) email: u32,
    pub(crate) webauthn: u32,
    pub(crate) passwords: ThrottleSettings,
}

impl Default for LoginThrottling {
    fn default() -> Self {
        LoginThrottling {
            totp: 1,
            static_tokens: 1,
            phone: 1,
            email: 1,
            webauthn: 1,
            passwords: ThrottleSettings::default(),
        }
    }
}

impl LoginThrottling {
    /// The throttle factor of every device kind at once (default 1); the per-kind
    /// methods refine it.
    pub fn throttle_factor(self, factor: u32) -> Self {
        LoginThrottling {
            totp: factor,
            static_tokens: factor,
            phone: factor,
            email: factor,
            webauthn: factor,
            ..self
        }
    }

    /// `OTP_TOTP_THROTTLE_FACTOR` (default 1).
    pub fn totp_throttle_factor(mut self, factor: u32) -> Self {
        self.totp = factor;
        self
    }

    /// `OTP_STATIC_THROTTLE_FACTOR`: backup tokens (default 1).
    pub fn static_throttle_factor(mut self, factor: u32) -> Self {
        self.static_tokens = factor;
        self
    }

    /// `TWO_FACTOR_PHONE_THROTTLE_FACTOR` (default 1).
    pub fn phone_throttle_factor(mut self, factor: u32) -> Self {
        self.phone = factor;
        self
    }

    /// `OTP_EMAIL_THROTTLE_FACTOR` (default 1).
    pub fn email_throttle_factor(mut self, factor: u32) -> Self {
        self.email = factor;
        self
    }

    /// `TWO_FACTOR_WEBAUTHN_THROTTLE_FACTOR`, per key (default 1).
    pub fn webauthn_throttle_factor(mut self, factor: u32) -> Self {
        self.webauthn = factor;
        self
    }

    /// `TWO_FACTOR_LOGIN_CLIENT_FAILURE_LIMIT`: wrong passwords from one client address
    /// (within 15 minutes of each other) before it is refused for 1 s, doubling with each
    /// further failure up to [`login_client_max_backoff`](Self::login_client_max_backoff)
    /// (default 10; 0 = never refused).
    pub fn login_client_failure_limit(mut self, failures: u32) -> Self {
        self.passwords.client_failure_limit = failures;
        self
    }

    /// `TWO_FACTOR_LOGIN_CLIENT_MAX_BACKOFF`: the longest refusal of one client address
    /// (default 60 s, at most 10 minutes; zero = never refused).
    pub fn login_client_max_backoff(mut self, backoff: Duration) -> Self {
        self.passwords.client_max_backoff = backoff;
        self
    }

    /// `TWO_FACTOR_LOGIN_ACCOUNT_FAILURE_LIMIT`: wrong passwords for one username (known
    /// or not) before each attempt on it waits 250 ms, doubling up to
    /// [`login_account_max_delay`](Self::login_account_max_delay); the user is slowed,
    /// never refused (default 3).
    pub fn login_account_failure_limit(mut self, failures: u32) -> Self {
        self.passwords.account_failure_limit = failures;
        self
    }

    /// `TWO_FACTOR_LOGIN_ACCOUNT_MAX_DELAY`: the longest wait before a password for one
    /// username is checked (default 3 s, at most 10 s; zero = no delay).
    pub fn login_account_max_delay(mut self, delay: Duration) -> Self {
        self.passwords.account_max_delay = delay;
        self
    }

    /// `TWO_FACTOR_CLIENT_IP_HEADER`: a header set by the host's reverse proxy naming the
    /// client address (e.g. `X-Forwarded-For`, whose last entry is used; default none: the
    /// peer address). Set it only behind a proxy that overwrites or appends it, or clients
    /// choose their own address.
    pub fn client_ip_header(mut self, header: impl Into<String>) -> Self {
        self.passwords.client_ip_header = Some(header.into());
        self
    }

    /// `TWO_FACTOR_REAUTH_THROTTLE_FACTOR`: after `n` consecutive wrong password
    /// confirmations a user's re-authentication is refused for `factor·2^(n-1)` seconds
    /// (capped at an hour), in every session (default 1; 0 = off).
    pub fn reauth_throttle_factor(mut self, factor: u32) -> Self {
        self.passwords.reauth_factor = factor;
        self
    }

    /// `TWO_FACTOR_REAUTH_MAX_FAILURES`: wrong password confirmations after which the
    /// session is logged out (default 5; 0 = never).
    pub fn reauth_max_failures(mut self, failures: u32) -> Self {
        self.passwords.reauth_max_failures = failures;
        self
    }
}
