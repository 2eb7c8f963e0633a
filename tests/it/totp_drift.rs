//! TOTP drift stays bounded (issue 8, finding 5): logging in again and again with the code
//! one step ahead of the drift-adjusted step must not walk the accepted window into the
//! future. The drift is capped at the device's tolerance, so the real current code always
//! verifies and codes minutes ahead never do.

use crate::common;

use common::{PASSWORD, Site};
use diesel::{Connection, ExpressionMethods, QueryDsl, RunQueryDsl, SqliteConnection};
use two_factor::devices::TotpDevice;

/// Puts the clock a few seconds into a 30 s step, so no step boundary falls mid-test.
fn align(site: &Site) {
    let into_step = site.tf.clock().now_secs().rem_euclid(30);
    site.clock.advance_secs((35 - into_step).rem_euclid(30));
}

/// The real step now (no drift).
fn real_step(site: &Site) -> i64 {
    site.tf.clock().now_secs().div_euclid(30)
}

/// Logs in with `token` in a fresh browser; whether it verified.
async fn login_with(site: &Site, username: &str, token: &str) -> bool {
    let c = site.client();
    let r = c.login_password(username, PASSWORD, None).await;
    assert_eq!(r.step().as_deref(), Some("token"), "{}", r.body);
    let r = c.login_token(token).await;
    r.status == actix_web::http::StatusCode::FOUND
}

async fn reload(site: &Site, user: &two_factor::users::User) -> TotpDevice {
    site.reload(user).await.expect("device")
}

#[actix_rt::test]
async fn next_step_logins_do_not_ratchet_the_drift() {
    let site = Site::new().await;
    align(&site);
    let (user, _) = site.create_user_with_device("alice").await;
    // Four logins, each with the code one step after the drift-adjusted step (what the
    // outside review did), a step apart.
    for round in 0..4 {
        let device = reload(&site, &user).await;
        let ahead = device.token_at_step(device.current_step(site.tf.clock().now_secs()) + 1);
        assert!(
            login_with(&site, "alice", &ahead).await,
            "round {round}: within tolerance of the drift-adjusted step"
        );
        site.clock.advance_secs(30);
    }
    let device = reload(&site, &user).await;
    assert!(
        device.drift.abs() <= device.tolerance,
        "drift {} exceeds the tolerance {}",
        device.drift,
        device.tolerance
    );
    // A code two minutes ahead of real time is refused …
    let future = device.token_at_step(real_step(&site) + 4);
    assert!(!login_with(&site, "alice", &future).await, "2 min ahead");
    // … and the true current code verifies (a few steps on, past the last step used and
    // the failure's back-off).
    site.clock.advance_secs(90);
    let current = device.token_at_step(real_step(&site));
    assert!(login_with(&site, "alice", &current).await, "current code");
}

#[actix_rt::test]
async fn a_stored_runaway_drift_is_capped_when_read() {
    let site = Site::new().await;
    align(&site);
    let (_, device) = site.create_user_with_device("bob").await;
    // A row written by the old code after four next-step logins.
    let mut conn = SqliteConnection::establish(site.database_url()).expect("sqlite");
    {
        use diesel::sql_types::{BigInt, Integer};
        diesel::sql_query("UPDATE otp_totp_device SET drift = ? WHERE id = ?")
            .bind::<Integer, _>(4)
            .bind::<BigInt, _>(device.id)
            .execute(&mut conn)
            .expect("update");
    }
    let future = device.token_at_step(real_step(&site) + 4);
    assert!(!login_with(&site, "bob", &future).await, "2 min ahead");
    site.clock.advance_ms(1100);
    let current = device.token_at_step(real_step(&site));
    assert!(login_with(&site, "bob", &current).await, "current code");
    let drift: i32 = {
        use two_factor_schema::otp_totp_device::dsl as t;
        t::otp_totp_device
            .filter(t::id.eq(device.id))
            .select(t::drift)
            .first(&mut conn)
            .expect("drift")
    };
    assert_eq!(
        drift, 0,
        "the drift is re-learned from the code that verified"
    );
}

/// The column this test reads (the crate's schema module is private).
mod two_factor_schema {
    diesel::table! {
        otp_totp_device (id) {
            id -> BigInt,
            drift -> Integer,
        }
    }
}
