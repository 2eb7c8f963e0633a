//! Password guessing at the login's password step (issue 8, finding 7): per client address
//! a capped refusal back-off, per submitted username a capped delay that slows but never
//! refuses, no lockout oracle (R5), keys hashed, old rows pruned. SQLite, and PostgreSQL
//! when `TEST_POSTGRES_URL` is set.

use crate::common;

use std::time::{Duration, Instant};

use actix_web::http::StatusCode;
use common::{Backend, Client, PASSWORD, Resp, Site, SiteOptions};
use futures_util::future::join_all;

const INVALID: &str = "Please enter a correct username and password";
const LOGIN: &str = "/account/login/";

fn refused_text(seconds: u32) -> String {
    format!(
        "Too many failed attempts from your network. Try again in {seconds} second{}.",
        if seconds == 1 { "" } else { "s" }
    )
}

fn assert_refused(r: &Resp, seconds: u32) {
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "body: {}", r.body);
    assert!(r.body.contains(&refused_text(seconds)), "{}", r.body);
    assert_eq!(r.step().as_deref(), Some("auth"));
}

async fn site_with(
    backend: &Backend,
    configure: Option<fn(two_factor::TwoFactorBuilder) -> two_factor::TwoFactorBuilder>,
) -> Site {
    Site::with(SiteOptions {
        backend: backend.clone(),
        configure,
        ..SiteOptions::default()
    })
    .await
}

/// A browser at `address` (port 4000).
fn browser(site: &Site, address: &str) -> Client {
    site.client().at_origin(&format!("{address}:4000"), &[])
}

/// The password step, timed.
async fn timed_login(c: &Client, username: &str, password: &str) -> (Resp, Duration) {
    c.get(LOGIN).await;
    let start = Instant::now();
    let r = c
        .post(
            LOGIN,
            &[
                ("login_view-current_step", "auth"),
                ("auth-username", username),
                ("auth-password", password),
            ],
        )
        .await;
    (r, start.elapsed())
}

#[actix_rt::test]
async fn a_client_address_is_refused_after_ten_failures_with_a_capped_back_off() {
    for backend in common::backends() {
        let site = site_with(&backend, None).await;
        site.create_user("alice").await;
        let attacker = browser(&site, "203.0.113.7");
        for i in 0..10 {
            attacker
                .login_password(&format!("guess{i}"), "wrong", None)
                .await
                .assert_ok_contains(INVALID);
        }
        // The 11th attempt is refused before the password is checked, right or not.
        let r = attacker.login_password("alice", PASSWORD, None).await;
        assert_refused(&r, 1);
        assert_eq!(
            attacker.get("/account/two_factor/").await.status,
            StatusCode::FOUND,
            "not logged in"
        );
        // The real user, elsewhere, is not refused.
        browser(&site, "198.51.100.20")
            .login_password("alice", PASSWORD, None)
            .await
            .assert_redirect("/account/two_factor/");
        // Each further failure doubles the refusal, up to 60 s.
        for (i, wait) in [1, 2, 4, 8, 16, 32, 60, 60].into_iter().enumerate() {
            assert_refused(
                &attacker.login_password("someone", "wrong", None).await,
                wait,
            );
            // Refused again, and not counted (the sequence stays exact).
            let r = attacker.login_password("someone", "wrong", None).await;
            assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
            site.clock.advance_ms(i64::from(wait) * 1000);
            attacker
                .login_password(&format!("other{i}"), "wrong", None)
                .await
                .assert_ok_contains(INVALID);
        }
        assert_refused(&attacker.login_password("someone", "wrong", None).await, 60);
        // Fifteen quiet minutes forget the failures.
        site.clock.advance_secs(15 * 60);
        attacker
            .login_password("alice", PASSWORD, None)
            .await
            .assert_redirect("/account/two_factor/");
    }
}

#[actix_rt::test]
async fn parallel_wrong_passwords_from_one_address_are_checked_at_most_ten_times() {
    for backend in common::backends() {
        let site = site_with(&backend, None).await;
        let attacker = browser(&site, "203.0.113.8");
        attacker.get(LOGIN).await;
        let clones: Vec<_> = (0..30).map(|_| attacker.clone_cookies()).collect();
        let responses = join_all(clones.iter().enumerate().map(|(i, c)| async move {
            let user = format!("user{i}");
            c.post(
                LOGIN,
                &[
                    ("login_view-current_step", "auth"),
                    ("auth-username", user.as_str()),
                    ("auth-password", "wrong"),
                ],
            )
            .await
        }))
        .await;
        let checked = responses
            .iter()
            .filter(|r| r.body.contains(INVALID))
            .count();
        let refused = responses
            .iter()
            .filter(|r| r.status == StatusCode::TOO_MANY_REQUESTS)
            .count();
        assert_eq!(checked + refused, 30, "{}", backend.name());
        assert!(
            (1..=10).contains(&checked),
            "{}: {checked} checked",
            backend.name()
        );
    }
}

#[actix_rt::test]
async fn the_account_delay_slows_the_real_user_but_never_refuses_them() {
    for backend in common::backends() {
        let site = site_with(
            &backend,
            Some(|b| {
                b.login_throttling(
                    two_factor::config::LoginThrottling::default()
                        .login_account_max_delay(Duration::from_millis(600)),
                )
            }),
        )
        .await;
        site.create_user("alice").await;
        // Six failures from six addresses (no address is refused).
        let mut waits = Vec::new();
        for i in 0..6 {
            let (r, took) =
                timed_login(&browser(&site, &format!("192.0.2.{i}")), "alice", "x").await;
            r.assert_ok_contains(INVALID);
            waits.push(took);
        }
        // From the fourth attempt on, each waits 250 ms, 500 ms, then the 600 ms cap.
        for (i, least) in [(3, 250), (4, 500), (5, 600)] {
            assert!(
                waits[i] >= Duration::from_millis(least),
                "{}: attempt {} took {:?}",
                backend.name(),
                i + 1,
                waits[i]
            );
        }
        // The real user is slowed by the cap, and gets in.
        let (r, took) = timed_login(&browser(&site, "198.51.100.1"), "alice", PASSWORD).await;
        r.assert_redirect("/account/two_factor/");
        assert!(took >= Duration::from_millis(600), "{took:?}");
        // Success forgot the account's failures.
        assert_eq!(rows(&site, "login_account").await, 0, "{}", backend.name());
    }
}

#[actix_rt::test]
async fn unknown_and_known_usernames_are_throttled_alike_and_normalised() {
    for backend in common::backends() {
        let site = site_with(&backend, None).await;
        site.create_user("alice").await;
        // " Alice", "ALICE" and "alice" are one account; "mallory" does not exist.
        let mut last = Vec::new();
        for names in [[" Alice", "ALICE", "alice", "aLiCe"], ["mallory"; 4]] {
            let mut took = Duration::ZERO;
            let mut body = String::new();
            for (i, name) in names.iter().enumerate() {
                let c = site
                    .client()
                    .at_origin(&format!("192.0.2.{}:1", i + 10 * last.len()), &[]);
                let (r, t) = timed_login(&c, name, "wrong").await;
                assert_eq!(r.status, StatusCode::OK);
                r.assert_ok_contains(INVALID);
                (took, body) = (t, r.body);
            }
            assert!(took >= Duration::from_millis(250), "{names:?}: {took:?}");
            last.push(body);
        }
        let strip = |s: &str| {
            s.lines()
                .filter(|l| !l.contains("csrfmiddlewaretoken") && !l.contains("auth-username"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(strip(&last[0]), strip(&last[1]), "{}", backend.name());
    }
}

#[actix_rt::test]
async fn the_proxy_header_counts_only_when_configured_and_only_its_last_entry() {
    for backend in common::backends() {
        // Not configured: the header is ignored, the peer (the proxy) is the client.
        let site = site_with(&backend, None).await;
        for i in 0..10 {
            let spoofed = format!("198.51.100.{i}");
            site.client()
                .at_origin("10.0.0.1:80", &[("X-Forwarded-For", spoofed.as_str())])
                .login_password(&format!("x{i}"), "wrong", None)
                .await
                .assert_ok_contains(INVALID);
        }
        let r = site
            .client()
            .at_origin("10.0.0.1:80", &[("X-Forwarded-For", "198.51.100.99")])
            .login_password("x", "wrong", None)
            .await;
        assert_refused(&r, 1);

        // Configured: the last entry (the one the proxy appended) is the client; the
        // entries a client writes itself are ignored.
        let site = site_with(
            &backend,
            Some(|b| {
                b.login_throttling(
                    two_factor::config::LoginThrottling::default()
                        .client_ip_header("X-Forwarded-For"),
                )
            }),
        )
        .await;
        site.create_user("alice").await;
        for i in 0..10 {
            let chain = format!("198.51.100.{i}, 203.0.113.50");
            site.client()
                .at_origin("10.0.0.1:80", &[("X-Forwarded-For", chain.as_str())])
                .login_password(&format!("x{i}"), "wrong", None)
                .await
                .assert_ok_contains(INVALID);
        }
        let r = site
            .client()
            .at_origin(
                "10.0.0.1:80",
                &[("X-Forwarded-For", "1.2.3.4, 203.0.113.50")],
            )
            .login_password("alice", PASSWORD, None)
            .await;
        assert_refused(&r, 1);
        // Another client behind the same proxy logs in.
        site.client()
            .at_origin("10.0.0.1:80", &[("X-Forwarded-For", "203.0.113.51")])
            .login_password("alice", PASSWORD, None)
            .await
            .assert_redirect("/account/two_factor/");
    }
}

#[actix_rt::test]
async fn a_bad_proxy_header_setting_is_refused_at_build() {
    let err = two_factor::TwoFactor::builder()
        .database_url(":memory:")
        .login_throttling(
            two_factor::config::LoginThrottling::default().client_ip_header("X Forwarded For"),
        )
        .build()
        .expect_err("an invalid header name");
    assert!(
        err.to_string().contains("TWO_FACTOR_CLIENT_IP_HEADER"),
        "{err}"
    );
}

/// Issue 10.7: limits beyond their caps are refused at build, not clamped silently.
#[actix_rt::test]
async fn throttle_limits_beyond_their_caps_are_refused_at_build() {
    let err = two_factor::TwoFactor::builder()
        .database_url(":memory:")
        .login_throttling(
            two_factor::config::LoginThrottling::default()
                .login_client_max_backoff(Duration::from_secs(3600)),
        )
        .build()
        .expect_err("an hour-long refusal");
    assert!(
        err.to_string().contains("login_client_max_backoff"),
        "{err}"
    );
    let err = two_factor::TwoFactor::builder()
        .database_url(":memory:")
        .login_throttling(
            two_factor::config::LoginThrottling::default()
                .login_account_max_delay(Duration::from_secs(60)),
        )
        .build()
        .expect_err("a minute-long delay");
    assert!(err.to_string().contains("login_account_max_delay"), "{err}");
}

#[actix_rt::test]
async fn throttle_rows_hold_only_hashed_keys_and_old_rows_are_pruned() {
    for backend in common::backends() {
        let site = site_with(&backend, None).await;
        site.create_user("alice").await;
        browser(&site, "203.0.113.9")
            .login_password("Alice@Example.com", "wrong", None)
            .await
            .assert_ok_contains(INVALID);
        let all = keys(&site).await;
        assert_eq!(all.len(), 2, "{}: {all:?}", backend.name());
        for (scope, key) in &all {
            assert!(scope == "login_account" || scope == "login_client");
            assert_eq!(key.len(), 64, "{key}");
            assert!(key.bytes().all(|b| b.is_ascii_hexdigit()), "{key}");
        }
        // A day later, the next attempt's housekeeping deletes the old rows.
        site.clock.advance_secs(25 * 3600);
        browser(&site, "203.0.113.10")
            .login_password("bob", "wrong", None)
            .await
            .assert_ok_contains(INVALID);
        assert_eq!(keys(&site).await.len(), 2, "{}", backend.name());
        assert_eq!(rows(&site, "login_client").await, 1);
    }
}

/// `(scope, key)` of every throttle row.
async fn keys(site: &Site) -> Vec<(String, String)> {
    use diesel::prelude::*;
    diesel::table! {
        two_factor_throttle (scope, key) {
            scope -> Text,
            key -> Text,
        }
    }
    let db = site.tf.database().clone();
    actix_web::web::block(move || {
        let mut conn = db.connection().expect("connection");
        let query = two_factor_throttle::table
            .select((two_factor_throttle::scope, two_factor_throttle::key));
        match &mut *conn {
            two_factor::db::AnyConnection::Sqlite(c) => query.load(c),
            #[cfg(feature = "postgres")]
            two_factor::db::AnyConnection::Postgresql(c) => query.load(c),
        }
        .expect("query")
    })
    .await
    .expect("blocking")
}

/// How many throttle rows `scope` has.
async fn rows(site: &Site, scope: &str) -> usize {
    keys(site).await.iter().filter(|(s, _)| s == scope).count()
}

/// Finding 17.2: simultaneous correct logins from one address (an office behind one NAT)
/// contend for the address's counter; contention is never read as failures. (Ten at once:
/// each attempt in flight holds one of the address's ten free attempts until its password
/// is checked, so an eleventh would wait for the back-off by design.)
#[actix_rt::test]
async fn simultaneous_correct_logins_from_one_address_are_never_refused() {
    for backend in common::backends() {
        let site = site_with(&backend, None).await;
        let users: Vec<String> = (0..10).map(|i| format!("colleague{i}")).collect();
        for user in &users {
            site.create_user(user).await;
        }
        for round in 0..10 {
            let clients: Vec<Client> = users
                .iter()
                .map(|_| browser(&site, "198.51.100.20"))
                .collect();
            join_all(clients.iter().map(|c| c.get(LOGIN))).await;
            let responses = join_all(clients.iter().zip(&users).map(|(c, user)| async move {
                c.post(
                    LOGIN,
                    &[
                        ("login_view-current_step", "auth"),
                        ("auth-username", user.as_str()),
                        ("auth-password", PASSWORD),
                    ],
                )
                .await
            }))
            .await;
            for (r, user) in responses.iter().zip(&users) {
                assert_eq!(
                    r.status,
                    StatusCode::FOUND,
                    "{} round {round}: {user} was refused: {}",
                    backend.name(),
                    r.body
                );
            }
        }
    }
}
