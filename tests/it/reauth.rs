//! Sensitive actions need a recent password (and token) check.

use crate::common;

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
        let expected = common::with_query("/account/two_factor/reauth/", "next", page);
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
    // A failed password is followed by a 1 s back-off (see the throttling tests below).
    site.clock.advance_ms(1100);
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

// ---- Throttling (issue 8, finding 7): password guessing from a stolen session ----

const REAUTH: &str = "/account/two_factor/reauth/";
const WRONG: &str = "Your password was entered incorrectly";

/// A logged-in browser of a new user without a device, on the re-authentication page.
async fn on_reauth_page(site: &Site, name: &str) -> common::Client {
    site.create_user(name).await;
    let c = site.client();
    c.login_password(name, PASSWORD, None)
        .await
        .assert_redirect("/account/two_factor/");
    c.get(REAUTH).await.assert_ok_contains("Confirm it");
    c
}

async fn confirm(c: &common::Client, password: &str) -> common::Resp {
    c.post(REAUTH, &[("reauth-password", password)]).await
}

fn assert_refused(r: &common::Resp, seconds: &str) {
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "body: {}", r.body);
    assert!(
        r.body.contains(&format!(
            "Too many failed attempts. Try again in {seconds}."
        )),
        "{}",
        r.body
    );
}

#[actix_rt::test]
async fn wrong_passwords_at_reauthentication_back_off_per_user_across_sessions_and_instances() {
    for backend in common::backends() {
        // A 10 s factor keeps the test's margins well above a loaded machine's latency.
        let site = common::Site::with(common::SiteOptions {
            backend: backend.clone(),
            configure: Some(|b| {
                b.login_throttling(
                    two_factor::config::LoginThrottling::default().reauth_throttle_factor(10),
                )
            }),
            ..Default::default()
        })
        .await;
        let other = site.second_instance().await;
        let c = on_reauth_page(&site, "alice").await;
        confirm(&c, "guess-1").await.assert_ok_contains(WRONG);
        // Inside the back-off even the right password is refused, without being checked.
        assert_refused(&confirm(&c, PASSWORD).await, "10 seconds");
        // The back-off is the user's: another session on another instance waits too.
        let c2 = site.client().on(&other);
        c2.login_password("alice", PASSWORD, None).await;
        c2.get(REAUTH).await;
        let r = confirm(&c2, PASSWORD).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
        let advance = |ms| {
            site.clock.advance_ms(ms);
            other.clock.advance_ms(ms);
        };
        advance(10_100);
        confirm(&c, "guess-2").await.assert_ok_contains(WRONG);
        assert_refused(&confirm(&c2, PASSWORD).await, "20 seconds");
        advance(20_100);
        confirm(&c2, PASSWORD)
            .await
            .assert_redirect("/account/two_factor/");
        // Success forgot both counters: the next failure backs off 10 s again, not 40 s.
        c.get(REAUTH).await;
        confirm(&c, "guess-3").await.assert_ok_contains(WRONG);
        assert_refused(&confirm(&c, PASSWORD).await, "10 seconds");
        advance(10_100);
        confirm(&c, PASSWORD)
            .await
            .assert_redirect("/account/two_factor/");
    }
}

#[actix_rt::test]
async fn five_failed_confirmations_log_the_session_out_even_when_its_cookie_is_replayed() {
    for backend in common::backends() {
        let site = Site::on(&backend).await;
        let c = on_reauth_page(&site, "bob").await;
        // A copy of the cookie taken before the guesses (a stolen session).
        let copy = c.clone_cookies();
        let next = "/account/two_factor/backup/tokens/";
        let url = common::with_query(REAUTH, "next", next);
        for i in 1..=4 {
            site.clock.advance_secs(60);
            c.post(&url, &[("reauth-password", &format!("guess-{i}"))])
                .await
                .assert_ok_contains(WRONG);
        }
        site.clock.advance_secs(60);
        let r = c.post(&url, &[("reauth-password", "guess-5")]).await;
        let login =
            "/account/login/?next=%2Faccount%2Ftwo_factor%2Fbackup%2Ftokens%2F&logged_out=reauth";
        r.assert_redirect(login);
        // Logged out: the session is gone, and the login page says why.
        assert!(c.cookie("sessionid").is_none(), "session cookie removed");
        assert_eq!(c.get(REAUTH).await.status, StatusCode::FOUND);
        c.get(login).await.assert_ok_contains(
            "You were logged out after too many failed password confirmations. Please log in again.",
        );
        // The replayed copy is logged out too, even with the right password: its session
        // record went with the logout, so the copy's session ends at its next request and
        // the form it posts is refused.
        site.clock.advance_secs(60);
        let r = confirm(&copy, PASSWORD).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{}", r.body);
        assert_eq!(
            copy.get(REAUTH).await.location.as_deref(),
            Some("/account/login/?next=%2Faccount%2Ftwo_factor%2Freauth%2F")
        );
        // The real user, in a new session, is not locked out once the back-off has passed.
        let fresh = site.client();
        fresh.login_password("bob", PASSWORD, None).await;
        fresh.get(REAUTH).await;
        confirm(&fresh, PASSWORD)
            .await
            .assert_redirect("/account/two_factor/");
    }
}

#[actix_rt::test]
async fn parallel_wrong_passwords_at_reauthentication_are_checked_once() {
    for backend in common::backends() {
        let site = Site::on(&backend).await;
        let c = on_reauth_page(&site, "carol").await;
        let clients: Vec<_> = (0..20).map(|_| c.clone_cookies()).collect();
        let responses = futures_util::future::join_all(
            clients.iter().map(|cl| confirm(cl, "a parallel guess")),
        )
        .await;
        let checked = responses.iter().filter(|r| r.body.contains(WRONG)).count();
        let refused = responses
            .iter()
            .filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS)
            .count();
        assert_eq!((checked, refused), (1, 19), "{}", backend.name());
    }
}
