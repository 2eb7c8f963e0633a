//! [`VerifiedUser`]: the guard for a host's own JSON routes, answering problem details
//! (401/403) instead of the HTML extractor's redirects and pages.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest, web};

use super::client::AppSession;
use super::problem::{ApiError, Code};
use crate::devices::DeviceRef;
use crate::users::User;
use crate::web::middleware::OtpExt;
use crate::web::site::TwoFactor;

/// A user whose session is verified with a second factor, for JSON routes: browsers with
/// the session cookie and apps with `X-Session-Token` alike. Instead of a redirect,
/// extraction fails with an RFC 9457 problem (`application/problem+json`): 401
/// `not_authenticated` (nobody logged in), 401 `session_expired` (an app's token is
/// unknown or expired) or 403 `verification_required` (logged in without a second factor).
///
/// ```no_run
/// use actix_web::{HttpResponse, web};
/// use two_factor::api::VerifiedUser;
///
/// async fn balance(user: VerifiedUser) -> HttpResponse {
///     HttpResponse::Ok().json(serde_json::json!({ "user": user.user.username }))
/// }
///
/// # fn routes(cfg: &mut web::ServiceConfig) {
/// cfg.route("/api/balance", web::get().to(balance));
/// # }
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct VerifiedUser {
    /// The logged-in user.
    pub user: User,
    /// The device that verified the session.
    pub device: DeviceRef,
}

impl FromRequest for VerifiedUser {
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let stale = req
                .extensions()
                .get::<AppSession>()
                .is_some_and(AppSession::is_stale);
            if stale {
                return Err(ApiError::new(
                    Code::SessionExpired,
                    "The session token is unknown or expired. Please log in again.",
                )
                .into());
            }
            let tf = req
                .app_data::<web::Data<TwoFactor>>()
                .cloned()
                .ok_or_else(|| ApiError::from(crate::errors::TwoFactorError::NotConfigured))?;
            let user = crate::web::session::current_user(&tf, &req)
                .await
                .map_err(ApiError::from)?
                .ok_or_else(|| ApiError::new(Code::NotAuthenticated, "Please log in."))?;
            let device = req.otp_state().device.filter(|_| req.is_verified());
            match device {
                Some(device) => Ok(VerifiedUser { user, device }),
                None => Err(ApiError::new(
                    Code::VerificationRequired,
                    "This needs a session verified with a second factor.",
                )
                .into()),
            }
        })
    }
}
