//! The login and session operations: `session`, `login`, `login_token`, `challenge`,
//! `logout` and `reauthenticate`. Each one is an adapter over the use cases the HTML views
//! call too (`flows/login.rs`, `flows/reauth.rs`): one password check with its throttling,
//! one pending login with its timeout and stamp, one token verification.

use actix_identity::IdentityExt;
use actix_session::SessionExt;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::answer::{SessionAnswer, devices_of, respond_session};
use super::client::Client;
use super::extract::Json;
use super::guard::{Body, parse_body, token_field, verification_error};
use super::problem::{ApiError, Code, Problem};
use crate::devices::{Device, DeviceRef, Verification};
use crate::flows::login::PendingLogin;
use crate::flows::login::{
    PasswordCheck, PendingCheck, begin_pending, forget_pending, load_pending,
    pending as pending_login, save_pending, verify_token,
};
use crate::flows::reauth::{ReauthOutcome, reauthenticate as shared_reauthenticate};
use crate::users::User;
use crate::web::forms::{self, TokenInput};
use crate::web::guards::LoginRequired;
use crate::web::remembered_device::{add_removals, remembered_device};
use crate::web::session::WebSession;
use crate::web::session::{check_password, log_in};
use crate::web::site::TwoFactor;

/// `login`'s body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "alice", "password": "correct horse battery staple"}))]
pub(crate) struct LoginBody {
    /// The username.
    pub(crate) username: String,
    /// The password.
    pub(crate) password: String,
}

/// `login_token`'s and `totp_confirm`'s body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"token": "123456"}))]
pub(crate) struct TokenBody {
    /// The token: 6 (or 8) digits from the device, or a backup token. `login_token` takes
    /// `webauthn` instead for a security key.
    #[serde(default)]
    pub(crate) token: String,
    /// `login_token`: a security key's answer instead of a token, as
    /// `PublicKeyCredential.toJSON()` gives it, for the options of `webauthn_login_options`.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    #[cfg_attr(not(feature = "webauthn"), allow(dead_code))]
    pub(crate) webauthn: Option<serde_json::Map<String, serde_json::Value>>,
    /// `login_token`: the device the token comes from (an `id` from the session answer's
    /// `devices`); default: the device chosen with `challenge`, else the default device,
    /// or the backup tokens when the token is not that device's format.
    #[serde(default)]
    pub(crate) device: Option<String>,
    /// `login_token`, browser clients: remember this browser (skip the token step for a
    /// while), when the site enables it.
    #[serde(default)]
    pub(crate) remember: bool,
}

/// `challenge`'s body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"device": "phone/2"}))]
pub(crate) struct ChallengeBody {
    /// The phone or e-mail device to send a code to (an `id` from `devices`).
    pub(crate) device: String,
}

/// `reauthenticate`'s body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"password": "correct horse battery staple", "token": "123456"}))]
pub(crate) struct ReauthBody {
    /// The password.
    pub(crate) password: String,
    /// A token from the default device (required when the user has one).
    #[serde(default)]
    pub(crate) token: Option<String>,
    /// When the default device is a security key: its answer (as
    /// `PublicKeyCredential.toJSON()` gives it) for the options of `webauthn_login_options`.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub(crate) webauthn: Option<serde_json::Map<String, serde_json::Value>>,
}

/// The current state of the session (creates the browser's CSRF token).
#[utoipa::path(get, path = "/session", operation_id = "session", tag = "session",
    responses(
        (status = 200, description = "The session", body = SessionAnswer),
        (status = 401, description = "`session_expired`: the app's session token is unknown or expired", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn session(
    req: HttpRequest,
    _client: Client,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let answer = SessionAnswer::current(&tf, &req).await?;
    respond_session(&req, answer)
}

/// Username and password. Answers `token_required` (a phone or e-mail default device has
/// been sent its code) or `authenticated`. App clients send `X-Client: app` and get
/// `session_token`.
#[utoipa::path(post, path = "/login", operation_id = "login", tag = "session",
    request_body = LoginBody,
    params(("X-Client" = Option<String>, Header, description = "`app` starts an app session (the answer's `session_token`); leave it out in a browser")),
    responses(
        (status = 200, description = "`token_required` or `authenticated`", body = SessionAnswer),
        (status = 400, description = "`invalid_credentials` or `bad_request`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`throttled` (with `retry_after` and `Retry-After`)", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`unavailable`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn login(
    req: HttpRequest,
    client: Client,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let body: LoginBody = parse_body(&body)?;
    let session = req.get_session();
    forget_pending(&session);
    if body.username.trim().is_empty() || body.password.is_empty() {
        return Err(ApiError::new(
            Code::BadRequest,
            crate::i18n::tr("api-credentials-required"),
        ));
    }
    let user = match check_password(&tf, &req, &body.username, &body.password).await? {
        PasswordCheck::Valid(user) => user,
        PasswordCheck::Invalid { .. } => {
            return Err(ApiError::new(
                Code::InvalidCredentials,
                forms::invalid_login(),
            ));
        }
        PasswordCheck::Refused { retry_after_secs } => {
            return Err(ApiError::throttled(
                crate::throttling::client_refused_message(retry_after_secs),
                retry_after_secs,
            ));
        }
    };
    let Some(device) = tf.devices.default_device(&user.id).await? else {
        log_in(&tf, &req, &user, None).await?;
        let answer = SessionAnswer::authenticated(&tf, &req, &user, false).await?;
        return respond_session(&req, answer);
    };
    if client == Client::Browser {
        let (remembered, removals) = remembered_device(&tf, &req, &user, &device).await?;
        if let Some(d) = remembered {
            log_in(&tf, &req, &user, Some(&d)).await?;
            let answer = SessionAnswer::authenticated(&tf, &req, &user, true).await?;
            let mut response = respond_session(&req, answer)?;
            add_removals(&tf, &mut response, &removals);
            return Ok(response);
        }
    }
    begin_pending(&tf, &session, &user, "").await?;
    tracing::info!(user = %user.id, outcome = "success", client = ?client, "API password step; second factor required");
    if let Device::Challenge(d) = &device {
        // The default device is a phone or an address: its code goes out now, as on the
        // login page. A failed delivery still leaves the other devices to choose from.
        let _ = crate::delivery::send_challenge(&tf, &session, &user, d).await?;
    }
    let devices = devices_of(&tf, &user).await?;
    respond_session(&req, SessionAnswer::token_required(&user, &devices))
}

/// The pending login, checked (timeout, user, stamp, devices), or `session_expired`.
async fn pending(
    tf: &TwoFactor,
    req: &HttpRequest,
) -> Result<(PendingLogin, User, Vec<Device>, Device), ApiError> {
    let session = req.get_session();
    let expired = || {
        ApiError::new(
            Code::SessionExpired,
            crate::i18n::tr("api-no-pending-login"),
        )
    };
    let pending: PendingLogin = pending_login(&session).ok_or_else(expired)?;
    match load_pending(tf, &session, &pending).await? {
        PendingCheck::Ready(ready) => Ok((pending, ready.user, ready.devices, ready.device)),
        PendingCheck::TimedOut => Err(ApiError::new(Code::SessionExpired, forms::timed_out())),
        PendingCheck::Ended => Err(expired()),
    }
}

/// The token of the pending login (or a backup token). Answers `authenticated`.
#[utoipa::path(post, path = "/login/token", operation_id = "login_token", tag = "session",
    request_body = TokenBody,
    responses(
        (status = 200, description = "`authenticated`, verified", body = SessionAnswer),
        (status = 400, description = "`invalid_token` or `bad_request`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`session_expired`: no pending login (timed out)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: `device` is not one of the user's", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`throttled`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn login_token(
    req: HttpRequest,
    client: Client,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let body: TokenBody = parse_body(&body)?;
    let (_, user, _, chosen) = pending(&tf, &req).await?;
    let session = req.get_session();
    #[cfg(feature = "webauthn")]
    if let Some(answer) = &body.webauthn {
        return key_answer(&tf, &req, client, &user, &chosen, answer, body.remember).await;
    }
    let field = token_field(&body.token)?;
    let candidates = devices_of(&tf, &user).await?;
    let device = match &body.device {
        Some(id) => id
            .parse::<DeviceRef>()
            .ok()
            .and_then(|r| candidates.iter().find(|d| d.device_ref() == r))
            .cloned()
            .ok_or_else(|| ApiError::new(Code::NotFound, crate::i18n::tr("api-no-such-device")))?,
        None => match chosen.parse_token(field) {
            TokenInput::Token(_) => chosen,
            // Not the chosen device's format: a backup token, when the user has some.
            _ => candidates
                .iter()
                .find(|d| matches!(d, Device::Static(_)))
                .cloned()
                .unwrap_or(chosen),
        },
    };
    let input = device.parse_token(field);
    let (outcome, device) = verify_token(&tf, &session, &user, &device, &input).await?;
    if outcome != Verification::Verified {
        return Err(verification_error(
            &tf,
            &user,
            &device,
            outcome,
            &input,
            forms::invalid_token(),
        )
        .await);
    }
    log_in(&tf, &req, &user, Some(&device)).await?;
    let answer = SessionAnswer::authenticated(&tf, &req, &user, true).await?;
    let mut response = respond_session(&req, answer)?;
    if body.remember && client == Client::Browser {
        crate::web::remembered_device::remember_this_browser(
            &tf,
            &req,
            &mut response,
            &user,
            &device,
        )
        .await?;
    }
    Ok(response)
}

/// `login_token` with a security key's answer: checked like the page's token step (the
/// ceremony from `webauthn_login_options`, one answer per challenge, failures counted and
/// signalled), then the login completes as with a token.
#[cfg(feature = "webauthn")]
async fn key_answer(
    tf: &TwoFactor,
    req: &HttpRequest,
    client: Client,
    user: &User,
    chosen: &Device,
    answer: &serde_json::Map<String, serde_json::Value>,
    remember: bool,
) -> Result<HttpResponse, ApiError> {
    let session = req.get_session();
    let outcome = crate::flows::webauthn::answer_token_step(
        tf,
        &session,
        user,
        chosen,
        &serde_json::Value::Object(answer.clone()).to_string(),
    )
    .await?;
    if let Some(message) = outcome.message {
        return Err(match outcome.verification {
            Verification::Throttled { .. } => {
                verification_error(
                    tf,
                    user,
                    &outcome.used,
                    outcome.verification,
                    &TokenInput::Empty,
                    &message,
                )
                .await
            }
            _ => ApiError::new(Code::InvalidToken, message),
        });
    }
    let device = outcome.used;
    log_in(tf, req, user, Some(&device)).await?;
    let answer = SessionAnswer::authenticated(tf, req, user, true).await?;
    let mut response = respond_session(req, answer)?;
    if remember && client == Client::Browser {
        crate::web::remembered_device::remember_this_browser(tf, req, &mut response, user, &device)
            .await?;
    }
    Ok(response)
}

/// Sends a code to one of the pending login's phone or e-mail devices; `login_token`
/// then checks it against that device.
#[utoipa::path(post, path = "/login/challenge", operation_id = "challenge", tag = "session",
    request_body = ChallengeBody,
    responses(
        (status = 200, description = "The code is on its way (`token_required`)", body = SessionAnswer),
        (status = 401, description = "`session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: not one of the user's phone or e-mail devices", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`throttled`: a code went out a moment ago, or the sending limit is reached", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`unavailable`: the gateway or mail server refused", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn challenge(
    req: HttpRequest,
    _client: Client,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let body: ChallengeBody = parse_body(&body)?;
    let (mut pending, user, devices, _) = pending(&tf, &req).await?;
    let session = req.get_session();
    let picked = body
        .device
        .parse::<DeviceRef>()
        .ok()
        .and_then(|r| devices.iter().find(|d| d.device_ref() == r))
        .and_then(|d| match d {
            Device::Challenge(c) => Some(c.clone()),
            _ => None,
        })
        .ok_or_else(|| ApiError::new(Code::NotFound, crate::i18n::tr("api-no-challenge-device")))?;
    pending.device = Some(picked.device_ref().to_string());
    save_pending(&session, &pending)?;
    let delivery = crate::delivery::send_challenge(&tf, &session, &user, &picked).await?;
    super::guard::delivery_error(delivery)?;
    let devices = devices_of(&tf, &user).await?;
    respond_session(&req, SessionAnswer::token_required(&user, &devices))
}

/// Logs out (an app's session token stops working).
#[utoipa::path(post, path = "/logout", operation_id = "logout", tag = "session",
    responses(
        (status = 200, description = "`anonymous`", body = SessionAnswer),
        (status = 403, description = "`csrf_failed`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn logout(
    req: HttpRequest,
    client: Client,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    if let Ok(identity) = req.get_identity() {
        tracing::info!(user = ?identity.id().ok(), "user logged out (API)");
    }
    let session = req.get_session();
    crate::flows::sessions::close_record(&tf, &session).await?;
    match client {
        // The app's session is deleted: its token stops working.
        Client::App => session.purge(),
        // A browser gets a new, empty session (the old one deleted from the store) holding
        // only a fresh CSRF token, so the page can log in again without asking `session`.
        Client::Browser => {
            session.clear();
            session.renew();
        }
    }
    respond_session(&req, SessionAnswer::anonymous())
}

/// Confirms the password (and a token from the default device) before sensitive
/// operations; `reauthentication_expires` says until when it holds.
#[utoipa::path(post, path = "/reauthenticate", operation_id = "reauthenticate", tag = "session",
    request_body = ReauthBody,
    responses(
        (status = 200, description = "Re-authenticated", body = SessionAnswer),
        (status = 400, description = "`invalid_credentials`, `invalid_token` or `bad_request`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`not_authenticated`, or `session_expired` (logged out after too many wrong passwords)", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`throttled`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn reauthenticate(
    req: HttpRequest,
    _client: Client,
    LoginRequired(user, _): LoginRequired<Json>,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let body: ReauthBody = parse_body(&body)?;
    if body.password.is_empty() {
        return Err(ApiError::new(
            Code::BadRequest,
            crate::i18n::tr("api-password-required"),
        ));
    }
    let device = tf.devices.default_device(&user.id).await?;
    let token = body.token.unwrap_or_default();
    let field = token_field(&token)?;
    let key_answer = body
        .webauthn
        .map(|v| serde_json::Value::Object(v).to_string())
        .unwrap_or_default();
    match shared_reauthenticate(
        &tf,
        &WebSession::of(&req),
        &user,
        &body.password,
        device.as_ref(),
        |device| match device {
            Device::WebAuthn(_) if !key_answer.is_empty() => {
                crate::devices::token_input::Field::One(&key_answer)
            }
            _ => field,
        },
    )
    .await?
    {
        ReauthOutcome::Done => {
            let verified = crate::web::middleware::OtpExt::is_verified(&req);
            let answer = SessionAnswer::authenticated(&tf, &req, &user, verified).await?;
            respond_session(&req, answer)
        }
        ReauthOutcome::LoggedOut => Err(ApiError::new(
            Code::SessionExpired,
            crate::throttling::logged_out_message(),
        )),
        ReauthOutcome::Refused { retry_after_secs } => Err(ApiError::throttled(
            crate::throttling::reauth_refused_message(retry_after_secs),
            retry_after_secs,
        )),
        ReauthOutcome::WrongPassword => Err(ApiError::new(
            Code::InvalidCredentials,
            crate::flows::reauth::wrong_password(),
        )),
        ReauthOutcome::WrongToken { outcome, input } => {
            let device =
                device.ok_or_else(|| ApiError::new(Code::InvalidToken, forms::invalid_token()))?;
            Err(
                verification_error(&tf, &user, &device, outcome, &input, forms::invalid_token())
                    .await,
            )
        }
        // A security key's answer in `webauthn` (options from `webauthn_login_options`).
        #[cfg(feature = "webauthn")]
        ReauthOutcome::WrongKey { message } => Err(ApiError::new(Code::InvalidToken, message)),
    }
}
