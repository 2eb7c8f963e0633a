//! Backup phones and phone setup (SMS and calls through the fake gateway): numbers,
//! validation, single-use codes bound to the login attempt, expiry, cooldown, gateway
//! failure, and `challenge_device`.

use crate::common;

use actix_web::http::StatusCode;
use common::{Client, PASSWORD, Site, SiteOptions};
use two_factor::gateways::FakeGateway;

/// Logs in with a password and sets up SMS as the default device.
async fn user_with_sms(site: &Site, gateway: &FakeGateway, username: &str) -> Client {
    user_with_sms_at(site, gateway, username, "+31 10 123 4567").await
}

/// Like [`user_with_sms`], with the default phone at `number` (national spacing allowed).
async fn user_with_sms_at(
    site: &Site,
    gateway: &FakeGateway,
    username: &str,
    number: &str,
) -> Client {
    let e164: String = number.chars().filter(|c| *c != ' ').collect();
    site.create_user(username).await;
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    let r = c.choose_setup_method("sms").await;
    assert_eq!(r.step().as_deref(), Some("sms"));
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[("setup_view-current_step", "sms"), ("sms-number", number)],
        )
        .await;
    r.assert_ok_contains("We sent you a text message");
    assert_eq!(r.step().as_deref(), Some("validation"));
    let code = gateway.last_token_to(&e164).expect("an SMS was sent");
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
    let (site, gateway) = Site::with_phones().await;
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
    let (site, gateway) = Site::with_phones().await;
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
    let (site, gateway) = Site::with_phones().await;
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

/// Each login attempt gets its own code (finding 8.8: the cooldown used to belong to the
/// device, so a second browser was told to use a code bound to the first one). A code
/// works only in the session that asked for it.
#[actix_rt::test]
async fn a_code_works_only_in_the_session_that_asked_for_it() {
    let (site, gateway) = Site::with_phones().await;
    user_with_sms(&site, &gateway, "erin").await;
    site.clock.advance_secs(61);
    gateway.clear();
    let a = site.client();
    a.login_password("erin", PASSWORD, None).await;
    let code_a = gateway.last_token_to("+31101234567").expect("code");
    let b = site.client();
    let r = b.login_password("erin", PASSWORD, None).await;
    assert!(
        !r.body.contains("A code was sent a moment ago"),
        "the second attempt is not told to use the first one's code"
    );
    assert_eq!(gateway.outbox().len(), 2, "each attempt gets its own code");
    let code_b = gateway.last_token_to("+31101234567").expect("code");
    if code_a != code_b {
        b.login_token(&code_a)
            .await
            .assert_ok_contains("Invalid token");
        assert!(!b.is_verified().await);
        site.clock.advance_ms(1100);
    }
    a.login_token(&code_a)
        .await
        .assert_redirect("/account/two_factor/");
    site.clock.advance_ms(1100);
    b.login_token(&code_b)
        .await
        .assert_redirect("/account/two_factor/");
}

/// Issue 9.2: the cooldown is for resends of a code still outstanding. A user who just
/// used a code and logs in again within the minute is sent a new one at once.
#[actix_rt::test]
async fn a_used_code_does_not_hold_back_the_next_login() {
    let (site, gateway) = Site::with_phones().await;
    let c = user_with_sms(&site, &gateway, "quinn").await;
    c.post("/account/logout/", &[]).await;
    gateway.clear();
    site.clock.advance_secs(5);
    let c = site.client();
    let r = c.login_password("quinn", PASSWORD, None).await;
    r.assert_ok_contains("We sent you a text message");
    assert!(
        !r.body.contains("A code was sent a moment ago"),
        "{}",
        r.body
    );
    let code = gateway
        .last_token_to("+31101234567")
        .expect("a new code is sent at once");
    c.login_token(&code)
        .await
        .assert_redirect("/account/two_factor/");
}

/// Finding 8.2: submitting the phone step again and again used to create a new device and
/// send a new SMS each time. The pending device for the same number is reused (so the
/// cooldown applies), the number gets a few messages an hour across all users, and a
/// refusal says so and when to retry.
#[actix_rt::test]
async fn sms_bombing_is_refused_per_attempt_per_number_and_per_user() {
    const VICTIM: &str = "+31105550000";
    let (site, gateway) = Site::with_phones().await;
    let c = user_with_sms(&site, &gateway, "rita").await;
    let submit = |c: &Client| {
        let c = c.clone();
        async move {
            c.get("/account/two_factor/phone/register/").await;
            c.post(
                "/account/two_factor/phone/register/",
                &[
                    ("phone_setup_view-current_step", "setup"),
                    ("setup-number", "+31 10 555 0000"),
                    ("setup-method", "sms"),
                ],
            )
            .await
        }
    };
    let texts = |gateway: &FakeGateway| gateway.outbox().iter().filter(|m| m.to == VICTIM).count();
    // Ten submissions in a second: one message.
    for i in 0..10 {
        let r = submit(&c).await;
        assert_eq!(r.status, StatusCode::OK);
        if i > 0 {
            r.assert_ok_contains("A code was sent a moment ago");
            r.assert_ok_contains("seconds");
        }
        site.clock.advance_ms(100);
    }
    assert_eq!(texts(&gateway), 1, "one SMS for ten submissions");

    // Past the cooldown each resend goes out, until the number's hourly limit (5).
    for _ in 0..6 {
        site.clock.advance_secs(61);
        submit(&c).await;
    }
    assert_eq!(texts(&gateway), 5, "at most five per number per hour");
    site.clock.advance_secs(61);
    let r = submit(&c).await;
    r.assert_ok_contains("Too many codes were sent to this number");
    r.assert_ok_contains("minutes");
    assert_eq!(texts(&gateway), 5);

    // Another user cannot text that number either.
    let other = user_with_sms(&site, &gateway, "sam").await;
    let r = submit(&other).await;
    r.assert_ok_contains("Too many codes were sent to this number");
    assert_eq!(texts(&gateway), 5);

    // An hour later the number may be texted again.
    site.clock.advance_secs(3600);
    let c = site.client();
    c.login_password("rita", PASSWORD, None).await;
    let code = gateway.last_token_to("+31101234567").expect("login code");
    c.login_token(&code)
        .await
        .assert_redirect("/account/two_factor/");
    submit(&c).await;
    assert_eq!(texts(&gateway), 6);
}

/// Finding 8.2, per user: one account cannot spray many numbers.
#[actix_rt::test]
async fn one_user_cannot_text_many_numbers() {
    let (site, gateway) = Site::with_phones().await;
    // Setting up the default phone was the user's first code this hour.
    let c = user_with_sms(&site, &gateway, "tess").await;
    let mut refused = None;
    for i in 0..15 {
        site.clock.advance_secs(1);
        c.get("/account/two_factor/phone/register/").await;
        let r = c
            .post(
                "/account/two_factor/phone/register/",
                &[
                    ("phone_setup_view-current_step", "setup"),
                    ("setup-number", &format!("+31 10 555 01{i:02}")),
                    ("setup-method", "sms"),
                ],
            )
            .await;
        if r.body.contains("Too many codes were sent for your account") {
            refused.get_or_insert(i);
        }
    }
    assert_eq!(gateway.outbox().len(), 10, "at most ten per user per hour");
    assert_eq!(refused, Some(9));
}

#[actix_rt::test]
async fn codes_expire_after_five_minutes() {
    let (site, gateway) = Site::with_phones().await;
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
    let (site, gateway) = Site::with_phones().await;
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
    let (site, gateway) = Site::with_phones().await;
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
    let (site, gateway) = Site::with_phones().await;
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
    let (site, gateway) = Site::with_phones().await;
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
    let (site, gateway) = Site::with_phones().await;
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

/// Finding 8.2 under concurrency: twelve users registering the same number at once send
/// at most the number's limit, on SQLite and PostgreSQL (the limit check and the insert
/// are serialised).
#[actix_rt::test]
async fn concurrent_registrations_respect_the_number_limit() {
    for backend in common::backends() {
        let (site, gateway) = Site::with_phones_on(backend.clone()).await;
        let mut clients = Vec::new();
        for i in 0..12 {
            clients.push(
                user_with_sms_at(
                    &site,
                    &gateway,
                    &format!("crowd{i}"),
                    &format!("+31 10 300 {i:04}"),
                )
                .await,
            );
        }
        for c in &clients {
            c.get("/account/two_factor/phone/register/").await;
        }
        let posts = clients.iter().map(|c| {
            c.post(
                "/account/two_factor/phone/register/",
                &[
                    ("phone_setup_view-current_step", "setup"),
                    ("setup-number", "+31 10 555 0999"),
                    ("setup-method", "sms"),
                ],
            )
        });
        let answers = futures_util::future::join_all(posts).await;
        assert!(
            answers.iter().all(|r| r.status == StatusCode::OK),
            "{}",
            backend.name()
        );
        let sent = gateway
            .outbox()
            .iter()
            .filter(|m| m.to == "+31105550999")
            .count();
        assert_eq!(sent, 5, "{}: exactly the number's limit", backend.name());
    }
}
