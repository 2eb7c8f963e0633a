//! The guards of the crate's own views and operations, as extractors: a handler names
//! the guard among its arguments and gets the user, or the request is answered with the
//! guard's refusal. One family, generic over how it refuses ([`Answer`]): [`Page`]
//! answers the redirect a Django view answers (to log in, or to re-authenticate) or the
//! error page; the JSON API's `Json` answers a problem document (401/403). Both decide
//! alike ([`decide`]).
//!
//! | Guard | Django | [`Page`] refuses with | `Json` refuses with |
//! |---|---|---|---|
//! | [`LoginRequired`] | `login_required` | redirect to `LOGIN_URL?next=` | 401 `not_authenticated` |
//! | [`RecentLogin`] | `login_required` + recent re-authentication | … or to `reauth?next=` | … or 403 `reauthentication_required` |
//! | [`Verified`] | `otp_required` | redirect to `LOGIN_URL?next=` | … or 403 `verification_required` |
//! | [`Sensitive`] | `otp_required` + recent re-authentication | … or to `reauth?next=` | … or 403 `reauthentication_required` |
//!
//! [`Post<G>`] reads a form body and checks its CSRF token *before* guard `G` runs, so a
//! forged POST is refused (403) whoever sends it.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use actix_session::SessionExt;
use actix_web::dev::Payload;
use actix_web::error::InternalError;
use actix_web::{Error, FromRequest, HttpRequest, web};

use super::csrf;
use super::forms::PostData;
use super::middleware::OtpExt;
use super::mixins::{Page, Refusal};
use super::redirects::request_target;
use super::views::{current_user, recent_auth_required, recently_authenticated};
use crate::errors::TwoFactorError;
use crate::users::User;
use crate::web::site::TwoFactor;

/// Why a guard refused a request.
pub(crate) enum Refused {
    /// Nobody (active) is logged in.
    Anonymous,
    /// Logged in, not verified with a second factor.
    Unverified,
    /// The last password check is older than the re-authentication window.
    Reauthenticate,
    /// A store failed.
    Failed(TwoFactorError),
}

/// How a family of guards answers a refusal.
pub(crate) trait Answer: Refusal {
    /// The extractor's error.
    type Error: Into<Error> + From<TwoFactorError> + 'static;

    /// The answer to `refused`.
    fn answer(tf: &TwoFactor, req: &HttpRequest, refused: Refused) -> Self::Error;
}

impl Answer for Page {
    type Error = Error;

    fn answer(tf: &TwoFactor, req: &HttpRequest, refused: Refused) -> Error {
        let response = match refused {
            Refused::Anonymous | Refused::Unverified => {
                super::redirects::redirect_to_login(tf.login_url(), "next", &request_target(req))
            }
            Refused::Reauthenticate => match recent_auth_required(tf, req) {
                Some(detour) => detour,
                // The window passed between the decision and now: the profile asks again.
                None => super::redirects::redirect(&tf.urls[super::urls::Route::Reauth]),
            },
            Refused::Failed(e) => return e.into(),
        };
        InternalError::from_response("two-factor guard redirect", response).into()
    }
}

/// What a guard demands.
#[derive(Clone, Copy)]
pub(crate) struct Need {
    /// A session verified with a second factor.
    verified: bool,
    /// A recent password check.
    recent: bool,
}

/// The one decision every guard makes: the logged-in, active user, or why not.
pub(crate) async fn decide(tf: &TwoFactor, req: &HttpRequest, need: Need) -> Result<User, Refused> {
    let user = current_user(tf, req)
        .await
        .map_err(Refused::Failed)?
        .ok_or(Refused::Anonymous)?;
    if need.verified && !req.is_verified() {
        return Err(Refused::Unverified);
    }
    if need.recent && !recently_authenticated(tf, req) {
        return Err(Refused::Reauthenticate);
    }
    Ok(user)
}

async fn check<R: Answer>(req: &HttpRequest, need: Need) -> Result<User, R::Error> {
    let tf = req
        .app_data::<web::Data<TwoFactor>>()
        .cloned()
        .ok_or(TwoFactorError::NotConfigured)?;
    decide(&tf, req, need)
        .await
        .map_err(|refused| R::answer(&tf, req, refused))
}

/// Declares the guards: each a tuple of the user and its refusal, extracted by [`check`].
macro_rules! guards {
    ($($(#[doc = $doc:literal])* $guard:ident => verified: $verified:literal, recent: $recent:literal;)*) => {$(
        $(#[doc = $doc])*
        pub(crate) struct $guard<R: Answer = Page>(pub(crate) User, pub(crate) PhantomData<R>);

        impl<R: Answer> FromRequest for $guard<R> {
            type Error = R::Error;
            type Future = Pin<Box<dyn Future<Output = Result<Self, R::Error>>>>;

            fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
                let req = req.clone();
                let need = Need { verified: $verified, recent: $recent };
                Box::pin(async move {
                    check::<R>(&req, need).await.map(|user| $guard(user, PhantomData))
                })
            }
        }
    )*};
}

guards! {
    /// Django's `login_required`: a logged-in, active user.
    LoginRequired => verified: false, recent: false;
    /// A logged-in user whose last password check is within the re-authentication window
    /// (setting up a device).
    RecentLogin => verified: false, recent: true;
    /// Django's `otp_required` for the crate's own views: a user whose session a device
    /// verified.
    Verified => verified: true, recent: false;
    /// For sensitive actions (disable, new backup tokens, adding or removing a device): a
    /// verified user whose last password check is recent.
    Sensitive => verified: true, recent: true;
}

/// A form POST: the body parsed and its CSRF token checked, then guard `G` passed.
pub(crate) struct Post<G> {
    /// What the guard yielded.
    pub(crate) guard: G,
    /// The posted form.
    pub(crate) form: PostData,
}

impl<G> FromRequest for Post<G>
where
    G: FromRequest<Error = Error> + 'static,
{
    type Error = Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = web::Bytes::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let body = body.await?;
            let form = PostData::parse(&body);
            csrf::check(&req.get_session(), &form)?;
            let guard = G::from_request(&req, &mut Payload::None).await?;
            Ok(Post { guard, form })
        })
    }
}
