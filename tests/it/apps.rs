//! Several authenticator apps per user (issue 23, part 1): added from the profile with a
//! name, a code from any of them at login, "Try another way" listing every device by its
//! name, renaming and removing each on its own; the same through the JSON API. On every
//! database the tests know.

use crate::common;

use actix_web::http::StatusCode;
use common::{Backend, Client, PASSWORD, Site, backends, unescape};
use serde_json::json;
use two_factor::devices::{Device, TotpDevice};
use two_factor::users::User;

use crate::api::Api;

/// The secret shown for typing in on the add-an-app page.
fn secret_on(page: &str) -> String {
    let start = page.find("class=\"secret\">").expect("secret shown") + "class=\"secret\">".len();
    let end = start + page[start..].find('<').expect("end of secret");
    page[start..end].to_owned()
}

/// The code an app holding `secret` (base32) shows at the site's time.
fn code_for(site: &Site, secret: &str) -> String {
    let key = totp_rs::Secret::try_from_base32(secret).expect("base32");
    two_factor::devices::totp_at(key.as_bytes(), site.tf.clock().now_secs(), 30, 0, 6)
}

/// The user's confirmed authenticator apps, oldest first.
async fn apps_of(site: &Site, user: &User) -> Vec<TotpDevice> {
    site.tf
        .devices()
        .list(&user.id)
        .await
        .expect("db")
        .into_iter()
        .filter_map(|d| match d {
            Device::Totp(app) => Some(app),
            _ => None,
        })
        .collect()
}

/// A user with one app and a verified (recently authenticated) browser session.
async fn verified(site: &Site, username: &str) -> (User, TotpDevice, Client) {
    let (user, device) = site.create_user_with_device(username).await;
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    c.login_token(&site.current_token(&device)).await;
    assert!(c.is_verified().await);
    (user, device, c)
}

/// Adds an app named `name` through the profile's page; its secret.
async fn add_app(site: &Site, c: &Client, name: &str) -> String {
    let page = c.get("/account/two_factor/app/register/").await;
    page.assert_ok_contains("Add an authenticator app");
    let secret = secret_on(&page.body);
    let code = code_for(site, &secret);
    c.post(
        "/account/two_factor/app/register/",
        &[("app-name", name), ("app-token", &code)],
    )
    .await
    .assert_redirect("/account/two_factor/");
    site.clock.advance_secs(30);
    secret
}

async fn second_app_on(backend: Backend) {
    let site = Site::on(&backend).await;
    let (user, first, c) = verified(&site, "alice").await;

    // The page checks the name and the code; nothing is added until both are right.
    let page = c.get("/account/two_factor/app/register/").await;
    let secret = secret_on(&page.body);
    let code = code_for(&site, &secret);
    let r = c
        .post(
            "/account/two_factor/app/register/",
            &[("app-name", "  "), ("app-token", &code)],
        )
        .await;
    r.assert_ok_contains("This field is required.");
    let r = c
        .post(
            "/account/two_factor/app/register/",
            &[("app-name", "Tablet\u{202e}"), ("app-token", &code)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("errorlist"), "{}", r.body);
    let r = c
        .post(
            "/account/two_factor/app/register/",
            &[("app-name", "Tablet"), ("app-token", "12345")],
        )
        .await;
    assert!(r.body.contains("errorlist"), "{}", r.body);
    assert_eq!(apps_of(&site, &user).await.len(), 1, "nothing added yet");
    c.post(
        "/account/two_factor/app/register/",
        &[("app-name", "Tablet"), ("app-token", &code)],
    )
    .await
    .assert_redirect("/account/two_factor/");
    site.clock.advance_secs(30);
    let apps = apps_of(&site, &user).await;
    assert_eq!(apps.len(), 2, "{}", backend.name());
    let tablet = apps[1].clone();
    assert_eq!(
        (tablet.name.as_str(), tablet.label.as_str()),
        ("backup", "Tablet")
    );
    assert_eq!(apps[0].id, first.id, "the first app stays the main one");
    let profile = unescape(&c.get("/account/two_factor/").await.body);
    assert!(profile.contains("Authenticator app “Tablet”"), "{profile}");
    assert!(profile.contains(&format!(
        "/account/two_factor/device/rename/totp/{}/",
        tablet.id
    )));

    // At login, "Try another way" names it, and its code logs in at the main app's step.
    let other = site.client();
    let r = other.login_password("alice", PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    let page = unescape(&r.body);
    assert!(
        page.contains(&format!("value=\"totp/{}\"", tablet.id)),
        "{page}"
    );
    assert!(page.contains("Authenticator app “Tablet”"));
    let tablet_code = code_for(&site, &secret);
    other
        .login_token(&tablet_code)
        .await
        .assert_redirect("/account/two_factor/");
    assert!(other.is_verified().await);
    // Used up on every app: the same code again is refused.
    let third = site.client();
    third.login_password("alice", PASSWORD, None).await;
    let r = third.login_token(&tablet_code).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    assert!(!third.is_verified().await);

    // Renamed on its own; a bad name changes nothing; a device not the user's is 404.
    let rename = format!("/account/two_factor/device/rename/totp/{}/", tablet.id);
    c.post(&rename, &[("name", "Old tablet")])
        .await
        .assert_redirect("/account/two_factor/");
    assert_eq!(apps_of(&site, &user).await[1].label, "Old tablet");
    let r = c.post(&rename, &[("name", "a\u{0007}b")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert_eq!(apps_of(&site, &user).await[1].label, "Old tablet");
    let (_, bob_app) = site.create_user_with_device("bob").await;
    let r = c
        .post(
            &format!("/account/two_factor/device/rename/totp/{}/", bob_app.id),
            &[("name", "mine")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        c.post(
            "/account/two_factor/device/rename/totp/x/",
            &[("name", "a")]
        )
        .await
        .status,
        StatusCode::NOT_FOUND
    );
    // CSRF first.
    let r = c.post_raw(&rename, &[("name", "forged")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert_eq!(apps_of(&site, &user).await[1].label, "Old tablet");

    // Removing the main app makes the other one the main app; the last one stays.
    let r = c
        .post(
            &format!("/account/two_factor/app/unregister/{}/", bob_app.id),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "not hers");
    c.post(
        &format!("/account/two_factor/app/unregister/{}/", first.id),
        &[],
    )
    .await
    .assert_redirect("/account/two_factor/");
    let apps = apps_of(&site, &user).await;
    assert_eq!(apps.len(), 1);
    assert_eq!((apps[0].id, apps[0].name.as_str()), (tablet.id, "default"));
    // As in django-otp, a session verified by a device that is gone is no longer verified.
    assert!(!c.is_verified().await);
    // The tablet alone logs in now, and cannot be removed: the only app goes with disable.
    let fourth = site.client();
    fourth.login_password("alice", PASSWORD, None).await;
    fourth
        .login_token(&code_for(&site, &secret))
        .await
        .assert_redirect("/account/two_factor/");
    fourth
        .get("/account/two_factor/")
        .await
        .assert_ok_contains("Authenticator apps");
    let r = fourth
        .post(
            &format!("/account/two_factor/app/unregister/{}/", tablet.id),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(site.tf.devices().has_device(&user.id).await.expect("db"));
}

#[actix_rt::test]
async fn a_second_app_is_added_named_used_at_login_renamed_and_removed() {
    for backend in backends() {
        second_app_on(backend).await;
    }
}

#[actix_rt::test]
async fn adding_an_app_needs_a_recent_password_and_a_user_with_two_factor() {
    let site = Site::new().await;
    site.create_user("carol").await;
    let c = site.client();
    c.login_password("carol", PASSWORD, None).await;
    // Without a device (so without a verified session) the page is out of reach.
    c.get("/account/two_factor/app/register/")
        .await
        .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2Fapp%2Fregister%2F");
    let (_, _, dave) = verified(&site, "dave").await;
    site.clock.advance_secs(16 * 60);
    let r = dave.get("/account/two_factor/app/register/").await;
    assert_eq!(r.status, StatusCode::FOUND);
    assert!(
        r.header("location")
            .unwrap_or_default()
            .starts_with("/account/two_factor/reauth/"),
        "{r:?}"
    );
}

#[actix_rt::test]
async fn several_apps_share_one_back_off() {
    let site = Site::new().await;
    let (user, first, c) = verified(&site, "erin").await;
    let secret = add_app(&site, &c, "Tablet").await;
    let other = site.client();
    other.login_password("erin", PASSWORD, None).await;
    // A wrong code counts against every app.
    other.login_token("000000").await;
    for app in apps_of(&site, &user).await {
        assert_eq!(app.throttle().failure_count, 1, "app {}", app.id);
    }
    // Inside the back-off, a right code from the other app is refused unchecked too.
    let r = other.login_token(&code_for(&site, &secret)).await;
    assert_eq!(r.step().as_deref(), Some("token"));
    assert!(!other.is_verified().await);
    site.clock.advance_secs(31);
    other
        .login_token(&site.current_token(&first))
        .await
        .assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn the_api_adds_lists_and_removes_apps() {
    for backend in backends() {
        let site = Site::on(&backend).await;
        let (user, first) = site.create_user_with_device("frank").await;
        let api = Api::browser(&site);
        let pending = api.login("frank").await;
        assert_eq!(
            pending["devices"],
            json!([{"id": format!("totp/{}", first.id), "kind": "totp", "method": "generator",
                    "description": "Authenticator app", "name": "default"}])
        );
        api.ok(
            "POST",
            "/login/token",
            Some(json!({"token": site.current_token(&first)})),
        )
        .await;
        site.clock.advance_secs(30);
        // Without a name the user already has two-factor: 409 as before.
        api.problem("POST", "/totp/setup", None, 409, "already_enabled")
            .await;
        api.problem(
            "POST",
            "/totp/setup",
            Some(json!({"name": "x".repeat(65)})),
            400,
            "bad_request",
        )
        .await;
        let setup = api
            .ok("POST", "/totp/setup", Some(json!({"name": "Tablet"})))
            .await;
        let secret = setup["secret"].as_str().expect("secret").to_owned();
        let added = api
            .ok(
                "POST",
                "/totp/confirm",
                Some(json!({"token": code_for(&site, &secret)})),
            )
            .await;
        assert_eq!(added["status"], "authenticated");
        let apps = apps_of(&site, &user).await;
        assert_eq!(apps.len(), 2, "{}", backend.name());
        assert_eq!(apps[1].label, "Tablet");
        site.clock.advance_secs(30);

        // A new login lists both apps by name; the second one's code logs in.
        let again = Api::app(&site);
        let pending = again.login("frank").await;
        let listed: Vec<(&str, &str)> = pending["devices"]
            .as_array()
            .expect("devices")
            .iter()
            .map(|d| {
                (
                    d["kind"].as_str().unwrap(),
                    d["description"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            listed,
            [
                ("totp", "Authenticator app"),
                ("totp", "Authenticator app “Tablet”")
            ]
        );
        let done = again
            .ok(
                "POST",
                "/login/token",
                Some(json!({"token": code_for(&site, &secret)})),
            )
            .await;
        assert_eq!(done["verified"], true);

        // Removed by id: the main app goes, the tablet becomes the main one.
        let left = api
            .ok("DELETE", &format!("/devices/totp/{}", first.id), None)
            .await;
        let ids: Vec<&str> = left["devices"]
            .as_array()
            .expect("devices")
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, [format!("totp/{}", apps[1].id)]);
        // That session was verified by the app it removed: verified no more.
        api.problem("GET", "/devices", None, 403, "verification_required")
            .await;
        // The only app left goes with `disable`, not here.
        site.clock.advance_secs(30);
        let last = Api::app(&site);
        last.login_verified("frank", code_for(&site, &secret)).await;
        last.problem(
            "DELETE",
            &format!("/devices/totp/{}", apps[1].id),
            None,
            404,
            "not_found",
        )
        .await;
    }
}
