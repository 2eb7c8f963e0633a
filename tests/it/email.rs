//! E-mail as a factor, through a real SMTP conversation with a server on loopback.

use crate::common;

use std::sync::Arc;
use std::time::Duration;

use common::smtp::SmtpServer;
use common::{Client, PASSWORD, Site, SiteOptions};
use two_factor::mail::SmtpMailer;
use two_factor::users::NewUser;

async fn email_site(server: &SmtpServer) -> Site {
    let mailer =
        SmtpMailer::from_url(&server.url(), "Test Site <noreply@example.com>").expect("mailer");
    // The codes only: the security alerts (tests/it/alerts.rs) would mail the same address.
    fn no_alerts(b: two_factor::TwoFactorBuilder) -> two_factor::TwoFactorBuilder {
        b.security_alerts(two_factor::config::SecurityAlerts::off())
    }
    Site::with(SiteOptions {
        mailer: Some(Arc::new(mailer)),
        configure: Some(no_alerts),
        ..Default::default()
    })
    .await
}

fn code_in(text: &str) -> String {
    let marker = "is: ";
    let i = text.find(marker).expect("code in mail") + marker.len();
    text[i..i + 6].to_owned()
}

async fn last_code(server: &SmtpServer, n: usize) -> (String, common::smtp::ReceivedMail) {
    let mails = server.wait_for(n, Duration::from_secs(5));
    assert_eq!(mails.len(), n, "expected {n} mails");
    let mail = mails.last().expect("mail").clone();
    (code_in(&mail.text()), mail)
}

async fn setup_email(site: &Site, server: &SmtpServer, username: &str) -> Client {
    site.create_user(username).await;
    let c = site.client();
    c.login_password(username, PASSWORD, None).await;
    let r = c.choose_setup_method("email").await;
    // The user has an address, so no address step.
    assert_eq!(r.step().as_deref(), Some("validation"));
    r.assert_ok_contains("We sent you an email");
    let n = server.messages().len();
    let (code, mail) = last_code(server, n).await;
    assert_eq!(mail.subject(), "OTP token");
    assert!(
        mail.to
            .iter()
            .any(|t| t.contains(&format!("{username}@example.com")))
    );
    c.post(
        "/account/two_factor/setup/",
        &[
            ("setup_view-current_step", "validation"),
            ("validation-token", &code),
        ],
    )
    .await
    .assert_redirect("/account/two_factor/setup/complete/");
    c
}

#[actix_rt::test]
async fn email_setup_sends_a_code_by_smtp() {
    let server = SmtpServer::start();
    let site = email_site(&server).await;
    let c = setup_email(&site, &server, "alice").await;
    assert!(c.is_verified().await);
    c.get("/account/two_factor/")
        .await
        .assert_ok_contains("E-mail to a***@example.com");
}

#[actix_rt::test]
async fn a_user_without_an_address_is_asked_for_one() {
    let server = SmtpServer::start();
    let site = email_site(&server).await;
    site.users()
        .create_user(NewUser {
            username: "bob",
            email: "",
            password: PASSWORD,
            ..Default::default()
        })
        .await
        .expect("user");
    let c = site.client();
    c.login_password("bob", PASSWORD, None).await;
    let r = c.choose_setup_method("email").await;
    assert_eq!(r.step().as_deref(), Some("email"));
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "email"),
                ("email-email", "not an address"),
            ],
        )
        .await;
    r.assert_ok_contains("Enter a valid email address.");
    assert!(server.messages().is_empty());
    let r = c
        .post(
            "/account/two_factor/setup/",
            &[
                ("setup_view-current_step", "email"),
                ("email-email", "bob@example.org"),
            ],
        )
        .await;
    assert_eq!(r.step().as_deref(), Some("validation"));
    let (code, mail) = last_code(&server, 1).await;
    assert!(mail.to.iter().any(|t| t.contains("bob@example.org")));
    let wrong = if code == "000000" { "111111" } else { "000000" };
    c.post(
        "/account/two_factor/setup/",
        &[
            ("setup_view-current_step", "validation"),
            ("validation-token", wrong),
        ],
    )
    .await
    .assert_ok_contains("Entered token is not valid.");
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
}

#[actix_rt::test]
async fn login_by_email_code_works_once_and_expires() {
    let server = SmtpServer::start();
    let site = email_site(&server).await;
    setup_email(&site, &server, "carol").await;
    site.clock.advance_secs(61);
    let c = site.client();
    let r = c.login_password("carol", PASSWORD, Some("/secret/")).await;
    r.assert_ok_contains("We sent you an email");
    let (code, _) = last_code(&server, 2).await;
    c.login_token(&code).await.assert_redirect("/secret/");

    // Reuse in a new login: refused.
    site.clock.advance_secs(61);
    let c2 = site.client();
    c2.login_password("carol", PASSWORD, None).await;
    c2.login_token(&code)
        .await
        .assert_ok_contains("Invalid token");
    // The new code expires after 300 s.
    let (fresh, _) = last_code(&server, 3).await;
    site.clock.advance_secs(301);
    site.clock.advance_ms(1100);
    c2.login_token(&fresh)
        .await
        .assert_ok_contains("Invalid token");
}

#[actix_rt::test]
async fn resending_within_the_cooldown_sends_nothing() {
    let server = SmtpServer::start();
    let site = email_site(&server).await;
    setup_email(&site, &server, "dave").await;
    // The setup code was used: a new login within the minute is sent a code at once
    // (issue 9.2: the cooldown is for resends of a code still outstanding).
    let c = site.client();
    let r = c.login_password("dave", PASSWORD, None).await;
    assert!(
        !r.body.contains("A code was sent a moment ago"),
        "{}",
        r.body
    );
    server.wait_for(2, Duration::from_secs(5));
    // Asking again in the same attempt within the cooldown sends nothing and says when.
    let device = {
        use two_factor::users::UserStore;
        let dave = site
            .users()
            .get_by_username("dave")
            .await
            .expect("db")
            .expect("user");
        site.tf
            .devices()
            .default_device(&dave.id)
            .await
            .expect("db")
            .expect("device")
            .device_ref()
            .to_string()
    };
    let r = c
        .post(
            "/account/login/",
            &[
                ("login_view-current_step", "token"),
                ("challenge_device", &device),
            ],
        )
        .await;
    r.assert_ok_contains("A code was sent a moment ago");
    r.assert_ok_contains("ask for a new one in 60 seconds");
    // No sleep needed: a code is mailed before the response (the send is awaited, and the
    // test server stores a message before it answers 250), so a third mail would be here.
    assert_eq!(
        server.messages().len(),
        2,
        "the setup mail and one login mail"
    );
}

#[actix_rt::test]
async fn an_smtp_failure_is_a_warning() {
    let server = SmtpServer::start_rejecting();
    let site = email_site(&server).await;
    site.create_user("erin").await;
    let c = site.client();
    c.login_password("erin", PASSWORD, None).await;
    let r = c.choose_setup_method("email").await;
    r.assert_ok_contains("We could not send you a code right now");
}
