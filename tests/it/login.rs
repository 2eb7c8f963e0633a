//! The login wizard through HTTP: password step, token step, `next`, timeout, replay,
//! throttling, CSRF and hostile input.

use crate::common;

use actix_web::http::StatusCode;
use common::{PASSWORD, Site};

#[actix_rt::test]
async fn wrong_password_shows_the_generic_error() {
    let site = Site::new().await;
    site.create_user("alice").await;
    let c = site.client();
    let r = c.login_password("alice", "wrong", None).await;
    r.assert_ok_contains("Please enter a correct username and password");
    assert_eq!(r.step().as_deref(), Some("auth"));
    assert!(!c.is_verified().await);
    assert_eq!(
        c.get("/account/two_factor/").await.status,
        StatusCode::FOUND,
        "not logged in"
    );
}

#[actix_rt::test]
async fn unknown_user_and_wrong_password_look_the_same() {
    let site = Site::new().await;
    site.create_user("alice").await;
    let a = site.client().login_password("alice", "wrong", None).await;
    let b = site.client().login_password("mallory", "wrong", None).await;
    assert_eq!(a.status, b.status);
    let strip = |s: &str| {
        s.lines()
            .filter(|l| !l.contains("csrfmiddlewaretoken") && !l.contains("auth-username"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(strip(&a.body), strip(&b.body));
}

#[actix_rt::test]
async fn empty_fields_are_required() {
    let site = Site::new().await;
    let c = site.client();
    let r = c.login_password("", "", None).await;
    r.assert_ok_contains("This field is required.");
}

#[actix_rt::test]
async fn username_is_case_insensitive() {
    let site = Site::new().await;
    site.create_user("Alice").await;
    let r = site.client().login_password("aLICE", PASSWORD, None).await;
    r.assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn password_only_user_is_logged_in_and_redirected() {
    let site = Site::new().await;
    site.create_user("bob").await;
    let c = site.client();
    let r = c.login_password("bob", PASSWORD, None).await;
    r.assert_redirect("/account/two_factor/");
    assert_eq!(c.get("/account/two_factor/").await.status, StatusCode::OK);
    assert!(!c.is_verified().await);
    // A password-only session does not reach OTP-protected pages.
    c.get("/secret/")
        .await
        .assert_redirect("/account/login/?next=%2Fsecret%2F");
}

#[actix_rt::test]
async fn password_only_user_honours_a_safe_next() {
    let site = Site::new().await;
    site.create_user("bob").await;
    let r = site
        .client()
        .login_password("bob", PASSWORD, Some("/status/"))
        .await;
    r.assert_redirect("/status/");
}

#[actix_rt::test]
async fn two_factor_login_with_right_token_and_next() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("carol").await;
    let c = site.client();
    let r = c.login_password("carol", PASSWORD, Some("/secret/")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.step().as_deref(), Some("token"));
    assert!(r.body.contains("autocomplete=\"one-time-code\""));
    assert!(r.body.contains("inputmode=\"numeric\""));
    assert!(r.body.contains("autofocus"));
    assert!(r.body.contains("name=\"token-otp_token\""));
    // Not logged in between the steps.
    assert!(!c.is_verified().await);
    c.get("/secret/")
        .await
        .assert_redirect("/account/login/?next=%2Fsecret%2F");

    let c = site.client();
    c.login_password("carol", PASSWORD, Some("/secret/")).await;
    let r = c.login_token(&site.current_token(&device)).await;
    r.assert_redirect("/secret/");
    assert!(c.is_verified().await);
    let page = c.get("/secret/").await;
    page.assert_ok_contains("the secret page");
}

#[actix_rt::test]
async fn wrong_token_is_refused_with_djangos_message() {
    let site = Site::with(common::SiteOptions {
        throttle_factor: 0,
        ..Default::default()
    })
    .await;
    let (_, device) = site.create_user_with_device("dave").await;
    let c = site.client();
    c.login_password("dave", PASSWORD, None).await;
    let good = site.current_token(&device);
    let wrong = if good == "000000" { "111111" } else { "000000" };
    let r = c.login_token(wrong).await;
    r.assert_ok_contains("Invalid token. Please make sure you have entered it correctly.");
    assert_eq!(r.step().as_deref(), Some("token"));
    let r = c.login_token("").await;
    r.assert_ok_contains("This field is required.");
    assert!(!c.is_verified().await);
    c.login_token(&good)
        .await
        .assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn a_token_is_accepted_once() {
    let site = Site::with(common::SiteOptions {
        throttle_factor: 0,
        ..Default::default()
    })
    .await;
    let (_, device) = site.create_user_with_device("erin").await;
    let token = site.current_token(&device);
    let c = site.client();
    c.login_password("erin", PASSWORD, None).await;
    c.login_token(&token)
        .await
        .assert_redirect("/account/two_factor/");

    let c2 = site.client();
    c2.login_password("erin", PASSWORD, None).await;
    let r = c2.login_token(&token).await;
    r.assert_ok_contains("Invalid token. Please make sure you have entered it correctly.");
    // Variants of the used code are not new codes.
    for variant in [
        format!(" {token}"),
        format!("{token} "),
        format!("{} {}", &token[..3], &token[3..]),
    ] {
        let r = c2.login_token(&variant).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("Invalid token"), "{variant:?}");
    }
    assert!(!c2.is_verified().await);
}

#[actix_rt::test]
async fn a_later_step_burns_the_earlier_ones() {
    let site = Site::with(common::SiteOptions {
        throttle_factor: 0,
        ..Default::default()
    })
    .await;
    let (_, device) = site.create_user_with_device("frank").await;
    let next_code = site.token_at_offset(&device, 1);
    let this_code = site.token_at_offset(&device, 0);
    let c = site.client();
    c.login_password("frank", PASSWORD, None).await;
    c.login_token(&next_code)
        .await
        .assert_redirect("/account/two_factor/");
    let c2 = site.client();
    c2.login_password("frank", PASSWORD, None).await;
    c2.login_token(&this_code)
        .await
        .assert_ok_contains("Invalid token");
}

#[actix_rt::test]
async fn throttling_backs_off_and_success_resets() {
    let site = Site::new().await;
    let (user, device) = site.create_user_with_device("gina").await;
    let c = site.client();
    c.login_password("gina", PASSWORD, None).await;
    let good = site.current_token(&device);
    let wrong = if good == "000000" { "111111" } else { "000000" };
    c.login_token(wrong)
        .await
        .assert_ok_contains("Invalid token");
    // Inside the 1 s window even the right token is refused, and that does not count.
    let r = c.login_token(&good).await;
    r.assert_ok_contains(
        "Verification temporarily disabled because of 1 failed attempt, please try again soon.",
    );
    assert_eq!(site.totp_failures(&user).await, 1);
    site.clock.advance_ms(1100);
    let good = site.current_token(&device);
    c.login_token(&good)
        .await
        .assert_redirect("/account/two_factor/");
    assert_eq!(site.totp_failures(&user).await, 0);
}

#[actix_rt::test]
async fn throttling_doubles_and_holds_across_sessions() {
    let site = Site::new().await;
    let (user, _) = site.create_user_with_device("hank").await;
    for expected in 1..=3 {
        let c = site.client();
        c.login_password("hank", PASSWORD, None).await;
        c.login_token("000000").await;
        let d = site.reload(&user).await.expect("device");
        // "000000" may be right by chance once in a million; the counter proves it wasn't.
        assert_eq!(d.throttle().failure_count, expected);
        // A new session does not reset the back-off.
        let fresh = site.client();
        fresh.login_password("hank", PASSWORD, None).await;
        fresh
            .login_token("000000")
            .await
            .assert_ok_contains("Verification temporarily disabled");
        site.clock.advance_ms(1000 * (1 << (expected - 1)) + 50);
    }
}

#[actix_rt::test]
async fn the_token_step_times_out_after_the_login_timeout() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("ivan").await;
    let c = site.client();
    c.login_password("ivan", PASSWORD, None).await;
    site.clock.advance_secs(601);
    let r = c.login_token(&site.current_token(&device)).await;
    r.assert_ok_contains("Your session has timed out. Please login again.");
    assert_eq!(r.step().as_deref(), Some("auth"));
    assert!(!c.is_verified().await);
}

#[actix_rt::test]
async fn the_session_never_holds_the_password() {
    use base64::Engine;
    let site = Site::new().await;
    site.create_user_with_device("judy").await;
    let c = site.client();
    c.login_password("judy", PASSWORD, None).await;
    let session = site.session_text(&c);
    assert!(
        session.contains("two_factor.login"),
        "the pending state is in the session: {session}"
    );
    assert!(!session.contains(PASSWORD));
    for encoded in [
        base64::engine::general_purpose::STANDARD.encode(PASSWORD),
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(PASSWORD),
    ] {
        assert!(!session.contains(&encoded));
    }
    let lower = session.to_lowercase();
    assert!(!lower.contains("password"), "{session}");
}

#[actix_rt::test]
async fn the_session_cookie_changes_at_login() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("kim").await;
    let c = site.client();
    c.get("/account/login/").await;
    let before = c.cookie("sessionid").expect("session");
    c.login_password("kim", PASSWORD, None).await;
    let middle = c.cookie("sessionid").expect("session");
    c.login_token(&site.current_token(&device)).await;
    let after = c.cookie("sessionid").expect("session");
    assert_ne!(before, middle);
    assert_ne!(middle, after);
}

#[actix_rt::test]
async fn hostile_next_values_fall_back_to_the_login_redirect_url() {
    let site = Site::new().await;
    site.create_user("leo").await;
    for hostile in [
        "//evil.com",
        "/\\evil.com",
        "\\\\evil.com",
        "http:///evil.com",
        "https://evil.com/",
        "javascript:alert(1)",
        "\x08//evil.com",
        "http://testserver\\@evil.com",
        "http://good.com.evil.com",
    ] {
        let c = site.client();
        let r = c.login_password("leo", PASSWORD, Some(hostile)).await;
        r.assert_redirect("/account/two_factor/");
    }
    let c = site.client();
    c.login_password("leo", PASSWORD, Some("/v/?p=http://x"))
        .await
        .assert_redirect("/v/?p=http://x");
}

#[actix_rt::test]
async fn a_hostile_posted_next_is_ignored_too() {
    let site = Site::new().await;
    site.create_user("mia").await;
    let c = site.client();
    c.get("/account/login/").await;
    let r = c
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "auth"),
                ("auth-username", "mia"),
                ("auth-password", PASSWORD),
                ("next", "//evil.com/"),
            ],
        )
        .await;
    r.assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn posts_without_the_csrf_token_are_refused_and_change_nothing() {
    let site = Site::new().await;
    let (user, device) = site.create_user_with_device("nina").await;
    let c = site.client();
    c.get("/account/login/").await;
    let fields = [
        ("login_view-current_step", "auth"),
        ("auth-username", "nina"),
        ("auth-password", PASSWORD),
    ];
    assert_eq!(
        c.post_raw("/account/login/", &fields).await.status,
        StatusCode::FORBIDDEN
    );
    let mut forged = fields.to_vec();
    forged.push((
        "csrfmiddlewaretoken",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ));
    assert_eq!(
        c.post_raw("/account/login/", &forged).await.status,
        StatusCode::FORBIDDEN
    );
    // A token from another browser's session does not work either.
    let other = site.client();
    other.get("/account/login/").await;
    let mut foreign = fields.to_vec();
    let foreign_token = other.csrf_token();
    foreign.push(("csrfmiddlewaretoken", &foreign_token));
    assert_eq!(
        c.post_raw("/account/login/", &foreign).await.status,
        StatusCode::FORBIDDEN
    );
    assert!(!site.session_text(&c).contains("two_factor.login"));

    // The token step too: a wrong token posted without CSRF is not even counted.
    c.login_password("nina", PASSWORD, None).await;
    let r = c
        .post_raw(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-otp_token", "000000"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(site.totp_failures(&user).await, 0);
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn missing_management_data_is_a_bad_request() {
    let site = Site::new().await;
    site.create_user("olga").await;
    let c = site.client();
    c.get("/account/login/").await;
    let r = c
        .post(
            "/account/login/",
            &[("auth-username", "olga"), ("auth-password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
}

#[actix_rt::test]
async fn a_forged_token_step_restarts_the_wizard() {
    let site = Site::new().await;
    site.create_user_with_device("pia").await;
    let c = site.client();
    c.get("/account/login/").await;
    let r = c.login_token("123456").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.step().as_deref(), Some("auth"));
    let r = c
        .post(
            "/account/login/",
            &[("login_view-current_step", "nonsense")],
        )
        .await;
    assert_eq!(r.step().as_deref(), Some("auth"));
    assert!(!c.is_verified().await);
}

#[actix_rt::test]
async fn a_get_mid_wizard_starts_over() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("quinn").await;
    let c = site.client();
    c.login_password("quinn", PASSWORD, None).await;
    let r = c.get("/account/login/").await;
    assert_eq!(r.step().as_deref(), Some("auth"));
    let r = c.login_token(&site.current_token(&device)).await;
    assert_eq!(
        r.step().as_deref(),
        Some("auth"),
        "the pending login was dropped"
    );
}

#[actix_rt::test]
async fn garbage_tokens_never_cause_a_server_error() {
    let site = Site::with(common::SiteOptions {
        throttle_factor: 0,
        ..Default::default()
    })
    .await;
    let (user, device) = site.create_user_with_device("rita").await;
    let c = site.client();
    c.login_password("rita", PASSWORD, None).await;
    let garbage = [
        "abcdef",
        "12345",
        "0123456",
        "+12345",
        "１２３４５６",
        "١٢٣٤٥٦",
        " 123456 ",
        "123_456",
        "12345678901234567890",
        "123456\0",
        "12345\r",
        "%",
        "_",
        "'; DROP TABLE otp_totp_device; --",
    ];
    for g in garbage {
        let r = c.login_token(g).await;
        assert_eq!(r.status, StatusCode::OK, "{g:?}");
        assert!(r.body.contains("Invalid token"), "{g:?}");
    }
    assert_eq!(site.totp_failures(&user).await, garbage.len() as i32);
    // Oversized field: refused before any work.
    let long = "1".repeat(100);
    assert_eq!(c.login_token(&long).await.status, StatusCode::BAD_REQUEST);
    // A 1 MB body: refused by the payload limit.
    let mut body = b"login_view-current_step=token&token-otp_token=".to_vec();
    body.extend(std::iter::repeat_n(b'1', 1 << 20));
    assert_eq!(
        c.post_body("/account/login/", body).await.status,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    // Non-UTF-8 bytes.
    let r = c
        .post_body(
            "/account/login/",
            b"login_view-current_step=token&token-otp_token=%FF%FE%00".to_vec(),
        )
        .await;
    assert!(r.status.as_u16() < 500);
    // Duplicate token fields count as one malformed attempt.
    let before = site.totp_failures(&user).await;
    let token = site.current_token(&device);
    let csrf = c.csrf_token();
    let r = c
        .post_raw(
            "/account/login/",
            &[
                ("csrfmiddlewaretoken", &csrf),
                ("login_view-current_step", "token"),
                ("token-otp_token", &token),
                ("token-otp_token", &token),
            ],
        )
        .await;
    r.assert_ok_contains("Invalid token");
    assert_eq!(site.totp_failures(&user).await, before + 1);
    c.login_token(&token)
        .await
        .assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn another_user_logging_in_replaces_the_session() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("sam").await;
    site.create_user("tom").await;
    let c = site.client();
    c.login_password("sam", PASSWORD, None).await;
    c.login_token(&site.current_token(&device)).await;
    assert!(c.is_verified().await);
    c.login_password("tom", PASSWORD, None)
        .await
        .assert_redirect("/account/two_factor/");
    assert!(
        !c.is_verified().await,
        "tom's session is not verified by sam's device"
    );
}

#[actix_rt::test]
async fn inactive_users_cannot_log_in() {
    let site = Site::new().await;
    let user = site.create_user("uma").await;
    use diesel::prelude::*;
    let id: i64 = user.id.parse().expect("numeric id");
    let mut conn = site.tf.database().connection().expect("conn");
    let db = &mut *conn;
    match db {
        two_factor::db::AnyConnection::Sqlite(c) => diesel::sql_query(format!(
            "UPDATE two_factor_user SET is_active = 0 WHERE id = {id}"
        ))
        .execute(c),
        #[cfg(feature = "postgres")]
        two_factor::db::AnyConnection::Postgresql(c) => diesel::sql_query(format!(
            "UPDATE two_factor_user SET is_active = FALSE WHERE id = {id}"
        ))
        .execute(c),
    }
    .expect("deactivate");
    site.client()
        .login_password("uma", PASSWORD, None)
        .await
        .assert_ok_contains("Please enter a correct username and password");
}

#[actix_rt::test]
async fn eight_digit_devices_work_end_to_end() {
    let dir = std::rc::Rc::new(tempfile::tempdir().expect("tempdir"));
    let _ = &dir;
    let site = Site::new().await;
    let user = site.create_user("vera").await;
    // Build an 8-digit device through a dedicated settings object on the same database
    // and the site's clock (a system clock here let the two disagree across a step).
    let tf8 = two_factor::TwoFactor::builder()
        .database_url(site.database_url())
        .clock(site.tf.clock().clone())
        .totp_digits(8)
        .build()
        .expect("settings");
    let device = tf8.devices().begin_setup(&user.id).await.expect("setup");
    assert_eq!(device.digits, 8);
    let now = site.tf.clock().now_secs();
    let token = device.token_at_step(device.current_step(now));
    assert_eq!(token.len(), 8);
    assert_eq!(
        tf8.devices()
            .confirm_setup(&user.id, device.id, Some(token))
            .await
            .expect("db"),
        two_factor::devices::Verification::Verified
    );
    site.clock.advance_secs(30);
    let device = site.reload(&user).await.expect("device");
    let c = site.client();
    let r = c.login_password("vera", PASSWORD, None).await;
    assert!(r.body.contains("maxlength=\"8\""));
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn the_whole_flow_works_on_every_backend() {
    for backend in common::backends() {
        let site = Site::on(&backend).await;
        let name = backend.name();
        site.create_user("wendy").await;
        // Password-only login, setup through the wizard, logout, two-factor login, replay.
        let c = site.client();
        c.login_password("wendy", PASSWORD, None)
            .await
            .assert_redirect("/account/two_factor/");
        c.get("/account/two_factor/setup/").await;
        let page = c
            .post(
                "/account/two_factor/setup/",
                &[("setup_view-current_step", "welcome")],
            )
            .await;
        assert_eq!(page.step().as_deref(), Some("generator"), "{name}");
        let marker = "<span class=\"secret\">";
        let start = page.body.find(marker).expect("secret shown") + marker.len();
        let secret = &page.body[start..start + 32];
        let key = totp_rs::Secret::try_from_base32(secret).expect("base32");
        let now = two_factor::clock::Clock::now_secs(&**site.tf.clock());
        let token = two_factor::devices::totp_at(key.as_bytes(), now, 30, 0, 6);
        c.post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", &token),
            ],
        )
        .await
        .assert_redirect("/account/two_factor/setup/complete/");
        assert!(c.is_verified().await, "{name}");
        c.post("/account/logout/", &[]).await.assert_redirect("/");

        site.clock.advance_secs(30);
        let now = two_factor::clock::Clock::now_secs(&**site.tf.clock());
        let token = two_factor::devices::totp_at(key.as_bytes(), now, 30, 0, 6);
        let c = site.client();
        let r = c.login_password("wendy", PASSWORD, Some("/secret/")).await;
        assert_eq!(r.step().as_deref(), Some("token"), "{name}");
        c.login_token(&token).await.assert_redirect("/secret/");
        let replay = site.client();
        replay.login_password("wendy", PASSWORD, None).await;
        replay
            .login_token(&token)
            .await
            .assert_ok_contains("Invalid token");
    }
}
