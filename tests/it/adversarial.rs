//! Adversarial cases from the security requirements that no other test file covers;
//! SECURITY.md maps every case to its test.

use crate::common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use actix_web::http::StatusCode;
use common::{PASSWORD, Site};

/// Case 1: an empty or missing code gets the generic "required" error and counts.
#[actix_rt::test]
async fn case_01_empty_or_missing_code_counts_as_a_failure() {
    let site = Site::with(common::SiteOptions {
        throttle_factor: 0,
        ..Default::default()
    })
    .await;
    let (user, _) = site.create_user_with_device("alice").await;
    let c = site.client();
    c.login_password("alice", PASSWORD, None).await;
    c.login_token("")
        .await
        .assert_ok_contains("This field is required.");
    c.post("/account/login/", &[("login_view-current_step", "token")])
        .await
        .assert_ok_contains("This field is required.");
    for line_end in ["123456\n", "\n123456", "123456\r\n"] {
        c.login_token(line_end)
            .await
            .assert_ok_contains("Invalid token");
    }
    assert_eq!(site.totp_failures(&user).await, 5);
}

/// Case 18: after 100 consecutive failures the device refuses even the right code, in
/// any session, until an administrator resets it.
#[actix_rt::test]
async fn case_18_the_hundred_and_first_attempt_is_never_evaluated() {
    let site = Site::new().await;
    let (user, device) = site.create_user_with_device("bob").await;
    let long_ago = two_factor::clock::Clock::now_ms(&**site.tf.clock()) - 10 * 365 * 86_400_000;
    site.exec(&format!(
            "UPDATE otp_totp_device SET throttling_failure_count = 100, throttling_failure_timestamp = {long_ago} WHERE id = {}",
            device.id
        ),
    );
    for _ in 0..2 {
        let c = site.client();
        c.login_password("bob", PASSWORD, None).await;
        c.login_token(&site.current_token(&device))
            .await
            .assert_ok_contains("Verification temporarily disabled because of 100 failed attempts");
        site.clock.advance_secs(30);
    }
    assert_eq!(
        site.totp_failures(&user).await,
        100,
        "refusals are not counted"
    );
}

/// Case 25: a pending (password-only) login reaches nothing protected.
#[actix_rt::test]
async fn case_25_a_pending_session_is_redirected_everywhere() {
    let site = Site::new().await;
    site.create_user_with_device("carol").await;
    let c = site.client();
    let r = c.login_password("carol", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    for path in [
        "/secret/",
        "/mixin/",
        "/account/two_factor/",
        "/account/two_factor/setup/",
        "/account/two_factor/disable/",
        "/account/two_factor/backup/tokens/",
        "/account/two_factor/phone/register/",
        "/account/two_factor/reauth/",
    ] {
        let r = c.get(path).await;
        assert_eq!(r.status, StatusCode::FOUND, "{path}");
        assert!(
            r.location
                .as_deref()
                .unwrap_or("")
                .starts_with("/account/login/"),
            "{path}: {:?}",
            r.location
        );
    }
    assert!(!c.is_verified().await);
}

/// Case 38 (database error): the token step fails closed with 503 and no `user_verified`.
#[actix_rt::test]
async fn case_38_a_database_error_fails_closed_without_the_signal() {
    let site = Site::new().await;
    let fired = Arc::new(AtomicUsize::new(0));
    let counter = fired.clone();
    site.tf.signals().connect_user_verified(move |_, _, _| {
        let counter = counter.clone();
        async move {
            counter.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
    });
    let (_, device) = site.create_user_with_device("dave").await;
    let c = site.client();
    c.login_password("dave", PASSWORD, None).await;
    site.exec("ALTER TABLE otp_totp_device RENAME TO otp_totp_device_gone");
    let r = c.login_token(&site.current_token(&device)).await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.body.contains("temporarily unavailable"));
    assert!(
        !r.body.to_lowercase().contains("otp_totp_device"),
        "no internals on the page"
    );
    // Receivers run after the response: wait for them before looking.
    site.tf.signals().flush().await;
    assert_eq!(fired.load(Ordering::SeqCst), 0);
    assert!(!c.is_verified().await);
    site.exec("ALTER TABLE otp_totp_device_gone RENAME TO otp_totp_device");
    site.clock.advance_secs(30);
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    site.tf.signals().flush().await;
    assert_eq!(fired.load(Ordering::SeqCst), 1);
}

/// Case 35 through the reauth and setup views too: hostile `next` never leaves the site.
#[actix_rt::test]
async fn case_35_hostile_next_on_setup_is_dropped() {
    let site = Site::new().await;
    site.create_user("erin").await;
    let c = site.client();
    c.login_password("erin", PASSWORD, None).await;
    c.get("/account/two_factor/setup/?next=//evil.com").await;
    assert!(!site.session_text(&c).contains("evil.com"));
}
