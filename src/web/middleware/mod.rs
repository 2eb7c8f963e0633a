//! [`OtpMiddleware`] (django-otp's `OTPMiddleware`): resolves, once per request, whether
//! the session is verified by a device that still exists and belongs to the logged-in
//! user, and makes the answer available through [`OtpExt`]. Its jobs, one per file:
//!
//! - `order.rs`: the loud check that the middleware and the views are where they must be;
//! - `state.rs`: the session's lifetime and stamp, the verifying device ([`OtpState`]);
//! - `policy.rs`: the enforce-two-factor policy, and the 503 when the state cannot be had;
//! - the request's language: `web/i18n.rs`; app sessions of the JSON API: their own
//!   middleware around the API's scope (`web/api/app_sessions.rs`).

use std::future::{Ready, ready};
use std::rc::Rc;

use actix_session::SessionExt;
use actix_web::body::EitherBody;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::Method;
use actix_web::{Error, HttpMessage, ResponseError, web};
use futures_util::future::LocalBoxFuture;

mod entries;
mod order;
mod policy;
mod state;

use order::{
    IDENTITY_MISSING, OrderCheck, SessionProbe, VIEWS_ELSEWHERE, identity_installed, misconfigured,
    views_mounted_elsewhere,
};
use policy::enforce_policy;
pub(crate) use policy::{requires_two_factor, unavailable};
pub(crate) use state::resolve;
pub use state::{OTP_DEVICE_KEY, OtpExt, OtpState};

use crate::web::site::TwoFactor;

/// Resolves the two-factor state of every request. Wrap it *inside* the identity and
/// session middleware (that is, `.wrap(OtpMiddleware::default())` before them), or let
/// [`TwoFactorMiddleware`](crate::TwoFactorMiddleware) install all three:
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
///
/// A wrong order is a loud error, not a silent "unverified": without `IdentityMiddleware`
/// around it (missing, or wrapped inside), the first request answers `500` and logs why at
/// `error`; with `SessionMiddleware` wrapped inside it, so is the first request whose
/// handler reads the two-factor state of a stored session. Every later request then
/// answers `500` too. A `SessionMiddleware` missing altogether leaves no trace it could
/// see (every form then fails its CSRF check).
#[derive(Debug, Clone, Copy, Default)]
pub struct OtpMiddleware;

impl<S, B> Transform<S, ServiceRequest> for OtpMiddleware
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = OtpMiddlewareService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(OtpMiddlewareService::new(service)))
    }
}

/// The service [`OtpMiddleware`] wraps around the app.
pub struct OtpMiddlewareService<S> {
    service: Rc<S>,
    order: Rc<OrderCheck>,
}

impl<S> OtpMiddlewareService<S> {
    pub(crate) fn new(service: S) -> Self {
        OtpMiddlewareService {
            service: Rc::new(service),
            order: Rc::new(OrderCheck::default()),
        }
    }
}

impl<S, B> Service<ServiceRequest> for OtpMiddlewareService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let service = Rc::clone(&self.service);
        let order = Rc::clone(&self.order);
        Box::pin(async move {
            if !order.identity_checked.get() && order.wrong.get().is_none() {
                if !identity_installed(&req) {
                    order.fail(IDENTITY_MISSING);
                } else if let Some((mounted, expected)) = views_mounted_elsewhere(&req) {
                    let detail =
                        format!("two_factor:login is at {mounted}, links point to {expected}");
                    order.fail_with(VIEWS_ELSEWHERE, &detail);
                } else {
                    order.identity_checked.set(true);
                }
            }
            if order.wrong.get().is_some() {
                return Ok(req.into_response(misconfigured()).map_into_right_body());
            }
            let session = req.get_session();
            let seen_empty = session.entries().is_empty();
            let state = match resolve(&req).await {
                Ok(state) => state,
                // A lookup that failed is never "anonymous": the request fails closed.
                Err(e) => {
                    let refusal = unavailable(&req, false, e);
                    return Ok(req.into_response(refusal).map_into_right_body());
                }
            };
            if !seen_empty {
                order.session_confirmed.set(true);
            } else if !order.session_confirmed.get() {
                req.extensions_mut().insert(SessionProbe {
                    session,
                    seen_empty,
                    check: Rc::clone(&order),
                });
            }
            let unverified_user = match state.is_verified() {
                true => None,
                false => state.user_id.clone(),
            };
            req.extensions_mut().insert(state);
            if let Some(uid) = unverified_user
                && let Some(tf) = req.app_data::<web::Data<TwoFactor>>().cloned()
                // Most sites enforce nothing: no future, no lookup.
                && tf.policy.is_enforcing()
            {
                match enforce_policy(&tf, &req, &uid).await {
                    Ok(None) => {}
                    Ok(Some(response)) => {
                        return Ok(req.into_response(response).map_into_right_body());
                    }
                    Err(e) => {
                        return Ok(req.into_response(e.error_response()).map_into_right_body());
                    }
                }
            }
            // The request's language is the current one while the app serves it; its
            // errors are rendered in it here (the server renders them later without it).
            let source = crate::web::i18n::LanguageSource::of(req.request());
            // A request that may change something carries its summary to the signals it
            // sends (the security alerts say where a change came from); reads skip it.
            let changing = !matches!(*req.method(), Method::GET | Method::HEAD);
            let summary = changing.then(|| crate::web::client::summary(req.request()));
            let call = async move {
                match summary {
                    Some(summary) => crate::signals::serving(summary, service.call(req)).await,
                    None => service.call(req).await,
                }
            };
            let mut response = match source.resolve() {
                Some((i18n, index)) => crate::i18n::scope_index(i18n, index, call)
                    .await
                    .map_err(|e| crate::web::i18n::localize_error(e, &source))?,
                None => call.await?,
            };
            crate::web::browser_id::set_cookie(&mut response);
            if order.wrong.get().is_some() {
                let (req, _) = response.into_parts();
                return Ok(ServiceResponse::new(req, misconfigured()).map_into_right_body());
            }
            Ok(response.map_into_left_body())
        })
    }
}
