//! Backup phones and phone setup (SMS and calls through the fake gateway): numbers,
//! validation, single-use codes bound to the login attempt, expiry, cooldown, gateway
//! failure, and `challenge_device`.

mod common;

use actix_web::http::StatusCode;
use common::{Client, PASSWORD, Site, SiteOptions};
use two_factor::gateways::FakeGateway;

async fn phone_site() -> (Site, FakeGateway) {
    let gateway = FakeGateway::new();
    let site = Site::with(SiteOptions {
        gateway: Some(gateway.clone()),
        ..Default::default()
    })
    .await;
    (site, gateway)
}

/// Logs in with a password and sets up SMS as the default device.
async fn user_with_sms(site: &Site, gateway: &FakeGateway, username: &str) -> Client {
    site.create_user(username).await;
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    let r = c.choose_setup_method("sms").await;
    assert_eq!(r.step().as_deref(), Some("sms"));
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "sms"),
                ("sms-number", "+31 10 123 4567"),
            ],
        )
        .await;
    r.assert_ok_contains("We sent you a text message");
    assert_eq!(r.step().as_deref(), Some("validation"));
    let code = gateway
        .last_token_to("+31101234567")
        .expect("an SMS was sent");
    c.post(
        "/account/two_factor/setup/",
        &[
            ("setup_view-current_step", "validation"),
            ("validation-token", &code),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/setup/complete/");
    assert!(c.is_verified().await);
    c
}

#[actix_rt::test]
async fn sms_setup_validates_the_number_and_the_code() {
    let (site, gateway) = phone_site().await;
    site.create_user("alice").await;
    let c = site.client();
    c.login_password("alice", PASSWORD, None).await;
    c.choose_setup_method("sms").await;
    for bad in [
        "12345",
        "not a number",
        "+999 1234",
        "06 12345678",
        "+31 10 123 4567 8901 2345 6789 0123",
    ] {
        let r = c
            .post(
                "/account/two_factor/setup/",
                &[("setup_view-current_step", "sms"), ("sms-number", bad)],
            )
            .await;
        r.assert_ok_contains(
            "Please enter a valid phone number, including your country code starting with + or 00.",
        );
        assert_eq!(r.step().as_deref(), Some("sms"), "{bad}");
    }
    assert!(gateway.outbox().is_empty());
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "sms"),
                ("sms-number", "0031101234567"),
            ],
        )
        .await;
    assert_eq!(r.step().as_deref(), Some("validation"));
    let code = gateway.last_token_to("+31101234567").expect("sms");
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "validation"),
                ("validation-token", wrong),
            ],
        )
        .await;
    r.assert_ok_contains("Entered token is not valid.");
    site.clock.advance_ms(1100);
    c.post(
        "/account/two_factor/setup/",
        &[
            ("setup_view-current_step", "validation"),
            ("validation-token", &code),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/setup/complete/");
    let page = c.get("/account/two_factor/").await;
    page.assert_ok_contains("Text message to +31 ** *** **67");
}

#[actix_rt::test]
async fn call_setup_places_a_call() {
    let (site, gateway) = phone_site().await;
    site.create_user("bob").await;
    let c = site.client();
    c.login_password("bob", PASSWORD, None).await;
    c.choose_setup_method("call").await;
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "call"),
                ("call-number", "+44 20 7946 0958"),
            ],
        )
        .await;
    r.assert_ok_contains("We are calling your phone right now");
    let sent = gateway.outbox();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].kind, two_factor::gateways::SentKind::Call);
}

#[actix_rt::test]
async fn a_gateway_failure_shows_a_warning_not_an_error() {
    let site = Site::with(SiteOptions {
        gateway: Some(FakeGateway::failing()),
        ..Default::default()
    })
    .await;
    let carol = site.create_user("carol").await;
    let c = site.client();
    c.login_password("carol", PASSWORD, None).await;
    c.choose_setup_method("sms").await;
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "sms"),
                ("sms-number", "+31101234567"),
            ],
        )
        .await;
    r.assert_ok_contains("We could not send you a code right now");
    assert_eq!(r.step().as_deref(), Some("sms"));
    assert!(!site.tf.devices().has_device(&carol.id).await.expect("db"));
}

#[actix_rt::test]
async fn login_with_an_sms_device_sends_a_single_use_code() {
    let (site, gateway) = phone_site().await;
    user_with_sms(&site, &gateway, "dave").await;
    site.clock.advance_secs(61);
    gateway.clear();
    let c = site.client();
    let r = c.login_password("dave", PASSWORD, Some("/secret/")).await;
    r.assert_ok_contains("We sent you a text message");
    let code = gateway
        .last_token_to("+31101234567")
        .expect("code sent at the token step");
    // A wrong code does not send another SMS.
    let wrong = if code == "000000" { "111111" } else { "000000" };
    c.login_token(wrong)
        .await
        .assert_ok_contains("Invalid token");
    assert_eq!(gateway.outbox().len(), 1);
    site.clock.advance_ms(1100);
    c.login_token(&code).await.assert_redirect("/secret/");
    // Used once; a second login cannot reuse it.
    site.clock.advance_secs(61);
    let c2 = site.client();
    c2.login_password("dave", PASSWORD, None).await;
    c2.login_token(&code)
        .await
        .assert_ok_contains("Invalid token");
}

#[actix_rt::test]
async fn a_code_works_only_in_the_session_that_asked_for_it() {
    let (site, gateway) = phone_site().await;
    user_with_sms(&site, &gateway, "erin").await;
    site.clock.advance_secs(61);
    let a = site.client();
    a.login_password("erin", PASSWORD, None).await;
    let code = gateway.last_token_to("+31101234567").expect("code");
    let b = site.client();
    let r = b.login_password("erin", PASSWORD, None).await;
    r.assert_ok_contains("A code was sent a moment ago");
    b.login_token(&code)
        .await
        .assert_ok_contains("Invalid token");
    assert!(!b.is_verified().await);
    site.clock.advance_ms(1100);
    a.login_token(&code)
        .await
        .assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn codes_expire_after_five_minutes() {
    let (site, gateway) = phone_site().await;
    user_with_sms(&site, &gateway, "frank").await;
    site.clock.advance_secs(61);
    let c = site.client();
    c.login_password("frank", PASSWORD, None).await;
    let code = gateway.last_token_to("+31101234567").expect("code");
    site.clock.advance_secs(301);
    c.login_token(&code)
        .await
        .assert_ok_contains("Invalid token");
}

#[actix_rt::test]
async fn resending_has_a_cooldown_and_replaces_the_old_code() {
    let (site, gateway) = phone_site().await;
    let owner = user_with_sms(&site, &gateway, "gina").await;
    // Add a backup phone so there is a second device to pick.
    owner.get("/account/two_factor/phone/register/").await;
    owner
        .post(
            "/account/two_factor/phone/register/",
            &[
                ("phone_setup_view-current_step", "setup"),
                ("setup-number", "+31 20 123 4567"),
                ("setup-method", "sms"),
            ],
        )
        .await
        .assert_ok_contains("sent a token to your phone");
    let backup_code = gateway
        .last_token_to("+31201234567")
        .expect("validation code");
    owner
        .post(
            "/account/two_factor/phone/register/",
            &[
                ("phone_setup_view-current_step", "validation"),
                ("validation-token", &backup_code),
            ],
        )
        .await
        .assert_redirect("/account/two_factor/");
    owner
        .get("/account/two_factor/")
        .await
        .assert_ok_contains("Text message to +31 ** *** **67");

    site.clock.advance_secs(61);
    gateway.clear();
    let c = site.client();
    let r = c.login_password("gina", PASSWORD, None).await;
    assert!(r.body.contains("name=\"challenge_device\""), "{}", r.body);
    let backup_ref = {
        let marker = "name=\"challenge_device\" value=\"";
        let i = r.body.find(marker).expect("button") + marker.len();
        common::unescape(&r.body[i..i + r.body[i..].find('"').expect("end")])
    };
    // Choosing the backup phone sends its code.
    let r = c
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("challenge_device", &backup_ref),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    let first = gateway
        .last_token_to("+31201234567")
        .expect("backup code sent");
    // Asking again at once: cooldown, no new message.
    let r = c
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("challenge_device", &backup_ref),
            ],
        )
        .await;
    r.assert_ok_contains("A code was sent a moment ago");
    assert_eq!(
        gateway
            .outbox()
            .iter()
            .filter(|m| m.to == "+31201234567")
            .count(),
        1
    );
    // After the cooldown a new code replaces the old one.
    site.clock.advance_secs(61);
    c.post(
        "/account/login/",
        &[
            ("login_view-current_step", "token"),
            ("challenge_device", &backup_ref),
        ],
    )
    .await;
    let second = gateway.last_token_to("+31201234567").expect("new code");
    if second != first {
        c.login_token(&first)
            .await
            .assert_ok_contains("Invalid token");
        site.clock.advance_ms(1100);
    }
    c.login_token(&second)
        .await
        .assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn unknown_or_foreign_challenge_devices_are_ignored() {
    let (site, gateway) = phone_site().await;
    user_with_sms(&site, &gateway, "hank").await;
    // Another user's phone.
    site.clock.advance_secs(61);
    gateway.clear();
    let c = site.client();
    c.login_password("hank", PASSWORD, None).await;
    let sent_before = gateway.outbox().len();
    for bogus in ["phone/99999", "totp/1", "garbage", "phone/-1", "../../etc"] {
        let r = c
            .post(
                "/account/login/",
                &[
                    ("login_view-current_step", "token"),
                    ("challenge_device", bogus),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{bogus}");
        assert_eq!(r.step().as_deref(), Some("token"));
    }
    assert_eq!(gateway.outbox().len(), sent_before);
}

#[actix_rt::test]
async fn phone_delete_removes_only_backup_phones() {
    let (site, gateway) = phone_site().await;
    let c = user_with_sms(&site, &gateway, "ivan").await;
    c.get("/account/two_factor/").await;
    // The default phone cannot be unregistered this way.
    let default_id = {
        use two_factor::devices::Device;
        let user = site.users();
        use two_factor::users::UserStore;
        let ivan = user
            .get_by_username("ivan")
            .await
            .expect("db")
            .expect("user");
        match site
            .tf
            .devices()
            .default_device(&ivan.id)
            .await
            .expect("db")
        {
            Some(Device::Challenge(d)) => d.id,
            other => panic!("unexpected {other:?}"),
        }
    };
    let r = c
        .post(
            &format!("/account/two_factor/phone/unregister/{default_id}/"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(
        c.post("/account/two_factor/phone/unregister/abc/", &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        c.post("/account/two_factor/phone/unregister/99999/", &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(c.is_verified().await, "the default device is still there");

    // Add and remove a backup phone.
    c.get("/account/two_factor/phone/register/").await;
    c.post(
        "/account/two_factor/phone/register/",
        &[
            ("phone_setup_view-current_step", "setup"),
            ("setup-number", "+31201234567"),
            ("setup-method", "sms"),
        ],
    )
    .await;
    let code = gateway.last_token_to("+31201234567").expect("code");
    c.post(
        "/account/two_factor/phone/register/",
        &[
            ("phone_setup_view-current_step", "validation"),
            ("validation-token", &code),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/");
    let page = common::unescape(&c.get("/account/two_factor/").await.body);
    let marker = "/account/two_factor/phone/unregister/";
    let i = page.rfind(marker).expect("delete form") + marker.len();
    let id = page[i..i + page[i..].find('/').expect("end")].to_owned();
    // CSRF first.
    assert_eq!(
        c.post_raw(&format!("/account/two_factor/phone/unregister/{id}/"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    c.post(&format!("/account/two_factor/phone/unregister/{id}/"), &[])
        .await
        .assert_redirect("/account/two_factor/");
    assert!(
        !c.get("/account/two_factor/")
            .await
            .body
            .contains("unregister")
    );
}

#[actix_rt::test]
async fn phone_register_rejects_bad_numbers_and_requires_verification() {
    let (site, gateway) = phone_site().await;
    site.create_user("judy").await;
    let c = site.client();
    c.login_password("judy", PASSWORD, None).await;
    c.get("/account/two_factor/phone/register/")
        .await
        .assert_redirect("/account/login/?next=%2Faccount%2Ftwo_factor%2Fphone%2Fregister%2F");
    let v = user_with_sms(&site, &gateway, "kim").await;
    v.get("/account/two_factor/phone/register/").await;
    let r = v
        .post(
            "/account/two_factor/phone/register/",
            &[
                ("phone_setup_view-current_step", "setup"),
                ("setup-number", "garbage"),
                ("setup-method", "sms"),
            ],
        )
        .await;
    r.assert_ok_contains("Please enter a valid phone number");
    let r = v
        .post(
            "/account/two_factor/phone/register/",
            &[
                ("phone_setup_view-current_step", "setup"),
                ("setup-number", "+31201234567"),
                ("setup-method", "fax"),
            ],
        )
        .await;
    r.assert_ok_contains("This field is required.");
}

#[actix_rt::test]
async fn wrong_sms_codes_are_throttled() {
    let (site, gateway) = phone_site().await;
    user_with_sms(&site, &gateway, "leo").await;
    site.clock.advance_secs(61);
    let c = site.client();
    c.login_password("leo", PASSWORD, None).await;
    let code = gateway.last_token_to("+31101234567").expect("code");
    let wrong = if code == "000000" { "111111" } else { "000000" };
    c.login_token(wrong).await;
    c.login_token(&code)
        .await
        .assert_ok_contains("Verification temporarily disabled because of 1 failed attempt");
}
