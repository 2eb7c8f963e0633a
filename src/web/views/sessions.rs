//! `two_factor:sessions` (where the user is signed in, and the browsers that skip the
//! token step), `two_factor:session_revoke` (POST `<pk>/` ends one session),
//! `two_factor:sessions_revoke_others` (POST ends all but this one),
//! `two_factor:trusted_browser_revoke` (POST `<pk>/` takes one grant back) and
//! `two_factor:trusted_browsers_revoke_all`, over `flows/sessions.rs` and
//! `trusted_browsers.rs`. A user with a device needs a verified session, as on the profile.

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{base_context, render};
use crate::errors::TwoFactorError;
use crate::flows::sessions::Revoked;
use crate::users::User;
use crate::web::guards::{LoginRequired, Post};
use crate::web::middleware::OtpExt;
use crate::web::redirects::redirect;
use crate::web::site::TwoFactor;
use crate::web::urls::Route;

const TEMPLATE: &str = "two_factor/profile/sessions.html";

/// `None` when the user may see their sessions; else where to send them (a user with a
/// device whose session skipped the token step finishes the login first).
async fn must_verify(
    tf: &TwoFactor,
    req: &HttpRequest,
    user: &User,
) -> Result<Option<HttpResponse>, TwoFactorError> {
    if req.is_verified() || !tf.devices.has_device(&user.id).await? {
        return Ok(None);
    }
    Ok(Some(super::redirect_to_login(
        tf.login_url(),
        "next",
        &super::request_target(req),
    )))
}

/// GET `sessions`: the user's live sessions, the current one marked.
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    LoginRequired(user, _): LoginRequired,
) -> Result<HttpResponse, TwoFactorError> {
    if let Some(away) = must_verify(&tf, &req, &user).await? {
        return Ok(away);
    }
    let views = crate::flows::sessions::list(&tf, &req.get_session(), &user.id).await?;
    let rows: Vec<_> = views
        .iter()
        .map(|v| {
            let r = &v.record;
            serde_json::json!({
                "browser": r.describe_agent(),
                "kind": r.kind,
                "address": r.address,
                "created": crate::dates::format_ms(r.created_at),
                "last_seen": crate::dates::format_ms(r.last_seen_at),
                "current": v.current,
                "revoke_url": format!("{}{}/", &tf.urls[Route::SessionRevoke], r.id),
            })
        })
        .collect();
    let trusted: Vec<_> = tf
        .trusted
        .list(&user.id)
        .await?
        .iter()
        .map(|g| {
            serde_json::json!({
                "browser": g.describe_agent(),
                "address": g.address,
                "granted": crate::dates::format_ms(g.created_at),
                "last_used": g.last_used_at.map(crate::dates::format_ms),
                "expires": crate::dates::format_ms(g.expires_at),
                "revoke_url": format!("{}{}/", &tf.urls[Route::TrustedBrowserRevoke], g.id),
            })
        })
        .collect();
    let mut ctx = base_context(&req)?;
    ctx.insert("user", &user);
    ctx.insert("others", &views.iter().any(|v| !v.current));
    ctx.insert("sessions", &rows);
    ctx.insert("remember_enabled", &tf.remember.enabled());
    ctx.insert("trusted", &trusted);
    render(&tf, TEMPLATE, &ctx, StatusCode::OK)
}

/// POST `session_revoke` (`<pk>/`): ends that session (this one: logged out, to the login
/// page); a session that is not the user's is 404.
pub(crate) async fn revoke(
    req: HttpRequest,
    path: web::Path<String>,
    tf: web::Data<TwoFactor>,
    Post {
        guard: LoginRequired(user, _),
        ..
    }: Post<LoginRequired>,
) -> Result<HttpResponse, TwoFactorError> {
    if let Some(away) = must_verify(&tf, &req, &user).await? {
        return Ok(away);
    }
    let id = path
        .into_inner()
        .parse::<i64>()
        .map_err(|_| TwoFactorError::NotFound)?;
    let session = req.get_session();
    match crate::flows::sessions::revoke(&tf, &session, &user.id, id).await? {
        Revoked::NotFound => Err(TwoFactorError::NotFound),
        Revoked::Current => {
            if let Ok(identity) = actix_identity::IdentityExt::get_identity(&req) {
                identity.logout();
            }
            session.purge();
            Ok(redirect(tf.login_url()))
        }
        Revoked::Other => Ok(redirect(&tf.urls[Route::Sessions])),
    }
}

/// POST `sessions_revoke_others`: signs out everywhere but here.
pub(crate) async fn revoke_others(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: LoginRequired(user, _),
        ..
    }: Post<LoginRequired>,
) -> Result<HttpResponse, TwoFactorError> {
    if let Some(away) = must_verify(&tf, &req, &user).await? {
        return Ok(away);
    }
    crate::flows::sessions::revoke_others(&tf, &req.get_session(), &user.id).await?;
    Ok(redirect(&tf.urls[Route::Sessions]))
}

/// POST `trusted_browser_revoke` (`<pk>/`): that browser asks for a token at its next
/// login; a grant that is not the user's is 404.
pub(crate) async fn untrust(
    req: HttpRequest,
    path: web::Path<String>,
    tf: web::Data<TwoFactor>,
    Post {
        guard: LoginRequired(user, _),
        ..
    }: Post<LoginRequired>,
) -> Result<HttpResponse, TwoFactorError> {
    if let Some(away) = must_verify(&tf, &req, &user).await? {
        return Ok(away);
    }
    let id = path
        .into_inner()
        .parse::<i64>()
        .map_err(|_| TwoFactorError::NotFound)?;
    if tf.trusted.revoke(&user.id, Some(id)).await? == 0 {
        return Err(TwoFactorError::NotFound);
    }
    Ok(redirect(&tf.urls[Route::Sessions]))
}

/// POST `trusted_browsers_revoke_all`: every browser asks for a token at its next login.
pub(crate) async fn untrust_all(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: LoginRequired(user, _),
        ..
    }: Post<LoginRequired>,
) -> Result<HttpResponse, TwoFactorError> {
    if let Some(away) = must_verify(&tf, &req, &user).await? {
        return Ok(away);
    }
    tf.trusted.revoke(&user.id, None).await?;
    Ok(redirect(&tf.urls[Route::Sessions]))
}
