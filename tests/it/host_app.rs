//! The host-app example (`examples/host_app/`) driven end to end: a user of the host's own
//! table logs in under `/auth`, sets up TOTP, reaches the host's protected pages, and every
//! page — the host's and the crate's — wears the host's own base template.

use crate::common;

#[path = "../../examples/host_app/app.rs"]
#[allow(dead_code)]
mod app;

use std::rc::Rc;
use std::sync::Arc;

use actix_web::cookie::Key;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::test;
use common::{Client, Handler, PASSWORD, Resp};
use two_factor::clock::{Clock, ManualClock};
use two_factor::users::UserStore;

struct Fixture {
    host: app::Host,
    clock: ManualClock,
    _dir: tempfile::TempDir,
}

async fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = ManualClock::new();
    let host = app::Host::start(app::HostConfig {
        database: dir.path().join("host_app.sqlite3"),
        session_key: Key::generate(),
        secure_cookies: false,
        clock: Some(Arc::new(clock.clone())),
    })
    .await
    .expect("the example starts");
    Fixture {
        host,
        clock,
        _dir: dir,
    }
}

/// A browser on the example's `app()`, called as the server does.
async fn browser(host: &app::Host) -> Client {
    let svc = Rc::new(test::init_service(app::app(host.clone())).await);
    let handler: Handler = Rc::new(move |req: test::TestRequest| {
        let svc = Rc::clone(&svc);
        Box::pin(async move {
            match svc.call(req.to_request()).await {
                Ok(res) => res.map_into_boxed_body(),
                Err(e) => {
                    let http = test::TestRequest::default().to_http_request();
                    ServiceResponse::new(http, e.error_response()).map_into_boxed_body()
                }
            }
        })
    });
    Client::new(handler)
}

/// The page is inside Acme's layout (`templates/base.html`), not the crate's default.
fn assert_host_layout(r: &Resp, what: &str) {
    assert!(
        r.body.contains("<nav class=\"acme-bar\"") && r.body.contains("class=\"acme-footer\""),
        "{what}: not in the host's base template: {}",
        r.body
    );
    assert!(
        !r.body.contains("<header>"),
        "{what}: the crate's default header is still there"
    );
}

/// The TOTP generator of the setup page's `otpauth://` link.
fn generator_of(page: &Resp) -> totp_rs::Totp {
    let body = common::unescape(&page.body);
    let start = body.find("otpauth://").expect("otpauth link");
    let url = &body[start..start + body[start..].find('"').expect("end of link")];
    totp_rs::Totp::from_url_unchecked(url).expect("otpauth url")
}

async fn password_step(c: &Client, login: &str, password: &str) -> Resp {
    let page = c.get("/auth/account/login/").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_host_layout(&page, "login page");
    c.post(
        "/auth/account/login/",
        &[
            ("login_view-current_step", "auth"),
            ("auth-username", login),
            ("auth-password", password),
        ],
    )
    .await
}

/// Sets up TOTP for the logged-in session of `c`; returns the generator.
async fn set_up_totp(f: &Fixture, c: &Client) -> totp_rs::Totp {
    let welcome = c.get("/auth/account/two_factor/setup/").await;
    assert_host_layout(&welcome, "setup welcome");
    let r = c
        .post(
            "/auth/account/two_factor/setup/",
            &[("setup_view-current_step", "welcome")],
        )
        .await;
    // A mailer is configured, so the wizard asks for the method (generator or e-mail).
    assert_eq!(r.step().as_deref(), Some("method"), "{}", r.body);
    assert_host_layout(&r, "setup method");
    let r = c
        .post(
            "/auth/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "method"),
                ("method-method", "generator"),
            ],
        )
        .await;
    assert_eq!(r.step().as_deref(), Some("generator"), "{}", r.body);
    assert_host_layout(&r, "setup generator");
    let totp = generator_of(&r);
    let token = totp.generate(f.clock.now_secs() as u64).to_string();
    c.post(
        "/auth/account/two_factor/setup/",
        &[
            ("setup_view-current_step", "generator"),
            ("generator-token", &token),
        ],
    )
    .await
    .assert_redirect("/auth/account/two_factor/setup/complete/");
    let done = c.get("/auth/account/two_factor/setup/complete/").await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_host_layout(&done, "setup complete");
    totp
}

#[actix_rt::test]
async fn a_host_user_logs_in_under_auth_sets_up_totp_and_reaches_the_host_pages() {
    let f = fixture().await;
    let alice = f
        .host
        .users
        .create("alice", "alice@example.com", PASSWORD, "member")
        .await
        .expect("host user");
    let c = browser(&f.host).await;

    // The public page, in the host's layout; the crate's views only under /auth.
    let home = c.get("/").await;
    home.assert_ok_contains("This page is public");
    assert_host_layout(&home, "home");
    assert!(
        common::unescape(&home.body).contains("href=\"/auth/account/login/\""),
        "{}",
        home.body
    );
    assert_eq!(c.get("/account/login/").await.status, StatusCode::NOT_FOUND);

    // The protected pages send an anonymous visitor to the prefixed login.
    c.get("/dashboard/")
        .await
        .assert_redirect("/auth/account/login/?next=%2Fdashboard%2F");
    c.get("/projects/")
        .await
        .assert_redirect("/auth/account/login/?next=%2Fprojects%2F");

    // A wrong password and an unknown login fail alike, in the host's layout.
    for (login, password) in [("alice", "wrong password"), ("nobody", PASSWORD)] {
        let r = password_step(&c, login, password).await;
        assert_eq!(r.step().as_deref(), Some("auth"), "{login}: {}", r.body);
        assert_host_layout(&r, "failed login");
    }

    // Password only (no device yet): logged in, but not verified.
    password_step(&c, "ALICE", PASSWORD)
        .await
        .assert_redirect("/dashboard/");
    let projects = c.get("/projects/").await;
    projects.assert_ok_contains("Bridge over the river");
    assert!(!projects.body.contains("budget"), "{}", projects.body);
    assert!(projects.body.contains("acme-unverified"));
    // The extractor shows the crate's "two-factor required" page, inside the host's base.
    let required = c.get("/dashboard/").await;
    assert_eq!(required.status, StatusCode::FORBIDDEN, "{}", required.body);
    assert_host_layout(&required, "otp required page");
    assert!(!required.body.contains("Welcome back"));

    let totp = set_up_totp(&f, &c).await;

    // Sign out; the session is gone.
    c.post("/auth/account/logout/", &[])
        .await
        .assert_redirect("/");
    c.get("/dashboard/")
        .await
        .assert_redirect("/auth/account/login/?next=%2Fdashboard%2F");

    // Password, then a token from the authenticator.
    f.clock.advance_secs(30);
    let r = password_step(&c, "alice", PASSWORD).await;
    assert_eq!(r.step().as_deref(), Some("token"), "{}", r.body);
    assert_host_layout(&r, "token step");
    let token = totp.generate(f.clock.now_secs() as u64).to_string();
    c.post(
        "/auth/account/login/",
        &[
            ("login_view-current_step", "token"),
            ("token-otp_token", &token),
        ],
    )
    .await
    .assert_redirect("/dashboard/");

    // The host's protected pages, verified.
    let dashboard = c.get("/dashboard/").await;
    dashboard.assert_ok_contains("Welcome back, alice.");
    assert!(
        common::unescape(&dashboard.body).contains("<code>totp/"),
        "{}",
        dashboard.body
    );
    assert_host_layout(&dashboard, "dashboard");
    let projects = c.get("/projects/").await;
    projects.assert_ok_contains("budget €1.2M");
    assert!(!projects.body.contains("acme-unverified"));

    // A page of the crate, in the host's layout, with the host's nav pointing under /auth.
    let profile = c.get("/auth/account/two_factor/").await;
    profile.assert_ok_contains("Disable Two-Factor Authentication");
    assert_host_layout(&profile, "profile");
    assert!(
        common::unescape(&profile.body).contains("action=\"/auth/account/logout/\""),
        "{}",
        profile.body
    );

    // The crate reads the host's user through the store: same id, same e-mail.
    let stored = f
        .host
        .users
        .get_user(&alice.id)
        .await
        .expect("store")
        .expect("alice");
    assert_eq!(stored.email, "alice@example.com");
    assert!(
        f.host
            .tf
            .devices()
            .has_device(&alice.id)
            .await
            .expect("devices")
    );
}

/// The "Backup token used" mails in the outbox (the crate's security alerts go to the same
/// outbox: a device added, new backup tokens).
fn backup_mails(host: &app::Host) -> Vec<two_factor::mail::OutgoingMail> {
    host.mailer
        .outbox()
        .into_iter()
        .filter(|m| m.subject == "Backup token used")
        .collect()
}

/// Waits (without the wall clock) until the outbox holds `n` "Backup token used" mails.
async fn outbox_len(host: &app::Host, n: usize) -> usize {
    for _ in 0..1000 {
        if backup_mails(host).len() >= n {
            break;
        }
        actix_rt::task::yield_now().await;
    }
    backup_mails(host).len()
}

#[actix_rt::test]
async fn a_backup_token_login_mails_the_host_users_address() {
    let f = fixture().await;
    f.host
        .users
        .create("bob", "bob@acme.example", PASSWORD, "member")
        .await
        .expect("host user");
    let c = browser(&f.host).await;
    password_step(&c, "bob", PASSWORD)
        .await
        .assert_redirect("/dashboard/");
    set_up_totp(&f, &c).await;
    let page = c.get("/auth/account/two_factor/backup/tokens/").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_host_layout(&page, "backup tokens");
    let r = c.post("/auth/account/two_factor/backup/tokens/", &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let start = r
        .body
        .find("<ul class=\"secret tokens\"")
        .expect("token list");
    let list = &r.body[start..];
    let first = list
        .split("<li>")
        .nth(1)
        .and_then(|s| s.split("</li>").next())
        .expect("a token")
        .to_owned();
    c.post("/auth/account/logout/", &[]).await;
    assert_eq!(
        backup_mails(&f.host).len(),
        0,
        "no mail before a backup login"
    );

    // Log in with the backup token.
    let r = password_step(&c, "bob", PASSWORD).await;
    assert_eq!(r.step().as_deref(), Some("token"), "{}", r.body);
    let r = c
        .post(
            "/auth/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("wizard_goto_step", "backup"),
            ],
        )
        .await;
    assert_eq!(r.step().as_deref(), Some("backup"), "{}", r.body);
    c.post(
        "/auth/account/login/",
        &[
            ("login_view-current_step", "backup"),
            ("backup-otp_token", &first),
        ],
    )
    .await
    .assert_redirect("/dashboard/");
    c.get("/dashboard/")
        .await
        .assert_ok_contains("Welcome back, bob.");

    // The receiver mailed the address from the host's `mail` column.
    assert_eq!(outbox_len(&f.host, 1).await, 1);
    let mail = backup_mails(&f.host).remove(0);
    assert_eq!(mail.to, "bob@acme.example");
    assert_eq!(mail.subject, "Backup token used");
    assert!(mail.text.contains("Acme Projects"), "{}", mail.text);
}

#[actix_rt::test]
async fn a_password_change_in_the_host_table_ends_the_session() {
    let f = fixture().await;
    f.host
        .users
        .create("carol", "", PASSWORD, "member")
        .await
        .expect("host user");
    let c = browser(&f.host).await;
    password_step(&c, "carol", PASSWORD)
        .await
        .assert_redirect("/dashboard/");
    c.get("/projects/")
        .await
        .assert_ok_contains("Bridge over the river");

    // The host changes the password through its own code and table.
    assert!(
        f.host
            .users
            .set_password("carol", "a new password")
            .await
            .expect("set")
    );
    // Instances cache each user's session stamp for the device re-check interval (1 s).
    f.clock.advance_secs(2);
    c.get("/projects/")
        .await
        .assert_redirect("/auth/account/login/?next=%2Fprojects%2F");
    let r = password_step(&c, "carol", PASSWORD).await;
    assert_eq!(r.step().as_deref(), Some("auth"), "old password refused");
    password_step(&c, "carol", "a new password")
        .await
        .assert_redirect("/dashboard/");
}

#[actix_rt::test]
async fn the_host_store_maps_its_own_columns() {
    let f = fixture().await;
    let owner = f
        .host
        .users
        .create("Olga", "olga@acme.example", PASSWORD, "owner")
        .await
        .expect("owner");
    assert!(owner.is_staff && owner.is_superuser && owner.is_active);
    let member = f
        .host
        .users
        .create("max", "", PASSWORD, "member")
        .await
        .expect("member");
    assert!(!member.is_staff && !member.is_superuser);
    // Logins are unique whatever their case.
    assert!(matches!(
        f.host.users.create("olga", "", PASSWORD, "member").await,
        Err(two_factor::users::StoreError::DuplicateUsername)
    ));
    let users = f.host.users.as_ref();
    assert_eq!(
        users
            .authenticate("OLGA", PASSWORD)
            .await
            .expect("auth")
            .map(|u| u.id),
        Some(owner.id.clone())
    );
    assert_eq!(
        users.authenticate("olga", "wrong").await.expect("auth"),
        None
    );
    assert_eq!(
        users.authenticate("nobody", PASSWORD).await.expect("auth"),
        None
    );
    assert_eq!(users.get_user("not a number").await.expect("get"), None);
    assert_eq!(
        users
            .list_users()
            .await
            .expect("list")
            .iter()
            .map(|u| u.username.as_str())
            .collect::<Vec<_>>(),
        ["max", "Olga"]
    );
    // The credential version follows the password.
    let before = users.get_user(&owner.id).await.expect("get").expect("olga");
    assert!(users.set_password("olga", "changed").await.expect("set"));
    let after = users.get_user(&owner.id).await.expect("get").expect("olga");
    assert_ne!(before.credential_version, after.credential_version);
    assert!(!users.set_password("nobody", "changed").await.expect("set"));
    // A disabled login cannot log in, whatever the password.
    assert!(users.set_disabled("max", true).await.expect("disable"));
    assert_eq!(
        users.authenticate("max", PASSWORD).await.expect("auth"),
        None
    );
    assert!(
        !users
            .get_user(&member.id)
            .await
            .expect("get")
            .expect("max")
            .is_active
    );
    // The host's hashing ran under the crate's limit: the hasher is the one the crate has.
    assert!(f.host.tf.password_hasher().peak() >= 1);
}

#[actix_rt::test]
async fn a_disabled_host_user_loses_the_protected_pages() {
    let f = fixture().await;
    f.host
        .users
        .create("dave", "", PASSWORD, "member")
        .await
        .expect("host user");
    let c = browser(&f.host).await;
    password_step(&c, "dave", PASSWORD)
        .await
        .assert_redirect("/dashboard/");
    set_up_totp(&f, &c).await;
    c.get("/dashboard/")
        .await
        .assert_ok_contains("Welcome back, dave.");
    assert!(
        f.host
            .users
            .set_disabled("dave", true)
            .await
            .expect("disable")
    );
    // The extractor loads the user through the host's store on every request.
    c.get("/dashboard/")
        .await
        .assert_redirect("/auth/account/login/?next=%2Fdashboard%2F");
    let r = password_step(&c, "dave", PASSWORD).await;
    assert_eq!(r.step().as_deref(), Some("auth"), "{}", r.body);
}
