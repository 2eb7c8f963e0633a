//! Sensitive actions need a recent password (and token) check.

mod common;

use actix_web::http::StatusCode;
use common::{PASSWORD, Site};

#[actix_rt::test]
async fn stale_sessions_must_reauthenticate_before_sensitive_actions() {
    let site = Site::new().await;
    let (user, device) = site.create_user_with_device("alice").await;
    let c = site.client();
    c.login_password("alice", PASSWORD, None).await;
    c.login_token(&site.current_token(&device)).await;
    // Fresh login: allowed.
    assert_eq!(
        c.get("/account/two_factor/disable/").await.status,
        StatusCode::OK
    );
    site.clock.advance_secs(16 * 60);
    for page in [
        "/account/two_factor/disable/",
        "/account/two_factor/backup/tokens/",
    ] {
        let expected =
            two_factor::redirects::with_query("/account/two_factor/reauth/", "next", page);
        c.get(page).await.assert_redirect(&expected);
    }
    // A POST without re-authentication changes nothing.
    c.get("/account/two_factor/").await;
    let r = c
        .post("/account/two_factor/disable/", &[("understand", "on")])
        .await;
    r.assert_redirect("/account/two_factor/reauth/?next=%2Faccount%2Ftwo_factor%2F");
    assert!(site.reload(&user).await.is_some());

    // Wrong password, then wrong token: refused.
    let page = c
        .get("/account/two_factor/reauth/?next=%2Faccount%2Ftwo_factor%2Fdisable%2F")
        .await;
    page.assert_ok_contains("Confirm it");
    assert!(page.body.contains("name=\"reauth-otp_token\""));
    let r = c
        .post(
            "/account/two_factor/reauth/?next=%2Faccount%2Ftwo_factor%2Fdisable%2F",
            &[
                ("reauth-password", "nope"),
                ("reauth-otp_token", &site.current_token(&device)),
            ],
        )
        .await;
    r.assert_ok_contains("Your password was entered incorrectly");
    let r = c
        .post(
            "/account/two_factor/reauth/?next=%2Faccount%2Ftwo_factor%2Fdisable%2F",
            &[
                ("reauth-password", PASSWORD),
                ("reauth-otp_token", "000000"),
            ],
        )
        .await;
    r.assert_ok_contains("Invalid token");
    site.clock.advance_ms(1100);
    c.post(
        "/account/two_factor/reauth/?next=%2Faccount%2Ftwo_factor%2Fdisable%2F",
        &[
            ("reauth-password", PASSWORD),
            ("reauth-otp_token", &site.current_token(&device)),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/disable/");
    c.get("/account/two_factor/disable/").await;
    c.post("/account/two_factor/disable/", &[("understand", "on")])
        .await
        .assert_redirect("/account/two_factor/");
    assert!(site.reload(&user).await.is_none());
}

#[actix_rt::test]
async fn reauthentication_refuses_hostile_next_and_needs_csrf() {
    let site = Site::new().await;
    site.create_user("bob").await;
    let c = site.client();
    c.login_password("bob", PASSWORD, None).await;
    c.get("/account/two_factor/reauth/?next=//evil.com").await;
    assert_eq!(
        c.post_raw(
            "/account/two_factor/reauth/",
            &[("reauth-password", PASSWORD)]
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    c.post(
        "/account/two_factor/reauth/?next=//evil.com",
        &[("reauth-password", PASSWORD)],
    )
    .await
    .assert_redirect("/account/two_factor/");
    // Anonymous visitors are sent to log in.
    assert_eq!(
        site.client()
            .get("/account/two_factor/reauth/")
            .await
            .status,
        StatusCode::FOUND
    );
}
