//! [`OtpMiddleware`] (django-otp's `OTPMiddleware`): resolves, once per request, whether
//! the session is verified by a device that still exists and belongs to the logged-in
//! user, and makes the answer available through [`OtpExt`].

use std::cell::Cell;
use std::future::{Ready, ready};
use std::rc::Rc;

use actix_identity::IdentityExt;
use actix_session::{Session, SessionExt, SessionStatus};
use actix_web::body::EitherBody;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::guard::GuardContext;
use actix_web::{Error, HttpMessage, HttpRequest, HttpResponse, ResponseError, web};
use futures_util::future::LocalBoxFuture;

use crate::devices::DeviceRef;
use crate::errors::TwoFactorError;
use crate::session_stamp::STAMP_KEY;
use crate::web::redirects::{redirect, with_query};
use crate::web::site::TwoFactor;

/// The session key holding the verifying device's persistent id (Django's name).
pub const OTP_DEVICE_KEY: &str = crate::flows::session::SessionKey::OtpDevice.as_str();

/// What the middleware found out about this request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
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
        check_session_order(&self.extensions());
        self.extensions()
            .get::<OtpState>()
            .cloned()
            .unwrap_or_default()
    }

    fn is_verified(&self) -> bool {
        check_session_order(&self.extensions());
        self.extensions()
            .get::<OtpState>()
            .is_some_and(OtpState::is_verified)
    }
}

impl OtpExt for ServiceRequest {
    fn otp_state(&self) -> OtpState {
        check_session_order(&self.extensions());
        self.extensions()
            .get::<OtpState>()
            .cloned()
            .unwrap_or_default()
    }

    fn is_verified(&self) -> bool {
        check_session_order(&self.extensions());
        self.extensions()
            .get::<OtpState>()
            .is_some_and(OtpState::is_verified)
    }
}

impl OtpExt for GuardContext<'_> {
    fn otp_state(&self) -> OtpState {
        check_session_order(&self.req_data());
        self.req_data()
            .get::<OtpState>()
            .cloned()
            .unwrap_or_default()
    }

    fn is_verified(&self) -> bool {
        check_session_order(&self.req_data());
        self.req_data()
            .get::<OtpState>()
            .is_some_and(OtpState::is_verified)
    }
}

/// What an [`OtpMiddlewareService`] learnt about the middleware around it. A wrong order
/// is found once and then answers every request with 500 (a misconfiguration, not a
/// visitor's error); the message is logged at `error` once per worker.
#[derive(Debug, Default)]
struct OrderCheck {
    /// The identity middleware was found around this one, and the views where the
    /// settings say (checked on the first request).
    identity_checked: Cell<bool>,
    /// What is wrong, once found.
    wrong: Cell<Option<&'static str>>,
}

impl OrderCheck {
    /// Records `problem` (the first one found wins) and logs it once.
    fn fail(&self, problem: &'static str) {
        self.fail_with(problem, "");
    }

    /// [`fail`](Self::fail) with the values that show it (paths), logged alongside.
    fn fail_with(&self, problem: &'static str, detail: &str) {
        if self.wrong.get().is_none() {
            self.wrong.set(Some(problem));
            tracing::error!(detail, "{problem}");
        }
    }
}

/// Put in the request's extensions by [`OtpMiddleware`]: whether the session looked empty
/// when the middleware resolved the state, for [`check_session_order`].
struct SessionProbe {
    session: Session,
    seen_empty: bool,
    check: Rc<OrderCheck>,
}

/// The session middleware wrapped *inside* [`OtpMiddleware`] loads the session after the
/// state was resolved (from an empty session: "unverified"). The handler then sees
/// entries nobody wrote during this request (status `Unchanged`) in a session the
/// middleware saw empty: only a late load explains that.
fn check_session_order(ext: &actix_web::dev::Extensions) {
    let Some(probe) = ext.get::<SessionProbe>() else {
        return;
    };
    if probe.seen_empty
        && probe.check.wrong.get().is_none()
        && probe.session.status() == SessionStatus::Unchanged
        && !probe.session.entries().is_empty()
    {
        probe.check.fail(SESSION_INSIDE);
    }
}

const IDENTITY_MISSING: &str = "two_factor::OtpMiddleware: no IdentityMiddleware around it. \
    Wrap IdentityMiddleware and SessionMiddleware *outside* OtpMiddleware (call .wrap(OtpMiddleware) \
    first, then .wrap(IdentityMiddleware::default()), then .wrap(SessionMiddleware::new(..))), \
    or install all three with .wrap(two_factor::TwoFactorMiddleware::new(store, key)). \
    Every request answers 500 until this is fixed.";

const SESSION_INSIDE: &str = "two_factor::OtpMiddleware: the session was loaded after \
    OtpMiddleware ran, so SessionMiddleware is wrapped inside it and every request would read \
    as unverified. Wrap SessionMiddleware outside IdentityMiddleware and OtpMiddleware \
    (.wrap(OtpMiddleware), then .wrap(IdentityMiddleware::default()), then \
    .wrap(SessionMiddleware::new(..))), or install all three with \
    .wrap(two_factor::TwoFactorMiddleware::new(store, key)). Every request answers 500 until \
    this is fixed.";

const VIEWS_ELSEWHERE: &str = "two_factor: the views are not mounted where the settings' \
    url_prefix says, so every link and redirect of the two-factor pages would miss them. Set the \
    prefix with TwoFactor::builder().url_prefix(..) and register the views with \
    .configure(tf.configure()) (two_factor::configure mounts the unprefixed paths; a web::scope \
    around it moves them without the links). Every request answers 500 until this is fixed.";

/// Whether the app registered the views (`two_factor:login`) somewhere else than the
/// settings' URL table says: `Some((mounted, expected))`.
fn views_mounted_elsewhere(req: &ServiceRequest) -> Option<(String, String)> {
    let tf = req.app_data::<web::Data<TwoFactor>>()?;
    // Not registered in this app at all: nothing to compare (a host may serve them elsewhere).
    let url = req.request().url_for_static("two_factor:login").ok()?;
    (url.path() != tf.urls.login).then(|| (url.path().to_owned(), tf.urls.login.clone()))
}

/// The answer while the middleware order is wrong: a bare 500 (the detail is in the log).
fn misconfigured() -> HttpResponse {
    HttpResponse::InternalServerError()
        .content_type("text/plain; charset=utf-8")
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(
            "500 Internal Server Error: the two-factor middleware is installed in the wrong order \
             or its views are mounted elsewhere (see the server log).",
        )
}

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

/// Whether `IdentityMiddleware` ran before: actix-identity panics when its state is
/// missing from the request, so the first request of each worker asks under
/// `catch_unwind` (later requests know the answer).
fn identity_installed(req: &ServiceRequest) -> bool {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = req.get_identity();
    }))
    .is_ok()
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
            // An app client of the JSON API (`X-Session-Token`): its server-side session
            // is loaded into the request's session before anything reads it.
            let mut req = req;
            let app = match crate::web::api::client::begin(&mut req).await {
                Ok(app) => app,
                Err(refusal) => return Ok(req.into_response(refusal).map_into_right_body()),
            };
            let session = req.get_session();
            let seen_empty = session.entries().is_empty();
            let state = match resolve(&req).await {
                Ok(state) => state,
                // A lookup that failed is never "anonymous": the request fails closed.
                Err(e) => {
                    let refusal = unavailable(&req, app.is_some(), e);
                    return Ok(req.into_response(refusal).map_into_right_body());
                }
            };
            req.extensions_mut().insert(SessionProbe {
                session,
                seen_empty,
                check: Rc::clone(&order),
            });
            let unverified_user = match state.is_verified() {
                true => None,
                false => state.user_id.clone(),
            };
            req.extensions_mut().insert(state);
            if let Some(uid) = unverified_user
                && let Some(tf) = req.app_data::<web::Data<TwoFactor>>().cloned()
                && tf.policy.is_enforcing()
                && !tf.policy_exemptions.contains(req.path())
            {
                if let Some(app) = &app {
                    // Apps get the API's 403, never a redirect to an HTML page (and their
                    // session is stored as after any request: no cookie).
                    let mut refused = req.into_response(crate::web::api::client::policy_refusal());
                    if let Err(e) = crate::web::api::client::finish(&mut refused, app).await {
                        let (req, _) = refused.into_parts();
                        return Ok(ServiceResponse::new(req, e).map_into_right_body());
                    }
                    return Ok(refused.map_into_right_body());
                }
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
            let mut response = match source.resolve() {
                Some((i18n, code)) => crate::i18n::scope(i18n, &code, service.call(req))
                    .await
                    .map_err(|e| crate::web::i18n::localize_error(e, &source))?,
                None => service.call(req).await?,
            };
            if order.wrong.get().is_some() {
                let (req, _) = response.into_parts();
                return Ok(ServiceResponse::new(req, misconfigured()).map_into_right_body());
            }
            if let Some(app) = app
                && let Err(refusal) = crate::web::api::client::finish(&mut response, &app).await
            {
                let (req, _) = response.into_parts();
                return Ok(ServiceResponse::new(req, refusal).map_into_right_body());
            }
            Ok(response.map_into_left_body())
        })
    }
}

/// Under a requiring policy: `None` to let the request through, or the redirect for a
/// user who must use two-factor authentication (setup without a device, login with one).
async fn enforce_policy(
    tf: &TwoFactor,
    req: &ServiceRequest,
    user_id: &str,
) -> Result<Option<HttpResponse>, TwoFactorError> {
    let Some(user) = tf.users.get_user(user_id).await? else {
        return Ok(None);
    };
    if !tf.policy.requires(&user) {
        return Ok(None);
    }
    if tf.devices.has_device(user_id).await? {
        let to_login =
            crate::web::redirects::redirect_to_otp_login(req.request(), tf.login_url(), "next");
        return Ok(Some(to_login));
    }
    let target = crate::web::redirects::request_target(req.request());
    tracing::info!(user = %user_id, path = %req.path(), "two-factor policy: setup required");
    Ok(Some(redirect(&with_query(
        tf.urls.setup.as_str(),
        "next",
        &target,
    ))))
}

/// The 503 for a request whose two-factor state could not be resolved (the database or the
/// user store failed): a problem document for the JSON API and its app clients, else the
/// error page in the request's language. Never a redirect to the login.
fn unavailable(req: &ServiceRequest, app: bool, error: TwoFactorError) -> HttpResponse {
    let api = app
        || req
            .app_data::<web::Data<TwoFactor>>()
            .is_some_and(|tf| req.path().starts_with(tf.urls.api.as_str()));
    // Both log the cause (once per outage: its refusals are logged when it begins).
    let source = crate::web::i18n::LanguageSource::of(req.request());
    let render = move || match api {
        true => crate::web::api::problem::problem_response(error),
        false => error.error_response(),
    };
    match source.resolve() {
        Some((i18n, code)) => crate::i18n::in_language(i18n, &code, render),
        None => render(),
    }
}

/// The two-factor state of the request: who is logged in and which device verified the
/// session. `Err` when the database or the user store could not answer (the caller fails
/// closed): a failed lookup is never read as "no user" or "not verified".
async fn resolve(req: &ServiceRequest) -> Result<OtpState, TwoFactorError> {
    let user_id = req.get_identity().ok().and_then(|id| id.id().ok());
    let session = req.get_session();
    let tf = req.app_data::<web::Data<TwoFactor>>();
    if tf.is_none() {
        tracing::error!("OtpMiddleware needs two_factor::TwoFactor registered as app data");
    }
    // A login lasts at most `session_max_age` and ends after `session_idle_timeout`.
    if let (Some(uid), Some(tf)) = (user_id.as_deref(), tf)
        && let Err(why) = crate::flows::session_lifetime::check(tf, &session)
    {
        tracing::info!(user = %uid, reason = ?why, "session expired; logged out");
        // Empty it and give it a new id (a server-side store drops the old one).
        session.clear();
        session.renew();
        return Ok(OtpState::default());
    }
    // A session stamped at login must still match the user's credentials and epoch.
    if let (Some(uid), Some(tf)) = (user_id.as_deref(), tf)
        && let Ok(Some(stamp)) = session.get::<String>(STAMP_KEY)
    {
        match tf.current_stamp(uid).await? {
            Some(current) if current == stamp => {}
            _ => {
                tracing::info!(user = %uid, "session revoked (password changed or two-factor reset)");
                // Empty it and give it a new id (a server-side store drops the old one).
                session.clear();
                session.renew();
                return Ok(OtpState::default());
            }
        }
    }
    let stored = session.get::<String>(OTP_DEVICE_KEY).ok().flatten();
    let Some(stored) = stored else {
        return Ok(OtpState {
            user_id,
            device: None,
        });
    };
    let device = stored.parse::<DeviceRef>().ok();
    let (Some(uid), Some(device), Some(tf)) = (user_id.as_deref(), device, tf) else {
        if user_id.is_some() {
            session.remove(OTP_DEVICE_KEY);
        }
        return Ok(OtpState {
            user_id,
            device: None,
        });
    };
    match tf.devices.confirmed_owner(device).await? {
        Some(owner) if owner == uid => Ok(OtpState {
            user_id,
            device: Some(device),
        }),
        _ => {
            tracing::info!(user = %uid, device = %device, "verifying device is gone; session no longer verified");
            session.remove(OTP_DEVICE_KEY);
            Ok(OtpState {
                user_id,
                device: None,
            })
        }
    }
}
