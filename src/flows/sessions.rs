//! "Where am I signed in": the use cases over session records (`src/session_records/`) that
//! the middleware, the sessions page, the JSON API and the admin share — checking a
//! request's record, listing a user's sessions with the current one marked, and ending
//! one, all but the current one, or all of them.

use std::time::Duration;

use crate::core::Core;
use crate::errors::TwoFactorError;
use crate::flows::session::{SessionKey, SessionState};
use crate::session_records::{Client, Seen, SessionRecord, TOUCH_EVERY_MS};

/// How long a record may go unseen before its session is certainly over: the idle timeout
/// (plus the minute a record's note may lag), else the absolute lifetime, else 30 days.
pub(crate) fn dead_after(core: &Core) -> Duration {
    let note = Duration::from_millis(TOUCH_EVERY_MS as u64);
    match (core.session_idle_timeout, core.session_max_age) {
        (idle, _) if !idle.is_zero() => idle + note,
        (_, max_age) if !max_age.is_zero() => max_age + note,
        _ => Duration::from_secs(30 * 24 * 3600),
    }
}

/// The record check of a request of a logged-in session: a session without a record (just
/// logged in, or from before records) gets one; `Ended` when its record was revoked.
/// `record` is the session's `Record` entry (the middleware reads it with the session's
/// other entries), `now` the request's time (`Clock::now_ms`).
pub(crate) async fn check_record(
    core: &Core,
    session: &impl SessionState,
    record: Option<&str>,
    user_id: &str,
    client: impl FnOnce() -> Client,
    now: i64,
) -> Result<Seen, TwoFactorError> {
    match record {
        Some(key) => Ok(core.records.seen(key, user_id, client, now).await?),
        None => {
            let key = core
                .records
                .open(user_id, &client(), dead_after(core))
                .await?;
            session.set(SessionKey::Record, &key)?;
            Ok(Seen::Live)
        }
    }
}

/// Deletes the record of a session that ends here (logout, expiry, a stale stamp).
pub(crate) async fn close_record(
    core: &Core,
    session: &impl SessionState,
) -> Result<(), TwoFactorError> {
    if let Some(key) = session.get::<String>(SessionKey::Record) {
        core.records.close(&key).await?;
        session.remove(SessionKey::Record);
    }
    Ok(())
}

/// One of the user's sessions as the pages and the API show it.
#[derive(Debug, Clone)]
pub(crate) struct SessionView {
    /// The record.
    pub(crate) record: SessionRecord,
    /// Whether it is the session asking.
    pub(crate) current: bool,
}

/// The user's live sessions (records seen within [`dead_after`]), the most recently seen
/// first.
pub(crate) async fn live(core: &Core, user_id: &str) -> Result<Vec<SessionRecord>, TwoFactorError> {
    let cutoff = core.clock.now_ms() - dead_after(core).as_millis() as i64;
    let mut records = core.records.list(user_id).await?;
    records.retain(|r| r.last_seen_at >= cutoff);
    Ok(records)
}

/// The user's live sessions, the current one first, then the most recently seen.
pub(crate) async fn list(
    core: &Core,
    session: &impl SessionState,
    user_id: &str,
) -> Result<Vec<SessionView>, TwoFactorError> {
    let current = session
        .get::<String>(SessionKey::Record)
        .map(|key| crate::session_records::digest(&key));
    let mut views: Vec<SessionView> = live(core, user_id)
        .await?
        .into_iter()
        .map(|record| SessionView {
            current: current.as_deref() == Some(record.key_digest.as_str()),
            record,
        })
        .collect();
    views.sort_by_key(|v| !v.current);
    Ok(views)
}

/// What revoking one session did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Revoked {
    /// Another session of the user: it ends at its next request.
    Other,
    /// The session asking: it is over now (the caller logs it out).
    Current,
    /// Not one of the user's sessions.
    NotFound,
}

/// Ends session `id` of the user.
pub(crate) async fn revoke(
    core: &Core,
    session: &impl SessionState,
    user_id: &str,
    id: i64,
) -> Result<Revoked, TwoFactorError> {
    let current = list(core, session, user_id)
        .await?
        .into_iter()
        .find(|v| v.record.id == id)
        .map(|v| v.current);
    if !core.records.revoke(user_id, id).await? {
        return Ok(Revoked::NotFound);
    }
    Ok(match current {
        Some(true) => Revoked::Current,
        _ => Revoked::Other,
    })
}

/// Ends every session of the user but this one; how many.
pub(crate) async fn revoke_others(
    core: &Core,
    session: &impl SessionState,
    user_id: &str,
) -> Result<usize, TwoFactorError> {
    let keep = session.get::<String>(SessionKey::Record);
    Ok(core.records.revoke_all(user_id, keep.as_deref()).await?)
}
