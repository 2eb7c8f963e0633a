//! The [`VerifiedUser`] extractor, configured by [`OtpRequiredMixin`] — the equivalent of
//! django-two-factor-auth's `OTPRequiredMixin` for class-based views.
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

/// A user whose session is verified with a second factor; extracting it enforces
/// [`OtpRequiredMixin`]'s rules.
#[derive(Debug, Clone)]
pub struct VerifiedUser {
    /// The logged-in user.
    pub user: User,
    /// The device that verified the session.
    pub device: DeviceRef,
}

fn refuse(response: HttpResponse) -> Error {
    InternalError::from_response("two-factor verification required", response).into()
}

fn forbidden() -> HttpResponse {
    HttpResponse::Forbidden()
        .content_type("text/plain; charset=utf-8")
        .body("403 Forbidden")
}

impl FromRequest for VerifiedUser {
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
            let state = req.otp_state();
            let user = match state.user_id.as_deref() {
                Some(id) => tf
                    .users
                    .get_user(id)
                    .await
                    .map_err(|e| refuse(TwoFactorError::from(e).error_response()))?
                    .filter(|u| u.is_active),
                None => None,
            };
            let to_login = || {
                if options.raise_anonymous {
                    return refuse(forbidden());
                }
                let login_url = options.login_url.as_deref().unwrap_or(tf.login_url());
                let field = options.redirect_field_name.as_deref().unwrap_or("next");
                refuse(redirect_to_otp_login(&req, login_url, field))
            };
            let Some(user) = user else {
                return Err(to_login());
            };
            if let Some(device) = state.device {
                return Ok(VerifiedUser { user, device });
            }
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
            let page = base_context(&tf, &req)
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
