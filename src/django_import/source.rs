//! Reading a Django site's database, read-only: the users table and the device tables of
//! django-otp and django-two-factor-auth 1.x, in one consistent snapshot.
//!
//! SQLite files are opened with `mode=ro` and `query_only`; PostgreSQL sessions are set
//! read-only and read in one `REPEATABLE READ` transaction. Each table's columns are
//! selected by name, so a schema this importer does not know (an older django-otp without
//! `last_t`, a custom user model without `is_staff`) is an error naming the table, not a
//! guess.

use std::collections::HashSet;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Integer, Nullable, Text};

/// django-otp's authenticator apps.
pub(super) const TOTP: &str = "otp_totp_totpdevice";
/// django-otp's backup tokens (and their devices).
pub(super) const STATIC_TOKEN: &str = "otp_static_statictoken";
const STATIC_DEVICE: &str = "otp_static_staticdevice";
/// django-two-factor-auth's phones (SMS and voice).
pub(super) const PHONE: &str = "two_factor_phonedevice";
/// django-otp's e-mail devices.
pub(super) const EMAIL: &str = "otp_email_emaildevice";
/// django-two-factor-auth's WebAuthn plugin.
pub(super) const WEBAUTHN: &str = "two_factor_webauthn_webauthndevice";

/// Why the source could not be read.
#[derive(Debug)]
pub(super) enum ReadError {
    /// The database cannot be opened, or is not a Django site's.
    Open(String),
    /// A table lacks a column this importer needs.
    Schema { table: String, detail: String },
    /// A query failed otherwise.
    Query(diesel::result::Error),
}

impl From<diesel::result::Error> for ReadError {
    fn from(e: diesel::result::Error) -> Self {
        ReadError::Query(e)
    }
}

/// A row of the users table (`auth_user`, or a custom user model's).
#[derive(Debug, Clone, QueryableByName)]
pub(super) struct UserRow {
    #[diesel(sql_type = BigInt)]
    pub(super) id: i64,
    #[diesel(sql_type = Text)]
    pub(super) username: String,
    #[diesel(sql_type = Text)]
    pub(super) email: String,
    #[diesel(sql_type = Text)]
    pub(super) password: String,
    #[diesel(sql_type = Bool)]
    pub(super) is_active: bool,
    #[diesel(sql_type = Bool)]
    pub(super) is_staff: bool,
    #[diesel(sql_type = Bool)]
    pub(super) is_superuser: bool,
}

/// A row of `otp_totp_totpdevice`.
#[derive(Debug, QueryableByName)]
pub(super) struct TotpRow {
    #[diesel(sql_type = BigInt)]
    pub(super) id: i64,
    #[diesel(sql_type = BigInt)]
    pub(super) user_id: i64,
    #[diesel(sql_type = Text)]
    pub(super) name: String,
    #[diesel(sql_type = Bool)]
    pub(super) confirmed: bool,
    #[diesel(sql_type = Text)]
    pub(super) key: String,
    #[diesel(sql_type = Integer)]
    pub(super) step: i32,
    #[diesel(sql_type = BigInt)]
    pub(super) t0: i64,
    #[diesel(sql_type = Integer)]
    pub(super) digits: i32,
    #[diesel(sql_type = Integer)]
    pub(super) tolerance: i32,
    #[diesel(sql_type = Integer)]
    pub(super) drift: i32,
    #[diesel(sql_type = BigInt)]
    pub(super) last_t: i64,
}

/// A backup token with its device's owner and state.
#[derive(Debug, QueryableByName)]
pub(super) struct TokenRow {
    #[diesel(sql_type = BigInt)]
    pub(super) id: i64,
    #[diesel(sql_type = BigInt)]
    pub(super) user_id: i64,
    #[diesel(sql_type = Bool)]
    pub(super) confirmed: bool,
    #[diesel(sql_type = Text)]
    pub(super) token: String,
}

/// A row of `two_factor_phonedevice`.
#[derive(Debug, QueryableByName)]
pub(super) struct PhoneRow {
    #[diesel(sql_type = BigInt)]
    pub(super) id: i64,
    #[diesel(sql_type = BigInt)]
    pub(super) user_id: i64,
    #[diesel(sql_type = Text)]
    pub(super) name: String,
    #[diesel(sql_type = Bool)]
    pub(super) confirmed: bool,
    #[diesel(sql_type = Text)]
    pub(super) number: String,
    #[diesel(sql_type = Text)]
    pub(super) method: String,
}

/// A row of `otp_email_emaildevice` (no address: the user's own).
#[derive(Debug, QueryableByName)]
pub(super) struct EmailRow {
    #[diesel(sql_type = BigInt)]
    pub(super) id: i64,
    #[diesel(sql_type = BigInt)]
    pub(super) user_id: i64,
    #[diesel(sql_type = Text)]
    pub(super) name: String,
    #[diesel(sql_type = Bool)]
    pub(super) confirmed: bool,
    #[diesel(sql_type = Nullable<Text>)]
    pub(super) email: Option<String>,
}

/// A row of the WebAuthn plugin's table: base64url credential id and COSE key.
#[derive(Debug, QueryableByName)]
#[cfg_attr(not(feature = "webauthn"), allow(dead_code))]
pub(super) struct KeyRow {
    #[diesel(sql_type = BigInt)]
    pub(super) id: i64,
    #[diesel(sql_type = BigInt)]
    pub(super) user_id: i64,
    #[diesel(sql_type = Text)]
    pub(super) name: String,
    #[diesel(sql_type = Bool)]
    pub(super) confirmed: bool,
    #[diesel(sql_type = Text)]
    pub(super) key_handle: String,
    #[diesel(sql_type = Text)]
    pub(super) public_key: String,
    #[diesel(sql_type = BigInt)]
    pub(super) sign_count: i64,
}

/// Everything read from the source.
#[derive(Debug, Default)]
pub(super) struct DjangoData {
    pub(super) users: Vec<UserRow>,
    pub(super) totp: Vec<TotpRow>,
    pub(super) tokens: Vec<TokenRow>,
    pub(super) phones: Vec<PhoneRow>,
    pub(super) emails: Vec<EmailRow>,
    pub(super) keys: Vec<KeyRow>,
    /// Device tables that do not exist (their app was not installed there).
    pub(super) absent: Vec<&'static str>,
}

#[derive(QueryableByName)]
struct TableName {
    #[diesel(sql_type = Text)]
    name: String,
}

const USER_COLUMNS: &str = "CAST(id AS BIGINT) AS id, username, COALESCE(email, '') AS email, \
     password, is_active, is_staff, is_superuser";
const DEVICE_COLUMNS: &str =
    "CAST(id AS BIGINT) AS id, CAST(user_id AS BIGINT) AS user_id, name, confirmed";

/// Whether `name` can be a table name put into SQL as it is (quoted).
pub(super) fn is_table_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && !name.as_bytes()[0].is_ascii_digit()
}

/// Runs the reads of every table on `$c` (a concrete diesel connection).
macro_rules! read_tables {
    ($c:expr, $names_sql:expr, $user_table:expr) => {{
        let c = $c;
        let user_table: &str = $user_table;
        let present: HashSet<String> = diesel::sql_query($names_sql)
            .load::<TableName>(c)
            .map_err(|e| ReadError::Open(format!("not a database this importer can read: {e}")))?
            .into_iter()
            .map(|t| t.name)
            .collect();
        if !present.contains(user_table) {
            return Err(ReadError::Open(format!(
                "no table `{user_table}`: not a Django site's database (or pass the custom \
                 user model's table with --user-table)"
            )));
        }
        macro_rules! load {
            ($table:expr, $sql:expr) => {
                diesel::sql_query($sql)
                    .load(c)
                    .map_err(|e| ReadError::Schema {
                        table: $table.to_owned(),
                        detail: e.to_string(),
                    })?
            };
        }
        let mut data = DjangoData::default();
        data.users = load!(
            user_table,
            format!("SELECT {USER_COLUMNS} FROM \"{user_table}\" ORDER BY id")
        );
        for table in [TOTP, STATIC_TOKEN, PHONE, EMAIL, WEBAUTHN] {
            let needs = if table == STATIC_TOKEN {
                vec![STATIC_TOKEN, STATIC_DEVICE]
            } else {
                vec![table]
            };
            if !needs.iter().all(|t| present.contains(*t)) {
                data.absent.push(table);
            }
        }
        let here = |t: &str| !data.absent.contains(&t);
        if here(TOTP) {
            data.totp = load!(
                TOTP,
                format!(
                    "SELECT {DEVICE_COLUMNS}, key, CAST(step AS INTEGER) AS step, \
                     CAST(t0 AS BIGINT) AS t0, CAST(digits AS INTEGER) AS digits, \
                     CAST(tolerance AS INTEGER) AS tolerance, CAST(drift AS INTEGER) AS drift, \
                     CAST(last_t AS BIGINT) AS last_t FROM {TOTP} ORDER BY id"
                )
            );
        }
        if here(STATIC_TOKEN) {
            data.tokens = load!(
                STATIC_TOKEN,
                format!(
                    "SELECT CAST(t.id AS BIGINT) AS id, CAST(d.user_id AS BIGINT) AS user_id, \
                     d.confirmed AS confirmed, t.token AS token FROM {STATIC_TOKEN} t \
                     JOIN {STATIC_DEVICE} d ON d.id = t.device_id ORDER BY t.id"
                )
            );
        }
        if here(PHONE) {
            data.phones = load!(
                PHONE,
                format!("SELECT {DEVICE_COLUMNS}, number, method FROM {PHONE} ORDER BY id")
            );
        }
        if here(EMAIL) {
            data.emails = load!(
                EMAIL,
                format!("SELECT {DEVICE_COLUMNS}, email FROM {EMAIL} ORDER BY id")
            );
        }
        if here(WEBAUTHN) {
            data.keys = load!(
                WEBAUTHN,
                format!(
                    "SELECT {DEVICE_COLUMNS}, key_handle, public_key, \
                     CAST(sign_count AS BIGINT) AS sign_count FROM {WEBAUTHN} ORDER BY id"
                )
            );
        }
        Ok(data)
    }};
}

/// Reads everything from the Django database at `url` (a SQLite path, `sqlite:///path`, or
/// a `postgres://` URL); `user_table` is already checked by [`is_table_name`].
pub(super) fn read(url: &str, user_table: &str) -> Result<DjangoData, ReadError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return read_postgres(url, user_table);
    }
    read_sqlite(url, user_table)
}

#[cfg(feature = "postgres")]
fn read_postgres(url: &str, user_table: &str) -> Result<DjangoData, ReadError> {
    let mut conn = diesel::PgConnection::establish(url)
        .map_err(|e| ReadError::Open(e.to_string().trim().to_owned()))?;
    diesel::sql_query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY").execute(&mut conn)?;
    conn.build_transaction()
        .read_only()
        .repeatable_read()
        .run(|c| {
            read_tables!(
                c,
                "SELECT table_name::text AS name FROM information_schema.tables \
                 WHERE table_schema = current_schema()",
                user_table
            )
        })
}

#[cfg(not(feature = "postgres"))]
fn read_postgres(_: &str, _: &str) -> Result<DjangoData, ReadError> {
    Err(ReadError::Open(
        "PostgreSQL support is not compiled in: enable the `postgres` cargo feature of \
         actix-two-factor"
            .to_owned(),
    ))
}

/// The file a SQLite URL names: a plain path, `sqlite:PATH`, or dj-database-url's
/// `sqlite:///relative` and `sqlite:////absolute`.
#[cfg_attr(not(feature = "sqlite"), allow(dead_code))]
pub(super) fn sqlite_path(url: &str) -> &str {
    if let Some(rest) = url.strip_prefix("sqlite://") {
        return rest.strip_prefix('/').unwrap_or(rest);
    }
    url.strip_prefix("sqlite:").unwrap_or(url)
}

#[cfg(feature = "sqlite")]
fn read_sqlite(url: &str, user_table: &str) -> Result<DjangoData, ReadError> {
    use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
    // What SQLite's URI syntax would read as anything but the path.
    const URI_PATH: &AsciiSet = &CONTROLS.add(b'?').add(b'#').add(b'%').add(b' ');
    let path = sqlite_path(url);
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => {}
        Ok(_) => return Err(ReadError::Open(format!("{path} is not a file"))),
        Err(e) => return Err(ReadError::Open(format!("cannot read {path}: {e}"))),
    }
    let uri = format!("file:{}?mode=ro", utf8_percent_encode(path, URI_PATH));
    let mut conn = diesel::SqliteConnection::establish(&uri)
        .map_err(|e| ReadError::Open(format!("cannot open {path}: {e}")))?;
    diesel::sql_query("PRAGMA query_only = ON")
        .execute(&mut conn)
        .map_err(|e| ReadError::Open(format!("cannot open {path}: {e}")))?;
    conn.transaction(|c| {
        read_tables!(
            c,
            "SELECT name FROM sqlite_master WHERE type = 'table'",
            user_table
        )
    })
}

#[cfg(not(feature = "sqlite"))]
fn read_sqlite(_: &str, _: &str) -> Result<DjangoData, ReadError> {
    Err(ReadError::Open(
        "SQLite support is not compiled in: enable the `sqlite` cargo feature of \
         actix-two-factor (or give a postgres:// URL)"
            .to_owned(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_as_django_projects_write_them() {
        assert_eq!(sqlite_path("db.sqlite3"), "db.sqlite3");
        assert_eq!(sqlite_path("/srv/site/db.sqlite3"), "/srv/site/db.sqlite3");
        assert_eq!(sqlite_path("sqlite:///db.sqlite3"), "db.sqlite3");
        assert_eq!(sqlite_path("sqlite:////srv/db.sqlite3"), "/srv/db.sqlite3");
        assert_eq!(sqlite_path("sqlite:db.sqlite3"), "db.sqlite3");
    }

    #[test]
    fn only_plain_identifiers_are_table_names() {
        assert!(is_table_name("auth_user"));
        assert!(is_table_name("accounts_User2"));
        for bad in [
            "",
            "1user",
            "auth user",
            "auth_user\"; DROP",
            "a.b",
            &"x".repeat(64),
        ] {
            assert!(!is_table_name(bad), "{bad}");
        }
    }
}
