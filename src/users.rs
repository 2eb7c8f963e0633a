//! Users come from the host application through [`UserStore`]; [`DieselUserStore`] is the
//! embedded default (argon2id password hashes in the `two_factor_user` table).

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use async_trait::async_trait;
use diesel::prelude::*;

use crate::clock::{Clock, SystemClock};
use crate::db::schema::two_factor_user;
use crate::db::{Database, DbError, with_backend};
use crate::hashers::{HashingError, PasswordHasher};

/// What the two-factor views need to know about a user (Django's `AbstractBaseUser`).
///
/// A host's own [`UserStore`] builds it with [`User::new`] and the setters:
///
/// ```
/// let user = two_factor::users::User::new("42", "alice")
///     .email("alice@example.com")
///     .staff(true)
///     .credential_version("a digest of the password hash");
/// assert!(user.is_active && user.is_staff && !user.is_superuser);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct User {
    /// The primary key, as text (integer and UUID keys both fit).
    pub id: String,
    /// The name the user logs in with.
    pub username: String,
    /// The e-mail address (may be empty).
    pub email: String,
    /// Inactive users cannot log in.
    pub is_active: bool,
    /// Staff users may use the admin site.
    pub is_staff: bool,
    /// Superusers have every permission.
    pub is_superuser: bool,
    /// A value that changes whenever the password changes (Django's session auth hash);
    /// remember-device cookies and sessions bound to it stop working after a change.
    #[serde(skip)]
    pub credential_version: String,
}

impl User {
    /// An active user with no e-mail address, not staff, not superuser, and an empty
    /// credential version (set one: sessions and remember cookies are bound to it).
    pub fn new(id: impl Into<String>, username: impl Into<String>) -> User {
        User {
            id: id.into(),
            username: username.into(),
            email: String::new(),
            is_active: true,
            is_staff: false,
            is_superuser: false,
            credential_version: String::new(),
        }
    }

    /// With this e-mail address.
    #[must_use]
    pub fn email(mut self, email: impl Into<String>) -> User {
        self.email = email.into();
        self
    }

    /// Active (may log in) or not.
    #[must_use]
    pub fn active(mut self, active: bool) -> User {
        self.is_active = active;
        self
    }

    /// A staff user (may use the admin site) or not.
    #[must_use]
    pub fn staff(mut self, staff: bool) -> User {
        self.is_staff = staff;
        self
    }

    /// A superuser or not.
    #[must_use]
    pub fn superuser(mut self, superuser: bool) -> User {
        self.is_superuser = superuser;
        self
    }

    /// The value that changes whenever the password changes (Django's session auth hash).
    #[must_use]
    pub fn credential_version(mut self, version: impl Into<String>) -> User {
        self.credential_version = version.into();
        self
    }
}

/// Why a user store could not answer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The backing database failed.
    #[error(transparent)]
    Database(#[from] DbError),
    /// The username is taken (on creation).
    #[error("a user with that username already exists")]
    DuplicateUsername,
    /// Password hashing was refused ([`HashingError::Overloaded`]: the views answer 503
    /// with `Retry-After`) or failed.
    #[error(transparent)]
    Hashing(#[from] HashingError),
    /// Anything else the host store reports, with its cause (`"text".into()` makes one
    /// from a message).
    #[error("user store error: {0}")]
    Other(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// Where users and their passwords live: implement this to plug in the host app's users.
///
/// The shape follows axum-login's `AuthnBackend`: check credentials, load by id.
#[async_trait]
pub trait UserStore: Send + Sync + 'static {
    /// Checks a username and password. Returns the user when both match, `None` otherwise.
    ///
    /// Implementations should take about the same time for an unknown user as for a
    /// wrong password, so that response timing does not reveal which usernames exist.
    async fn authenticate(
        &self,
        username: &str,
        password: &str,
    ) -> Result<Option<User>, StoreError>;

    /// Loads a user by primary key.
    async fn get_user(&self, id: &str) -> Result<Option<User>, StoreError>;

    /// Loads a user by username (used by management commands and the admin).
    async fn get_by_username(&self, username: &str) -> Result<Option<User>, StoreError>;

    /// Lists users for the two-factor admin, ordered by username. Stores that cannot list
    /// users keep this default, and the admin says so.
    async fn list_users(&self) -> Result<Vec<User>, StoreError> {
        Err(StoreError::Other(
            "this user store cannot list users".into(),
        ))
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = two_factor_user)]
struct UserRow {
    id: i64,
    username: String,
    email: String,
    password: String,
    is_active: bool,
    is_staff: bool,
    is_superuser: bool,
}

impl UserRow {
    fn into_user(self) -> User {
        User {
            id: self.id.to_string(),
            credential_version: credential_version(&self.password),
            username: self.username,
            email: self.email,
            is_active: self.is_active,
            is_staff: self.is_staff,
            is_superuser: self.is_superuser,
        }
    }
}

/// A short digest of the stored password hash: changes whenever the password does.
fn credential_version(password_hash: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(password_hash.as_bytes());
    hex::encode(&digest[..16])
}

/// The key usernames are unique and looked up by: `Admin` and `admin` are one user.
fn username_key(username: &str) -> String {
    username.trim().to_lowercase()
}

/// Hashes a password with argon2id and a random salt, on the calling thread.
///
/// Blocking and memory-hungry (19 MiB): in async code use
/// [`PasswordHasher::make_password`], which runs on a blocking thread under the limit.
pub fn make_password(password: &str) -> Result<String, StoreError> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())
        .map_err(|e| StoreError::Other(e.to_string().into()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Other(e.to_string().into()))
}

/// Checks a password against a stored argon2 hash on the calling thread; a malformed hash
/// never matches.
///
/// Blocking and memory-hungry: in async code use [`PasswordHasher::check_password`].
pub fn check_password(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// The embedded user store: the `two_factor_user` table, argon2id hashes computed by a
/// [`PasswordHasher`] (blocking threads, bounded concurrency).
#[derive(Debug, Clone)]
pub struct DieselUserStore {
    db: Database,
    hasher: PasswordHasher,
}

/// The fields of a new user for [`DieselUserStore::create_user`].
#[derive(Debug, Clone, Default)]
pub struct NewUser<'a> {
    /// Login name; unique, case-insensitively.
    pub username: &'a str,
    /// E-mail address (may be empty).
    pub email: &'a str,
    /// The plain password; only its argon2 hash is stored.
    pub password: &'a str,
    /// May use the admin.
    pub is_staff: bool,
    /// Has every permission.
    pub is_superuser: bool,
}

impl DieselUserStore {
    /// A store over `db`'s `two_factor_user` table, hashing with the process-wide
    /// [`PasswordHasher::shared`].
    pub fn new(db: Database) -> Self {
        Self::with_hasher(db, PasswordHasher::shared().clone())
    }

    /// A store over `db`'s `two_factor_user` table, hashing with `hasher` (what
    /// [`TwoFactor`](crate::TwoFactor) builds, with its
    /// [`password_hasher`](crate::Core::password_hasher)).
    pub fn with_hasher(db: Database, hasher: PasswordHasher) -> Self {
        Self { db, hasher }
    }

    /// The hasher this store hashes and checks passwords with.
    pub fn hasher(&self) -> &PasswordHasher {
        &self.hasher
    }

    /// Creates a user (what `createsuperuser` and the demo use).
    pub async fn create_user(&self, new: NewUser<'_>) -> Result<User, StoreError> {
        let username = new.username.trim().to_owned();
        if username.is_empty() || username.len() > 150 {
            return Err(StoreError::Other(
                "a username of 1 to 150 characters is required".into(),
            ));
        }
        let key = username_key(&username);
        let hash = self.hasher.make_password(new.password).await?;
        let email = new.email.to_owned();
        let (is_staff, is_superuser) = (new.is_staff, new.is_superuser);
        let now = SystemClock.now_secs();
        let row = self
            .db
            .run(move |conn| {
                let exists = with_backend!(conn, c => two_factor_user::table
                    .filter(two_factor_user::username_key.eq(&key))
                    .count()
                    .get_result::<i64>(c))?;
                if exists > 0 {
                    return Ok(None);
                }
                let row = with_backend!(conn, c => diesel::insert_into(two_factor_user::table)
                    .values((
                        two_factor_user::username.eq(&username),
                        two_factor_user::username_key.eq(&key),
                        two_factor_user::email.eq(&email),
                        two_factor_user::password.eq(&hash),
                        two_factor_user::is_active.eq(true),
                        two_factor_user::is_staff.eq(is_staff),
                        two_factor_user::is_superuser.eq(is_superuser),
                        two_factor_user::date_joined.eq(now),
                    ))
                    .returning(UserRow::as_returning())
                    .get_result(c));
                match row {
                    Ok(row) => Ok(Some(row)),
                    Err(diesel::result::Error::DatabaseError(
                        diesel::result::DatabaseErrorKind::UniqueViolation,
                        _,
                    )) => Ok(None),
                    Err(e) => Err(e.into()),
                }
            })
            .await?;
        row.map(UserRow::into_user)
            .ok_or(StoreError::DuplicateUsername)
    }

    /// Replaces a user's password; the credential version changes with it.
    pub async fn set_password(&self, user_id: &str, password: &str) -> Result<bool, StoreError> {
        let Ok(id) = user_id.parse::<i64>() else {
            return Ok(false);
        };
        let hash = self.hasher.make_password(password).await?;
        let n = self
            .db
            .run(move |conn| {
                Ok(
                    with_backend!(conn, c => diesel::update(two_factor_user::table.find(id))
                    .set(two_factor_user::password.eq(&hash))
                    .execute(c))?,
                )
            })
            .await?;
        Ok(n == 1)
    }

    /// Lists every user, ordered by username (for the admin and commands).
    pub async fn all_users(&self) -> Result<Vec<User>, StoreError> {
        let rows = self
            .db
            .run(|conn| {
                Ok(with_backend!(conn, c => two_factor_user::table
                    .select(UserRow::as_select())
                    .order(two_factor_user::username_key.asc())
                    .load(c))?)
            })
            .await?;
        Ok(rows.into_iter().map(UserRow::into_user).collect())
    }

    /// After a correct password: replaces a hash in an older format (Django's, after an
    /// import) or at another cost with argon2id at this store's, as Django upgrades hashers
    /// at login. Only if the row still holds the hash that verified; a failure is logged and
    /// the login goes on with the old hash.
    async fn upgrade_hash(&self, mut row: UserRow, password: &str) -> User {
        if !self.hasher.must_update(&row.password) {
            return row.into_user();
        }
        let new = match self.hasher.make_password(password).await {
            Ok(new) => new,
            Err(error) => {
                tracing::warn!(user = row.id, %error, "password hash not upgraded");
                return row.into_user();
            }
        };
        let (id, old, replacement) = (row.id, row.password.clone(), new.clone());
        let updated = self
            .db
            .run(move |conn| {
                Ok(with_backend!(conn, c => diesel::update(
                    two_factor_user::table
                        .filter(two_factor_user::id.eq(id))
                        .filter(two_factor_user::password.eq(&old)),
                )
                .set(two_factor_user::password.eq(&replacement))
                .execute(c))?)
            })
            .await;
        match updated {
            Ok(1) => {
                tracing::info!(user = row.id, "password hash upgraded to argon2id");
                row.password = new;
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(user = row.id, %error, "password hash not upgraded"),
        }
        row.into_user()
    }

    async fn find_row(&self, key: String) -> Result<Option<UserRow>, StoreError> {
        Ok(self
            .db
            .run(move |conn| {
                Ok(with_backend!(conn, c => two_factor_user::table
                    .filter(two_factor_user::username_key.eq(&key))
                    .select(UserRow::as_select())
                    .get_result(c)
                    .optional())?)
            })
            .await?)
    }
}

#[async_trait]
impl UserStore for DieselUserStore {
    async fn authenticate(
        &self,
        username: &str,
        password: &str,
    ) -> Result<Option<User>, StoreError> {
        let row = self.find_row(username_key(username)).await?;
        // argon2 is deliberately slow: the hasher keeps it off the async workers, and an
        // unknown user costs one verification too (of the dummy hash).
        let ok = match &row {
            Some(row) => self.hasher.check_password(password, &row.password).await?,
            None => self.hasher.check_unknown_user(password).await?,
        };
        Ok(match row {
            Some(row) if ok && row.is_active => Some(self.upgrade_hash(row, password).await),
            _ => None,
        })
    }

    async fn get_user(&self, id: &str) -> Result<Option<User>, StoreError> {
        let Ok(id) = id.parse::<i64>() else {
            return Ok(None);
        };
        let row = self
            .db
            .run(move |conn| {
                Ok(with_backend!(conn, c => two_factor_user::table
                    .find(id)
                    .select(UserRow::as_select())
                    .get_result(c)
                    .optional())?)
            })
            .await?;
        Ok(row.map(UserRow::into_user))
    }

    async fn get_by_username(&self, username: &str) -> Result<Option<User>, StoreError> {
        Ok(self
            .find_row(username_key(username))
            .await?
            .map(UserRow::into_user))
    }

    async fn list_users(&self) -> Result<Vec<User>, StoreError> {
        self.all_users().await
    }
}

#[cfg(test)]
mod tests {
    /// Session stamps store this digest: its text must not change between versions, or
    /// every session would be revoked by an upgrade.
    #[test]
    fn the_credential_version_is_the_first_16_bytes_of_sha256_in_lowercase_hex() {
        use sha2::{Digest, Sha256};
        let hash = "argon2$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
        let digest = Sha256::digest(hash.as_bytes());
        let expected: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(super::credential_version(hash), expected);
        assert_eq!(expected.len(), 32);
    }
}
