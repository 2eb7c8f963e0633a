//! Profile, disable and logout.

use crate::common;

use actix_web::http::StatusCode;
use common::{PASSWORD, Site};

#[actix_rt::test]
async fn profile_requires_login_and_shows_status() {
    let site = Site::new().await;
    site.client()
        .get("/account/two_factor/")
        .await
        .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2F");
    site.create_user("alice").await;
    let c = site.client();
    c.login_password("alice", PASSWORD, None).await;
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("Two-factor authentication is not enabled");
}

#[actix_rt::test]
async fn disable_requires_a_verified_session() {
    let site = Site::new().await;
    let (user, _) = site.create_user_with_device("bob").await;
    // Password-only session: a fresh user with a device added after login.
    let c = site.client();
    let r = c.login_password("bob", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    c.get("/account/two_factor/disable/")
        .await
        .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2Fdisable%2F");
    let r = c
        .post("/account/two_factor/disable/", &[("understand", "on")])
        .await;
    assert_eq!(r.status, StatusCode::FOUND);
    assert!(site.reload(&user).await.is_some(), "devices remain");
}

#[actix_rt::test]
async fn disable_needs_understand_and_deletes_devices() {
    let site = Site::new().await;
    let (user, device) = site.create_user_with_device("carol").await;
    let c = site.client();
    c.login_password("carol", PASSWORD, None).await;
    c.login_token(&site.current_token(&device)).await;
    c.get("/account/two_factor/disable/")
        .await
        .assert_ok_contains("Disable Two-factor Authentication");
    let r = c.post("/account/two_factor/disable/", &[]).await;
    r.assert_ok_contains("This field is required.");
    assert!(site.reload(&user).await.is_some());
    // CSRF is checked before anything else.
    let r = c
        .post_raw("/account/two_factor/disable/", &[("understand", "on")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(site.reload(&user).await.is_some());
    c.post("/account/two_factor/disable/", &[("understand", "on")])
        .await
        .assert_redirect("/account/two_factor/");
    assert!(site.reload(&user).await.is_none());
    assert!(!c.is_verified().await);
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("Two-factor authentication is not enabled");
    // Logging in is password-only now.
    let c2 = site.client();
    c2.login_password("carol", PASSWORD, None)
        .await
        .assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn logout_is_a_csrf_protected_post() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("dave").await;
    let c = site.client();
    c.login_password("dave", PASSWORD, None).await;
    c.login_token(&site.current_token(&device)).await;
    assert_eq!(
        c.get("/account/logout/").await.status,
        StatusCode::METHOD_NOT_ALLOWED
    );
    assert_eq!(
        c.post_raw("/account/logout/", &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert!(c.is_verified().await);
    c.get("/account/two_factor/").await;
    c.post("/account/logout/", &[]).await.assert_redirect("/");
    assert!(!c.is_verified().await);
    assert_eq!(
        c.get("/account/two_factor/").await.status,
        StatusCode::FOUND
    );
}

#[actix_rt::test]
async fn pages_render_the_csrf_token_and_no_cache_headers() {
    let site = Site::new().await;
    let c = site.client();
    let r = c.get("/account/login/").await;
    assert!(!c.csrf_token().is_empty());
    assert!(r.body.contains("csrfmiddlewaretoken"));
    assert_eq!(r.cache_control.as_deref(), Some("no-store"));
}

#[actix_rt::test]
async fn template_overrides_replace_the_base() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("two_factor")).expect("mkdir");
    std::fs::write(
        dir.path().join("two_factor/_base.html"),
        "<html><body>CUSTOM BASE {{ site_name }}{% block content_wrapper %}{% block content %}{% endblock content %}{% endblock content_wrapper %}</body></html>",
    )
    .expect("write");
    let site = Site::with(common::SiteOptions {
        template_dir: Some(dir.path().to_path_buf()),
        ..Default::default()
    })
    .await;
    let r = site.client().get("/account/login/").await;
    r.assert_ok_contains("CUSTOM BASE Test Site");
    assert!(
        r.body.contains("auth-username"),
        "the login form still renders inside it"
    );
}

/// Finding 8.11: a logged-in but unverified session of a user who has a device is sent to
/// the token step, as the other account pages do, instead of being shown the profile.
#[actix_rt::test]
async fn the_profile_needs_a_verified_session_once_the_user_has_a_device() {
    let site = common::Site::new().await;
    let user = site.create_user("uma").await;
    let c = site.client();
    c.login_password("uma", common::PASSWORD, None)
        .await
        .assert_redirect("/account/two_factor/");
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("Two-factor authentication is not enabled");
    // A device appears (set up in another browser): this session is not verified by it.
    let device = site
        .tf
        .devices()
        .begin_setup(&user.id)
        .await
        .expect("begin setup");
    let token = device.token_at_step(device.current_step(site.tf.clock().now_secs()));
    site.tf
        .devices()
        .confirm_setup(&user.id, device.id, Some(token))
        .await
        .expect("confirm");
    let r = c.get("/account/two_factor/").await;
    assert_eq!(r.status, actix_web::http::StatusCode::FOUND, "{}", r.body);
    assert_eq!(
        r.location.as_deref(),
        Some("/account/login/?next=%2Faccount%2Ftwo_factor%2F")
    );
}
