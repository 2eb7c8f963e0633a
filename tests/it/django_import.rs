//! `two_factor_import_django` against a database Django itself wrote: `tools/django-site.sh`
//! installs Django, django-otp and django-two-factor-auth 1.18 in a virtual environment and
//! enrols users through their models (`tests/django/enrol.py`); these tests import that
//! database and sign each user in through our pages with their old password and devices.
//!
//! `TEST_DJANGO_SITE` names the SQLite fixture's directory, `TEST_DJANGO_POSTGRES_SITE` the
//! PostgreSQL one's; `.ci/run` sets both. Without them the tests say loudly that they were
//! skipped.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use actix_web::http::StatusCode;
use common::softkey::SoftKey;
use common::{Backend, Site, SiteOptions};
use serde_json::Value;
use two_factor::__private::hotp;
use two_factor::clock::Clock;
use two_factor::mail::LogMailer;
use two_factor::management::{
    CommandError, ImportError, ImportOptions, UserMatching, two_factor_import_django,
};
use two_factor::users::NewUser;

/// The origin of actix's test requests.
const TEST_ORIGIN: &str = "http://localhost:8080";

struct Fixture {
    dir: PathBuf,
    json: Value,
}

impl Fixture {
    fn load(var: &str) -> Option<Fixture> {
        let Some(dir) = std::env::var_os(var).filter(|v| !v.is_empty()) else {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "\n*** SKIPPED: Django import tests: {var} is not set (run tools/django-site.sh; \
                 .ci/run does) ***\n"
            );
            return None;
        };
        let dir = PathBuf::from(dir);
        let text = std::fs::read_to_string(dir.join("fixture.json"))
            .unwrap_or_else(|e| panic!("{var}: no fixture.json in {}: {e}", dir.display()));
        Some(Fixture {
            dir,
            json: serde_json::from_str(&text).expect("fixture.json"),
        })
    }

    fn sqlite() -> Option<Fixture> {
        Fixture::load("TEST_DJANGO_SITE")
    }

    /// The Django database's URL (the SQLite file, or the PostgreSQL URL).
    fn database(&self) -> String {
        self.json["database"].as_str().expect("database").to_owned()
    }

    fn user(&self, name: &str) -> &Value {
        &self.json["users"][name]
    }

    fn password(&self, name: &str) -> String {
        self.user(name)["password"]
            .as_str()
            .expect("password")
            .to_owned()
    }

    fn totp_key(&self, name: &str) -> (Vec<u8>, u8) {
        let app = &self.user(name)["totp"][0];
        let key = hex::decode(app["key"].as_str().expect("key")).expect("hex");
        (key, app["digits"].as_u64().expect("digits") as u8)
    }

    /// alice's security key, able to sign as it did for Django.
    fn alices_key(&self) -> SoftKey {
        use ring::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair};
        let key = &self.user("alice")["webauthn"];
        let rng = ring::rand::SystemRandom::new();
        let private = hex::decode(key["private_key"].as_str().unwrap()).unwrap();
        let public = hex::decode(key["public_point"].as_str().unwrap()).unwrap();
        let pair = EcdsaKeyPair::from_private_key_and_public_key(
            &ECDSA_P256_SHA256_ASN1_SIGNING,
            &private,
            &public,
            &rng,
        )
        .expect("the key Django's fixture made");
        use base64::Engine;
        let id = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(key["credential_id"].as_str().unwrap())
            .unwrap();
        SoftKey {
            pair,
            credential_id: id,
            counter: Some(key["sign_count"].as_u64().unwrap() as u32 + 1),
            origin: TEST_ORIGIN.to_owned(),
            ..SoftKey::new()
        }
    }
}

async fn site_on(backend: Backend, mailer: &LogMailer) -> Site {
    Site::with(SiteOptions {
        backend,
        mailer: Some(Arc::new(mailer.clone())),
        gateway: Some(two_factor::gateways::FakeGateway::new()),
        configure: Some(|b| b.webauthn(two_factor::config::WebAuthn::new("Test Site"))),
        ..SiteOptions::default()
    })
    .await
}

/// Moves the site's clock to `secs` (Unix time).
fn set_clock(site: &Site, secs: i64) {
    site.clock.advance_secs(secs - site.clock.now_secs());
}

fn options(fixture: &Fixture) -> ImportOptions {
    ImportOptions::new(fixture.database()).webauthn_rp_id("localhost")
}

fn sha256_of(path: &Path) -> Vec<u8> {
    use sha2::Digest;
    sha2::Sha256::digest(std::fs::read(path).expect("read")).to_vec()
}

async fn user_count(site: &Site) -> usize {
    site.users().all_users().await.expect("users").len()
}

/// The code alice's authenticator shows at `step`.
fn code_at(key: &[u8], step: i64, digits: u8) -> String {
    hotp(key, step as u64, digits)
}

#[actix_rt::test]
async fn django_users_sign_in_after_the_import_with_their_passwords_and_devices() {
    let Some(fixture) = Fixture::sqlite() else {
        return;
    };
    for backend in common::backends() {
        let name = backend.name();
        let mailer = LogMailer::new();
        let site = site_on(backend, &mailer).await;
        let file = fixture.dir.join("db.sqlite3");
        let before = sha256_of(&file);

        // A dry run reports everything and writes nothing.
        let dry = two_factor_import_django(&site.tf, &options(&fixture).dry_run(true))
            .await
            .expect("dry run");
        assert!(dry.dry_run && dry.changed(), "{name}: {dry}");
        assert_eq!(user_count(&site).await, 0, "{name}: a dry run wrote users");

        let report = two_factor_import_django(&site.tf, &options(&fixture))
            .await
            .expect("import");
        assert_eq!(
            (
                report.users_created,
                report.totp_devices,
                report.phone_devices,
                report.email_devices,
                report.webauthn_devices,
                report.backup_tokens
            ),
            (7, 4, 1, 1, 1, 4),
            "{name}: {report}"
        );
        assert_eq!(
            dry.users_created, report.users_created,
            "{name}: dry run differs"
        );
        assert_eq!(
            dry.backup_tokens, report.backup_tokens,
            "{name}: dry run differs"
        );
        assert_eq!(report.skipped.len(), 1, "{name}: {report}");
        assert_eq!(report.skipped[0].table, "otp_totp_totpdevice");
        assert!(report.skipped[0].reason.contains("unconfirmed"), "{report}");
        assert_eq!(
            sha256_of(&file),
            before,
            "{name}: the Django database was written"
        );

        // Idempotent: a second run changes nothing and says so.
        let again = two_factor_import_django(&site.tf, &options(&fixture))
            .await
            .expect("second run");
        assert!(!again.changed(), "{name}: {again}");
        assert_eq!(again.already_imported, 18, "{name}: {again}");
        assert!(
            again.to_string().starts_with("Nothing to import"),
            "{again}"
        );
        assert_eq!(user_count(&site).await, 7);

        // Flags carried over.
        let carol = site
            .tf
            .users()
            .get_by_username("carol")
            .await
            .unwrap()
            .unwrap();
        assert!(carol.is_staff && !carol.is_superuser);
        let dave = site
            .tf
            .users()
            .get_by_username("dave")
            .await
            .unwrap()
            .unwrap();
        assert!(dave.is_staff && dave.is_superuser);

        // alice (pbkdf2_sha256): the code she used in Django just before the move is a
        // replay here; the next one signs her in.
        let alice = fixture.user("alice");
        let used_step = alice["used_step"].as_i64().expect("used_step");
        let (key, digits) = fixture.totp_key("alice");
        let imported = site
            .tf
            .users()
            .get_by_username("alice")
            .await
            .unwrap()
            .unwrap();
        set_clock(&site, used_step * 30 + 5);
        let client = site.client();
        let r = client
            .login_password("alice", &fixture.password("alice"), None)
            .await;
        assert_eq!(r.step().as_deref(), Some("token"), "{name}: {}", r.body);
        // Her backup phone is offered at login.
        assert!(
            r.body.contains("name=\"challenge_device\""),
            "{name}: no phone offered"
        );
        assert!(r.body.contains("71"), "{name}: the phone's last digits");
        let used = alice["used_code"].as_str().unwrap();
        assert_eq!(used, code_at(&key, used_step, digits), "the fixture's code");
        let r = client.login_token(used).await;
        assert_eq!(
            r.step().as_deref(),
            Some("token"),
            "{name}: a used code was accepted"
        );
        assert!(!client.is_verified().await);
        site.clock.advance_secs(30);
        let r = client
            .login_token(&code_at(&key, used_step + 1, digits))
            .await;
        assert!(
            r.location.is_some(),
            "{name}: next code refused: {}",
            r.body
        );
        assert!(client.is_verified().await, "{name}: alice not verified");

        // Her Django hash was replaced at that login (the credential version is a digest of
        // the stored hash), once: the password still works and nothing changes again.
        let version = site
            .tf
            .users()
            .get_by_username("alice")
            .await
            .unwrap()
            .unwrap();
        assert_ne!(
            imported.credential_version, version.credential_version,
            "{name}: the Django hash was not replaced"
        );
        let again = site.client();
        let r = again
            .login_password("alice", &fixture.password("alice"), None)
            .await;
        assert_eq!(
            r.step().as_deref(),
            Some("token"),
            "{name}: password after re-hash"
        );
        let after = site
            .tf
            .users()
            .get_by_username("alice")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            version.credential_version, after.credential_version,
            "{name}: re-hashed twice"
        );
        let wrong = site.client().login_password("alice", "wrong", None).await;
        assert_eq!(
            wrong.step().as_deref(),
            Some("auth"),
            "{name}: a wrong password passed"
        );

        // A Django backup token works once; the one used in Django does not.
        let tokens: Vec<String> = alice["backup_tokens"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap().to_owned())
            .collect();
        for (token, works) in [
            (alice["used_backup_token"].as_str().unwrap(), false),
            (tokens[0].as_str(), true),
            (tokens[0].as_str(), false),
        ] {
            site.clock.advance_secs(60);
            let c = site.client();
            c.login_password("alice", &fixture.password("alice"), None)
                .await;
            c.post(
                "/account/login/",
                &[
                    ("login_view-current_step", "token"),
                    ("wizard_goto_step", "backup"),
                ],
            )
            .await;
            let r = c
                .post(
                    "/account/login/",
                    &[
                        ("login_view-current_step", "backup"),
                        ("backup-otp_token", token),
                    ],
                )
                .await;
            assert_eq!(
                c.is_verified().await,
                works,
                "{name}: backup token {token}: {}",
                r.body
            );
        }

        // Her security key answers the token step.
        site.clock.advance_secs(60);
        let mut key_of_alice = fixture.alices_key();
        let c = site.client();
        c.login_password("alice", &fixture.password("alice"), None)
            .await;
        let r = c
            .post("/account/two_factor/webauthn/login/options/", &[])
            .await;
        assert_eq!(r.status, StatusCode::OK, "{name}: {}", r.body);
        let opts: Value = serde_json::from_str(&r.body).unwrap();
        let answer = key_of_alice.sign(&opts["publicKey"]);
        let r = c
            .post(
                "/account/login/",
                &[
                    ("login_view-current_step", "token"),
                    ("token-webauthn", &answer),
                ],
            )
            .await;
        assert!(
            r.location.is_some(),
            "{name}: the imported key was refused: {}",
            r.body
        );
        assert!(c.is_verified().await);

        // bob (argon2): his e-mail device is his method.
        let c = site.client();
        let r = c
            .login_password("bob", &fixture.password("bob"), None)
            .await;
        assert_eq!(r.step().as_deref(), Some("token"), "{name}: {}", r.body);
        let mail = mailer.outbox().pop().expect("a code by mail");
        assert_eq!(mail.to, "bob@mail.example.com");
        let i = mail.text.find("is: ").expect("code in mail") + 4;
        let r = c.login_token(&mail.text[i..i + 6]).await;
        assert!(
            r.location.is_some(),
            "{name}: e-mail code refused: {}",
            r.body
        );

        // carol (bcrypt_sha256, eight digits) and dave (scrypt).
        for user in ["carol", "dave"] {
            let (key, digits) = fixture.totp_key(user);
            let c = site.client();
            let r = c.login_password(user, &fixture.password(user), None).await;
            assert_eq!(
                r.step().as_deref(),
                Some("token"),
                "{name}: {user}: {}",
                r.body
            );
            let step = site.clock.now_secs() / 30;
            let r = c.login_token(&code_at(&key, step, digits)).await;
            assert!(r.location.is_some(), "{name}: {user}: {}", r.body);
            assert!(c.is_verified().await);
        }

        // erin (pbkdf2_sha1): her app was never confirmed, so she signs in with the
        // password alone; frank is inactive there and here.
        let c = site.client();
        let r = c
            .login_password("erin", &fixture.password("erin"), None)
            .await;
        assert!(
            r.location.is_some() && r.step().is_none(),
            "{name}: erin: {}",
            r.body
        );
        let r = site
            .client()
            .login_password("frank", &fixture.password("frank"), None)
            .await;
        assert_eq!(
            r.step().as_deref(),
            Some("auth"),
            "{name}: an inactive user signed in"
        );
    }
}

/// A copy of the Django database with `sql` applied (through SQLite, as a broken row
/// would be there).
fn broken_copy(fixture: &Fixture, sql: &[&str]) -> (tempfile::TempDir, String) {
    use diesel::{Connection, RunQueryDsl};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.sqlite3");
    std::fs::copy(fixture.dir.join("db.sqlite3"), &path).unwrap();
    let mut conn = diesel::SqliteConnection::establish(path.to_str().unwrap()).unwrap();
    for statement in sql {
        diesel::sql_query(*statement).execute(&mut conn).unwrap();
    }
    let url = path.to_str().unwrap().to_owned();
    (dir, url)
}

#[actix_rt::test]
async fn bad_rows_stop_the_import_unless_skipped_and_then_each_is_reported() {
    let Some(fixture) = Fixture::sqlite() else {
        return;
    };
    let (_dir, url) = broken_copy(
        &fixture,
        &[
            "UPDATE otp_totp_totpdevice SET key = 'not hex' WHERE user_id = \
             (SELECT id FROM auth_user WHERE username = 'carol')",
            "UPDATE two_factor_phonedevice SET number = '12'",
            "UPDATE otp_static_statictoken SET token = '*' WHERE id = \
             (SELECT MAX(id) FROM otp_static_statictoken)",
        ],
    );
    let site = site_on(Backend::Sqlite, &LogMailer::new()).await;
    let err = two_factor_import_django(&site.tf, &ImportOptions::new(&url))
        .await
        .expect_err("bad rows must stop the import");
    let CommandError::Import(ImportError::Invalid(rows)) = &err else {
        panic!("not an invalid-rows error: {err}");
    };
    assert_eq!(rows.len(), 3, "{err}");
    let text = err.to_string();
    for needle in [
        "otp_totp_totpdevice row",
        "the key is not hex",
        "two_factor_phonedevice row 1: the number \"12\" does not parse",
        "otp_static_statictoken row",
        "--skip-invalid",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from: {text}");
    }
    assert_eq!(user_count(&site).await, 0, "a refused import wrote users");

    let report = two_factor_import_django(&site.tf, &ImportOptions::new(&url).skip_invalid(true))
        .await
        .expect("with --skip-invalid");
    assert_eq!(report.users_created, 7);
    assert_eq!(
        report.totp_devices, 3,
        "all but carol's (and unconfirmed erin's): {report}"
    );
    assert_eq!(report.phone_devices, 0);
    assert_eq!(report.backup_tokens, 3);
    // Unconfirmed erin, carol's key, the phone, the token; security keys without an RP id.
    assert_eq!(report.skipped.len(), 5, "{report}");
    let text = report.to_string();
    assert!(text.contains("5 row(s) skipped"), "{text}");
    assert!(text.contains("--webauthn-rp-id"), "{text}");
}

#[actix_rt::test]
async fn unreadable_or_foreign_databases_are_refused_with_a_clear_message() {
    let Some(fixture) = Fixture::sqlite() else {
        return;
    };
    let site = site_on(Backend::Sqlite, &LogMailer::new()).await;
    let dir = tempfile::tempdir().unwrap();
    let text_file = dir.path().join("notes.txt");
    std::fs::write(&text_file, "not a database, just some words").unwrap();
    let empty = dir.path().join("empty.sqlite3");
    {
        use diesel::{Connection, RunQueryDsl};
        let mut c = diesel::SqliteConnection::establish(empty.to_str().unwrap()).unwrap();
        diesel::sql_query("CREATE TABLE something (id INTEGER)")
            .execute(&mut c)
            .unwrap();
    }
    let (_old, old_schema) = broken_copy(
        &fixture,
        &["ALTER TABLE otp_totp_totpdevice DROP COLUMN last_t"],
    );
    let cases: Vec<(String, ImportOptions, &str)> = vec![
        (
            "missing file".into(),
            ImportOptions::new(dir.path().join("nope.sqlite3").to_str().unwrap()),
            "cannot read",
        ),
        (
            "a directory".into(),
            ImportOptions::new(dir.path().to_str().unwrap()),
            "is not a file",
        ),
        (
            "a text file".into(),
            ImportOptions::new(text_file.to_str().unwrap()),
            "not a database",
        ),
        (
            "no Django tables".into(),
            ImportOptions::new(empty.to_str().unwrap()),
            "no table `auth_user`",
        ),
        (
            "an older schema".into(),
            ImportOptions::new(&old_schema),
            "otp_totp_totpdevice: unknown schema version",
        ),
        (
            "a user table that is not a name".into(),
            ImportOptions::new(fixture.database()).user_table("auth_user; DROP TABLE x"),
            "--user-table must be a table name",
        ),
        (
            "a user table that is not there".into(),
            ImportOptions::new(fixture.database()).user_table("accounts_user"),
            "no table `accounts_user`",
        ),
    ];
    for (what, options, expected) in cases {
        let err = two_factor_import_django(&site.tf, &options)
            .await
            .expect_err(&what);
        assert!(err.to_string().contains(expected), "{what}: {err}");
    }
    assert_eq!(user_count(&site).await, 0);
}

#[actix_rt::test]
async fn a_host_with_its_own_users_imports_only_the_devices_by_username() {
    let Some(fixture) = Fixture::sqlite() else {
        return;
    };
    let mailer = LogMailer::new();
    let site = site_on(Backend::Sqlite, &mailer).await;
    let ours = site
        .users()
        .create_user(NewUser {
            username: "Alice",
            email: "alice@here.example",
            password: common::PASSWORD,
            is_staff: false,
            is_superuser: false,
        })
        .await
        .unwrap();
    let report =
        two_factor_import_django(&site.tf, &options(&fixture).users(UserMatching::ByUsername))
            .await
            .expect("import");
    assert_eq!(
        (report.users_created, report.users_matched),
        (0, 1),
        "{report}"
    );
    assert_eq!(report.totp_devices, 1, "only alice's app: {report}");
    assert!(
        report
            .skipped
            .iter()
            .any(|r| r.reason.contains("no user named \"bob\"")),
        "{report}"
    );
    // Her password is ours; her authenticator app is Django's.
    let (key, digits) = fixture.totp_key("alice");
    let c = site.client();
    let r = c.login_password("alice", common::PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"), "{}", r.body);
    let step = site.clock.now_secs() / 30;
    let used = fixture.user("alice")["used_step"].as_i64().unwrap();
    assert!(step > used, "the test clock is after the fixture was made");
    c.login_token(&code_at(&key, step, digits)).await;
    assert!(c.is_verified().await);
    let devices = site.tf.devices().list(&ours.id).await.unwrap();
    assert_eq!(devices.len(), 3, "app, phone and key: {devices:?}");
}

#[actix_rt::test]
async fn a_postgresql_django_database_imports_the_same() {
    let Some(fixture) = Fixture::load("TEST_DJANGO_POSTGRES_SITE") else {
        return;
    };
    if !cfg!(feature = "postgres") {
        eprintln!("\n*** SKIPPED: a PostgreSQL Django source needs the `postgres` feature ***\n");
        return;
    }
    let site = site_on(Backend::Sqlite, &LogMailer::new()).await;
    let report = two_factor_import_django(&site.tf, &options(&fixture))
        .await
        .expect("import from PostgreSQL");
    assert_eq!(
        (
            report.users_created,
            report.totp_devices,
            report.backup_tokens
        ),
        (7, 4, 4),
        "{report}"
    );
    let alice = fixture.user("alice");
    let used_step = alice["used_step"].as_i64().unwrap();
    let (key, digits) = fixture.totp_key("alice");
    set_clock(&site, used_step * 30 + 5);
    let c = site.client();
    c.login_password("alice", &fixture.password("alice"), None)
        .await;
    let r = c.login_token(alice["used_code"].as_str().unwrap()).await;
    assert_eq!(
        r.step().as_deref(),
        Some("token"),
        "a used code was accepted"
    );
    site.clock.advance_secs(30);
    c.login_token(&code_at(&key, used_step + 1, digits)).await;
    assert!(c.is_verified().await);
}
