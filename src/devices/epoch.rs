//! The per-user session epoch: bumped whenever all of a user's devices go (disable, an
//! admin reset, `two_factor_disable`), so sessions stamped before it stop working.

use diesel::prelude::*;

use crate::db::schema::two_factor_user_epoch as e;
use crate::db::{AnyConnection, DbError, with_backend};

/// The user's current epoch (0 when never bumped).
pub(crate) fn get(conn: &mut AnyConnection, user_id: &str) -> Result<i64, DbError> {
    Ok(with_backend!(conn, c => e::table
        .find(user_id)
        .select(e::epoch)
        .get_result::<i64>(c)
        .optional())?
    .unwrap_or(0))
}

/// Moves the user's epoch forward by one: one upsert, so it neither races a concurrent
/// first bump nor leaves an enclosing transaction aborted (PostgreSQL) by a failed insert.
pub(crate) fn bump(conn: &mut AnyConnection, user_id: &str) -> Result<(), DbError> {
    with_backend!(conn, c => diesel::insert_into(e::table)
        .values((e::user_id.eq(user_id), e::epoch.eq(1_i64)))
        .on_conflict(e::user_id)
        .do_update()
        .set(e::epoch.eq(e::epoch + 1))
        .execute(c))?;
    Ok(())
}
