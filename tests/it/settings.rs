//! `TwoFactorBuilder::build()` refuses settings that cannot work, naming the setting,
//! instead of logging and carrying on or clamping silently. Each test shows the message a
//! host gets (run with `--nocapture` to see them all).

use std::time::Duration;

use actix_web::cookie::SameSite;
use two_factor::{BuildError, TwoFactor, TwoFactorBuilder};

/// A builder on a fresh SQLite file, valid as it stands.
use two_factor::config::{CodeDelivery, RememberDevice, SessionLimits};

/// A remember-device group turned on, for the cookie attribute checks.
fn rd() -> RememberDevice {
    RememberDevice::new(Duration::from_secs(3600))
}

fn builder(dir: &tempfile::TempDir) -> TwoFactorBuilder {
    TwoFactor::builder()
        .database_url(dir.path().join("db.sqlite3").display().to_string())
        .run_migrations(true)
}

/// Builds with `configure` applied, expects a refusal of `setting` and returns the message
/// (printed, so `--nocapture` shows what the host reads).
fn refused(setting: &str, configure: impl FnOnce(TwoFactorBuilder) -> TwoFactorBuilder) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    match configure(builder(&dir)).build() {
        Err(e @ BuildError::Invalid { .. }) => {
            let BuildError::Invalid { setting: got, .. } = &e else {
                unreachable!()
            };
            assert_eq!(*got, setting, "the error names the setting: {e}");
            let message = e.to_string();
            assert!(
                message.starts_with(&format!("invalid setting {setting}: ")),
                "{message}"
            );
            println!("{message}");
            message
        }
        Err(e) => panic!("{setting}: expected BuildError::Invalid, got {e}"),
        Ok(_) => panic!("{setting}: build() accepted an invalid value"),
    }
}

fn accepted(configure: impl FnOnce(TwoFactorBuilder) -> TwoFactorBuilder) -> TwoFactor {
    let dir = tempfile::tempdir().expect("tempdir");
    configure(builder(&dir)).build().expect("valid settings")
}

#[test]
fn the_defaults_and_the_edge_values_build() {
    accepted(|b| b);
    let tf = accepted(|b| {
        b.totp_digits(8)
            .code_delivery(
                CodeDelivery::default()
                    .email_token_validity(Duration::from_secs(600))
                    .phone_token_validity(Duration::from_secs(600))
                    .email_cooldown(Duration::ZERO)
                    .rate_limits(0, 0, Duration::ZERO),
            )
            .remember_device(
                RememberDevice::new(Duration::from_secs(30 * 86_400))
                    .secret(&[7; 32])
                    .cookie_secure(true)
                    .cookie_prefix("__Host-remember-cookie_")
                    .cookie_same_site(SameSite::None),
            )
            .session_limits(
                SessionLimits::default()
                    .login_timeout(Duration::ZERO)
                    .max_age(Duration::ZERO)
                    .idle_timeout(Duration::ZERO)
                    .reauthentication_window(Duration::ZERO),
            )
            .device_recheck_interval(Duration::ZERO)
            .policy_exempt_path("/public/")
            .login_url("/login/")
            .site_name("Ünïcode Site")
    });
    // Nothing was clamped.
    assert_eq!(tf.totp_digits(), 8);
    assert_eq!(
        tf.devices().settings().email_token_validity,
        Duration::from_secs(600)
    );
    assert_eq!(
        tf.devices().settings().phone_token_validity,
        Duration::from_secs(600)
    );
}

#[test]
fn a_short_remember_cookie_secret_is_refused() {
    // It used to be logged and ignored: cookies were then signed with a per-process
    // secret and other instances rejected them.
    let m = refused("remember_cookie_secret", |b| {
        b.remember_device(rd().secret(b"too short"))
    });
    assert!(m.contains("9 bytes") && m.contains("at least 32"), "{m}");
    assert!(!m.contains("too short"), "the secret is not echoed: {m}");
}

#[test]
fn totp_digits_other_than_6_or_8_are_refused() {
    for digits in [0, 5, 7, 9, 255] {
        let m = refused("totp_digits", |b| b.totp_digits(digits));
        assert!(m.contains("must be 6 or 8"), "{m}");
    }
}

#[test]
fn an_email_token_validity_over_ten_minutes_is_refused_not_clamped() {
    let m = refused("email_token_validity", |b| {
        b.code_delivery(CodeDelivery::default().email_token_validity(Duration::from_secs(601)))
    });
    assert!(m.contains("at most 10 minutes"), "{m}");
    let m = refused("email_token_validity", |b| {
        b.code_delivery(CodeDelivery::default().email_token_validity(Duration::ZERO))
    });
    assert!(m.contains("can never be used"), "{m}");
}

#[test]
fn a_phone_token_validity_over_ten_minutes_is_refused_not_clamped() {
    let m = refused("phone_token_validity", |b| {
        b.code_delivery(CodeDelivery::default().phone_token_validity(Duration::from_secs(3600)))
    });
    assert!(m.contains("at most 10 minutes"), "{m}");
    let m = refused("phone_token_validity", |b| {
        b.code_delivery(CodeDelivery::default().phone_token_validity(Duration::from_millis(500)))
    });
    assert!(m.contains("at least one second"), "{m}");
}

#[test]
fn urls_that_are_not_local_paths_are_refused() {
    type Set = fn(TwoFactorBuilder, String) -> TwoFactorBuilder;
    let settings: [(&str, Set); 3] = [
        ("login_url", |b, u| b.login_url(u)),
        ("login_redirect_url", |b, u| b.login_redirect_url(u)),
        ("logout_redirect_url", |b, u| b.logout_redirect_url(u)),
    ];
    for (setting, set) in settings {
        for url in [
            "",
            "account/login/",
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example/",
            "/account/\nlogin/",
            "/account/ login/",
        ] {
            let m = refused(setting, |b| set(b, url.to_owned()));
            assert!(m.contains("must be a local path"), "{m}");
        }
    }
}

#[test]
fn an_empty_site_name_is_refused() {
    for name in ["", "   "] {
        let m = refused("site_name", |b| b.site_name(name));
        assert!(m.contains("must not be empty"), "{m}");
    }
    let m = refused("site_name", |b| b.site_name("My\r\nSite"));
    assert!(m.contains("control character"), "{m}");
}

#[test]
fn an_empty_totp_issuer_is_refused() {
    let m = refused("totp_issuer", |b| b.totp_issuer(""));
    assert!(m.contains("must not be empty"), "{m}");
    let m = refused("totp_issuer", |b| b.totp_issuer("Issuer\0"));
    assert!(m.contains("control character"), "{m}");
}

#[test]
fn an_email_subject_with_a_line_break_is_refused() {
    let m = refused("email_subject", |b| {
        b.code_delivery(
            CodeDelivery::default().email_subject("OTP token\r\nBcc: everyone@example.com"),
        )
    });
    assert!(m.contains("control character"), "{m}");
}

#[test]
fn zero_max_connections_is_refused() {
    // It used to be raised to 1 silently.
    let m = refused("max_connections", |b| b.max_connections(0));
    assert!(m.contains("at least 1"), "{m}");
}

#[test]
fn a_database_timeout_under_100_ms_is_refused() {
    // It used to be raised to 100 ms silently.
    for t in [Duration::ZERO, Duration::from_millis(99)] {
        let m = refused("database_timeout", |b| b.database_timeout(t));
        assert!(m.contains("at least 100 ms"), "{m}");
    }
}

#[test]
fn durations_that_overflow_are_refused() {
    type Set = fn(TwoFactorBuilder, Duration) -> TwoFactorBuilder;
    let settings: [(&str, Set); 12] = [
        ("database_timeout", |b, d| b.database_timeout(d)),
        ("login_timeout", |b, d| {
            b.session_limits(SessionLimits::default().login_timeout(d))
        }),
        ("reauthentication_window", |b, d| {
            b.session_limits(SessionLimits::default().reauthentication_window(d))
        }),
        ("session_max_age", |b, d| {
            b.session_limits(SessionLimits::default().max_age(d))
        }),
        ("session_idle_timeout", |b, d| {
            b.session_limits(SessionLimits::default().idle_timeout(d))
        }),
        ("remember_cookie_age", |b, d| {
            b.remember_device(RememberDevice::new(d))
        }),
        ("phone_cooldown", |b, d| {
            b.code_delivery(CodeDelivery::default().phone_cooldown(d))
        }),
        ("email_cooldown", |b, d| {
            b.code_delivery(CodeDelivery::default().email_cooldown(d))
        }),
        ("code_rate_limits", |b, d| {
            b.code_delivery(CodeDelivery::default().rate_limits(5, 10, d))
        }),
        ("device_recheck_interval", |b, d| {
            b.device_recheck_interval(d)
        }),
        // Above ten minutes too, but the overflow is what is reported first.
        ("email_token_validity", |b, d| {
            b.code_delivery(CodeDelivery::default().email_token_validity(d))
        }),
        ("phone_token_validity", |b, d| {
            b.code_delivery(CodeDelivery::default().phone_token_validity(d))
        }),
    ];
    // Duration::MAX does not fit in i64 milliseconds; i64::MAX ms fits but overflows
    // when added to the current time.
    let too_long = [
        Duration::MAX,
        Duration::from_millis(u64::try_from(i64::MAX).expect("fits")),
    ];
    for (setting, set) in settings {
        for d in too_long {
            let m = refused(setting, |b| set(b, d));
            assert!(m.contains("too long"), "{m}");
        }
    }
}

#[test]
fn sub_second_durations_read_as_zero_are_refused() {
    // These are kept in whole seconds, where 0 means "off": 500 ms would silently turn
    // the protection off.
    type Set = fn(TwoFactorBuilder, Duration) -> TwoFactorBuilder;
    let settings: [(&str, Set); 5] = [
        ("login_timeout", |b, d| {
            b.session_limits(SessionLimits::default().login_timeout(d))
        }),
        ("reauthentication_window", |b, d| {
            b.session_limits(SessionLimits::default().reauthentication_window(d))
        }),
        ("session_max_age", |b, d| {
            b.session_limits(SessionLimits::default().max_age(d))
        }),
        ("session_idle_timeout", |b, d| {
            b.session_limits(SessionLimits::default().idle_timeout(d))
        }),
        ("remember_cookie_age", |b, d| {
            b.remember_device(RememberDevice::new(d))
        }),
    ];
    for (setting, set) in settings {
        let m = refused(setting, |b| set(b, Duration::from_millis(500)));
        assert!(m.contains("at least one second"), "{m}");
    }
}

#[test]
fn a_zero_remember_cookie_age_is_refused() {
    let m = refused("remember_cookie_age", |b| {
        b.remember_device(RememberDevice::new(Duration::ZERO))
    });
    assert!(m.contains("leave it unset"), "{m}");
}

#[test]
fn a_zero_code_rate_window_with_limits_on_is_refused() {
    let m = refused("code_rate_limits", |b| {
        b.code_delivery(CodeDelivery::default().rate_limits(5, 10, Duration::ZERO))
    });
    assert!(m.contains("window"), "{m}");
}

#[test]
fn an_invalid_remember_cookie_prefix_is_refused() {
    for prefix in ["", "remember cookie", "remember;", "remember=", "rémember_"] {
        let m = refused("remember_cookie_prefix", |b| {
            b.remember_device(rd().cookie_prefix(prefix))
        });
        assert!(m.contains("cookie name"), "{m}");
    }
}

#[test]
fn a_host_prefix_needs_secure_no_domain_and_path_slash() {
    let host = "__Host-remember-cookie_";
    let m = refused("remember_cookie_prefix", |b| {
        b.remember_device(rd().cookie_prefix(host))
    });
    assert!(m.contains("cookie_secure(true)"), "{m}");
    let m = refused("remember_cookie_prefix", |b| {
        b.remember_device(
            rd().cookie_prefix(host)
                .cookie_secure(true)
                .cookie_domain("example.com"),
        )
    });
    assert!(m.contains("no domain"), "{m}");
    let m = refused("remember_cookie_prefix", |b| {
        b.remember_device(
            rd().cookie_prefix(host)
                .cookie_secure(true)
                .cookie_path("/account/"),
        )
    });
    assert!(m.contains("path /"), "{m}");
    let m = refused("remember_cookie_prefix", |b| {
        b.remember_device(rd().cookie_prefix("__Secure-remember_"))
    });
    assert!(m.contains("cookie_secure(true)"), "{m}");
}

#[test]
fn samesite_none_without_secure_is_refused() {
    let m = refused("remember_cookie_samesite", |b| {
        b.remember_device(rd().cookie_same_site(SameSite::None))
    });
    assert!(m.contains("cookie_secure(true)"), "{m}");
}

#[test]
fn an_invalid_remember_cookie_path_or_domain_is_refused() {
    for path in ["", "account/", "/a;b", "/a\nb"] {
        let m = refused("remember_cookie_path", |b| {
            b.remember_device(rd().cookie_path(path))
        });
        assert!(m.contains("must be a path"), "{m}");
    }
    for domain in ["", "example.com; Secure", "exa mple.com", "example.com/"] {
        let m = refused("remember_cookie_domain", |b| {
            b.remember_device(rd().cookie_domain(domain))
        });
        assert!(m.contains("not a domain"), "{m}");
    }
}

#[test]
fn a_policy_exemption_that_is_not_a_path_prefix_is_refused() {
    // "" (and "/") would exempt every page from a requiring policy.
    for prefix in ["", "/", "public/"] {
        let m = refused("policy_exempt_path", |b| b.policy_exempt_path(prefix));
        assert!(m.contains("path prefix"), "{m}");
    }
}

#[test]
fn a_missing_template_dir_is_refused() {
    // Not a silent fallback to the default templates: the overrides would be lost.
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("no-such-dir");
    match builder(&dir).template_dir(&missing).build() {
        Err(e @ BuildError::Templates(_)) => {
            let m = e.to_string();
            println!("{m}");
            assert!(m.contains("no-such-dir"), "{m}");
        }
        Err(e) => panic!("expected a template error, got {e}"),
        Ok(_) => panic!("build() accepted a missing template directory"),
    }
}
