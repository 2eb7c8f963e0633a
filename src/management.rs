//! Django's management commands as library functions, so any binary can expose them
//! (the demo does: `cargo run --example demo -- two_factor_status alice`).

use crate::core::Core;
pub use crate::django_import::{
    ImportError, ImportOptions, ImportReport, SkippedRow, UserMatching,
};
use crate::users::{DieselUserStore, NewUser, StoreError, User};

/// A management command failed (Django's `CommandError`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CommandError {
    /// No user of that name.
    #[error("User \"{0}\" does not exist")]
    UnknownUser(String),
    /// The store or database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] crate::db::DbError),
    /// `two_factor_import_django` did not run (nothing was written).
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A command that needs the secret keyring ran without one.
    #[error("no secret keyring is configured (TwoFactorBuilder::secret_keyring)")]
    NoSecretKeyring,
}

async fn user_named(tf: &Core, username: &str) -> Result<User, CommandError> {
    tf.users()
        .get_by_username(username)
        .await?
        .ok_or_else(|| CommandError::UnknownUser(username.to_owned()))
}

/// `createsuperuser --username U --password P --email E`, non-interactive, against the
/// built-in user store.
pub async fn createsuperuser(
    tf: &Core,
    username: &str,
    email: &str,
    password: &str,
) -> Result<User, CommandError> {
    let store = DieselUserStore::with_hasher(tf.database().clone(), tf.password_hasher().clone());
    Ok(store
        .create_user(NewUser {
            username,
            email,
            password,
            is_staff: true,
            is_superuser: true,
        })
        .await?)
}

/// `two_factor_status USER...`: one `USER: enabled|disabled` line per user.
pub async fn two_factor_status(
    tf: &Core,
    usernames: &[String],
) -> Result<Vec<String>, CommandError> {
    let mut lines = Vec::with_capacity(usernames.len());
    for name in usernames {
        let user = user_named(tf, name).await?;
        let enabled = tf.devices().has_device(&user.id).await?;
        lines.push(format!(
            "{}: {}",
            name,
            if enabled { "enabled" } else { "disabled" }
        ));
    }
    Ok(lines)
}

/// `two_factor_devices USER...`: one line per device of each user (persistent id,
/// name, what it is), and the number of unused backup tokens.
pub async fn two_factor_devices(
    tf: &Core,
    usernames: &[String],
) -> Result<Vec<String>, CommandError> {
    let mut lines = Vec::new();
    for name in usernames {
        let user = user_named(tf, name).await?;
        let devices = tf.devices().list(&user.id).await?;
        let tokens = tf.devices().backup_token_count(&user.id).await?;
        lines.push(format!(
            "{name}: {} device(s), {tokens} backup token(s)",
            devices.len()
        ));
        for device in devices {
            lines.push(format!(
                "  {} {} ({})",
                device.device_ref(),
                device.name(),
                device.describe()
            ));
        }
    }
    Ok(lines)
}

/// `two_factor_disable USER...`: removes every device of each user. All names are
/// checked first, so an unknown name changes nothing.
pub async fn two_factor_disable(tf: &Core, usernames: &[String]) -> Result<usize, CommandError> {
    let mut users = Vec::with_capacity(usernames.len());
    for name in usernames {
        users.push(user_named(tf, name).await?);
    }
    let mut removed = 0;
    for user in users {
        removed += tf.devices().remove_all(&user.id).await?;
        tf.signals()
            .send(crate::signals::Signal::TwoFactorDisabled { user })
            .await;
    }
    // A command may exit right after: let the receivers finish first.
    tf.signals().flush().await;
    Ok(removed)
}

/// `two_factor_reencrypt`: rewrites every TOTP key that is plain hex or encrypted under an
/// old key under the keyring's current key (one `UPDATE` per row, only if the row still
/// holds the value that was read); returns how many rows changed. Keys no key of the
/// keyring can decrypt are left alone and logged.
pub async fn two_factor_reencrypt(tf: &Core) -> Result<usize, CommandError> {
    let keys = tf
        .devices()
        .secret_keyring()
        .cloned()
        .ok_or(CommandError::NoSecretKeyring)?;
    let done = tf
        .database()
        .run(move |conn| crate::devices::totp::reencrypt_all(conn, &keys))
        .await?;
    Ok(done.changed)
}

/// `two_factor_import_django --from DATABASE_URL [--dry-run] [--skip-invalid]
/// [--user-table T] [--webauthn-rp-id RP]`: moves a Django site's users and their
/// two-factor devices (django-otp and django-two-factor-auth 1.x) here, so nobody enrols
/// again.
///
/// - **Users** (with [`UserMatching::Create`], the default) go into the built-in user
///   store with the password hash Django wrote: `pbkdf2_sha256`, `pbkdf2_sha1`, `argon2`,
///   `bcrypt_sha256` and `scrypt` verify, and the first correct login re-hashes with
///   argon2id. A host with its own [`UserStore`](crate::users::UserStore) passes
///   [`UserMatching::ByUsername`] or an id map and imports only the devices.
/// - **Authenticator apps** keep key, step, digits, tolerance, drift and `last_t` (a code
///   used in Django cannot be used again here); the key is encrypted at rest like ours.
/// - **Backup tokens** are stored hashed, each usable once; **phones** (SMS, call) and
///   **e-mail devices** keep their names (`default`, `backup`); **security keys** of the
///   WebAuthn plugin come when the Django site's RP id (`--webauthn-rp-id`) is this
///   site's. Unconfirmed devices and throttling state are not carried.
///
/// The Django database is opened read-only; everything is written in one transaction
/// with a record of each source row, so a second run changes nothing and says so. A row
/// with wrong data (a key that is not hex, a number that does not parse) stops the import
/// with a message naming table and row unless [`ImportOptions::skip_invalid`], and then
/// it is listed in the report. Signals are not sent for imported devices.
pub async fn two_factor_import_django(
    tf: &Core,
    options: &ImportOptions,
) -> Result<ImportReport, CommandError> {
    Ok(crate::django_import::run(tf, options).await?)
}
