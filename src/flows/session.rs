//! The session as the use cases see it: a few typed keys and the operations a login needs
//! (read, write, forget, renew), whatever keeps the session — a cookie, Redis, or the JSON
//! API's server-side app sessions. The web layer implements these traits for actix's
//! `Session` (`web/session.rs`); the flows never name it.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::errors::TwoFactorError;

/// Every entry this crate keeps in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SessionKey {
    /// The device that verified the session (django-otp's `otp_device_id`).
    OtpDevice,
    /// The CSRF token of the forms.
    Csrf,
    /// The login in progress (the password checked, the token step pending).
    Login,
    /// The setup wizard's state.
    Setup,
    /// The backup-phone wizard's state.
    PhoneSetup,
    /// The WebAuthn ceremony in progress (its challenge).
    #[cfg_attr(not(feature = "webauthn"), allow(dead_code))]
    WebAuthn,
    /// The OTP-protected page a visitor was sent away from.
    OtpNext,
    /// When the user last proved who they are (login or re-authentication).
    AuthAt,
    /// When the login completed and when the session was last seen active (coarse), as
    /// one entry `[login_at, seen_at]`: read on every request, so read once.
    Lifetime,
    /// The login time as versions before `Lifetime` kept it (read to carry it over).
    LegacyLoginAt,
    /// The activity time as versions before `Lifetime` kept it.
    LegacySeenAt,
    /// The session stamp (credentials and epoch at login).
    Stamp,
    /// The nonce that ties sent codes to this login attempt.
    ChallengeNonce,
    /// The key of the session's record (`src/session_records/`).
    Record,
}

impl SessionKey {
    /// The key's name in the session (Django's `otp_device_id`; ours are `two_factor.*`).
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            SessionKey::OtpDevice => "otp_device_id",
            SessionKey::Csrf => "two_factor.csrf",
            SessionKey::Login => "two_factor.login",
            SessionKey::Setup => "two_factor.setup",
            SessionKey::PhoneSetup => "two_factor.phone_setup",
            SessionKey::WebAuthn => "two_factor.webauthn",
            SessionKey::OtpNext => "two_factor.otp_next",
            SessionKey::AuthAt => "two_factor.auth_at",
            SessionKey::Lifetime => "two_factor.lifetime",
            SessionKey::LegacyLoginAt => "two_factor.login_at",
            SessionKey::Record => "two_factor.record",
            SessionKey::LegacySeenAt => "two_factor.seen_at",
            SessionKey::Stamp => "two_factor.stamp",
            SessionKey::ChallengeNonce => "two_factor.challenge_nonce",
        }
    }
}

/// What the use cases need of a session.
pub(crate) trait SessionState {
    /// The entry under `key`; an unreadable one (edited, or from another version) is
    /// forgotten and reads as absent.
    fn get<T: DeserializeOwned>(&self, key: SessionKey) -> Option<T>;
    /// The entry under `key`, forgotten from the session (used once, whatever it was).
    #[cfg_attr(not(feature = "webauthn"), allow(dead_code))]
    fn take<T: DeserializeOwned>(&self, key: SessionKey) -> Option<T> {
        let value = self.get(key);
        self.remove(key);
        value
    }
    /// Stores `value` under `key`.
    fn set<T: Serialize>(&self, key: SessionKey, value: &T) -> Result<(), TwoFactorError>;
    /// Forgets the entry under `key` (a session without it is left untouched).
    fn remove(&self, key: SessionKey);
    /// Empties the session.
    fn clear(&self);
    /// Gives the session a new id (a server-side store drops the old one).
    fn renew(&self);
}

/// A session a login completes in: it also carries the logged-in user's identity.
pub(crate) trait LoginSession: SessionState {
    /// Attaches `user_id` as the session's identity (and does what the web does at every
    /// login, such as a new CSRF token).
    fn attach_identity(&self, user_id: &str) -> Result<(), TwoFactorError>;
    /// Logs the identity out and deletes the session.
    fn end(&self);
    /// A random value private to this session and replaced at every login (the web's
    /// CSRF token): what the re-authentication throttle counts a session by.
    fn secret(&self) -> Result<String, TwoFactorError>;
}
