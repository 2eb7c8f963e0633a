//! The session entries every request's check reads — the user's id, the lifetime times, the
//! session stamp, the record's key and the verifying device — read in one pass over the
//! session.
//!
//! `Session::get` looks an entry up (a SipHash of the key) and runs `serde_json` on its
//! value into a fresh `String`, about 730 instructions an entry; five of them were more than
//! half of what `OtpMiddleware` costs a verified request. Here the session's map is walked
//! once (no hashing: a handful of entries, compared by name), and values in the shape this
//! crate and actix-identity write — a JSON string without escapes, a pair of integers — are
//! read straight from their text ([`crate::web::session_text`]); anything else goes through
//! `serde_json`, so a value reads exactly as `Session::get` would read it.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::devices::DeviceRef;
use crate::flows::session::SessionKey;
use crate::web::session_text::{pair, string};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::middleware::OTP_DEVICE_KEY;

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
