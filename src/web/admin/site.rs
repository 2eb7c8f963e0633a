//! The built-in admin (cargo feature `admin`): users and their devices, behind
//! [`AdminSiteOtpRequired`]; see the [module docs](super).

use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, web};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::{Deserialize, Serialize};

use super::Rejection;
use crate::devices::{Device, DeviceRef};
use crate::errors::TwoFactorError;
use crate::signals::{AdminActionKind, Signal};
use crate::users::{StoreError, User};
use crate::web::csrf;
use crate::web::forms::PostData;
use crate::web::middleware::OtpExt;
use crate::web::redirects::redirect;
use crate::web::site::TwoFactor;
use crate::web::urls;
use crate::web::views::{base_context, recent_auth_required_then, render};

use super::{AdminSiteOtpRequired, AdminUser};

/// Session key of the one-time notice the user page shows after an action.
const NOTICE_KEY: &str = "two_factor.admin.notice";

/// Most users the index lists; the look-up by username finds the others.
#[doc(hidden)]
pub const MAX_LISTED_USERS: usize = 200;

/// Characters escaped in a user id used as a path segment.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Where the built-in admin is mounted (app data of its scope).
#[derive(Debug, Clone)]
struct AdminRoot {
    prefix: String,
}

impl AdminRoot {
    fn of(req: &HttpRequest) -> AdminRoot {
        req.app_data::<AdminRoot>().cloned().unwrap_or(AdminRoot {
            prefix: String::new(),
        })
    }

    fn index(&self) -> String {
        format!("{}/", self.prefix)
    }

    fn user(&self, id: &str) -> String {
        format!(
            "{}/users/{}/",
            self.prefix,
            utf8_percent_encode(id, PATH_SEGMENT)
        )
    }
}

/// Mounts the built-in admin under `prefix` (such as `/admin`), wrapped in
/// [`AdminSiteOtpRequired::default()`]:
///
/// ```no_run
/// # use actix_web::App;
/// let app = App::new()
///     .configure(two_factor::configure)
///     .configure(two_factor::admin::configure_admin("/admin"));
/// ```
///
/// The app also needs the settings, `OtpMiddleware`, identity and session middleware, as
/// for [`configure`](crate::configure).
pub fn configure_admin(prefix: &str) -> impl FnOnce(&mut web::ServiceConfig) + 'static {
    configure_admin_with(prefix, AdminSiteOtpRequired::default())
}

/// [`configure_admin`] with the middleware's options chosen by the caller.
pub fn configure_admin_with(
    prefix: &str,
    guard: AdminSiteOtpRequired,
) -> impl FnOnce(&mut web::ServiceConfig) + 'static {
    let trimmed = prefix.trim().trim_end_matches('/');
    let prefix = if trimmed.is_empty() || trimmed.starts_with('/') {
        trimmed.to_owned()
    } else {
        format!("/{trimmed}")
    };
    move |cfg: &mut web::ServiceConfig| {
        let root = AdminRoot {
            prefix: prefix.clone(),
        };
        cfg.service(
            web::scope(&prefix)
                .app_data(root)
                .app_data(web::PayloadConfig::new(urls::MAX_FORM_BYTES))
                .service(only("", web::get().to(to_index)))
                .service(only("/", web::get().to(index)))
                .service(only("/users/{id}/", web::get().to(user_page)))
                .service(only(
                    "/users/{id}/remove-device/",
                    web::post().to(remove_device),
                ))
                .service(only(
                    "/users/{id}/reset-throttle/",
                    web::post().to(reset_throttle),
                ))
                .service(only("/users/{id}/reset/", web::post().to(reset)))
                .service(only(
                    "/users/{id}/end-sessions/",
                    web::post().to(end_sessions),
                ))
                .service(only(
                    "/users/{id}/untrust-browsers/",
                    web::post().to(untrust_browsers),
                ))
                .default_service(web::to(not_found))
                .wrap(guard),
        );
    }
}

/// A resource at `path` answering `route`'s method only (405 for the others).
fn only(path: &str, route: actix_web::Route) -> actix_web::Resource {
    web::resource(path)
        .route(route)
        .default_service(web::to(method_not_allowed))
}

async fn method_not_allowed() -> HttpResponse {
    HttpResponse::MethodNotAllowed().finish()
}

async fn not_found() -> Result<HttpResponse, TwoFactorError> {
    Err(TwoFactorError::NotFound)
}

/// `<prefix>` without the slash: to the index.
async fn to_index(req: HttpRequest) -> HttpResponse {
    redirect(&AdminRoot::of(&req).index())
}

/// The index's query string.
#[derive(Debug, Default, Deserialize)]
struct IndexQuery {
    username: Option<String>,
}

/// One row of the user list.
#[derive(Debug, Serialize)]
struct UserRow {
    user: User,
    two_factor: bool,
    url: String,
}

/// GET `<prefix>/`: the users and their two-factor status.
async fn index(req: HttpRequest, tf: web::Data<TwoFactor>) -> Result<HttpResponse, TwoFactorError> {
    let root = AdminRoot::of(&req);
    let query = web::Query::<IndexQuery>::from_query(req.query_string())
        .map(web::Query::into_inner)
        .unwrap_or_default();
    let wanted = query
        .username
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let mut lookup_failed = None;
    if let Some(username) = wanted {
        match tf.users.get_by_username(username).await? {
            Some(user) => return Ok(redirect(&root.user(&user.id))),
            None => lookup_failed = Some(username.to_owned()),
        }
    }
    let (users, can_list) = match tf.users.list_users().await {
        Ok(users) => (users, true),
        Err(StoreError::Database(e)) => return Err(e.into()),
        Err(e) => {
            tracing::info!(error = %e, "the user store cannot list users; admin shows the look-up only");
            (Vec::new(), false)
        }
    };
    let total = users.len();
    let listed: Vec<User> = users.into_iter().take(MAX_LISTED_USERS).collect();
    // The listed users' status in one query per device table, not one per user.
    let enabled = tf
        .devices
        .with_device(listed.iter().map(|u| u.id.clone()).collect())
        .await?;
    let rows: Vec<UserRow> = listed
        .into_iter()
        .map(|user| UserRow {
            two_factor: enabled.contains(&user.id),
            url: root.user(&user.id),
            user,
        })
        .collect();
    let mut ctx = base_context(&req)?;
    ctx.insert("admin_index_url", &root.index());
    ctx.insert("users", &rows);
    ctx.insert("total_users", &total);
    ctx.insert("can_list", &can_list);
    ctx.insert("lookup_failed", &lookup_failed);
    render(&tf, "two_factor/admin/index.html", &ctx, StatusCode::OK)
}

/// The user a path names, or 404.
async fn user_of(tf: &TwoFactor, path: web::Path<String>) -> Result<User, TwoFactorError> {
    let id = path.into_inner();
    tf.users
        .get_user(&id)
        .await?
        .ok_or(TwoFactorError::NotFound)
}

/// A device as the user page shows it.
fn device_row(device: &Device, current: Option<DeviceRef>) -> serde_json::Value {
    let mut ctx = device.context();
    let throttle = device.throttle();
    ctx["failure_count"] = throttle.failure_count.into();
    ctx["is_current"] = (current == Some(device.device_ref())).into();
    ctx
}

/// GET `<prefix>/users/{id}/`: the user's devices and the actions on them.
async fn user_page(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    path: web::Path<String>,
) -> Result<HttpResponse, TwoFactorError> {
    let root = AdminRoot::of(&req);
    let user = user_of(&tf, path).await?;
    let current = req.otp_device();
    let devices: Vec<_> = tf
        .devices
        .list(&user.id)
        .await?
        .iter()
        .map(|d| device_row(d, current))
        .collect();
    let static_device = tf
        .devices
        .static_device(&user.id)
        .await?
        .map(|d| device_row(&Device::Static(d), current));
    let backup_phones: Vec<_> = tf
        .devices
        .backup_phones(&user.id)
        .await?
        .into_iter()
        .map(|p| Device::Challenge(p).context())
        .collect();
    let session = req.get_session();
    let notice: Option<String> = session.get(NOTICE_KEY).ok().flatten();
    session.remove(NOTICE_KEY);
    let user_url = root.user(&user.id);
    let mut ctx = base_context(&req)?;
    ctx.insert("admin_index_url", &root.index());
    ctx.insert("remove_device_url", &format!("{user_url}remove-device/"));
    ctx.insert("reset_url", &format!("{user_url}reset/"));
    ctx.insert("reset_throttle_url", &format!("{user_url}reset-throttle/"));
    ctx.insert(
        "reauth_minutes",
        &tf.reauthentication_window().as_secs().div_ceil(60),
    );
    ctx.insert("two_factor", &tf.devices.has_device(&user.id).await?);
    ctx.insert("subject", &user);
    ctx.insert("devices", &devices);
    ctx.insert("static_device", &static_device);
    ctx.insert(
        "backup_tokens",
        &tf.devices.backup_token_count(&user.id).await?,
    );
    ctx.insert("backup_phones", &backup_phones);
    ctx.insert("notice", &notice);
    ctx.insert("end_sessions_url", &format!("{user_url}end-sessions/"));
    ctx.insert(
        "untrust_browsers_url",
        &format!("{user_url}untrust-browsers/"),
    );
    let sessions: Vec<_> = crate::flows::sessions::live(&tf, &user.id)
        .await?
        .iter()
        .map(|r| {
            serde_json::json!({
                "id": r.id,
                "browser": r.describe_agent(),
                "kind": r.kind,
                "address": r.address,
                "created": crate::dates::format_ms(r.created_at),
                "last_seen": crate::dates::format_ms(r.last_seen_at),
            })
        })
        .collect();
    ctx.insert("sessions", &sessions);
    let trusted: Vec<_> = tf
        .trusted
        .list(&user.id)
        .await?
        .iter()
        .map(|g| {
            serde_json::json!({
                "id": g.id,
                "browser": g.describe_agent(),
                "address": g.address,
                "granted": crate::dates::format_ms(g.created_at),
                "expires": crate::dates::format_ms(g.expires_at),
            })
        })
        .collect();
    ctx.insert("trusted", &trusted);
    render(&tf, "two_factor/admin/user.html", &ctx, StatusCode::OK)
}

/// The staff user the middleware let in (every action runs behind it).
fn actor(req: &HttpRequest) -> Result<User, TwoFactorError> {
    req.extensions()
        .get::<AdminUser>()
        .map(|a| a.0.clone())
        .ok_or(TwoFactorError::NotConfigured)
}

fn set_notice(session: &Session, notice: &str) {
    let _ = session.insert(NOTICE_KEY, notice);
}

/// What an action may go on with: the staff user acting, the user acted upon, the posted
/// form and the session.
struct Action {
    actor: User,
    subject: User,
    post: PostData,
    session: Session,
    /// The subject's page, where the action redirects to.
    page: String,
}

/// The checks every action makes, in order, as an extractor: the CSRF token, the subject
/// `{id}` exists (else 404), and the staff user proved who they are within the
/// re-authentication window (else the rejection is a redirect to re-authenticate, coming
/// back to the subject's page, with nothing changed).
impl FromRequest for Action {
    type Error = actix_web::Error;
    type Future = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let body = web::Bytes::from_request(req, payload);
        let req = req.clone();
        Box::pin(async move {
            let body = body.await?;
            let tf = req
                .app_data::<web::Data<TwoFactor>>()
                .cloned()
                .ok_or(TwoFactorError::NotConfigured)?;
            Ok(begin_action(&req, &body, &tf).await?)
        })
    }
}

async fn begin_action(
    req: &HttpRequest,
    body: &web::Bytes,
    tf: &TwoFactor,
) -> Result<Action, Rejection> {
    let session = req.get_session();
    let post = PostData::parse(body);
    csrf::check(&session, &post)?;
    let id = req.match_info().query("id").to_owned();
    let subject = tf
        .users
        .get_user(&id)
        .await
        .map_err(TwoFactorError::from)?
        .ok_or(TwoFactorError::NotFound)?;
    let actor = actor(req)?;
    let page = AdminRoot::of(req).user(&subject.id);
    if let Some(detour) = recent_auth_required_then(tf, req, &page) {
        tracing::info!(admin = %actor.id, user = %subject.id, path = %req.path(),
            "admin action needs a recent re-authentication");
        return Err(Rejection::Answer(Box::new(detour)));
    }
    Ok(Action {
        actor,
        subject,
        post,
        session,
        page,
    })
}

/// The posted `device` when it is one of the subject's confirmed devices, else 404.
async fn posted_device(tf: &TwoFactor, action: &Action) -> Result<Device, TwoFactorError> {
    let device: DeviceRef = action
        .post
        .get("device")
        .and_then(|d| d.parse().ok())
        .ok_or(TwoFactorError::NotFound)?;
    tf.devices
        .get(&action.subject.id, device)
        .await?
        .ok_or(TwoFactorError::NotFound)
}

/// Records a completed action in the audit log (target `two_factor::audit`) and sends
/// [`Signal::AdminAction`].
async fn audit(tf: &TwoFactor, action: Action, kind: AdminActionKind, device: Option<String>) {
    tracing::info!(
        target: "two_factor::audit",
        actor = %action.actor.id,
        actor_username = %action.actor.username,
        subject = %action.subject.id,
        subject_username = %action.subject.username,
        action = %kind.as_str(),
        device = %device.as_deref().unwrap_or("-"),
        "admin action"
    );
    tf.signals
        .send(Signal::AdminAction {
            actor: action.actor,
            subject: action.subject,
            action: kind,
            device,
        })
        .await;
}

/// POST `<prefix>/users/{id}/remove-device/`: removes the posted `device` of that user;
/// a malformed, unknown or foreign device is 404.
async fn remove_device(
    tf: web::Data<TwoFactor>,
    action: Action,
) -> Result<HttpResponse, TwoFactorError> {
    let found = posted_device(&tf, &action).await?;
    let device = found.device_ref();
    if !tf.devices.remove(&action.subject.id, device).await? {
        return Err(TwoFactorError::NotFound);
    }
    set_notice(
        &action.session,
        &crate::i18n::tr_args(
            "admin-notice-removed",
            &[
                ("device", found.describe().into()),
                ("id", device.to_string().into()),
            ],
        ),
    );
    let page = action.page.clone();
    tf.signals
        .send(Signal::DeviceRemoved {
            user: action.subject.clone(),
            persistent_id: device.to_string(),
        })
        .await;
    audit(
        &tf,
        action,
        AdminActionKind::RemoveDevice,
        Some(device.to_string()),
    )
    .await;
    Ok(redirect(&page))
}

/// POST `<prefix>/users/{id}/reset-throttle/`: clears the failed attempts and back-off of
/// the posted `device` of that user (a device locked by failures); a malformed, unknown or
/// foreign device is 404.
async fn reset_throttle(
    tf: web::Data<TwoFactor>,
    action: Action,
) -> Result<HttpResponse, TwoFactorError> {
    let found = posted_device(&tf, &action).await?;
    let device = found.device_ref();
    if !tf
        .devices
        .reset_throttle(&action.subject.id, device)
        .await?
    {
        return Err(TwoFactorError::NotFound);
    }
    set_notice(
        &action.session,
        &crate::i18n::tr_args(
            "admin-notice-failures-reset",
            &[
                ("device", found.describe().into()),
                ("id", device.to_string().into()),
            ],
        ),
    );
    let page = action.page.clone();
    audit(
        &tf,
        action,
        AdminActionKind::ResetThrottling,
        Some(device.to_string()),
    )
    .await;
    Ok(redirect(&page))
}

/// POST `<prefix>/users/{id}/reset/`: removes every device of the user (a locked-out
/// user logs in with the password alone and sets up again). `two_factor_disabled` is sent
/// when the user had a device or backup tokens.
async fn reset(tf: web::Data<TwoFactor>, action: Action) -> Result<HttpResponse, TwoFactorError> {
    let user = &action.subject;
    let had_any = !tf.devices.list(&user.id).await?.is_empty()
        || tf.devices.static_device(&user.id).await?.is_some();
    tf.devices.remove_all(&user.id).await?;
    set_notice(
        &action.session,
        &crate::i18n::tr_args(
            "admin-notice-reset",
            &[("username", user.username.as_str().into())],
        ),
    );
    let page = action.page.clone();
    if had_any {
        tf.signals
            .send(Signal::TwoFactorDisabled { user: user.clone() })
            .await;
    }
    audit(&tf, action, AdminActionKind::ResetTwoFactor, None).await;
    Ok(redirect(&page))
}

/// POST `<prefix>/users/{id}/end-sessions/`: ends the posted `session` of that user, or
/// with none posted every session (each at its next request, on every instance); a
/// malformed or foreign session is 404.
async fn end_sessions(
    tf: web::Data<TwoFactor>,
    action: Action,
) -> Result<HttpResponse, TwoFactorError> {
    let user = action.subject.id.clone();
    let (count, target) = match action.post.get("session") {
        Some(id) => {
            let id = id.parse::<i64>().map_err(|_| TwoFactorError::NotFound)?;
            if !tf.records.revoke(&user, id).await? {
                return Err(TwoFactorError::NotFound);
            }
            (1, Some(format!("session/{id}")))
        }
        None => (tf.records.revoke_all(&user, None).await?, None),
    };
    set_notice(
        &action.session,
        &crate::i18n::tr_args("admin-notice-sessions-ended", &[("count", count.into())]),
    );
    let page = action.page.clone();
    audit(&tf, action, AdminActionKind::EndSessions, target).await;
    Ok(redirect(&page))
}

/// POST `<prefix>/users/{id}/untrust-browsers/`: takes back the posted `grant` of that
/// user, or with none posted all of them; a malformed or foreign grant is 404.
async fn untrust_browsers(
    tf: web::Data<TwoFactor>,
    action: Action,
) -> Result<HttpResponse, TwoFactorError> {
    let user = action.subject.id.clone();
    let (count, target) = match action.post.get("grant") {
        Some(id) => {
            let id = id.parse::<i64>().map_err(|_| TwoFactorError::NotFound)?;
            match tf.trusted.revoke(&user, Some(id)).await? {
                0 => return Err(TwoFactorError::NotFound),
                n => (n, Some(format!("trusted_browser/{id}"))),
            }
        }
        None => (tf.trusted.revoke(&user, None).await?, None),
    };
    set_notice(
        &action.session,
        &crate::i18n::tr_args("admin-notice-untrusted", &[("count", count.into())]),
    );
    let page = action.page.clone();
    audit(&tf, action, AdminActionKind::RevokeTrustedBrowsers, target).await;
    Ok(redirect(&page))
}
