//! The connection enum; diesel's derive generates helper types without docs, so they live
//! in this private module and only the enum is re-exported.
#![allow(missing_docs)]

use diesel::{PgConnection, SqliteConnection};

/// A connection to either supported database.
#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    /// A PostgreSQL connection (`postgres://` or `postgresql://` URLs).
    Postgresql(PgConnection),
    /// A SQLite connection (a file path, `sqlite://path` or `:memory:`).
    Sqlite(SqliteConnection),
}
