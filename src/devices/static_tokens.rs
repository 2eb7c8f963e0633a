//! Backup tokens (django-otp's `StaticDevice`): ten single-use codes per generation.
//!
//! Unlike django-otp, the database keeps only a salted argon2id hash of each token, so
//! nobody can read them back from it; a token is consumed by deleting its row, and only
//! the request whose `DELETE` removed the row succeeds, however many race.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use diesel::prelude::*;

use super::throttle::{Throttle, record_failure};
use super::{DeviceKind, DeviceRef, Verification};
use crate::db::schema::{otp_static_device as d, otp_static_token as t};
use crate::db::{AnyConnection, DbError, with_backend, write_transaction};

/// How many tokens one generation creates.
pub const TOKENS_PER_GENERATION: usize = 10;
/// Characters per token (lowercase base32: 40 bits).
pub const TOKEN_LENGTH: usize = 8;
const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";

/// A light argon2id: tokens are random (40 bits), so the hash only has to make a leaked
/// table expensive to search, while ten checks per attempt stay fast.
fn hasher() -> Argon2<'static> {
    let params = Params::new(4 * 1024, 1, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// A fresh random token.
fn new_token() -> String {
    let bytes: [u8; TOKEN_LENGTH] = rand::random();
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b & 31)] as char)
        .collect()
}

/// A salted hash of a token for storage (the light argon2id of [`hasher`]).
pub(crate) fn hash_token(token: &str) -> Result<String, DbError> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())
        .map_err(|e| DbError::Blocking(e.to_string()))?;
    hasher()
        .hash_password(token.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| DbError::Blocking(e.to_string()))
}

fn token_matches(token: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|h| hasher().verify_password(token.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// Reads a backup token field: case-insensitive, exactly eight base32 characters; anything
/// else (wildcards, spaces, other lengths) is `None` and costs no hashing.
pub fn canonical_backup_token(input: &str) -> Option<String> {
    let lower = input.to_ascii_lowercase();
    (lower.len() == TOKEN_LENGTH && lower.bytes().all(|b| ALPHABET.contains(&b))).then_some(lower)
}

/// A user's backup token device.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = d)]
pub struct StaticDevice {
    /// Primary key.
    pub id: i64,
    /// The owner.
    pub user_id: String,
    /// Always `backup`.
    pub name: String,
    throttling_failure_timestamp: Option<i64>,
    throttling_failure_count: i32,
    /// When it was created (ms).
    pub created_at: i64,
    /// When a token last verified (ms).
    pub last_used_at: Option<i64>,
    /// What the user calls it (empty: shown by what it is); `device_rename` sets it.
    pub label: String,
}

impl StaticDevice {
    /// `static/<id>`.
    pub fn device_ref(&self) -> DeviceRef {
        DeviceRef {
            kind: DeviceKind::Static,
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

/// The user's backup device, if any.
pub(crate) fn for_user(
    conn: &mut AnyConnection,
    user_id: &str,
) -> Result<Option<StaticDevice>, DbError> {
    Ok(with_backend!(conn, c => d::table
        .filter(d::user_id.eq(user_id))
        .select(StaticDevice::as_select())
        .get_result(c)
        .optional())?)
}

/// Loads a device by id.
pub(crate) fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<StaticDevice>, DbError> {
    Ok(with_backend!(conn, c => d::table
        .find(id)
        .select(StaticDevice::as_select())
        .get_result(c)
        .optional())?)
}

/// How many unused tokens the user has.
/// One query: the tokens of the user's backup device, counted. A join, not
/// `IN (SELECT …)`: diesel keeps a join's prepared statement but prepares a query holding
/// a subselect anew on every run (callgrind: about 35,000 instructions of SQLite's parser
/// and planner per profile page).
pub(crate) fn remaining(conn: &mut AnyConnection, user_id: &str) -> Result<i64, DbError> {
    Ok(with_backend!(conn, c => t::table
        .inner_join(d::table)
        .filter(d::user_id.eq(user_id))
        .count()
        .get_result(c))?)
}

/// Replaces the user's tokens with ten new ones and returns them (the only time they
/// exist in plain text).
pub(crate) fn generate(
    conn: &mut AnyConnection,
    user_id: &str,
    now_ms: i64,
) -> Result<Vec<String>, DbError> {
    let tokens: Vec<String> = (0..TOKENS_PER_GENERATION).map(|_| new_token()).collect();
    let hashes = tokens
        .iter()
        .map(|tok| hash_token(tok))
        .collect::<Result<Vec<_>, _>>()?;
    write_transaction(conn, |conn| {
        with_backend!(conn, c => {
            let existing: Option<i64> = d::table
                .filter(d::user_id.eq(user_id))
                .select(d::id)
                .get_result(c)
                .optional()?;
            let device_id = match existing {
                Some(id) => id,
                None => diesel::insert_into(d::table)
                    .values((
                        d::user_id.eq(user_id),
                        d::name.eq("backup"),
                        d::throttling_failure_count.eq(0),
                        d::created_at.eq(now_ms),
                    ))
                    .returning(d::id)
                    .get_result(c)?,
            };
            diesel::delete(t::table.filter(t::device_id.eq(device_id))).execute(c)?;
            let rows: Vec<_> = hashes
                .iter()
                .map(|h| (t::device_id.eq(device_id), t::token_hash.eq(h)))
                .collect();
            diesel::insert_into(t::table).values(&rows).execute(c)?;
            Ok(())
        })
    })?;
    Ok(tokens)
}

/// Adds already hashed tokens ([`hash_token`]) to the user's backup device, creating it
/// when the user has none (a Django import: their tokens join any they have here). Returns
/// the device's id.
pub(crate) fn insert_imported(
    conn: &mut AnyConnection,
    user_id: &str,
    hashes: &[String],
    now_ms: i64,
) -> Result<i64, DbError> {
    with_backend!(conn, c => {
        let existing: Option<i64> = d::table
            .filter(d::user_id.eq(user_id))
            .select(d::id)
            .get_result(c)
            .optional()?;
        let device_id = match existing {
            Some(id) => id,
            None => diesel::insert_into(d::table)
                .values((
                    d::user_id.eq(user_id),
                    d::name.eq("backup"),
                    d::throttling_failure_count.eq(0),
                    d::created_at.eq(now_ms),
                ))
                .returning(d::id)
                .get_result(c)?,
        };
        let rows: Vec<_> = hashes
            .iter()
            .map(|h| (t::device_id.eq(device_id), t::token_hash.eq(h)))
            .collect();
        diesel::insert_into(t::table).values(&rows).execute(c)?;
        Ok(device_id)
    })
}

/// Verifies a backup token: consumes it when right, counts a failure when wrong.
pub(crate) fn verify(
    conn: &mut AnyConnection,
    device_id: i64,
    token: Option<&str>,
    now_ms: i64,
    throttle_factor: u32,
) -> Result<Verification, DbError> {
    let Some(device) = get(conn, device_id)? else {
        return Ok(Verification::Invalid);
    };
    let throttle = device.throttle();
    if throttle.is_throttled(throttle_factor, now_ms) {
        return Ok(Verification::Throttled {
            failure_count: throttle.failure_count,
        });
    }
    if let Some(token) = token {
        let rows: Vec<(i64, String)> = with_backend!(conn, c => t::table
            .filter(t::device_id.eq(device_id))
            .select((t::id, t::token_hash))
            .load(c))?;
        if let Some((id, _)) = rows.iter().find(|(_, hash)| token_matches(token, hash)) {
            let consumed = with_backend!(conn, c => diesel::delete(t::table.filter(t::id.eq(*id))).execute(c))?;
            if consumed == 1 {
                with_backend!(conn, c => diesel::update(d::table.filter(d::id.eq(device_id)))
                    .set((
                        d::throttling_failure_count.eq(0),
                        d::throttling_failure_timestamp.eq(None::<i64>),
                        d::last_used_at.eq(Some(now_ms)),
                    ))
                    .execute(c))?;
                return Ok(Verification::Verified);
            }
            tracing::warn!(device = %device.device_ref(), user = %device.user_id, "backup token raced or reused");
        }
    }
    record_failure!(
        conn,
        d,
        device_id,
        throttle.failure_count,
        throttle_factor,
        now_ms
    )?;
    Ok(Verification::Invalid)
}

/// Deletes the user's backup device and tokens.
pub(crate) fn delete_for_user(conn: &mut AnyConnection, user_id: &str) -> Result<usize, DbError> {
    write_transaction(conn, |conn| {
        with_backend!(conn, c => {
            let ids: Vec<i64> = d::table.filter(d::user_id.eq(user_id)).select(d::id).load(c)?;
            diesel::delete(t::table.filter(t::device_id.eq_any(&ids))).execute(c)?;
            Ok(diesel::delete(d::table.filter(d::id.eq_any(&ids))).execute(c)?)
        })
    })
}

/// Adds one failure to the device's throttle counter, unconditionally.
pub(crate) fn count_failure(conn: &mut AnyConnection, id: i64, now_ms: i64) -> Result<(), DbError> {
    record_failure!(conn, d, id, 0, 0, now_ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_eight_base32_characters() {
        for _ in 0..100 {
            let tok = new_token();
            assert_eq!(canonical_backup_token(&tok), Some(tok.clone()));
        }
    }

    #[test]
    fn canonical_form_is_strict_but_case_insensitive() {
        assert_eq!(canonical_backup_token("ABCD2345"), Some("abcd2345".into()));
        for bad in [
            "",
            "abcd234",
            "abcd23456",
            "abcd 2345",
            "%%%%%%%%",
            "________",
            "abcd2341",
            "abcd234\0",
        ] {
            assert_eq!(canonical_backup_token(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn hashes_verify_only_their_token() {
        let h = hash_token("abcd2345").expect("hash");
        assert!(!h.contains("abcd2345"));
        assert!(token_matches("abcd2345", &h));
        assert!(!token_matches("abcd2346", &h));
        assert!(!token_matches("abcd2345", "not a hash"));
    }
}
