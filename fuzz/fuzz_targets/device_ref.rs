//! Device references (`totp/3`), as stored in the session under `otp_device_id`.
//!
//! Properties, for any string `s`: when `s.parse::<DeviceRef>()` is `Ok(r)`,
//! - `r.to_string()` parses back to the same `r` (round trip);
//! - `s` is `<kind>/<digits>` with a known kind, a non-negative id and no leading zeros
//!   (`totp/007` is refused: one spelling per device), and `r.to_string()` is `s` itself.
//!
//! Every `to_string()` of a reference parses back (checked on the parsed one and on a
//! reference built from the input's bytes, so negative and large ids are covered); a
//! string is rejected exactly when an independent reading rejects it.

#![no_main]

use libfuzzer_sys::fuzz_target;
use two_factor::devices::{DeviceKind, DeviceRef};

fn canonical(s: &str) -> Option<String> {
    let (kind, id) = s.split_once('/')?;
    if !matches!(kind, "totp" | "static" | "phone" | "email" | "webauthn")
        || id.is_empty()
        || !id.bytes().all(|b| b.is_ascii_digit())
        || (id.len() > 1 && id.starts_with('0'))
    {
        return None;
    }
    // Must fit an i64.
    id.parse::<i64>().ok()?;
    Some(format!("{kind}/{id}"))
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let parsed = s.parse::<DeviceRef>();
    match &parsed {
        Ok(r) => {
            let text = r.to_string();
            assert_eq!(
                text.parse::<DeviceRef>().as_ref(),
                Ok(r),
                "{s:?} -> {text:?}"
            );
            assert!(r.id >= 0, "{s:?} -> negative id {}", r.id);
            assert_eq!(Some(text.clone()), canonical(&s), "{s:?} -> {text:?}");
        }
        Err(_) => assert_eq!(canonical(&s), None, "{s:?} rejected"),
    }

    // Any reference the server writes reads back.
    if data.len() >= 9 {
        let kind = match data[0] % 5 {
            0 => DeviceKind::Totp,
            1 => DeviceKind::Static,
            2 => DeviceKind::Phone,
            3 => DeviceKind::Email,
            _ => DeviceKind::WebAuthn,
        };
        let id = i64::from_le_bytes(data[1..9].try_into().expect("8 bytes"));
        let r = DeviceRef { kind, id };
        let back = r.to_string().parse::<DeviceRef>();
        if id >= 0 {
            assert_eq!(back, Ok(r), "{r:?}");
        } else {
            // `-` is not a digit: negative ids are never produced by the database and
            // are refused rather than misread.
            assert!(back.is_err(), "{r:?} -> {back:?}");
        }
    }
});
