//! `two_factor_import_django`: moves a Django site's users and their two-factor devices
//! (django-otp and django-two-factor-auth 1.x) into this crate's tables, so nobody has to
//! enrol again.
//!
//! Three steps: [`source`] reads the Django database read-only, [`plan`] checks every row
//! and prepares it (keys decoded, numbers parsed, backup tokens hashed), [`write`] writes
//! it in one transaction on our side with a record of each source row
//! (`two_factor_imported`). A second run skips the recorded rows and reports that nothing
//! changed; `--dry-run` runs the same transaction and rolls it back.

mod plan;
mod source;
mod write;

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::core::Core;
use crate::db::DbError;
use crate::users::StoreError;

/// How the Django users become users here.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum UserMatching {
    /// Create them in the built-in user store (`DieselUserStore`'s table) with their
    /// Django password hashes; a username that exists here already keeps its account here.
    #[default]
    Create,
    /// Attach the devices to the host's users of the same username
    /// ([`UserStore::get_by_username`](crate::users::UserStore::get_by_username)).
    ByUsername,
    /// Attach the devices through a map of Django user ids to user ids here.
    IdMap(HashMap<i64, String>),
}

/// What [`two_factor_import_django`](crate::management::two_factor_import_django) reads and
/// how.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    from: String,
    dry_run: bool,
    skip_invalid: bool,
    user_table: String,
    users: UserMatching,
    webauthn_rp_id: Option<String>,
}

impl ImportOptions {
    /// Reads the Django database at `from`: a SQLite file (a path, `sqlite:///relative` or
    /// `sqlite:////absolute`) or a `postgres://` URL (with the `postgres` feature). It is
    /// opened read-only.
    pub fn new(from: impl Into<String>) -> ImportOptions {
        ImportOptions {
            from: from.into(),
            dry_run: false,
            skip_invalid: false,
            user_table: "auth_user".to_owned(),
            users: UserMatching::Create,
            webauthn_rp_id: None,
        }
    }

    /// `--dry-run`: report what would be imported, write nothing.
    pub fn dry_run(mut self, dry_run: bool) -> ImportOptions {
        self.dry_run = dry_run;
        self
    }

    /// `--skip-invalid`: import the valid rows and report the invalid ones, instead of
    /// refusing the whole import.
    pub fn skip_invalid(mut self, skip: bool) -> ImportOptions {
        self.skip_invalid = skip;
        self
    }

    /// `--user-table`: the table of a custom user model (default `auth_user`); it needs
    /// `AbstractUser`'s columns (`username`, `email`, `password`, `is_active`, `is_staff`,
    /// `is_superuser`) and an integer primary key.
    pub fn user_table(mut self, table: impl Into<String>) -> ImportOptions {
        self.user_table = table.into();
        self
    }

    /// How Django users become users here (default: [`UserMatching::Create`]).
    pub fn users(mut self, users: UserMatching) -> ImportOptions {
        self.users = users;
        self
    }

    /// `--webauthn-rp-id`: the Django site's `TWO_FACTOR_WEBAUTHN_RP_ID`. Its security keys
    /// are imported when it is this site's relying party id too (a key answers only for
    /// the RP id it was made for); without it they are skipped.
    pub fn webauthn_rp_id(mut self, rp_id: impl Into<String>) -> ImportOptions {
        self.webauthn_rp_id = Some(rp_id.into());
        self
    }
}

/// A source row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SkippedRow {
    /// The Django table.
    pub table: String,
    /// The row's primary key there.
    pub id: i64,
    /// Why.
    pub reason: String,
}

impl SkippedRow {
    fn new(table: &str, id: i64, reason: impl Into<String>) -> SkippedRow {
        SkippedRow {
            table: table.to_owned(),
            id,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for SkippedRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} row {}: {}", self.table, self.id, self.reason)
    }
}

/// What an import did (or, dry, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImportReport {
    /// Nothing was written.
    pub dry_run: bool,
    /// Users created in the built-in store.
    pub users_created: usize,
    /// Django users that matched a user here (by username), who kept their account here.
    pub users_matched: usize,
    /// Authenticator apps.
    pub totp_devices: usize,
    /// Backup phones and phones as the main method.
    pub phone_devices: usize,
    /// E-mail devices.
    pub email_devices: usize,
    /// Security keys.
    pub webauthn_devices: usize,
    /// Unused backup tokens (each usable once).
    pub backup_tokens: usize,
    /// Rows an earlier run imported (left alone).
    pub already_imported: usize,
    /// Rows not imported, with the reason.
    pub skipped: Vec<SkippedRow>,
}

impl ImportReport {
    /// Whether the import wrote (or, dry, would write) anything.
    pub fn changed(&self) -> bool {
        self.users_created
            + self.users_matched
            + self.totp_devices
            + self.phone_devices
            + self.email_devices
            + self.webauthn_devices
            + self.backup_tokens
            > 0
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let verb = if self.dry_run {
            "would import"
        } else {
            "imported"
        };
        if !self.changed() {
            writeln!(
                f,
                "Nothing to import: {} row(s) were imported by an earlier run.",
                self.already_imported
            )?;
        } else {
            writeln!(
                f,
                "{} {} user(s) created, {} matched; devices: {} authenticator app(s), {} \
                 phone(s), {} e-mail, {} security key(s); {} backup token(s).",
                if self.dry_run { "Dry run:" } else { "Done:" },
                self.users_created,
                self.users_matched,
                self.totp_devices,
                self.phone_devices,
                self.email_devices,
                self.webauthn_devices,
                self.backup_tokens,
            )?;
            if self.already_imported > 0 {
                writeln!(
                    f,
                    "{} row(s) were imported by an earlier run.",
                    self.already_imported
                )?;
            }
        }
        if !self.skipped.is_empty() {
            writeln!(
                f,
                "{} row(s) skipped ({verb} the rest):",
                self.skipped.len()
            )?;
            for row in &self.skipped {
                writeln!(f, "  {row}")?;
            }
        }
        Ok(())
    }
}

/// Why an import did not run; nothing was written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The Django database cannot be read.
    #[error("cannot read the Django database: {0}")]
    Source(String),
    /// A table does not have the columns of the django-otp / django-two-factor-auth
    /// versions this importer knows.
    #[error("{table}: unknown schema version ({detail})")]
    UnknownSchema {
        /// The table.
        table: String,
        /// What the database said.
        detail: String,
    },
    /// Rows whose data is wrong (nothing imported; `--skip-invalid` imports the rest).
    #[error("{} invalid row(s), nothing imported (--skip-invalid imports the rest):\n{}",
        .0.len(), .0.iter().map(|r| format!("  {r}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<SkippedRow>),
    /// `--user-table` is not a plain table name.
    #[error("--user-table must be a table name (letters, digits and _): {0:?}")]
    BadUserTable(String),
    /// Our database failed (the transaction was rolled back).
    #[error(transparent)]
    Database(#[from] DbError),
    /// The host's user store failed while matching users.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Runs an import (see [`crate::management::two_factor_import_django`]).
pub(crate) async fn run(core: &Core, options: &ImportOptions) -> Result<ImportReport, ImportError> {
    if !source::is_table_name(&options.user_table) {
        return Err(ImportError::BadUserTable(options.user_table.clone()));
    }
    let recorded = core.database().run(write::recorded).await?;
    let done: HashSet<(String, i64)> = recorded.iter().map(|(t, id, _)| (t.clone(), *id)).collect();
    let mut known: HashMap<i64, String> = recorded
        .into_iter()
        .filter(|(t, _, _)| *t == options.user_table)
        .map(|(_, id, target)| (id, target))
        .collect();

    let rp_id = core.webauthn_rp_id();
    let read_options = options.clone();
    let plan = tokio::task::spawn_blocking(move || {
        let data = source::read(&read_options.from, &read_options.user_table)?;
        Ok::<_, source::ReadError>(plan::plan(data, &done, &read_options, rp_id.as_deref()))
    })
    .await
    .map_err(|e| ImportError::Database(DbError::Blocking(e.to_string())))?
    .map_err(|e| match e {
        source::ReadError::Open(message) => ImportError::Source(message),
        source::ReadError::Schema { table, detail } => ImportError::UnknownSchema { table, detail },
        source::ReadError::Query(e) => ImportError::Source(e.to_string()),
    })?;
    if !plan.invalid.is_empty() && !options.skip_invalid {
        return Err(ImportError::Invalid(plan.invalid));
    }

    let mut plan = plan;
    let mut matched = 0;
    match &options.users {
        UserMatching::Create => {}
        UserMatching::ByUsername => {
            for user in &plan.users {
                if known.contains_key(&user.id) {
                    continue;
                }
                match core.users().get_by_username(user.username.trim()).await? {
                    Some(found) => {
                        known.insert(user.id, found.id);
                        matched += 1;
                    }
                    None => plan.skipped.push(SkippedRow::new(
                        &options.user_table,
                        user.id,
                        format!("no user named {:?} in the user store", user.username.trim()),
                    )),
                }
            }
        }
        UserMatching::IdMap(map) => {
            for (django, ours) in map {
                known.entry(*django).or_insert_with(|| ours.clone());
            }
        }
    }

    let mut report = ImportReport {
        dry_run: options.dry_run,
        already_imported: plan.already,
        users_matched: matched,
        ..ImportReport::default()
    };
    let users = options.users.clone();
    let user_table = options.user_table.clone();
    let keys = core.devices().secret_keyring().cloned();
    let now_ms = core.clock().now_ms();
    let dry_run = options.dry_run;
    let report = core
        .database()
        .run(move |conn| {
            let target = write::Target {
                users: &users,
                known,
                user_table: &user_table,
                keys: keys.as_deref(),
                now_ms,
            };
            let outcome = crate::db::write_transaction(conn, |conn| {
                write::apply(conn, plan, target, &mut report)?;
                if dry_run {
                    return Err(DbError::Query(diesel::result::Error::RollbackTransaction));
                }
                Ok(())
            });
            match outcome {
                Ok(()) => Ok(report),
                Err(DbError::Query(diesel::result::Error::RollbackTransaction)) if dry_run => {
                    Ok(report)
                }
                Err(e) => Err(e),
            }
        })
        .await?;
    if !report.dry_run && report.changed() {
        tracing::info!(
            users = report.users_created,
            totp = report.totp_devices,
            phones = report.phone_devices,
            email = report.email_devices,
            keys = report.webauthn_devices,
            tokens = report.backup_tokens,
            skipped = report.skipped.len(),
            "imported from Django"
        );
    }
    Ok(report)
}
