//! [`Devices`]: the service the views and the API use for every device kind — listing,
//! verifying (exactly once, throttled), setting up, removing — and its settings.

use std::sync::Arc;
use std::time::Duration;

use super::*;
use crate::clock::Clock;
use crate::db::{Database, DbError};
use crate::secrets::SecretKeyring;

/// Per-kind verification settings (django-otp's `OTP_*_THROTTLE_FACTOR`, validity and
/// cooldown settings).
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct DeviceSettings {
    /// `OTP_TOTP_THROTTLE_FACTOR`.
    pub totp_throttle_factor: u32,
    /// `OTP_STATIC_THROTTLE_FACTOR`.
    pub static_throttle_factor: u32,
    /// `TWO_FACTOR_PHONE_THROTTLE_FACTOR`.
    pub phone_throttle_factor: u32,
    /// `OTP_EMAIL_THROTTLE_FACTOR`.
    pub email_throttle_factor: u32,
    /// `TWO_FACTOR_WEBAUTHN_THROTTLE_FACTOR`, per credential.
    pub webauthn_throttle_factor: u32,
    /// How long a phone code is valid.
    pub phone_token_validity: Duration,
    /// `OTP_EMAIL_TOKEN_VALIDITY`.
    pub email_token_validity: Duration,
    /// Minimum time between two codes sent to one phone.
    pub phone_cooldown: Duration,
    /// `OTP_EMAIL_COOLDOWN_DURATION`.
    pub email_cooldown: Duration,
    /// `TWO_FACTOR_CODES_PER_DESTINATION`: codes sent to one number or address per
    /// [`code_rate_window`](Self::code_rate_window), across all users (0: no limit).
    pub codes_per_destination: u32,
    /// `TWO_FACTOR_CODES_PER_USER`: codes sent for one user per window (0: no limit).
    pub codes_per_user: u32,
    /// `TWO_FACTOR_CODE_RATE_WINDOW`: the window of both limits.
    pub code_rate_window: Duration,
    /// `TWO_FACTOR_TOTP_DIGITS`.
    pub totp_digits: u8,
    /// How long an instance trusts its cache of device owners.
    pub recheck_interval: Duration,
}

impl Default for DeviceSettings {
    fn default() -> Self {
        DeviceSettings {
            totp_throttle_factor: 1,
            static_throttle_factor: 1,
            phone_throttle_factor: 1,
            email_throttle_factor: 1,
            webauthn_throttle_factor: 1,
            phone_token_validity: Duration::from_secs(300),
            email_token_validity: Duration::from_secs(300),
            phone_cooldown: Duration::from_secs(60),
            email_cooldown: Duration::from_secs(60),
            codes_per_destination: 5,
            codes_per_user: 10,
            code_rate_window: Duration::from_secs(3600),
            totp_digits: 6,
            recheck_interval: Duration::from_secs(1),
        }
    }
}

/// The device service: look-ups, setup, verification and removal.
#[derive(Clone)]
pub struct Devices {
    pub(super) db: Database,
    pub(super) clock: Arc<dyn Clock>,
    pub(super) settings: DeviceSettings,
    pub(super) cache: Arc<DeviceCache>,
    pub(super) keyring: Option<Arc<SecretKeyring>>,
}

impl fmt::Debug for Devices {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Devices")
            .field("settings", &self.settings)
            .field("keyring", &self.keyring)
            .finish_non_exhaustive()
    }
}

impl Devices {
    pub(crate) fn new(db: Database, clock: Arc<dyn Clock>, settings: DeviceSettings) -> Self {
        Self {
            db,
            cache: Arc::new(DeviceCache::new(settings.recheck_interval, clock.clone())),
            clock,
            settings,
            keyring: None,
        }
    }

    /// Encrypts new TOTP keys with `keyring` and decrypts stored ones (none: plain hex).
    pub(crate) fn with_secret_keyring(mut self, keyring: Option<Arc<SecretKeyring>>) -> Self {
        self.keyring = keyring;
        self
    }

    /// The keyring TOTP keys are encrypted with, if one is configured.
    pub fn secret_keyring(&self) -> Option<&Arc<SecretKeyring>> {
        self.keyring.as_ref()
    }

    /// The settings in force.
    pub fn settings(&self) -> &DeviceSettings {
        &self.settings
    }

    /// The user's default device (Django's `default_device`): the confirmed device named
    /// `default`, an authenticator app first.
    pub async fn default_device(&self, user_id: &str) -> Result<Option<Device>, DbError> {
        Ok(self
            .list(user_id)
            .await?
            .into_iter()
            .find(Device::is_default))
    }

    /// Whether the user has two-factor authentication enabled (a confirmed device named
    /// `default`). One `EXISTS` query over the device tables: no device is loaded and no
    /// key decrypted.
    pub async fn has_device(&self, user_id: &str) -> Result<bool, DbError> {
        let user_id = user_id.to_owned();
        self.db
            .run(move |conn| has_default_device(conn, &user_id))
            .await
    }

    /// Which of `user_ids` have two-factor authentication enabled (as
    /// [`has_device`](Self::has_device)), with one query per device table for up to
    /// [`IDS_PER_QUERY`] users.
    #[cfg(feature = "admin")]
    pub(crate) async fn with_device(
        &self,
        user_ids: Vec<String>,
    ) -> Result<std::collections::HashSet<String>, DbError> {
        self.db
            .run(move |conn| {
                let mut enabled = std::collections::HashSet::new();
                for ids in user_ids.chunks(IDS_PER_QUERY) {
                    enabled.extend(totp::users_with_default(conn, ids)?);
                    enabled.extend(challenge::users_with_default(conn, ids)?);
                    enabled.extend(webauthn::users_with_default(conn, ids)?);
                }
                Ok(enabled)
            })
            .await
    }

    /// The user's confirmed devices other than backup tokens: authenticator apps first,
    /// then phones and e-mail, then security keys and passkeys, oldest first.
    pub async fn list(&self, user_id: &str) -> Result<Vec<Device>, DbError> {
        let user_id = user_id.to_owned();
        let keys = self.keyring.clone();
        self.db
            .run(move |conn| list_on(conn, keys.as_deref(), &user_id))
            .await
    }

    /// What the profile page shows, read on one connection in one trip to the database's
    /// thread: the confirmed devices (as [`list`](Self::list)) and the number of unused
    /// backup tokens.
    pub async fn overview(&self, user_id: &str) -> Result<(Vec<Device>, i64), DbError> {
        let user_id = user_id.to_owned();
        let keys = self.keyring.clone();
        self.db
            .run(move |conn| {
                let devices = list_on(conn, keys.as_deref(), &user_id)?;
                Ok((devices, static_tokens::remaining(conn, &user_id)?))
            })
            .await
    }

    /// The user's backup phones (phone devices named `backup`).
    pub async fn backup_phones(&self, user_id: &str) -> Result<Vec<ChallengeDevice>, DbError> {
        Ok(self
            .list(user_id)
            .await?
            .into_iter()
            .filter(Device::is_backup_phone)
            .filter_map(|d| match d {
                Device::Challenge(c) => Some(c),
                _ => None,
            })
            .collect())
    }

    /// The user's backup token device, if tokens were ever generated.
    pub async fn static_device(&self, user_id: &str) -> Result<Option<StaticDevice>, DbError> {
        let user_id = user_id.to_owned();
        self.db
            .run(move |conn| static_tokens::for_user(conn, &user_id))
            .await
    }

    /// How many unused backup tokens the user has.
    pub async fn backup_token_count(&self, user_id: &str) -> Result<i64, DbError> {
        let user_id = user_id.to_owned();
        self.db
            .run(move |conn| static_tokens::remaining(conn, &user_id))
            .await
    }

    /// Replaces the user's backup tokens with ten new ones, returned in plain text once.
    pub async fn generate_backup_tokens(&self, user_id: &str) -> Result<Vec<String>, DbError> {
        let uid = user_id.to_owned();
        let now = self.clock.now_ms();
        let tokens = self
            .db
            .run(move |conn| static_tokens::generate(conn, &uid, now))
            .await?;
        tracing::info!(user = %user_id, count = tokens.len(), "backup tokens generated");
        Ok(tokens)
    }

    /// Looks a device up by reference, when it is confirmed and belongs to `user_id`.
    pub async fn get(&self, user_id: &str, device: DeviceRef) -> Result<Option<Device>, DbError> {
        let owner = user_id.to_owned();
        let keys = self.keyring.clone();
        let found = self
            .db
            .run(move |conn| load(conn, keys.as_deref(), device))
            .await?;
        Ok(found.filter(|d| d.user_id() == owner && is_confirmed(d)))
    }

    /// Verifies a canonical token (`None`: malformed or empty, still a failed attempt)
    /// against one of `user_id`'s confirmed devices. `nonce` binds sent codes to the
    /// login attempt that asked for them.
    pub async fn verify(
        &self,
        user_id: &str,
        device: DeviceRef,
        token: Option<String>,
        nonce: Option<String>,
    ) -> Result<Verification, DbError> {
        self.verify_inner(user_id, device, token, nonce, false)
            .await
    }

    /// Starts TOTP setup: a fresh unconfirmed device with a new random key.
    pub async fn begin_setup(&self, user_id: &str) -> Result<TotpDevice, DbError> {
        self.begin_app_setup(user_id, true, String::new()).await
    }

    /// Starts setting up an authenticator app: the main one (`main`, as
    /// [`begin_setup`](Self::begin_setup)) or one more beside the user's devices, with the
    /// name the user gave it (`label`, "tablet"; cleaned by the caller).
    pub(crate) async fn begin_app_setup(
        &self,
        user_id: &str,
        main: bool,
        label: String,
    ) -> Result<TotpDevice, DbError> {
        let user_id = user_id.to_owned();
        let (digits, now) = (self.settings.totp_digits, self.clock.now_ms());
        let keys = self.keyring.clone();
        let name = if main { "default" } else { "backup" };
        self.db
            .run(move |conn| {
                let role = (name, label.as_str());
                totp::create_unconfirmed(conn, keys.as_deref(), &user_id, role, digits, now)
            })
            .await
    }

    /// The user's confirmed authenticator apps, the main one first.
    pub(crate) async fn apps(&self, user_id: &str) -> Result<Vec<Device>, DbError> {
        let mut apps: Vec<Device> = self
            .list(user_id)
            .await?
            .into_iter()
            .filter(|d| matches!(d, Device::Totp(_)))
            .collect();
        apps.sort_by_key(|d| !d.is_default());
        Ok(apps)
    }

    /// Removes one of the user's authenticator apps; removing the main one makes the
    /// oldest other app the main one. The only main app stays (that is `disable`):
    /// `false`, as for an app that is not the user's.
    pub(crate) async fn remove_app(&self, user_id: &str, id: i64) -> Result<bool, DbError> {
        let uid = user_id.to_owned();
        let removed = self
            .db
            .run(move |conn| totp::remove_app(conn, &uid, id))
            .await?;
        let device = DeviceRef {
            kind: DeviceKind::Totp,
            id,
        };
        if removed {
            self.cache.put(device, None);
        }
        tracing::info!(user = %user_id, device = %device, removed, "authenticator app removed");
        Ok(removed)
    }

    /// The unconfirmed TOTP device a setup in progress created, if it is still there.
    pub async fn pending_setup(
        &self,
        user_id: &str,
        id: i64,
    ) -> Result<Option<TotpDevice>, DbError> {
        let user_id = user_id.to_owned();
        let keys = self.keyring.clone();
        let device = self
            .db
            .run(move |conn| totp::get(conn, keys.as_deref(), id))
            .await?;
        Ok(device.filter(|d| d.user_id == user_id && !d.confirmed && d.key_is_usable()))
    }

    /// Confirms a TOTP setup in progress with a token from the authenticator.
    pub async fn confirm_setup(
        &self,
        user_id: &str,
        id: i64,
        token: Option<String>,
    ) -> Result<Verification, DbError> {
        let device = DeviceRef {
            kind: DeviceKind::Totp,
            id,
        };
        self.verify_inner(user_id, device, token, None, true).await
    }

    /// Starts setting up a phone or e-mail device (`default` in setup, `backup` for an
    /// extra phone): an unconfirmed row, confirmed by the first code entered.
    pub async fn begin_challenge_setup(
        &self,
        user_id: &str,
        name: &str,
        method: Method,
        target: &str,
    ) -> Result<ChallengeDevice, DbError> {
        let (user_id, name, target) = (user_id.to_owned(), name.to_owned(), target.to_owned());
        let now = self.clock.now_ms();
        self.db
            .run(move |conn| {
                challenge::create_unconfirmed(conn, &user_id, &name, method, &target, now)
            })
            .await
    }

    /// The unconfirmed phone or e-mail device a setup in progress created.
    pub(crate) async fn pending_challenge_setup(
        &self,
        user_id: &str,
        id: i64,
    ) -> Result<Option<ChallengeDevice>, DbError> {
        let user_id = user_id.to_owned();
        let device = self.db.run(move |conn| challenge::get(conn, id)).await?;
        Ok(device.filter(|d| d.user_id == user_id && !d.confirmed))
    }

    /// Confirms a phone or e-mail setup with the code that was sent.
    pub(crate) async fn confirm_challenge_setup(
        &self,
        user_id: &str,
        device: &ChallengeDevice,
        token: Option<String>,
        nonce: Option<String>,
    ) -> Result<Verification, DbError> {
        self.verify_inner(user_id, device.device_ref(), token, nonce, true)
            .await
    }

    /// Stores a new code for a phone or e-mail device, bound to this login attempt's
    /// `nonce`, unless the attempt's code went out within the cooldown or a sending limit
    /// (per destination, per user) is reached. The caller delivers an issued code.
    pub(crate) async fn issue_challenge(
        &self,
        device: &ChallengeDevice,
        nonce: &str,
    ) -> Result<Challenge, DbError> {
        let (validity, cooldown) = match device.method() {
            Method::Email => (
                self.settings.email_token_validity,
                self.settings.email_cooldown,
            ),
            Method::Sms | Method::Call => (
                self.settings.phone_token_validity,
                self.settings.phone_cooldown,
            ),
        };
        let limits = challenge::SendLimits {
            validity_ms: validity.as_millis() as i64,
            cooldown_ms: cooldown.as_millis() as i64,
            window_ms: self.settings.code_rate_window.as_millis() as i64,
            per_destination: self.settings.codes_per_destination,
            per_user: self.settings.codes_per_user,
        };
        let code = challenge::new_code();
        let (row, nonce, now) = (device.clone(), nonce.to_owned(), self.clock.now_ms());
        let stored_code = code.clone();
        let stored = self
            .db
            .run(move |conn| {
                challenge::store_challenge(conn, &row, &nonce, &stored_code, now, limits)
            })
            .await?;
        let wait = |at: i64| Duration::from_millis(at.saturating_sub(now).max(1000) as u64);
        let outcome = match stored {
            challenge::Stored::Issued => Challenge::Issued(code),
            challenge::Stored::Cooldown { retry_at_ms } => Challenge::Cooldown {
                retry_after: wait(retry_at_ms),
            },
            challenge::Stored::DestinationLimit { retry_at_ms } => Challenge::DestinationLimit {
                retry_after: wait(retry_at_ms),
            },
            challenge::Stored::UserLimit { retry_at_ms } => Challenge::UserLimit {
                retry_after: wait(retry_at_ms),
            },
        };
        match &outcome {
            Challenge::Issued(_) => {
                tracing::info!(user = %device.user_id, device = %device.device_ref(), "code issued")
            }
            Challenge::Cooldown { .. } => {
                tracing::info!(user = %device.user_id, device = %device.device_ref(), "code not resent: cooldown")
            }
            refused => {
                tracing::warn!(user = %device.user_id, device = %device.device_ref(), outcome = ?refused, "code not sent: sending limit")
            }
        }
        Ok(outcome)
    }

    async fn verify_inner(
        &self,
        user_id: &str,
        device: DeviceRef,
        token: Option<String>,
        nonce: Option<String>,
        setup: bool,
    ) -> Result<Verification, DbError> {
        let now = self.clock.now_ms();
        let owner = user_id.to_owned();
        let s = self.settings;
        let keys = self.keyring.clone();
        let outcome = self
            .db
            .run(move |conn| {
                let keys = keys.as_deref();
                let Some(found) = load(conn, keys, device)? else {
                    return Ok(Verification::Invalid);
                };
                if found.user_id() != owner {
                    return Ok(Verification::Invalid);
                }
                let token = token.as_deref();
                match found {
                    Device::Totp(_) => totp::verify(
                        conn,
                        keys,
                        device.id,
                        token,
                        now,
                        s.totp_throttle_factor,
                        setup,
                    ),
                    Device::Static(_) => {
                        static_tokens::verify(conn, device.id, token, now, s.static_throttle_factor)
                    }
                    Device::Challenge(d) => {
                        let factor = match d.method() {
                            Method::Email => s.email_throttle_factor,
                            Method::Sms | Method::Call => s.phone_throttle_factor,
                        };
                        challenge::verify(
                            conn,
                            device.id,
                            token,
                            nonce.as_deref(),
                            now,
                            factor,
                            setup,
                        )
                    }
                    // A typed token can never be a WebAuthn answer (see
                    // `finish_webauthn_assertion`), and costs no guess.
                    Device::WebAuthn(_) => Ok(Verification::Invalid),
                }
            })
            .await?;
        tracing::info!(user = %user_id, device = %device, outcome = ?outcome, setup, "otp verification");
        if outcome == Verification::Replayed {
            tracing::warn!(target: "two_factor::security", user = %user_id, device = %device,
                setup, "otp token replayed: a code that was already used was entered again");
        }
        Ok(outcome)
    }

    /// The user's session epoch (see [`remove_all`](Self::remove_all)).
    pub(crate) async fn session_epoch(&self, user_id: &str) -> Result<i64, DbError> {
        let uid = user_id.to_owned();
        self.db.run(move |conn| epoch::get(conn, &uid)).await
    }

    /// The throttle factor that applies to `device`.
    pub fn throttle_factor(&self, device: &Device) -> u32 {
        let s = &self.settings;
        match device {
            Device::Totp(_) => s.totp_throttle_factor,
            Device::Static(_) => s.static_throttle_factor,
            Device::Challenge(d) if d.method() == Method::Email => s.email_throttle_factor,
            Device::Challenge(_) => s.phone_throttle_factor,
            Device::WebAuthn(_) => s.webauthn_throttle_factor,
        }
    }

    /// Whether `device` refuses attempts right now.
    pub fn is_throttled(&self, device: &Device) -> bool {
        device
            .throttle()
            .is_throttled(self.throttle_factor(device), self.clock.now_ms())
    }

    /// Counts a failed attempt against `device` that was not a token (a forged remember
    /// cookie), so forging cookies feeds the same back-off as guessing tokens.
    pub async fn count_failure(&self, device: DeviceRef) -> Result<(), DbError> {
        let now = self.clock.now_ms();
        self.db
            .run(move |conn| match device.kind {
                DeviceKind::Totp => totp::count_failure(conn, device.id, now),
                DeviceKind::Static => static_tokens::count_failure(conn, device.id, now),
                DeviceKind::Phone | DeviceKind::Email => {
                    challenge::count_failure(conn, device.id, now)
                }
                DeviceKind::WebAuthn => webauthn::count_failure(conn, device.id, now),
            })
            .await?;
        tracing::warn!(device = %device, "failure counted");
        Ok(())
    }

    /// Clears the failed-attempt count and back-off of one of the user's confirmed
    /// devices (an administrator unlocking a throttled device); returns whether it was
    /// the user's confirmed device.
    pub async fn reset_throttle(&self, user_id: &str, device: DeviceRef) -> Result<bool, DbError> {
        if self.get(user_id, device).await?.is_none() {
            return Ok(false);
        }
        let uid = user_id.to_owned();
        let reset = self
            .db
            .run(move |conn| {
                use diesel::prelude::*;
                use throttle::reset_failures;
                match device.kind {
                    DeviceKind::Totp => {
                        use crate::db::schema::otp_totp_device as t;
                        reset_failures!(conn, t, device.id, &uid)
                    }
                    DeviceKind::Static => {
                        use crate::db::schema::otp_static_device as t;
                        reset_failures!(conn, t, device.id, &uid)
                    }
                    DeviceKind::Phone | DeviceKind::Email => {
                        use crate::db::schema::otp_challenge_device as t;
                        reset_failures!(conn, t, device.id, &uid)
                    }
                    DeviceKind::WebAuthn => {
                        use crate::db::schema::otp_webauthn_device as t;
                        reset_failures!(conn, t, device.id, &uid)
                    }
                }
            })
            .await?;
        tracing::info!(user = %user_id, device = %device, reset, "throttling reset");
        Ok(reset)
    }

    /// Removes every device of a user (disable, `two_factor_disable`, an admin reset).
    /// Sessions verified by them stop being verified at once on this instance, within
    /// the re-check interval on others.
    pub async fn remove_all(&self, user_id: &str) -> Result<usize, DbError> {
        let uid = user_id.to_owned();
        let n = self
            .db
            .run(move |conn| {
                // All or nothing, and the write lock taken before the first read.
                crate::db::write_transaction(conn, |conn| {
                    let n = totp::delete_for_user(conn, &uid)?
                        + challenge::delete_for_user(conn, &uid)?
                        + static_tokens::delete_for_user(conn, &uid)?
                        + webauthn::delete_for_user(conn, &uid)?;
                    epoch::bump(conn, &uid)?;
                    Ok(n)
                })
            })
            .await?;
        self.cache.forget_user(user_id);
        tracing::info!(user = %user_id, removed = n, "devices removed");
        Ok(n)
    }

    /// Removes one device of a user; returns whether it existed.
    pub async fn remove(&self, user_id: &str, device: DeviceRef) -> Result<bool, DbError> {
        self.remove_named(user_id, device, None).await
    }

    /// Renames one of the user's confirmed devices (`label`, already cleaned: see
    /// `webauthn::clean_label`); whether it was theirs. The device's role does not change.
    pub async fn rename(
        &self,
        user_id: &str,
        device: DeviceRef,
        label: String,
    ) -> Result<bool, DbError> {
        let uid = user_id.to_owned();
        self.db
            .run(move |conn| super::rename::rename(conn, &uid, device, &label))
            .await
    }

    /// Removes one of the user's backup phones (never the default device).
    pub async fn remove_backup_phone(&self, user_id: &str, id: i64) -> Result<bool, DbError> {
        let device = DeviceRef {
            kind: DeviceKind::Phone,
            id,
        };
        self.remove_named(user_id, device, Some("backup")).await
    }

    async fn remove_named(
        &self,
        user_id: &str,
        device: DeviceRef,
        only_name: Option<&'static str>,
    ) -> Result<bool, DbError> {
        let uid = user_id.to_owned();
        let removed = self
            .db
            .run(move |conn| match device.kind {
                DeviceKind::Totp => totp::delete(conn, &uid, device.id),
                DeviceKind::Phone | DeviceKind::Email => {
                    challenge::delete(conn, &uid, device.id, only_name)
                }
                DeviceKind::Static => Ok(static_tokens::delete_for_user(conn, &uid)? > 0),
                DeviceKind::WebAuthn => webauthn::delete(conn, &uid, device.id),
            })
            .await?;
        if removed {
            self.cache.put(device, None);
        }
        tracing::info!(user = %user_id, device = %device, removed, "device removed");
        Ok(removed)
    }

    /// [`Self::is_confirmed_owner`] when the cache knows the answer freshly at `now`;
    /// `None` when the database must be asked.
    pub(crate) fn cached_owner(&self, device: DeviceRef, user_id: &str, now: i64) -> Option<bool> {
        self.cache.owned_by(device, user_id, now)
    }

    /// Whether `user_id` owns `device` and it is confirmed (`false`: another user's, or
    /// it no longer exists). Answers from a short-lived cache (the re-check interval) so
    /// verified requests stay cheap; `now` is the request's time ([`Clock::now_ms`](crate::clock::Clock::now_ms)).
    pub(crate) async fn is_confirmed_owner(
        &self,
        device: DeviceRef,
        user_id: &str,
        now: i64,
    ) -> Result<bool, DbError> {
        if let Some(owned) = self.cached_owner(device, user_id, now) {
            return Ok(owned);
        }
        let keys = self.keyring.clone();
        let owner = self
            .db
            .run(move |conn| {
                Ok(load(conn, keys.as_deref(), device)?
                    .filter(is_confirmed)
                    .map(|d| d.user_id().to_owned()))
            })
            .await?;
        let owned = owner.as_deref() == Some(user_id);
        self.cache.put(device, owner);
        Ok(owned)
    }
}

/// How many user ids one `IN (…)` list holds (below SQLite's oldest limit of 999 bound
/// parameters).
#[cfg(feature = "admin")]
pub(crate) const IDS_PER_QUERY: usize = 500;

/// `SELECT EXISTS (confirmed default TOTP device) OR EXISTS (confirmed default phone or
/// e-mail device) OR EXISTS (default WebAuthn credential)`: one round trip, no key read.
fn has_default_device(conn: &mut crate::db::AnyConnection, user_id: &str) -> Result<bool, DbError> {
    use crate::db::schema::{
        otp_challenge_device as c, otp_totp_device as t, otp_webauthn_device as w,
    };
    use diesel::dsl::exists;
    use diesel::prelude::*;
    let totp = t::table
        .filter(t::user_id.eq(user_id))
        .filter(t::confirmed.eq(true))
        .filter(t::name.eq("default"))
        .select(t::id);
    let challenge = c::table
        .filter(c::user_id.eq(user_id))
        .filter(c::confirmed.eq(true))
        .filter(c::name.eq("default"))
        .select(c::id);
    let webauthn = w::table
        .filter(w::user_id.eq(user_id))
        .filter(w::name.eq(webauthn::PRIMARY_NAME))
        .select(w::id);
    let query = diesel::select(exists(totp).or(exists(challenge)).or(exists(webauthn)));
    Ok(crate::db::with_backend!(conn, c => query.get_result::<bool>(c))?)
}

fn is_confirmed(device: &Device) -> bool {
    match device {
        Device::Totp(d) => d.confirmed,
        Device::Challenge(d) => d.confirmed,
        Device::Static(_) | Device::WebAuthn(_) => true,
    }
}

/// Loads any device by reference (confirmed or not).
fn load(
    conn: &mut crate::db::AnyConnection,
    keys: Option<&SecretKeyring>,
    device: DeviceRef,
) -> Result<Option<Device>, DbError> {
    Ok(match device.kind {
        DeviceKind::Totp => totp::get(conn, keys, device.id)?.map(Device::Totp),
        DeviceKind::Static => static_tokens::get(conn, device.id)?.map(Device::Static),
        DeviceKind::Phone | DeviceKind::Email => challenge::get(conn, device.id)?
            .filter(|d| d.method().kind() == device.kind)
            .map(Device::Challenge),
        DeviceKind::WebAuthn => webauthn::get(conn, device.id)?.map(Device::WebAuthn),
    })
}

/// The user's confirmed devices on `conn`: TOTP, then phones and e-mail, then keys.
fn list_on(
    conn: &mut crate::db::AnyConnection,
    keys: Option<&crate::secrets::SecretKeyring>,
    user_id: &str,
) -> Result<Vec<Device>, DbError> {
    let mut all: Vec<Device> = totp::confirmed_for_user(conn, keys, user_id)?
        .into_iter()
        .map(Device::Totp)
        .collect();
    all.extend(
        challenge::confirmed_for_user(conn, user_id)?
            .into_iter()
            .map(Device::Challenge),
    );
    all.extend(
        webauthn::for_user(conn, user_id)?
            .into_iter()
            .map(Device::WebAuthn),
    );
    Ok(all)
}
