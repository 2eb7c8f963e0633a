//! The one shape of every answer about the session, and how answers are sent (JSON, never
//! cached, with the client's token headers).

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderName, HeaderValue};
use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;
use utoipa::ToSchema;

use super::client::{CSRF_HEADER, Client, issued_token};
use super::problem::ApiError;
use crate::devices::Device;
use crate::flows::login::PendingLogin;
use crate::flows::login::{PendingCheck, load_pending, pending as pending_login};
use crate::users::User;
use crate::web::csrf;
use crate::web::middleware::OtpExt;
use crate::web::site::TwoFactor;

/// Where the session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Status {
    /// Nobody is logged in and no login is pending.
    Anonymous,
    /// The password was right; a token (`login_token`) completes the login.
    TokenRequired,
    /// Logged in (`verified` says whether with a second factor).
    Authenticated,
}

/// The user, as clients see them.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub(crate) struct UserInfo {
    /// The user's id.
    pub(crate) id: String,
    /// The username.
    pub(crate) username: String,
}

/// A device, as clients see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({"id": "totp/1", "kind": "totp", "method": "generator", "description": "Authenticator app", "name": "default"}))]
pub(crate) struct DeviceInfo {
    /// The persistent id (`totp/1`, `phone/2`, `email/3`, `static/4`): what `login_token`'s
    /// `device`, `challenge` and `device_remove` take.
    pub(crate) id: String,
    /// What kind of device it is: `totp` (authenticator app), `phone`, `email`, `static`
    /// (backup tokens) or `webauthn` (security key or passkey) — the first part of `id`.
    pub(crate) kind: String,
    /// `generator` (authenticator app), `sms`, `call`, `email` or `backup` (backup tokens).
    pub(crate) method: String,
    /// The device as people see it, in the request's language: its kind and the user's
    /// name for it ("Authenticator app “Tablet”", "Text message to +31 ∗∗∗∗∗∗∗23"), what a
    /// "Try another way" list shows.
    pub(crate) description: String,
    /// `default` for the main device, `backup` for backup phones and tokens.
    pub(crate) name: String,
    /// What the user calls it (`device_rename`); absent when unnamed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) label: Option<String>,
    /// Security keys: who made the authenticator, from the bundled AAGUID list ("YubiKey 5
    /// Series", "Google Password Manager"); absent when unknown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) provider: Option<String>,
    /// Security keys: `true` for a passkey its provider syncs (backed up), `false` for a
    /// device-bound key; absent for other devices.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) synced: Option<bool>,
}

impl DeviceInfo {
    pub(crate) fn of(device: &Device) -> DeviceInfo {
        DeviceInfo {
            id: device.device_ref().to_string(),
            kind: device.device_ref().kind.as_str().to_owned(),
            method: device.method_name().to_owned(),
            description: device.describe(),
            name: device.name().to_owned(),
            label: device.label().map(str::to_owned),
            provider: match device {
                Device::WebAuthn(key) => key.provider().map(str::to_owned),
                _ => None,
            },
            synced: match device {
                Device::WebAuthn(key) => Some(key.backup_state),
                _ => None,
            },
        }
    }
}

/// The answer about the session (`session`, `login`, `login_token`, `logout`,
/// `reauthenticate`, `totp_confirm`, …).
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(example = json!({
    "status": "token_required",
    "verified": false,
    "user": {"id": "1", "username": "alice"},
    "devices": [{"id": "totp/1", "kind": "totp", "method": "generator",
                 "description": "Authenticator app", "name": "default"}],
    "reauthentication_expires": null
}))]
pub(crate) struct SessionAnswer {
    /// Where the session stands.
    pub(crate) status: Status,
    /// Whether the session passed a second factor.
    pub(crate) verified: bool,
    /// The logged-in user, or the user of the pending login; `null` when anonymous.
    pub(crate) user: Option<UserInfo>,
    /// `token_required`: the devices the user may use for the token; `authenticated`: the
    /// user's devices; `anonymous`: none.
    pub(crate) devices: Vec<DeviceInfo>,
    /// Unix seconds until which sensitive operations need no `reauthenticate`; `null`
    /// when not logged in, or when re-authentication is off.
    pub(crate) reauthentication_expires: Option<i64>,
    /// Browser clients: the CSRF token to send as `X-CSRFToken` (also in the
    /// `X-CSRFToken` response header).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) csrf_token: Option<String>,
    /// App clients: a new session token, when this answer starts or renews the session
    /// (also in the `X-Session-Token` response header). Send it as `X-Session-Token`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) session_token: Option<String>,
}

/// Every device of `user` a token may come from: the confirmed devices and the backup
/// tokens (when there are some).
pub(crate) async fn devices_of(tf: &TwoFactor, user: &User) -> Result<Vec<Device>, ApiError> {
    let mut devices = tf.devices.list(&user.id).await?;
    if let Some(d) = tf.devices.static_device(&user.id).await?
        && tf.devices.backup_token_count(&user.id).await? > 0
    {
        devices.push(Device::Static(d));
    }
    Ok(devices)
}

impl SessionAnswer {
    fn new(status: Status, verified: bool, user: Option<&User>, devices: &[Device]) -> Self {
        SessionAnswer {
            status,
            verified,
            user: user.map(|u| UserInfo {
                id: u.id.clone(),
                username: u.username.clone(),
            }),
            devices: devices.iter().map(DeviceInfo::of).collect(),
            reauthentication_expires: None,
            csrf_token: None,
            session_token: None,
        }
    }

    /// Nobody logged in.
    pub(crate) fn anonymous() -> Self {
        SessionAnswer::new(Status::Anonymous, false, None, &[])
    }

    /// A pending login waiting for a token from one of `devices`.
    pub(crate) fn token_required(user: &User, devices: &[Device]) -> Self {
        SessionAnswer::new(Status::TokenRequired, false, Some(user), devices)
    }

    /// `user` logged in.
    pub(crate) async fn authenticated(
        tf: &TwoFactor,
        req: &HttpRequest,
        user: &User,
        verified: bool,
    ) -> Result<Self, ApiError> {
        let devices = devices_of(tf, user).await?;
        let mut answer = SessionAnswer::new(Status::Authenticated, verified, Some(user), &devices);
        let window = tf.reauthentication_window().as_secs() as i64;
        if window > 0 {
            let at: Option<i64> = crate::flows::session::SessionState::get(
                &req.get_session(),
                crate::flows::session::SessionKey::AuthAt,
            );
            answer.reauthentication_expires = at.map(|at| at.saturating_add(window));
        }
        Ok(answer)
    }

    /// The session as the request found it: logged in, a pending login, or anonymous.
    pub(crate) async fn current(tf: &TwoFactor, req: &HttpRequest) -> Result<Self, ApiError> {
        let state = req.otp_state();
        if let Some(user) = crate::web::session::current_user(tf, req).await? {
            return SessionAnswer::authenticated(tf, req, &user, state.is_verified()).await;
        }
        let session = req.get_session();
        let pending: Option<PendingLogin> = pending_login(&session);
        if let Some(pending) = pending
            && let PendingCheck::Ready(ready) = load_pending(tf, &session, &pending).await?
        {
            let devices = devices_of(tf, &ready.user).await?;
            return Ok(SessionAnswer::token_required(&ready.user, &devices));
        }
        Ok(SessionAnswer::anonymous())
    }
}

/// Sends `body` as JSON with `status`, never cached, with the client's token: the CSRF
/// token for a browser (header, and `csrf_token` in a session answer), a new session
/// token for an app (header added by the middleware, `session_token` in the answer).
pub(crate) fn respond<T: Serialize>(
    req: &HttpRequest,
    status: StatusCode,
    body: &T,
) -> Result<HttpResponse, ApiError> {
    let (csrf_token, _) = tokens(req)?;
    json(status, body, csrf_token.as_deref())
}

/// [`respond`] for a session answer: its token fields filled in.
pub(crate) fn respond_session(
    req: &HttpRequest,
    mut answer: SessionAnswer,
) -> Result<HttpResponse, ApiError> {
    let (csrf_token, session_token) = tokens(req)?;
    answer.csrf_token = csrf_token.clone();
    answer.session_token = session_token;
    json(StatusCode::OK, &answer, csrf_token.as_deref())
}

fn tokens(req: &HttpRequest) -> Result<(Option<String>, Option<String>), ApiError> {
    Ok(match Client::kind(req) {
        Client::Browser => (Some(csrf::token(&req.get_session())?), None),
        Client::App => (None, issued_token(req)),
    })
}

fn json<T: Serialize>(
    status: StatusCode,
    body: &T,
    csrf_token: Option<&str>,
) -> Result<HttpResponse, ApiError> {
    let body = serde_json::to_vec(body).map_err(|e| {
        tracing::error!(error = %e, "could not serialise an API answer");
        ApiError::new(
            super::problem::Code::Unavailable,
            crate::i18n::tr("api-answer-failed"),
        )
    })?;
    let mut response = HttpResponse::with_body(status, body);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(token) = csrf_token
        && let Ok(value) = HeaderValue::from_str(token)
    {
        headers.insert(HeaderName::from_static(CSRF_HEADER), value);
    }
    Ok(response.map_into_boxed_body())
}
