//! The remember-device cookie (`two_factor::remember`).
//!
//! Properties:
//! - `RememberCookie::parse` never panics, and accepts exactly the values an independent
//!   reading accepts: at most 1024 bytes, `v2.<user>.<device>.<expires>.<grant>.<mac>` with
//!   six parts, `<user>` unpadded base64url of non-empty UTF-8, `<device>` a `DeviceRef`,
//!   `<expires>` ASCII digits fitting an `i64`, `<grant>` 22 characters of unpadded
//!   base64url, `<mac>` unpadded base64url of 32 bytes; the fields it returns are the
//!   decoded ones.
//! - No cookie is `issue`d for backup tokens (`static/<id>`: a login with one is never
//!   remembered). A cookie `issue`d for a user (non-empty id of at most 512 bytes), another
//!   device and credential version parses back to the same user, device and expiry, and `inspect`
//!   on a request carrying it accepts it for that user before expiry only; with another
//!   credential version, or with any one byte of its value changed, it is never accepted.

#![no_main]

use std::time::Duration;

use actix_web::test::TestRequest;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use libfuzzer_sys::fuzz_target;
use two_factor::devices::{DeviceKind, DeviceRef};
use two_factor::__private::{RememberCookie, RememberSettings, inspect};

/// Longest user id the round-trip property is checked for (see the fuzz README).
const MAX_USER_ID: usize = 2048;

fn oracle(value: &str) -> Option<(String, DeviceRef, i64, Vec<u8>)> {
    if value.len() > 1024 {
        return None;
    }
    let parts: Vec<&str> = value.split('.').collect();
    let [v, user, device, expires, grant, mac] = parts.as_slice() else {
        return None;
    };
    if *v != "v2" || grant.len() != 22 || URL_SAFE_NO_PAD.decode(grant).is_err() {
        return None;
    }
    let user = String::from_utf8(URL_SAFE_NO_PAD.decode(user).ok()?).ok()?;
    if user.is_empty() {
        return None;
    }
    let device: DeviceRef = device.parse().ok()?;
    if expires.is_empty()
        || !expires.bytes().all(|b| b.is_ascii_digit())
        || (expires.len() > 1 && expires.starts_with('0'))
    {
        return None;
    }
    let expires: i64 = expires.parse().ok()?;
    let mac = URL_SAFE_NO_PAD.decode(mac).ok()?;
    (mac.len() == 32).then_some((user, device, expires, mac))
}

fn settings() -> RememberSettings {
    let mut s = RememberSettings::default();
    s.age = Some(Duration::from_secs(30 * 86_400));
    assert!(s.set_secret(&[7; 32]));
    s
}

fn round_trip(data: &[u8]) {
    // Layout: kind, id (8 bytes), now (4 bytes), tamper position (2 bytes), tamper byte,
    // then `<user id>\0<credential version>`.
    if data.len() < 16 {
        return;
    }
    let kind = match data[0] % 4 {
        0 => DeviceKind::Totp,
        1 => DeviceKind::Static,
        2 => DeviceKind::Phone,
        _ => DeviceKind::Email,
    };
    let id = i64::from_le_bytes(data[1..9].try_into().expect("8 bytes")) & i64::MAX;
    let device = DeviceRef { kind, id };
    // Realistic clocks: 1970 to ~2106.
    let now = i64::from(u32::from_le_bytes(data[9..13].try_into().expect("4 bytes")));
    let tamper_at = usize::from(u16::from_le_bytes([data[13], data[14]]));
    let tamper_with = data[15];
    let rest = String::from_utf8_lossy(&data[16..]);
    let (user, cv) = rest.split_once('\0').unwrap_or((&rest, "cv"));
    if user.is_empty() || user.len() > MAX_USER_ID {
        return;
    }

    let s = settings();
    // A login with a backup token is never remembered.
    if kind == DeviceKind::Static {
        assert!(
            s.issue(user, device, cv, now).is_none(),
            "a cookie issued for backup tokens"
        );
        return;
    }
    // A user id too long for a cookie the parser accepts gets no cookie at all.
    let Some(issued) = s.issue(user, device, cv, now) else {
        assert!(user.len() > 600, "no cookie issued for a {}-byte user id", user.len());
        return;
    };
    let cookie = issued.cookie;
    let value = cookie.value().to_owned();
    let expires = now + 30 * 86_400;
    let parsed = RememberCookie::parse(&value)
        .unwrap_or_else(|| panic!("issued cookie {value:?} does not parse"));
    assert_eq!(parsed.user_id, user);
    assert_eq!(parsed.device, device);
    assert_eq!(parsed.expires, expires);
    assert_eq!(parsed.grant, issued.grant);

    let with_value = |v: &str| {
        TestRequest::default()
            .cookie(actix_web::cookie::Cookie::new(
                cookie.name().to_owned(),
                v.to_owned(),
            ))
            .to_http_request()
    };
    let req = with_value(&value);
    let ok = inspect(&s, &req, user, cv, now);
    assert_eq!(
        ok.device,
        Some((cookie.name().to_owned(), device, issued.grant.clone())),
        "issued cookie not accepted: {value:?}"
    );
    assert_eq!(ok.forged, None);
    let late = inspect(&s, &req, user, cv, expires);
    assert!(late.device.is_none(), "accepted after expiry");
    assert_eq!(late.remove, vec![cookie.name().to_owned()]);
    let other_cv = format!("{cv}x");
    let stale = inspect(&s, &req, user, &other_cv, now);
    assert!(
        stale.device.is_none(),
        "accepted with another credential version"
    );

    // One changed byte (kept a valid cookie value character) never verifies.
    let mut bytes = value.clone().into_bytes();
    let at = tamper_at % bytes.len();
    let replacement = match tamper_with {
        b'!'..=b'~' if !matches!(tamper_with, b'"' | b',' | b';' | b'\\') => tamper_with,
        _ => b'A',
    };
    if bytes[at] == replacement {
        return;
    }
    bytes[at] = replacement;
    let tampered = String::from_utf8(bytes).expect("ASCII");
    let forged = inspect(&s, &with_value(&tampered), user, cv, now);
    if let Some((_, d, _)) = forged.device {
        // Only a non-canonical spelling of the same claims (e.g. a leading zero) may
        // still carry the same MAC; it must claim exactly the same thing.
        let p = RememberCookie::parse(&tampered).expect("accepted, so it parses");
        assert_eq!(
            (p.user_id.as_str(), d, p.expires),
            (user, device, expires),
            "{tampered:?}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let parsed = RememberCookie::parse(&s);
    let expected = oracle(&s);
    assert_eq!(
        parsed
            .as_ref()
            .map(|p| (p.user_id.clone(), p.device, p.expires)),
        expected.as_ref().map(|(u, d, e, _)| (u.clone(), *d, *e)),
        "parse({s:?})"
    );
    if let Some(p) = parsed {
        assert!(!p.user_id.is_empty());
        assert!(p.expires >= 0);
    }
    round_trip(data);
});
