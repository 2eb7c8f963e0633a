//! The admin site wrapper (django-two-factor-auth's `AdminSiteOTPRequired`,
//! `AdminSiteOTPRequiredMixin` and `TWO_FACTOR_PATCH_ADMIN`) and a small built-in admin for
//! this crate's data.
//!
//! # Protecting an existing admin
//!
//! Wrap the scope that serves your admin in [`AdminSiteOtpRequired`]:
//!
//! ```no_run
//! use actix_web::{HttpResponse, web};
//!
//! let admin = web::scope("/admin")
//!     .wrap(two_factor::admin::AdminSiteOtpRequired::default())
//!     .route("/", web::get().to(|| async { HttpResponse::Ok().body("staff only") }));
//! ```
//!
//! Every request then needs an active staff user whose session was verified with a second
//! factor:
//!
//! | visitor | answer |
//! |---|---|
//! | anonymous (or the logged-in user no longer exists) | `302` to `LOGIN_URL?next=<path>` |
//! | logged in, not staff or inactive | `403` page (`two_factor/admin/forbidden.html`) |
//! | staff, not verified, has a device | `302` to `LOGIN_URL?next=<path>` |
//! | staff, no device yet | `302` to `/account/two_factor/setup/?next=<path>` |
//! | staff and verified | the admin |
//! | the database or user store fails | `503` (fail closed) |
//!
//! The page a visitor was sent to log in from is remembered, so a user without a device
//! continues from the password step to setup and then back to the admin, never in a loop.
//! Handlers behind the middleware can take the staff user as `web::ReqData<AdminUser>`.
//!
//! With admin patching on (the default, Django's `TWO_FACTOR_PATCH_ADMIN = True`), a `GET` or
//! `POST` to `<prefix>/login/` never reaches the wrapped scope: it redirects to the two-factor
//! login with `next` (the `next` query parameter when it is a safe relative path, else the
//! admin index), so no path leads into the admin with a password alone.
//! `.patch_admin(false)` passes `<prefix>/login/` through to the scope untouched (for an admin
//! that serves its own login page); every other path still needs a verified staff session.
//!
//! # The built-in admin
//!
//! With the `admin` cargo feature (on by default),
//! `App::new().configure(two_factor::admin::configure_admin("/admin"))` mounts, behind the
//! middleware above (`src/admin/site.rs`):
//!
//! | method | path | what |
//! |---|---|---|
//! | `GET` | `/admin/` | users with their two-factor status (`?username=` looks one up) |
//! | `GET` | `/admin/users/{id}/` | one user's devices, backup tokens and backup phones |
//! | `POST` | `/admin/users/{id}/remove-device/` | removes the posted `device` (`totp/3`) |
//! | `POST` | `/admin/users/{id}/reset-throttle/` | clears the posted `device`'s failed attempts and back-off |
//! | `POST` | `/admin/users/{id}/reset/` | removes every device (a locked-out user) |
//! | `GET`/`POST` | `/admin/login/` | redirect to the two-factor login (admin patching) |
//!
//! The forms carry the CSRF token. Every action also needs a recent re-authentication, as
//! the user's own sensitive pages do (`reauthentication_window`, 15 minutes by default): a
//! staff session that last proved its password (and token) longer ago is sent to
//! `/account/two_factor/reauth/?next=<the user's page>` and nothing changes; after
//! confirming, the staff user is back on the user's page and submits again. A completed
//! action is written to the audit log — a `tracing` event with target `two_factor::audit`
//! and the fields `actor`, `actor_username`, `subject`, `subject_username`, `action`
//! (`remove_device`, `reset_throttling`, `reset_two_factor`) and `device` (`-` for a reset)
//! — sends its own signal ([`Signal::DeviceRemoved`], [`Signal::TwoFactorDisabled`]) and
//! then [`Signal::AdminAction`], and redirects back to the user's page. The pages are
//! `two_factor/admin/index.html` and `two_factor/admin/user.html`, both extending
//! `two_factor/admin/base.html` (which extends `two_factor/_base.html`).
//!
//! [`Signal::DeviceRemoved`]: crate::signals::Signal::DeviceRemoved
//! [`Signal::TwoFactorDisabled`]: crate::signals::Signal::TwoFactorDisabled
//! [`Signal::AdminAction`]: crate::signals::Signal::AdminAction

use std::future::{Ready, ready};
use std::rc::Rc;

use actix_web::body::EitherBody;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::StatusCode;
use actix_web::{Error, HttpMessage, HttpRequest, HttpResponse, ResponseError, web};
use futures_util::future::LocalBoxFuture;

use crate::errors::TwoFactorError;
use crate::users::User;
use crate::web::middleware::OtpExt;
use crate::web::redirects::redirect_to_otp_login;
use crate::web::redirects::request_target;
use crate::web::redirects::{is_safe_next, redirect, redirect_to_login, safe_next_or, with_query};
use crate::web::site::TwoFactor;
use crate::web::urls::Route;
use crate::web::views::{NextQuery, base_context, render};

#[cfg(feature = "admin")]
mod site;
#[cfg(feature = "admin")]
#[doc(hidden)]
pub use site::MAX_LISTED_USERS;
#[cfg(feature = "admin")]
#[cfg_attr(docsrs, doc(cfg(feature = "admin")))]
pub use site::{configure_admin, configure_admin_with};

/// Requires an active staff user with a verified session on every request of the scope it
/// wraps (Django's `AdminSiteOTPRequired`), and patches `<prefix>/login/` to the two-factor
/// login (Django's `TWO_FACTOR_PATCH_ADMIN`). See the [module docs](self) for the answers.
///
/// ```no_run
/// # use actix_web::{web, HttpResponse};
/// use two_factor::admin::AdminSiteOtpRequired;
/// let admin = web::scope("/admin")
///     .wrap(AdminSiteOtpRequired::default().patch_admin(false))
///     .route("/", web::get().to(|| async { HttpResponse::Ok().finish() }));
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct AdminSiteOtpRequired {
    patch_admin: bool,
    login_url: Option<String>,
    setup_url: Option<String>,
}

impl Default for AdminSiteOtpRequired {
    fn default() -> Self {
        AdminSiteOtpRequired {
            patch_admin: true,
            login_url: None,
            setup_url: None,
        }
    }
}

impl AdminSiteOtpRequired {
    /// Redirects `<prefix>/login/` to the two-factor login (default on); off, that path
    /// reaches the wrapped scope without any check.
    pub fn patch_admin(mut self, yes: bool) -> Self {
        self.patch_admin = yes;
        self
    }

    /// Where visitors log in (default: the `LOGIN_URL` setting).
    pub fn login_url(mut self, url: impl Into<String>) -> Self {
        self.login_url = Some(url.into());
        self
    }

    /// Where staff users without a device go (default `/account/two_factor/setup/`).
    pub fn setup_url(mut self, url: impl Into<String>) -> Self {
        self.setup_url = Some(url.into());
        self
    }

    /// Decides what a request gets: the admin (with its staff user, or without one for an
    /// unpatched login page) or a response.
    async fn decide(
        &self,
        tf: &TwoFactor,
        req: &ServiceRequest,
    ) -> Result<Option<User>, Rejection> {
        let login_url = self.login_url.as_deref().unwrap_or(tf.login_url());
        if let Some(index) = admin_login_index(req) {
            if !self.patch_admin {
                return Ok(None);
            }
            let query = NextQuery::from_request(req.request());
            let fallback = if is_safe_next(&index) {
                index.as_str()
            } else {
                tf.login_redirect_url()
            };
            let next = safe_next_or(query.next.as_deref(), fallback);
            return Err(answer(redirect_to_login(login_url, "next", next)));
        }
        let target = request_target(req.request());
        let to_login = || redirect_to_otp_login(req.request(), login_url, "next");
        let state = req.otp_state();
        let Some(user_id) = state.user_id.as_deref() else {
            return Err(answer(to_login()));
        };
        let Some(user) = tf
            .users
            .get_user(user_id)
            .await
            .map_err(TwoFactorError::from)?
        else {
            return Err(answer(to_login()));
        };
        if !(user.is_staff && user.is_active) {
            tracing::info!(user = %user.id, path = %req.path(), "admin refused: not an active staff user");
            return Err(answer(forbidden(tf, req.request(), &user)?));
        }
        if state.is_verified() {
            return Ok(Some(user));
        }
        if tf
            .devices
            .has_device(&user.id)
            .await
            .map_err(TwoFactorError::from)?
        {
            return Err(answer(to_login()));
        }
        let setup_url = self.setup_url.as_deref().unwrap_or(&tf.urls[Route::Setup]);
        Err(answer(redirect(&with_query(setup_url, "next", &target))))
    }
}

/// Why the admin refused a request.
pub(crate) enum Rejection {
    /// The answer instead of the admin's: a redirect or a refusal page.
    Answer(Box<HttpResponse>),
    /// A store failed: the error page.
    Failed(TwoFactorError),
}

impl From<TwoFactorError> for Rejection {
    fn from(e: TwoFactorError) -> Self {
        Rejection::Failed(e)
    }
}

impl From<Rejection> for actix_web::Error {
    fn from(r: Rejection) -> Self {
        match r {
            Rejection::Answer(response) => {
                actix_web::error::InternalError::from_response("two-factor admin", *response).into()
            }
            Rejection::Failed(e) => e.into(),
        }
    }
}

fn answer(response: HttpResponse) -> Rejection {
    Rejection::Answer(Box::new(response))
}

/// The admin index (`<prefix>/`) when the request is for `<prefix>/login/`.
fn admin_login_index(req: &ServiceRequest) -> Option<String> {
    let info = req.match_info();
    let rest = info.unprocessed();
    if !matches!(rest.trim_start_matches('/'), "login/" | "login") {
        return None;
    }
    let full = info.as_str();
    let prefix = full.get(..full.len().checked_sub(rest.len())?)?;
    Some(format!("{}/", prefix.trim_end_matches('/')))
}

/// The `403` page for a logged-in user who may not use the admin.
fn forbidden(
    tf: &TwoFactor,
    req: &HttpRequest,
    user: &User,
) -> Result<HttpResponse, TwoFactorError> {
    let mut ctx = base_context(req)?;
    ctx.insert("user", user);
    render(
        tf,
        "two_factor/admin/forbidden.html",
        &ctx,
        StatusCode::FORBIDDEN,
    )
}

/// The staff user [`AdminSiteOtpRequired`] let in, for handlers behind it:
/// `async fn page(admin: web::ReqData<AdminUser>) -> …`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct AdminUser(pub User);

impl<S, B> Transform<S, ServiceRequest> for AdminSiteOtpRequired
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error> + 'static,
    B: 'static,
{
    type Response = ServiceResponse<EitherBody<B>>;
    type Error = Error;
    type Transform = AdminSiteOtpRequiredService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(AdminSiteOtpRequiredService {
            service: Rc::new(service),
            options: Rc::new(self.clone()),
        }))
    }
}

/// The service [`AdminSiteOtpRequired`] wraps around an admin scope.
#[doc(hidden)]
pub struct AdminSiteOtpRequiredService<S> {
    service: Rc<S>,
    options: Rc<AdminSiteOtpRequired>,
}

impl<S, B> Service<ServiceRequest> for AdminSiteOtpRequiredService<S>
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
        let options = Rc::clone(&self.options);
        Box::pin(async move {
            let Some(tf) = req.app_data::<web::Data<TwoFactor>>().cloned() else {
                let resp = TwoFactorError::NotConfigured.error_response();
                return Ok(req.into_response(resp).map_into_right_body());
            };
            match options.decide(&tf, &req).await {
                Ok(user) => {
                    if let Some(user) = user {
                        req.extensions_mut().insert(AdminUser(user));
                    }
                    Ok(service.call(req).await?.map_into_left_body())
                }
                Err(Rejection::Answer(resp)) => Ok(req.into_response(*resp).map_into_right_body()),
                Err(Rejection::Failed(e)) => {
                    Ok(req.into_response(e.error_response()).map_into_right_body())
                }
            }
        })
    }
}
