//! What [`OtpMiddleware`](super::OtpMiddleware) resolves once per request — who is logged
//! in and which device verified the session — and how views, guards and extractors read
//! it ([`OtpExt`]). A lookup that fails is an error (the request fails closed), never
//! "nobody".

use actix_session::SessionExt;
use actix_web::dev::ServiceRequest;
use actix_web::guard::GuardContext;
use actix_web::{HttpMessage, HttpRequest, web};

use super::order::check_session_order;
use crate::devices::DeviceRef;
use crate::errors::TwoFactorError;
use crate::session_stamp::STAMP_KEY;
use crate::web::site::TwoFactor;

/// The session key holding the verifying device's persistent id (Django's name).
pub const OTP_DEVICE_KEY: &str = crate::flows::session::SessionKey::OtpDevice.as_str();

/// Where actix-identity keeps the logged-in user's id in the session (its `ID_KEY`, which it
/// does not export). [`resolve`] reads it directly: `get_identity()` then `id()` reads and
/// parses the entry twice (callgrind: about 1,100 of the 7,000 instructions the state costs
/// a request). It is the same value: the middleware-order check confirmed that
/// `IdentityMiddleware` runs around [`OtpMiddleware`](super::OtpMiddleware), so it has
/// enforced its deadlines (a login past them is gone from the session) before this reads.
/// `tests::the_identity_key_is_where_actix_identity_keeps_the_user` fails if a new
/// actix-identity moves it.
pub(crate) const IDENTITY_KEY: &str = "actix_identity.user_id";

/// What the middleware found out about this request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct OtpState {
    /// The logged-in user's id, if any.
    pub user_id: Option<String>,
    /// The device this session was verified with, if it is verified.
    pub device: Option<DeviceRef>,
}

impl OtpState {
    /// Whether the session passed a second factor.
    pub fn is_verified(&self) -> bool {
        self.user_id.is_some() && self.device.is_some()
    }
}

/// Request-level access to the two-factor state, like `SessionExt` and `IdentityExt`.
///
/// Without [`OtpMiddleware`](super::OtpMiddleware) every request reads as unverified (fail closed).
pub trait OtpExt {
    /// The state [`OtpMiddleware`](super::OtpMiddleware) resolved.
    fn otp_state(&self) -> OtpState;

    /// Whether the user logged in with a second factor (django-otp's `is_verified()`).
    fn is_verified(&self) -> bool {
        self.otp_state().is_verified()
    }

    /// The device that verified this session (django-otp's `user.otp_device`).
    fn otp_device(&self) -> Option<DeviceRef> {
        self.otp_state().device
    }
}

impl OtpExt for HttpRequest {
    fn otp_state(&self) -> OtpState {
        check_session_order(&self.extensions());
        self.extensions()
            .get::<OtpState>()
            .cloned()
            .unwrap_or_default()
    }

    fn is_verified(&self) -> bool {
        check_session_order(&self.extensions());
        self.extensions()
            .get::<OtpState>()
            .is_some_and(OtpState::is_verified)
    }
}

impl OtpExt for ServiceRequest {
    fn otp_state(&self) -> OtpState {
        check_session_order(&self.extensions());
        self.extensions()
            .get::<OtpState>()
            .cloned()
            .unwrap_or_default()
    }

    fn is_verified(&self) -> bool {
        check_session_order(&self.extensions());
        self.extensions()
            .get::<OtpState>()
            .is_some_and(OtpState::is_verified)
    }
}

impl OtpExt for GuardContext<'_> {
    fn otp_state(&self) -> OtpState {
        check_session_order(&self.req_data());
        self.req_data()
            .get::<OtpState>()
            .cloned()
            .unwrap_or_default()
    }

    fn is_verified(&self) -> bool {
        check_session_order(&self.req_data());
        self.req_data()
            .get::<OtpState>()
            .is_some_and(OtpState::is_verified)
    }
}

/// The two-factor state of the request: who is logged in and which device verified the
/// session. `Err` when the database or the user store could not answer (the caller fails
/// closed): a failed lookup is never read as "no user" or "not verified".
pub(crate) async fn resolve(req: &ServiceRequest) -> Result<OtpState, TwoFactorError> {
    let session = req.get_session();
    let user_id = session.get::<String>(IDENTITY_KEY).ok().flatten();
    let tf = req.app_data::<web::Data<TwoFactor>>();
    if tf.is_none() {
        tracing::error!("OtpMiddleware needs two_factor::TwoFactor registered as app data");
    }
    // A login lasts at most `session_max_age` and ends after `session_idle_timeout`.
    if let (Some(uid), Some(tf)) = (user_id.as_deref(), tf)
        && let Err(why) = crate::flows::session_lifetime::check(tf, &session)
    {
        tracing::info!(user = %uid, reason = ?why, "session expired; logged out");
        crate::flows::sessions::close_record(tf, &session).await?;
        // Empty it and give it a new id (a server-side store drops the old one).
        session.clear();
        session.renew();
        return Ok(OtpState::default());
    }
    // A session stamped at login must still match the user's credentials and epoch.
    if let (Some(uid), Some(tf)) = (user_id.as_deref(), tf)
        && let Ok(Some(stamp)) = session.get::<String>(STAMP_KEY)
    {
        match tf.stamp_is_current(uid, &stamp).await? {
            true => {}
            false => {
                tracing::info!(user = %uid, "session revoked (password changed or two-factor reset)");
                crate::flows::sessions::close_record(tf, &session).await?;
                // Empty it and give it a new id (a server-side store drops the old one).
                session.clear();
                session.renew();
                return Ok(OtpState::default());
            }
        }
    }
    // The session's record: a session signed out from elsewhere ends here.
    if let (Some(uid), Some(tf)) = (user_id.as_deref(), tf) {
        let client = || crate::web::client::record_client(tf, req.request());
        let seen = crate::flows::sessions::check_record(tf, &session, uid, client).await?;
        if seen == crate::session_records::Seen::Ended {
            tracing::info!(user = %uid, "session revoked (signed out from another session)");
            session.clear();
            session.renew();
            return Ok(OtpState::default());
        }
    }
    let stored = session.get::<String>(OTP_DEVICE_KEY).ok().flatten();
    let Some(stored) = stored else {
        return Ok(OtpState {
            user_id,
            device: None,
        });
    };
    let device = stored.parse::<DeviceRef>().ok();
    let (Some(uid), Some(device), Some(tf)) = (user_id.as_deref(), device, tf) else {
        if user_id.is_some() {
            session.remove(OTP_DEVICE_KEY);
        }
        return Ok(OtpState {
            user_id,
            device: None,
        });
    };
    match tf.devices.is_confirmed_owner(device, uid).await? {
        true => Ok(OtpState {
            user_id,
            device: Some(device),
        }),
        false => {
            tracing::info!(user = %uid, device = %device, "verifying device is gone; session no longer verified");
            session.remove(OTP_DEVICE_KEY);
            Ok(OtpState {
                user_id,
                device: None,
            })
        }
    }
}

#[cfg(test)]
mod tests {
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
