//! The admin site wrapper (`AdminSiteOtpRequired`, admin login patching) and the built-in
//! two-factor admin (user list, devices, remove and reset).

use crate::common;

use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use actix_identity::IdentityMiddleware;
use actix_session::SessionMiddleware;
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::Key;
use actix_web::dev::Service;
use actix_web::http::StatusCode;
use actix_web::{App, HttpRequest, HttpResponse, test, web};
use async_trait::async_trait;
use two_factor::admin::{AdminSiteOtpRequired, AdminUser};
use two_factor::clock::ManualClock;
use two_factor::devices::{Device, Method, TotpDevice, Verification};
use two_factor::signals::Signal;
use two_factor::users::{DieselUserStore, NewUser, StoreError, User, UserStore};
use two_factor::{OtpExt, TwoFactor};

use common::{Backend, Client, Handler, PASSWORD, Resp, SchemaGuard, backends};

/// A user store over the embedded one that can be told to fail, or to not list users.
struct TestStore {
    inner: DieselUserStore,
    can_list: bool,
    fail: Arc<AtomicBool>,
}

impl TestStore {
    fn check(&self) -> Result<(), StoreError> {
        if self.fail.load(Ordering::SeqCst) {
            return Err(StoreError::Other("the user store is down".into()));
        }
        Ok(())
    }
}

#[async_trait]
impl UserStore for TestStore {
    async fn authenticate(
        &self,
        username: &str,
        password: &str,
    ) -> Result<Option<User>, StoreError> {
        self.check()?;
        self.inner.authenticate(username, password).await
    }

    async fn get_user(&self, id: &str) -> Result<Option<User>, StoreError> {
        self.check()?;
        self.inner.get_user(id).await
    }

    async fn get_by_username(&self, username: &str) -> Result<Option<User>, StoreError> {
        self.check()?;
        self.inner.get_by_username(username).await
    }

    async fn list_users(&self) -> Result<Vec<User>, StoreError> {
        self.check()?;
        if !self.can_list {
            return Err(StoreError::Other(
                "this user store cannot list users".into(),
            ));
        }
        self.inner.list_users().await
    }
}

/// A site with the built-in admin at `/admin`, and host scopes wrapped in the middleware.
struct AdminSite {
    tf: web::Data<TwoFactor>,
    clock: ManualClock,
    fail: Arc<AtomicBool>,
    signals: Arc<Mutex<Vec<String>>>,
    handler: Handler,
    _schema: Option<Rc<SchemaGuard>>,
    _dir: tempfile::TempDir,
    /// The database URL (to tell this site's queries from other tests').
    url: String,
}

async fn backoffice(admin: web::ReqData<AdminUser>) -> HttpResponse {
    HttpResponse::Ok().body(format!("backoffice for {}", admin.0.username))
}

async fn host_admin_login() -> HttpResponse {
    HttpResponse::Ok().body("the host's own admin login")
}

async fn status_page(req: HttpRequest) -> HttpResponse {
    HttpResponse::Ok().body(format!("verified={}", req.is_verified()))
}

impl AdminSite {
    async fn new() -> AdminSite {
        AdminSite::with(&Backend::Sqlite, true).await
    }

    async fn with(backend: &Backend, can_list: bool) -> AdminSite {
        let dir = tempfile::tempdir().expect("tempdir");
        let (url, schema) = common::database_url(backend, &dir);
        // Count device-table queries from the first connection on (`count_device_queries`).
        queries::install();
        let db = two_factor::db::Database::connect(&url, 8).expect("connect");
        db.run_migrations().expect("migrate");
        let fail = Arc::new(AtomicBool::new(false));
        let store = TestStore {
            inner: DieselUserStore::new(db.clone()),
            can_list,
            fail: fail.clone(),
        };
        let clock = ManualClock::new();
        let tf = web::Data::new(
            TwoFactor::builder()
                .database(db)
                .user_store(Arc::new(store))
                .site_name("Test Site")
                .clock(Arc::new(clock.clone()))
                .build()
                .expect("build settings"),
        );
        let signals = Arc::new(Mutex::new(Vec::new()));
        let log = signals.clone();
        tf.signals().connect(move |signal: Signal| {
            let log = log.clone();
            async move {
                let entry = match &signal {
                    Signal::DeviceRemoved {
                        user,
                        persistent_id,
                    } => format!("device_removed {} {persistent_id}", user.username),
                    Signal::TwoFactorDisabled { user } => {
                        format!("two_factor_disabled {}", user.username)
                    }
                    Signal::AdminAction {
                        actor,
                        subject,
                        action,
                        device,
                    } => format!(
                        "admin_action {} {} {} {}",
                        actor.username,
                        action.as_str(),
                        subject.username,
                        device.as_deref().unwrap_or("-")
                    ),
                    other => other.name().to_owned(),
                };
                log.lock().unwrap_or_else(|e| e.into_inner()).push(entry);
                Ok(())
            }
        });
        let key = Key::generate();
        let app = App::new()
            .app_data(tf.clone())
            .configure(two_factor::configure)
            .configure(two_factor::admin::configure_admin("/admin"))
            .service(
                web::scope("/backoffice")
                    .wrap(AdminSiteOtpRequired::default())
                    .route("/", web::get().to(backoffice))
                    .route("/login/", web::get().to(host_admin_login)),
            )
            .service(
                web::scope("/backoffice-unpatched")
                    .wrap(AdminSiteOtpRequired::default().patch_admin(false))
                    .route("/", web::get().to(backoffice))
                    .route("/login/", web::get().to(host_admin_login)),
            )
            .route("/status/", web::get().to(status_page))
            .wrap(two_factor::OtpMiddleware)
            .wrap(IdentityMiddleware::default())
            .wrap(
                SessionMiddleware::builder(CookieSessionStore::default(), key)
                    .cookie_secure(false)
                    .cookie_name("sessionid".to_owned())
                    .build(),
            );
        let svc = Rc::new(test::init_service(app).await);
        let handler: Handler = Rc::new(move |req| {
            let svc = Rc::clone(&svc);
            Box::pin(async move {
                match svc.call(req.to_request()).await {
                    Ok(res) => res.map_into_boxed_body(),
                    Err(e) => panic!("service error escaped: {e}"),
                }
            })
        });
        AdminSite {
            tf,
            clock,
            fail,
            signals,
            handler,
            _schema: schema,
            _dir: dir,
            url,
        }
    }

    fn client(&self) -> Client {
        Client::new(Rc::clone(&self.handler))
    }

    async fn create(&self, username: &str, is_staff: bool) -> User {
        DieselUserStore::new(self.tf.database().clone())
            .create_user(NewUser {
                username,
                email: &format!("{username}@example.com"),
                password: PASSWORD,
                is_staff,
                is_superuser: false,
            })
            .await
            .expect("create user")
    }

    /// Gives `user` a confirmed authenticator app; the clock moves a step on.
    async fn add_device(&self, user: &User) -> TotpDevice {
        let device = self
            .tf
            .devices()
            .begin_setup(&user.id)
            .await
            .expect("begin setup");
        let token = device.token_at_step(device.current_step(self.tf.clock().now_secs()));
        let outcome = self
            .tf
            .devices()
            .confirm_setup(&user.id, device.id, Some(token))
            .await
            .expect("confirm");
        assert_eq!(outcome, Verification::Verified);
        self.clock.advance_secs(30);
        self.totp(user).await.expect("device")
    }

    async fn totp(&self, user: &User) -> Option<TotpDevice> {
        match self
            .tf
            .devices()
            .default_device(&user.id)
            .await
            .expect("db")
        {
            Some(Device::Totp(d)) => Some(d),
            _ => None,
        }
    }

    fn token(&self, device: &TotpDevice) -> String {
        device.token_at_step(device.current_step(self.tf.clock().now_secs()))
    }

    /// A browser logged in with password and token (the user must have a device).
    async fn verified(&self, user: &User) -> Client {
        let device = self.totp(user).await.expect("a device");
        let c = self.client();
        let r = c.login_password(&user.username, PASSWORD, None).await;
        assert_eq!(r.step().as_deref(), Some("token"), "{}", r.body);
        let r = c.login_token(&self.token(&device)).await;
        assert_eq!(r.status, StatusCode::FOUND, "{}", r.body);
        self.clock.advance_secs(30);
        assert!(c.is_verified().await);
        c
    }

    /// A staff user with a device, logged in with both factors; the signal log is cleared.
    async fn admin(&self) -> (User, Client) {
        let admin = self.create("admin", true).await;
        self.add_device(&admin).await;
        let c = self.verified(&admin).await;
        self.take_signals().await;
        (admin, c)
    }

    /// The signals handled since the last call, once every one sent so far was handled.
    async fn take_signals(&self) -> Vec<String> {
        self.tf.signals().flush().await;
        std::mem::take(&mut *self.signals.lock().unwrap_or_else(|e| e.into_inner()))
    }

    fn set_active(&self, user: &User, active: bool) {
        use diesel::RunQueryDsl;
        let sql = format!(
            "UPDATE two_factor_user SET is_active = {} WHERE id = {}",
            if active { "TRUE" } else { "FALSE" },
            user.id.parse::<i64>().expect("integer id")
        );
        let mut conn = self.tf.database().connection().expect("conn");
        match &mut *conn {
            two_factor::db::AnyConnection::Sqlite(c) => diesel::sql_query(&sql).execute(c),
            #[cfg(feature = "postgres")]
            two_factor::db::AnyConnection::Postgresql(c) => diesel::sql_query(&sql).execute(c),
        }
        .expect("update");
    }

    /// Runs one SQL statement on the site's database.
    fn exec(&self, sql: &str) {
        use diesel::RunQueryDsl;
        let mut conn = self.tf.database().connection().expect("conn");
        match &mut *conn {
            two_factor::db::AnyConnection::Sqlite(c) => diesel::sql_query(sql).execute(c),
            #[cfg(feature = "postgres")]
            two_factor::db::AnyConnection::Postgresql(c) => diesel::sql_query(sql).execute(c),
        }
        .expect("sql");
    }
}

/// Walks the setup wizard from `url` with the key shown on the generator step; returns
/// the response to the confirmed token.
async fn complete_setup(c: &Client, site: &AdminSite, url: &str) -> Resp {
    let welcome = c.get(url).await;
    assert_eq!(
        welcome.step().as_deref(),
        Some("welcome"),
        "{}",
        welcome.body
    );
    let generator = c
        .post(
            "/account/two_factor/setup/",
            &[("setup_view-current_step", "welcome")],
        )
        .await;
    assert_eq!(generator.step().as_deref(), Some("generator"));
    let marker = "<span class=\"secret\">";
    let start = generator.body.find(marker).expect("the secret key") + marker.len();
    let rest = &generator.body[start..];
    let secret = &rest[..rest.find('<').expect("end of the key")];
    let key = totp_rs::Secret::try_from_base32(secret.trim()).expect("base32 key");
    let token = two_factor::devices::totp_at(key.as_bytes(), site.tf.clock().now_secs(), 30, 0, 6);
    c.post(
        "/account/two_factor/setup/",
        &[
            ("setup_view-current_step", "generator"),
            ("generator-token", &token),
        ],
    )
    .await
}

fn login_to(next: &str) -> String {
    common::with_query("/account/login/", "next", next)
}

fn assert_status(r: &Resp, status: StatusCode) {
    assert_eq!(r.status, status, "body: {}", r.body);
}

#[actix_rt::test]
async fn anonymous_visitors_are_sent_to_login_with_next() {
    let site = AdminSite::new().await;
    let alice = site.create("alice", false).await;
    site.add_device(&alice).await;
    let c = site.client();
    c.get("/admin/").await.assert_redirect(&login_to("/admin/"));
    c.get("/admin").await.assert_redirect(&login_to("/admin"));
    let page = format!("/admin/users/{}/", alice.id);
    c.get(&page).await.assert_redirect(&login_to(&page));
    c.get("/admin/no-such-page/?a=1")
        .await
        .assert_redirect(&login_to("/admin/no-such-page/?a=1"));
    // POSTs are refused the same way, and change nothing.
    let reset = format!("/admin/users/{}/reset/", alice.id);
    c.post(&reset, &[]).await.assert_redirect(&login_to(&reset));
    assert!(site.totp(&alice).await.is_some());
    assert!(site.take_signals().await.is_empty());
}

#[actix_rt::test]
async fn a_staff_user_with_a_device_needs_the_token_step() {
    for backend in backends() {
        let site = AdminSite::with(&backend, true).await;
        let admin = site.create("admin", true).await;
        let device = site.add_device(&admin).await;
        let c = site.client();
        // The password step alone does not log in a user with a device.
        let r = c.login_password("admin", PASSWORD, Some("/admin/")).await;
        assert_eq!(r.step().as_deref(), Some("token"), "{}", backend.name());
        c.get("/admin/").await.assert_redirect(&login_to("/admin/"));
        c.login_token(&site.token(&device))
            .await
            .assert_redirect("/admin/");
        let r = c.get("/admin/").await;
        r.assert_ok_contains("admin@example.com");
        assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    }
}

#[actix_rt::test]
async fn a_staff_user_without_a_device_goes_through_setup_back_to_the_admin() {
    let site = AdminSite::new().await;
    site.create("staff", true).await;
    let c = site.client();
    // Logged in with the password only (no device, so that is a full login).
    c.login_password("staff", PASSWORD, None)
        .await
        .assert_redirect("/account/two_factor/");
    assert!(!c.is_verified().await);
    let setup = "/account/two_factor/setup/?next=%2Fadmin%2F";
    c.get("/admin/").await.assert_redirect(setup);
    complete_setup(&c, &site, setup)
        .await
        .assert_redirect("/admin/");
    assert!(c.is_verified().await);
    c.get("/admin/")
        .await
        .assert_ok_contains("staff@example.com");
}

#[actix_rt::test]
async fn an_anonymous_staff_user_without_a_device_continues_to_setup_after_the_password() {
    let site = AdminSite::new().await;
    site.create("staff", true).await;
    let c = site.client();
    c.get("/admin/").await.assert_redirect(&login_to("/admin/"));
    let setup = "/account/two_factor/setup/?next=%2Fadmin%2F";
    c.login_password("staff", PASSWORD, Some("/admin/"))
        .await
        .assert_redirect(setup);
    complete_setup(&c, &site, setup)
        .await
        .assert_redirect("/admin/");
    c.get("/admin/")
        .await
        .assert_ok_contains("staff@example.com");
}

#[actix_rt::test]
async fn verified_staff_see_the_users_and_their_devices() {
    for backend in backends() {
        let site = AdminSite::with(&backend, true).await;
        let (_, c) = site.admin().await;
        let alice = site.create("alice", false).await;
        let device = site.add_device(&alice).await;
        site.tf
            .devices()
            .generate_backup_tokens(&alice.id)
            .await
            .expect("backup tokens");
        let bob = site.create("<b>bob</b>", false).await;
        let index = c.get("/admin/").await;
        index.assert_ok_contains("alice@example.com");
        assert!(
            index
                .body
                .contains(&format!("href=\"/admin/users/{}/\"", alice.id))
        );
        assert!(index.body.contains("enabled"));
        assert!(index.body.contains("disabled"), "bob has no device");
        // Everything is escaped.
        assert!(index.body.contains("&lt;b&gt;bob&lt;/b&gt;"));
        assert!(!index.body.contains("<b>bob</b>"));
        let page = c.get(&format!("/admin/users/{}/", alice.id)).await;
        page.assert_ok_contains("Authenticator app");
        assert!(page.body.contains(&device.device_ref().to_string()));
        assert!(page.body.contains("10 backup tokens remaining"));
        assert!(page.body.contains("Remove backup tokens"));
        assert!(page.body.contains("csrfmiddlewaretoken"));
        c.get(&format!("/admin/users/{}/", bob.id))
            .await
            .assert_ok_contains("No devices.");
        // Look-up by username.
        c.get("/admin/?username=alice")
            .await
            .assert_redirect(&format!("/admin/users/{}/", alice.id));
        c.get("/admin/?username=nobody")
            .await
            .assert_ok_contains("No user named");
    }
}

#[actix_rt::test]
async fn users_who_are_not_active_staff_get_403() {
    let site = AdminSite::new().await;
    let alice = site.create("alice", false).await;
    site.add_device(&alice).await;
    let c = site.verified(&alice).await;
    for path in ["/admin/", "/admin/users/1/", "/backoffice/"] {
        let r = c.get(path).await;
        assert_status(&r, StatusCode::FORBIDDEN);
        assert!(r.body.contains("not authorized to access this page"));
        assert!(!r.body.contains("admin@example.com"));
    }
    let r = c.post("/admin/users/1/reset/", &[]).await;
    assert_status(&r, StatusCode::FORBIDDEN);
    // A non-staff user without a device, logged in with the password: 403 too, no setup.
    site.create("carol", false).await;
    let c = site.client();
    c.login_password("carol", PASSWORD, None).await;
    assert_status(&c.get("/admin/").await, StatusCode::FORBIDDEN);
    // A verified staff user who is deactivated loses the admin at once.
    let (admin, c) = site.admin().await;
    c.get("/admin/").await.assert_ok_contains("alice");
    site.set_active(&admin, false);
    assert_status(&c.get("/admin/").await, StatusCode::FORBIDDEN);
}

#[actix_rt::test]
async fn the_admin_login_redirects_to_the_two_factor_login() {
    let site = AdminSite::new().await;
    let c = site.client();
    c.get("/admin/login/")
        .await
        .assert_redirect(&login_to("/admin/"));
    c.get("/admin/login")
        .await
        .assert_redirect(&login_to("/admin/"));
    c.get("/admin/login/?next=/admin/users/1/")
        .await
        .assert_redirect(&login_to("/admin/users/1/"));
    // A password posted to the admin login logs nobody in.
    site.create("admin", true).await;
    c.post_raw(
        "/admin/login/?next=/admin/",
        &[("username", "admin"), ("password", PASSWORD)],
    )
    .await
    .assert_redirect(&login_to("/admin/"));
    c.get("/admin/").await.assert_redirect(&login_to("/admin/"));
    // The mixin case: a host scope's own login page is patched too.
    c.get("/backoffice/login/")
        .await
        .assert_redirect(&login_to("/backoffice/"));
    // Unless patching is turned off: then the host's page answers.
    c.get("/backoffice-unpatched/login/")
        .await
        .assert_ok_contains("the host's own admin login");
    c.get("/backoffice-unpatched/")
        .await
        .assert_redirect(&login_to("/backoffice-unpatched/"));
}

#[actix_rt::test]
async fn hostile_next_values_on_the_admin_login_fall_back_to_the_index() {
    let site = AdminSite::new().await;
    let c = site.client();
    for bad in [
        "//evil.com",
        "https://evil.com/",
        "/\\evil.com",
        "javascript:alert(1)",
        "\x08//evil.com",
        "evil.com",
        "",
    ] {
        let path = common::with_query("/admin/login/", "next", bad);
        c.get(&path).await.assert_redirect(&login_to("/admin/"));
    }
}

#[actix_rt::test]
async fn removing_a_device_needs_csrf_and_sends_device_removed() {
    for backend in backends() {
        let site = AdminSite::with(&backend, true).await;
        let (_, c) = site.admin().await;
        let alice = site.create("alice", false).await;
        let device = site.add_device(&alice).await;
        let page = format!("/admin/users/{}/", alice.id);
        let action = format!("{page}remove-device/");
        let device_ref = device.device_ref().to_string();
        c.get(&page).await.assert_ok_contains("Authenticator app");
        // Without the CSRF token: 403, nothing changes.
        let r = c.post_raw(&action, &[("device", &device_ref)]).await;
        assert_status(&r, StatusCode::FORBIDDEN);
        let r = c
            .post_raw(
                &action,
                &[("csrfmiddlewaretoken", "forged"), ("device", &device_ref)],
            )
            .await;
        assert_status(&r, StatusCode::FORBIDDEN);
        assert!(site.totp(&alice).await.is_some());
        assert!(site.take_signals().await.is_empty());
        // A GET does not remove anything.
        assert_status(&c.get(&action).await, StatusCode::METHOD_NOT_ALLOWED);
        c.post(&action, &[("device", &device_ref)])
            .await
            .assert_redirect(&page);
        assert!(site.totp(&alice).await.is_none());
        assert_eq!(
            site.take_signals().await,
            vec![
                format!("device_removed alice {device_ref}"),
                format!("admin_action admin remove_device alice {device_ref}"),
            ]
        );
        let r = c.get(&page).await;
        r.assert_ok_contains("Removed Authenticator app");
        assert!(r.body.contains("No devices."));
        // The notice shows once.
        assert!(
            !c.get(&page)
                .await
                .body
                .contains("Removed Authenticator app")
        );
    }
}

#[actix_rt::test]
async fn resetting_a_user_needs_csrf_and_sends_two_factor_disabled() {
    for backend in backends() {
        let site = AdminSite::with(&backend, true).await;
        let (_, c) = site.admin().await;
        let alice = site.create("alice", false).await;
        site.add_device(&alice).await;
        site.tf
            .devices()
            .generate_backup_tokens(&alice.id)
            .await
            .expect("backup tokens");
        site.take_signals().await;
        let page = format!("/admin/users/{}/", alice.id);
        let action = format!("{page}reset/");
        c.get(&page).await;
        assert_status(&c.post_raw(&action, &[]).await, StatusCode::FORBIDDEN);
        assert!(site.totp(&alice).await.is_some());
        assert!(site.take_signals().await.is_empty());
        c.post(&action, &[]).await.assert_redirect(&page);
        assert!(site.totp(&alice).await.is_none());
        let devices = site.tf.devices();
        assert_eq!(devices.backup_token_count(&alice.id).await.expect("db"), 0);
        assert!(!devices.has_device(&alice.id).await.expect("db"));
        assert_eq!(
            site.take_signals().await,
            vec![
                "two_factor_disabled alice",
                "admin_action admin reset_two_factor alice -"
            ]
        );
        c.get(&page)
            .await
            .assert_ok_contains("Two-factor authentication was reset for alice.");
        // The locked-out user logs in with the password alone now.
        site.client()
            .login_password("alice", PASSWORD, None)
            .await
            .assert_redirect("/account/two_factor/");
    }
}

#[actix_rt::test]
async fn foreign_unknown_and_malformed_devices_and_unknown_users_are_404() {
    let site = AdminSite::new().await;
    let (_, c) = site.admin().await;
    let alice = site.create("alice", false).await;
    site.add_device(&alice).await;
    let bob = site.create("bob", false).await;
    let bobs = site.add_device(&bob).await;
    let action = format!("/admin/users/{}/remove-device/", alice.id);
    c.get("/admin/").await;
    let foreign = bobs.device_ref().to_string();
    for device in [
        foreign.as_str(),
        "totp/999999",
        "static/999999",
        "phone/1",
        "nonsense",
        "",
    ] {
        let r = c.post(&action, &[("device", device)]).await;
        assert_status(&r, StatusCode::NOT_FOUND);
    }
    assert_status(&c.post(&action, &[]).await, StatusCode::NOT_FOUND);
    assert!(site.totp(&bob).await.is_some(), "bob's device is untouched");
    assert!(site.totp(&alice).await.is_some());
    for path in ["/admin/users/999999/", "/admin/users/abc/"] {
        assert_status(&c.get(path).await, StatusCode::NOT_FOUND);
    }
    assert_status(
        &c.post("/admin/users/999999/reset/", &[]).await,
        StatusCode::NOT_FOUND,
    );
    assert_status(
        &c.post(
            "/admin/users/999999/remove-device/",
            &[("device", &foreign)],
        )
        .await,
        StatusCode::NOT_FOUND,
    );
    assert_status(&c.get("/admin/nothing-here/").await, StatusCode::NOT_FOUND);
    assert!(site.take_signals().await.is_empty());
}

#[actix_rt::test]
async fn an_existing_scope_wrapped_in_the_middleware() {
    let site = AdminSite::new().await;
    let c = site.client();
    c.get("/backoffice/")
        .await
        .assert_redirect(&login_to("/backoffice/"));
    let (_, c) = site.admin().await;
    let r = c.get("/backoffice/").await;
    assert_status(&r, StatusCode::OK);
    assert_eq!(r.body, "backoffice for admin");
    // A staff user without a device is sent to setup with next, then comes back.
    site.create("staff", true).await;
    let c = site.client();
    c.login_password("staff", PASSWORD, None).await;
    let setup = "/account/two_factor/setup/?next=%2Fbackoffice%2F";
    c.get("/backoffice/").await.assert_redirect(setup);
    complete_setup(&c, &site, setup)
        .await
        .assert_redirect("/backoffice/");
    assert_eq!(c.get("/backoffice/").await.body, "backoffice for staff");
}

#[actix_rt::test]
async fn removing_the_device_that_verified_the_admin_ends_the_verified_session() {
    let site = AdminSite::new().await;
    let (admin, c) = site.admin().await;
    let device = site.totp(&admin).await.expect("device");
    let page = format!("/admin/users/{}/", admin.id);
    c.get(&page)
        .await
        .assert_ok_contains("(verified your session)");
    c.post(
        &format!("{page}remove-device/"),
        &[("device", &device.device_ref().to_string())],
    )
    .await
    .assert_redirect(&page);
    // No device and no longer verified: to setup, and back after it.
    let setup = common::with_query("/account/two_factor/setup/", "next", &page);
    c.get(&page).await.assert_redirect(&setup);
    complete_setup(&c, &site, &setup)
        .await
        .assert_redirect(&page);
    c.get(&page).await.assert_ok_contains("Authenticator app");
}

#[actix_rt::test]
async fn a_store_that_cannot_list_users_gets_the_look_up_only() {
    let site = AdminSite::with(&Backend::Sqlite, false).await;
    let (admin, c) = site.admin().await;
    let r = c.get("/admin/").await;
    r.assert_ok_contains("cannot list its users");
    c.get("/admin/?username=admin")
        .await
        .assert_redirect(&format!("/admin/users/{}/", admin.id));
}

#[actix_rt::test]
async fn a_failing_user_store_fails_closed_with_503() {
    let site = AdminSite::new().await;
    let (_, c) = site.admin().await;
    site.fail.store(true, Ordering::SeqCst);
    for path in ["/admin/", "/backoffice/"] {
        let r = c.get(path).await;
        assert_status(&r, StatusCode::SERVICE_UNAVAILABLE);
        assert!(
            !r.body.contains("the user store is down"),
            "no detail shown"
        );
    }
    site.fail.store(false, Ordering::SeqCst);
    c.get("/admin/")
        .await
        .assert_ok_contains("admin@example.com");
}

/// Log lines written on this thread while a test runs.
#[derive(Clone, Default)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Logs {
    fn capture(&self) -> tracing::subscriber::DefaultGuard {
        // With a single scoped dispatcher, tracing asks only the registering thread's
        // dispatcher about a new callsite; another test thread (with none) would then
        // cache "never" for our events. A second, lasting dispatcher makes every
        // registration ask all of them.
        static OTHER: std::sync::OnceLock<tracing::Dispatch> = std::sync::OnceLock::new();
        OTHER.get_or_init(|| tracing::Dispatch::new(tracing::subscriber::NoSubscriber::default()));
        let writer = self.clone();
        tracing::subscriber::set_default(
            tracing_subscriber::fmt()
                .with_writer(move || writer.clone())
                .with_ansi(false)
                .without_time()
                .with_max_level(tracing::Level::INFO)
                .finish(),
        )
    }

    /// The audit lines (target `two_factor::audit`).
    fn audit(&self) -> Vec<String> {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|e| e.into_inner()))
            .lines()
            .filter(|l| l.contains("two_factor::audit"))
            .map(str::to_owned)
            .collect()
    }
}

/// Re-authenticates `c` (password and token of `user`'s device) from the page a detour
/// sent it to; returns the response (a redirect to `next`).
async fn reauthenticate(site: &AdminSite, c: &Client, user: &User, detour: &str) -> Resp {
    let device = site.totp(user).await.expect("device");
    c.get(detour).await.assert_ok_contains("Confirm it");
    let r = c
        .post(
            detour,
            &[
                ("reauth-password", PASSWORD),
                ("reauth-otp_token", &site.token(&device)),
            ],
        )
        .await;
    site.clock.advance_secs(30);
    r
}

#[actix_rt::test]
async fn admin_actions_need_a_recent_reauthentication() {
    let site = AdminSite::new().await;
    let (admin, c) = site.admin().await;
    let alice = site.create("alice", false).await;
    let device = site.add_device(&alice).await;
    let device_ref = device.device_ref().to_string();
    site.tf
        .devices()
        .count_failure(device.device_ref())
        .await
        .expect("a failure");
    site.take_signals().await;
    let page = format!("/admin/users/{}/", alice.id);
    // A login older than the re-authentication window (15 min; a day-old session has
    // ended by now, see `session_lifetime`): the admin pages still open, but no action
    // goes through.
    site.clock.advance_secs(20 * 60);
    c.get(&page).await.assert_ok_contains("Authenticator app");
    let detour = common::with_query("/account/two_factor/reauth/", "next", &page);
    let actions = [
        (
            format!("{page}reset-throttle/"),
            vec![("device", device_ref.as_str())],
        ),
        (
            format!("{page}remove-device/"),
            vec![("device", device_ref.as_str())],
        ),
        (format!("{page}reset/"), vec![]),
    ];
    for (action, fields) in &actions {
        c.post(action, fields).await.assert_redirect(&detour);
    }
    // Their own two-factor authentication too, with the same stale login.
    let own = format!("/admin/users/{}/", admin.id);
    let own_detour = common::with_query("/account/two_factor/reauth/", "next", &own);
    c.post(&format!("{own}reset/"), &[])
        .await
        .assert_redirect(&own_detour);
    assert!(site.totp(&admin).await.is_some(), "nothing changed");
    let unchanged = site.totp(&alice).await.expect("alice keeps her device");
    assert_eq!(unchanged.throttle().failure_count, 1);
    assert!(site.take_signals().await.is_empty());
    // After re-authenticating, back on the user's page, the actions work.
    reauthenticate(&site, &c, &admin, &detour)
        .await
        .assert_redirect(&page);
    for (action, fields) in &actions {
        c.get(&page).await;
        c.post(action, fields).await.assert_redirect(&page);
    }
    assert!(site.totp(&alice).await.is_none());
    assert_eq!(
        site.take_signals().await,
        vec![
            format!("admin_action admin reset_throttling alice {device_ref}"),
            format!("device_removed alice {device_ref}"),
            format!("admin_action admin remove_device alice {device_ref}"),
            "admin_action admin reset_two_factor alice -".to_owned(),
        ]
    );
}

#[actix_rt::test]
async fn admin_actions_are_written_to_the_audit_log() {
    let logs = Logs::default();
    let _guard = logs.capture();
    let site = AdminSite::new().await;
    let (admin, c) = site.admin().await;
    let alice = site.create("alice", false).await;
    let device = site.add_device(&alice).await;
    let device_ref = device.device_ref().to_string();
    for _ in 0..3 {
        site.tf
            .devices()
            .count_failure(device.device_ref())
            .await
            .expect("a failure");
    }
    let page = format!("/admin/users/{}/", alice.id);
    let r = c.get(&page).await;
    r.assert_ok_contains("Reset failed attempts");
    assert!(logs.audit().is_empty());
    c.post(
        &format!("{page}reset-throttle/"),
        &[("device", &device_ref)],
    )
    .await
    .assert_redirect(&page);
    let reset = site.totp(&alice).await.expect("device");
    assert_eq!(reset.throttle().failure_count, 0);
    assert_eq!(reset.throttle().failure_timestamp_ms, None);
    c.get(&page)
        .await
        .assert_ok_contains("Failed attempts reset for Authenticator app");
    c.post(&format!("{page}remove-device/"), &[("device", &device_ref)])
        .await
        .assert_redirect(&page);
    c.get(&page).await;
    c.post(&format!("{page}reset/"), &[])
        .await
        .assert_redirect(&page);
    let audit = logs.audit();
    assert_eq!(audit.len(), 3, "{audit:#?}");
    for (line, action, device) in [
        (&audit[0], "reset_throttling", device_ref.as_str()),
        (&audit[1], "remove_device", device_ref.as_str()),
        (&audit[2], "reset_two_factor", "-"),
    ] {
        for part in [
            format!("actor={}", admin.id),
            format!("actor_username={}", admin.username),
            format!("subject={}", alice.id),
            format!("action={action}"),
            format!("device={device}"),
        ] {
            assert!(line.contains(&part), "{part} in {line}");
        }
    }
    // A throttle reset of a foreign, unknown or malformed device is a 404 and not audited.
    for bad in ["totp/999999", "nonsense", ""] {
        let r = c
            .post(&format!("{page}reset-throttle/"), &[("device", bad)])
            .await;
        assert_status(&r, StatusCode::NOT_FOUND);
    }
    assert_eq!(logs.audit().len(), 3);
}

/// Counts the SQL statements that read the device tables, per database URL, through
/// diesel's instrumentation (set for every connection of this test binary).
mod queries {
    use std::collections::HashMap;
    use std::sync::{Mutex, Once};

    use diesel::connection::{Instrumentation, InstrumentationEvent};

    /// Device-table statements so far, by database URL.
    static COUNTS: Mutex<Option<HashMap<String, usize>>> = Mutex::new(None);

    struct Counter {
        url: Option<String>,
    }

    impl Instrumentation for Counter {
        fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
            match event {
                InstrumentationEvent::StartEstablishConnection { url, .. } => {
                    self.url = Some(url.to_owned());
                }
                InstrumentationEvent::StartQuery { query, .. } => {
                    let sql = query.to_string();
                    if let Some(url) = &self.url
                        && (sql.contains("otp_totp_device") || sql.contains("otp_challenge_device"))
                    {
                        let mut counts = COUNTS.lock().unwrap_or_else(|e| e.into_inner());
                        *counts
                            .get_or_insert_with(HashMap::new)
                            .entry(url.clone())
                            .or_default() += 1;
                    }
                }
                _ => {}
            }
        }
    }

    fn make() -> Option<Box<dyn Instrumentation>> {
        Some(Box::new(Counter { url: None }))
    }

    pub fn install() {
        static ONCE: Once = Once::new();
        ONCE.call_once(|| diesel::connection::set_default_instrumentation(make).expect("set"));
    }

    /// Device-table statements run so far on `url`'s connections.
    pub fn count(url: &str) -> usize {
        COUNTS
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .and_then(|m| m.get(url).copied())
            .unwrap_or(0)
    }
}

/// The index row of `username`, and whether it says two-factor is enabled.
fn index_status(body: &str, username: &str) -> Option<bool> {
    let row = body
        .split("<tr>")
        .find(|row| row.contains(&format!(">{username}</a>")))?;
    match (row.contains(">enabled<"), row.contains(">disabled<")) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Adds six users to `site` (an app, a phone, e-mail, backup means only, a pending
/// setup, nothing), noting whether the index should call two-factor enabled for each.
async fn add_users(site: &AdminSite, round: usize, expected: &mut Vec<(String, bool)>) {
    for kind in ["totp", "phone", "email", "backups", "pending", "none"] {
        let user = site.create(&format!("{kind}{round}"), false).await;
        let devices = site.tf.devices();
        let enabled = match kind {
            "totp" => {
                site.add_device(&user).await;
                true
            }
            "phone" | "email" | "backups" => {
                let (method, target, device_name) = match kind {
                    "phone" => (Method::Sms, "+31101234567", "default"),
                    "email" => (Method::Email, "x@example.com", "default"),
                    _ => (Method::Sms, "+31101234567", "backup"),
                };
                let device = devices
                    .begin_challenge_setup(&user.id, device_name, method, target)
                    .await
                    .expect("device");
                site.exec(&format!(
                    "UPDATE otp_challenge_device SET confirmed = TRUE WHERE id = {}",
                    device.id
                ));
                if kind == "backups" {
                    devices
                        .generate_backup_tokens(&user.id)
                        .await
                        .expect("tokens");
                }
                kind != "backups"
            }
            "pending" => {
                devices.begin_setup(&user.id).await.expect("setup");
                false
            }
            _ => false,
        };
        expected.push((user.username, enabled));
    }
}

#[actix_rt::test]
async fn the_index_loads_every_status_with_a_fixed_number_of_queries() {
    for backend in backends() {
        let name = backend.name();
        let site = AdminSite::with(&backend, true).await;
        let (_, c) = site.admin().await;
        let mut expected = Vec::new();
        add_users(&site, 0, &mut expected).await;
        // A first request fills what the middleware caches about the staff user.
        c.get("/admin/").await.assert_ok_contains("totp0");
        let before = queries::count(&site.url);
        let small = c.get("/admin/").await;
        let small_queries = queries::count(&site.url) - before;
        for (username, enabled) in &expected {
            assert_eq!(
                index_status(&small.body, username),
                Some(*enabled),
                "{name}: {username}"
            );
        }
        for round in 1..5 {
            add_users(&site, round, &mut expected).await;
        }
        // Again a first request to refresh what the middleware caches (the clock moved).
        c.get("/admin/").await.assert_ok_contains("totp4");
        let before = queries::count(&site.url);
        let large = c.get("/admin/").await;
        let large_queries = queries::count(&site.url) - before;
        assert_eq!(expected.len(), 30);
        for (username, enabled) in &expected {
            assert_eq!(
                index_status(&large.body, username),
                Some(*enabled),
                "{name}: {username}"
            );
        }
        assert!(small_queries > 0, "{name}: the counter sees the queries");
        assert_eq!(
            small_queries, large_queries,
            "{name}: 7 users took {small_queries} device queries, 31 took {large_queries}"
        );
    }
}

/// The ids in the user page's forms posting `field` (`session`, `grant`).
fn posted_ids(body: &str, field: &str) -> Vec<String> {
    body.split(&format!("name=\"{field}\" value=\""))
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[actix_rt::test]
async fn the_admin_shows_a_users_sessions_and_ends_them_after_reauthentication() {
    for backend in backends() {
        let site = AdminSite::with(&backend, true).await;
        let (admin, c) = site.admin().await;
        let alice = site.create("alice", false).await;
        site.add_device(&alice).await;
        let laptop = site.verified(&alice).await;
        let phone = site.verified(&alice).await;
        site.take_signals().await;
        let page = format!("/admin/users/{}/", alice.id);
        let body = c.get(&page).await.body;
        assert!(body.contains("Sessions"), "{body}");
        assert!(body.contains("Trusted browsers") && body.contains("No browser skips"));
        let ids = posted_ids(&body, "session");
        assert_eq!(ids.len(), 2, "{}: {body}", backend.name());
        let action = format!("{page}end-sessions/");
        // CSRF first; a session that is not alice's is 404.
        assert_status(
            &c.post_raw(&action, &[("session", &ids[0])]).await,
            StatusCode::FORBIDDEN,
        );
        let own = posted_ids(
            &c.get(&format!("/admin/users/{}/", admin.id)).await.body,
            "session",
        );
        c.get(&page).await;
        assert_status(
            &c.post(&action, &[("session", &own[0])]).await,
            StatusCode::NOT_FOUND,
        );
        assert_status(
            &c.post(&action, &[("session", "x")]).await,
            StatusCode::NOT_FOUND,
        );
        assert!(laptop.is_verified().await && phone.is_verified().await);
        // One ended (the most recently seen is listed first: the phone).
        c.post(&action, &[("session", &ids[0])])
            .await
            .assert_redirect(&page);
        assert!(!phone.is_verified().await);
        assert!(laptop.is_verified().await);
        assert_eq!(
            site.take_signals().await,
            vec![format!(
                "admin_action admin end_sessions alice session/{}",
                ids[0]
            )]
        );
        c.get(&page).await.assert_ok_contains("Sessions ended: 1.");
        // All of them.
        c.post(&action, &[]).await.assert_redirect(&page);
        assert!(!laptop.is_verified().await);
        assert_eq!(
            site.take_signals().await,
            vec!["admin_action admin end_sessions alice -".to_owned()]
        );
        // A stale login must re-authenticate first; nothing changes meanwhile.
        site.clock.advance_secs(20 * 60);
        let detour = common::with_query("/account/two_factor/reauth/", "next", &page);
        c.get(&page).await;
        c.post(&action, &[]).await.assert_redirect(&detour);
        site.clock.advance_secs(60);
        assert!(site.take_signals().await.is_empty());
    }
}
