//! The enforce-two-factor policy: required, staff, a predicate, and the allow-list.

use crate::common;

use std::sync::Arc;

use actix_web::http::StatusCode;
use common::{PASSWORD, Site, SiteOptions};
use two_factor::policy::TwoFactorPolicy;
use two_factor::users::NewUser;

async fn site(policy: TwoFactorPolicy) -> Site {
    Site::with(SiteOptions {
        policy: Some(policy),
        ..Default::default()
    })
    .await
}

#[actix_rt::test]
async fn required_sends_users_without_a_device_to_setup_and_back() {
    let site = site(TwoFactorPolicy::Required).await;
    site.create_user("alice").await;
    let c = site.client();
    c.login_password("alice", PASSWORD, None)
        .await
        .assert_redirect("/account/two_factor/");
    // Every page but the allow-list redirects to setup with next.
    c.get("/status/?x=1")
        .await
        .assert_redirect("/account/two_factor/setup/?next=%2Fstatus%2F%3Fx%3D1");
    c.get("/account/two_factor/")
        .await
        .assert_redirect("/account/two_factor/setup/?next=%2Faccount%2Ftwo_factor%2F");
    // The allow-list stays reachable.
    assert_eq!(c.get("/public/").await.status, StatusCode::OK);
    assert_eq!(c.get("/static/app.css").await.status, StatusCode::OK);
    assert_eq!(c.get("/account/login/").await.status, StatusCode::OK);
    assert_eq!(
        c.get("/account/two_factor/qrcode/").await.status,
        StatusCode::NOT_FOUND
    );
    // Setup, then back where they were going.
    let r = c
        .get("/account/two_factor/setup/?next=%2Fstatus%2F%3Fx%3D1")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let page = c
        .post(
            "/account/two_factor/setup/",
            &[("setup_view-current_step", "welcome")],
        )
        .await;
    let body = common::unescape(&page.body);
    let marker = "<span class=\"secret\">";
    let i = body.find(marker).expect("secret") + marker.len();
    let key = totp_rs::Secret::try_from_base32(&body[i..i + 32]).expect("base32");
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
    .assert_redirect("/status/?x=1");
    c.get("/status/").await.assert_ok_contains("verified=true");
    // Logout stays possible for anyone.
}

#[actix_rt::test]
async fn logout_is_exempt() {
    let site = site(TwoFactorPolicy::Required).await;
    site.create_user("bob").await;
    let c = site.client();
    c.login_password("bob", PASSWORD, None).await;
    c.get("/account/login/").await;
    c.post("/account/logout/", &[]).await.assert_redirect("/");
    // Anonymous visitors are not affected by the policy.
    assert_eq!(c.get("/status/").await.status, StatusCode::OK);
}

#[actix_rt::test]
async fn staff_policy_only_applies_to_staff() {
    let site = site(TwoFactorPolicy::Staff).await;
    site.create_user("carol").await;
    site.users()
        .create_user(NewUser {
            username: "dave",
            email: "dave@example.com",
            password: PASSWORD,
            is_staff: true,
            is_superuser: false,
        })
        .await
        .expect("staff user");
    let c = site.client();
    c.login_password("carol", PASSWORD, None).await;
    c.get("/status/").await.assert_ok_contains("verified=false");
    let s = site.client();
    s.login_password("dave", PASSWORD, None).await;
    s.get("/status/")
        .await
        .assert_redirect("/account/two_factor/setup/?next=%2Fstatus%2F");
}

#[actix_rt::test]
async fn a_custom_predicate_decides() {
    let site = site(TwoFactorPolicy::Custom(Arc::new(|u| {
        u.username.starts_with("admin")
    })))
    .await;
    site.create_user("admin_erin").await;
    site.create_user("frank").await;
    let a = site.client();
    a.login_password("admin_erin", PASSWORD, None).await;
    a.get("/status/")
        .await
        .assert_redirect("/account/two_factor/setup/?next=%2Fstatus%2F");
    let f = site.client();
    f.login_password("frank", PASSWORD, None).await;
    f.get("/status/").await.assert_ok_contains("verified=false");
}

#[actix_rt::test]
async fn optional_policy_changes_nothing() {
    let site = Site::new().await;
    site.create_user("gina").await;
    let c = site.client();
    c.login_password("gina", PASSWORD, None).await;
    c.get("/status/").await.assert_ok_contains("verified=false");
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("not enabled");
}

#[actix_rt::test]
async fn verified_users_pass_untouched() {
    let site = site(TwoFactorPolicy::Required).await;
    let (_, device) = site.create_user_with_device("hank").await;
    let c = site.client();
    c.login_password("hank", PASSWORD, None).await;
    c.login_token(&site.current_token(&device)).await;
    c.get("/status/").await.assert_ok_contains("verified=true");
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("Account Security");
}
