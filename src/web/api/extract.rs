//! [`VerifiedUser`]: the guard for a host's own JSON routes, answering problem details
//! (401/403) instead of the HTML extractor's redirects and pages.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::{Error, FromRequest, HttpMessage, HttpRequest, web};

use super::client::AppSession;
use super::problem::{ApiError, Code};
use crate::web::mixins::Check;
use crate::web::site::TwoFactor;

/// [`crate::VerifiedUser`] refusing with problem documents: a user whose session is
/// verified with a second factor, for JSON routes: browsers with
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
pub type VerifiedUser = crate::VerifiedUser<Json>;

/// [`crate::VerifiedUser`]'s refusal for JSON routes: an RFC 9457 problem document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json;

impl crate::web::mixins::sealed::Sealed for Json {}
impl crate::web::mixins::Refusal for Json {}

impl FromRequest for crate::VerifiedUser<Json> {
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
                    crate::i18n::tr("api-session-expired"),
                )
                .into());
            }
            let tf = req
                .app_data::<web::Data<TwoFactor>>()
                .cloned()
                .ok_or_else(|| ApiError::from(crate::errors::TwoFactorError::NotConfigured))?;
            match crate::VerifiedUser::<Json>::check(&tf, &req)
                .await
                .map_err(ApiError::from)?
            {
                Check::Verified(verified) => Ok(verified),
                Check::Anonymous => {
                    Err(ApiError::new(Code::NotAuthenticated, crate::i18n::tr("api-log-in")).into())
                }
                Check::Unverified(_) => Err(ApiError::new(
                    Code::VerificationRequired,
                    crate::i18n::tr("api-verification-required"),
                )
                .into()),
            }
        })
    }
}
