//! Security alerts (issue 23, part 4): a mail, and a signal, when an account signs in from
//! a browser it has not used before, when a device is added or removed, when backup tokens
//! are regenerated, when two-factor authentication is turned off and when a device is
//! locked by failed codes; each saying what, when, from which browser and network, and
//! what to do; in the request's language; each switchable.

use crate::common;

use std::sync::Arc;

use common::{Backend, Client, PASSWORD, Site, SiteOptions, backends};
use two_factor::mail::{LogMailer, Mailer};

const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 \
                      (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";

async fn site_with(
    backend: &Backend,
    configure: Option<fn(two_factor::TwoFactorBuilder) -> two_factor::TwoFactorBuilder>,
) -> (Site, LogMailer) {
    let log = LogMailer::new();
    let mailer: Arc<dyn Mailer> = Arc::new(log.clone());
    let site = Site::with(SiteOptions {
        backend: backend.clone(),
        mailer: Some(mailer),
        configure,
        ..SiteOptions::default()
    })
    .await;
    (site, log)
}

/// The alert mails to `to` whose subject starts with `subject`, once the receivers ran.
async fn alerts(site: &Site, log: &LogMailer, to: &str, subject: &str) -> Vec<(String, String)> {
    site.tf.signals().flush().await;
    log.outbox()
        .into_iter()
        .filter(|m| m.to == to && m.subject.starts_with(subject))
        .map(|m| (m.subject, m.text))
        .collect()
}

/// Signs `username` in on `c` (password and, with a device, its code).
async fn sign_in(site: &Site, c: &Client, username: &str) {
    let r = c.login_password(username, PASSWORD, None).await;
    if r.step().as_deref() == Some("token") {
        site.clock.advance_secs(30);
        let user = {
            use two_factor::users::UserStore;
            site.users()
                .get_by_username(username)
                .await
                .expect("db")
                .expect("user")
        };
        let device = site.reload(&user).await.expect("app");
        c.login_token(&site.current_token(&device)).await;
    }
    // A page, so the next form post has its CSRF token.
    c.get("/account/two_factor/").await;
}

async fn new_browser_on(backend: Backend) {
    let (site, log) = site_with(&backend, None).await;
    site.create_user_with_device("alice").await;
    let to = "alice@example.com";
    let laptop = site
        .client()
        .at_origin("203.0.113.7:5000", &[("user-agent", FIREFOX)]);
    // The account's first browser: nothing to compare with, no alert.
    sign_in(&site, &laptop, "alice").await;
    assert!(
        laptop.cookie("two_factor_browser").is_some(),
        "the browser gets its id"
    );
    assert!(alerts(&site, &log, to, "New sign-in").await.is_empty());
    // The same browser again: known, no alert.
    laptop.post("/account/logout/", &[]).await;
    sign_in(&site, &laptop, "alice").await;
    assert!(alerts(&site, &log, to, "New sign-in").await.is_empty());

    // Another browser: exactly one alert, saying when, with what and from where.
    let phone = site
        .client()
        .at_origin("198.51.100.20:6000", &[("user-agent", IPHONE)]);
    sign_in(&site, &phone, "alice").await;
    let sent = alerts(&site, &log, to, "New sign-in").await;
    assert_eq!(sent.len(), 1, "{}: {sent:?}", backend.name());
    let (subject, text) = &sent[0];
    assert!(subject.contains("New sign-in to"), "{subject}");
    for expected in [
        "from a browser it has not used before",
        "When: ",
        "Browser: Safari 17 on iPhone",
        "Network: 198.51.100.0/24",
        "/account/two_factor/sessions/",
        "change your password",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(!text.contains("198.51.100.20"), "the address is coarse");
    // That browser is known now.
    phone.post("/account/logout/", &[]).await;
    sign_in(&site, &phone, "alice").await;
    assert_eq!(alerts(&site, &log, to, "New sign-in").await.len(), 1);
}

#[actix_rt::test]
async fn a_new_browser_sign_in_sends_exactly_one_alert_and_a_known_browser_none() {
    for backend in backends() {
        new_browser_on(backend).await;
    }
}

#[actix_rt::test]
async fn the_alert_is_in_the_language_of_the_sign_in() {
    let (site, log) = site_with(&Backend::Sqlite, None).await;
    site.create_user_with_device("bernd").await;
    sign_in(&site, &site.client(), "bernd").await;
    let german = site.client().at_origin(
        "203.0.113.9:1",
        &[("user-agent", FIREFOX), ("accept-language", "de")],
    );
    sign_in(&site, &german, "bernd").await;
    let sent = alerts(&site, &log, "bernd@example.com", "Neue Anmeldung").await;
    assert_eq!(sent.len(), 1, "{:?}", log.outbox());
    assert!(
        sent[0].1.contains("Firefox 121 unter Linux"),
        "{}",
        sent[0].1
    );
    assert!(
        sent[0].1.contains("Netzwerk: 203.0.113.0/24"),
        "{}",
        sent[0].1
    );
}

#[actix_rt::test]
async fn device_changes_backup_tokens_and_disabling_are_reported() {
    let (site, log) = site_with(&Backend::Sqlite, None).await;
    site.create_user_with_device("carol").await;
    let to = "carol@example.com";
    let c = site
        .client()
        .at_origin("203.0.113.1:1", &[("user-agent", FIREFOX)]);
    sign_in(&site, &c, "carol").await;

    // Another app: "added", naming it, from this browser.
    let page = c.get("/account/two_factor/app/register/").await;
    let start = page.body.find("class=\"secret\">").expect("secret") + 15;
    let secret = &page.body[start..start + page.body[start..].find('<').expect("end")];
    let key = totp_rs::Secret::try_from_base32(secret).expect("base32");
    let code = two_factor::devices::totp_at(key.as_bytes(), site.tf.clock().now_secs(), 30, 0, 6);
    c.post(
        "/account/two_factor/app/register/",
        &[("app-name", "Tablet"), ("app-token", &code)],
    )
    .await
    .assert_redirect("/account/two_factor/");
    let added = alerts(&site, &log, to, "A two-factor device was added").await;
    assert_eq!(added.len(), 1, "{:?}", log.outbox());
    assert!(
        added[0].1.contains("Authenticator app “Tablet”"),
        "{}",
        added[0].1
    );
    assert!(
        added[0].1.contains("Browser: Firefox 121 on Linux"),
        "{}",
        added[0].1
    );

    // Removed.
    let carol = {
        use two_factor::users::UserStore;
        site.users()
            .get_by_username("carol")
            .await
            .unwrap()
            .unwrap()
    };
    let tablet = site
        .tf
        .devices()
        .list(&carol.id)
        .await
        .expect("db")
        .into_iter()
        .find(|d| d.label() == Some("Tablet"))
        .expect("tablet");
    c.post(
        &format!(
            "/account/two_factor/app/unregister/{}/",
            tablet.device_ref().id
        ),
        &[],
    )
    .await
    .assert_redirect("/account/two_factor/");
    assert_eq!(
        alerts(&site, &log, to, "A two-factor device was removed")
            .await
            .len(),
        1
    );

    // New backup tokens.
    c.get("/account/two_factor/backup/tokens/").await;
    c.post("/account/two_factor/backup/tokens/", &[]).await;
    assert_eq!(alerts(&site, &log, to, "New backup tokens").await.len(), 1);

    // Turned off.
    c.get("/account/two_factor/disable/").await;
    c.post("/account/two_factor/disable/", &[("understand", "on")])
        .await
        .assert_redirect("/account/two_factor/");
    let off = alerts(&site, &log, to, "Two-factor authentication turned off").await;
    assert_eq!(off.len(), 1);
    assert!(off[0].1.contains("Network: 203.0.113.0/24"), "{}", off[0].1);
}

#[actix_rt::test]
async fn each_alert_can_be_switched_off() {
    fn quiet(b: two_factor::TwoFactorBuilder) -> two_factor::TwoFactorBuilder {
        b.security_alerts(
            two_factor::config::SecurityAlerts::default()
                .backup_tokens(false)
                .new_browser(false),
        )
    }
    let (site, log) = site_with(&Backend::Sqlite, Some(quiet)).await;
    site.create_user_with_device("dave").await;
    let c = site.client();
    sign_in(&site, &c, "dave").await;
    sign_in(&site, &site.client(), "dave").await;
    c.get("/account/two_factor/backup/tokens/").await;
    c.post("/account/two_factor/backup/tokens/", &[]).await;
    assert!(
        alerts(&site, &log, "dave@example.com", "New")
            .await
            .is_empty()
    );
    // The other alerts still go out.
    c.get("/account/two_factor/disable/").await;
    c.post("/account/two_factor/disable/", &[("understand", "on")])
        .await
        .assert_redirect("/account/two_factor/");
    let off = alerts(
        &site,
        &log,
        "dave@example.com",
        "Two-factor authentication turned off",
    );
    assert_eq!(off.await.len(), 1);
}

#[actix_rt::test]
async fn a_device_locked_by_failed_codes_is_reported_once() {
    let (site, log) = site_with(&Backend::Sqlite, None).await;
    site.create_user_with_device("erin").await;
    let c = site.client();
    c.login_password("erin", PASSWORD, None).await;
    // Five wrong codes, each after the back-off of the one before.
    for _ in 0..5 {
        site.clock.advance_secs(20);
        c.login_token("000000").await;
    }
    // Attempts inside the back-off are refused: the device is locked for a while.
    for _ in 0..3 {
        c.login_token("000000").await;
    }
    let sent = alerts(&site, &log, "erin@example.com", "Wrong codes").await;
    assert_eq!(sent.len(), 1, "{:?}", log.outbox());
    assert!(
        sent[0].1.contains("Wrong codes in a row: 5"),
        "{}",
        sent[0].1
    );
    assert!(sent[0].1.contains("Authenticator app"), "{}", sent[0].1);
}
