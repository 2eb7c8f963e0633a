//! Devices that are sent a code: backup phones (SMS, voice call) and e-mail
//! (two_factor's `PhoneDevice`, django-otp's `EmailDevice`).
//!
//! Safer than Django's: the code is random (not a TOTP of the device key), valid for a
//! bounded time, single-use, stored only as a hash bound to the login attempt (a nonce
//! kept in that session), replaced by a resend. Each login attempt has its own pending
//! code (`two_factor_challenge`), so two browsers never block or void each other's; the
//! resend cooldown applies to the attempt's own outstanding code only; and every code sent
//! is logged (`two_factor_delivery`) so sending is limited per destination and per user.

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::throttle::{Throttle, record_failure};
use super::{DeviceKind, DeviceRef, Verification};
use crate::db::schema::otp_challenge_device as t;
use crate::db::schema::two_factor_challenge as ch;
use crate::db::schema::two_factor_delivery as log;
use crate::db::{AnyConnection, DbError, with_backend};

/// Digits in a sent code.
pub const CODE_DIGITS: u8 = 6;

/// How a code reaches the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Method {
    /// Text message.
    Sms,
    /// Voice call.
    Call,
    /// E-mail.
    Email,
}

impl Method {
    /// The stored name (`sms`, `call`, `email`).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Sms => "sms",
            Method::Call => "call",
            Method::Email => "email",
        }
    }

    /// Parses a stored or posted method name.
    pub fn parse(s: &str) -> Option<Method> {
        match s {
            "sms" => Some(Method::Sms),
            "call" => Some(Method::Call),
            "email" => Some(Method::Email),
            _ => None,
        }
    }

    /// The device kind rows of this method have.
    pub fn kind(self) -> DeviceKind {
        match self {
            Method::Sms | Method::Call => DeviceKind::Phone,
            Method::Email => DeviceKind::Email,
        }
    }
}

/// A phone or e-mail device row.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = t)]
pub struct ChallengeDevice {
    /// Primary key.
    pub id: i64,
    /// The owner.
    pub user_id: String,
    /// `default` (the primary device) or `backup`.
    pub name: String,
    /// Whether the user proved they receive the codes.
    pub confirmed: bool,
    method: String,
    /// The E.164 number or the e-mail address.
    pub target: String,
    throttling_failure_timestamp: Option<i64>,
    throttling_failure_count: i32,
    /// When it was created (ms).
    pub created_at: i64,
    /// When a code last verified (ms).
    pub last_used_at: Option<i64>,
    /// What the user calls it (empty: shown by what it is); `device_rename` sets it.
    pub label: String,
}

impl ChallengeDevice {
    /// How codes are delivered (an unknown stored value reads as e-mail-less SMS: never).
    pub fn method(&self) -> Method {
        Method::parse(&self.method).unwrap_or(Method::Sms)
    }

    /// `phone/<id>` or `email/<id>`.
    pub fn device_ref(&self) -> DeviceRef {
        DeviceRef {
            kind: self.method().kind(),
            id: self.id,
        }
    }

    /// The throttling state.
    pub fn throttle(&self) -> Throttle {
        Throttle {
            failure_count: self.throttling_failure_count,
            failure_timestamp_ms: self.throttling_failure_timestamp,
        }
    }
}

/// The stored form of a code: bound to the device and to the login attempt's nonce.
fn code_hash(device_id: i64, nonce: &str, code: &str) -> String {
    let digest = Sha256::digest(format!("{device_id}:{nonce}:{code}").as_bytes());
    hex::encode(digest)
}

/// Creates an unconfirmed device (setup or a new backup phone), replacing the user's
/// earlier unconfirmed ones. An unconfirmed device for the same name, method and target is
/// reused, so its pending code and resend cooldown carry over to a repeated submission.
pub(crate) fn create_unconfirmed(
    conn: &mut AnyConnection,
    user_id: &str,
    name: &str,
    method: Method,
    target: &str,
    now_ms: i64,
) -> Result<ChallengeDevice, DbError> {
    conn.transaction(|conn| {
        take_write_lock(conn)?;
        let existing = with_backend!(conn, c => t::table
            .filter(t::user_id.eq(user_id))
            .filter(t::confirmed.eq(false))
            .filter(t::name.eq(name))
            .filter(t::method.eq(method.as_str()))
            .filter(t::target.eq(target))
            .order(t::id.desc())
            .select(ChallengeDevice::as_select())
            .get_result(c)
            .optional())?;
        let keep = existing.as_ref().map_or(-1, |d| d.id);
        with_backend!(conn, c => diesel::delete(
            t::table
                .filter(t::user_id.eq(user_id))
                .filter(t::confirmed.eq(false))
                .filter(t::id.ne(keep)),
        )
        .execute(c))?;
        if let Some(device) = existing {
            return Ok(device);
        }
        Ok(with_backend!(conn, c => diesel::insert_into(t::table)
            .values((
                t::user_id.eq(user_id),
                t::name.eq(name),
                t::confirmed.eq(false),
                t::method.eq(method.as_str()),
                t::target.eq(target),
                t::throttling_failure_count.eq(0),
                t::created_at.eq(now_ms),
            ))
            .returning(ChallengeDevice::as_returning())
            .get_result(c))?)
    })
}

/// Stores a confirmed device brought from another system (a Django import); returns its
/// id. Throttling starts afresh.
pub(crate) fn insert_imported(
    conn: &mut AnyConnection,
    user_id: &str,
    name: &str,
    method: Method,
    target: &str,
    now_ms: i64,
) -> Result<i64, DbError> {
    Ok(with_backend!(conn, c => diesel::insert_into(t::table)
        .values((
            t::user_id.eq(user_id),
            t::name.eq(name),
            t::confirmed.eq(true),
            t::method.eq(method.as_str()),
            t::target.eq(target),
            t::throttling_failure_count.eq(0),
            t::created_at.eq(now_ms),
        ))
        .returning(t::id)
        .get_result(c))?)
}

/// Loads one device.
pub(crate) fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<ChallengeDevice>, DbError> {
    Ok(with_backend!(conn, c => t::table
        .find(id)
        .select(ChallengeDevice::as_select())
        .get_result(c)
        .optional())?)
}

/// The user's confirmed phone and e-mail devices, oldest first.
pub(crate) fn confirmed_for_user(
    conn: &mut AnyConnection,
    user_id: &str,
) -> Result<Vec<ChallengeDevice>, DbError> {
    Ok(with_backend!(conn, c => t::table
        .filter(t::user_id.eq(user_id))
        .filter(t::confirmed.eq(true))
        .order(t::id.asc())
        .select(ChallengeDevice::as_select())
        .load(c))?)
}

/// Which of `user_ids` have a confirmed phone or e-mail device named `default`.
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

/// Limits on sending codes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SendLimits {
    pub validity_ms: i64,
    pub cooldown_ms: i64,
    pub window_ms: i64,
    /// Codes per destination (number or address) per window, across users; 0: no limit.
    pub per_destination: u32,
    /// Codes per user per window; 0: no limit.
    pub per_user: u32,
}

/// What [`store_challenge`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stored {
    /// The code is stored; deliver it.
    Issued,
    /// This attempt's code went out less than the cooldown ago and is still valid.
    Cooldown { retry_at_ms: i64 },
    /// The destination had its share of codes for the window.
    DestinationLimit { retry_at_ms: i64 },
    /// The user had their share of codes for the window.
    UserLimit { retry_at_ms: i64 },
}

/// The stored name of a login attempt (the session nonce itself is never stored).
fn attempt_id(nonce: &str) -> String {
    hex::encode(Sha256::digest(format!("attempt:{nonce}").as_bytes()))
}

/// The stored name of a destination (rate limits need equality only).
fn destination_id(target: &str) -> String {
    hex::encode(Sha256::digest(
        format!("destination:{}", target.trim().to_lowercase()).as_bytes(),
    ))
}

/// Makes the current transaction a writer from its first statement. On SQLite a
/// transaction that reads first and writes later cannot upgrade once another writer
/// committed ("database is locked", at once, whatever `busy_timeout` says); a first write
/// (even one that matches no row) takes the write lock up front and waits its turn like
/// `BEGIN IMMEDIATE`. PostgreSQL needs nothing here.
#[cfg_attr(not(feature = "sqlite"), allow(unused_variables))]
fn take_write_lock(conn: &mut AnyConnection) -> Result<(), DbError> {
    #[cfg(feature = "sqlite")]
    #[allow(irrefutable_let_patterns)]
    if let AnyConnection::Sqlite(c) = conn {
        diesel::update(t::table.filter(t::id.eq(-1)))
            .set(t::id.eq(t::id))
            .execute(c)?;
    }
    Ok(())
}

/// Serialises code issuing: the rate-limit counts and the insert must not interleave.
/// PostgreSQL: one transaction-scoped advisory lock. SQLite: the database's write lock.
fn lock_for_issuing(conn: &mut AnyConnection) -> Result<(), DbError> {
    #[cfg(feature = "postgres")]
    #[allow(irrefutable_let_patterns)]
    if let AnyConnection::Postgresql(c) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(417001, 1)").execute(c)?;
    }
    take_write_lock(conn)
}

/// Stores a new code for `device` and this login attempt (`nonce`), replacing the
/// attempt's earlier code, unless that code is still outstanding and was sent less than
/// the cooldown ago, or the destination or the user had their share of codes for the
/// window. Returns what it decided; the caller delivers an issued code.
pub(crate) fn store_challenge(
    conn: &mut AnyConnection,
    device: &ChallengeDevice,
    nonce: &str,
    code: &str,
    now_ms: i64,
    limits: SendLimits,
) -> Result<Stored, DbError> {
    let attempt = attempt_id(nonce);
    let destination = destination_id(&device.target);
    let hash = code_hash(device.id, nonce, code);
    let since = now_ms - limits.window_ms;
    let device_id = device.id;
    let user_id = device.user_id.as_str();
    conn.transaction(|conn| {
        lock_for_issuing(conn)?;
        let pending: Option<(i64, i64)> = with_backend!(conn, c => ch::table
            .filter(ch::device_id.eq(device_id))
            .filter(ch::attempt.eq(&attempt))
            .select((ch::sent_at, ch::expires_at))
            .get_result(c)
            .optional())?;
        if let Some((sent_at, expires_at)) = pending
            && expires_at >= now_ms
            && sent_at > now_ms - limits.cooldown_ms
        {
            return Ok(Stored::Cooldown {
                retry_at_ms: sent_at + limits.cooldown_ms,
            });
        }
        // Old log rows are pruned here, so the counts below read the window only.
        with_backend!(conn, c => diesel::delete(log::table.filter(log::sent_at.le(since))).execute(c))?;
        if limits.per_destination > 0 {
            let sent: Vec<i64> = with_backend!(conn, c => log::table
                .filter(log::destination.eq(&destination))
                .order(log::sent_at.desc())
                .limit(i64::from(limits.per_destination))
                .select(log::sent_at)
                .load(c))?;
            if sent.len() as u32 >= limits.per_destination {
                let oldest = sent.last().copied().unwrap_or(now_ms);
                return Ok(Stored::DestinationLimit {
                    retry_at_ms: oldest + limits.window_ms,
                });
            }
        }
        if limits.per_user > 0 {
            let sent: Vec<i64> = with_backend!(conn, c => log::table
                .filter(log::user_id.eq(user_id))
                .order(log::sent_at.desc())
                .limit(i64::from(limits.per_user))
                .select(log::sent_at)
                .load(c))?;
            if sent.len() as u32 >= limits.per_user {
                let oldest = sent.last().copied().unwrap_or(now_ms);
                return Ok(Stored::UserLimit {
                    retry_at_ms: oldest + limits.window_ms,
                });
            }
        }
        // This device's expired codes go; this attempt's earlier code is replaced.
        with_backend!(conn, c => diesel::delete(
            ch::table.filter(ch::device_id.eq(device_id)).filter(
                ch::attempt.eq(&attempt).or(ch::expires_at.lt(now_ms)),
            ),
        )
        .execute(c))?;
        with_backend!(conn, c => diesel::insert_into(ch::table)
            .values((
                ch::device_id.eq(device_id),
                ch::attempt.eq(&attempt),
                ch::code_hash.eq(&hash),
                ch::sent_at.eq(now_ms),
                ch::expires_at.eq(now_ms + limits.validity_ms),
            ))
            .execute(c))?;
        with_backend!(conn, c => diesel::insert_into(log::table)
            .values((
                log::user_id.eq(user_id),
                log::destination.eq(&destination),
                log::sent_at.eq(now_ms),
            ))
            .execute(c))?;
        Ok(Stored::Issued)
    })
}

/// A random code of [`CODE_DIGITS`] digits.
pub(crate) fn new_code() -> String {
    format!("{:06}", rand::random_range(0..1_000_000_u32))
}

/// Verifies a code: it must match the pending challenge of this login attempt, be
/// unexpired, and is cleared by the same statement that accepts it.
pub(crate) fn verify(
    conn: &mut AnyConnection,
    device_id: i64,
    token: Option<&str>,
    nonce: Option<&str>,
    now_ms: i64,
    throttle_factor: u32,
    setup: bool,
) -> Result<Verification, DbError> {
    let Some(device) = get(conn, device_id)? else {
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
    if let (Some(token), Some(nonce)) = (token, nonce) {
        let hash = code_hash(device_id, nonce, token);
        let attempt = attempt_id(nonce);
        // The code is consumed and the device confirmed (throttling reset) together, or
        // not at all: a failure counted in between rolls the consumption back.
        let consumed = conn.transaction::<bool, DbError, _>(|conn| {
            let taken = with_backend!(conn, c => diesel::delete(
                ch::table
                    .filter(ch::device_id.eq(device_id))
                    .filter(ch::attempt.eq(&attempt))
                    .filter(ch::code_hash.eq(&hash))
                    .filter(ch::expires_at.ge(now_ms)),
            )
            .execute(c))?;
            if taken != 1 {
                return Ok(false);
            }
            let updated = with_backend!(conn, c => diesel::update(
                t::table
                    .filter(t::id.eq(device_id))
                    .filter(t::throttling_failure_count.eq(throttle.failure_count)),
            )
            .set((
                t::confirmed.eq(true),
                t::throttling_failure_count.eq(0),
                t::throttling_failure_timestamp.eq(None::<i64>),
                t::last_used_at.eq(Some(now_ms)),
            ))
            .execute(c))?;
            if updated != 1 {
                return Err(DbError::Query(diesel::result::Error::RollbackTransaction));
            }
            Ok(true)
        });
        match consumed {
            Ok(true) => return Ok(Verification::Verified),
            Ok(false) | Err(DbError::Query(diesel::result::Error::RollbackTransaction)) => {}
            Err(e) => return Err(e),
        }
    }
    record_failure!(
        conn,
        t,
        device_id,
        throttle.failure_count,
        throttle_factor,
        now_ms
    )?;
    Ok(Verification::Invalid)
}

/// Deletes one device of a user, optionally only if it has the given name.
pub(crate) fn delete(
    conn: &mut AnyConnection,
    user_id: &str,
    id: i64,
    only_name: Option<&str>,
) -> Result<bool, DbError> {
    let n = match only_name {
        Some(name) => with_backend!(conn, c => diesel::delete(
            t::table
                .filter(t::id.eq(id))
                .filter(t::user_id.eq(user_id))
                .filter(t::name.eq(name)),
        )
        .execute(c))?,
        None => with_backend!(conn, c => diesel::delete(
            t::table.filter(t::id.eq(id)).filter(t::user_id.eq(user_id)),
        )
        .execute(c))?,
    };
    Ok(n == 1)
}

/// Deletes every phone and e-mail device of a user.
pub(crate) fn delete_for_user(conn: &mut AnyConnection, user_id: &str) -> Result<usize, DbError> {
    Ok(
        with_backend!(conn, c => diesel::delete(t::table.filter(t::user_id.eq(user_id))).execute(c))?,
    )
}

/// Adds one failure to the device's throttle counter, unconditionally.
pub(crate) fn count_failure(conn: &mut AnyConnection, id: i64, now_ms: i64) -> Result<(), DbError> {
    record_failure!(conn, t, id, 0, 0, now_ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits() {
        for _ in 0..200 {
            let c = new_code();
            assert_eq!(c.len(), 6);
            assert!(c.bytes().all(|b| b.is_ascii_digit()));
        }
    }

    #[test]
    fn the_hash_binds_device_nonce_and_code() {
        let h = code_hash(1, "nonce", "123456");
        assert_ne!(h, code_hash(2, "nonce", "123456"));
        assert_ne!(h, code_hash(1, "other", "123456"));
        assert_ne!(h, code_hash(1, "nonce", "123457"));
        assert!(!h.contains("123456"));
    }

    #[test]
    fn methods_round_trip() {
        for m in [Method::Sms, Method::Call, Method::Email] {
            assert_eq!(Method::parse(m.as_str()), Some(m));
        }
        assert_eq!(Method::parse("fax"), None);
        assert_eq!(Method::Email.kind(), DeviceKind::Email);
        assert_eq!(Method::Call.kind(), DeviceKind::Phone);
    }
}
