//! Exactly-once under concurrency, on SQLite and (when `TEST_POSTGRES_URL` is set)
//! PostgreSQL: one TOTP token sent 20 times at once verifies once; parallel wrong codes
//! are all counted when throttling is off.

use crate::common;

use actix_web::http::StatusCode;
use common::{Backend, PASSWORD, Site, SiteOptions};
use futures_util::future::join_all;

async fn site(backend: &Backend, throttle_factor: u32) -> Site {
    Site::with(SiteOptions {
        backend: backend.clone(),
        throttle_factor,
        ..Default::default()
    })
    .await
}

#[actix_rt::test]
async fn one_token_sent_twenty_times_at_once_from_one_session_verifies_once() {
    for backend in common::backends() {
        let site = site(&backend, 1).await;
        let (_, device) = site.create_user_with_device("alice").await;
        let c = site.client();
        c.login_password("alice", PASSWORD, None).await;
        let token = site.current_token(&device);
        // Twenty copies of the same browser state fire the same token together.
        let clients: Vec<_> = (0..20).map(|_| c.clone_cookies()).collect();
        let responses = join_all(clients.iter().map(|cl| cl.login_token(&token))).await;
        let verified: Vec<_> = clients
            .iter()
            .zip(&responses)
            .filter(|(_, r)| r.status == StatusCode::FOUND)
            .collect();
        assert_eq!(verified.len(), 1, "{}: exactly one success", backend.name());
        for r in &responses {
            assert!(
                r.status == StatusCode::FOUND || r.status == StatusCode::OK,
                "{}: {:?}",
                backend.name(),
                r.status
            );
        }
        let mut verified_sessions = 0;
        for cl in &clients {
            if cl.is_verified().await {
                verified_sessions += 1;
            }
        }
        assert_eq!(verified_sessions, 1, "{}", backend.name());
    }
}

#[actix_rt::test]
async fn one_token_from_twenty_sessions_at_once_verifies_once() {
    for backend in common::backends() {
        let site = site(&backend, 1).await;
        let (_, device) = site.create_user_with_device("bob").await;
        let mut clients = Vec::new();
        for _ in 0..20 {
            let c = site.client();
            let r = c.login_password("bob", PASSWORD, None).await;
            assert_eq!(r.step().as_deref(), Some("token"));
            clients.push(c);
        }
        let token = site.current_token(&device);
        let responses = join_all(clients.iter().map(|c| c.login_token(&token))).await;
        let successes = responses
            .iter()
            .filter(|r| r.status == StatusCode::FOUND)
            .count();
        assert_eq!(successes, 1, "{}", backend.name());
    }
}

#[actix_rt::test]
async fn fifty_parallel_wrong_codes_are_all_counted_without_throttling() {
    for backend in common::backends() {
        let site = site(&backend, 0).await;
        let (user, device) = site.create_user_with_device("carol").await;
        let good = site.current_token(&device);
        let wrong = if good == "000000" { "111111" } else { "000000" };
        let c = site.client();
        c.login_password("carol", PASSWORD, None).await;
        let clients: Vec<_> = (0..50).map(|_| c.clone_cookies()).collect();
        join_all(clients.iter().map(|cl| cl.login_token(wrong))).await;
        let count = site.totp_failures(&user).await;
        assert_eq!(count, 50, "{}", backend.name());
    }
}

#[actix_rt::test]
async fn parallel_wrong_codes_with_throttling_count_once() {
    for backend in common::backends() {
        let site = site(&backend, 1).await;
        let (user, _) = site.create_user_with_device("dave").await;
        let c = site.client();
        c.login_password("dave", PASSWORD, None).await;
        let clients: Vec<_> = (0..20).map(|_| c.clone_cookies()).collect();
        join_all(clients.iter().map(|cl| cl.login_token("000000"))).await;
        let count = site.totp_failures(&user).await;
        // Attempts made while the first failure's back-off holds are not evaluated.
        assert_eq!(count, 1, "{}", backend.name());
    }
}

#[actix_rt::test]
async fn one_token_across_two_instances_verifies_once() {
    for backend in common::backends() {
        let a = site(&backend, 1).await;
        let b = a.second_instance().await;
        let (_, device) = a.create_user_with_device("erin").await;
        let c = a.client();
        c.login_password("erin", PASSWORD, None).await;
        let token = a.current_token(&device);
        let clients: Vec<_> = (0..20)
            .map(|i| {
                if i % 2 == 0 {
                    c.clone_cookies()
                } else {
                    c.clone_cookies().on(&b)
                }
            })
            .collect();
        let responses = join_all(clients.iter().map(|cl| cl.login_token(&token))).await;
        let successes = responses
            .iter()
            .filter(|r| r.status == StatusCode::FOUND)
            .count();
        assert_eq!(successes, 1, "{}", backend.name());
    }
}

/// Ten verified users, each logged in with their own browser.
async fn ten_verified_users(site: &Site) -> Vec<(two_factor::users::User, common::Client)> {
    let mut out = Vec::new();
    for i in 0..10 {
        let (user, device) = site.create_user_with_device(&format!("user{i}")).await;
        let c = site.client();
        c.login_password(&user.username, PASSWORD, None).await;
        c.login_token(&site.current_token(&device))
            .await
            .assert_redirect("/account/two_factor/");
        out.push((user, c));
    }
    out
}

#[actix_rt::test]
async fn ten_backup_token_generations_at_once_all_succeed() {
    for backend in common::backends() {
        let site = site(&backend, 1).await;
        let users = ten_verified_users(&site).await;
        for (_, c) in &users {
            c.get(two_factor::urls::BACKUP_TOKENS).await;
        }
        // Twice in a row: the second round replaces existing tokens (read, then write).
        for round in 0..2 {
            let responses = join_all(
                users
                    .iter()
                    .map(|(_, c)| c.post(two_factor::urls::BACKUP_TOKENS, &[])),
            )
            .await;
            for r in &responses {
                assert_eq!(
                    r.status,
                    StatusCode::OK,
                    "{} round {round}: {}",
                    backend.name(),
                    r.body
                );
            }
            for (user, _) in &users {
                let left = site
                    .tf
                    .devices()
                    .backup_token_count(&user.id)
                    .await
                    .expect("count");
                assert_eq!(left, 10, "{}", backend.name());
            }
        }
    }
}

#[actix_rt::test]
async fn ten_enrolments_at_once_all_succeed() {
    for backend in common::backends() {
        let site = site(&backend, 1).await;
        let mut users = Vec::new();
        for i in 0..10 {
            users.push(site.create_user(&format!("enrol{i}")).await);
        }
        let devices = site.tf.devices();
        // Start every setup at once, twice (the second replaces the first pending device).
        for _ in 0..2 {
            let started = join_all(users.iter().map(|u| devices.begin_setup(&u.id))).await;
            assert!(
                started.iter().all(Result::is_ok),
                "{}: {started:?}",
                backend.name()
            );
        }
        let mut pending = Vec::new();
        for u in &users {
            pending.push(devices.begin_setup(&u.id).await.expect("setup"));
        }
        let now = site.tf.clock().now_secs();
        let confirmed = join_all(users.iter().zip(&pending).map(|(u, d)| {
            devices.confirm_setup(&u.id, d.id, Some(d.token_at_step(d.current_step(now))))
        }))
        .await;
        for outcome in confirmed {
            assert_eq!(
                outcome.expect("no database error"),
                two_factor::devices::Verification::Verified,
                "{}",
                backend.name()
            );
        }
        // And the backup tokens every enrolment ends with, all at once.
        let generated = join_all(users.iter().map(|u| devices.generate_backup_tokens(&u.id))).await;
        for g in generated {
            assert_eq!(
                g.expect("no database error").len(),
                10,
                "{}",
                backend.name()
            );
        }
    }
}
