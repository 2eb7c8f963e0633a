//! The host app: "Acme Projects", an actix-web site that existed before two-factor
//! authentication and adopts the crate without giving up its own parts.
//!
//! - **Its own users**: the `host_users` table (its own column names), argon2 hashes made
//!   by the host's own code, plugged in through [`UserStore`] ([`HostUsers`]).
//! - **Its own look**: `templates/base.html` is the site's layout; the override
//!   `templates/two_factor/_base.html` puts every two-factor page inside it.
//! - **Its own URLs**: the two-factor views live under `/auth` (`url_prefix`), the site's
//!   pages at `/`, `/dashboard/` (verified users only, through the [`VerifiedUser`]
//!   extractor) and `/projects/` (any logged-in user; more with [`OtpExt::is_verified`]).
//! - **Its own mail**: the backup-used alert goes through the site's mailer (here the
//!   [`LogMailer`], which runs anywhere).
//!
//! `main.rs` serves it; `tests/host_app.rs` includes this file and drives a login through it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use actix_web::body::MessageBody;
use actix_web::cookie::Key;
use actix_web::dev::{ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::{App, HttpRequest, HttpResponse, web};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString};
use async_trait::async_trait;
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool};
use diesel::sqlite::SqliteConnection;
use two_factor::clock::Clock;
use two_factor::config::CodeDelivery;
use two_factor::hashers::PasswordHasher;
use two_factor::mail::LogMailer;
use two_factor::users::{StoreError, User, UserStore};
use two_factor::{OtpExt, TwoFactor, TwoFactorError, TwoFactorMiddleware, VerifiedUser};

// ---------------------------------------------------------------------------------------
// The host's users: its own table, its own hashing, behind `UserStore`.
// ---------------------------------------------------------------------------------------

diesel::table! {
    /// The host's users table, as the site had it before two-factor authentication.
    host_users (user_id) {
        user_id -> BigInt,
        login -> Text,
        mail -> Text,
        pw_hash -> Text,
        pw_changed_at -> BigInt,
        disabled -> Bool,
        role -> Text,
    }
}

/// Created at start when missing: the host's schema, not the crate's.
const CREATE_HOST_USERS: &str = "CREATE TABLE IF NOT EXISTS host_users (
    user_id INTEGER PRIMARY KEY AUTOINCREMENT,
    login TEXT NOT NULL UNIQUE COLLATE NOCASE,
    mail TEXT NOT NULL DEFAULT '',
    pw_hash TEXT NOT NULL,
    pw_changed_at BIGINT NOT NULL,
    disabled BOOLEAN NOT NULL DEFAULT 0,
    role TEXT NOT NULL DEFAULT 'member'
)";

#[derive(Queryable, Selectable)]
#[diesel(table_name = host_users)]
struct HostUserRow {
    user_id: i64,
    login: String,
    mail: String,
    pw_hash: String,
    disabled: bool,
    role: String,
}

impl HostUserRow {
    /// The crate's view of a host user.
    fn into_user(self) -> User {
        User::new(self.user_id.to_string(), self.login)
            .email(self.mail)
            .active(!self.disabled)
            .staff(matches!(self.role.as_str(), "staff" | "owner"))
            .superuser(self.role == "owner")
            // Changes whenever the password does (a new hash has a new salt): sessions
            // and remember-device cookies of the old password stop working.
            .credential_version(digest(&self.pw_hash))
    }
}

/// The first 16 bytes of SHA-256, in hex.
fn digest(text: &str) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(&Sha256::digest(text.as_bytes())[..16])
}

/// SQLite waits for a lock instead of failing (the crate's pool writes the same file).
#[derive(Debug)]
struct BusyTimeout;

impl CustomizeConnection<SqliteConnection, diesel::r2d2::Error> for BusyTimeout {
    fn on_acquire(&self, conn: &mut SqliteConnection) -> Result<(), diesel::r2d2::Error> {
        diesel::sql_query("PRAGMA busy_timeout = 10000")
            .execute(conn)
            .map(|_| ())
            .map_err(diesel::r2d2::Error::QueryError)
    }
}

type HostPool = Pool<ConnectionManager<SqliteConnection>>;

fn store_error(e: impl std::error::Error + Send + Sync + 'static) -> StoreError {
    StoreError::Other(Box::new(e))
}

/// The host's user store: `host_users` in the site's SQLite file, argon2id hashes made by
/// the host's own code and run under the crate's hashing limit
/// ([`PasswordHasher::run_blocking`]: blocking threads, bounded concurrency, `503` when
/// overloaded), shared with the crate.
#[derive(Clone)]
pub struct HostUsers {
    pool: HostPool,
    hasher: PasswordHasher,
    /// A hash of a random password: unknown logins are checked against it, so they take
    /// as long as a wrong password.
    dummy_hash: Arc<str>,
}

impl HostUsers {
    /// Opens the site's database at `path` and creates `host_users` if it is missing.
    pub async fn open(path: &Path, hasher: PasswordHasher) -> Result<HostUsers, StoreError> {
        let manager = ConnectionManager::<SqliteConnection>::new(path.to_string_lossy());
        let pool = Pool::builder()
            .max_size(4)
            .connection_customizer(Box::new(BusyTimeout))
            .build(manager)
            .map_err(store_error)?;
        let setup = pool.clone();
        web::block(move || -> Result<(), StoreError> {
            let mut conn = setup.get().map_err(store_error)?;
            diesel::sql_query(CREATE_HOST_USERS)
                .execute(&mut conn)
                .map_err(store_error)?;
            Ok(())
        })
        .await
        .map_err(store_error)??;
        let random: [u8; 24] = rand::random();
        let dummy_hash = hash_on(&hasher, hex::encode(random)).await?;
        Ok(HostUsers {
            pool,
            hasher,
            dummy_hash: dummy_hash.into(),
        })
    }

    /// Runs `f` with a pooled connection on a blocking thread.
    async fn with_conn<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut SqliteConnection) -> QueryResult<T> + Send + 'static,
    {
        let pool = self.pool.clone();
        web::block(move || {
            let mut conn = pool.get().map_err(store_error)?;
            f(&mut conn).map_err(store_error)
        })
        .await
        .map_err(store_error)?
    }

    /// Adds a user (the site's sign-up; `main.rs adduser`). `role` is `member`, `staff`
    /// or `owner`.
    pub async fn create(
        &self,
        login: &str,
        mail: &str,
        password: &str,
        role: &str,
    ) -> Result<User, StoreError> {
        let login = login.trim().to_owned();
        if login.is_empty() || login.len() > 150 {
            return Err(StoreError::Other(
                "a login of 1 to 150 characters is required".into(),
            ));
        }
        let pw_hash = hash_on(&self.hasher, password.to_owned()).await?;
        let (mail, role) = (mail.trim().to_owned(), role.to_owned());
        let now = now_secs();
        let row = self
            .with_conn(move |c| {
                let taken = host_users::table
                    .filter(host_users::login.eq(&login))
                    .count()
                    .get_result::<i64>(c)?;
                if taken > 0 {
                    return Ok(None);
                }
                let inserted = diesel::insert_into(host_users::table)
                    .values((
                        host_users::login.eq(&login),
                        host_users::mail.eq(&mail),
                        host_users::pw_hash.eq(&pw_hash),
                        host_users::pw_changed_at.eq(now),
                        host_users::role.eq(&role),
                    ))
                    .execute(c);
                match inserted {
                    Ok(_) => {}
                    // Taken between the check and the insert.
                    Err(diesel::result::Error::DatabaseError(
                        diesel::result::DatabaseErrorKind::UniqueViolation,
                        _,
                    )) => return Ok(None),
                    Err(e) => return Err(e),
                }
                host_users::table
                    .filter(host_users::login.eq(&login))
                    .select(HostUserRow::as_select())
                    .get_result(c)
                    .optional()
            })
            .await?;
        row.map(HostUserRow::into_user)
            .ok_or(StoreError::DuplicateUsername)
    }

    /// Changes a password (the site's own "change password" page); the credential
    /// version changes with it, so other sessions of the user end. `false` when no such
    /// login exists.
    pub async fn set_password(&self, login: &str, password: &str) -> Result<bool, StoreError> {
        let pw_hash = hash_on(&self.hasher, password.to_owned()).await?;
        let login = login.trim().to_owned();
        let now = now_secs();
        let n = self
            .with_conn(move |c| {
                diesel::update(host_users::table.filter(host_users::login.eq(&login)))
                    .set((
                        host_users::pw_hash.eq(&pw_hash),
                        host_users::pw_changed_at.eq(now),
                    ))
                    .execute(c)
            })
            .await?;
        Ok(n == 1)
    }

    /// Disables or re-enables a login (the site's own admin); a disabled user cannot log
    /// in, and the two-factor extractor no longer lets them through. `false` when no such
    /// login exists.
    pub async fn set_disabled(&self, login: &str, disabled: bool) -> Result<bool, StoreError> {
        let login = login.trim().to_owned();
        let n = self
            .with_conn(move |c| {
                diesel::update(host_users::table.filter(host_users::login.eq(&login)))
                    .set(host_users::disabled.eq(disabled))
                    .execute(c)
            })
            .await?;
        Ok(n == 1)
    }

    async fn find(&self, login: &str) -> Result<Option<HostUserRow>, StoreError> {
        let login = login.trim().to_owned();
        self.with_conn(move |c| {
            // `COLLATE NOCASE` on the column: `Alice` and `alice` are one login.
            host_users::table
                .filter(host_users::login.eq(&login))
                .select(HostUserRow::as_select())
                .get_result(c)
                .optional()
        })
        .await
    }
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// The host's hashing: argon2id with the argon2 crate's defaults, run through the
/// crate's hasher so it shares the limit on concurrent hashes.
async fn hash_on(hasher: &PasswordHasher, password: String) -> Result<String, StoreError> {
    let encoded = hasher
        .run_blocking(move || {
            let salt =
                SaltString::encode_b64(&rand::random::<[u8; 16]>()).map_err(|e| e.to_string())?;
            Argon2::default()
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| e.to_string())
        })
        .await?;
    encoded.map_err(|e| StoreError::Other(e.into()))
}

/// Checks `password` against `encoded` under the limit; a malformed hash never matches.
async fn verify_on(
    hasher: &PasswordHasher,
    password: String,
    encoded: String,
) -> Result<bool, StoreError> {
    Ok(hasher
        .run_blocking(move || {
            PasswordHash::new(&encoded).is_ok_and(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
        })
        .await?)
}

#[async_trait]
impl UserStore for HostUsers {
    async fn authenticate(
        &self,
        username: &str,
        password: &str,
    ) -> Result<Option<User>, StoreError> {
        let row = self.find(username).await?;
        // One verification either way: an unknown login costs what a wrong password does.
        let encoded = match &row {
            Some(row) => row.pw_hash.clone(),
            None => self.dummy_hash.to_string(),
        };
        let ok = verify_on(&self.hasher, password.to_owned(), encoded).await?;
        Ok(match row {
            Some(row) if ok && !row.disabled => Some(row.into_user()),
            _ => None,
        })
    }

    async fn get_user(&self, id: &str) -> Result<Option<User>, StoreError> {
        let Ok(id) = id.parse::<i64>() else {
            return Ok(None);
        };
        let row = self
            .with_conn(move |c| {
                // `get_result`, not `.first()`: a lookup by key needs no `LIMIT 1`, and
                // SQLite compiles a statement with a bound `LIMIT ?` again on every run
                // (this runs whenever the session's user is re-checked).
                host_users::table
                    .find(id)
                    .select(HostUserRow::as_select())
                    .get_result(c)
                    .optional()
            })
            .await?;
        Ok(row.map(HostUserRow::into_user))
    }

    async fn get_by_username(&self, username: &str) -> Result<Option<User>, StoreError> {
        Ok(self.find(username).await?.map(HostUserRow::into_user))
    }

    async fn list_users(&self) -> Result<Vec<User>, StoreError> {
        let rows = self
            .with_conn(|c| {
                host_users::table
                    .select(HostUserRow::as_select())
                    .order(host_users::login.asc())
                    .load(c)
            })
            .await?;
        Ok(rows.into_iter().map(HostUserRow::into_user).collect())
    }
}

// ---------------------------------------------------------------------------------------
// Settings: the crate configured for this site.
// ---------------------------------------------------------------------------------------

/// Where the example keeps its files and how it serves them.
pub struct HostConfig {
    /// The site's SQLite file: `host_users` and, next to it, the crate's tables.
    pub database: PathBuf,
    /// The session cookie's key (load a fixed one in production).
    pub session_key: Key,
    /// `Secure` cookies: on for a site served over HTTPS, off for plain
    /// `http://127.0.0.1:8001`.
    pub secure_cookies: bool,
    /// The clock (tests pass a `ManualClock`); the system clock when `None`.
    pub clock: Option<Arc<dyn Clock>>,
}

/// The running site's shared parts (cheap to clone: one per worker).
#[derive(Clone)]
pub struct Host {
    /// The two-factor settings and services.
    pub tf: web::Data<TwoFactor>,
    /// The host's user store (the same one the crate authenticates with).
    pub users: Arc<HostUsers>,
    /// The site's mailer: mails are logged and kept in its outbox (which
    /// `tests/host_app.rs` reads).
    #[allow(dead_code)]
    pub mailer: LogMailer,
    key: Key,
    secure_cookies: bool,
}

/// The example's own templates: `base.html`, `host/…` and the `two_factor/_base.html`
/// override.
pub fn template_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/host_app/templates")
}

impl Host {
    /// Opens the database, creates `host_users`, builds the two-factor settings around
    /// the host's users, templates and URL layout, and connects the backup-used alert.
    pub async fn start(config: HostConfig) -> Result<Host, String> {
        // One hashing limit for the whole process: the host's store and the crate share it.
        let hasher = PasswordHasher::default();
        let users = Arc::new(
            HostUsers::open(&config.database, hasher.clone())
                .await
                .map_err(|e| format!("host users: {e}"))?,
        );
        let mailer = LogMailer::new();
        let mut builder = TwoFactor::builder()
            // Same file: the crate's migrations add the `otp_*` tables next to `host_users`.
            .database_url(config.database.to_string_lossy().into_owned())
            .run_migrations(true)
            .site_name("Acme Projects")
            .user_store(users.clone())
            .password_hasher(hasher)
            .template_dir(template_dir())
            // Everything two-factor under /auth/: /auth/account/login/, …
            .url_prefix("/auth")
            .login_redirect_url("/dashboard/")
            .logout_redirect_url("/")
            .code_delivery(CodeDelivery::default().mailer(Arc::new(mailer.clone())));
        if let Some(clock) = config.clock {
            builder = builder.clock(clock);
        }
        let tf = builder.build().map_err(|e| format!("two-factor: {e}"))?;
        // "Backup token used": mail the user when a backup token or phone verified them.
        tf.signals().connect(two_factor::signals::backup_used_alert(
            Arc::new(mailer.clone()),
            tf.site_name(),
        ));
        Ok(Host {
            tf: web::Data::new(tf),
            users,
            mailer,
            key: config.session_key,
            secure_cookies: config.secure_cookies,
        })
    }
}

// ---------------------------------------------------------------------------------------
// The site's own pages.
// ---------------------------------------------------------------------------------------

/// Public: anyone may see it.
async fn home(req: HttpRequest, tf: web::Data<TwoFactor>) -> Result<HttpResponse, TwoFactorError> {
    let ctx = tf.page_context(&req)?;
    tf.render("host/home.html", &ctx)
}

/// Verified users only: extracting [`VerifiedUser`] redirects everyone else to the
/// login (or shows the crate's "two-factor required" page to a user without a device).
async fn dashboard(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    verified: VerifiedUser,
) -> Result<HttpResponse, TwoFactorError> {
    let mut ctx = tf.page_context(&req)?;
    ctx.insert("login", &verified.user.username);
    ctx.insert("device", &verified.device.to_string());
    tf.render("host/dashboard.html", &ctx)
}

/// Any logged-in user; the budget figures only for a verified session
/// ([`OtpExt::is_verified`]).
async fn projects(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    if req.otp_state().user_id.is_none() {
        let next: String = form_urlencoded::byte_serialize(req.path().as_bytes()).collect();
        return Ok(HttpResponse::Found()
            .insert_header(("location", format!("{}?next={next}", tf.login_url())))
            .finish());
    }
    let mut ctx = tf.page_context(&req)?;
    ctx.insert("show_budgets", &req.is_verified());
    tf.render("host/projects.html", &ctx)
}

/// The whole site: the crate's views under `/auth`, the host's pages, and one `.wrap`
/// that installs session, identity and two-factor state in the right order.
pub fn app(
    host: Host,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        .configure(host.tf.configure())
        .app_data(host.tf)
        .route("/", web::get().to(home))
        .route("/dashboard/", web::get().to(dashboard))
        .route("/projects/", web::get().to(projects))
        .wrap(
            TwoFactorMiddleware::builder(
                actix_session::storage::CookieSessionStore::default(),
                host.key,
            )
            .cookie_name("acme_session")
            .cookie_secure(host.secure_cookies)
            .build(),
        )
}
