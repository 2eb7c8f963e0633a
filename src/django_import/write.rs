//! Writing a [`Plan`] in one transaction, with a record of every source row, so a failure
//! anywhere leaves nothing behind and a second run finds what the first one did.

use std::collections::HashMap;

use diesel::prelude::*;

use super::plan::Plan;
use super::source;
use super::{ImportReport, UserMatching};
use crate::db::schema::{two_factor_imported as rec, two_factor_user as u};
use crate::db::{AnyConnection, DbError, with_backend};
use crate::devices::{Method, challenge, static_tokens, totp};
use crate::secrets::SecretKeyring;

/// What the writer needs besides the plan.
pub(super) struct Target<'a> {
    pub(super) users: &'a UserMatching,
    /// Django user id → user id here, for users an earlier run recorded or the host's
    /// store matched.
    pub(super) known: HashMap<i64, String>,
    pub(super) user_table: &'a str,
    pub(super) keys: Option<&'a SecretKeyring>,
    pub(super) now_ms: i64,
}

fn record(
    conn: &mut AnyConnection,
    table: &str,
    source_id: i64,
    target_id: &str,
    now_ms: i64,
) -> Result<(), DbError> {
    with_backend!(conn, c => diesel::insert_into(rec::table)
        .values((
            rec::source_table.eq(table),
            rec::source_id.eq(source_id),
            rec::target_id.eq(target_id),
            rec::imported_at.eq(now_ms),
        ))
        .execute(c))?;
    Ok(())
}

/// The `(table, id) → target` pairs recorded by earlier runs.
pub(super) fn recorded(conn: &mut AnyConnection) -> Result<Vec<(String, i64, String)>, DbError> {
    Ok(with_backend!(conn, c => rec::table
        .select((rec::source_table, rec::source_id, rec::target_id))
        .load(c))?)
}

/// Writes `plan` on `conn` (inside the caller's transaction) and counts it in `report`.
pub(super) fn apply(
    conn: &mut AnyConnection,
    plan: Plan,
    mut target: Target<'_>,
    report: &mut ImportReport,
) -> Result<(), DbError> {
    let now = target.now_ms;
    if matches!(target.users, UserMatching::Create) {
        for user in &plan.users {
            if target.known.contains_key(&user.id) {
                continue;
            }
            let username = user.username.trim();
            let key = username.to_lowercase();
            let existing: Option<i64> = with_backend!(conn, c => u::table
                .filter(u::username_key.eq(&key))
                .select(u::id)
                .get_result(c)
                .optional())?;
            let id = match existing {
                Some(id) => {
                    report.users_matched += 1;
                    id
                }
                None => {
                    report.users_created += 1;
                    with_backend!(conn, c => diesel::insert_into(u::table)
                        .values((
                            u::username.eq(username),
                            u::username_key.eq(&key),
                            u::email.eq(user.email.trim()),
                            // As Django wrote it: verified by `PasswordHasher` and replaced
                            // with argon2id at the first correct login.
                            u::password.eq(&user.password),
                            u::is_active.eq(user.is_active),
                            u::is_staff.eq(user.is_staff),
                            u::is_superuser.eq(user.is_superuser),
                            u::date_joined.eq(now / 1000),
                        ))
                        .returning(u::id)
                        .get_result::<i64>(c))?
                }
            };
            let id = id.to_string();
            record(conn, target.user_table, user.id, &id, now)?;
            target.known.insert(user.id, id);
        }
    }
    let mut skipped = plan.skipped;
    let owner = |known: &HashMap<i64, String>, skipped: &mut Vec<_>, table, id, user: i64| {
        let found = known.get(&user).cloned();
        if found.is_none() {
            skipped.push(super::SkippedRow::new(
                table,
                id,
                format!("its user ({user}) was not imported"),
            ));
        }
        found
    };

    for planned in &plan.totp {
        let Some(user_id) = owner(
            &target.known,
            &mut skipped,
            source::TOTP,
            planned.source_id,
            planned.django_user,
        ) else {
            continue;
        };
        let d = &planned.item;
        let id = totp::insert_imported(
            conn,
            target.keys,
            &user_id,
            &totp::ImportedTotp {
                name: &d.name,
                key: &d.key,
                step: d.step,
                t0: d.t0,
                digits: d.digits,
                tolerance: d.tolerance,
                drift: d.drift,
                last_t: d.last_t,
            },
            now,
        )?;
        record(conn, source::TOTP, planned.source_id, &id.to_string(), now)?;
        report.totp_devices += 1;
    }

    // Tokens go in per user, so a user's device is created once.
    let mut by_user: HashMap<String, Vec<(i64, &String)>> = HashMap::new();
    for planned in &plan.tokens {
        if let Some(user_id) = owner(
            &target.known,
            &mut skipped,
            source::STATIC_TOKEN,
            planned.source_id,
            planned.django_user,
        ) {
            by_user
                .entry(user_id)
                .or_default()
                .push((planned.source_id, &planned.item));
        }
    }
    let mut users: Vec<_> = by_user.into_iter().collect();
    users.sort();
    for (user_id, tokens) in users {
        let hashes: Vec<String> = tokens.iter().map(|(_, h)| (*h).clone()).collect();
        let device = static_tokens::insert_imported(conn, &user_id, &hashes, now)?;
        for (source_id, _) in &tokens {
            record(
                conn,
                source::STATIC_TOKEN,
                *source_id,
                &device.to_string(),
                now,
            )?;
        }
        report.backup_tokens += tokens.len();
    }

    for planned in &plan.challenges {
        let d = &planned.item;
        let table = if d.method == Method::Email {
            source::EMAIL
        } else {
            source::PHONE
        };
        let Some(user_id) = owner(
            &target.known,
            &mut skipped,
            table,
            planned.source_id,
            planned.django_user,
        ) else {
            continue;
        };
        let id = challenge::insert_imported(conn, &user_id, &d.name, d.method, &d.target, now)?;
        record(conn, table, planned.source_id, &id.to_string(), now)?;
        if d.method == Method::Email {
            report.email_devices += 1;
        } else {
            report.phone_devices += 1;
        }
    }

    #[cfg(feature = "webauthn")]
    for planned in &plan.keys {
        use crate::devices::webauthn;
        let Some(user_id) = owner(
            &target.known,
            &mut skipped,
            source::WEBAUTHN,
            planned.source_id,
            planned.django_user,
        ) else {
            continue;
        };
        let d = &planned.item;
        let key = webauthn::ImportedKey {
            name: d.name,
            label: &d.label,
            credential_id: &d.credential_id,
            public_key: &d.public_key,
            sign_count: d.sign_count,
        };
        match webauthn::insert_imported(conn, &user_id, &key, now)? {
            Some(id) => {
                record(
                    conn,
                    source::WEBAUTHN,
                    planned.source_id,
                    &id.to_string(),
                    now,
                )?;
                report.webauthn_devices += 1;
            }
            None => skipped.push(super::SkippedRow::new(
                source::WEBAUTHN,
                planned.source_id,
                "this credential is registered here already",
            )),
        }
    }
    skipped.extend(plan.invalid);
    skipped.sort_by(|a, b| (&a.table, a.id).cmp(&(&b.table, b.id)));
    report.skipped = skipped;
    Ok(())
}
