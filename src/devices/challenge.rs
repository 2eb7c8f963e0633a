//! Devices that are sent a code: backup phones (SMS, voice call) and e-mail
//! (two_factor's `PhoneDevice`, django-otp's `EmailDevice`).
//!
//! Safer than Django's: the code is random (not a TOTP of the device key), valid for a
//! bounded time, single-use, stored only as a hash bound to the login attempt (a nonce
//! kept in that session), replaced by a resend, and resends have a cooldown.

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::throttle::{Throttle, record_failure};
use super::{DeviceKind, DeviceRef, Verification};
use crate::db::schema::otp_challenge_device as t;
use crate::db::{AnyConnection, DbError, with_backend};

/// Digits in a sent code.
pub const CODE_DIGITS: u8 = 6;

/// How a code reaches the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
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
    challenge_hash: Option<String>,
    challenge_expires_at: Option<i64>,
    challenge_sent_at: Option<i64>,
    throttling_failure_timestamp: Option<i64>,
    throttling_failure_count: i32,
    /// When it was created (ms).
    pub created_at: i64,
    /// When a code last verified (ms).
    pub last_used_at: Option<i64>,
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

    /// When the current code was sent (ms), if one was.
    pub fn challenge_sent_at(&self) -> Option<i64> {
        self.challenge_sent_at
    }

    /// When the pending code expires (ms), if one is pending.
    pub fn challenge_expires_at(&self) -> Option<i64> {
        self.challenge_expires_at
    }

    /// Whether a sent code is waiting to be used.
    pub fn has_pending_code(&self) -> bool {
        self.challenge_hash.is_some()
    }
}

/// The stored form of a code: bound to the device and to the login attempt's nonce.
fn code_hash(device_id: i64, nonce: &str, code: &str) -> String {
    let digest = Sha256::digest(format!("{device_id}:{nonce}:{code}").as_bytes());
    hex::encode(digest)
}

/// Creates an unconfirmed device (setup or a new backup phone), replacing the user's
/// earlier unconfirmed ones of the same kind.
pub(crate) fn create_unconfirmed(
    conn: &mut AnyConnection,
    user_id: &str,
    name: &str,
    method: Method,
    target: &str,
    now_ms: i64,
) -> Result<ChallengeDevice, DbError> {
    with_backend!(conn, c => diesel::delete(
        t::table
            .filter(t::user_id.eq(user_id))
            .filter(t::confirmed.eq(false)),
    )
    .execute(c))?;
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
}

/// Loads one device.
pub(crate) fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<ChallengeDevice>, DbError> {
    Ok(with_backend!(conn, c => t::table
        .find(id)
        .select(ChallengeDevice::as_select())
        .first(c)
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

/// Stores a new code for `device_id` unless the previous one was sent less than
/// `cooldown_ms` ago; returns whether it was stored (the caller then delivers it).
/// The cooldown condition is part of the `UPDATE`, so racing resends send once.
pub(crate) fn store_challenge(
    conn: &mut AnyConnection,
    device_id: i64,
    nonce: &str,
    code: &str,
    now_ms: i64,
    validity_ms: i64,
    cooldown_ms: i64,
) -> Result<bool, DbError> {
    let hash = code_hash(device_id, nonce, code);
    let latest_allowed = now_ms - cooldown_ms;
    let n = with_backend!(conn, c => diesel::update(
        t::table.filter(t::id.eq(device_id)).filter(
            t::challenge_sent_at
                .is_null()
                .or(t::challenge_sent_at.le(latest_allowed)),
        ),
    )
    .set((
        t::challenge_hash.eq(Some(&hash)),
        t::challenge_expires_at.eq(Some(now_ms + validity_ms)),
        t::challenge_sent_at.eq(Some(now_ms)),
    ))
    .execute(c))?;
    Ok(n == 1)
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
        let consumed = with_backend!(conn, c => diesel::update(
            t::table
                .filter(t::id.eq(device_id))
                .filter(t::challenge_hash.eq(&hash))
                .filter(t::challenge_expires_at.ge(now_ms))
                .filter(t::throttling_failure_count.eq(throttle.failure_count)),
        )
        .set((
            t::challenge_hash.eq(None::<String>),
            t::challenge_expires_at.eq(None::<i64>),
            t::confirmed.eq(true),
            t::throttling_failure_count.eq(0),
            t::throttling_failure_timestamp.eq(None::<i64>),
            t::last_used_at.eq(Some(now_ms)),
        ))
        .execute(c))?;
        if consumed == 1 {
            return Ok(Verification::Verified);
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
