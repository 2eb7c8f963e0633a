//! `otp_required`, the `IsVerified` guard, the `VerifiedUser` extractor
//! (`OTPRequiredMixin`), `is_verified()`, and verification ending when a device goes.

use crate::common;

use actix_web::http::StatusCode;
use common::{Client, PASSWORD, Site};

async fn verified_client(site: &Site, username: &str) -> (Client, two_factor::users::User) {
    let (user, device) = site.create_user_with_device(username).await;
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    c.login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    assert!(c.is_verified().await);
    (c, user)
}

#[actix_rt::test]
async fn otp_required_redirects_with_next() {
    let site = Site::new().await;
    let c = site.client();
    c.get("/secret/?a=1&b=2")
        .await
        .assert_redirect("/account/login/?next=%2Fsecret%2F%3Fa%3D1%26b%3D2");
    c.get("/secret-custom/")
        .await
        .assert_redirect("/custom/login/?goto=%2Fsecret-custom%2F");
}

#[actix_rt::test]
async fn otp_required_lets_verified_sessions_in() {
    let site = Site::new().await;
    let (c, _) = verified_client(&site, "alice").await;
    c.get("/secret/")
        .await
        .assert_ok_contains("the secret page");
    c.get("/guarded/")
        .await
        .assert_ok_contains("the secret page");
}

#[actix_rt::test]
async fn if_configured_admits_users_without_a_device_only() {
    let site = Site::new().await;
    site.create_user("bob").await;
    let anonymous = site.client();
    assert_eq!(
        anonymous.get("/secret-if-configured/").await.status,
        StatusCode::FOUND
    );
    let c = site.client();
    c.login_password("bob", PASSWORD, None).await;
    c.get("/secret-if-configured/")
        .await
        .assert_ok_contains("the secret page");
    c.get("/secret/")
        .await
        .assert_redirect("/account/login/?next=%2Fsecret%2F");

    site.create_user_with_device("carol").await;
    let c = site.client();
    let r = c.login_password("carol", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    assert_eq!(
        c.get("/secret-if-configured/").await.status,
        StatusCode::FOUND
    );
}

#[actix_rt::test]
async fn is_verified_guard_does_not_match_unverified_requests() {
    let site = Site::new().await;
    let r = site.client().get("/guarded/").await;
    // No route of the resource matches, so actix answers 405.
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(!r.body.contains("the secret page"));
}

#[actix_rt::test]
async fn mixin_redirects_anonymous_visitors_to_login() {
    let site = Site::new().await;
    site.client()
        .get("/mixin/")
        .await
        .assert_redirect("/account/login/?next=%2Fmixin%2F");
    assert_eq!(
        site.client().get("/mixin-raise-anonymous/").await.status,
        StatusCode::FORBIDDEN
    );
}

#[actix_rt::test]
async fn mixin_sends_unverified_users_with_a_device_to_login() {
    let site = Site::new().await;
    // A password-only session of a user with a device cannot be made through the login
    // (it asks for the token), so log in a user whose device is added afterwards.
    site.create_user("erin").await;
    let c = site.client();
    c.login_password("erin", PASSWORD, None).await;
    let erin = site.users();
    use two_factor::users::UserStore;
    let erin_user = erin
        .get_by_username("erin")
        .await
        .expect("db")
        .expect("user");
    let d = site
        .tf
        .devices()
        .begin_setup(&erin_user.id)
        .await
        .expect("setup");
    let token = site.current_token(&d);
    site.tf
        .devices()
        .confirm_setup(&erin_user.id, d.id, Some(token))
        .await
        .expect("confirm");
    c.get("/mixin/")
        .await
        .assert_redirect("/account/login/?next=%2Fmixin%2F");
}

#[actix_rt::test]
async fn mixin_options_for_users_without_a_device() {
    let site = Site::new().await;
    site.create_user("frank").await;
    let c = site.client();
    c.login_password("frank", PASSWORD, None).await;
    let r = c.get("/mixin/").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(
        r.body.contains("Permission Denied"),
        "otp_required.html: {}",
        r.body
    );
    assert!(r.body.contains("Enable Two-Factor Authentication"));
    let r = c.get("/mixin-raise-unverified/").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(!r.body.contains("Permission Denied"));
    c.get("/mixin-verification-url/")
        .await
        .assert_redirect("/account/two_factor/setup/");
}

#[actix_rt::test]
async fn mixin_admits_verified_users() {
    let site = Site::new().await;
    let (c, _) = verified_client(&site, "gina").await;
    c.get("/mixin/").await.assert_ok_contains("mixin ok gina");
    c.get("/mixin-raise-unverified/")
        .await
        .assert_ok_contains("mixin ok gina");
}

#[actix_rt::test]
async fn removing_the_device_ends_verification_at_once_on_this_instance() {
    let site = Site::new().await;
    let (c, user) = verified_client(&site, "hank").await;
    site.tf
        .devices()
        .remove_all(&user.id)
        .await
        .expect("remove");
    assert!(!c.is_verified().await);
    c.get("/secret/")
        .await
        .assert_redirect("/account/login/?next=%2Fsecret%2F");
}

#[actix_rt::test]
async fn removing_the_device_ends_verification_on_other_instances_within_the_recheck_interval() {
    for backend in common::backends() {
        let a = Site::on(&backend).await;
        let b = a.second_instance().await;
        let (c, user) = verified_client(&a, "ivan").await;
        let on_b = c.on(&b);
        assert!(
            on_b.is_verified().await,
            "{}: the session works on instance B",
            backend.name()
        );
        a.tf.devices().remove_all(&user.id).await.expect("remove");
        // B's clock moves by the re-check interval (1 s, well under the 2 s promised):
        // B must ask the database again and see the device gone, without any sleep.
        let interval = b.tf.devices().settings().recheck_interval;
        b.clock
            .advance_ms(i64::try_from(interval.as_millis()).expect("interval"));
        assert!(
            !on_b.is_verified().await,
            "{}: instance B still verified one re-check interval after the removal",
            backend.name()
        );
    }
}

#[actix_rt::test]
async fn a_session_verified_for_another_user_is_not_verified() {
    // Judy's verified browser logs in as Kim: Judy's device id must not verify Kim.
    let site = Site::new().await;
    let (c, _) = verified_client(&site, "judy").await;
    site.create_user("kim").await;
    // Log kim in on the same browser with a password: the device id must not carry over.
    c.login_password("kim", PASSWORD, None)
        .await
        .assert_redirect("/account/two_factor/");
    assert!(!c.is_verified().await);
}

#[actix_rt::test]
async fn a_forged_post_is_refused_before_any_guard_runs() {
    // The views' guards are extractors and `Post<G>` checks the CSRF token first: a POST
    // without a valid token is 403 whoever sends it (before, the setup wizard redirected
    // an anonymous forged POST to the login page and a signed-in one reached the wizard).
    let site = Site::new().await;
    let anonymous = site.client();
    anonymous.get("/account/login/").await;
    let resp = anonymous
        .post_raw(
            "/account/two_factor/setup/",
            &[("setup_view-current_step", "welcome")],
        )
        .await;
    assert_eq!(resp.status, StatusCode::FORBIDDEN, "anonymous forged POST");

    site.create_user("lee").await;
    let signed_in = site.client();
    signed_in
        .login_password("lee", PASSWORD, None)
        .await
        .assert_redirect("/account/two_factor/");
    for path in [
        "/account/two_factor/setup/",
        "/account/two_factor/backup/tokens/",
        "/account/two_factor/disable/",
    ] {
        let resp = signed_in
            .post_raw(path, &[("csrfmiddlewaretoken", "forged")])
            .await;
        assert_eq!(resp.status, StatusCode::FORBIDDEN, "{path}");
    }
    // With the token the same guard answers with its redirect (not verified: to login).
    signed_in.get("/account/two_factor/").await;
    let resp = signed_in
        .post("/account/two_factor/backup/tokens/", &[])
        .await;
    assert_eq!(resp.status, StatusCode::FOUND);
    assert!(
        resp.location
            .as_deref()
            .unwrap_or("")
            .starts_with("/account/login/"),
        "{:?}",
        resp.location
    );
}
