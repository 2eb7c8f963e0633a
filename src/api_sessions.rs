//! Server-side sessions for the JSON API's *app* clients (mobile apps and other
//! non-browser clients that send `X-Session-Token` instead of a cookie).
//!
//! A session is the same map of entries a cookie or Redis session holds (JSON values by
//! key), stored in `two_factor_api_session` under the SHA-256 digest of its token: the
//! token itself (32 random bytes, URL-safe base64) is known only to the client, so a
//! leaked table opens no session. A token is looked up by its digest and the stored digest
//! compared again in constant time. Rows carry an expiry that moves with every write;
//! expired rows read as absent and are pruned when a new session is created.
//!
//! The web layer (`web/api/client.rs`) loads these entries into the request's actix
//! `Session` before the two-factor middleware reads it and stores them back afterwards,
//! so every view helper that works on a session works on an app session unchanged.

use std::collections::HashMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use diesel::prelude::*;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::db::schema::two_factor_api_session as t;
use crate::db::{Database, DbError, with_backend};

/// Longest token accepted (a real one is 43 characters); longer input is not looked up.
pub(crate) const MAX_TOKEN_LEN: usize = 128;

/// A new session token: 32 random bytes, URL-safe base64 without padding.
pub(crate) fn new_token() -> String {
    URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>())
}

/// The digest a token is stored under (SHA-256, hex). A token has 256 random bits, so a
/// plain digest is enough: there is nothing to guess that a slow hash would protect.
pub(crate) fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The entries of the live session stored under `hash`, or `None` (unknown or expired).
pub(crate) async fn load(
    db: &Database,
    hash: String,
    now_ms: i64,
) -> Result<Option<HashMap<String, String>>, DbError> {
    db.run(move |conn| {
        let row: Option<(String, String, i64)> = with_backend!(conn, c => t::table
            .filter(t::token_hash.eq(&hash))
            .select((t::token_hash, t::state, t::expires_at))
            .get_result(c)
            .optional())?;
        let Some((stored, state, expires_at)) = row else {
            return Ok(None);
        };
        if !bool::from(stored.as_bytes().ct_eq(hash.as_bytes())) || expires_at <= now_ms {
            return Ok(None);
        }
        // Unreadable state (edited by hand) reads as no session rather than an error.
        Ok(serde_json::from_str(&state).ok())
    })
    .await
}

/// Stores the changed entries of the live session under `hash` in place, with a new
/// expiry. `false`: no live row is left to update (the session was ended — logout,
/// renewal, expiry — while this request ran), and nothing was written: a request that
/// loaded the session before it ended can never bring it back.
pub(crate) async fn update(
    db: &Database,
    hash: String,
    state: HashMap<String, String>,
    expires_at: i64,
    now_ms: i64,
) -> Result<bool, DbError> {
    let state = encode(&state)?;
    db.run(move |conn| {
        let updated = with_backend!(conn, c => diesel::update(
            t::table
                .filter(t::token_hash.eq(&hash))
                .filter(t::expires_at.gt(now_ms)),
        )
        .set((t::state.eq(&state), t::expires_at.eq(expires_at)))
        .execute(c))?;
        Ok(updated == 1)
    })
    .await
}

/// Stores a new session under `hash`. A renewal (`previous`: the old token's digest)
/// first deletes the old row and stores the new one only if that delete removed it, in
/// one transaction: `false` means the old session had ended meanwhile and nothing was
/// written. A new session (`prune`) also deletes every expired row.
pub(crate) async fn issue(
    db: &Database,
    hash: String,
    previous: Option<String>,
    state: HashMap<String, String>,
    expires_at: i64,
    prune_before: Option<i64>,
) -> Result<bool, DbError> {
    let state = encode(&state)?;
    db.run(move |conn| {
        crate::db::write_transaction(conn, |conn| {
            if let Some(previous) = &previous {
                let ended = with_backend!(conn, c => diesel::delete(
                    t::table
                        .filter(t::token_hash.eq(previous))
                        .filter(t::expires_at.gt(prune_before.unwrap_or(i64::MIN))),
                )
                .execute(c))?;
                if ended != 1 {
                    return Ok(false);
                }
            }
            if let Some(now) = prune_before {
                with_backend!(conn, c => diesel::delete(t::table.filter(t::expires_at.le(now)))
                    .execute(c))?;
            }
            with_backend!(conn, c => diesel::insert_into(t::table)
                .values((
                    t::token_hash.eq(&hash),
                    t::state.eq(&state),
                    t::expires_at.eq(expires_at),
                ))
                .execute(c))?;
            Ok(true)
        })
    })
    .await
}

fn encode(state: &HashMap<String, String>) -> Result<String, DbError> {
    serde_json::to_string(state).map_err(|e| DbError::Blocking(e.to_string()))
}

/// Deletes the session stored under `hash` (logout, expiry).
pub(crate) async fn delete(db: &Database, hash: String) -> Result<(), DbError> {
    db.run(move |conn| {
        with_backend!(conn, c => diesel::delete(t::table.filter(t::token_hash.eq(&hash)))
            .execute(c))?;
        Ok(())
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_stored_only_as_digests() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), token_hash(&b));
        assert!(!token_hash(&a).contains(&a));
    }
}
