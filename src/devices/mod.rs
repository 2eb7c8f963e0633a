//! OTP devices: what a user proves possession of (django-otp's `Device` models).
//!
//! [`Devices`] is the service the views use; the per-kind modules hold the storage and
//! the verification rules. Every check-and-consume is one atomic statement.

pub(crate) mod challenge;
pub(crate) mod epoch;
mod rename;
mod service;
pub(crate) mod static_tokens;
pub(crate) mod throttle;
pub(crate) mod token_input;
pub(crate) mod totp;
pub mod webauthn;

use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, RwLock};
use std::time::Duration;

pub use challenge::{ChallengeDevice, Method};
pub use service::{DeviceSettings, Devices};
pub use static_tokens::StaticDevice;
pub use throttle::Throttle;
pub use totp::{TotpDevice, totp_at};
pub use webauthn::WebAuthnDevice;

use crate::clock::{Clock, is_fresh};

/// The kinds of device this crate knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub enum DeviceKind {
    /// An authenticator app (TOTP).
    Totp,
    /// Backup tokens.
    Static,
    /// A phone receiving codes by SMS or voice call.
    Phone,
    /// An e-mail address receiving codes.
    Email,
    /// A WebAuthn credential: a security key or a passkey.
    WebAuthn,
}

impl DeviceKind {
    /// The prefix of persistent ids (`totp`, `static`, `phone`, `email`, `webauthn`).
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceKind::Totp => "totp",
            DeviceKind::Static => "static",
            DeviceKind::Phone => "phone",
            DeviceKind::Email => "email",
            DeviceKind::WebAuthn => "webauthn",
        }
    }
}

/// A device's persistent id, such as `totp/3` (django-otp's `persistent_id`); this is
/// what the session stores under `otp_device_id`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeviceRef {
    /// The device table.
    pub kind: DeviceKind,
    /// The row's primary key.
    pub id: i64,
}

impl fmt::Display for DeviceRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.kind.as_str(), self.id)
    }
}

/// A string that is not a device reference.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a device reference")]
pub struct BadDeviceRef;

impl FromStr for DeviceRef {
    type Err = BadDeviceRef;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (kind, id) = s.split_once('/').ok_or(BadDeviceRef)?;
        let kind = match kind {
            "totp" => DeviceKind::Totp,
            "static" => DeviceKind::Static,
            "phone" => DeviceKind::Phone,
            "email" => DeviceKind::Email,
            "webauthn" => DeviceKind::WebAuthn,
            _ => return Err(BadDeviceRef),
        };
        // One spelling per device: digits only, no leading zeros.
        if id.is_empty()
            || !id.bytes().all(|b| b.is_ascii_digit())
            || (id.len() > 1 && id.starts_with('0'))
        {
            return Err(BadDeviceRef);
        }
        let id = id.parse().map_err(|_| BadDeviceRef)?;
        Ok(DeviceRef { kind, id })
    }
}

/// The outcome of one verification attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Verification {
    /// The token was right and has now been used up.
    Verified,
    /// Wrong, malformed or for a missing device.
    Invalid,
    /// A code this device already accepted (or burnt by accepting a later one): a TOTP
    /// step at or before the device's last used step that otherwise matches, or one a
    /// concurrent request used first. Counted as a failure like [`Invalid`](Self::Invalid)
    /// and shown with the same message, but logged as a replay and signalled
    /// ([`Signal::ReplayDetected`](crate::signals::Signal::ReplayDetected)) so a site can
    /// warn the user that someone else may have their code. Backup tokens and sent codes
    /// are gone once used, so their replays are plain [`Invalid`](Self::Invalid).
    Replayed,
    /// Refused without evaluation: the device is in its back-off window.
    Throttled {
        /// Consecutive failures so far.
        failure_count: i32,
    },
}

/// Remembers, for a short while, which user a confirmed device belongs to, so the
/// middleware can check on every request that the device behind a verified session still
/// exists without a database query each time.
///
/// Ages are measured with the settings' [`Clock`] (so tests move time instead of
/// sleeping); an entry stamped in the future (the wall clock went back) counts as stale.
struct DeviceCache {
    ttl: Duration,
    clock: Arc<dyn Clock>,
    entries: RwLock<crate::cache_map::CacheMap<DeviceRef, (Option<String>, i64)>>,
}

impl fmt::Debug for DeviceCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeviceCache")
            .field("ttl", &self.ttl)
            .finish_non_exhaustive()
    }
}

impl DeviceCache {
    const MAX_ENTRIES: usize = 100_000;

    fn new(ttl: Duration, clock: Arc<dyn Clock>) -> Self {
        DeviceCache {
            ttl,
            clock,
            entries: RwLock::new(crate::cache_map::CacheMap::default()),
        }
    }

    /// Whether `user_id` owns `device` (`false`: another user, or it is gone), when the
    /// cache knows it freshly at `now` (the request's [`Clock::now_ms`], read once by the
    /// caller); `None` when the database must be asked. Compared where the owner lies: no
    /// copy of it per request.
    fn owned_by(&self, device: DeviceRef, user_id: &str, now: i64) -> Option<bool> {
        let entries = self.entries.read().unwrap_or_else(|e| e.into_inner());
        match entries.get(&device) {
            Some((owner, at)) if is_fresh(*at, now, self.ttl) => {
                Some(owner.as_deref() == Some(user_id))
            }
            _ => None,
        }
    }

    fn put(&self, device: DeviceRef, owner: Option<String>) {
        let now = self.clock.now_ms();
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        if entries.len() >= Self::MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(device, (owner, now));
    }

    fn forget_user(&self, user_id: &str) {
        let now = self.clock.now_ms();
        let mut entries = self.entries.write().unwrap_or_else(|e| e.into_inner());
        for (owner, at) in entries.values_mut() {
            if owner.as_deref() == Some(user_id) {
                *owner = None;
                *at = now;
            }
        }
    }
}

/// Any device a user verifies with at the token step.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Device {
    /// An authenticator app.
    Totp(TotpDevice),
    /// A phone or e-mail address that is sent codes.
    Challenge(ChallengeDevice),
    /// Backup tokens.
    Static(StaticDevice),
    /// A security key or passkey.
    WebAuthn(WebAuthnDevice),
}

impl Device {
    /// The persistent id.
    pub fn device_ref(&self) -> DeviceRef {
        match self {
            Device::Totp(d) => d.device_ref(),
            Device::Challenge(d) => d.device_ref(),
            Device::Static(d) => d.device_ref(),
            Device::WebAuthn(d) => d.device_ref(),
        }
    }

    /// `default`, `backup`, …
    pub fn name(&self) -> &str {
        match self {
            Device::Totp(d) => &d.name,
            Device::Challenge(d) => &d.name,
            Device::Static(d) => &d.name,
            Device::WebAuthn(d) => &d.name,
        }
    }

    /// Whether this is the user's primary device (named `default`).
    pub fn is_default(&self) -> bool {
        self.name() == "default"
    }

    /// Whether this is a backup phone (a text or call device named `backup`).
    pub fn is_backup_phone(&self) -> bool {
        matches!(self, Device::Challenge(c) if c.name == "backup" && c.method() != Method::Email)
    }

    /// The owner.
    pub fn user_id(&self) -> &str {
        match self {
            Device::Totp(d) => &d.user_id,
            Device::Challenge(d) => &d.user_id,
            Device::Static(d) => &d.user_id,
            Device::WebAuthn(d) => &d.user_id,
        }
    }

    /// How many characters a token of this device has.
    pub fn token_length(&self) -> usize {
        match self {
            Device::Totp(d) => d.digits as usize,
            Device::Challenge(_) => usize::from(challenge::CODE_DIGITS),
            Device::Static(_) => static_tokens::TOKEN_LENGTH,
            // Nothing is typed: the browser answers.
            Device::WebAuthn(_) => 0,
        }
    }

    /// Reads a posted token field in this device's one canonical form.
    pub(crate) fn parse_token(&self, field: token_input::Field<'_>) -> token_input::TokenInput {
        use token_input::{Field, TokenInput};
        match self {
            Device::Static(_) => match field {
                Field::Missing | Field::One("") => TokenInput::Empty,
                Field::Repeated => TokenInput::Malformed,
                Field::One(v) => static_tokens::canonical_backup_token(v)
                    .map_or(TokenInput::Malformed, TokenInput::Token),
            },
            Device::WebAuthn(_) => match field {
                Field::Missing | Field::One("") => TokenInput::Empty,
                _ => TokenInput::Malformed,
            },
            _ => token_input::parse_token(field, self.token_length() as u8),
        }
    }

    /// The throttling state.
    pub fn throttle(&self) -> Throttle {
        match self {
            Device::Totp(d) => d.throttle(),
            Device::Challenge(d) => d.throttle(),
            Device::Static(d) => d.throttle(),
            Device::WebAuthn(d) => d.throttle(),
        }
    }

    /// A short description for templates ("Authenticator app", "SMS to +31 ** *** **67"),
    /// in the current language.
    pub fn describe(&self) -> String {
        let what = self.describe_kind();
        match self.label() {
            Some(label) if !matches!(self, Device::WebAuthn(_)) => crate::i18n::tr_args(
                "device-labelled",
                &[("what", what.into()), ("label", label.to_owned().into())],
            ),
            _ => what,
        }
    }

    /// What the user named the device (`device_rename`), if anything.
    pub fn label(&self) -> Option<&str> {
        let label = match self {
            Device::Totp(d) => &d.label,
            Device::Challenge(d) => &d.label,
            Device::Static(d) => &d.label,
            Device::WebAuthn(d) => &d.label,
        };
        (!label.is_empty()).then_some(label.as_str())
    }

    /// The description without the user's name for it.
    fn describe_kind(&self) -> String {
        use crate::i18n::{tr, tr_args};
        match self {
            Device::Totp(_) => tr("device-generator"),
            Device::Static(_) => tr("device-backup-tokens"),
            Device::WebAuthn(d) => d.describe(),
            Device::Challenge(d) => match d.method() {
                Method::Sms => tr_args("device-sms", &[("target", mask_phone(&d.target).into())]),
                Method::Call => tr_args("device-call", &[("target", mask_phone(&d.target).into())]),
                Method::Email => {
                    tr_args("device-email", &[("target", mask_email(&d.target).into())])
                }
            },
        }
    }

    /// Django's method name: `generator`, `backup`, `sms`, `call`, `email` or `webauthn`.
    pub fn method_name(&self) -> &'static str {
        match self {
            Device::Totp(_) => "generator",
            Device::Static(_) => "backup",
            Device::WebAuthn(_) => "webauthn",
            Device::Challenge(d) => d.method().as_str(),
        }
    }

    /// The template-facing view of the device.
    pub(crate) fn context(&self) -> serde_json::Value {
        let method = self.method_name();
        serde_json::json!({
            "persistent_id": self.device_ref().to_string(),
            "kind": self.device_ref().kind.as_str(),
            "method": method,
            "name": self.name(),
            "description": self.describe(),
        })
    }
}

/// A phone number with all but the country code and the last two digits hidden.
pub fn mask_phone(e164: &str) -> String {
    crate::phone::PhoneNumber::from_e164_unchecked(e164).masked()
}

/// An address with the local part hidden but its first letter (`a***@example.com`).
pub fn mask_email(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

/// What issuing a code to a phone or e-mail device did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Challenge {
    /// A new code was stored; deliver it.
    Issued(String),
    /// This login attempt's code went out less than the cooldown ago and is still valid;
    /// nothing new was stored.
    Cooldown {
        /// How long until a resend is allowed.
        retry_after: Duration,
    },
    /// Too many codes went to this number or address (across users) in the window.
    DestinationLimit {
        /// How long until the destination may be sent a code again.
        retry_after: Duration,
    },
    /// Too many codes were sent for this user in the window.
    UserLimit {
        /// How long until the user may be sent a code again.
        retry_after: Duration,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    fn cache(clock: &ManualClock) -> DeviceCache {
        DeviceCache::new(Duration::from_secs(1), Arc::new(clock.clone()))
    }

    const DEV: DeviceRef = DeviceRef {
        kind: DeviceKind::Totp,
        id: 7,
    };

    #[test]
    fn device_cache_entries_expire_when_the_clock_moves_by_the_ttl() {
        let clock = ManualClock::new();
        let c = cache(&clock);
        c.put(DEV, Some("u1".into()));
        clock.advance_ms(999);
        assert_eq!(
            c.owned_by(DEV, "u1", clock.now_ms()),
            Some(true),
            "fresh just under the ttl"
        );
        assert_eq!(
            c.owned_by(DEV, "u2", clock.now_ms()),
            Some(false),
            "someone else's"
        );
        clock.advance_ms(1);
        assert_eq!(
            c.owned_by(DEV, "u1", clock.now_ms()),
            None,
            "stale at the ttl"
        );
    }

    #[test]
    fn device_cache_entries_from_the_future_are_stale() {
        // The wall clock went back: an entry must not stay trusted until it catches up.
        let clock = ManualClock::new();
        let c = cache(&clock);
        c.put(DEV, Some("u1".into()));
        clock.advance_secs(-3600);
        assert_eq!(c.owned_by(DEV, "u1", clock.now_ms()), None);
    }

    #[test]
    fn forgetting_a_user_restamps_with_the_clock() {
        let clock = ManualClock::new();
        let c = cache(&clock);
        c.put(DEV, Some("u1".into()));
        clock.advance_ms(900);
        c.forget_user("u1");
        clock.advance_ms(900);
        assert_eq!(
            c.owned_by(DEV, "u1", clock.now_ms()),
            Some(false),
            "gone, and remembered as gone"
        );
        clock.advance_ms(100);
        assert_eq!(c.owned_by(DEV, "u1", clock.now_ms()), None);
    }

    #[test]
    fn freshness_never_overflows() {
        assert!(!is_fresh(i64::MAX, i64::MIN, Duration::MAX));
        assert!(!is_fresh(i64::MIN, i64::MAX, Duration::MAX));
        assert!(is_fresh(0, 5, Duration::MAX));
        assert!(!is_fresh(0, 5, Duration::ZERO));
    }

    #[test]
    fn device_ref_round_trips() {
        let r: DeviceRef = "totp/42".parse().expect("valid");
        assert_eq!(
            r,
            DeviceRef {
                kind: DeviceKind::Totp,
                id: 42
            }
        );
        assert_eq!(r.to_string(), "totp/42");
    }

    #[test]
    fn malformed_device_refs_are_rejected() {
        for bad in [
            "",
            "totp",
            "totp/",
            "totp/-1",
            "totp/+1",
            "sms/1",
            "totp/1/2",
            "totp/007",
            "phone/x",
            "totp/99999999999999999999",
        ] {
            assert!(bad.parse::<DeviceRef>().is_err(), "{bad}");
        }
    }
}
