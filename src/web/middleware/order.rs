//! The loud middleware-order check: [`OtpMiddleware`](super::OtpMiddleware) must run inside
//! the identity and session middleware, and the views must be mounted where the settings
//! say. A wrong order is found once and answered with 500 (logged at `error` once per
//! worker), never read as a silent "unverified".

use std::cell::Cell;
use std::rc::Rc;

use actix_identity::IdentityExt;
use actix_session::{Session, SessionStatus};
use actix_web::dev::ServiceRequest;
use actix_web::{HttpResponse, web};

use crate::web::site::TwoFactor;
use crate::web::urls::Route;

/// What an [`OtpMiddlewareService`](super::OtpMiddlewareService) learnt about the middleware around it. A wrong order
/// is found once and then answers every request with 500 (a misconfiguration, not a
/// visitor's error); the message is logged at `error` once per worker.
#[derive(Debug, Default)]
pub(super) struct OrderCheck {
    /// The identity middleware was found around this one, and the views where the
    /// settings say (checked on the first request).
    pub(super) identity_checked: Cell<bool>,
    /// What is wrong, once found.
    pub(super) wrong: Cell<Option<&'static str>>,
    /// A request reached the middleware with its session already loaded: the session
    /// middleware is outside, so no later request needs a [`SessionProbe`] (the check is
    /// paid once per worker, not per request).
    pub(super) session_confirmed: Cell<bool>,
}

impl OrderCheck {
    /// Records `problem` (the first one found wins) and logs it once.
    pub(super) fn fail(&self, problem: &'static str) {
        self.fail_with(problem, "");
    }

    /// [`fail`](Self::fail) with the values that show it (paths), logged alongside.
    pub(super) fn fail_with(&self, problem: &'static str, detail: &str) {
        if self.wrong.get().is_none() {
            self.wrong.set(Some(problem));
            tracing::error!(detail, "{problem}");
        }
    }
}

/// Put in the request's extensions by [`OtpMiddleware`](super::OtpMiddleware): whether the session looked empty
/// when the middleware resolved the state, for [`check_session_order`].
pub(super) struct SessionProbe {
    pub(super) session: Session,
    pub(super) seen_empty: bool,
    pub(super) check: Rc<OrderCheck>,
}

/// The session middleware wrapped *inside* [`OtpMiddleware`](super::OtpMiddleware) loads the session after the
/// state was resolved (from an empty session: "unverified"). The handler then sees
/// entries nobody wrote during this request (status `Unchanged`) in a session the
/// middleware saw empty: only a late load explains that.
pub(super) fn check_session_order(ext: &actix_web::dev::Extensions) {
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

pub(super) const IDENTITY_MISSING: &str = "two_factor::OtpMiddleware: no IdentityMiddleware around it. \
    Wrap IdentityMiddleware and SessionMiddleware *outside* OtpMiddleware (call .wrap(OtpMiddleware) \
    first, then .wrap(IdentityMiddleware::default()), then .wrap(SessionMiddleware::new(..))), \
    or install all three with .wrap(two_factor::TwoFactorMiddleware::new(store, key)). \
    Every request answers 500 until this is fixed.";

pub(super) const SESSION_INSIDE: &str = "two_factor::OtpMiddleware: the session was loaded after \
    OtpMiddleware ran, so SessionMiddleware is wrapped inside it and every request would read \
    as unverified. Wrap SessionMiddleware outside IdentityMiddleware and OtpMiddleware \
    (.wrap(OtpMiddleware), then .wrap(IdentityMiddleware::default()), then \
    .wrap(SessionMiddleware::new(..))), or install all three with \
    .wrap(two_factor::TwoFactorMiddleware::new(store, key)). Every request answers 500 until \
    this is fixed.";

pub(super) const VIEWS_ELSEWHERE: &str = "two_factor: the views are not mounted where the settings' \
    url_prefix says, so every link and redirect of the two-factor pages would miss them. Set the \
    prefix with TwoFactor::builder().url_prefix(..) and register the views with \
    .configure(tf.configure()) (two_factor::configure mounts the unprefixed paths; a web::scope \
    around it moves them without the links). Every request answers 500 until this is fixed.";

/// Whether the app registered the views (`two_factor:login`) somewhere else than the
/// settings' URL table says: `Some((mounted, expected))`.
pub(super) fn views_mounted_elsewhere(req: &ServiceRequest) -> Option<(String, String)> {
    let tf = req.app_data::<web::Data<TwoFactor>>()?;
    // Not registered in this app at all: nothing to compare (a host may serve them elsewhere).
    let url = req.request().url_for_static("two_factor:login").ok()?;
    (url.path() != &tf.urls[Route::Login])
        .then(|| (url.path().to_owned(), tf.urls[Route::Login].to_owned()))
}

/// The answer while the middleware order is wrong: a bare 500 (the detail is in the log).
pub(super) fn misconfigured() -> HttpResponse {
    HttpResponse::InternalServerError()
        .content_type("text/plain; charset=utf-8")
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(
            "500 Internal Server Error: the two-factor middleware is installed in the wrong order \
             or its views are mounted elsewhere (see the server log).",
        )
}

/// Whether `IdentityMiddleware` ran before: actix-identity panics when its state is
/// missing from the request, so the first request of each worker asks under
/// `catch_unwind` (later requests know the answer).
pub(super) fn identity_installed(req: &ServiceRequest) -> bool {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _ = req.get_identity();
    }))
    .is_ok()
}
