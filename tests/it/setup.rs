//! The setup wizard and the QR code view.

use crate::common;

use actix_web::http::StatusCode;
use common::{Client, PASSWORD, Site};

async fn logged_in(site: &Site, username: &str) -> Client {
    site.create_user(username).await;
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    c
}

/// Walks welcome → generator and returns the generator page.
async fn start_setup(c: &Client) -> common::Resp {
    let welcome = c.get("/account/two_factor/setup/").await;
    assert_eq!(welcome.status, StatusCode::OK, "{}", welcome.body);
    assert_eq!(welcome.step().as_deref(), Some("welcome"));
    let generator = c
        .post(
            "/account/two_factor/setup/",
            &[("setup_view-current_step", "welcome")],
        )
        .await;
    assert_eq!(generator.status, StatusCode::OK);
    // With one method the `method` step is skipped.
    assert_eq!(generator.step().as_deref(), Some("generator"));
    generator
}

fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let i = body.find(start).expect("start marker") + start.len();
    let rest = &body[i..];
    &rest[..rest.find(end).expect("end marker")]
}

async fn pending_device(site: &Site, user_id: &str) -> two_factor::devices::TotpDevice {
    // The unconfirmed device behind the setup in progress: find it via the QR flow's id.
    use diesel::prelude::*;
    let mut conn = site.tf.database().connection().expect("conn");
    let sql = format!(
        "SELECT id FROM otp_totp_device WHERE user_id = '{user_id}' AND confirmed = {}",
        if matches!(site.backend, common::Backend::Sqlite) {
            "0"
        } else {
            "FALSE"
        }
    );
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        id: i64,
    }
    let rows: Vec<Row> = match &mut *conn {
        two_factor::db::AnyConnection::Sqlite(c) => diesel::sql_query(&sql).load(c),
        #[cfg(feature = "postgres")]
        two_factor::db::AnyConnection::Postgresql(c) => diesel::sql_query(&sql).load(c),
    }
    .expect("query");
    let id = rows.first().expect("a pending device").id;
    site.tf
        .devices()
        .pending_setup(user_id, id)
        .await
        .expect("db")
        .expect("pending")
}

#[actix_rt::test]
async fn setup_requires_login() {
    let site = Site::new().await;
    site.client()
        .get("/account/two_factor/setup/")
        .await
        .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2Fsetup%2F");
}

#[actix_rt::test]
async fn generator_step_shows_qr_secret_and_otpauth_link() {
    let site = Site::new().await;
    let c = logged_in(&site, "alice").await;
    let page = start_setup(&c).await;
    assert!(
        page.body.contains("src=\"/account/two_factor/qrcode/\""),
        "{}",
        page.body
    );
    let secret = between(&page.body, "<span class=\"secret\">", "</span>");
    assert_eq!(secret.len(), 32, "20 bytes in base32: {secret}");
    assert!(
        secret
            .bytes()
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
    );
    assert!(
        page.body
            .contains("otpauth://totp/Test%20Site%3A%20alice?secret="),
        "{}",
        page.body
    );
    assert!(page.body.contains(&format!(
        "secret={secret}&amp;digits=6&amp;issuer=Test%20Site"
    )));
    assert!(page.body.contains("autocomplete=\"one-time-code\""));
    // The secret is not in the session.
    assert!(!site.session_text(&c).contains(secret));

    let qr = c.get("/account/two_factor/qrcode/").await;
    assert_eq!(qr.status, StatusCode::OK);
    assert!(
        qr.content_type
            .as_deref()
            .unwrap_or("")
            .starts_with("image/svg+xml")
    );
    assert!(qr.body.contains("<svg"));
}

#[actix_rt::test]
async fn qr_is_404_without_a_setup_in_progress() {
    let site = Site::new().await;
    assert_eq!(
        site.client()
            .get("/account/two_factor/qrcode/")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let c = logged_in(&site, "bob").await;
    assert_eq!(
        c.get("/account/two_factor/qrcode/").await.status,
        StatusCode::NOT_FOUND
    );
}

#[actix_rt::test]
async fn qr_works_for_unicode_usernames() {
    let site = Site::new().await;
    let c = logged_in(&site, "zoë_日本").await;
    let page = start_setup(&c).await;
    assert!(
        page.body.contains("zo%C3%AB_%E6%97%A5%E6%9C%AC"),
        "{}",
        page.body
    );
    let qr = c.get("/account/two_factor/qrcode/").await;
    assert_eq!(qr.status, StatusCode::OK);
}

#[actix_rt::test]
async fn empty_and_wrong_tokens_get_djangos_messages() {
    let site = Site::new().await;
    let c = logged_in(&site, "carol").await;
    start_setup(&c).await;
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", ""),
            ],
        )
        .await;
    r.assert_ok_contains("This field is required.");
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", "abc"),
            ],
        )
        .await;
    r.assert_ok_contains("Entered token is not valid.");
    site.clock.advance_secs(5);
    let user = site.users().get_by_username_for_test("carol").await;
    let device = pending_device(&site, &user).await;
    let wrong = site.token_at_offset(&device, 3);
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", &wrong),
            ],
        )
        .await;
    r.assert_ok_contains("Entered token is not valid.");
    assert_eq!(r.step().as_deref(), Some("generator"));
}

#[actix_rt::test]
async fn right_token_saves_the_device_and_verifies_the_session() {
    let site = Site::with(common::SiteOptions {
        throttle_factor: 0,
        ..Default::default()
    })
    .await;
    let c = logged_in(&site, "dave").await;
    assert!(!c.is_verified().await);
    start_setup(&c).await;
    let uid = site.users().get_by_username_for_test("dave").await;
    let device = pending_device(&site, &uid).await;
    let token = site.token_at_offset(&device, -1);
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", &token),
            ],
        )
        .await;
    r.assert_redirect("/account/two_factor/setup/complete/");
    assert!(c.is_verified().await);
    c.get("/account/two_factor/setup/complete/")
        .await
        .assert_ok_contains("successfully enabled two-factor authentication");
    let saved = site
        .tf
        .devices()
        .default_device(&uid)
        .await
        .expect("db")
        .expect("device");
    let two_factor::devices::Device::Totp(saved) = saved else {
        panic!("expected a TOTP device");
    };
    assert!(saved.confirmed);
    assert_eq!(saved.name, "default");
    // Setting up again: redirected, no second wizard.
    c.get("/account/two_factor/setup/")
        .await
        .assert_redirect("/account/two_factor/setup/complete/");
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("Disable Two-Factor Authentication");
}

#[actix_rt::test]
async fn setup_honours_next() {
    let site = Site::new().await;
    let c = logged_in(&site, "erin").await;
    let r = c.get("/account/two_factor/setup/?next=/secret/").await;
    assert_eq!(r.status, StatusCode::OK);
    c.post(
        "/account/two_factor/setup/",
        &[("setup_view-current_step", "welcome")],
    )
    .await;
    let uid = site.users().get_by_username_for_test("erin").await;
    let device = pending_device(&site, &uid).await;
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", &site.current_token(&device)),
            ],
        )
        .await;
    r.assert_redirect("/secret/");
    c.get("/secret/")
        .await
        .assert_ok_contains("the secret page");
}

#[actix_rt::test]
async fn back_button_and_out_of_order_posts() {
    let site = Site::new().await;
    let c = logged_in(&site, "frank").await;
    start_setup(&c).await;
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("wizard_goto_step", "welcome"),
            ],
        )
        .await;
    assert_eq!(r.step().as_deref(), Some("welcome"));
    // Posting a step the wizard is not on restarts it.
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", "123456"),
            ],
        )
        .await;
    assert_eq!(r.step().as_deref(), Some("welcome"));
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[("generator-token", "123456")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = c
        .post_raw(
            "/account/two_factor/setup/",
            &[("setup_view-current_step", "welcome")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
}

#[actix_rt::test]
async fn anonymous_visitor_goes_through_login_and_setup_back_to_the_page() {
    let site = Site::new().await;
    site.create_user("gina").await;
    let c = site.client();
    c.get("/secret/")
        .await
        .assert_redirect("/account/login/?next=%2Fsecret%2F");
    let r = c.login_password("gina", PASSWORD, Some("/secret/")).await;
    r.assert_redirect("/account/two_factor/setup/?next=%2Fsecret%2F");
    c.get("/account/two_factor/setup/?next=%2Fsecret%2F").await;
    c.post(
        "/account/two_factor/setup/",
        &[("setup_view-current_step", "welcome")],
    )
    .await;
    let uid = site.users().get_by_username_for_test("gina").await;
    let device = pending_device(&site, &uid).await;
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "generator"),
                ("generator-token", &site.current_token(&device)),
            ],
        )
        .await;
    r.assert_redirect("/secret/");
    c.get("/secret/")
        .await
        .assert_ok_contains("the secret page");
}

/// Lets tests find a user's id by name.
trait ByName {
    async fn get_by_username_for_test(&self, name: &str) -> String;
}

impl ByName for two_factor::users::DieselUserStore {
    async fn get_by_username_for_test(&self, name: &str) -> String {
        use two_factor::users::UserStore;
        self.get_by_username(name)
            .await
            .expect("db")
            .expect("user")
            .id
    }
}
