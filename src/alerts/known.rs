//! Known browsers: which browsers (by the random id of a long-lived cookie) each account
//! has signed in from, so a sign-in from a new one can be told apart.

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::db::schema::two_factor_known_browser as t;
use crate::db::{Database, DbError, with_backend};

/// What a sign-in's browser is to the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Familiar {
    /// Signed in from it before.
    Known,
    /// Not before, but the account has signed in from other browsers: alert.
    New,
    /// The account's first browser: nothing to compare with, no alert.
    First,
}

/// Notes that `user_id` signed in from the browser with id `browser` at `now_ms`.
pub(crate) async fn note(
    db: &Database,
    user_id: &str,
    browser: &str,
    now_ms: i64,
) -> Result<Familiar, DbError> {
    let (uid, digest) = (
        user_id.to_owned(),
        hex::encode(Sha256::digest(browser.as_bytes())),
    );
    db.run(move |conn| {
        let before: i64 = with_backend!(conn, c => t::table
            .filter(t::user_id.eq(&uid))
            .count()
            .get_result(c))?;
        let inserted = with_backend!(conn, c => diesel::insert_into(t::table)
            .values((
                t::user_id.eq(&uid),
                t::browser_digest.eq(&digest),
                t::first_seen_at.eq(now_ms),
            ))
            .on_conflict_do_nothing()
            .execute(c))?;
        Ok(match (inserted, before) {
            (0, _) => Familiar::Known,
            (_, 0) => Familiar::First,
            _ => Familiar::New,
        })
    })
    .await
}
