//! Finding 8.4: sessions end. A logged-in session lasts at most `session_max_age`
//! (default 12 h) from the login, and ends after `session_idle_timeout` (default 30 min)
//! without a request; a pending (password-only) login does not survive a completed login,
//! a logout or a password change.

use crate::common;

use common::{PASSWORD, Site};

async fn logged_in(site: &Site, username: &str) -> common::Client {
    let (_, device) = site.create_user_with_device(username).await;
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    assert!(c.is_verified().await);
    c
}

#[actix_rt::test]
async fn an_active_session_ends_after_the_absolute_lifetime() {
    let site = Site::new().await;
    let c = logged_in(&site, "ada").await;
    // Active every 20 minutes: never idle, but 12 hours after the login it is over.
    for _ in 0..35 {
        site.clock.advance_secs(20 * 60);
        assert!(c.is_verified().await, "still within 12 h");
    }
    site.clock.advance_secs(20 * 60 + 1);
    assert!(!c.is_verified().await, "12 h after the login");
    // Logged out, not merely unverified: the profile asks for a login.
    let r = c.get("/account/two_factor/").await;
    assert_eq!(r.status, actix_web::http::StatusCode::FOUND);
    assert!(
        r.location
            .as_deref()
            .is_some_and(|l| l.starts_with("/account/login/")),
        "{:?}",
        r.location
    );
    let r = c.get("/secret/").await;
    assert_eq!(r.status, actix_web::http::StatusCode::FOUND);
}

#[actix_rt::test]
async fn an_idle_session_ends_and_activity_keeps_it() {
    let site = Site::new().await;
    let c = logged_in(&site, "bea").await;
    for _ in 0..4 {
        site.clock.advance_secs(25 * 60);
        assert!(c.is_verified().await, "25 min apart keeps it alive");
    }
    site.clock.advance_secs(30 * 60 + 61);
    assert!(!c.is_verified().await, "31 min idle ends it");
    let r = c.get("/account/two_factor/").await;
    assert!(
        r.location
            .as_deref()
            .is_some_and(|l| l.starts_with("/account/login/")),
        "{:?}",
        r.location
    );
}

#[actix_rt::test]
async fn lifetimes_are_settings_and_zero_turns_them_off() {
    use std::time::Duration;
    let settings = two_factor::TwoFactor::builder()
        .database_url(":memory:")
        .session_limits(
            two_factor::config::SessionLimits::default()
                .max_age(Duration::ZERO)
                .idle_timeout(Duration::from_secs(600)),
        );
    let tf = settings.build().expect("settings");
    assert_eq!(tf.session_max_age(), Duration::ZERO);
    assert_eq!(tf.session_idle_timeout(), Duration::from_secs(600));
    let defaults = two_factor::TwoFactor::builder()
        .database_url(":memory:")
        .build()
        .expect("settings");
    assert_eq!(defaults.session_max_age(), Duration::from_secs(12 * 3600));
    assert_eq!(
        defaults.session_idle_timeout(),
        Duration::from_secs(30 * 60)
    );
}

#[actix_rt::test]
async fn a_pending_login_does_not_survive_a_password_change() {
    let site = Site::new().await;
    let (user, device) = site.create_user_with_device("cleo").await;
    let c = site.client();
    let r = c.login_password("cleo", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    site.users()
        .set_password(&user.id, "a brand new password")
        .await
        .expect("password changed");
    let r = c.login_token(&site.current_token(&device)).await;
    assert_eq!(r.status, actix_web::http::StatusCode::OK);
    assert_eq!(r.step().as_deref(), Some("auth"), "back to the password");
    assert!(!c.is_verified().await);
}

#[actix_rt::test]
async fn a_pending_login_does_not_survive_logout_or_a_completed_login() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("dora").await;
    let c = site.client();
    c.login_password("dora", PASSWORD, None).await;
    assert!(site.session_text(&c).contains("\"two_factor.login\""));
    c.post("/account/logout/", &[]).await;
    assert!(
        !site.session_text(&c).contains("\"two_factor.login\""),
        "logout ended the pending login"
    );
    c.get("/account/login/").await;
    let r = c
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-otp_token", &site.current_token(&device)),
            ],
        )
        .await;
    assert_eq!(
        r.step().as_deref(),
        Some("auth"),
        "no token step without a password"
    );
    assert!(!c.is_verified().await);

    c.login_password("dora", PASSWORD, None).await;
    assert!(site.session_text(&c).contains("\"two_factor.login\""));
    site.clock.advance_secs(31);
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    assert!(
        !site.session_text(&c).contains("\"two_factor.login\""),
        "a completed login leaves no pending state"
    );
}
