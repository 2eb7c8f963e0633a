//! WebAuthn through HTTP: the setup wizard's "Security key or passkey", the login's token
//! step with a key, passkey login on the login page, adding and removing keys on the
//! profile, and the JSON options endpoints — with the software authenticator.

use crate::common;

use std::sync::{Arc, Mutex};

use actix_web::http::StatusCode;
use common::softkey::SoftKey;
use common::{Client, Site, SiteOptions};
use serde_json::Value;
use two_factor::signals::Signal;

/// The origin of actix's test requests.
const TEST_ORIGIN: &str = "http://localhost:8080";

async fn site() -> Site {
    Site::with(SiteOptions {
        remember: Some(std::time::Duration::from_secs(3600)),
        configure: Some(|b| b.webauthn(two_factor::config::WebAuthn::new("Test Site"))),
        ..SiteOptions::default()
    })
    .await
}

fn key() -> SoftKey {
    SoftKey {
        origin: TEST_ORIGIN.to_owned(),
        ..SoftKey::new()
    }
}

fn passkey() -> SoftKey {
    SoftKey {
        origin: TEST_ORIGIN.to_owned(),
        ..SoftKey::passkey()
    }
}

type Log = Arc<Mutex<Vec<String>>>;

fn record(site: &Site) -> Log {
    let log: Log = Arc::default();
    let sink = Arc::clone(&log);
    site.tf.signals().connect(move |signal: Signal| {
        let sink = Arc::clone(&sink);
        async move {
            let entry = match &signal {
                Signal::UserVerified { device, .. } => format!("user_verified:{}", device.method),
                Signal::VerificationFailed { device, .. } => {
                    format!("verification_failed:{}", device.method)
                }
                Signal::DeviceAdded { device, .. } => format!("device_added:{}", device.method),
                Signal::DeviceRemoved { persistent_id, .. } => {
                    format!("device_removed:{persistent_id}")
                }
                other => other.name().to_owned(),
            };
            sink.lock().unwrap().push(entry);
            Ok(())
        }
    });
    log
}

async fn entries(site: &Site, log: &Log) -> Vec<String> {
    site.tf.signals().flush().await;
    log.lock().unwrap().clone()
}

/// POSTs to an options endpoint; returns the `publicKey` options.
async fn options(client: &Client, path: &str, fields: &[(&str, &str)]) -> Value {
    let r = client.post(path, fields).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    assert_eq!(r.cache_control.as_deref(), Some("no-store"));
    let body: Value = serde_json::from_str(&r.body).expect("JSON");
    body["publicKey"].clone()
}

/// A user who set up a security key as their primary method through the wizard.
async fn user_with_key(site: &Site, name: &str, key: &mut SoftKey) -> Client {
    site.create_user(name).await;
    let client = site.client();
    let r = client.login_password(name, common::PASSWORD, None).await;
    assert!(r.location.is_some(), "logged in without a device");
    let page = client.choose_setup_method("webauthn").await;
    assert_eq!(page.step().as_deref(), Some("webauthn"), "{}", page.body);
    assert!(page.body.contains("data-webauthn=\"create\""));
    assert!(page.body.contains("webauthn.js"));
    let opts = options(
        &client,
        "/account/two_factor/webauthn/register/options/",
        &[],
    )
    .await;
    assert_eq!(opts["authenticatorSelection"]["residentKey"], "discouraged");
    let answer = key.register(&opts);
    let done = client
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "webauthn"),
                ("webauthn-label", "Blue key"),
                ("webauthn-credential", &answer),
            ],
        )
        .await;
    done.assert_redirect("/account/two_factor/setup/complete/");
    assert!(client.is_verified().await, "setup verifies the session");
    client
}

/// The password step, then the key at the token step.
async fn login_with_key(
    site: &Site,
    name: &str,
    key: &mut SoftKey,
    remember: bool,
) -> (Client, common::Resp) {
    let client = site.client();
    let token_page = client.login_password(name, common::PASSWORD, None).await;
    assert_eq!(
        token_page.step().as_deref(),
        Some("token"),
        "{}",
        token_page.body
    );
    let opts = options(&client, "/account/two_factor/webauthn/login/options/", &[]).await;
    let answer = key.sign(&opts);
    let mut fields = vec![
        ("login_view-current_step", "token"),
        ("token-webauthn", answer.as_str()),
    ];
    if remember {
        fields.push(("token-remember", "on"));
    }
    let r = client.post("/account/login/", &fields).await;
    (client, r)
}

#[actix_rt::test]
async fn setup_with_a_key_then_login_with_it_like_a_token() {
    let site = site().await;
    let log = record(&site);
    let mut key = key();
    user_with_key(&site, "alice", &mut key).await;
    assert!(
        entries(&site, &log)
            .await
            .contains(&"device_added:webauthn".to_owned())
    );

    let client = site.client();
    let token_page = client.login_password("alice", common::PASSWORD, None).await;
    assert!(
        token_page.body.contains("Use security key"),
        "{}",
        token_page.body
    );
    assert!(
        !token_page.body.contains("token-otp_token"),
        "nothing to type"
    );
    assert!(token_page.body.contains("<noscript>"), "a no-JS message");
    assert!(!token_page.body.contains("<script>"), "no inline script");
    let session_before = client.cookie("sessionid");
    let opts = options(&client, "/account/two_factor/webauthn/login/options/", &[]).await;
    assert_eq!(opts["allowCredentials"][0]["id"], key.id());
    let answer = key.sign(&opts);
    let r = client
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-webauthn", &answer),
                ("token-remember", "on"),
            ],
        )
        .await;
    r.assert_redirect("/account/two_factor/");
    assert!(client.is_verified().await);
    assert_ne!(
        client.cookie("sessionid"),
        session_before,
        "session renewed"
    );
    assert_eq!(
        client.cookie_names("remember-cookie").len(),
        1,
        "remember-device offered"
    );
    let log = entries(&site, &log).await;
    assert_eq!(
        log.iter()
            .filter(|e| *e == "user_verified:webauthn")
            .count(),
        1,
        "{log:?}"
    );

    // The remembered browser skips the token step next time.
    client.post("/account/logout/", &[]).await;
    let again = client.login_password("alice", common::PASSWORD, None).await;
    assert!(again.location.is_some(), "remembered: {}", again.body);
}

#[actix_rt::test]
async fn a_bad_answer_at_the_token_step_is_shown_counted_and_signalled() {
    let site = site().await;
    let mut key = key();
    user_with_key(&site, "alice", &mut key).await;
    let log = record(&site);
    key.origin = "http://evil.localhost:8080".to_owned();
    let (client, r) = login_with_key(&site, "alice", &mut key, false).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("The answer came from another site"),
        "{}",
        r.body
    );
    assert!(!client.is_verified().await);
    assert!(
        entries(&site, &log)
            .await
            .contains(&"verification_failed:webauthn".to_owned())
    );
    let devices = site.tf.devices().webauthn_devices("1").await.unwrap();
    assert_eq!(devices[0].throttle().failure_count, 1);

    // The answer again (the state was used up): a clear message, no 500.
    let r = client
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-webauthn", "{}"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("expired or was already used"), "{}", r.body);
    // Next without the key.
    let r = client
        .post("/account/login/", &[("login_view-current_step", "token")])
        .await;
    assert!(r.body.contains("press the button"), "{}", r.body);
    // The throttle holds the right key back for a second.
    key.origin = TEST_ORIGIN.to_owned();
    let opts = options(&client, "/account/two_factor/webauthn/login/options/", &[]).await;
    let answer = key.sign(&opts);
    let r = client
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-webauthn", &answer),
            ],
        )
        .await;
    assert!(
        r.body.contains("Verification temporarily disabled"),
        "{}",
        r.body
    );
    site.clock.advance_secs(2);
    let opts = options(&client, "/account/two_factor/webauthn/login/options/", &[]).await;
    let answer = key.sign(&opts);
    let r = client
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-webauthn", &answer),
            ],
        )
        .await;
    r.assert_redirect("/account/two_factor/");
}

#[actix_rt::test]
async fn a_totp_user_adds_a_passkey_and_signs_in_with_it_alone() {
    let site = site().await;
    let log = record(&site);
    let (_user, device) = site.create_user_with_device("bob").await;
    let client = site.client();
    client.login_password("bob", common::PASSWORD, None).await;
    let token = site.current_token(&device);
    client
        .login_token(&token)
        .await
        .assert_redirect("/account/two_factor/");

    let profile = client.get("/account/two_factor/").await;
    assert!(
        profile.body.contains("Add Security Key"),
        "{}",
        profile.body
    );
    let page = client.get("/account/two_factor/webauthn/register/").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let opts = options(
        &client,
        "/account/two_factor/webauthn/register/options/",
        &[("passkey", "1")],
    )
    .await;
    assert_eq!(opts["authenticatorSelection"]["residentKey"], "required");
    let mut pk = passkey();
    let answer = pk.register(&opts);
    let r = client
        .post(
            "/account/two_factor/webauthn/register/",
            &[
                ("webauthn-label", "Phone"),
                ("webauthn-credential", &answer),
            ],
        )
        .await;
    r.assert_redirect("/account/two_factor/");
    let profile = client.get("/account/two_factor/").await;
    assert!(
        profile.body.contains("Phone") && profile.body.contains("Passkey"),
        "{}",
        profile.body
    );
    assert!(profile.body.contains("never"), "not used yet");

    // A new browser: the login page offers passkeys (button and autofill).
    let other = site.client();
    let login = other.get("/account/login/").await;
    assert!(login.body.contains("Sign in with a passkey"));
    assert!(
        login.body.contains("autocomplete=\"username webauthn\""),
        "{}",
        login.body
    );
    let opts = options(&other, "/account/two_factor/webauthn/passkey/options/", &[]).await;
    assert_eq!(opts["allowCredentials"], serde_json::json!([]));
    let answer = pk.sign(&opts);
    let r = other
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "passkey"),
                ("passkey-credential", &answer),
                ("next", "/secret/"),
            ],
        )
        .await;
    r.assert_redirect("/secret/");
    assert!(
        other.is_verified().await,
        "a passkey counts as both factors"
    );
    assert_eq!(other.get("/secret/").await.status, StatusCode::OK);
    let log = entries(&site, &log).await;
    assert!(log.contains(&"device_added:webauthn".to_owned()), "{log:?}");
    assert!(
        log.contains(&"user_verified:webauthn".to_owned()),
        "{log:?}"
    );

    // Replaying the same answer in another browser does nothing.
    let third = site.client();
    third.get("/account/login/").await;
    options(&third, "/account/two_factor/webauthn/passkey/options/", &[]).await;
    let r = third
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "passkey"),
                ("passkey-credential", &answer),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!third.is_verified().await);
}

#[actix_rt::test]
async fn keys_are_removed_from_the_profile_but_not_the_primary_one() {
    let site = site().await;
    let mut first = key();
    let client = user_with_key(&site, "alice", &mut first).await;
    let log = record(&site);
    client.get("/account/two_factor/webauthn/register/").await;
    let opts = options(
        &client,
        "/account/two_factor/webauthn/register/options/",
        &[],
    )
    .await;
    let mut second = key();
    let answer = second.register(&opts);
    client
        .post(
            "/account/two_factor/webauthn/register/",
            &[("webauthn-credential", &answer)],
        )
        .await
        .assert_redirect("/account/two_factor/");
    let keys = site.tf.devices().webauthn_devices("1").await.unwrap();
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[1].label, "Security key", "an unnamed key gets a name");
    let primary = format!("/account/two_factor/webauthn/unregister/{}/", keys[0].id);
    let extra = format!("/account/two_factor/webauthn/unregister/{}/", keys[1].id);
    assert_eq!(
        client.post(&primary, &[]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        client
            .post("/account/two_factor/webauthn/unregister/x/", &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    client
        .post(&extra, &[])
        .await
        .assert_redirect("/account/two_factor/");
    assert_eq!(
        site.tf.devices().webauthn_devices("1").await.unwrap().len(),
        1
    );
    let log = entries(&site, &log).await;
    assert!(
        log.contains(&format!("device_removed:webauthn/{}", keys[1].id)),
        "{log:?}"
    );

    // Another user cannot remove Alice's key.
    let (_, bobs) = site.create_user_with_device("bob").await;
    let bob = site.client();
    bob.login_password("bob", common::PASSWORD, None).await;
    bob.login_token(&site.current_token(&bobs)).await;
    bob.get("/account/two_factor/").await;
    assert_eq!(bob.post(&primary, &[]).await.status, StatusCode::NOT_FOUND);
}

#[actix_rt::test]
async fn options_endpoints_need_csrf_and_the_right_state() {
    let site = site().await;
    let client = site.client();
    client.get("/account/login/").await;
    // No CSRF token.
    let r = client
        .post_raw("/account/two_factor/webauthn/passkey/options/", &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // No login in progress.
    let r = client
        .post("/account/two_factor/webauthn/login/options/", &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(r.body.contains("timed out"), "{}", r.body);
    // Not logged in.
    let r = client
        .post("/account/two_factor/webauthn/register/options/", &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // GET is not allowed.
    assert_eq!(
        client
            .get("/account/two_factor/webauthn/passkey/options/")
            .await
            .status,
        StatusCode::METHOD_NOT_ALLOWED
    );
    // The script: JavaScript, cacheable, no sniffing.
    let js = client.get("/account/two_factor/webauthn/webauthn.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(
        js.content_type
            .as_deref()
            .unwrap()
            .starts_with("text/javascript")
    );
    assert!(js.body.contains("toB64url") && js.body.contains("isConditionalMediationAvailable"));
    // A user with a device but an unverified session cannot add a key.
    let (_, _device) = site.create_user_with_device("carol").await;
    let c = site.client();
    c.login_password("carol", common::PASSWORD, None).await;
    let r = c
        .post("/account/two_factor/webauthn/register/options/", &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
}

#[actix_rt::test]
async fn the_setup_page_warns_when_the_origin_cannot_work() {
    let site = site().await;
    site.create_user("alice").await;
    let client = site
        .client()
        .at_origin("127.0.0.1:5000", &[("host", "127.0.0.1:8000")]);
    client.login_password("alice", common::PASSWORD, None).await;
    let page = client.choose_setup_method("webauthn").await;
    assert!(page.body.contains("not an IP address"), "{}", page.body);
    let r = client
        .post("/account/two_factor/webauthn/register/options/", &[])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("localhost"), "{}", r.body);
}

#[actix_rt::test]
async fn without_webauthn_settings_nothing_is_offered() {
    let site = Site::new().await;
    let client = site.client();
    let login = client.get("/account/login/").await;
    assert!(!login.body.contains("passkey"));
    assert!(!login.body.contains("webauthn"), "{}", login.body);
    assert_eq!(
        client
            .post("/account/two_factor/webauthn/passkey/options/", &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[actix_rt::test]
async fn passkey_login_can_be_switched_off() {
    let site = Site::with(SiteOptions {
        configure: Some(|b| {
            b.webauthn(two_factor::config::WebAuthn::new("Test Site").passkey_login(false))
        }),
        ..SiteOptions::default()
    })
    .await;
    let client = site.client();
    let login = client.get("/account/login/").await;
    assert!(!login.body.contains("Sign in with a passkey"));
    assert!(login.body.contains("autocomplete=\"username\""));
    let r = client
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "passkey"),
                ("passkey-credential", "{}"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[actix_rt::test]
async fn a_key_user_re_authenticates_with_password_and_key() {
    let site = site().await;
    let mut key = key();
    let client = user_with_key(&site, "alice", &mut key).await;
    // Past the re-authentication window: adding a key needs the password and the key.
    site.clock.advance_secs(901);
    let r = client.get("/account/two_factor/webauthn/register/").await;
    let to = r.location.clone().expect("a detour");
    assert!(to.starts_with("/account/two_factor/reauth/"), "{to}");
    let page = client.get(&to).await;
    assert!(
        page.body.contains("Confirm with security key"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("reauth-otp_token"), "nothing to type");
    // The password alone is not enough.
    let r = client
        .post(&to, &[("reauth-password", common::PASSWORD)])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Use your security key"), "{}", r.body);
    // The password and the key.
    let opts = options(&client, "/account/two_factor/webauthn/login/options/", &[]).await;
    assert_eq!(opts["allowCredentials"][0]["id"], key.id());
    let answer = key.sign(&opts);
    let r = client
        .post(
            &to,
            &[
                ("reauth-password", common::PASSWORD),
                ("reauth-webauthn", &answer),
            ],
        )
        .await;
    r.assert_redirect("/account/two_factor/webauthn/register/");
    assert_eq!(
        client
            .get("/account/two_factor/webauthn/register/")
            .await
            .status,
        StatusCode::OK
    );
    // A replayed answer does not re-authenticate again.
    site.clock.advance_secs(901);
    let page = client.get(&to).await;
    assert!(page.body.contains("Confirm with security key"));
    options(&client, "/account/two_factor/webauthn/login/options/", &[]).await;
    let r = client
        .post(
            &to,
            &[
                ("reauth-password", common::PASSWORD),
                ("reauth-webauthn", &answer),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{:?}", r.location);
}

#[actix_rt::test]
async fn a_totp_user_may_answer_the_token_step_with_an_added_key() {
    let site = site().await;
    let log = record(&site);
    let (_user, device) = site.create_user_with_device("dave").await;
    let client = site.client();
    client.login_password("dave", common::PASSWORD, None).await;
    client
        .login_token(&site.current_token(&device))
        .await
        .assert_redirect("/account/two_factor/");
    client.get("/account/two_factor/webauthn/register/").await;
    let opts = options(
        &client,
        "/account/two_factor/webauthn/register/options/",
        &[],
    )
    .await;
    let mut key = key();
    let answer = key.register(&opts);
    client
        .post(
            "/account/two_factor/webauthn/register/",
            &[
                ("webauthn-label", "Spare"),
                ("webauthn-credential", &answer),
            ],
        )
        .await
        .assert_redirect("/account/two_factor/");

    let other = site.client();
    let page = other.login_password("dave", common::PASSWORD, None).await;
    assert!(
        page.body.contains("token-otp_token"),
        "the app's code still works"
    );
    assert!(page.body.contains("Use security key"), "{}", page.body);
    let opts = options(&other, "/account/two_factor/webauthn/login/options/", &[]).await;
    let answer = key.sign(&opts);
    other
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-webauthn", &answer),
            ],
        )
        .await
        .assert_redirect("/account/two_factor/");
    assert!(other.is_verified().await);
    let log = entries(&site, &log).await;
    assert_eq!(
        log.iter()
            .filter(|e| *e == "user_verified:webauthn")
            .count(),
        1,
        "{log:?}"
    );

    // A second key, named: "Try another way" lists both by name, the second one logs in,
    // and once removed it is no longer offered.
    client.get("/account/two_factor/webauthn/register/").await;
    let opts = options(
        &client,
        "/account/two_factor/webauthn/register/options/",
        &[],
    )
    .await;
    let mut travel = self::key();
    let answer = travel.register(&opts);
    client
        .post(
            "/account/two_factor/webauthn/register/",
            &[
                ("webauthn-label", "Travel"),
                ("webauthn-credential", &answer),
            ],
        )
        .await
        .assert_redirect("/account/two_factor/");
    let keys = site.tf.devices().webauthn_devices("1").await.unwrap();
    assert_eq!(keys.len(), 2);
    let third = site.client();
    let page = third.login_password("dave", common::PASSWORD, None).await;
    let page = common::unescape(&page.body);
    for k in &keys {
        assert!(
            page.contains(&format!("value=\"webauthn/{}\"", k.id)),
            "{} offered: {page}",
            k.label
        );
        assert!(page.contains(&k.label), "{page}");
    }
    let opts = options(&third, "/account/two_factor/webauthn/login/options/", &[]).await;
    let answer = travel.sign(&opts);
    third
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-webauthn", &answer),
            ],
        )
        .await
        .assert_redirect("/account/two_factor/");
    assert!(third.is_verified().await);
    client.get("/account/two_factor/").await;
    let travel_id = keys.iter().find(|k| k.label == "Travel").expect("named").id;
    client
        .post(
            &format!("/account/two_factor/webauthn/unregister/{travel_id}/"),
            &[],
        )
        .await
        .assert_redirect("/account/two_factor/");
    let page = site
        .client()
        .login_password("dave", common::PASSWORD, None)
        .await;
    assert!(!page.body.contains(&format!("webauthn/{travel_id}")));
}

/// Everything WebAuthn says to the user is in the request's language: the buttons, the
/// script's messages, the form errors, the refused answers, the JSON errors and the
/// warning about an origin that cannot work.
#[actix_rt::test]
async fn webauthn_speaks_the_request_language() {
    let site = site().await;
    let mut key = key();
    user_with_key(&site, "alice", &mut key).await;
    let german = site
        .client()
        .at_origin("127.0.0.1:40000", &[("accept-language", "de")]);
    let page = german.login_password("alice", common::PASSWORD, None).await;
    assert!(
        page.body.contains("Sicherheitsschlüssel verwenden"),
        "{}",
        page.body
    );
    assert!(!page.body.contains("Use security key"), "{}", page.body);
    assert!(
        page.body
            .contains("data-msg-cancelled=\"Die Anfrage wurde abgebrochen oder ist abgelaufen."),
        "{}",
        page.body
    );
    // Next without the key.
    let r = german
        .post("/account/login/", &[("login_view-current_step", "token")])
        .await;
    assert!(
        r.body.contains("Verwenden Sie Ihren Sicherheitsschlüssel"),
        "{}",
        r.body
    );
    // An answer without a ceremony in the session.
    let r = german
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-webauthn", "{}"),
            ],
        )
        .await;
    assert!(
        r.body.contains("abgelaufen oder wurde bereits verwendet"),
        "{}",
        r.body
    );
    // A refused answer: signed for another origin.
    let opts = options(&german, "/account/two_factor/webauthn/login/options/", &[]).await;
    key.origin = "http://localhost:9999".to_owned();
    let answer = key.sign(&opts);
    key.origin = TEST_ORIGIN.to_owned();
    let r = german
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("token-webauthn", answer.as_str()),
            ],
        )
        .await;
    assert!(
        r.body.contains("Die Antwort kam von einer anderen Website"),
        "{}",
        r.body
    );
    assert!(!r.body.contains("another site"), "{}", r.body);
    // A JSON error: no login in progress.
    let stranger = site
        .client()
        .at_origin("127.0.0.1:40001", &[("accept-language", "de")]);
    stranger.get("/account/login/").await;
    let r = stranger
        .post("/account/two_factor/webauthn/login/options/", &[])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(
        r.body.contains("Ihre Anmeldung ist abgelaufen"),
        "{}",
        r.body
    );

    // The origin's problem, in French, on the page and from the options endpoint.
    site.create_user("bob").await;
    let french = site.client().at_origin(
        "127.0.0.1:5000",
        &[("host", "127.0.0.1:8000"), ("accept-language", "fr")],
    );
    french.login_password("bob", common::PASSWORD, None).await;
    let page = french.choose_setup_method("webauthn").await;
    assert!(page.body.contains("pas une adresse IP"), "{}", page.body);
    assert!(
        page.body.contains("Enregistrer la clé de sécurité"),
        "{}",
        page.body
    );
    let r = french
        .post("/account/two_factor/webauthn/register/options/", &[])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(r.body.contains("pas une adresse IP"), "{}", r.body);
}

/// Finding 17.4: text a client puts into a WebAuthn answer (the origin in clientDataJSON,
/// the attestation format) never starts a line of its own in the server log — through
/// registration, the token step's key and a passkey login without a session.
#[actix_rt::test]
async fn client_text_in_webauthn_answers_cannot_forge_log_lines() {
    let logs = common::logs::Logs::default();
    let _guard = logs.capture();
    let site = site().await;
    let forged_origin = format!("{TEST_ORIGIN}\nFORGED-A user logged in user=\"1\"");

    // Registration: a forged origin, then a forged attestation format.
    let mut honest = key();
    let client = user_with_key(&site, "ingrid", &mut honest).await;
    for (origin, format) in [
        (forged_origin.as_str(), "none"),
        (TEST_ORIGIN, "none\nFORGED-B user logged in user=\"1\""),
    ] {
        let mut forged = SoftKey {
            origin: origin.to_owned(),
            attestation_format: format.to_owned(),
            ..SoftKey::new()
        };
        client.get("/account/two_factor/webauthn/register/").await;
        let opts = options(
            &client,
            "/account/two_factor/webauthn/register/options/",
            &[],
        )
        .await;
        let answer = forged.register(&opts);
        let r = client
            .post(
                "/account/two_factor/webauthn/register/",
                &[
                    ("webauthn-label", "Forged"),
                    ("webauthn-credential", &answer),
                ],
            )
            .await;
        assert!(
            !r.body.contains("\nFORGED"),
            "the refusal shows no raw client text: {}",
            r.body
        );
    }

    // A passkey login, no session at all.
    let stranger = site.client();
    stranger.get("/account/login/").await;
    let opts = options(
        &stranger,
        "/account/two_factor/webauthn/passkey/options/",
        &[],
    )
    .await;
    let mut forged = SoftKey {
        origin: forged_origin.clone(),
        ..passkey()
    };
    let answer = forged.sign(&opts);
    stranger
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "passkey"),
                ("passkey-credential", &answer),
            ],
        )
        .await;

    let lines = logs.lines();
    assert!(
        lines.iter().any(|l| l.contains("webauthn")),
        "the refusals were logged: {lines:#?}"
    );
    let forged: Vec<&String> = lines.iter().filter(|l| l.starts_with("FORGED")).collect();
    assert!(forged.is_empty(), "forged log lines: {forged:#?}");
}
