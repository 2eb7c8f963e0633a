//! Trusted browsers: the "don't ask again on this browser" grants, kept server-side so a
//! user can see them and take one back.
//!
//! Each remember cookie carries a random grant key under its MAC (`web/remember.rs`);
//! `two_factor_trusted_browser` holds the key's SHA-256 digest with the user, the device
//! the grant is for, when it was granted, last used and expires, and the browser it was
//! granted to. A cookie skips the token step only while its row is there: revoking one
//! grant, or all, makes the next login on that browser ask for a token again.

use std::sync::Arc;

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::clock::Clock;
use crate::db::schema::two_factor_trusted_browser as t;
use crate::db::{Database, DbError, with_backend};
use crate::session_records::Client;

/// One grant, as the pages and the API list it.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = t)]
pub(crate) struct TrustedBrowser {
    /// What `trusted_browser_revoke` takes.
    pub(crate) id: i64,
    /// The device the grant stands in for (`totp/3`).
    pub(crate) device: String,
    /// When it was granted (ms).
    pub(crate) created_at: i64,
    /// When it last skipped a token step (ms).
    pub(crate) last_used_at: Option<i64>,
    /// When it runs out (ms).
    pub(crate) expires_at: i64,
    /// The coarse address it was granted from.
    pub(crate) address: String,
    /// The User-Agent it was granted to.
    pub(crate) user_agent: String,
}

impl TrustedBrowser {
    /// The browser and system ("Firefox 121 on Linux").
    pub(crate) fn describe_agent(&self) -> String {
        crate::session_records::agent::describe(&self.user_agent)
    }
}

/// The digest a grant key is stored under (SHA-256, hex).
pub(crate) fn digest(grant: &str) -> String {
    hex::encode(Sha256::digest(grant.as_bytes()))
}

/// The grants service.
pub(crate) struct TrustedBrowsers {
    db: Database,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for TrustedBrowsers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TrustedBrowsers").finish_non_exhaustive()
    }
}

impl TrustedBrowsers {
    pub(crate) fn new(db: Database, clock: Arc<dyn Clock>) -> Self {
        TrustedBrowsers { db, clock }
    }

    /// Records a grant of `device` to the browser `client` until `expires_ms`, under the
    /// cookie's `grant` key. The user's expired grants are deleted on the way.
    pub(crate) async fn grant(
        &self,
        user_id: &str,
        device: String,
        grant: &str,
        expires_ms: i64,
        client: &Client,
    ) -> Result<(), DbError> {
        let now = self.clock.now_ms();
        let (uid, digest, client) = (user_id.to_owned(), digest(grant), client.clone());
        self.db
            .run(move |conn| {
                with_backend!(conn, c => diesel::delete(
                    t::table.filter(t::user_id.eq(&uid)).filter(t::expires_at.le(now)),
                )
                .execute(c))?;
                with_backend!(conn, c => diesel::insert_into(t::table)
                    .values((
                        t::user_id.eq(&uid),
                        t::grant_digest.eq(&digest),
                        t::device.eq(&device),
                        t::created_at.eq(now),
                        t::expires_at.eq(expires_ms),
                        t::address.eq(&client.address),
                        t::user_agent.eq(&client.user_agent),
                    ))
                    .execute(c))?;
                Ok(())
            })
            .await?;
        tracing::info!(user = %user_id, "browser trusted");
        Ok(())
    }

    /// Whether the grant under `grant` stands for `user_id` (and notes its use).
    pub(crate) async fn use_grant(&self, user_id: &str, grant: &str) -> Result<bool, DbError> {
        let now = self.clock.now_ms();
        let (uid, digest) = (user_id.to_owned(), digest(grant));
        let used = self
            .db
            .run(move |conn| {
                Ok(with_backend!(conn, c => diesel::update(
                    t::table
                        .filter(t::grant_digest.eq(&digest))
                        .filter(t::user_id.eq(&uid))
                        .filter(t::expires_at.gt(now)),
                )
                .set(t::last_used_at.eq(Some(now)))
                .execute(c))?)
            })
            .await?;
        Ok(used == 1)
    }

    /// The user's grants that have not run out, the newest first.
    pub(crate) async fn list(&self, user_id: &str) -> Result<Vec<TrustedBrowser>, DbError> {
        let now = self.clock.now_ms();
        let uid = user_id.to_owned();
        self.db
            .run(move |conn| {
                Ok(with_backend!(conn, c => t::table
                    .filter(t::user_id.eq(&uid))
                    .filter(t::expires_at.gt(now))
                    .order((t::created_at.desc(), t::id.desc()))
                    .select(TrustedBrowser::as_select())
                    .load(c))?)
            })
            .await
    }

    /// Takes back one grant of the user (`None`: all of them); how many went.
    pub(crate) async fn revoke(&self, user_id: &str, id: Option<i64>) -> Result<usize, DbError> {
        let uid = user_id.to_owned();
        let gone = self
            .db
            .run(move |conn| {
                Ok(match id {
                    Some(id) => with_backend!(conn, c => diesel::delete(
                        t::table.filter(t::user_id.eq(&uid)).filter(t::id.eq(id)),
                    )
                    .execute(c))?,
                    None => with_backend!(conn, c => diesel::delete(
                        t::table.filter(t::user_id.eq(&uid)),
                    )
                    .execute(c))?,
                })
            })
            .await?;
        tracing::info!(user = %user_id, count = gone, "trusted browsers revoked");
        Ok(gone)
    }
}
