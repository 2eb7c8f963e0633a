//! `otp_required` (django-otp's decorator) as middleware for a resource or scope, and an
//! [`IsVerified`] route guard.

use std::future::{Ready, ready};
use std::rc::Rc;

use actix_web::body::EitherBody;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::guard::{Guard, GuardContext};
use actix_web::{Error, ResponseError, web};
use futures_util::future::LocalBoxFuture;

use crate::errors::TwoFactorError;
use crate::web::middleware::OtpExt;
use crate::web::redirects::redirect_to_otp_login;
use crate::web::site::TwoFactor;

/// Requires a verified session, like django-otp's `@otp_required`:
///
/// ```no_run
/// # use actix_web::{web, HttpResponse};
/// let secret = web::resource("/secret/")
///     .wrap(two_factor::otp_required())
///     .to(|| async { HttpResponse::Ok().body("verified only") });
/// ```
///
/// Unverified visitors are redirected to the login URL with `next` set to this page.
pub fn otp_required() -> OtpRequired {
    OtpRequired::default()
}

/// The `otp_required` middleware and its options (`login_url`, `redirect_field_name`,
/// `if_configured`).
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct OtpRequired {
    login_url: Option<String>,
    redirect_field_name: Option<String>,
    if_configured: bool,
}

impl OtpRequired {
    /// Where unverified visitors go (default: the `LOGIN_URL` setting).
    pub fn login_url(mut self, url: impl Into<String>) -> Self {
        self.login_url = Some(url.into());
        self
    }

    /// The query parameter carrying the page to return to (default `next`).
    pub fn redirect_field_name(mut self, name: impl Into<String>) -> Self {
        self.redirect_field_name = Some(name.into());
        self
    }

    /// Also let in logged-in users who have no device yet (default off).
    pub fn if_configured(mut self, yes: bool) -> Self {
        self.if_configured = yes;
        self
    }
}

impl<S, B> Transform<S, ServiceRequest> for OtpRequired
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = OtpRequiredService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(OtpRequiredService {
            service: Rc::new(service),
            options: Rc::new(self.clone()),
        }))
    }
}

/// The service [`OtpRequired`] wraps around a resource or scope.
pub struct OtpRequiredService<S> {
    service: Rc<S>,
    options: Rc<OtpRequired>,
}

impl<S, B> Service<ServiceRequest> for OtpRequiredService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Future = LocalBoxFuture<'static, Result<Self::Response, Self::Error>>;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        if req.is_verified() {
            let fut = self.service.call(req);
            return Box::pin(async move { Ok(fut.await?.map_into_left_body()) });
        }
        let service = Rc::clone(&self.service);
        let options = Rc::clone(&self.options);
        Box::pin(async move {
            let Some(tf) = req.app_data::<web::Data<TwoFactor>>().cloned() else {
                let resp = TwoFactorError::NotConfigured.error_response();
                return Ok(req.into_response(resp).map_into_right_body());
            };
            let user_id = req.otp_state().user_id;
            if options.if_configured
                && let Some(uid) = user_id.as_deref()
            {
                match tf.devices.has_device(uid).await {
                    Ok(false) => return Ok(service.call(req).await?.map_into_left_body()),
                    Ok(true) => {}
                    Err(e) => {
                        let resp = TwoFactorError::from(e).error_response();
                        return Ok(req.into_response(resp).map_into_right_body());
                    }
                }
            }
            let login_url = options.login_url.as_deref().unwrap_or(tf.login_url());
            let field = options.redirect_field_name.as_deref().unwrap_or("next");
            let resp = redirect_to_otp_login(req.request(), login_url, field);
            Ok(req.into_response(resp).map_into_right_body())
        })
    }
}

/// A route guard matching only verified sessions: `web::get().guard(IsVerified)`.
/// Unlike [`otp_required`], a non-matching request falls through to the resource's other
/// routes (actix answers 405 when none matches) instead of being redirected to log in.
#[derive(Debug, Clone, Copy, Default)]
pub struct IsVerified;

impl Guard for IsVerified {
    fn check(&self, ctx: &GuardContext<'_>) -> bool {
        ctx.is_verified()
    }
}
