//! TOTP devices (RFC 6238, django-otp's `TOTPDevice`), with a replay guard and throttle
//! that hold under concurrency: the check and the consumption of a step are one
//! conditional `UPDATE`, so a token verifies at most once however many requests race.
//!
//! The key column holds the secret encrypted with the configured
//! [`SecretKeyring`] (`enc:v1:…`, bound to the owner's user id), or plain hex when no
//! keyring is configured (and in rows written before one was). The loaders below decrypt
//! it once, into the [`TotpDevice`] they return; a key that cannot be decrypted leaves
//! the device without a key, and such a device verifies nothing.

use diesel::prelude::*;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use subtle::ConstantTimeEq;
use totp_rs::{Algorithm, Builder, Secret};
use zeroize::Zeroizing;

use super::throttle::{Throttle, record_failure};
use super::{DeviceKind, DeviceRef, Verification};
use crate::db::schema::otp_totp_device as t;
use crate::db::{AnyConnection, DbError, with_backend, write_transaction};
use crate::secrets::{SecretError, SecretKeyring};

/// Bytes of key material for new devices (160 bits, RFC 4226's recommendation).
pub const KEY_BYTES: usize = 20;

/// Characters left as they are in `otpauth://` labels and parameters (RFC 3986 unreserved).
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The HOTP value (RFC 4226) of `key` at `counter`, as a zero-padded string of `digits`.
pub fn hotp(key: &[u8], counter: u64, digits: u8) -> String {
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_secret(Secret::new(key.to_vec().into_boxed_slice()))
        .with_digits(digits)
        .with_step_duration(1)
        .with_skew(0)
        .build_noncompliant()
        .generate(counter)
        .to_string()
}

/// The TOTP value (RFC 6238, SHA1) of `key` at Unix time `secs`.
pub fn totp_at(key: &[u8], secs: i64, step: i64, t0: i64, digits: u8) -> String {
    let counter = (secs - t0).div_euclid(step.max(1));
    hotp(key, counter.max(0) as u64, digits)
}

/// The associated data binding an encrypted key to its column and owner: a ciphertext
/// copied into another user's row does not decrypt there. (The row id is not known before
/// the insert, and a device never changes owner, so the user id is the binding.)
pub fn key_aad(user_id: &str) -> Vec<u8> {
    [b"otp_totp_device.key\0".as_slice(), user_id.as_bytes()].concat()
}

/// The key column's value for a new secret: encrypted under the keyring's current key, or
/// plain hex without a keyring.
fn seal_key(keys: Option<&SecretKeyring>, user_id: &str, key: &[u8]) -> Result<String, DbError> {
    match keys {
        Some(keys) => keys
            .encrypt(key, &key_aad(user_id))
            .map_err(|e| DbError::Query(diesel::result::Error::SerializationError(Box::new(e)))),
        None => Ok(hex::encode(key)),
    }
}

/// The secret of a device, as loaded: the stored text until a loader opens it, then the
/// key bytes or why they could not be had.
#[derive(Clone)]
enum KeySlot {
    Sealed(String),
    Open(Zeroizing<Vec<u8>>),
    Unreadable(SecretError),
}

impl From<String> for KeySlot {
    fn from(stored: String) -> Self {
        KeySlot::Sealed(stored)
    }
}

/// A TOTP device row, with its key decrypted.
#[derive(Clone, Queryable, Selectable)]
#[diesel(table_name = t)]
pub struct TotpDevice {
    /// Primary key.
    pub id: i64,
    /// The owner's user id.
    pub user_id: String,
    /// `default` for the primary device.
    pub name: String,
    /// Whether setup finished (a token was entered correctly).
    pub confirmed: bool,
    /// The secret key (decrypted by the loaders; never shown by `Debug`).
    #[diesel(deserialize_as = String)]
    key: KeySlot,
    /// Seconds per step (30).
    pub step: i32,
    /// Unix time steps count from (0).
    pub t0: i64,
    /// Token length (6 or 8).
    pub digits: i32,
    /// Steps of tolerance either side of now (1).
    pub tolerance: i32,
    /// Learned clock drift of the authenticator, in steps.
    pub drift: i32,
    /// The last step that verified; only later steps are accepted.
    pub last_t: i64,
    throttling_failure_timestamp: Option<i64>,
    throttling_failure_count: i32,
    /// When the device was created (ms).
    pub created_at: i64,
    /// When it last verified a token (ms).
    pub last_used_at: Option<i64>,
    /// What the user calls it (empty: shown by what it is); `device_rename` sets it.
    pub label: String,
}

impl std::fmt::Debug for TotpDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let key = match &self.key {
            KeySlot::Sealed(_) => "sealed",
            KeySlot::Open(_) => "available",
            KeySlot::Unreadable(_) => "unreadable",
        };
        f.debug_struct("TotpDevice")
            .field("id", &self.id)
            .field("user_id", &self.user_id)
            .field("name", &self.name)
            .field("confirmed", &self.confirmed)
            .field("key", &key)
            .field("digits", &self.digits)
            .field("drift", &self.drift)
            .field("last_t", &self.last_t)
            .finish_non_exhaustive()
    }
}

impl TotpDevice {
    /// Replaces the stored key text with the key it holds, decrypted with `keys` (legacy
    /// plain hex is accepted as the keyring allows; without a keyring only plain hex).
    fn open(mut self, keys: Option<&SecretKeyring>) -> Self {
        if let KeySlot::Sealed(stored) = &self.key {
            let aad = key_aad(&self.user_id);
            let opened = match keys {
                Some(keys) => keys.decrypt(stored, &aad),
                None if stored.starts_with("enc:") => Err(SecretError::NoKeyring),
                None => hex::decode(stored).map_err(|_| SecretError::Malformed),
            };
            self.key = match opened {
                Ok(bytes) if !bytes.is_empty() => KeySlot::Open(Zeroizing::new(bytes)),
                Ok(_) => KeySlot::Unreadable(SecretError::Malformed),
                Err(e) => KeySlot::Unreadable(e),
            };
        }
        self
    }

    /// Why the key is not available, if it is not.
    pub fn key_error(&self) -> Option<SecretError> {
        match &self.key {
            KeySlot::Open(_) => None,
            KeySlot::Unreadable(e) => Some(e.clone()),
            KeySlot::Sealed(_) => Some(SecretError::NoKeyring),
        }
    }

    /// Whether the key is available; logs an error when it is not (the device is then
    /// unusable until the keyring can decrypt it again).
    pub(crate) fn key_is_usable(&self) -> bool {
        match self.key_error() {
            None => true,
            Some(error) => {
                tracing::error!(device = %self.device_ref(), user = %self.user_id, %error,
                    "TOTP key cannot be decrypted; the device verifies nothing");
                false
            }
        }
    }

    /// This device's persistent reference (`totp/<id>`).
    pub fn device_ref(&self) -> DeviceRef {
        DeviceRef {
            kind: DeviceKind::Totp,
            id: self.id,
        }
    }

    /// The raw key bytes; `None` when the stored key could not be decrypted.
    pub fn key_bytes(&self) -> Option<&[u8]> {
        match &self.key {
            KeySlot::Open(bytes) => Some(bytes),
            KeySlot::Sealed(_) | KeySlot::Unreadable(_) => None,
        }
    }

    /// The key in base32, for manual entry into an authenticator app (empty when the key
    /// could not be decrypted).
    pub fn secret_base32(&self) -> String {
        self.key_bytes().map_or_else(String::new, |key| {
            Secret::new(key.to_vec().into_boxed_slice()).to_base32()
        })
    }

    /// The throttling state.
    pub fn throttle(&self) -> Throttle {
        Throttle {
            failure_count: self.throttling_failure_count,
            failure_timestamp_ms: self.throttling_failure_timestamp,
        }
    }

    /// The `otpauth://` URI authenticator apps read from the QR code.
    pub fn config_url(&self, issuer: &str, username: &str) -> String {
        let label = format!("{issuer}: {username}");
        format!(
            "otpauth://totp/{}?secret={}&digits={}&issuer={}",
            utf8_percent_encode(&label, URI_COMPONENT),
            self.secret_base32(),
            self.digits,
            utf8_percent_encode(issuer, URI_COMPONENT),
        )
    }

    /// The step a well-synchronised authenticator shows at `now_secs` (drift included).
    pub fn current_step(&self, now_secs: i64) -> i64 {
        self.real_step(now_secs) + i64::from(self.bounded_drift())
    }

    /// The step of the server's clock at `now_secs` (no drift).
    fn real_step(&self, now_secs: i64) -> i64 {
        (now_secs - self.t0).div_euclid(i64::from(self.step.max(1)))
    }

    /// `drift` held within `±tolerance` (django-otp's tolerance applies to the
    /// drift-adjusted step; without this bound, logging in with the next step's code
    /// again and again walks the window into the future, one step per login).
    fn bounded_drift(&self) -> i32 {
        bound_drift(self.drift, self.tolerance)
    }

    /// The token for step `counter` (tests and the demo's helpers use it); empty, which
    /// no token equals, when the key could not be decrypted.
    pub fn token_at_step(&self, counter: i64) -> String {
        self.key_bytes().map_or_else(String::new, |key| {
            hotp(key, counter.max(0) as u64, self.digits as u8)
        })
    }

    /// Finds the step within tolerance of the drift-adjusted step that `token` matches
    /// and that is newer than `last_t`; returns it with the drift to record (bounded by
    /// the tolerance). Every candidate is computed and compared in constant time, so
    /// timing does not reveal which one matched.
    #[cfg(test)]
    fn matching_step(&self, token: &str, now_secs: i64) -> Option<(i64, i32)> {
        match self.match_token(token, now_secs)? {
            StepMatch::Fresh { step, drift } => Some((step, drift)),
            StepMatch::Replayed { .. } => None,
        }
    }

    /// Which step within the window `token` matches, fresh or already used.
    fn match_token(&self, token: &str, now_secs: i64) -> Option<StepMatch> {
        let key = self.key_bytes()?;
        let base = self.real_step(now_secs);
        let tolerance = self.tolerance.max(0);
        let drift = self.bounded_drift();
        let mut fresh = None;
        let mut replayed = None;
        for offset in -tolerance..=tolerance {
            let candidate_drift = drift + offset;
            let counter = base + i64::from(candidate_drift);
            if counter < 0 {
                continue;
            }
            let expected = hotp(key, counter as u64, self.digits as u8);
            let equal: bool = expected.as_bytes().ct_eq(token.as_bytes()).into();
            if equal && counter > self.last_t && fresh.is_none() {
                fresh = Some(StepMatch::Fresh {
                    step: counter,
                    drift: bound_drift(candidate_drift, tolerance),
                });
            } else if equal && counter <= self.last_t && replayed.is_none() {
                replayed = Some(StepMatch::Replayed { step: counter });
            }
        }
        fresh.or(replayed)
    }
}

/// `drift` held within `±tolerance` (a negative tolerance counts as none).
fn bound_drift(drift: i32, tolerance: i32) -> i32 {
    let tolerance = tolerance.max(0);
    drift.clamp(-tolerance, tolerance)
}

/// What a token matched within a device's window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StepMatch {
    /// A step newer than `last_t`: the token verifies.
    Fresh {
        /// The step.
        step: i64,
        /// The drift to record.
        drift: i32,
    },
    /// A step at or before `last_t`: a replay of a used (or burnt) code.
    Replayed {
        /// The step.
        step: i64,
    },
}

/// Creates an unconfirmed device for `user_id` (setup in progress) with its `name` (its
/// role: `default` for the main app, `backup` for one more) and `label` (what the user
/// calls it), replacing any earlier unconfirmed one; the key is stored encrypted with `keys` (plain hex without) and never
/// leaves the database until it is shown to its owner.
pub(crate) fn create_unconfirmed(
    conn: &mut AnyConnection,
    keys: Option<&SecretKeyring>,
    user_id: &str,
    (name, label): (&str, &str),
    digits: u8,
    now_ms: i64,
) -> Result<TotpDevice, DbError> {
    let secret = Zeroizing::new(rand::random::<[u8; KEY_BYTES]>().to_vec());
    let key = seal_key(keys, user_id, &secret)?;
    let device = write_transaction(conn, |conn| {
        with_backend!(conn, c => diesel::delete(
            t::table.filter(t::user_id.eq(user_id)).filter(t::confirmed.eq(false)),
        )
        .execute(c))?;
        Ok(with_backend!(conn, c => diesel::insert_into(t::table)
        .values((
            t::user_id.eq(user_id),
            t::name.eq(name),
            t::label.eq(label),
            t::confirmed.eq(false),
            t::key.eq(&key),
            t::step.eq(30),
            t::t0.eq(0_i64),
            t::digits.eq(i32::from(digits)),
            t::tolerance.eq(1),
            t::drift.eq(0),
            t::last_t.eq(-1_i64),
            t::throttling_failure_count.eq(0),
            t::created_at.eq(now_ms),
        ))
        .returning(TotpDevice::as_returning())
        .get_result(c))?)
    })?;
    Ok(TotpDevice {
        key: KeySlot::Open(secret),
        ..device
    })
}

/// A confirmed device brought from another system (a Django import), with its key and
/// counters as they were there.
#[derive(Debug)]
pub(crate) struct ImportedTotp<'a> {
    /// The device's name (`default` for the primary one).
    pub(crate) name: &'a str,
    /// The key bytes.
    pub(crate) key: &'a [u8],
    /// Seconds per step.
    pub(crate) step: i32,
    /// Unix time steps count from.
    pub(crate) t0: i64,
    /// Token length.
    pub(crate) digits: i32,
    /// Steps of tolerance either side of now.
    pub(crate) tolerance: i32,
    /// Learned clock drift.
    pub(crate) drift: i32,
    /// The last step used there: codes up to it are refused here too.
    pub(crate) last_t: i64,
}

/// Stores an imported device for `user_id`, its key sealed like our own; returns its id.
/// Throttling starts afresh.
pub(crate) fn insert_imported(
    conn: &mut AnyConnection,
    keys: Option<&SecretKeyring>,
    user_id: &str,
    device: &ImportedTotp<'_>,
    now_ms: i64,
) -> Result<i64, DbError> {
    let key = seal_key(keys, user_id, device.key)?;
    Ok(with_backend!(conn, c => diesel::insert_into(t::table)
        .values((
            t::user_id.eq(user_id),
            t::name.eq(device.name),
            t::confirmed.eq(true),
            t::key.eq(&key),
            t::step.eq(device.step),
            t::t0.eq(device.t0),
            t::digits.eq(device.digits),
            t::tolerance.eq(device.tolerance),
            t::drift.eq(device.drift),
            t::last_t.eq(device.last_t),
            t::throttling_failure_count.eq(0),
            t::created_at.eq(now_ms),
        ))
        .returning(t::id)
        .get_result(c))?)
}

/// Loads one device, its key decrypted with `keys`.
pub(crate) fn get(
    conn: &mut AnyConnection,
    keys: Option<&SecretKeyring>,
    id: i64,
) -> Result<Option<TotpDevice>, DbError> {
    let device: Option<TotpDevice> = with_backend!(conn, c => t::table
        .find(id)
        .select(TotpDevice::as_select())
        .get_result(c)
        .optional())?;
    Ok(device.map(|d| d.open(keys)))
}

/// The user's confirmed devices, oldest first, their keys decrypted with `keys`.
pub(crate) fn confirmed_for_user(
    conn: &mut AnyConnection,
    keys: Option<&SecretKeyring>,
    user_id: &str,
) -> Result<Vec<TotpDevice>, DbError> {
    let devices: Vec<TotpDevice> = with_backend!(conn, c => t::table
        .filter(t::user_id.eq(user_id))
        .filter(t::confirmed.eq(true))
        .order(t::id.asc())
        .select(TotpDevice::as_select())
        .load(c))?;
    Ok(devices.into_iter().map(|d| d.open(keys)).collect())
}

/// Which of `user_ids` have a confirmed TOTP device named `default` (no key read).
#[cfg(feature = "admin")]
pub(crate) fn users_with_default(
    conn: &mut AnyConnection,
    user_ids: &[String],
) -> Result<Vec<String>, DbError> {
    Ok(with_backend!(conn, c => t::table
        .filter(t::user_id.eq_any(user_ids))
        .filter(t::confirmed.eq(true))
        .filter(t::name.eq("default"))
        .select(t::user_id)
        .distinct()
        .load(c))?)
}

/// What [`reencrypt_all`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Reencrypted {
    /// Rows rewritten under the current key.
    pub(crate) changed: usize,
    /// Rows whose key could not be decrypted (left as they are).
    pub(crate) unreadable: usize,
}

/// Rewrites every key that [needs it](SecretKeyring::needs_reencryption) under the
/// keyring's current key, in batches, one `UPDATE … WHERE key = <old value>` per row so a
/// key changed meanwhile (a new setup) is not overwritten.
pub(crate) fn reencrypt_all(
    conn: &mut AnyConnection,
    keys: &SecretKeyring,
) -> Result<Reencrypted, DbError> {
    const BATCH: i64 = 500;
    let mut done = Reencrypted::default();
    let mut after = i64::MIN;
    loop {
        let rows: Vec<(i64, String, String)> = with_backend!(conn, c => t::table
            .filter(t::id.gt(after))
            .order(t::id.asc())
            .limit(BATCH)
            .select((t::id, t::user_id, t::key))
            .load(c))?;
        let Some(&(last, _, _)) = rows.last() else {
            break;
        };
        after = last;
        for (id, user_id, stored) in rows {
            let device = DeviceRef {
                kind: DeviceKind::Totp,
                id,
            };
            match keys.reencrypt(&stored, &key_aad(&user_id)) {
                Ok(None) => {}
                Ok(Some(new)) => {
                    done.changed += with_backend!(conn, c => diesel::update(
                        t::table
                            .filter(t::id.eq(id))
                            .filter(t::user_id.eq(&user_id))
                            .filter(t::key.eq(&stored)),
                    )
                    .set(t::key.eq(&new))
                    .execute(c))?;
                }
                Err(error) => {
                    done.unreadable += 1;
                    tracing::error!(%device, user = %user_id, %error,
                        "TOTP key cannot be decrypted; left as it is");
                }
            }
        }
    }
    tracing::info!(
        changed = done.changed,
        unreadable = done.unreadable,
        key = keys.current_key_id(),
        "TOTP keys re-encrypted"
    );
    Ok(done)
}

/// Deletes every TOTP device of a user; returns how many went.
pub(crate) fn delete_for_user(conn: &mut AnyConnection, user_id: &str) -> Result<usize, DbError> {
    Ok(
        with_backend!(conn, c => diesel::delete(t::table.filter(t::user_id.eq(user_id))).execute(c))?,
    )
}

/// Deletes one device of a user; returns whether it existed.
pub(crate) fn delete(conn: &mut AnyConnection, user_id: &str, id: i64) -> Result<bool, DbError> {
    Ok(with_backend!(conn, c => diesel::delete(
        t::table.filter(t::id.eq(id)).filter(t::user_id.eq(user_id)),
    )
    .execute(c))?
        == 1)
}

/// Removes one of the user's confirmed authenticator apps. Removing the main app
/// (`default`) makes the oldest remaining app the main one, in the same transaction; a main
/// app with no other app beside it is never removed here (that is `disable`): `false`, as
/// for a device that is not the user's.
pub(crate) fn remove_app(
    conn: &mut AnyConnection,
    user_id: &str,
    id: i64,
) -> Result<bool, DbError> {
    write_transaction(conn, |conn| {
        let apps: Vec<(i64, String)> = with_backend!(conn, c => t::table
            .filter(t::user_id.eq(user_id))
            .filter(t::confirmed.eq(true))
            .order(t::id.asc())
            .select((t::id, t::name))
            .load(c))?;
        let Some((_, name)) = apps.iter().find(|(app, _)| *app == id) else {
            return Ok(false);
        };
        if name == "default" {
            let Some(&(successor, _)) = apps.iter().find(|(app, _)| *app != id) else {
                return Ok(false);
            };
            with_backend!(conn, c => diesel::update(t::table.filter(t::id.eq(successor)))
                .set(t::name.eq("default"))
                .execute(c))?;
        }
        delete(conn, user_id, id)
    })
}

/// Verifies `token` against device `id` at `now_ms`.
///
/// `token` is the canonical digit string, or `None` for input that cannot be a token
/// (it still counts as a failed attempt). With `setup` the device may be unconfirmed and
/// is confirmed by a success; otherwise only confirmed devices verify.
///
/// A device whose key cannot be decrypted verifies nothing (and logs an error); its
/// attempts are not counted as failures, so fixing the keyring does not leave users locked
/// out by back-off.
pub(crate) fn verify(
    conn: &mut AnyConnection,
    keys: Option<&SecretKeyring>,
    id: i64,
    token: Option<&str>,
    now_ms: i64,
    throttle_factor: u32,
    setup: bool,
) -> Result<Verification, DbError> {
    let Some(device) = get(conn, keys, id)? else {
        return Ok(Verification::Invalid);
    };
    if !device.confirmed && !setup {
        return Ok(Verification::Invalid);
    }
    let throttle = device.throttle();
    if throttle.is_throttled(throttle_factor, now_ms) {
        return Ok(Verification::Throttled {
            failure_count: throttle.failure_count,
        });
    }
    if !device.key_is_usable() {
        return Ok(Verification::Invalid);
    }
    let now_secs = now_ms.div_euclid(1000);
    let matched = token.and_then(|tok| device.match_token(tok, now_secs));
    if let Some(StepMatch::Replayed { step }) = matched {
        // A used (or burnt) step of this device: still a failed attempt, told apart so
        // the caller can log it as a replay and warn the user.
        tracing::debug!(device = %device.device_ref(), step, "totp step at or before last_t");
        record_failure(conn, id, throttle, throttle_factor, now_ms)?;
        return Ok(Verification::Replayed);
    }
    if let Some(StepMatch::Fresh { step, drift }) = matched {
        // One statement decides: the step must still be unused and no failure may have
        // been recorded since we read the row. Concurrent duplicates update zero rows.
        let consumed = with_backend!(conn, c => diesel::update(
            t::table
                .filter(t::id.eq(id))
                .filter(t::last_t.lt(step))
                .filter(t::throttling_failure_count.eq(throttle.failure_count)),
        )
        .set((
            t::last_t.eq(step),
            t::drift.eq(drift),
            t::confirmed.eq(true),
            t::throttling_failure_count.eq(0),
            t::throttling_failure_timestamp.eq(None::<i64>),
            t::last_used_at.eq(Some(now_ms)),
        ))
        .execute(c))?;
        if consumed == 1 {
            return Ok(Verification::Verified);
        }
        // Zero rows: a concurrent request used this step (or a later one) first, which
        // is a replay, or a failure was counted meanwhile.
        let last_t: Option<i64> = with_backend!(conn, c => t::table
            .find(id)
            .select(t::last_t)
            .get_result(c)
            .optional())?;
        record_failure(conn, id, throttle, throttle_factor, now_ms)?;
        if last_t.is_some_and(|last_t| last_t >= step) {
            return Ok(Verification::Replayed);
        }
        tracing::debug!(device = %device.device_ref(), "totp step raced a counted failure");
        return Ok(Verification::Invalid);
    }
    record_failure(conn, id, throttle, throttle_factor, now_ms)?;
    Ok(Verification::Invalid)
}

/// Counts a failed attempt. With throttling on, the increment is conditional on the count
/// we read, so attempts racing past the check still add only one failure.
fn record_failure(
    conn: &mut AnyConnection,
    id: i64,
    seen: Throttle,
    throttle_factor: u32,
    now_ms: i64,
) -> Result<(), DbError> {
    record_failure!(conn, t, id, seen.failure_count, throttle_factor, now_ms)
}

/// Adds one failure to the device's throttle counter, unconditionally.
pub(crate) fn count_failure(conn: &mut AnyConnection, id: i64, now_ms: i64) -> Result<(), DbError> {
    record_failure!(conn, t, id, 0, 0, now_ms)
}

#[cfg(test)]
mod tests;
