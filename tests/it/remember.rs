//! "Don't ask again on this device": the remember cookie skips the token step while it is
//! valid, and only then.

use crate::common;

use std::time::Duration;

use actix_web::http::StatusCode;
use common::{Client, PASSWORD, Site, SiteOptions};

const PREFIX: &str = "remember-cookie_";

async fn site() -> Site {
    Site::with(SiteOptions {
        remember: Some(Duration::from_secs(7 * 86_400)),
        ..Default::default()
    })
    .await
}

/// Logs in with the token and ticks "remember"; returns the browser holding the cookie.
async fn remembered(
    site: &Site,
    username: &str,
) -> (
    Client,
    two_factor::users::User,
    two_factor::devices::TotpDevice,
) {
    let (user, device) = site.create_user_with_device(username).await;
    let c = site.client();
    let r = c.login_password(username, PASSWORD, None).await;
    r.assert_ok_contains("Don&#x27;t ask again on this device for 7 days");
    assert!(r.body.contains("name=\"token-remember\""));
    c.post(
        "/account/login/",
        &[
            ("login_view-current_step", "token"),
            ("token-otp_token", &site.current_token(&device)),
            ("token-remember", "on"),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/");
    assert_eq!(c.cookie_names(PREFIX).len(), 1, "one remember cookie set");
    c.post("/account/logout/", &[]).await;
    assert_eq!(c.cookie_names(PREFIX).len(), 1, "it outlives the session");
    (c, user, device)
}

#[actix_rt::test]
async fn off_by_default() {
    let site = Site::new().await;
    site.create_user_with_device("alice").await;
    let r = site.client().login_password("alice", PASSWORD, None).await;
    assert!(!r.body.contains("token-remember"));
}

#[actix_rt::test]
async fn a_valid_cookie_skips_the_token_step_and_counts_as_verification() {
    let site = site().await;
    let (c, _, _) = remembered(&site, "bob").await;
    let verified = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = verified.clone();
    site.tf.signals().connect_user_verified(move |_, _, _| {
        let counter = counter.clone();
        async move {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            Ok(())
        }
    });
    c.get("/account/login/").await;
    c.login_password("bob", PASSWORD, Some("/secret/"))
        .await
        .assert_redirect("/secret/");
    assert!(c.is_verified().await);
    // Receivers run after the response: wait for them before looking.
    site.tf.signals().flush().await;
    assert_eq!(verified.load(std::sync::atomic::Ordering::SeqCst), 1);
}

#[actix_rt::test]
async fn no_cookie_unless_ticked() {
    let site = site().await;
    let (_, device) = site.create_user_with_device("carol").await;
    let c = site.client();
    c.login_password("carol", PASSWORD, None).await;
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    assert!(c.cookie_names(PREFIX).is_empty());
}

#[actix_rt::test]
async fn an_expired_cookie_asks_for_the_token_and_is_deleted() {
    let site = site().await;
    let (c, _, _) = remembered(&site, "dave").await;
    site.clock.advance_secs(7 * 86_400 + 1);
    let r = c.login_password("dave", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    assert!(c.cookie_names(PREFIX).is_empty(), "deleted");
}

#[actix_rt::test]
async fn tampered_and_malformed_cookies_are_ignored_deleted_and_counted() {
    let site = site().await;
    let (c, user, _) = remembered(&site, "erin").await;
    let name = c.cookie_names(PREFIX).remove(0);
    let value = c.cookie(&name).expect("value");
    // Flip the expiry: the MAC no longer matches.
    let mut parts: Vec<&str> = value.split('.').collect();
    let forged_expiry = "99999999999";
    parts[3] = forged_expiry;
    let forged = parts.join(".");
    c.set_cookie(&name, &forged);
    let r = c.login_password("erin", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    assert!(c.cookie(&name).is_none(), "the forged cookie is deleted");
    assert_eq!(site.totp_failures(&user).await, 1);

    let long = "x".repeat(10_000);
    for (i, garbage) in [
        "",
        "abc",
        "v1.a.b.c.d.e",
        "v2.a.b.c.d.e.f",
        "v1:1:2:3",
        long.as_str(),
        "v1.%FF%FE.totp/1.1.AA",
    ]
    .iter()
    .enumerate()
    {
        site.clock.advance_secs(3600);
        let b = site.client();
        b.set_cookie(&format!("{PREFIX}junk{i}"), garbage);
        let r = b.login_password("erin", PASSWORD, None).await;
        assert_eq!(r.status, StatusCode::OK, "{garbage:?}");
        assert_eq!(r.step().as_deref(), Some("token"), "{garbage:?}");
    }
}

#[actix_rt::test]
async fn a_password_change_voids_the_cookie() {
    let site = site().await;
    let (c, user, _) = remembered(&site, "frank").await;
    site.users()
        .set_password(&user.id, "a brand new password")
        .await
        .expect("set");
    let r = c
        .login_password("frank", "a brand new password", None)
        .await;
    assert_eq!(r.step().as_deref(), Some("token"));
}

#[actix_rt::test]
async fn removing_the_device_voids_the_cookie() {
    let site = site().await;
    let (c, user, _) = remembered(&site, "gina").await;
    site.tf
        .devices()
        .remove_all(&user.id)
        .await
        .expect("remove");
    // Set up a new device: the old cookie names the old one.
    let device = site
        .tf
        .devices()
        .begin_setup(&user.id)
        .await
        .expect("setup");
    let token = site.current_token(&device);
    site.tf
        .devices()
        .confirm_setup(&user.id, device.id, Some(token))
        .await
        .expect("confirm");
    let r = c.login_password("gina", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    assert!(c.cookie_names(PREFIX).is_empty());
}

#[actix_rt::test]
async fn a_throttled_device_still_asks_for_the_token() {
    let site = site().await;
    let (c, _, _) = remembered(&site, "hank").await;
    // A wrong token in another browser throttles the device.
    let other = site.client();
    other.login_password("hank", PASSWORD, None).await;
    other.login_token("000000").await;
    let r = c.login_password("hank", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
}

#[actix_rt::test]
async fn another_users_cookie_does_not_log_this_user_in() {
    let site = site().await;
    let (c, _, _) = remembered(&site, "ivan").await;
    site.create_user_with_device("judy").await;
    let r = c.login_password("judy", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    assert_eq!(
        c.cookie_names(PREFIX).len(),
        1,
        "ivan's cookie stays for ivan"
    );
}

/// Finding 8.1: one request with many bogus cookies used to count one failure each and lock
/// the device. Cookies that cannot be ours (bad format) count nothing; well-formed cookies
/// whose MAC fails count at most one failure per request.
#[actix_rt::test]
async fn many_bogus_cookies_count_at_most_one_failure_per_request() {
    let site = site().await;
    let (c, user, _) = remembered(&site, "mallory_target").await;
    let name = c.cookie_names(PREFIX).remove(0);
    let value = c.cookie(&name).expect("value");

    // 120 malformed cookies: dropped, not counted.
    let b = site.client();
    for i in 0..120 {
        b.set_cookie(&format!("{PREFIX}junk{i}"), &format!("garbage{i}"));
    }
    let r = b.login_password("mallory_target", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    assert_eq!(
        site.totp_failures(&user).await,
        0,
        "malformed cookies count nothing"
    );
    assert!(b.cookie_names(PREFIX).is_empty(), "and are deleted");

    // 120 well-formed cookies for this user whose MAC fails: one failure for the request.
    let b = site.client();
    let parts: Vec<&str> = value.split('.').collect();
    for i in 0..120 {
        let forged = format!(
            "{}.{}.{}.{}.{}.{}",
            parts[0],
            parts[1],
            parts[2],
            99_999_999_000u64 + i,
            parts[4],
            parts[5]
        );
        b.set_cookie(&format!("{PREFIX}forged{i}"), &forged);
    }
    let r = b.login_password("mallory_target", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    assert_eq!(
        site.totp_failures(&user).await,
        1,
        "one failure per request"
    );

    // While the device is throttled another such request adds nothing, and after the
    // back-off the right code still works.
    let b = site.client();
    for i in 0..5 {
        let forged = format!(
            "{}.{}.{}.{}.{}",
            parts[0],
            parts[1],
            parts[2],
            99_999_998_000u64 + i,
            parts[4]
        );
        b.set_cookie(&format!("{PREFIX}again{i}"), &forged);
    }
    b.login_password("mallory_target", PASSWORD, None).await;
    assert_eq!(
        site.totp_failures(&user).await,
        1,
        "nothing counted while throttled"
    );
}

/// The remembered browser, signed in again through its cookie (verified).
async fn back_in(site: &Site, c: &Client, username: &str) {
    site.clock.advance_secs(60);
    c.login_password(username, PASSWORD, None)
        .await
        .assert_redirect("/account/two_factor/");
    assert!(c.is_verified().await);
}

#[actix_rt::test]
async fn trusted_browsers_are_listed_and_taken_back_one_by_one_or_all() {
    for backend in common::backends() {
        let site = Site::with(SiteOptions {
            backend: backend.clone(),
            remember: Some(Duration::from_secs(7 * 86_400)),
            ..Default::default()
        })
        .await;
        let (laptop, user, device) = remembered(&site, "trudy").await;
        back_in(&site, &laptop, "trudy").await;
        let page = common::unescape(&laptop.get("/account/two_factor/sessions/").await.body);
        assert!(page.contains("Trusted browsers"), "{page}");
        assert!(page.contains("Stop trusting all browsers"));
        let ids: Vec<i64> = page
            .split("action=\"/account/two_factor/trusted-browsers/revoke/")
            .skip(1)
            .map(|rest| rest.split('/').next().unwrap().parse().expect("id"))
            .collect();
        assert_eq!(ids.len(), 1, "{}", backend.name());

        // The API lists the same grant; another user's id is not found.
        let api = crate::api::Api::app(&site);
        site.clock.advance_secs(30);
        api.login_verified("trudy", site.current_token(&device))
            .await;
        let listed = api.ok("GET", "/trusted-browsers", None).await;
        let grants = listed["trusted_browsers"].as_array().expect("list");
        assert_eq!(grants.len(), 1);
        assert_eq!(grants[0]["id"], ids[0]);
        assert_eq!(grants[0]["device"], format!("totp/{}", device.id));
        assert!(grants[0]["last_used"].is_i64(), "used once: {}", grants[0]);
        api.problem("DELETE", "/trusted-browsers/999999", None, 404, "not_found")
            .await;
        api.problem("DELETE", "/trusted-browsers/x", None, 404, "not_found")
            .await;

        // Taken back: the next login on that browser asks for a token, and the stale
        // cookie is deleted.
        laptop
            .post(
                &format!("/account/two_factor/trusted-browsers/revoke/{}/", ids[0]),
                &[],
            )
            .await
            .assert_redirect("/account/two_factor/sessions/");
        laptop.post("/account/logout/", &[]).await;
        site.clock.advance_secs(60);
        let r = laptop.login_password("trudy", PASSWORD, None).await;
        assert_eq!(r.step().as_deref(), Some("token"), "{}", backend.name());
        assert!(
            laptop.cookie_names(PREFIX).is_empty(),
            "the revoked cookie is deleted"
        );
        assert_eq!(
            site.totp_failures(&user).await,
            0,
            "a revoked grant is no forgery"
        );

        // Two browsers trusted, then all taken back through the API.
        site.clock.advance_secs(30);
        let second = remembered_again(&site, "trudy", &device).await;
        let third = remembered_again(&site, "trudy", &device).await;
        let listed = api.ok("GET", "/trusted-browsers", None).await;
        assert_eq!(listed["trusted_browsers"].as_array().map(Vec::len), Some(2));
        let none = api
            .ok(
                "POST",
                "/trusted-browsers/revoke-all",
                Some(serde_json::json!({})),
            )
            .await;
        assert_eq!(none["trusted_browsers"], serde_json::json!([]));
        for c in [second, third] {
            site.clock.advance_secs(60);
            let r = c.login_password("trudy", PASSWORD, None).await;
            assert_eq!(r.step().as_deref(), Some("token"));
        }
    }
}

/// Another browser of an existing user, remembered.
async fn remembered_again(
    site: &Site,
    username: &str,
    device: &two_factor::devices::TotpDevice,
) -> Client {
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    site.clock.advance_secs(30);
    c.post(
        "/account/login/",
        &[
            ("login_view-current_step", "token"),
            ("token-otp_token", &site.current_token(device)),
            ("token-remember", "on"),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/");
    c.get("/account/two_factor/").await;
    c.post("/account/logout/", &[]).await;
    c
}
