//! Cookie-store sessions end when the password changes or two-factor authentication is
//! disabled, even though the server cannot delete them.

use crate::common;

use actix_web::http::StatusCode;
use common::{Client, PASSWORD, Site};

async fn verified_browser(
    site: &Site,
    username: &str,
    device: &two_factor::devices::TotpDevice,
) -> Client {
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    site.clock.advance_secs(30);
    c.login_token(&site.current_token(device))
        .await
        .assert_redirect("/account/two_factor/");
    c
}

#[actix_rt::test]
async fn disabling_two_factor_ends_the_other_sessions() {
    let site = Site::new().await;
    let (_, device) = site.create_user_with_device("alice").await;
    let a = verified_browser(&site, "alice", &device).await;
    let b = verified_browser(&site, "alice", &device).await;
    // A stolen copy of B's cookie.
    let stolen = b.clone_cookies();
    a.get("/account/two_factor/disable/").await;
    a.post("/account/two_factor/disable/", &[("understand", "on")])
        .await
        .assert_redirect("/account/two_factor/");
    // A carries on (password-level); B and the stolen copy are logged out.
    assert_eq!(a.get("/account/two_factor/").await.status, StatusCode::OK);
    assert_eq!(
        b.get("/account/two_factor/").await.status,
        StatusCode::FOUND
    );
    assert_eq!(
        stolen.get("/account/two_factor/").await.status,
        StatusCode::FOUND
    );
}

#[actix_rt::test]
async fn a_password_change_ends_every_session() {
    let site = Site::new().await;
    let (user, device) = site.create_user_with_device("bob").await;
    let a = verified_browser(&site, "bob", &device).await;
    let replay = a.clone_cookies();
    site.users()
        .set_password(&user.id, "new password, long enough")
        .await
        .expect("set");
    // Other instances notice within the re-check interval; this one too: move the clock
    // by that interval instead of sleeping.
    let interval = site.tf.devices().settings().recheck_interval;
    site.clock
        .advance_ms(i64::try_from(interval.as_millis()).expect("interval"));
    assert_eq!(
        a.get("/account/two_factor/").await.status,
        StatusCode::FOUND
    );
    assert!(!replay.is_verified().await);
    // Logging in again works.
    let again = site.client();
    let r = again
        .login_password("bob", "new password, long enough", None)
        .await;
    assert_eq!(r.step().as_deref(), Some("token"));
}
