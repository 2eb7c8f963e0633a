//! The connection enum; diesel's derive generates helper types without docs, so they live
//! in this private module and only the enum is re-exported. Each variant exists when its
//! cargo feature (`postgres`, `sqlite`) is on.
#![allow(missing_docs)]

#[cfg(feature = "postgres")]
use diesel::PgConnection;
#[cfg(feature = "sqlite")]
use diesel::SqliteConnection;

/// A connection to either supported database.
#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    /// A PostgreSQL connection (`postgres://` or `postgresql://` URLs).
    #[cfg(feature = "postgres")]
    Postgresql(PgConnection),
    /// A SQLite connection (a file path, `sqlite://path` or `:memory:`).
    #[cfg(feature = "sqlite")]
    Sqlite(SqliteConnection),
}
