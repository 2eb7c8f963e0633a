//! The [`VerifiedUser`] extractor, configured by [`OtpRequiredMixin`] — the equivalent of
//! django-two-factor-auth's `OTPRequiredMixin` for class-based views. One extractor,
//! generic over how it refuses: [`Page`] (the default: redirects and pages, as the mixin
//! says) or [`api::Json`](crate::api::Json) (problem documents, for JSON routes:
//! [`api::VerifiedUser`](crate::api::VerifiedUser)). Both decide alike
//! ([`VerifiedUser::check`]).
//!
//! ```no_run
//! use actix_web::{web, HttpResponse};
//! use two_factor::{OtpRequiredMixin, VerifiedUser};
//!
//! async fn secret(user: VerifiedUser) -> HttpResponse {
//!     HttpResponse::Ok().body(format!("hello {}", user.user.username))
//! }
//! let resource = web::resource("/secret/")
//!     .app_data(OtpRequiredMixin::default().raise_unverified(true))
//!     .to(secret);
//! ```

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::error::InternalError;
use actix_web::http::StatusCode;
use actix_web::{Error, FromRequest, HttpRequest, HttpResponse, ResponseError, web};

use crate::devices::DeviceRef;
use crate::errors::TwoFactorError;
use crate::users::User;
use crate::web::middleware::OtpExt;
use crate::web::redirects::redirect;
use crate::web::redirects::redirect_to_otp_login;
use crate::web::site::TwoFactor;
use crate::web::views::{base_context, render};

/// Options of [`VerifiedUser`], set per resource or scope with `.app_data(...)`; the
/// defaults are Django's.
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct OtpRequiredMixin {
    raise_anonymous: bool,
    raise_unverified: bool,
    login_url: Option<String>,
    redirect_field_name: Option<String>,
    verification_url: Option<String>,
}

impl OtpRequiredMixin {
    /// Answer anonymous (and unverified) visitors with 403 instead of a login redirect.
    pub fn raise_anonymous(mut self, yes: bool) -> Self {
        self.raise_anonymous = yes;
        self
    }

    /// Answer users without a device with 403 instead of the `otp_required.html` page.
    pub fn raise_unverified(mut self, yes: bool) -> Self {
        self.raise_unverified = yes;
        self
    }

    /// Where to send anonymous visitors (default: `LOGIN_URL`).
    pub fn login_url(mut self, url: impl Into<String>) -> Self {
        self.login_url = Some(url.into());
        self
    }

    /// The query parameter for the return path (default `next`).
    pub fn redirect_field_name(mut self, name: impl Into<String>) -> Self {
        self.redirect_field_name = Some(name.into());
        self
    }

    /// Where to send users without a device (for example the setup page).
    pub fn verification_url(mut self, url: impl Into<String>) -> Self {
        self.verification_url = Some(url.into());
        self
    }
}

pub(crate) mod sealed {
    /// Only this crate's refusals.
    pub trait Sealed {}
}

/// How [`VerifiedUser`] refuses a request: [`Page`] or [`api::Json`](crate::api::Json).
pub trait Refusal: sealed::Sealed + Clone + std::fmt::Debug + 'static {}

/// [`VerifiedUser`]'s default refusal: a redirect to the login, or the "verification
/// required" page, as [`OtpRequiredMixin`] says.
#[derive(Debug, Clone, Copy, Default)]
pub struct Page;

impl sealed::Sealed for Page {}
impl Refusal for Page {}

/// A user whose session is verified with a second factor; extracting it enforces the
/// rules, and a request that does not pass is refused the `R` way ([`Page`] by default:
/// [`OtpRequiredMixin`]'s redirects and pages).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct VerifiedUser<R: Refusal = Page> {
    /// The logged-in user.
    pub user: User,
    /// The device that verified the session.
    pub device: DeviceRef,
    refusal: PhantomData<R>,
}

/// What [`VerifiedUser::check`] found.
pub(crate) enum Check<R: Refusal> {
    /// Verified.
    Verified(VerifiedUser<R>),
    /// Nobody (active) is logged in.
    Anonymous,
    /// Logged in, not verified with a second factor.
    Unverified(User),
}

impl<R: Refusal> VerifiedUser<R> {
    /// Whether the request's session is verified: the one decision every flavour of the
    /// extractor makes (the logged-in user active and still there, the session verified by
    /// a device the middleware confirmed).
    pub(crate) async fn check(
        tf: &TwoFactor,
        req: &HttpRequest,
    ) -> Result<Check<R>, TwoFactorError> {
        let state = req.otp_state();
        let Some(user) = crate::web::session::current_user(tf, req).await? else {
            return Ok(Check::Anonymous);
        };
        Ok(match state.device.filter(|_| state.is_verified()) {
            Some(device) => Check::Verified(VerifiedUser {
                user,
                device,
                refusal: PhantomData,
            }),
            None => Check::Unverified(user),
        })
    }
}

fn refuse(response: HttpResponse) -> Error {
    InternalError::from_response("two-factor verification required", response).into()
}

fn forbidden() -> HttpResponse {
    HttpResponse::Forbidden()
        .content_type("text/plain; charset=utf-8")
        .body("403 Forbidden")
}

impl FromRequest for VerifiedUser<Page> {
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let tf = req
                .app_data::<web::Data<TwoFactor>>()
                .cloned()
                .ok_or_else(|| refuse(TwoFactorError::NotConfigured.error_response()))?;
            let options = req
                .app_data::<OtpRequiredMixin>()
                .cloned()
                .unwrap_or_default();
            let to_login = || {
                if options.raise_anonymous {
                    return refuse(forbidden());
                }
                let login_url = options.login_url.as_deref().unwrap_or(tf.login_url());
                let field = options.redirect_field_name.as_deref().unwrap_or("next");
                refuse(redirect_to_otp_login(&req, login_url, field))
            };
            let user = match VerifiedUser::<Page>::check(&tf, &req)
                .await
                .map_err(|e| refuse(e.error_response()))?
            {
                Check::Verified(verified) => return Ok(verified),
                Check::Anonymous => return Err(to_login()),
                Check::Unverified(user) => user,
            };
            let has_device = tf
                .devices
                .has_device(&user.id)
                .await
                .map_err(|e| refuse(TwoFactorError::from(e).error_response()))?;
            if has_device {
                return Err(to_login());
            }
            if options.raise_unverified {
                return Err(refuse(forbidden()));
            }
            if let Some(url) = &options.verification_url {
                return Err(refuse(redirect(url)));
            }
            let page = base_context(&req)
                .and_then(|ctx| {
                    render(
                        &tf,
                        "two_factor/core/otp_required.html",
                        &ctx,
                        StatusCode::FORBIDDEN,
                    )
                })
                .unwrap_or_else(|e| e.error_response());
            Err(refuse(page))
        })
    }
}
