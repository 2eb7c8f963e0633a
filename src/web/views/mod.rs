//! The two-factor views; shared helpers live here so every view renders, checks login
//! and completes a login the same way.

pub(crate) mod backup;
pub(crate) mod login;
pub(crate) mod logout;
pub(crate) mod phone;
pub(crate) mod profile;
pub(crate) mod qr;
pub(crate) mod reauth;
pub(crate) mod setup;
#[cfg(feature = "webauthn")]
pub(crate) mod webauthn;

use actix_identity::Identity;
use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::devices::DeviceRef;
use crate::errors::TwoFactorError;
use crate::settings::TwoFactor;
use crate::users::User;
use crate::web::csrf;
use crate::web::middleware::{OTP_DEVICE_KEY, OtpExt};
use crate::web::redirects::{redirect_to_login, safe_next_or};

/// The query string's `next`, when present.
#[derive(Debug, Deserialize, Default)]
pub(crate) struct NextQuery {
    pub next: Option<String>,
}

impl NextQuery {
    pub(crate) fn from_request(req: &HttpRequest) -> NextQuery {
        web::Query::<NextQuery>::from_query(req.query_string())
            .map(web::Query::into_inner)
            .unwrap_or_default()
    }
}

/// The context every page gets: what varies per request (CSRF token, login state, path).
/// The templates also see `urls`, `site_name` and `cancel_url`, globals of the template
/// engine ([`crate::web::templates::Templates`]), so no page copies constants into its context.
pub(crate) fn base_context(
    tf: &TwoFactor,
    req: &HttpRequest,
) -> Result<tera::Context, TwoFactorError> {
    let (authenticated, verified) = req
        .extensions()
        .get::<crate::web::middleware::OtpState>()
        .map_or((false, false), |s| (s.user_id.is_some(), s.is_verified()));
    let mut ctx = tera::Context::new();
    ctx.insert("csrf_token", &csrf::token(&req.get_session())?);
    ctx.insert("is_authenticated", &authenticated);
    ctx.insert("is_verified", &verified);
    ctx.insert("request_path", req.path());
    // The request's language (the middleware made it the current one), else the site's.
    let i18n = tf.templates.i18n();
    let lang = crate::i18n::current_index_in(i18n).map_or(i18n.default_code(), |i| i18n.code_at(i));
    ctx.insert("lang", lang);
    ctx.insert("lang_dir", i18n.dir(lang));
    Ok(ctx)
}

/// Renders `template` with `status`; pages with forms or secrets are never cached.
pub(crate) fn render(
    tf: &TwoFactor,
    template: &str,
    ctx: &tera::Context,
    status: StatusCode,
) -> Result<HttpResponse, TwoFactorError> {
    use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, X_FRAME_OPTIONS};
    let body = tf.templates.render_bytes(template, ctx)?;
    // Built directly (no builder, no header conversions): three static headers.
    let mut response = HttpResponse::with_body(status, body);
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    Ok(response.map_into_boxed_body())
}

/// The logged-in user (active, still existing), or `None`.
pub(crate) async fn current_user(
    tf: &TwoFactor,
    req: &HttpRequest,
) -> Result<Option<User>, TwoFactorError> {
    let Some(id) = req.otp_state().user_id else {
        return Ok(None);
    };
    Ok(tf.users.get_user(&id).await?.filter(|u| u.is_active))
}

/// The path and query of the request, for `next`.
pub(crate) fn request_target(req: &HttpRequest) -> String {
    req.uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned())
}

/// Logs `user` in: the session is emptied (nothing of the anonymous session survives),
/// the identity attached, the session id renewed and, when a device verified the
/// login, the session marked verified.
pub(crate) fn complete_login(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    user: &User,
    device: Option<DeviceRef>,
) -> Result<(), TwoFactorError> {
    session.clear();
    Identity::login(&req.extensions(), user.id.clone())
        .map_err(|e| TwoFactorError::Session(e.to_string()))?;
    if let Some(device) = device {
        mark_verified(session, device)?;
    }
    mark_authenticated(tf, session)?;
    crate::web::session_lifetime::start(tf, session)?;
    csrf::rotate(session);
    tracing::info!(user = %user.id, device = ?device.map(|d| d.to_string()), "user logged in");
    Ok(())
}

/// Session key: when the user last proved who they are (login or re-authentication).
pub(crate) const AUTH_AT_KEY: &str = "two_factor.auth_at";

/// Records that the user just proved who they are.
pub(crate) fn mark_authenticated(tf: &TwoFactor, session: &Session) -> Result<(), TwoFactorError> {
    session
        .insert(AUTH_AT_KEY, tf.clock.now_secs())
        .map_err(|e| TwoFactorError::Session(e.to_string()))
}

/// For sensitive actions (disable, new backup tokens, adding or removing a device): a
/// redirect to re-authenticate when the last proof is older than the window, else `None`.
pub(crate) fn recent_auth_required(tf: &TwoFactor, req: &HttpRequest) -> Option<HttpResponse> {
    // A POST cannot be replayed after the detour: come back to the profile.
    let next = match *req.method() {
        actix_web::http::Method::GET => request_target(req),
        _ => tf.urls.profile.as_str().to_owned(),
    };
    recent_auth_required_then(tf, req, &next)
}

/// [`recent_auth_required`] coming back to `next` (a safe relative path) after the
/// re-authentication.
pub(crate) fn recent_auth_required_then(
    tf: &TwoFactor,
    req: &HttpRequest,
    next: &str,
) -> Option<HttpResponse> {
    match recently_authenticated(tf, req) {
        true => None,
        false => Some(crate::web::redirects::redirect(
            &crate::web::redirects::with_query(tf.urls.reauth.as_str(), "next", next),
        )),
    }
}

/// Whether the user's last proof (login or re-authentication) is within the
/// re-authentication window (always, when the window is off).
pub(crate) fn recently_authenticated(tf: &TwoFactor, req: &HttpRequest) -> bool {
    let window = tf.reauthentication_window().as_secs() as i64;
    if window == 0 {
        return true;
    }
    let at: Option<i64> = req.get_session().get(AUTH_AT_KEY).ok().flatten();
    matches!(at, Some(at) if tf.clock.now_secs() - at <= window)
}

/// Marks the session as verified by `device` (django-otp's `login`).
pub(crate) fn mark_verified(session: &Session, device: DeviceRef) -> Result<(), TwoFactorError> {
    session
        .insert(OTP_DEVICE_KEY, device.to_string())
        .map_err(|e| TwoFactorError::Session(e.to_string()))
}

/// The safe `next` among the posted form and the query string, else `fallback`.
pub(crate) fn safe_next(posted: Option<&str>, query: &NextQuery, fallback: &str) -> String {
    let candidate = posted.filter(|s| !s.is_empty()).or(query.next.as_deref());
    safe_next_or(candidate, fallback).to_owned()
}
