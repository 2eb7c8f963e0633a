//! The database layer: one connection pool over SQLite or PostgreSQL, chosen by URL.
//!
//! Queries are written once and compiled for both backends through `with_backend!`,
//! so backend-specific features (`RETURNING`, row counts of conditional updates) are
//! used natively on each. Each backend is a cargo feature: `sqlite` (default) and
//! `postgres` (links the system libpq); a URL for a backend that is not compiled in is
//! refused with a clear error.

#[cfg(not(any(feature = "sqlite", feature = "postgres")))]
compile_error!("actix-two-factor needs a database: enable the `sqlite` or the `postgres` feature");

pub(crate) mod schema;

use std::time::Duration;

use diesel::r2d2::{CustomizeConnection, Pool, PooledConnection};

/// How long one wait for a pooled connection lasts before the breaker is asked again.
const CHECKOUT_SLICE: Duration = Duration::from_millis(100);
#[cfg(feature = "sqlite")]
use diesel::{RunQueryDsl, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

#[cfg(feature = "sqlite")]
const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
#[cfg(feature = "postgres")]
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

mod connection;
mod outage;
pub use connection::AnyConnection;
use outage::{Failure, Outage};

/// Runs `$body` with `$c` bound to the concrete connection inside an [`AnyConnection`].
macro_rules! with_backend {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            #[cfg(feature = "postgres")]
            $crate::db::AnyConnection::Postgresql($c) => $body,
            #[cfg(feature = "sqlite")]
            $crate::db::AnyConnection::Sqlite($c) => $body,
        }
    };
}
pub(crate) use with_backend;

/// Runs `f` in a transaction that holds the write lock from its first statement.
///
/// On SQLite a plain (`DEFERRED`) transaction that reads before it writes takes the write
/// lock only at its first write; when another connection wrote in between, SQLite refuses
/// the upgrade at once with "database is locked" (`SQLITE_BUSY`, which `busy_timeout` does
/// not retry because waiting could deadlock). `BEGIN IMMEDIATE` takes the lock up front, so
/// concurrent writers queue behind `busy_timeout` instead of failing. PostgreSQL's row
/// locks need no such care: there this is an ordinary transaction. Nested inside another
/// transaction it is a savepoint of that one (which already holds the lock).
pub(crate) fn write_transaction<T, F>(conn: &mut AnyConnection, f: F) -> Result<T, DbError>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, DbError>,
{
    use diesel::Connection;

    #[cfg(feature = "sqlite")]
    if begin_immediate(conn)? {
        use diesel::connection::TransactionManager;
        type Manager = <AnyConnection as Connection>::TransactionManager;
        return match f(conn) {
            Ok(value) => {
                Manager::commit_transaction(conn)?;
                Ok(value)
            }
            Err(error) => match Manager::rollback_transaction(conn) {
                Ok(()) | Err(diesel::result::Error::BrokenTransactionManager) => Err(error),
                Err(rollback) => Err(rollback.into()),
            },
        };
    }
    conn.transaction(f)
}

/// On an outermost SQLite connection, starts a `BEGIN IMMEDIATE` transaction and says so;
/// elsewhere (PostgreSQL, or already inside a transaction) does nothing.
#[cfg(feature = "sqlite")]
fn begin_immediate(conn: &mut AnyConnection) -> Result<bool, DbError> {
    use diesel::connection::{AnsiTransactionManager, TransactionManager};

    #[allow(irrefutable_let_patterns)]
    let AnyConnection::Sqlite(sqlite) = conn else {
        return Ok(false);
    };
    if AnsiTransactionManager::transaction_manager_status_mut(sqlite)
        .transaction_depth()?
        .is_some()
    {
        return Ok(false);
    }
    AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
    Ok(true)
}

/// A database failure. Every login step fails closed on it (503).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DbError {
    /// No connection could be taken from the pool in time.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// A query failed.
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    /// Migrations could not be applied.
    #[error("database migration failed: {0}")]
    Migration(String),
    /// The blocking thread pool refused the job.
    #[error("database worker failed: {0}")]
    Blocking(String),
    /// The database cannot be reached (server down, connection refused, authentication
    /// failed, …): requests fail at once until a background probe reaches it again. The
    /// outage is logged once when it begins, not with every request it fails.
    #[error("database unreachable: {0}")]
    Outage(String),
}

impl DbError {
    /// Whether this is a refusal during a database outage (already logged once, when the
    /// outage began).
    pub fn is_outage(&self) -> bool {
        matches!(self, DbError::Outage(_))
    }
}

/// Which database a [`Database`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Backend {
    /// PostgreSQL.
    Postgres,
    /// SQLite (bundled).
    Sqlite,
}

impl Backend {
    /// Whether this build can talk to the backend (its cargo feature is on).
    pub fn compiled_in(self) -> bool {
        match self {
            Backend::Postgres => cfg!(feature = "postgres"),
            Backend::Sqlite => cfg!(feature = "sqlite"),
        }
    }

    /// The backend's name (`PostgreSQL`, `SQLite`).
    pub fn name(self) -> &'static str {
        match self {
            Backend::Postgres => "PostgreSQL",
            Backend::Sqlite => "SQLite",
        }
    }

    /// The cargo feature that compiles the backend in.
    pub fn feature(self) -> &'static str {
        match self {
            Backend::Postgres => "postgres",
            Backend::Sqlite => "sqlite",
        }
    }

    /// The backend a database URL names: `postgres://` / `postgresql://` or else SQLite.
    pub fn from_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// Opens the pool's connections to the one backend the URL names, so a failure reports
/// that backend's own error (diesel's multi-backend `establish` would try each backend and
/// answer "Invalid connection url for multiconnection" for a server that is simply down).
#[derive(Debug, Clone)]
pub(crate) struct Manager {
    backend: Backend,
    target: String,
}

impl Manager {
    fn establish(&self) -> Result<AnyConnection, diesel::ConnectionError> {
        #[allow(unused_imports)]
        use diesel::Connection;
        match self.backend {
            #[cfg(feature = "postgres")]
            Backend::Postgres => {
                diesel::PgConnection::establish(&self.target).map(AnyConnection::Postgresql)
            }
            #[cfg(feature = "sqlite")]
            Backend::Sqlite => SqliteConnection::establish(&self.target).map(AnyConnection::Sqlite),
            #[allow(unreachable_patterns)]
            other => Err(diesel::ConnectionError::BadConnection(format!(
                "{} support is not compiled in",
                other.name()
            ))),
        }
    }
}

impl Manager {
    /// Whether the database answers: a fresh connection that reads the schema (opening a
    /// SQLite file reads nothing yet).
    fn probe(&self) -> Result<(), String> {
        use diesel::RunQueryDsl;
        let mut conn = self.establish().map_err(|e| e.to_string())?;
        let query = match self.backend {
            Backend::Postgres => "SELECT 1",
            Backend::Sqlite => "SELECT count(*) FROM sqlite_master",
        };
        with_backend!(&mut conn, c => diesel::sql_query(query).execute(c))
            .map(drop)
            .map_err(|e| e.to_string())
    }
}

impl diesel::r2d2::ManageConnection for Manager {
    type Connection = AnyConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<AnyConnection, diesel::r2d2::Error> {
        self.establish()
            .map_err(diesel::r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut AnyConnection) -> Result<(), diesel::r2d2::Error> {
        use diesel::r2d2::R2D2Connection;
        conn.ping().map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut AnyConnection) -> bool {
        use diesel::r2d2::R2D2Connection;
        conn.is_broken()
    }
}

/// Passes the pool's failures to open a connection to the breaker (a connection that went
/// stale while the server restarted is only dropped: the server may well be up).
#[derive(Debug)]
struct TripOnConnectError(std::sync::Weak<Outage>);

impl diesel::r2d2::HandleError<diesel::r2d2::Error> for TripOnConnectError {
    fn handle_error(&self, error: diesel::r2d2::Error) {
        if let diesel::r2d2::Error::ConnectionError(e) = &error
            && let Some(outage) = self.0.upgrade()
        {
            outage.trip(Failure::new(e.to_string()));
        }
    }
}

/// Marks a connection that failed as broken, so the pool closes it instead of handing it
/// out again (a SQLite connection that read a damaged file keeps failing after the file is
/// repaired; a fresh one reads it anew).
fn poison(conn: &mut AnyConnection) {
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    with_backend!(conn, c => AnsiTransactionManager::transaction_manager_status_mut(c).set_in_error());
}

/// Whether a query failed because the connection under it broke.
fn connection_lost(error: &diesel::result::Error) -> bool {
    use diesel::result::{DatabaseErrorKind, Error};
    match error {
        Error::DatabaseError(DatabaseErrorKind::ClosedConnection, _)
        | Error::DatabaseError(DatabaseErrorKind::UnableToSendCommand, _) => true,
        Error::DatabaseError(_, info) => matches!(
            outage::Cause::of(info.message()),
            outage::Cause::ConnectionLost
                | outage::Cause::ConnectionRefused
                | outage::Cause::FileUnavailable
        ),
        _ => false,
    }
}

#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<AnyConnection, diesel::r2d2::Error> for SqlitePragmas {
    #[cfg_attr(not(feature = "sqlite"), allow(unused_variables))]
    fn on_acquire(&self, conn: &mut AnyConnection) -> Result<(), diesel::r2d2::Error> {
        #[cfg(feature = "sqlite")]
        #[allow(irrefutable_let_patterns)]
        if let AnyConnection::Sqlite(c) = conn {
            // Concurrent writers wait for the lock instead of failing with SQLITE_BUSY;
            // every check-and-consume is a single statement, so waiting cannot deadlock.
            diesel::sql_query("PRAGMA busy_timeout = 10000")
                .execute(c)
                .map_err(diesel::r2d2::Error::QueryError)?;
            diesel::sql_query("PRAGMA foreign_keys = ON")
                .execute(c)
                .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// A pooled database handle; cheap to clone.
///
/// While the database cannot be reached, requests fail at once with
/// [`DbError::Outage`] (a breaker, probing in the background) instead of each waiting out
/// the checkout timeout; the outage is logged once at `error` with its cause (connection
/// refused, authentication failed, database missing, timeout, …) and its end at `info`.
#[derive(Clone)]
pub struct Database {
    pool: Pool<Manager>,
    backend: Backend,
    timeout: Duration,
    outage: std::sync::Arc<Outage>,
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Database")
            .field("backend", &self.backend)
            .finish_non_exhaustive()
    }
}

impl Database {
    /// Opens a pool for `url` (`postgres://…`, or a SQLite path such as `demo.sqlite3`).
    pub fn connect(url: &str, max_connections: u32) -> Result<Database, DbError> {
        Database::connect_with_timeout(url, max_connections, Duration::from_secs(5))
    }

    /// Like [`connect`](Self::connect), waiting at most `timeout` for a free or new
    /// connection; with the database down, each request fails (503) after this long.
    pub fn connect_with_timeout(
        url: &str,
        max_connections: u32,
        timeout: Duration,
    ) -> Result<Database, DbError> {
        let backend = Backend::from_url(url);
        if !backend.compiled_in() {
            return Err(DbError::Unavailable(format!(
                "{} support is not compiled in: enable the `{}` cargo feature of actix-two-factor",
                backend.name(),
                backend.feature()
            )));
        }
        let target = match backend {
            Backend::Postgres => url.to_owned(),
            Backend::Sqlite => url.strip_prefix("sqlite://").unwrap_or(url).to_owned(),
        };
        #[cfg(feature = "sqlite")]
        if backend == Backend::Sqlite {
            // WAL lets readers proceed while a writer holds the lock; it persists in the file.
            let mut c = <SqliteConnection as diesel::Connection>::establish(&target)
                .map_err(|e| DbError::Unavailable(Failure::new(e.to_string()).message(backend)))?;
            diesel::sql_query("PRAGMA journal_mode = WAL").execute(&mut c)?;
        }
        let manager = Manager { backend, target };
        let probe = manager.clone();
        let outage = Outage::new(backend, move || probe.probe());
        let timeout = timeout.max(Duration::from_millis(100));
        let pool = Pool::builder()
            .max_size(max_connections.max(1))
            .connection_timeout(timeout)
            .connection_customizer(Box::new(SqlitePragmas))
            .error_handler(Box::new(TripOnConnectError(std::sync::Arc::downgrade(
                &outage,
            ))))
            .build(manager)
            .map_err(|e| DbError::Unavailable(Failure::new(e.to_string()).message(backend)))?;
        Ok(Database {
            pool,
            backend,
            timeout,
            outage,
        })
    }

    /// Which backend this database uses.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies the embedded migrations for this backend that have not run yet.
    pub fn run_migrations(&self) -> Result<(), DbError> {
        let mut conn = self.checkout()?;
        let result = match &mut *conn {
            #[cfg(feature = "postgres")]
            AnyConnection::Postgresql(c) => {
                c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ())
            }
            #[cfg(feature = "sqlite")]
            AnyConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
        };
        result.map_err(|e| DbError::Migration(e.to_string()))
    }

    /// Takes a connection from the pool (blocking): at once during an outage, else waiting
    /// at most the checkout timeout, in short slices so that a failure to connect ends the
    /// wait as soon as it is known.
    pub(crate) fn checkout(&self) -> Result<PooledConnection<Manager>, DbError> {
        self.outage.check()?;
        let deadline = std::time::Instant::now() + self.timeout;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.pool.get_timeout(left.min(CHECKOUT_SLICE)) {
                Ok(conn) => return Ok(conn),
                Err(e) => {
                    if self.outage.is_open() {
                        return Err(self.outage.refusal());
                    }
                    if std::time::Instant::now() < deadline {
                        continue;
                    }
                    let state = self.pool.state();
                    if state.connections < self.pool.max_size() {
                        // Room for a connection, and none could be opened in time: the
                        // server does not answer.
                        self.outage.trip(Failure::new(format!("timed out: {e}")));
                        return Err(self.outage.refusal());
                    }
                    // Every connection is busy: the database is up, the site is overloaded.
                    return Err(DbError::Unavailable(format!(
                        "every connection of the pool ({}) is busy: {e}",
                        state.connections
                    )));
                }
            }
        }
    }

    /// Takes a connection from the pool, blocking until one is free (for scripts,
    /// management commands and tests; in a request use [`run`](Self::run)). It goes back
    /// to the pool when dropped.
    pub fn connection(&self) -> Result<Connection, DbError> {
        self.checkout().map(Connection)
    }

    /// Runs blocking database work on tokio's blocking thread pool (the runtime actix-web
    /// runs on).
    pub async fn run<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut AnyConnection) -> Result<T, DbError> + Send + 'static,
    {
        self.outage.check()?;
        let db = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = db.checkout()?;
            match f(&mut conn) {
                Err(DbError::Query(e)) if connection_lost(&e) => {
                    poison(&mut conn);
                    db.outage.trip(Failure::new(e.to_string()));
                    Err(db.outage.refusal())
                }
                other => other,
            }
        })
        .await
        .map_err(|e| DbError::Blocking(e.to_string()))?
    }
}

/// A connection borrowed from the pool ([`Database::connection`]); it dereferences to
/// the diesel connection and goes back to the pool when dropped.
pub struct Connection(PooledConnection<Manager>);

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Connection")
    }
}

impl std::ops::Deref for Connection {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.0
    }
}

impl std::ops::DerefMut for Connection {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.0
    }
}
