//! "Where am I signed in" for apps: `sessions`, `session_revoke` and
//! `sessions_revoke_others`, over the use cases the sessions page uses
//! (`flows/sessions.rs`).

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::answer::respond;
use super::client::Client;
use super::extract::Json;
use super::problem::{ApiError, Code, Problem};
use crate::flows::sessions::{Revoked, SessionView};
use crate::users::User;
use crate::web::guards::LoginRequired;
use crate::web::middleware::OtpExt;
use crate::web::site::TwoFactor;

/// One of the user's live sessions.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": 7, "kind": "browser", "current": true,
    "browser": "Firefox 121 on Linux", "address": "203.0.113.0/24",
    "created": 1796000000, "last_seen": 1796003600}))]
pub(crate) struct SessionInfo {
    /// What `session_revoke` takes.
    pub(crate) id: i64,
    /// `browser` (a cookie or Redis session) or `app` (`X-Session-Token`).
    pub(crate) kind: String,
    /// Whether it is the session asking.
    pub(crate) current: bool,
    /// The browser and system, read from the User-Agent, in the request's language.
    pub(crate) browser: String,
    /// The coarse client address (an IPv4 /24 or an IPv6 /48), or `unknown`.
    pub(crate) address: String,
    /// When it began (Unix seconds).
    pub(crate) created: i64,
    /// When it was last seen, to the minute (Unix seconds).
    pub(crate) last_seen: i64,
}

impl SessionInfo {
    fn of(view: &SessionView) -> SessionInfo {
        let r = &view.record;
        SessionInfo {
            id: r.id,
            kind: r.kind.clone(),
            current: view.current,
            browser: r.describe_agent(),
            address: r.address.clone(),
            created: r.created_at.div_euclid(1000),
            last_seen: r.last_seen_at.div_euclid(1000),
        }
    }
}

/// The user's sessions.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SessionsAnswer {
    /// The live sessions, the current one first, then the most recently seen.
    pub(crate) sessions: Vec<SessionInfo>,
}

/// How many sessions `sessions_revoke_others` ended.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"revoked": 2, "sessions": []}))]
pub(crate) struct RevokedAnswer {
    /// The number of sessions ended.
    pub(crate) revoked: usize,
    /// The sessions left (the current one).
    pub(crate) sessions: Vec<SessionInfo>,
}

/// A user with a device needs a verified session to see or end their sessions.
async fn verified_if_enabled(
    tf: &TwoFactor,
    req: &HttpRequest,
    user: &User,
) -> Result<(), ApiError> {
    if !req.is_verified() && tf.devices.has_device(&user.id).await? {
        return Err(ApiError::new(
            Code::VerificationRequired,
            crate::i18n::tr("api-verification-required"),
        ));
    }
    Ok(())
}

async fn listed(
    tf: &TwoFactor,
    req: &HttpRequest,
    user: &User,
) -> Result<Vec<SessionInfo>, ApiError> {
    let views = crate::flows::sessions::list(tf, &req.get_session(), &user.id).await?;
    Ok(views.iter().map(SessionInfo::of).collect())
}

/// The user's live sessions: browsers and apps, when each began and was last seen, from
/// where and with what. A user with a device needs a verified session.
#[utoipa::path(get, path = "/sessions", operation_id = "sessions", tag = "account",
    responses(
        (status = 200, description = "The sessions", body = SessionsAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn sessions(
    req: HttpRequest,
    _client: Client,
    LoginRequired(user, _): LoginRequired<Json>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    verified_if_enabled(&tf, &req, &user).await?;
    let sessions = listed(&tf, &req, &user).await?;
    respond(&req, StatusCode::OK, &SessionsAnswer { sessions })
}

/// Ends one of the user's sessions: on every instance, at its next request. Ending the
/// current session logs it out here and now (the answer lists no session).
#[utoipa::path(delete, path = "/sessions/{id}", operation_id = "session_revoke", tag = "account",
    params(("id" = i64, Path, description = "The session's `id` from `sessions`")),
    responses(
        (status = 200, description = "Ended; the sessions left", body = SessionsAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: not one of the user's sessions", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn session_revoke(
    req: HttpRequest,
    client: Client,
    LoginRequired(user, _): LoginRequired<Json>,
    path: web::Path<String>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    verified_if_enabled(&tf, &req, &user).await?;
    let not_found = || ApiError::new(Code::NotFound, crate::i18n::tr("api-no-such-session"));
    let id = path.into_inner().parse::<i64>().map_err(|_| not_found())?;
    let session = req.get_session();
    match crate::flows::sessions::revoke(&tf, &session, &user.id, id).await? {
        Revoked::NotFound => Err(not_found()),
        Revoked::Current => {
            match client {
                Client::App => session.purge(),
                Client::Browser => {
                    session.clear();
                    session.renew();
                }
            }
            let sessions = Vec::new();
            respond(&req, StatusCode::OK, &SessionsAnswer { sessions })
        }
        Revoked::Other => {
            let sessions = listed(&tf, &req, &user).await?;
            respond(&req, StatusCode::OK, &SessionsAnswer { sessions })
        }
    }
}

/// Ends every session of the user but this one ("sign out everywhere else").
#[utoipa::path(post, path = "/sessions/revoke-others", operation_id = "sessions_revoke_others", tag = "account",
    responses(
        (status = 200, description = "Ended; how many, and the session left", body = RevokedAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn sessions_revoke_others(
    req: HttpRequest,
    _client: Client,
    LoginRequired(user, _): LoginRequired<Json>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    verified_if_enabled(&tf, &req, &user).await?;
    let revoked = crate::flows::sessions::revoke_others(&tf, &req.get_session(), &user.id).await?;
    let sessions = listed(&tf, &req, &user).await?;
    respond(&req, StatusCode::OK, &RevokedAnswer { revoked, sessions })
}

/// A browser that skips the token step ("don't ask again on this browser").
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"id": 3, "browser": "Firefox 121 on Linux", "address": "203.0.113.0/24",
    "device": "totp/1", "granted": 1796000000, "last_used": null, "expires": 1798592000}))]
pub(crate) struct TrustedBrowserInfo {
    /// What `trusted_browser_revoke` takes.
    pub(crate) id: i64,
    /// The browser and system it was granted to, in the request's language.
    pub(crate) browser: String,
    /// The coarse address it was granted from.
    pub(crate) address: String,
    /// The device whose token step it skips.
    pub(crate) device: String,
    /// When it was granted (Unix seconds).
    pub(crate) granted: i64,
    /// When it last skipped the token step (Unix seconds); `null`: never yet.
    pub(crate) last_used: Option<i64>,
    /// When it runs out (Unix seconds).
    pub(crate) expires: i64,
}

/// The user's trusted browsers.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TrustedBrowsersAnswer {
    /// The grants that have not run out, the newest first.
    pub(crate) trusted_browsers: Vec<TrustedBrowserInfo>,
}

async fn trusted_of(tf: &TwoFactor, user: &User) -> Result<TrustedBrowsersAnswer, ApiError> {
    let trusted_browsers = tf
        .trusted
        .list(&user.id)
        .await?
        .iter()
        .map(|g| TrustedBrowserInfo {
            id: g.id,
            browser: g.describe_agent(),
            address: g.address.clone(),
            device: g.device.clone(),
            granted: g.created_at.div_euclid(1000),
            last_used: g.last_used_at.map(|ms| ms.div_euclid(1000)),
            expires: g.expires_at.div_euclid(1000),
        })
        .collect();
    Ok(TrustedBrowsersAnswer { trusted_browsers })
}

/// The browsers that skip the token step ("don't ask again on this browser"): when each
/// was granted, last used and runs out. A user with a device needs a verified session.
#[utoipa::path(get, path = "/trusted-browsers", operation_id = "trusted_browsers", tag = "account",
    responses(
        (status = 200, description = "The grants", body = TrustedBrowsersAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn trusted_browsers(
    req: HttpRequest,
    _client: Client,
    LoginRequired(user, _): LoginRequired<Json>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    verified_if_enabled(&tf, &req, &user).await?;
    respond(&req, StatusCode::OK, &trusted_of(&tf, &user).await?)
}

/// Takes one grant back: that browser asks for a token at its next login.
#[utoipa::path(delete, path = "/trusted-browsers/{id}", operation_id = "trusted_browser_revoke", tag = "account",
    params(("id" = i64, Path, description = "The grant's `id` from `trusted_browsers`")),
    responses(
        (status = 200, description = "Taken back; the grants left", body = TrustedBrowsersAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: not one of the user's grants", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn trusted_browser_revoke(
    req: HttpRequest,
    _client: Client,
    LoginRequired(user, _): LoginRequired<Json>,
    path: web::Path<String>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    verified_if_enabled(&tf, &req, &user).await?;
    let not_found = || ApiError::new(Code::NotFound, crate::i18n::tr("api-no-such-grant"));
    let id = path.into_inner().parse::<i64>().map_err(|_| not_found())?;
    if tf.trusted.revoke(&user.id, Some(id)).await? == 0 {
        return Err(not_found());
    }
    respond(&req, StatusCode::OK, &trusted_of(&tf, &user).await?)
}

/// Takes every grant back: every browser asks for a token at its next login.
#[utoipa::path(post, path = "/trusted-browsers/revoke-all", operation_id = "trusted_browsers_revoke_all", tag = "account",
    responses(
        (status = 200, description = "Taken back; none left", body = TrustedBrowsersAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn trusted_browsers_revoke_all(
    req: HttpRequest,
    _client: Client,
    LoginRequired(user, _): LoginRequired<Json>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    verified_if_enabled(&tf, &req, &user).await?;
    tf.trusted.revoke(&user.id, None).await?;
    respond(&req, StatusCode::OK, &trusted_of(&tf, &user).await?)
}
