//! Passkey logins of app clients in progress. A browser keeps the ceremony's state in its
//! session; an app has no session before it logs in (and anonymous requests start none),
//! so the state waits here, keyed by the digest of its challenge, until the answer claims
//! it — once — or it expires. Rows live as long as the ceremony's timeout.

use diesel::prelude::*;

use super::ceremony::{AssertionResponse, CeremonyState, answered_challenge_hash};
use crate::db::schema::two_factor_webauthn_pending as p;
use crate::db::{AnyConnection, DbError, with_backend};

/// Parks `state` until `expires_at_ms`; prunes the expired ones.
pub(crate) fn park(
    conn: &mut AnyConnection,
    state: &CeremonyState,
    expires_at_ms: i64,
    now_ms: i64,
) -> Result<(), DbError> {
    let json = serde_json::to_string(state)
        .map_err(|e| DbError::Query(diesel::result::Error::SerializationError(Box::new(e))))?;
    with_backend!(conn, c => diesel::delete(p::table.filter(p::expires_at.lt(now_ms))).execute(c))?;
    with_backend!(conn, c => diesel::insert_into(p::table)
        .values((
            p::challenge_hash.eq(state.challenge_hash()),
            p::state.eq(&json),
            p::expires_at.eq(expires_at_ms),
        ))
        .execute(c))?;
    Ok(())
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
