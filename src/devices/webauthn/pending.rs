//! Passkey logins of app clients in progress. A browser keeps the ceremony's state in its
//! session; an app has no session before it logs in (and anonymous requests start none),
//! so the state waits here, keyed by the digest of its challenge, until the answer claims
//! it — once — or it expires. Rows live as long as the ceremony's timeout.
//!
//! Anyone may ask for passkey options, so the table is bounded: one client address (its
//! throttling bucket, stored as a digest) parks at most [`PER_CLIENT`] ceremonies at a time
//! and the table holds at most [`IN_ALL`]. Both counts are read in the transaction that
//! inserts; instances racing at the bound may pass it by the number of requests in flight.

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::ceremony::{AssertionResponse, CeremonyState, answered_challenge_hash};
use crate::db::schema::two_factor_webauthn_pending as p;
use crate::db::{AnyConnection, DbError, with_backend, write_transaction};

/// Ceremonies one client address may have parked at a time: an app starts one per login,
/// and an answered one frees its place at once.
pub(crate) const PER_CLIENT: i64 = 10;
/// Ceremonies parked in all (a few MB of rows): past this, new ones wait for old ones to
/// be answered or to expire, whatever the number of addresses asking.
pub(crate) const IN_ALL: i64 = 10_000;

/// What parking a ceremony came to.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Parked {
    /// Parked: its answer may claim it.
    Yes,
    /// The client address has [`PER_CLIENT`] ceremonies parked; the first frees its place
    /// at `retry_at_ms`.
    ClientFull { retry_at_ms: i64 },
    /// The table holds [`IN_ALL`]; the first frees its place at `retry_at_ms`.
    Full { retry_at_ms: i64 },
}

/// The digest a client address bucket is stored under.
pub(crate) fn client_key(address: &str) -> String {
    hex::encode(Sha256::digest(format!("webauthn_pending:{address}")))
}

/// Parks `state` for `client` (a [`client_key`]) until `expires_at_ms`, unless a bound
/// refuses it; prunes the expired ones first.
pub(crate) fn park(
    conn: &mut AnyConnection,
    state: &CeremonyState,
    client: &str,
    expires_at_ms: i64,
    now_ms: i64,
) -> Result<Parked, DbError> {
    let json = serde_json::to_string(state)
        .map_err(|e| DbError::Query(diesel::result::Error::SerializationError(Box::new(e))))?;
    write_transaction(conn, |conn| {
        let expired = p::table.filter(p::expires_at.le(now_ms));
        with_backend!(conn, c => diesel::delete(expired).execute(c))?;
        let (count, first): (i64, Option<i64>) = with_backend!(conn, c => p::table
            .filter(p::client.eq(client))
            .select((diesel::dsl::count_star(), diesel::dsl::min(p::expires_at)))
            .get_result(c))?;
        if count >= PER_CLIENT {
            return Ok(Parked::ClientFull {
                retry_at_ms: first.unwrap_or(now_ms),
            });
        }
        let (count, first): (i64, Option<i64>) = with_backend!(conn, c => p::table
            .select((diesel::dsl::count_star(), diesel::dsl::min(p::expires_at)))
            .get_result(c))?;
        if count >= IN_ALL {
            return Ok(Parked::Full {
                retry_at_ms: first.unwrap_or(now_ms),
            });
        }
        with_backend!(conn, c => diesel::insert_into(p::table)
            .values((
                p::challenge_hash.eq(state.challenge_hash()),
                p::state.eq(&json),
                p::expires_at.eq(expires_at_ms),
                p::client.eq(client),
            ))
            .execute(c))?;
        Ok(Parked::Yes)
    })
}

/// Takes the parked state the answer's challenge names (deleting it), if it is there and
/// has not expired.
pub(crate) fn claim(
    conn: &mut AnyConnection,
    answer: &AssertionResponse,
    now_ms: i64,
) -> Result<Option<CeremonyState>, DbError> {
    let Some(hash) = answered_challenge_hash(answer) else {
        return Ok(None);
    };
    let rows: Vec<(String, i64)> = with_backend!(conn, c => diesel::delete(
        p::table.filter(p::challenge_hash.eq(&hash)),
    )
    .returning((p::state, p::expires_at))
    .get_results(c))?;
    Ok(rows
        .into_iter()
        .find(|(_, expires)| *expires > now_ms)
        .and_then(|(json, _)| serde_json::from_str(&json).ok()))
}
