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
//! `App::new().configure(two_factor::admin::configure_admin("/admin"))` mounts, behind the
//! middleware above:
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

use std::future::{Ready, ready};
use std::rc::Rc;

use actix_session::{Session, SessionExt};
use actix_web::body::EitherBody;
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::StatusCode;
use actix_web::{Error, HttpMessage, HttpRequest, HttpResponse, ResponseError, web};
use futures_util::future::LocalBoxFuture;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::{Deserialize, Serialize};

use crate::csrf;
use crate::decorators::redirect_to_otp_login;
use crate::devices::{Device, DeviceRef};
use crate::errors::TwoFactorError;
use crate::forms::PostData;
use crate::middleware::OtpExt;
use crate::redirects::{is_safe_next, redirect, redirect_to_login, safe_next_or, with_query};
use crate::settings::TwoFactor;
use crate::signals::{AdminActionKind, Signal};
use crate::urls;
use crate::users::{StoreError, User};
use crate::views::{NextQuery, base_context, recent_auth_required_then, render, request_target};

/// Session key of the one-time notice the user page shows after an action.
const NOTICE_KEY: &str = "two_factor.admin.notice";

/// Most users the index lists; the look-up by username finds the others.
pub const MAX_LISTED_USERS: usize = 200;

/// Characters escaped in a user id used as a path segment.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

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
    ) -> Result<Result<Option<User>, HttpResponse>, TwoFactorError> {
        let login_url = self.login_url.as_deref().unwrap_or(tf.login_url());
        if let Some(index) = admin_login_index(req) {
            if !self.patch_admin {
                return Ok(Ok(None));
            }
            let query = NextQuery::from_request(req.request());
            let fallback = if is_safe_next(&index) {
                index.as_str()
            } else {
                tf.login_redirect_url()
            };
            let next = safe_next_or(query.next.as_deref(), fallback);
            return Ok(Err(redirect_to_login(login_url, "next", next)));
        }
        let target = request_target(req.request());
        let to_login = || redirect_to_otp_login(req.request(), login_url, "next");
        let state = req.otp_state();
        let Some(user_id) = state.user_id.as_deref() else {
            return Ok(Err(to_login()));
        };
        let Some(user) = tf.users.get_user(user_id).await? else {
            return Ok(Err(to_login()));
        };
        if !(user.is_staff && user.is_active) {
            tracing::info!(user = %user.id, path = %req.path(), "admin refused: not an active staff user");
            return forbidden(tf, req.request(), &user).map(Err);
        }
        if state.is_verified() {
            return Ok(Ok(Some(user)));
        }
        if tf.devices.has_device(&user.id).await? {
            return Ok(Err(to_login()));
        }
        let setup_url = self.setup_url.as_deref().unwrap_or(urls::SETUP);
        Ok(Err(redirect(&with_query(setup_url, "next", &target))))
    }
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
    let mut ctx = base_context(tf, req)?;
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
                Ok(Ok(user)) => {
                    if let Some(user) = user {
                        req.extensions_mut().insert(AdminUser(user));
                    }
                    Ok(service.call(req).await?.map_into_left_body())
                }
                Ok(Err(resp)) => Ok(req.into_response(resp).map_into_right_body()),
                Err(e) => Ok(req.into_response(e.error_response()).map_into_right_body()),
            }
        })
    }
}

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
                .service(
                    web::resource("")
                        .route(web::get().to(to_index))
                        .default_service(web::to(method_not_allowed)),
                )
                .service(
                    web::resource("/")
                        .route(web::get().to(index))
                        .default_service(web::to(method_not_allowed)),
                )
                .service(
                    web::resource("/users/{id}/")
                        .route(web::get().to(user_page))
                        .default_service(web::to(method_not_allowed)),
                )
                .service(
                    web::resource("/users/{id}/remove-device/")
                        .route(web::post().to(remove_device))
                        .default_service(web::to(method_not_allowed)),
                )
                .service(
                    web::resource("/users/{id}/reset-throttle/")
                        .route(web::post().to(reset_throttle))
                        .default_service(web::to(method_not_allowed)),
                )
                .service(
                    web::resource("/users/{id}/reset/")
                        .route(web::post().to(reset))
                        .default_service(web::to(method_not_allowed)),
                )
                .default_service(web::to(not_found))
                .wrap(guard),
        );
    }
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
    let mut rows = Vec::with_capacity(total.min(MAX_LISTED_USERS));
    for user in users.into_iter().take(MAX_LISTED_USERS) {
        rows.push(UserRow {
            two_factor: tf.devices.has_device(&user.id).await?,
            url: root.user(&user.id),
            user,
        });
    }
    let mut ctx = base_context(&tf, &req)?;
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
    let throttle = match device {
        Device::Totp(d) => d.throttle(),
        Device::Challenge(d) => d.throttle(),
        Device::Static(d) => d.throttle(),
    };
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
    let mut ctx = base_context(&tf, &req)?;
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

/// The checks every action makes, in order: the CSRF token, the subject exists (else
/// 404), and the staff user proved who they are within the re-authentication window
/// (else a redirect to re-authenticate, coming back to the subject's page, with nothing
/// changed).
async fn begin_action(
    req: &HttpRequest,
    body: &web::Bytes,
    tf: &TwoFactor,
    path: web::Path<String>,
) -> Result<Result<Action, HttpResponse>, TwoFactorError> {
    let session = req.get_session();
    let post = PostData::parse(body);
    csrf::check(&session, &post)?;
    let subject = user_of(tf, path).await?;
    let actor = actor(req)?;
    let page = AdminRoot::of(req).user(&subject.id);
    if let Some(detour) = recent_auth_required_then(tf, req, &page) {
        tracing::info!(admin = %actor.id, user = %subject.id, path = %req.path(),
            "admin action needs a recent re-authentication");
        return Ok(Err(detour));
    }
    Ok(Ok(Action {
        actor,
        subject,
        post,
        session,
        page,
    }))
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
async fn audit(tf: &TwoFactor, action: Action, kind: AdminActionKind, device: Option<DeviceRef>) {
    let device = device.map(|d| d.to_string());
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
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
    path: web::Path<String>,
) -> Result<HttpResponse, TwoFactorError> {
    let action = match begin_action(&req, &body, &tf, path).await? {
        Ok(action) => action,
        Err(detour) => return Ok(detour),
    };
    let found = posted_device(&tf, &action).await?;
    let device = found.device_ref();
    if !tf.devices.remove(&action.subject.id, device).await? {
        return Err(TwoFactorError::NotFound);
    }
    set_notice(
        &action.session,
        &format!("Removed {} ({device}).", found.describe()),
    );
    let page = action.page.clone();
    tf.signals
        .send(Signal::DeviceRemoved {
            user: action.subject.clone(),
            persistent_id: device.to_string(),
        })
        .await;
    audit(&tf, action, AdminActionKind::RemoveDevice, Some(device)).await;
    Ok(redirect(&page))
}

/// POST `<prefix>/users/{id}/reset-throttle/`: clears the failed attempts and back-off of
/// the posted `device` of that user (a device locked by failures); a malformed, unknown or
/// foreign device is 404.
async fn reset_throttle(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
    path: web::Path<String>,
) -> Result<HttpResponse, TwoFactorError> {
    let action = match begin_action(&req, &body, &tf, path).await? {
        Ok(action) => action,
        Err(detour) => return Ok(detour),
    };
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
        &format!("Failed attempts reset for {} ({device}).", found.describe()),
    );
    let page = action.page.clone();
    audit(&tf, action, AdminActionKind::ResetThrottling, Some(device)).await;
    Ok(redirect(&page))
}

/// POST `<prefix>/users/{id}/reset/`: removes every device of the user (a locked-out
/// user logs in with the password alone and sets up again). `two_factor_disabled` is sent
/// when the user had a device or backup tokens.
async fn reset(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
    path: web::Path<String>,
) -> Result<HttpResponse, TwoFactorError> {
    let action = match begin_action(&req, &body, &tf, path).await? {
        Ok(action) => action,
        Err(detour) => return Ok(detour),
    };
    let user = &action.subject;
    let had_any = !tf.devices.list(&user.id).await?.is_empty()
        || tf.devices.static_device(&user.id).await?.is_some();
    tf.devices.remove_all(&user.id).await?;
    set_notice(
        &action.session,
        &format!("Two-factor authentication was reset for {}.", user.username),
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
