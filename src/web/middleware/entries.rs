//! The session entries every request's check reads — the user's id, the lifetime times, the
//! session stamp, the record's key and the verifying device — read in one pass over the
//! session.
//!
//! `Session::get` looks an entry up (a SipHash of the key) and runs `serde_json` on its
//! value into a fresh `String`, about 730 instructions an entry; five of them were more than
//! half of what `OtpMiddleware` costs a verified request. Here the session's map is walked
//! once (no hashing: a handful of entries, compared by name), and values in the shape this
//! crate and actix-identity write — a JSON string without escapes, a pair of integers — are
//! read straight from their text. Anything else goes through `serde_json`, so a value reads
//! exactly as `Session::get` would read it (the tests compare the two on odd inputs).

use std::borrow::Cow;
use std::collections::HashMap;

use crate::devices::DeviceRef;
use crate::flows::session::SessionKey;

/// Where actix-identity keeps the logged-in user's id in the session (its `ID_KEY`, which it
/// does not export). [`LoginEntries::read`] reads it directly: `get_identity()` then `id()` reads and
/// parses the entry twice (callgrind: about 1,100 of the 7,000 instructions the state costs
/// a request). It is the same value: the middleware-order check confirmed that
/// `IdentityMiddleware` runs around [`OtpMiddleware`](super::OtpMiddleware), so it has
/// enforced its deadlines (a login past them is gone from the session) before this reads.
/// `identity_key_tests::the_identity_key_is_where_actix_identity_keeps_the_user` fails if a new
/// actix-identity moves it.
pub(crate) const IDENTITY_KEY: &str = "actix_identity.user_id";

/// What the session says about its login. An entry that is absent or unreadable (edited, or
/// of another type) is `None`, as `Session::get(..).ok().flatten()` reads it.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct LoginEntries<'a> {
    /// The logged-in user's id (actix-identity's entry).
    pub(crate) user_id: Option<Cow<'a, str>>,
    /// `[login_at, seen_at]` (`two_factor.lifetime`).
    pub(crate) lifetime: Option<(i64, i64)>,
    /// The session stamp (`two_factor.stamp`).
    pub(crate) stamp: Option<Cow<'a, str>>,
    /// The session record's key (`two_factor.record`).
    pub(crate) record: Option<Cow<'a, str>>,
    /// The verifying device (`otp_device_id`).
    pub(crate) device: StoredDevice,
}

/// The verifying device's entry.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StoredDevice {
    /// None, or not a JSON string (as `Session::get::<String>` fails on it).
    #[default]
    Absent,
    /// A string naming a device.
    Device(DeviceRef),
    /// A string that names no device (an edited session, or another version's spelling).
    Unknown,
}

impl<'a> LoginEntries<'a> {
    /// Reads the session's entries (`Session::entries()`) in one pass; the values are
    /// borrowed from them where they need no decoding.
    pub(crate) fn read(entries: &'a HashMap<String, String>) -> LoginEntries<'a> {
        const LIFETIME: &str = SessionKey::Lifetime.as_str();
        const STAMP: &str = SessionKey::Stamp.as_str();
        const RECORD: &str = SessionKey::Record.as_str();
        const DEVICE: &str = SessionKey::OtpDevice.as_str();
        let mut found = LoginEntries::default();
        for (key, raw) in entries {
            match key.as_str() {
                IDENTITY_KEY => found.user_id = string(raw),
                LIFETIME => found.lifetime = pair(raw),
                STAMP => found.stamp = string(raw),
                RECORD => found.record = string(raw),
                DEVICE => {
                    found.device = match string(raw).map(|text| text.parse::<DeviceRef>()) {
                        None => StoredDevice::Absent,
                        Some(Ok(device)) => StoredDevice::Device(device),
                        Some(Err(_)) => StoredDevice::Unknown,
                    }
                }
                _ => {}
            }
        }
        found
    }

    /// The same entries, owning their values (kept across the lookups that may wait).
    pub(crate) fn into_owned(self) -> LoginEntries<'static> {
        LoginEntries {
            user_id: self.user_id.map(|v| Cow::Owned(v.into_owned())),
            lifetime: self.lifetime,
            stamp: self.stamp.map(|v| Cow::Owned(v.into_owned())),
            record: self.record.map(|v| Cow::Owned(v.into_owned())),
            device: self.device,
        }
    }
}

/// A JSON string's value: the text between the quotes when it needs no decoding (no escape,
/// no control character), else what `serde_json` makes of it.
pub(crate) fn string(raw: &str) -> Option<Cow<'_, str>> {
    let plain = raw
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .filter(|inner| !needs_decoding(inner.as_bytes()));
    match plain {
        Some(inner) => Some(Cow::Borrowed(inner)),
        None => serde_json::from_str::<String>(raw).ok().map(Cow::Owned),
    }
}

/// Whether `text` holds a byte that a JSON string cannot carry as it is: a quote, a
/// backslash or a control character. Eight bytes at a time (the usual word tricks: a byte
/// below `n` sets its top bit in `v - n·0x01…` where it was clear in `v`; an equal byte is a
/// zero byte of `v ^ b·0x01…`), since the session's values are read on every request.
fn needs_decoding(text: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const TOPS: u64 = ONES << 7;
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v & TOPS != 0;
    let has = |v: u64, b: u8| below(v ^ (ONES * u64::from(b)), 1);
    let mut words = text.chunks_exact(8);
    for word in &mut words {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(word);
        let v = u64::from_ne_bytes(bytes);
        if below(v, 0x20) || has(v, b'"') || has(v, b'\\') {
            return true;
        }
    }
    words
        .remainder()
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// A JSON array of two integers: `[1700000000,1700000060]` read directly, any other
/// spelling (spaces, exponents, signs) by `serde_json`.
fn pair(raw: &str) -> Option<(i64, i64)> {
    let direct = raw
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .and_then(|inner| {
            let comma = inner.bytes().position(|b| b == b',')?;
            Some((digits(&inner[..comma])?, digits(&inner[comma + 1..])?))
        });
    direct.or_else(|| serde_json::from_str::<(i64, i64)>(raw).ok())
}

/// A non-negative integer written as plain digits, without a leading zero (not JSON: left
/// to `serde_json`, which refuses it) and at most 18 of them (so it cannot overflow).
fn digits(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.is_empty() || bytes.len() > 18 || (bytes.len() > 1 && bytes[0] == b'0') {
        return None;
    }
    bytes.iter().try_fold(0_i64, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::middleware::OTP_DEVICE_KEY;

    /// What `Session::get` makes of `raw`: `serde_json` on the stored text.
    fn serde<T: serde::de::DeserializeOwned>(raw: &str) -> Option<T> {
        serde_json::from_str(raw).ok()
    }

    #[test]
    fn strings_read_as_serde_json_reads_them() {
        let cases = [
            r#""user-42""#,
            r#""""#,
            r#""a\"b""#,
            r#""tab\there""#,
            r#""\u00e9t\u00e9""#,
            "\"été\"",
            "\"raw\u{1}control\"",
            r#""unterminated"#,
            r#"unquoted"#,
            r#""two" "strings""#,
            r#""a"b""#,
            r#"42"#,
            r#"null"#,
            r#"["x"]"#,
            r#" "spaced" "#,
            r#"""#,
            "",
        ];
        for raw in cases {
            assert_eq!(
                string(raw).map(Cow::into_owned),
                serde::<String>(raw),
                "{raw:?}"
            );
        }
        assert!(
            matches!(string(r#""plain""#), Some(Cow::Borrowed("plain"))),
            "a plain string is not copied"
        );
    }

    #[test]
    fn the_word_scan_finds_what_a_byte_scan_finds() {
        let naive = |t: &[u8]| t.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
        // Every byte value at every position of a 17-byte text (two words and a tail).
        for at in 0..17 {
            for b in 0..=255u8 {
                let mut text = *b"0123456789abcdefg";
                text[at] = b;
                assert_eq!(needs_decoding(&text), naive(&text), "byte {b:#04x} at {at}");
            }
        }
        // Neighbours of the special values next to each other (borrows across bytes).
        for a in [
            0x00, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x5b, 0x5c, 0x5d, 0x7f, 0x80, 0xff,
        ] {
            for b in [
                0x00, 0x1f, 0x20, 0x21, 0x22, 0x23, 0x5b, 0x5c, 0x5d, 0x7f, 0x80, 0xff,
            ] {
                let text = [a, b, a, b, b, a, b, a];
                assert_eq!(needs_decoding(&text), naive(&text), "{a:#04x} {b:#04x}");
            }
        }
    }

    #[test]
    fn pairs_read_as_serde_json_reads_them() {
        let cases = [
            "[1700000000,1700000060]",
            "[0,0]",
            "[ 1, 2 ]",
            "[-5,3]",
            "[01,2]",
            "[1,2,3]",
            "[1]",
            "[]",
            "[1.5,2]",
            "[1e3,2]",
            "[9223372036854775807,1]",
            "[9223372036854775808,1]",
            "[123456789012345678,1]",
            "[1,]",
            "[,1]",
            "{\"a\":1}",
            "\"[1,2]\"",
            "",
        ];
        for raw in cases {
            assert_eq!(pair(raw), serde::<(i64, i64)>(raw), "{raw:?}");
        }
    }

    #[actix_web::test]
    async fn one_pass_reads_what_session_get_reads() {
        use actix_session::SessionExt;
        use actix_web::test::TestRequest;

        let req = TestRequest::default().to_srv_request();
        let session = req.get_session();
        session.insert(IDENTITY_KEY, "user-7").unwrap();
        session
            .insert(
                SessionKey::Lifetime.as_str(),
                (1_700_000_000i64, 1_700_000_042i64),
            )
            .unwrap();
        session
            .insert(SessionKey::Stamp.as_str(), "0a1b\"2c")
            .unwrap();
        session
            .insert(SessionKey::Record.as_str(), "rec-key")
            .unwrap();
        session.insert(OTP_DEVICE_KEY, 12).unwrap();
        session.insert("unrelated", "x").unwrap();
        let entries = LoginEntries::read(&session.entries()).into_owned();
        assert_eq!(
            entries,
            LoginEntries {
                user_id: Some("user-7".into()),
                lifetime: Some((1_700_000_000, 1_700_000_042)),
                stamp: Some("0a1b\"2c".into()),
                record: Some("rec-key".into()),
                device: StoredDevice::Absent,
            },
            "a device stored as a number is unreadable as a string, as for Session::get"
        );
        assert_eq!(session.get::<String>(OTP_DEVICE_KEY).ok().flatten(), None);
        session.insert(OTP_DEVICE_KEY, "totp/3").unwrap();
        assert_eq!(
            LoginEntries::read(&session.entries()).device,
            StoredDevice::Device("totp/3".parse().unwrap())
        );
        session.insert(OTP_DEVICE_KEY, "totp/03").unwrap();
        assert_eq!(
            LoginEntries::read(&session.entries()).device,
            StoredDevice::Unknown
        );

        session.clear();
        assert_eq!(
            LoginEntries::read(&session.entries()),
            LoginEntries::default()
        );
    }
}

#[cfg(test)]
mod identity_key_tests {
    use actix_identity::{Identity, IdentityMiddleware};
    use actix_session::storage::CookieSessionStore;
    use actix_session::{Session, SessionMiddleware};
    use actix_web::cookie::Key;
    use actix_web::{App, HttpMessage, HttpRequest, HttpResponse, test, web};

    use super::IDENTITY_KEY;

    /// What the session holds under [`IDENTITY_KEY`], next to what actix-identity says.
    async fn read(session: Session, identity: Option<Identity>) -> HttpResponse {
        let direct = session.get::<String>(IDENTITY_KEY).ok().flatten();
        let library = identity.and_then(|id| id.id().ok());
        HttpResponse::Ok().body(format!("{direct:?} {library:?}"))
    }

    #[actix_web::test]
    async fn the_identity_key_is_where_actix_identity_keeps_the_user() {
        let app = test::init_service(
            App::new()
                .route(
                    "/login",
                    web::get().to(|req: HttpRequest| async move {
                        match Identity::login(&req.extensions(), "user-42".to_owned()) {
                            Ok(_) => HttpResponse::Ok().finish(),
                            Err(_) => HttpResponse::InternalServerError().finish(),
                        }
                    }),
                )
                .route(
                    "/logout",
                    web::get().to(|identity: Identity| async move {
                        identity.logout();
                        HttpResponse::Ok().finish()
                    }),
                )
                .route("/read", web::get().to(read))
                .wrap(IdentityMiddleware::default())
                .wrap(SessionMiddleware::new(
                    CookieSessionStore::default(),
                    Key::from(&[7; 64]),
                )),
        )
        .await;
        let body = |res: actix_web::dev::ServiceResponse| async move {
            String::from_utf8(test::read_body(res).await.to_vec()).expect("utf-8")
        };
        let cookie = |res: &actix_web::dev::ServiceResponse| {
            res.response()
                .cookies()
                .next()
                .map(|c| c.into_owned())
                .expect("a session cookie")
        };

        let res =
            test::call_service(&app, test::TestRequest::get().uri("/read").to_request()).await;
        assert_eq!(body(res).await, "None None", "nobody logged in");

        let res =
            test::call_service(&app, test::TestRequest::get().uri("/login").to_request()).await;
        let session = cookie(&res);
        let res = test::call_service(
            &app,
            test::TestRequest::get()
                .uri("/read")
                .cookie(session.clone())
                .to_request(),
        )
        .await;
        assert_eq!(
            body(res).await,
            r#"Some("user-42") Some("user-42")"#,
            "the entry is the id actix-identity reports"
        );

        let res = test::call_service(
            &app,
            test::TestRequest::get()
                .uri("/logout")
                .cookie(session)
                .to_request(),
        )
        .await;
        let after = cookie(&res);
        let res = test::call_service(
            &app,
            test::TestRequest::get()
                .uri("/read")
                .cookie(after)
                .to_request(),
        )
        .await;
        assert_eq!(body(res).await, "None None", "a logout removes it");
    }
}
