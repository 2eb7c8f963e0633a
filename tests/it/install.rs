//! Installing the crate: `TwoFactorMiddleware` (one `.wrap`), the loud error of a
//! hand-wired app in the wrong order, and `url_prefix`.

use crate::common;

use std::rc::Rc;
use std::sync::Arc;

use actix_identity::IdentityMiddleware;
use actix_session::SessionMiddleware;
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::Key;
use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::{App, HttpResponse, test, web};
use common::{Client, Handler, PASSWORD};
use two_factor::clock::{Clock, ManualClock};
use two_factor::devices::TotpDevice;
use two_factor::users::{DieselUserStore, NewUser};
use two_factor::{OtpMiddleware, TwoFactor, TwoFactorMiddleware};

struct Site {
    tf: web::Data<TwoFactor>,
    clock: ManualClock,
    key: Key,
    _dir: tempfile::TempDir,
}

fn site(prefix: &str) -> Site {
    site_with(prefix, |b| b)
}

fn site_with(
    prefix: &str,
    configure: fn(two_factor::TwoFactorBuilder) -> two_factor::TwoFactorBuilder,
) -> Site {
    let dir = tempfile::tempdir().expect("tempdir");
    let clock = ManualClock::new();
    let tf = TwoFactor::builder()
        .database_url(dir.path().join("db.sqlite3").to_string_lossy().into_owned())
        .run_migrations(true)
        .site_name("Test Site")
        .clock(Arc::new(clock.clone()))
        .url_prefix(prefix);
    let tf = configure(tf).build().expect("settings");
    Site {
        tf: web::Data::new(tf),
        clock,
        key: Key::generate(),
        _dir: dir,
    }
}

impl Site {
    async fn user(&self, name: &str) -> two_factor::users::User {
        DieselUserStore::new(self.tf.database().clone())
            .create_user(NewUser {
                username: name,
                email: &format!("{name}@example.com"),
                password: PASSWORD,
                is_staff: false,
                is_superuser: false,
            })
            .await
            .expect("user")
    }

    async fn user_with_device(&self, name: &str) -> TotpDevice {
        let user = self.user(name).await;
        let device = self
            .tf
            .devices()
            .begin_setup(&user.id)
            .await
            .expect("setup");
        let token = device.token_at_step(device.current_step(self.clock.now_secs()));
        self.tf
            .devices()
            .confirm_setup(&user.id, device.id, Some(token))
            .await
            .expect("confirm");
        self.clock.advance_secs(30);
        device
    }

    fn token(&self, device: &TotpDevice) -> String {
        device.token_at_step(device.current_step(self.clock.now_secs()))
    }
}

/// Calls the app as the server does (an `Err` becomes its error response).
macro_rules! handler {
    ($app:expr) => {{
        let svc = Rc::new(test::init_service($app).await);
        let h: Handler = Rc::new(move |req: test::TestRequest| {
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
        h
    }};
}

async fn secret_page() -> HttpResponse {
    HttpResponse::Ok().body("the secret page")
}

/// The app as a host writes it with the helper.
async fn with_helper(site: &Site) -> Handler {
    let app = App::new()
        .app_data(site.tf.clone())
        .configure(site.tf.configure())
        .service(
            web::resource("/secret/")
                .wrap(two_factor::otp_required())
                .to(secret_page),
        )
        .wrap(
            TwoFactorMiddleware::builder(CookieSessionStore::default(), site.key.clone())
                .cookie_name("sessionid")
                .cookie_secure(false)
                .build(),
        );
    handler!(app)
}

fn session(key: &Key) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
        .cookie_secure(false)
        .cookie_name("sessionid".to_owned())
        .build()
}

/// Logs in with password and token through `c`; returns the token step's answer.
async fn login(c: &Client, site: &Site, device: &TotpDevice, login_url: &str) -> common::Resp {
    let page = c.get(login_url).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let r = c
        .post(
            login_url,
            &[
                ("login_view-current_step", "auth"),
                ("auth-username", "alice"),
                ("auth-password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.step().as_deref(), Some("token"), "{}", r.body);
    c.post(
        login_url,
        &[
            ("login_view-current_step", "token"),
            ("token-otp_token", &site.token(device)),
        ],
    )
    .await
}

#[actix_rt::test]
async fn the_helper_installs_a_working_login() {
    let site = site("");
    let device = site.user_with_device("alice").await;
    let c = Client::new(with_helper(&site).await);
    c.get("/secret/")
        .await
        .assert_redirect("/account/login/?next=%2Fsecret%2F");
    login(&c, &site, &device, "/account/login/")
        .await
        .assert_redirect("/account/two_factor/");
    // The cookie settings passed through.
    assert!(c.cookie("sessionid").is_some());
    c.get("/secret/")
        .await
        .assert_ok_contains("the secret page");
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("Disable Two-Factor Authentication");
}

/// What a wrong order answers: 500, with no two-factor page behind it.
fn assert_loud(r: &common::Resp, what: &str) {
    assert_eq!(
        r.status,
        StatusCode::INTERNAL_SERVER_ERROR,
        "{what}: {}",
        r.body
    );
    assert!(r.body.contains("see the server log"), "{what}: {}", r.body);
    assert!(!r.body.contains("<form"), "{what}: no page behind it");
}

#[actix_rt::test]
async fn otp_middleware_outside_identity_is_a_loud_error() {
    let site = site("");
    // Otp wrapped last: outermost, before identity and session ran.
    let app = App::new()
        .app_data(site.tf.clone())
        .configure(two_factor::configure)
        .wrap(IdentityMiddleware::default())
        .wrap(session(&site.key))
        .wrap(OtpMiddleware);
    let c = Client::new(handler!(app));
    assert_loud(&c.get("/account/login/").await, "first request");
    assert_loud(&c.get("/account/login/").await, "every request after");
}

#[actix_rt::test]
async fn a_missing_identity_middleware_is_a_loud_error() {
    let site = site("");
    let app = App::new()
        .app_data(site.tf.clone())
        .configure(two_factor::configure)
        .wrap(OtpMiddleware)
        .wrap(session(&site.key));
    let c = Client::new(handler!(app));
    assert_loud(&c.get("/account/login/").await, "no identity");
}

#[actix_rt::test]
async fn otp_middleware_between_identity_and_session_is_a_loud_error() {
    let site = site("");
    // Identity outside, session inside Otp: Otp reads the session before it is loaded.
    let app = App::new()
        .app_data(site.tf.clone())
        .configure(two_factor::configure)
        .service(
            web::resource("/secret/")
                .wrap(two_factor::otp_required())
                .to(secret_page),
        )
        .wrap(session(&site.key))
        .wrap(OtpMiddleware)
        .wrap(IdentityMiddleware::default());
    let device = site.user_with_device("alice").await;
    let c = Client::new(handler!(app));
    // The session still works (the middleware is there), but no page may be served as
    // if the stored session were empty.
    let r = login(&c, &site, &device, "/account/login/").await;
    let after = c.get("/account/two_factor/").await;
    assert!(
        r.status == StatusCode::INTERNAL_SERVER_ERROR
            || after.status == StatusCode::INTERNAL_SERVER_ERROR,
        "login: {} {:?}; profile: {}",
        r.status,
        r.location,
        after.status
    );
    assert_loud(&c.get("/secret/").await, "after detection");
    assert_loud(&c.get("/account/login/").await, "any page");
}

#[actix_rt::test]
async fn the_right_hand_wired_order_is_not_an_error() {
    let site = site("");
    let app = App::new()
        .app_data(site.tf.clone())
        .configure(two_factor::configure)
        .wrap(OtpMiddleware)
        .wrap(IdentityMiddleware::default())
        .wrap(session(&site.key))
        .wrap(two_factor::FailClosed);
    let device = site.user_with_device("alice").await;
    let c = Client::new(handler!(app));
    login(&c, &site, &device, "/account/login/")
        .await
        .assert_redirect("/account/two_factor/");
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("Disable Two-Factor Authentication");
}

/// Every internal link and redirect of a prefixed site is under the prefix.
fn assert_prefixed(r: &common::Resp, what: &str) {
    let body = common::unescape(&r.body);
    for (i, _) in body.match_indices("/account/") {
        assert!(
            body[..i].ends_with("/auth"),
            "{what}: unprefixed link at {i}: {}",
            &body[i.saturating_sub(60)..(i + 60).min(body.len())]
        );
    }
    if let Some(location) = &r.location {
        assert!(
            location.starts_with("/auth/"),
            "{what}: Location {location}"
        );
        let decoded = percent_decode(location);
        for (i, _) in decoded.match_indices("/account/") {
            assert!(
                decoded[..i].ends_with("/auth"),
                "{what}: Location {location}"
            );
        }
    }
}

fn percent_decode(s: &str) -> String {
    form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[actix_rt::test]
async fn a_prefixed_site_serves_and_links_everything_under_the_prefix() {
    let site = site("/auth");
    assert_eq!(site.tf.login_url(), "/auth/account/login/");
    assert_eq!(site.tf.login_redirect_url(), "/auth/account/two_factor/");
    assert_eq!(site.tf.remember_cookie().path, "/auth/");
    site.user("alice").await;
    let c = Client::new(with_helper(&site).await);
    let check = |r: &common::Resp, what: &str| assert_prefixed(r, what);

    // Nothing at the old paths.
    assert_eq!(c.get("/account/login/").await.status, StatusCode::NOT_FOUND);
    let r = c.get("/secret/").await;
    check(&r, "guard");
    r.assert_redirect("/auth/account/login/?next=%2Fsecret%2F");

    // Password-only login, then the setup wizard.
    let r = c.get("/auth/account/login/").await;
    check(&r, "login page");
    let r = c
        .post(
            "/auth/account/login/",
            &[
                ("login_view-current_step", "auth"),
                ("auth-username", "alice"),
                ("auth-password", PASSWORD),
            ],
        )
        .await;
    check(&r, "password step");
    r.assert_redirect("/auth/account/two_factor/");
    let r = c.get("/auth/account/two_factor/").await;
    check(&r, "profile without device");
    let r = c.get("/auth/account/two_factor/setup/").await;
    check(&r, "setup welcome");
    let r = c
        .post(
            "/auth/account/two_factor/setup/",
            &[("setup_view-current_step", "welcome")],
        )
        .await;
    check(&r, "setup generator");
    assert_eq!(r.step().as_deref(), Some("generator"), "{}", r.body);
    assert!(common::unescape(&r.body).contains("src=\"/auth/account/two_factor/qrcode/\""));
    let qr = c.get("/auth/account/two_factor/qrcode/").await;
    assert_eq!(qr.status, StatusCode::OK);
    let body = common::unescape(&r.body);
    let start = body.find("otpauth://").expect("otpauth link");
    let url = &body[start..start + body[start..].find('"').expect("end")];
    let totp = totp_rs::Totp::from_url_unchecked(url).expect("otpauth url");
    let token = totp.generate(site.clock.now_secs() as u64).to_string();
    let r = c
        .post(
            "/auth/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", &token),
            ],
        )
        .await;
    check(&r, "setup done");
    r.assert_redirect("/auth/account/two_factor/setup/complete/");
    let r = c.get("/auth/account/two_factor/setup/complete/").await;
    check(&r, "setup complete");
    assert_eq!(r.status, StatusCode::OK);

    // Log out, log in with a token.
    let r = c.post("/auth/account/logout/", &[]).await;
    assert_eq!(r.status, StatusCode::FOUND);
    site.clock.advance_secs(30);
    let r = c.get("/auth/account/login/").await;
    check(&r, "login again");
    let r = c
        .post(
            "/auth/account/login/",
            &[
                ("login_view-current_step", "auth"),
                ("auth-username", "alice"),
                ("auth-password", PASSWORD),
            ],
        )
        .await;
    check(&r, "token step");
    assert_eq!(r.step().as_deref(), Some("token"), "{}", r.body);
    let token = totp.generate(site.clock.now_secs() as u64).to_string();
    let r = c
        .post(
            "/auth/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-otp_token", &token),
            ],
        )
        .await;
    check(&r, "logged in");
    r.assert_redirect("/auth/account/two_factor/");
    c.get("/secret/")
        .await
        .assert_ok_contains("the secret page");

    // Profile, backup tokens, disable.
    let r = c.get("/auth/account/two_factor/").await;
    check(&r, "profile");
    r.assert_ok_contains("Disable Two-Factor Authentication");
    let r = c.get("/auth/account/two_factor/backup/tokens/").await;
    check(&r, "backup tokens");
    assert_eq!(r.status, StatusCode::OK);
    let r = c.get("/auth/account/two_factor/disable/").await;
    check(&r, "disable page");
    assert_eq!(r.status, StatusCode::OK);
    let r = c
        .post("/auth/account/two_factor/disable/", &[("understand", "on")])
        .await;
    check(&r, "disabled");
    r.assert_redirect("/auth/account/two_factor/");
    let r = c.get("/auth/account/two_factor/").await;
    check(&r, "profile after disable");
    r.assert_ok_contains("Two-factor authentication is not enabled");
}

#[actix_rt::test]
async fn bad_prefixes_are_refused() {
    for bad in ["auth", "/auth/", "//auth", "/a uth", "/auth?x", "/{x}"] {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = TwoFactor::builder()
            .database_url(dir.path().join("db.sqlite3").to_string_lossy().into_owned())
            .url_prefix(bad)
            .build()
            .expect_err(bad);
        assert!(err.to_string().contains("url_prefix"), "{bad}: {err}");
    }
}

#[actix_rt::test]
async fn a_requiring_policy_sends_to_the_prefixed_setup_and_exempts_it() {
    let site = site_with("/auth", |b| {
        b.policy(two_factor::policy::TwoFactorPolicy::Required)
    });
    site.user("alice").await;
    let c = Client::new(with_helper(&site).await);
    let r = c.get("/auth/account/login/").await;
    assert_eq!(r.status, StatusCode::OK, "the login page is exempt");
    c.post(
        "/auth/account/login/",
        &[
            ("login_view-current_step", "auth"),
            ("auth-username", "alice"),
            ("auth-password", PASSWORD),
        ],
    )
    .await;
    let r = c.get("/secret/").await;
    assert_prefixed(&r, "policy");
    r.assert_redirect("/auth/account/two_factor/setup/?next=%2Fsecret%2F");
    let r = c.get("/auth/account/two_factor/setup/").await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "the setup page is exempt: {:?}",
        r.location
    );
    assert_prefixed(&r, "setup under policy");
}

#[actix_rt::test]
async fn explicit_urls_are_kept_under_a_prefix() {
    let site = site_with("/auth", |b| {
        b.login_url("/login/")
            .login_redirect_url("/home/")
            .remember_device(
                two_factor::config::RememberDevice::new(std::time::Duration::from_secs(3600))
                    .cookie_path("/"),
            )
    });
    assert_eq!(site.tf.url_prefix(), "/auth");
    assert_eq!(site.tf.login_url(), "/login/");
    assert_eq!(site.tf.login_redirect_url(), "/home/");
    assert_eq!(site.tf.remember_cookie().path, "/");
}

#[actix_rt::test]
async fn views_mounted_without_the_prefix_are_a_loud_error() {
    let site = site("/auth");
    // `two_factor::configure` mounts the unprefixed paths: every link would be a 404.
    let app = App::new()
        .app_data(site.tf.clone())
        .configure(two_factor::configure)
        .wrap(TwoFactorMiddleware::new(
            CookieSessionStore::default(),
            site.key.clone(),
        ));
    let c = Client::new(handler!(app));
    let r = c.get("/account/login/").await;
    assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", r.body);
    assert!(r.body.contains("see the server log"), "{}", r.body);
}

/// The views under `…/account/two_factor/` share one scope (the router passes them with one
/// comparison). The host's routes registered after them still answer — beside the scope,
/// on a path that only begins like it, and under `/account/` — and a path under the scope
/// that no view takes gets the host's default service, as when each view was its own route.
#[actix_rt::test]
async fn the_host_routes_and_default_service_work_around_the_two_factor_scope() {
    for prefix in ["", "/auth"] {
        let site = site(prefix);
        let app = App::new()
            .app_data(site.tf.clone())
            .configure(site.tf.configure())
            .route(
                "/account/profile/",
                web::get().to(|| async { "host profile" }),
            )
            .route(
                "/account/two_factor-notes/",
                web::get().to(|| async { "host notes" }),
            )
            .route("/i18n/other/", web::get().to(|| async { "host i18n" }))
            .route(
                "/.well-known/security.txt",
                web::get().to(|| async { "host security.txt" }),
            )
            .route("/account/café/", web::get().to(|| async { "host café" }))
            .default_service(web::to(|| async {
                HttpResponse::ImATeapot().body("host 404")
            }))
            .wrap(
                TwoFactorMiddleware::builder(CookieSessionStore::default(), site.key.clone())
                    .cookie_name("sessionid")
                    .cookie_secure(false)
                    .build(),
            );
        let c = Client::new(handler!(app));
        let r = c.get("/account/profile/").await;
        assert_eq!(
            (r.status, r.body.as_str()),
            (StatusCode::OK, "host profile")
        );
        let r = c.get("/account/two_factor-notes/").await;
        assert_eq!((r.status, r.body.as_str()), (StatusCode::OK, "host notes"));
        for (path, body) in [
            ("/i18n/other/", "host i18n"),
            ("/.well-known/security.txt", "host security.txt"),
            // Escaped, as a browser sends it: decoded the router's way before any match.
            ("/account/caf%C3%A9/", "host café"),
        ] {
            let r = c.get(path).await;
            assert_eq!(
                (r.status, r.body.as_str()),
                (StatusCode::OK, body),
                "{path}"
            );
        }
        // An escaped spelling of a view's path reaches the view, as the router decodes it.
        let r = c.get(&format!("{prefix}/account/%6Cogin/")).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("csrfmiddlewaretoken"), "{}", r.body);
        c.get(&format!("{prefix}/account/two_factor/%73essions/"))
            .await
            .assert_redirect(&format!(
                "{prefix}/account/login/?next=%2F{}account%2Ftwo_factor%2F%2573essions%2F",
                if prefix.is_empty() { "" } else { "auth%2F" }
            ));
        let r = c
            .get(&format!("{prefix}/account/two_factor/no-such-view/"))
            .await;
        assert_eq!(
            (r.status, r.body.as_str()),
            (StatusCode::IM_A_TEAPOT, "host 404")
        );
        // The views themselves, at the top of the scope and below it.
        c.get(&format!("{prefix}/account/two_factor/"))
            .await
            .assert_redirect(&format!(
                "{prefix}/account/login/?next=%2F{}account%2Ftwo_factor%2F",
                if prefix.is_empty() { "" } else { "auth%2F" }
            ));
        let r = c
            .get(&format!("{prefix}/account/two_factor/two_factor.css"))
            .await;
        assert_eq!(r.status, StatusCode::OK);
        let r = c
            .get(&format!("{prefix}/account/two_factor/api/v1/session"))
            .await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        let r = c
            .get(&format!("{prefix}/account/two_factor/phone/unregister/1/"))
            .await;
        assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{}", r.body);
    }
}
