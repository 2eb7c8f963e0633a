//! [`OtpMiddleware`] (django-otp's `OTPMiddleware`): resolves, once per request, whether
//! the session is verified by a device that still exists and belongs to the logged-in
//! user, and makes the answer available through [`OtpExt`].

use std::future::{Ready, ready};
use std::rc::Rc;

use actix_identity::IdentityExt;
use actix_session::SessionExt;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::guard::GuardContext;
use actix_web::{Error, HttpMessage, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use crate::devices::DeviceRef;
use crate::settings::TwoFactor;

/// The session key holding the verifying device's persistent id (Django's name).
pub const OTP_DEVICE_KEY: &str = "otp_device_id";

/// What the middleware found out about this request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
/// Without [`OtpMiddleware`] every request reads as unverified (fail closed).
pub trait OtpExt {
    /// The state [`OtpMiddleware`] resolved.
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
        self.extensions()
            .get::<OtpState>()
            .cloned()
            .unwrap_or_default()
    }

    fn is_verified(&self) -> bool {
        self.extensions()
            .get::<OtpState>()
            .is_some_and(OtpState::is_verified)
    }
}

impl OtpExt for ServiceRequest {
    fn otp_state(&self) -> OtpState {
        self.extensions()
            .get::<OtpState>()
            .cloned()
            .unwrap_or_default()
    }

    fn is_verified(&self) -> bool {
        self.extensions()
            .get::<OtpState>()
            .is_some_and(OtpState::is_verified)
    }
}

impl OtpExt for GuardContext<'_> {
    fn otp_state(&self) -> OtpState {
        self.req_data()
            .get::<OtpState>()
            .cloned()
            .unwrap_or_default()
    }

    fn is_verified(&self) -> bool {
        self.req_data()
            .get::<OtpState>()
            .is_some_and(OtpState::is_verified)
    }
}

/// Resolves the two-factor state of every request. Wrap it *inside* the identity and
/// session middleware (that is, `.wrap(OtpMiddleware::default())` before them):
///
/// ```no_run
/// # use actix_web::{App, cookie::Key};
/// # use actix_session::{SessionMiddleware, storage::CookieSessionStore};
/// # use actix_identity::IdentityMiddleware;
/// let app = App::new()
///     .configure(two_factor::configure)
///     .wrap(two_factor::OtpMiddleware::default())
///     .wrap(IdentityMiddleware::default())
///     .wrap(SessionMiddleware::new(CookieSessionStore::default(), Key::generate()));
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct OtpMiddleware;

impl<S, B> Transform<S, ServiceRequest> for OtpMiddleware
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Transform = OtpMiddlewareService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(OtpMiddlewareService {
            service: Rc::new(service),
        }))
    }
}

/// The service [`OtpMiddleware`] wraps around the app.
pub struct OtpMiddlewareService<S> {
    service: Rc<S>,
}

impl<S, B> Service<ServiceRequest> for OtpMiddlewareService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let service = Rc::clone(&self.service);
        Box::pin(async move {
            let state = resolve(&req).await;
            req.extensions_mut().insert(state);
            service.call(req).await
        })
    }
}

async fn resolve(req: &ServiceRequest) -> OtpState {
    let user_id = req.get_identity().ok().and_then(|id| id.id().ok());
    let session = req.get_session();
    let stored = session.get::<String>(OTP_DEVICE_KEY).ok().flatten();
    let Some(stored) = stored else {
        return OtpState {
            user_id,
            device: None,
        };
    };
    let device = stored.parse::<DeviceRef>().ok();
    let (Some(uid), Some(device)) = (user_id.as_deref(), device) else {
        session.remove(OTP_DEVICE_KEY);
        return OtpState {
            user_id,
            device: None,
        };
    };
    let Some(tf) = req.app_data::<web::Data<TwoFactor>>() else {
        tracing::error!("OtpMiddleware needs two_factor::TwoFactor registered as app data");
        return OtpState {
            user_id,
            device: None,
        };
    };
    match tf.devices.confirmed_owner(device).await {
        Ok(Some(owner)) if owner == uid => OtpState {
            user_id,
            device: Some(device),
        },
        Ok(_) => {
            tracing::info!(user = %uid, device = %device, "verifying device is gone; session no longer verified");
            session.remove(OTP_DEVICE_KEY);
            OtpState {
                user_id,
                device: None,
            }
        }
        Err(e) => {
            // Fail closed: treat as unverified without forgetting the verification.
            tracing::error!(error = %e, "could not check the verifying device");
            OtpState {
                user_id,
                device: None,
            }
        }
    }
}
