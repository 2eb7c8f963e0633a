//! What [`OtpMiddleware`](super::OtpMiddleware) resolves once per request — who is logged
//! in and which device verified the session — and how views, guards and extractors read
//! it ([`OtpExt`]). A lookup that fails is an error (the request fails closed), never
//! "nobody".

use std::borrow::Cow;

use actix_session::{Session, SessionExt};
use actix_web::dev::ServiceRequest;
use actix_web::guard::GuardContext;
use actix_web::{HttpMessage, HttpRequest, web};

use super::entries::{LoginEntries, StoredDevice};
use super::order::check_session_order;
use crate::devices::DeviceRef;
use crate::errors::TwoFactorError;
use crate::web::site::TwoFactor;

/// The session key holding the verifying device's persistent id (Django's name).
pub const OTP_DEVICE_KEY: &str = crate::flows::session::SessionKey::OtpDevice.as_str();

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
    let tf = req.app_data::<web::Data<TwoFactor>>();
    if tf.is_none() {
        tracing::error!("OtpMiddleware needs two_factor::TwoFactor registered as app data");
    }
    // The request's time, read once for every check below.
    let now = tf.map_or(0, |tf| tf.clock.now_ms());
    if let Some(tf) = tf
        && let Some(state) = cached(tf, &session, now)
    {
        return Ok(state);
    }
    let LoginEntries {
        user_id,
        lifetime,
        stamp,
        record,
        device: stored,
    } = LoginEntries::read(&session.entries()).into_owned();
    let user_id = user_id.map(Cow::into_owned);
    // A login lasts at most `session_max_age` and ends after `session_idle_timeout`.
    if let (Some(uid), Some(tf)) = (user_id.as_deref(), tf)
        && let Err(why) = crate::flows::session_lifetime::check(tf, now, lifetime, &session)
    {
        tracing::info!(user = %uid, reason = ?why, "session expired; logged out");
        crate::flows::sessions::close_record(tf, &session).await?;
        // Empty it and give it a new id (a server-side store drops the old one).
        session.clear();
        session.renew();
        return Ok(OtpState::default());
    }
    // A session stamped at login must still match the user's credentials and epoch.
    if let (Some(uid), Some(tf), Some(stamp)) = (user_id.as_deref(), tf, stamp.as_deref()) {
        match tf.stamp_is_current(uid, stamp, now).await? {
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
        let seen =
            crate::flows::sessions::check_record(tf, &session, record.as_deref(), uid, client, now)
                .await?;
        if seen == crate::session_records::Seen::Ended {
            tracing::info!(user = %uid, "session revoked (signed out from another session)");
            session.clear();
            session.renew();
            return Ok(OtpState::default());
        }
    }
    let device = match stored {
        StoredDevice::Absent => {
            return Ok(OtpState {
                user_id,
                device: None,
            });
        }
        StoredDevice::Device(device) => Some(device),
        StoredDevice::Unknown => None,
    };
    let (Some(uid), Some(device), Some(tf)) = (user_id.as_deref(), device, tf) else {
        if user_id.is_some() {
            session.remove(OTP_DEVICE_KEY);
        }
        return Ok(OtpState {
            user_id,
            device: None,
        });
    };
    match tf.devices.is_confirmed_owner(device, uid, now).await? {
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

/// The state of an anonymous session (nobody: every check below needs a user), or of a
/// logged-in one whose every check the caches answer at `now` — its stamp current, its
/// record live and noted within the minute, its verifying device (if any) confirmed and its
/// own — with nothing to write but the activity time: what [`resolve`] would find, read
/// from the session's entries where they lie (no copies but the user's id, no database, no
/// future). `None` sends the request the long way, which asks again and handles what this
/// does not (a miss, a revoked, expired or unreadable session, no record yet); a lifetime
/// check that fails here writes nothing, and is made again there.
fn cached(tf: &TwoFactor, session: &Session, now: i64) -> Option<OtpState> {
    let (user_id, lifetime, device) = {
        let map = session.entries();
        let entries = LoginEntries::read(&map);
        let Some(uid) = entries.user_id.as_deref() else {
            return Some(OtpState::default());
        };
        if let Some(stamp) = entries.stamp.as_deref()
            && !tf.stamps.cached(uid, stamp, now)?
        {
            return None;
        }
        let record = entries.record.as_deref()?;
        if tf.records.cached(record, uid, now)? != crate::session_records::Seen::Live {
            return None;
        }
        let device = match entries.device {
            StoredDevice::Absent => None,
            StoredDevice::Device(device) => match tf.devices.cached_owner(device, uid, now)? {
                true => Some(device),
                false => return None,
            },
            StoredDevice::Unknown => return None,
        };
        (uid.to_owned(), entries.lifetime, device)
    };
    crate::flows::session_lifetime::check(tf, now, lifetime, session).ok()?;
    Some(OtpState {
        user_id: Some(user_id),
        device,
    })
}
