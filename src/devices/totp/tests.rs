//! Unit tests of the parent module.

use super::*;

const RFC_SEED: &[u8] = b"12345678901234567890";

#[test]
fn rfc4226_appendix_d_vectors() {
    let expected = [
        "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
        "520489",
    ];
    for (count, want) in expected.iter().enumerate() {
        assert_eq!(hotp(RFC_SEED, count as u64, 6), *want, "count {count}");
    }
}

#[test]
fn rfc6238_appendix_b_sha1_vectors() {
    let cases = [
        (59_i64, "94287082"),
        (1_111_111_109, "07081804"),
        (1_111_111_111, "14050471"),
        (1_234_567_890, "89005924"),
        (2_000_000_000, "69279037"),
        (20_000_000_000, "65353130"),
    ];
    for (time, want) in cases {
        assert_eq!(totp_at(RFC_SEED, time, 30, 0, 8), want, "time {time}");
    }
}

#[test]
fn google_authenticator_example_key() {
    let key = Secret::try_from_base32("JBSWY3DPEHPK3PXP").expect("valid base32");
    assert_eq!(key.as_bytes(), b"Hello!\xDE\xAD\xBE\xEF");
    assert_eq!(totp_at(key.as_bytes(), 59, 30, 0, 6), "996554");
}

fn device(last_t: i64) -> TotpDevice {
    TotpDevice {
        id: 1,
        user_id: "1".into(),
        name: "default".into(),
        confirmed: true,
        key: KeySlot::Open(Zeroizing::new(RFC_SEED.to_vec())),
        step: 30,
        t0: 0,
        digits: 6,
        tolerance: 1,
        drift: 0,
        last_t,
        throttling_failure_timestamp: None,
        throttling_failure_count: 0,
        created_at: 0,
        last_used_at: None,
        label: String::new(),
    }
}

#[test]
fn tolerance_is_one_step_either_side() {
    let d = device(-1);
    let now = 1_234_567_890;
    let t = now / 30;
    for offset in [-1_i64, 0, 1] {
        let tok = d.token_at_step(t + offset);
        assert_eq!(
            d.matching_step(&tok, now),
            Some((t + offset, offset as i32))
        );
    }
    for offset in [-2_i64, 2] {
        assert_eq!(d.matching_step(&d.token_at_step(t + offset), now), None);
    }
}

#[test]
fn steps_at_or_before_last_t_never_match() {
    let now = 1_234_567_890;
    let t = now / 30;
    let d = device(t);
    assert_eq!(d.matching_step(&d.token_at_step(t), now), None);
    assert_eq!(d.matching_step(&d.token_at_step(t - 1), now), None);
    assert!(d.matching_step(&d.token_at_step(t + 1), now).is_some());
}

#[test]
fn drift_is_bounded_by_the_tolerance() {
    let now = 1_234_567_890;
    let t = now / 30;
    // A device whose stored drift ran away (older versions): the window is centred
    // at most one step (the tolerance) from real time.
    let runaway = TotpDevice {
        drift: 4,
        ..device(-1)
    };
    assert_eq!(runaway.current_step(now), t + 1);
    assert_eq!(
        runaway.matching_step(&runaway.token_at_step(t), now),
        Some((t, 0))
    );
    for offset in [3_i64, 4, 5, -2] {
        let tok = runaway.token_at_step(t + offset);
        assert_eq!(runaway.matching_step(&tok, now), None, "offset {offset}");
    }
    // The drift recorded from a match two steps ahead is still one.
    assert_eq!(
        runaway.matching_step(&runaway.token_at_step(t + 2), now),
        Some((t + 2, 1))
    );
    let behind = TotpDevice {
        drift: -7,
        ..device(-1)
    };
    assert_eq!(behind.current_step(now), t - 1);
    assert_eq!(
        behind.matching_step(&behind.token_at_step(t - 2), now),
        Some((t - 2, -1))
    );
    assert_eq!(bound_drift(3, -1), 0);
}

#[test]
fn used_steps_are_told_apart_as_replays() {
    let now = 1_234_567_890;
    let t = now / 30;
    let d = device(t);
    assert_eq!(
        d.match_token(&d.token_at_step(t), now),
        Some(StepMatch::Replayed { step: t })
    );
    assert_eq!(
        d.match_token(&d.token_at_step(t - 1), now),
        Some(StepMatch::Replayed { step: t - 1 })
    );
    assert_eq!(
        d.match_token(&d.token_at_step(t + 1), now),
        Some(StepMatch::Fresh {
            step: t + 1,
            drift: 1
        })
    );
    // Outside the window it is simply wrong, used or not.
    assert_eq!(d.match_token(&d.token_at_step(t - 2), now), None);
}

fn sealed(stored: String) -> TotpDevice {
    TotpDevice {
        key: KeySlot::Sealed(stored),
        ..device(-1)
    }
}

fn keyring(id: &str, byte: u8) -> SecretKeyring {
    SecretKeyring::new(id, [byte; 32]).expect("keyring")
}

#[test]
fn loaders_decrypt_encrypted_and_legacy_keys() {
    let keys = keyring("k1", 1);
    let stored = seal_key(Some(&keys), "1", RFC_SEED).expect("seal");
    assert!(stored.starts_with("enc:v1:k1:"));
    assert!(!stored.contains(&hex::encode(RFC_SEED)));
    let d = sealed(stored).open(Some(&keys));
    assert_eq!(d.key_bytes(), Some(RFC_SEED));
    assert_eq!(d.key_error(), None);
    let legacy = sealed(hex::encode(RFC_SEED));
    assert_eq!(legacy.clone().open(Some(&keys)).key_bytes(), Some(RFC_SEED));
    assert_eq!(legacy.open(None).key_bytes(), Some(RFC_SEED));
    assert_eq!(
        seal_key(None, "1", RFC_SEED).expect("plain"),
        hex::encode(RFC_SEED)
    );
}

#[test]
fn undecryptable_keys_verify_nothing() {
    let stored = seal_key(Some(&keyring("k1", 1)), "1", RFC_SEED).expect("seal");
    let now = 1_234_567_890;
    let good = sealed(stored.clone()).open(Some(&keyring("k1", 1)));
    let token = good.token_at_step(now / 30);
    let cases = [
        (
            sealed(stored.clone()).open(Some(&keyring("k2", 1))),
            SecretError::UnknownKey("k1".into()),
        ),
        (
            sealed(stored.clone()).open(Some(&keyring("k1", 2))),
            SecretError::Decryption("k1".into()),
        ),
        (sealed(stored.clone()).open(None), SecretError::NoKeyring),
        (sealed(String::new()).open(None), SecretError::Malformed),
        (sealed("zz".into()).open(None), SecretError::Malformed),
        (sealed(stored.clone()), SecretError::NoKeyring),
    ];
    for (d, error) in cases {
        assert_eq!(d.key_error(), Some(error));
        assert_eq!(d.key_bytes(), None);
        assert!(!d.key_is_usable());
        assert_eq!(d.matching_step(&token, now), None);
        assert_eq!(d.token_at_step(now / 30), "");
        assert_eq!(d.secret_base32(), "");
    }
    // Another owner's row: the AAD does not match.
    let moved = TotpDevice {
        user_id: "2".into(),
        ..sealed(stored)
    };
    assert_eq!(
        moved.open(Some(&keyring("k1", 1))).key_error(),
        Some(SecretError::Decryption("k1".into()))
    );
}

#[test]
fn debug_hides_the_key() {
    let d = device(-1);
    let text = format!("{d:?}");
    assert!(!text.contains(&hex::encode(RFC_SEED)), "{text}");
    assert!(!text.contains("49, 50"), "{text}");
    assert!(!text.contains(&d.secret_base32()), "{text}");
    assert!(text.contains("available"), "{text}");
}

#[test]
fn otpauth_url_has_django_shape() {
    let d = device(-1);
    let url = d.config_url("Example Site", "alice");
    assert!(
        url.starts_with("otpauth://totp/Example%20Site%3A%20alice?secret="),
        "{url}"
    );
    assert!(url.ends_with("&digits=6&issuer=Example%20Site"), "{url}");
}
