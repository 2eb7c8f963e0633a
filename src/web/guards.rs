//! Guards of the crate's own views, as extractors: a view names the guard among its
//! arguments and gets the user, or the request is answered with the guard's rejection —
//! the redirect a Django view answers (to log in, or to re-authenticate), or the error
//! page when the store failed. No view handles a `Result<Result<..>>`.
//!
//! | Guard | Django | Rejection |
//! |---|---|---|
//! | [`LoginRequired`] | `login_required` | redirect to `LOGIN_URL?next=` |
//! | [`RecentLogin`] | `login_required` + recent re-authentication | … or to `reauth?next=` |
//! | [`Verified`] | `otp_required` | redirect to `LOGIN_URL?next=` |
//! | [`Sensitive`] | `otp_required` + recent re-authentication | … or to `reauth?next=` |
//!
//! [`Post<G>`] reads a form body and checks its CSRF token *before* guard `G` runs, so a
//! forged POST is refused (403) whoever sends it.

use std::future::Future;
use std::pin::Pin;

use actix_session::SessionExt;
use actix_web::dev::Payload;
use actix_web::error::InternalError;
use actix_web::{Error, FromRequest, HttpRequest, HttpResponse, web};

use super::csrf;
use super::forms::PostData;
use super::middleware::OtpExt;
use super::redirects::request_target;
use super::views::{current_user, recent_auth_required};
use crate::errors::TwoFactorError;
use crate::users::User;
use crate::web::site::TwoFactor;

/// Why a guard refused a request.
pub(crate) enum Rejection {
    /// The answer instead of the view: a redirect (to log in, or to re-authenticate) or a
    /// refusal page.
    Answer(Box<HttpResponse>),
    /// A store failed: the error page.
    Failed(TwoFactorError),
}

impl From<TwoFactorError> for Rejection {
    fn from(e: TwoFactorError) -> Self {
        Rejection::Failed(e)
    }
}

impl From<Rejection> for Error {
    fn from(r: Rejection) -> Self {
        match r {
            Rejection::Answer(response) => {
                InternalError::from_response("two-factor guard redirect", *response).into()
            }
            Rejection::Failed(e) => e.into(),
        }
    }
}

/// A check a view's request must pass.
pub(crate) trait Guard: Sized + 'static {
    /// The user, or the rejection.
    fn check(
        tf: web::Data<TwoFactor>,
        req: HttpRequest,
    ) -> impl Future<Output = Result<Self, Rejection>>;
}

fn settings(req: &HttpRequest) -> Result<web::Data<TwoFactor>, Rejection> {
    req.app_data::<web::Data<TwoFactor>>()
        .cloned()
        .ok_or(Rejection::Failed(TwoFactorError::NotConfigured))
}

fn to_login(tf: &TwoFactor, req: &HttpRequest) -> Rejection {
    Rejection::Answer(Box::new(super::redirects::redirect_to_login(
        tf.login_url(),
        "next",
        &request_target(req),
    )))
}

/// Django's `login_required`: a logged-in, active user.
pub(crate) struct LoginRequired(pub(crate) User);

impl Guard for LoginRequired {
    async fn check(tf: web::Data<TwoFactor>, req: HttpRequest) -> Result<Self, Rejection> {
        match current_user(&tf, &req).await? {
            Some(user) => Ok(LoginRequired(user)),
            None => Err(to_login(&tf, &req)),
        }
    }
}

/// A logged-in user whose last password check is within the re-authentication window
/// (setting up a device).
pub(crate) struct RecentLogin(pub(crate) User);

impl Guard for RecentLogin {
    async fn check(tf: web::Data<TwoFactor>, req: HttpRequest) -> Result<Self, Rejection> {
        let LoginRequired(user) = LoginRequired::check(tf.clone(), req.clone()).await?;
        match recent_auth_required(&tf, &req) {
            Some(detour) => Err(Rejection::Answer(Box::new(detour))),
            None => Ok(RecentLogin(user)),
        }
    }
}

/// Django's `otp_required` for the crate's own views: a user whose session a device
/// verified.
pub(crate) struct Verified(pub(crate) User);

impl Guard for Verified {
    async fn check(tf: web::Data<TwoFactor>, req: HttpRequest) -> Result<Self, Rejection> {
        if !req.is_verified() {
            return Err(to_login(&tf, &req));
        }
        let LoginRequired(user) = LoginRequired::check(tf, req).await?;
        Ok(Verified(user))
    }
}

/// For sensitive actions (disable, new backup tokens, adding or removing a device): a
/// verified user whose last password check is recent.
pub(crate) struct Sensitive(pub(crate) User);

impl Guard for Sensitive {
    async fn check(tf: web::Data<TwoFactor>, req: HttpRequest) -> Result<Self, Rejection> {
        let Verified(user) = Verified::check(tf.clone(), req.clone()).await?;
        match recent_auth_required(&tf, &req) {
            Some(detour) => Err(Rejection::Answer(Box::new(detour))),
            None => Ok(Sensitive(user)),
        }
    }
}

/// Implements `FromRequest` for a guard.
macro_rules! guard_extractor {
    ($($guard:ty),*) => {$(
        impl FromRequest for $guard {
            type Error = Error;
            type Future = Pin<Box<dyn Future<Output = Result<Self, Error>>>>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                let req = req.clone();
                Box::pin(async move {
                    let tf = settings(&req)?;
                    Ok(<$guard as Guard>::check(tf, req).await?)
                })
            }
        }
    )*};
}

guard_extractor!(LoginRequired, RecentLogin, Verified, Sensitive);

/// A form POST: the body parsed and its CSRF token checked, then guard `G` passed.
pub(crate) struct Post<G> {
    /// What the guard yielded.
    pub(crate) guard: G,
    /// The posted form.
    pub(crate) form: PostData,
}

impl<G: Guard> FromRequest for Post<G> {
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = web::Bytes::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let body = body.await?;
            let form = PostData::parse(&body);
            csrf::check(&req.get_session(), &form)?;
            let tf = settings(&req)?;
            let guard = G::check(tf, req).await?;
            Ok(Post { guard, form })
        })
    }
}
