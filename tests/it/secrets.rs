//! TOTP secrets encrypted at rest: what the key column holds, verification with encrypted
//! keys, rotation with `two_factor_reencrypt`, migration of plain rows, and keys that can
//! no longer be decrypted (fail closed, no panic, no 500). On SQLite, and on PostgreSQL
//! when `TEST_POSTGRES_URL` is set.

use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use actix_identity::IdentityMiddleware;
use actix_session::SessionMiddleware;
use actix_session::storage::CookieSessionStore;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{Cookie, Key};
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::{App, test, web};
use diesel::prelude::*;
use futures_util::future::LocalBoxFuture;
use two_factor::TwoFactor;
use two_factor::clock::ManualClock;
use two_factor::db::AnyConnection;
use two_factor::devices::{DeviceKind, DeviceRef, TotpDevice, Verification};
use two_factor::management::{CommandError, two_factor_reencrypt};
use two_factor::secrets::{SecretError, SecretKeyring};
use two_factor::users::{DieselUserStore, NewUser, User};

const PASSWORD: &str = "correct horse battery staple";
const K1: [u8; 32] = [0x11; 32];
const K2: [u8; 32] = [0x22; 32];

fn k1() -> SecretKeyring {
    SecretKeyring::new("k1", K1).expect("keyring")
}

fn k2_with_old_k1() -> SecretKeyring {
    SecretKeyring::new("k2", K2)
        .and_then(|k| k.with_old_key("k1", K1))
        .expect("keyring")
}

fn k2_only() -> SecretKeyring {
    SecretKeyring::new("k2", K2).expect("keyring")
}

// ---------------------------------------------------------------------------------------
// Databases: a temp SQLite file, or a private PostgreSQL schema (as tests/common does).

/// Drops a test's PostgreSQL schema at the end of the test.
#[cfg(feature = "postgres")]
struct SchemaGuard {
    base: String,
    schema: String,
}

#[cfg(not(feature = "postgres"))]
struct SchemaGuard;

#[cfg(feature = "postgres")]
impl Drop for SchemaGuard {
    fn drop(&mut self) {
        if let Ok(mut conn) = PgConnection::establish(&self.base) {
            let _ = diesel::sql_query(format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema))
                .execute(&mut conn);
        }
    }
}

/// One private database; every `TwoFactor` built from it shares the rows.
struct TestDb {
    url: String,
    name: &'static str,
    _dir: tempfile::TempDir,
    _schema: Option<SchemaGuard>,
}

fn databases() -> Vec<TestDb> {
    let sqlite = {
        let dir = tempfile::tempdir().expect("tempdir");
        TestDb {
            url: dir.path().join("test.sqlite3").display().to_string(),
            name: "sqlite",
            _dir: dir,
            _schema: None,
        }
    };
    #[cfg_attr(not(feature = "postgres"), allow(unused_mut))]
    let mut all = vec![sqlite];
    let postgres_url = std::env::var("TEST_POSTGRES_URL")
        .ok()
        .filter(|s| !s.is_empty() && cfg!(feature = "postgres"));
    match postgres_url {
        #[cfg(feature = "postgres")]
        Some(base) => {
            let schema = format!("tf_test_{:016x}", rand::random::<u64>());
            let mut conn = PgConnection::establish(&base).expect("connect to TEST_POSTGRES_URL");
            diesel::sql_query(format!("CREATE SCHEMA {schema}"))
                .execute(&mut conn)
                .expect("create schema");
            let sep = if base.contains('?') { '&' } else { '?' };
            all.push(TestDb {
                url: format!("{base}{sep}options=-csearch_path%3D{schema}"),
                name: "postgres",
                _dir: tempfile::tempdir().expect("tempdir"),
                _schema: Some(SchemaGuard { base, schema }),
            });
        }
        _ => {
            use std::io::Write;
            static ONCE: std::sync::Once = std::sync::Once::new();
            ONCE.call_once(|| {
                let _ = writeln!(
                    std::io::stderr(),
                    "\n*** SKIPPED: PostgreSQL variants of the secrets tests: TEST_POSTGRES_URL \
                     is not set (e.g. postgres://postgres@127.0.0.1:5432/test) or the crate was \
                     built without the `postgres` feature ***\n"
                );
            });
        }
    }
    all
}

/// Settings on `db` with `keyring` (none: plain hex) and a shared manual clock.
fn settings(db: &TestDb, clock: &ManualClock, keyring: Option<SecretKeyring>) -> TwoFactor {
    let mut builder = TwoFactor::builder()
        .database_url(db.url.clone())
        .run_migrations(true)
        .max_connections(4)
        .site_name("Test Site")
        .clock(Arc::new(clock.clone()));
    if let Some(keyring) = keyring {
        builder = builder.secret_keyring(keyring);
    }
    builder.build().expect("build settings")
}

async fn create_user(tf: &TwoFactor, username: &str) -> User {
    DieselUserStore::new(tf.database().clone())
        .create_user(NewUser {
            username,
            email: &format!("{username}@example.com"),
            password: PASSWORD,
            is_staff: false,
            is_superuser: false,
        })
        .await
        .expect("create user")
}

fn token_now(tf: &TwoFactor, device: &TotpDevice) -> String {
    device.token_at_step(device.current_step(tf.clock().now_secs()))
}

/// Sets up and confirms a TOTP device through the device service; returns it (with its
/// key) and moves the clock one step on so the next token is fresh.
async fn confirmed_device(tf: &TwoFactor, clock: &ManualClock, user: &User) -> TotpDevice {
    let device = tf
        .devices()
        .begin_setup(&user.id)
        .await
        .expect("begin setup");
    let pending = tf
        .devices()
        .pending_setup(&user.id, device.id)
        .await
        .expect("db")
        .expect("pending device readable");
    assert_eq!(pending.key_bytes(), device.key_bytes());
    let outcome = tf
        .devices()
        .confirm_setup(&user.id, device.id, Some(token_now(tf, &device)))
        .await
        .expect("confirm");
    assert_eq!(outcome, Verification::Verified);
    clock.advance_secs(30);
    device
}

async fn verify_now(tf: &TwoFactor, user: &User, device: &TotpDevice) -> Verification {
    let r = DeviceRef {
        kind: DeviceKind::Totp,
        id: device.id,
    };
    tf.devices()
        .verify(&user.id, r, Some(token_now(tf, device)), None)
        .await
        .expect("verify")
}

/// The key column of device `id`, as stored.
fn stored_key(tf: &TwoFactor, id: i64) -> String {
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::Text)]
        key: String,
    }
    let sql = format!("SELECT key FROM otp_totp_device WHERE id = {id}");
    let mut conn = tf.database().connection().expect("conn");
    let rows: Vec<Row> = match &mut *conn {
        AnyConnection::Sqlite(c) => diesel::sql_query(&sql).load(c),
        #[cfg(feature = "postgres")]
        AnyConnection::Postgresql(c) => diesel::sql_query(&sql).load(c),
    }
    .expect("query");
    rows.into_iter().next().expect("row").key
}

fn hex_of(device: &TotpDevice) -> String {
    hex::encode(device.key_bytes().expect("key"))
}

// ---------------------------------------------------------------------------------------

#[actix_rt::test]
async fn stored_column_is_encrypted_and_verification_works() {
    for db in databases() {
        let clock = ManualClock::new();
        let tf = settings(&db, &clock, Some(k1()));
        let user = create_user(&tf, "alice").await;
        let device = confirmed_device(&tf, &clock, &user).await;
        let stored = stored_key(&tf, device.id);
        let name = db.name;
        assert!(stored.starts_with("enc:v1:k1:"), "{name}: {stored}");
        assert!(!stored.contains(&hex_of(&device)), "{name}");
        assert!(
            !stored
                .to_lowercase()
                .contains(&device.secret_base32().to_lowercase()),
            "{name}"
        );
        assert_ne!(stored, hex_of(&device), "{name}");
        assert_eq!(device.key_bytes().map(<[u8]>::len), Some(20), "{name}");
        // Loaded back through the service, the key decrypts to the same secret.
        let listed = tf.devices().list(&user.id).await.expect("list");
        match listed.first() {
            Some(two_factor::devices::Device::Totp(d)) => {
                assert_eq!(d.key_bytes(), device.key_bytes(), "{name}");
                let url = d.config_url("Test Site", "alice");
                assert!(url.contains(&device.secret_base32()), "{name}: {url}");
            }
            other => panic!("{name}: {other:?}"),
        }
        assert_eq!(
            verify_now(&tf, &user, &device).await,
            Verification::Verified,
            "{name}"
        );
        // Replays still fail (and are told apart as replays).
        assert_eq!(
            verify_now(&tf, &user, &device).await,
            Verification::Replayed,
            "{name}"
        );
        // Nothing in the debug output either.
        let debug = format!("{device:?} {:?}", tf.devices());
        assert!(!debug.contains(&hex_of(&device)), "{name}: {debug}");
        assert!(!debug.contains(&device.secret_base32()), "{name}: {debug}");
    }
}

#[actix_rt::test]
async fn rotation_then_reencrypt_rewrites_rows_and_devices_keep_verifying() {
    for db in databases() {
        let name = db.name;
        let clock = ManualClock::new();
        let old = settings(&db, &clock, Some(k1()));
        let alice = create_user(&old, "alice").await;
        let bob = create_user(&old, "bob").await;
        let a = confirmed_device(&old, &clock, &alice).await;
        let b = confirmed_device(&old, &clock, &bob).await;
        let b_before = stored_key(&old, b.id);

        // Rotate: k2 is current, k1 still decrypts.
        let tf = settings(&db, &clock, Some(k2_with_old_k1()));
        assert_eq!(
            verify_now(&tf, &alice, &a).await,
            Verification::Verified,
            "{name}"
        );
        // A device set up now is written under k2.
        let carol = create_user(&tf, "carol").await;
        let c = confirmed_device(&tf, &clock, &carol).await;
        let c_stored = stored_key(&tf, c.id);
        assert!(c_stored.starts_with("enc:v1:k2:"), "{name}");

        assert_eq!(
            two_factor_reencrypt(&tf).await.expect("reencrypt"),
            2,
            "{name}"
        );
        for d in [&a, &b, &c] {
            let stored = stored_key(&tf, d.id);
            assert!(stored.starts_with("enc:v1:k2:"), "{name}: {stored}");
            assert!(!stored.contains(&hex_of(d)), "{name}");
        }
        assert_ne!(stored_key(&tf, b.id), b_before, "{name}");
        assert_eq!(
            stored_key(&tf, c.id),
            c_stored,
            "{name}: current rows untouched"
        );
        // Idempotent.
        assert_eq!(
            two_factor_reencrypt(&tf).await.expect("reencrypt"),
            0,
            "{name}"
        );

        // k1 retired: every device still verifies.
        let tf = settings(&db, &clock, Some(k2_only()));
        clock.advance_secs(30);
        for (user, device) in [(&alice, &a), (&bob, &b), (&carol, &c)] {
            assert_eq!(
                verify_now(&tf, user, device).await,
                Verification::Verified,
                "{name}: {}",
                user.username
            );
        }
    }
}

#[actix_rt::test]
async fn plain_rows_still_verify_and_are_migrated() {
    for db in databases() {
        let name = db.name;
        let clock = ManualClock::new();
        let plain = settings(&db, &clock, None);
        let user = create_user(&plain, "alice").await;
        let device = confirmed_device(&plain, &clock, &user).await;
        assert_eq!(stored_key(&plain, device.id), hex_of(&device), "{name}");
        assert!(
            matches!(
                two_factor_reencrypt(&plain).await,
                Err(CommandError::NoSecretKeyring)
            ),
            "{name}"
        );

        // Encryption turned on: the plain row still verifies, then is migrated.
        let tf = settings(&db, &clock, Some(k1()));
        assert_eq!(
            verify_now(&tf, &user, &device).await,
            Verification::Verified,
            "{name}"
        );
        assert_eq!(
            two_factor_reencrypt(&tf).await.expect("reencrypt"),
            1,
            "{name}"
        );
        let stored = stored_key(&tf, device.id);
        assert!(stored.starts_with("enc:v1:k1:"), "{name}");
        // Once migrated, plain values may be refused outright.
        let strict = settings(&db, &clock, Some(k1().require_encrypted(true)));
        clock.advance_secs(30);
        assert_eq!(
            verify_now(&strict, &user, &device).await,
            Verification::Verified,
            "{name}"
        );
        // Without the keyring the encrypted row verifies nothing (no fallback).
        clock.advance_secs(30);
        assert_eq!(
            verify_now(&plain, &user, &device).await,
            Verification::Invalid,
            "{name}"
        );
    }
}

#[actix_rt::test]
async fn strict_keyring_refuses_plain_rows() {
    for db in databases() {
        let name = db.name;
        let clock = ManualClock::new();
        let plain = settings(&db, &clock, None);
        let user = create_user(&plain, "alice").await;
        let device = confirmed_device(&plain, &clock, &user).await;
        let strict = settings(&db, &clock, Some(k1().require_encrypted(true)));
        assert_eq!(
            verify_now(&strict, &user, &device).await,
            Verification::Invalid,
            "{name}"
        );
        // The command still migrates them.
        assert_eq!(
            two_factor_reencrypt(&strict).await.expect("reencrypt"),
            1,
            "{name}"
        );
        assert_eq!(
            verify_now(&strict, &user, &device).await,
            Verification::Verified,
            "{name}"
        );
    }
}

#[actix_rt::test]
async fn key_no_longer_in_the_keyring_verifies_nothing() {
    for db in databases() {
        let name = db.name;
        let clock = ManualClock::new();
        let old = settings(&db, &clock, Some(k1()));
        let user = create_user(&old, "alice").await;
        let device = confirmed_device(&old, &clock, &user).await;
        let stored = stored_key(&old, device.id);

        let tf = settings(&db, &clock, Some(k2_only()));
        // The device is still listed (the user keeps two-factor on) but has no key.
        let listed = tf.devices().list(&user.id).await.expect("list");
        match listed.first() {
            Some(two_factor::devices::Device::Totp(d)) => {
                assert_eq!(d.key_bytes(), None, "{name}");
                assert_eq!(
                    d.key_error(),
                    Some(SecretError::UnknownKey("k1".into())),
                    "{name}"
                );
                assert_eq!(d.token_at_step(1), "", "{name}");
            }
            other => panic!("{name}: {other:?}"),
        }
        for _ in 0..5 {
            assert_eq!(
                verify_now(&tf, &user, &device).await,
                Verification::Invalid,
                "{name}"
            );
        }
        // Wrong guesses are not counted against the user while the key is unreadable.
        let r = DeviceRef {
            kind: DeviceKind::Totp,
            id: device.id,
        };
        assert_eq!(
            tf.devices()
                .verify(&user.id, r, Some("000000".into()), None)
                .await
                .expect("verify"),
            Verification::Invalid,
            "{name}"
        );
        // The command leaves the row alone.
        assert_eq!(
            two_factor_reencrypt(&tf).await.expect("reencrypt"),
            0,
            "{name}"
        );
        assert_eq!(stored_key(&tf, device.id), stored, "{name}");
        // Same id, different key material: authentication fails, still no panic.
        let impostor = settings(
            &db,
            &clock,
            Some(SecretKeyring::new("k1", K2).expect("keyring")),
        );
        assert_eq!(
            verify_now(&impostor, &user, &device).await,
            Verification::Invalid,
            "{name}"
        );
        // With the key back, the device works again, not throttled.
        let back = settings(&db, &clock, Some(k2_with_old_k1()));
        assert_eq!(
            verify_now(&back, &user, &device).await,
            Verification::Verified,
            "{name}"
        );
    }
}

#[actix_rt::test]
async fn pending_setup_with_an_unreadable_key_is_not_offered() {
    for db in databases() {
        let name = db.name;
        let clock = ManualClock::new();
        let old = settings(&db, &clock, Some(k1()));
        let user = create_user(&old, "alice").await;
        let device = old.devices().begin_setup(&user.id).await.expect("setup");
        let tf = settings(&db, &clock, Some(k2_only()));
        assert!(
            tf.devices()
                .pending_setup(&user.id, device.id)
                .await
                .expect("db")
                .is_none(),
            "{name}"
        );
        assert_eq!(
            tf.devices()
                .confirm_setup(&user.id, device.id, Some(token_now(&old, &device)))
                .await
                .expect("confirm"),
            Verification::Invalid,
            "{name}"
        );
    }
}

#[actix_rt::test]
async fn ciphertext_copied_to_another_users_row_does_not_decrypt() {
    for db in databases() {
        let name = db.name;
        let clock = ManualClock::new();
        let tf = settings(&db, &clock, Some(k1()));
        let mallory = create_user(&tf, "mallory").await;
        let victim = create_user(&tf, "victim").await;
        let m = confirmed_device(&tf, &clock, &mallory).await;
        let v = confirmed_device(&tf, &clock, &victim).await;
        // Someone with write access to the table copies their own key into the victim's row.
        let sql = format!(
            "UPDATE otp_totp_device SET key = (SELECT key FROM otp_totp_device WHERE id = {}) \
             WHERE id = {}",
            m.id, v.id
        );
        {
            let mut conn = tf.database().connection().expect("conn");
            match &mut *conn {
                AnyConnection::Sqlite(c) => diesel::sql_query(&sql).execute(c),
                #[cfg(feature = "postgres")]
                AnyConnection::Postgresql(c) => diesel::sql_query(&sql).execute(c),
            }
            .expect("update");
        }
        // Mallory's own token does not open the victim's device.
        let r = DeviceRef {
            kind: DeviceKind::Totp,
            id: v.id,
        };
        assert_eq!(
            tf.devices()
                .verify(&victim.id, r, Some(token_now(&tf, &m)), None)
                .await
                .expect("verify"),
            Verification::Invalid,
            "{name}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Through HTTP: the login wizard with encrypted keys, and with an unreadable one.

type Handler = Rc<dyn Fn(test::TestRequest) -> LocalBoxFuture<'static, ServiceResponse<BoxBody>>>;

/// A minimal cookie-keeping browser over an initialised app.
struct Browser {
    app: Handler,
    cookies: BTreeMap<String, String>,
    csrf: String,
}

struct Page {
    status: StatusCode,
    location: Option<String>,
    body: String,
}

impl Browser {
    async fn send(&mut self, req: test::TestRequest) -> Page {
        let header = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let req = if header.is_empty() {
            req
        } else {
            req.insert_header(("cookie", header))
        };
        let res = (self.app)(req).await;
        for value in res.headers().get_all("set-cookie") {
            if let Some(c) = value
                .to_str()
                .ok()
                .and_then(|t| Cookie::parse(t.to_owned()).ok())
            {
                if c.value().is_empty() {
                    self.cookies.remove(c.name());
                } else {
                    self.cookies
                        .insert(c.name().to_owned(), c.value().to_owned());
                }
            }
        }
        let status = res.status();
        let location = res
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = res.into_body().try_into_bytes().unwrap_or_default();
        let body = String::from_utf8_lossy(&body).into_owned();
        let marker = "name=\"csrfmiddlewaretoken\" value=\"";
        if let Some(i) = body.find(marker) {
            let rest = &body[i + marker.len()..];
            if let Some(end) = rest.find('"') {
                self.csrf = rest[..end].to_owned();
            }
        }
        Page {
            status,
            location,
            body,
        }
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = self.csrf.clone();
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("csrfmiddlewaretoken", &csrf)
            .extend_pairs(fields)
            .finish();
        self.send(
            test::TestRequest::post()
                .uri(path)
                .insert_header(("content-type", "application/x-www-form-urlencoded"))
                .set_payload(body),
        )
        .await
    }

    /// Password step, then a token: the token step's response.
    async fn login(&mut self, username: &str, token: &str) -> Page {
        let page = self
            .send(test::TestRequest::get().uri("/account/login/"))
            .await;
        assert_eq!(page.status, StatusCode::OK);
        let step = self
            .post(
                "/account/login/",
                &[
                    ("login_view-current_step", "auth"),
                    ("auth-username", username),
                    ("auth-password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(step.status, StatusCode::OK, "{}", step.body);
        assert!(step.body.contains("token-otp_token"), "{}", step.body);
        self.post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-otp_token", token),
            ],
        )
        .await
    }
}

macro_rules! browser {
    ($tf:expr) => {{
        let tf = web::Data::new($tf);
        let key = Key::generate();
        let svc = Rc::new(
            test::init_service(
                App::new()
                    .app_data(tf.clone())
                    .configure(two_factor::configure)
                    .wrap(two_factor::OtpMiddleware)
                    .wrap(IdentityMiddleware::default())
                    .wrap(
                        SessionMiddleware::builder(CookieSessionStore::default(), key)
                            .cookie_secure(false)
                            .cookie_name("sessionid".to_owned())
                            .build(),
                    ),
            )
            .await,
        );
        let app: Handler = Rc::new(move |req: test::TestRequest| {
            let svc = Rc::clone(&svc);
            Box::pin(async move {
                match svc.call(req.to_request()).await {
                    Ok(res) => res.map_into_boxed_body(),
                    Err(e) => panic!("service error escaped: {e}"),
                }
            })
        });
        (
            tf,
            Browser {
                app,
                cookies: BTreeMap::new(),
                csrf: String::new(),
            },
        )
    }};
}

#[actix_rt::test]
async fn login_wizard_with_encrypted_and_unreadable_keys() {
    for db in databases() {
        let name = db.name;
        let clock = ManualClock::new();
        let setup = settings(&db, &clock, Some(k1()));
        let alice = create_user(&setup, "alice").await;
        let device = confirmed_device(&setup, &clock, &alice).await;
        let token = token_now(&setup, &device);

        // The key is readable: the wizard logs in.
        let (_tf, mut browser) = browser!(settings(&db, &clock, Some(k2_with_old_k1())));
        let done = browser.login("alice", &token).await;
        assert_eq!(done.status, StatusCode::FOUND, "{name}: {}", done.body);
        assert_eq!(
            done.location.as_deref(),
            Some("/account/two_factor/"),
            "{name}"
        );

        // The key is unreadable: the token step says the token is invalid (200, not 500).
        clock.advance_secs(30);
        let token = token_now(&setup, &device);
        let (_tf, mut browser) = browser!(settings(&db, &clock, Some(k2_only())));
        let refused = browser.login("alice", &token).await;
        assert_eq!(refused.status, StatusCode::OK, "{name}: {}", refused.body);
        assert!(refused.body.contains("token-otp_token"), "{name}");
    }
}
