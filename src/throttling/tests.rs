//! Unit tests of the parent module.

use super::*;

/// The databases to run on: SQLite, and PostgreSQL when `TEST_POSTGRES_URL` is set.
fn databases(dir: &std::path::Path) -> Vec<Database> {
    let mut urls = vec![dir.join("throttle.sqlite3").to_string_lossy().into_owned()];
    match std::env::var("TEST_POSTGRES_URL") {
        Ok(url) if cfg!(feature = "postgres") => urls.push(url),
        _ => {
            eprintln!("SKIPPED on PostgreSQL: TEST_POSTGRES_URL unset or no `postgres` feature")
        }
    }
    urls.iter()
        .map(|url| {
            let db = Database::connect(url, 12).expect("connect");
            db.run_migrations().expect("migrations");
            db
        })
        .collect()
}

/// Finding 17.2: attempts racing for one address's row (ten threads, each reserving and
/// giving back as a correct login does, their clock readings interleaved as on two
/// workers or instances) are never refused while fewer than the free attempts are in
/// flight — contention is not a failure.
#[test]
fn contention_is_never_read_as_failures() {
    let dir = tempfile::tempdir().expect("tempdir");
    for db in databases(dir.path()) {
        let key = hashed_key(
            Scope::LoginClient,
            &format!("race-{}", rand::random::<u64>()),
        );
        let backoff = Backoff {
            free: 10,
            base_ms: CLIENT_BACKOFF_BASE_MS,
            cap_ms: 60_000,
            forget_ms: LOGIN_FORGET_MS,
        };
        let refused = std::sync::atomic::AtomicUsize::new(0);
        let clock = AtomicI64::new(1_000_000);
        std::thread::scope(|scope| {
            for _ in 0..10 {
                scope.spawn(|| {
                    let mut conn = db.checkout().expect("connection");
                    for _ in 0..40 {
                        let now = clock.fetch_add(1, Ordering::SeqCst);
                        match reserve(&mut conn, Scope::LoginClient, &key, &backoff, now)
                            .expect("reserve")
                        {
                            Reservation::Taken => {
                                release(&mut conn, Scope::LoginClient, &key).expect("release")
                            }
                            Reservation::Refused { .. } => {
                                refused.fetch_add(1, Ordering::SeqCst);
                            }
                        }
                    }
                });
            }
        });
        assert_eq!(
            refused.load(Ordering::SeqCst),
            0,
            "{:?}: correct attempts refused under contention",
            db.backend()
        );
    }
}

fn backoff(free: i32, base_ms: i64, cap_ms: i64) -> Backoff {
    Backoff {
        free,
        base_ms,
        cap_ms,
        forget_ms: 1000,
    }
}

#[test]
fn delay_is_free_then_doubles_up_to_the_cap() {
    let b = backoff(3, 250, 3000);
    let delays: Vec<i64> = (0..9).map(|n| b.delay_ms(n)).collect();
    assert_eq!(delays, [0, 0, 0, 250, 500, 1000, 2000, 3000, 3000]);
    assert_eq!(b.delay_ms(i32::MAX), 3000);
    // Django's device formula: factor·2^(n-1).
    let d = backoff(1, 1000, i64::MAX);
    assert_eq!(
        (d.delay_ms(1), d.delay_ms(2), d.delay_ms(4)),
        (1000, 2000, 8000)
    );
    assert_eq!(backoff(0, 1000, 5000).delay_ms(0), 0);
    assert_eq!(backoff(1, 0, 5000).delay_ms(7), 0);
}

#[test]
fn old_failures_are_forgotten_and_retry_rounds_up() {
    let b = backoff(1, 1000, 60_000);
    assert_eq!(b.live_count(5, 10_000, 10_999), 5);
    assert_eq!(b.live_count(5, 10_000, 11_000), 0);
    assert_eq!(b.retry_after_ms(1, 10_000, 10_001), 999);
    assert_eq!(b.retry_after_ms(1, 10_000, 12_000), 0);
    assert_eq!(ceil_secs(999), 1);
    assert_eq!(ceil_secs(1000), 1);
    assert_eq!(ceil_secs(1001), 2);
}

#[test]
fn keys_have_a_fixed_length_and_differ_by_scope() {
    let long = "x".repeat(100_000);
    for raw in ["", "alice", long.as_str(), "\0'; DROP TABLE --"] {
        let k = hashed_key(Scope::LoginAccount, raw);
        assert_eq!(k.len(), 64);
        assert!(k.bytes().all(|b| b.is_ascii_hexdigit()));
    }
    assert_ne!(
        hashed_key(Scope::LoginAccount, "alice"),
        hashed_key(Scope::ReauthUser, "alice")
    );
    assert_eq!(account_key(" Alice "), account_key("alice"));
    assert!(!account_key("alice").contains("alice"));
}

#[test]
fn addresses_are_bucketed() {
    let ip = |s: &str| s.parse::<IpAddr>().unwrap();
    assert_eq!(address_bucket(ip("203.0.113.7")), "203.0.113.7");
    assert_eq!(
        address_bucket(ip("2001:db8:1:2:3:4:5:6")),
        address_bucket(ip("2001:db8:1:2:ffff::1"))
    );
    assert_ne!(
        address_bucket(ip("2001:db8:1:2::1")),
        address_bucket(ip("2001:db8:1:3::1"))
    );
    assert_eq!(address_bucket(ip("::ffff:203.0.113.7")), "203.0.113.7");
    assert_eq!(
        parse_address(" 198.51.100.2:4711"),
        Some(ip("198.51.100.2"))
    );
    assert_eq!(parse_address("[2001:db8::1]:443"), Some(ip("2001:db8::1")));
    assert_eq!(parse_address("unknown"), None);
    assert_eq!(parse_address(""), None);
}

#[test]
fn messages_say_when_to_retry() {
    assert_eq!(
        client_refused_message(1),
        "Too many failed attempts from your network. Try again in 1 second."
    );
    assert!(reauth_refused_message(16).ends_with("Try again in 16 seconds."));
}

#[test]
fn bad_proxy_header_names_and_limits_beyond_the_caps_are_refused() {
    let bad = ThrottleSettings {
        client_ip_header: Some("X Forwarded\nFor".to_owned()),
        ..ThrottleSettings::default()
    };
    assert!(Throttling::new(bad).is_err());
    let long_refusal = ThrottleSettings {
        client_max_backoff: Duration::from_secs(86_400),
        ..ThrottleSettings::default()
    };
    assert!(Throttling::new(long_refusal).is_err());
    let long_delay = ThrottleSettings {
        account_max_delay: Duration::from_secs(600),
        ..ThrottleSettings::default()
    };
    assert!(Throttling::new(long_delay).is_err());
    let at_the_caps = ThrottleSettings {
        client_max_backoff: CLIENT_MAX_BACKOFF_LIMIT,
        account_max_delay: ACCOUNT_MAX_DELAY_LIMIT,
        ..ThrottleSettings::default()
    };
    let t = Throttling::new(at_the_caps).expect("the caps themselves are fine");
    assert_eq!(t.settings.client_max_backoff, CLIENT_MAX_BACKOFF_LIMIT);
    assert_eq!(t.settings.account_max_delay, ACCOUNT_MAX_DELAY_LIMIT);
}
