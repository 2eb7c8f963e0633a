//! The two-factor views; shared helpers live here so every view renders, checks login
//! and completes a login the same way.

pub(crate) mod apps;
pub(crate) mod backup;
pub(crate) mod login;
pub(crate) mod logout;
pub(crate) mod phone;
pub(crate) mod profile;
pub(crate) mod qr;
pub(crate) mod reauth;
pub(crate) mod sessions;
pub(crate) mod setup;
#[cfg(feature = "webauthn")]
pub(crate) mod webauthn;

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use serde::Deserialize;

use crate::errors::TwoFactorError;
use crate::web::csrf;
use crate::web::redirects::{redirect_to_login, safe_next_or};
use crate::web::site::TwoFactor;
use crate::web::urls::Route;

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
/// engine ([`crate::web::templates::Templates`]), so no page copies constants into its
/// context, and `lang` and `lang_dir`, which the engine fills in from the request's
/// language (the middleware made it the current one).
pub(crate) fn base_context(req: &HttpRequest) -> Result<tera::Context, TwoFactorError> {
    let (authenticated, verified) = req
        .extensions()
        .get::<crate::web::middleware::OtpState>()
        .map_or((false, false), |s| (s.user_id.is_some(), s.is_verified()));
    let mut ctx = tera::Context::new();
    ctx.insert("csrf_token", &csrf::token(&req.get_session())?);
    ctx.insert("is_authenticated", &authenticated);
    ctx.insert("is_verified", &verified);
    ctx.insert("request_path", req.path());
    Ok(ctx)
}

/// Renders `template` with `status`; pages with forms or secrets are never cached.
pub(crate) fn render(
    tf: &TwoFactor,
    template: &str,
    ctx: &tera::Context,
    status: StatusCode,
) -> Result<HttpResponse, TwoFactorError> {
    render_with(tf, template, ctx, None, status)
}

/// [`render`] with the names `ctx` lacks taken from `shared` (values made once,
/// [`Templates::shared_context`](crate::web::templates::Templates::shared_context)).
pub(crate) fn render_with(
    tf: &TwoFactor,
    template: &str,
    ctx: &tera::Context,
    shared: Option<&tera::Context>,
    status: StatusCode,
) -> Result<HttpResponse, TwoFactorError> {
    use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, X_FRAME_OPTIONS};
    let body =
        crate::web::body_pool::freeze(tf.templates.render_bytes_with(template, ctx, shared)?);
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

pub(crate) use crate::web::redirects::request_target;
pub(crate) use crate::web::session::{current_user, recently_authenticated};

/// For sensitive actions (disable, new backup tokens, adding or removing a device): a
/// redirect to re-authenticate when the last proof is older than the window, else `None`.
pub(crate) fn recent_auth_required(tf: &TwoFactor, req: &HttpRequest) -> Option<HttpResponse> {
    // A POST cannot be replayed after the detour: come back to the profile.
    let next = match *req.method() {
        actix_web::http::Method::GET => request_target(req),
        _ => tf.urls[Route::Profile].to_owned(),
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
            &crate::web::redirects::with_query(&tf.urls[Route::Reauth], "next", next),
        )),
    }
}

/// The safe `next` among the posted form and the query string, else `fallback`.
pub(crate) fn safe_next(posted: Option<&str>, query: &NextQuery, fallback: &str) -> String {
    let candidate = posted.filter(|s| !s.is_empty()).or(query.next.as_deref());
    safe_next_or(candidate, fallback).to_owned()
}
