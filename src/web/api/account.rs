//! The account operations: `devices`, `device_remove`, `totp_setup`, `totp_confirm`,
//! `backup_tokens`, `phone_add`, `phone_confirm` and `disable`, over the same use cases as
//! the HTML views (`flows/setup.rs`, `flows/phone.rs`, `flows/account.rs`).

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::answer::{DeviceInfo, SessionAnswer, devices_of, respond, respond_session};
use super::auth::TokenBody;
use super::client::Client;
use super::extract::Json;
use super::guard::{Body, delivery_error, parse_body, token_field, verification_error};
use super::problem::{ApiError, Code, Problem};
use crate::devices::{Device, DeviceKind, DeviceRef, Verification};
use crate::flows::phone::{PhoneBegin, PhoneConfirm, begin_phone, confirm_phone};
use crate::flows::setup as setup_flow;
use crate::flows::setup::{begin_generator, finish_setup};
use crate::signals::Signal;
use crate::web::forms::{self, TokenInput};
use crate::web::guards::{LoginRequired, RecentLogin, Sensitive, Verified};
use crate::web::middleware::OtpExt;
use crate::web::site::TwoFactor;
use crate::web::urls::Route;

/// The user's devices.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "devices": [{"id": "totp/1", "kind": "totp", "method": "generator",
                 "description": "Authenticator app", "name": "default"},
                {"id": "static/1", "kind": "static", "method": "backup",
                 "description": "Backup tokens", "name": "backup"}],
    "backup_tokens": 10
}))]
pub(crate) struct DevicesAnswer {
    /// The confirmed devices (and the backup tokens while some remain).
    pub(crate) devices: Vec<DeviceInfo>,
    /// How many backup tokens remain.
    pub(crate) backup_tokens: i64,
}

/// A TOTP setup started: what the authenticator app needs.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({
    "device": "totp/2",
    "secret": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    "otpauth_url": "otpauth://totp/example.com:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=example.com&digits=6",
    "qr_url": "/account/two_factor/qrcode/",
    "digits": 6
}))]
pub(crate) struct TotpSetupAnswer {
    /// The unconfirmed device.
    pub(crate) device: String,
    /// The secret, base32, for typing in.
    pub(crate) secret: String,
    /// The `otpauth://` URI (what the QR code holds).
    pub(crate) otpauth_url: String,
    /// The QR code as SVG (same session; an app may draw `otpauth_url` itself).
    pub(crate) qr_url: String,
    /// Digits per token.
    pub(crate) digits: u8,
}

/// New backup tokens (shown once) or how many remain.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"tokens": ["abcd2345", "efgh6723"], "remaining": 2}))]
pub(crate) struct BackupTokensAnswer {
    /// The new tokens: only in the answer that made them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) tokens: Vec<String>,
    /// How many remain.
    pub(crate) remaining: i64,
}

/// `phone_add`'s body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"number": "+31 6 12345678", "method": "sms"}))]
pub(crate) struct PhoneBody {
    /// The number, with its country code (`+31…` or `0031…`).
    pub(crate) number: String,
    /// `sms` or `call` (what the site offers).
    pub(crate) method: String,
}

/// A device added or about to be.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"device": {"id": "phone/2", "method": "sms", "name": "backup"}}))]
pub(crate) struct DeviceAnswer {
    /// The device.
    pub(crate) device: DeviceInfo,
}

async fn devices_answer(
    tf: &TwoFactor,
    user: &crate::users::User,
) -> Result<DevicesAnswer, ApiError> {
    Ok(DevicesAnswer {
        devices: devices_of(tf, user)
            .await?
            .iter()
            .map(DeviceInfo::of)
            .collect(),
        backup_tokens: tf.devices.backup_token_count(&user.id).await?,
    })
}

/// The user's devices. A user with a device needs a verified session.
#[utoipa::path(get, path = "/devices", operation_id = "devices", tag = "account",
    responses(
        (status = 200, description = "The devices", body = DevicesAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn devices(
    req: HttpRequest,
    _client: Client,
    LoginRequired(user, _): LoginRequired<Json>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    if !req.is_verified() && tf.devices.has_device(&user.id).await? {
        return Err(ApiError::new(
            Code::VerificationRequired,
            crate::i18n::tr("api-verification-required"),
        ));
    }
    respond(&req, StatusCode::OK, &devices_answer(&tf, &user).await?)
}

/// Removes a backup phone, an authenticator app while another stays (removing the main
/// app makes the oldest other one the main app) or a security key added beside the main
/// device (the only main device goes with `disable`). Sensitive.
#[utoipa::path(delete, path = "/devices/{kind}/{id}", operation_id = "device_remove", tag = "account",
    params(
        ("kind" = String, Path, description = "The first part of the device's id (`phone` for a backup phone, `totp` for an authenticator app, `webauthn` for a key)"),
        ("id" = i64, Path, description = "The number after the `/`: `DELETE …/devices/phone/2` removes `phone/2`"),
    ),
    responses(
        (status = 200, description = "Removed; the devices left", body = DevicesAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`, `reauthentication_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: not one of the user's backup phones, apps (while another stays) or additional keys", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn device_remove(
    req: HttpRequest,
    _client: Client,
    Sensitive(user, _): Sensitive<Json>,
    path: web::Path<(String, String)>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let (kind, id) = path.into_inner();
    // Any spelling that is not a device's id (`phone/x`, `phone/007`) is simply not found.
    let target = format!("{kind}/{id}").parse::<DeviceRef>().ok();
    let removed = match target {
        Some(r) if r.kind == DeviceKind::Phone => {
            tf.devices.remove_backup_phone(&user.id, r.id).await?
        }
        // Any of several authenticator apps (the oldest other one becomes the main app).
        Some(r) if r.kind == DeviceKind::Totp => tf.devices.remove_app(&user.id, r.id).await?,
        // A key added beside the main device (the main one goes with `disable`).
        Some(r) if r.kind == DeviceKind::WebAuthn => match tf.devices.get(&user.id, r).await? {
            Some(Device::WebAuthn(key)) if key.name != crate::devices::webauthn::PRIMARY_NAME => {
                tf.devices.remove(&user.id, r).await?
            }
            _ => false,
        },
        _ => false,
    };
    if !removed {
        return Err(ApiError::new(
            Code::NotFound,
            crate::i18n::tr("api-no-removable-device"),
        ));
    }
    tf.signals
        .send(Signal::DeviceRemoved {
            user: user.clone(),
            persistent_id: format!("{kind}/{id}"),
        })
        .await;
    respond(&req, StatusCode::OK, &devices_answer(&tf, &user).await?)
}

/// `device_rename`'s body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Work phone"}))]
pub(crate) struct RenameBody {
    /// What the user calls the device: at most 64 characters, no control characters
    /// (empty: shown by what it is; a key gets "Security key" or "Passkey").
    pub(crate) name: String,
}

/// Renames one of the user's devices (what they call it, shown as `label`); its role
/// (`default`, `backup`) does not change. Needs a verified session.
#[utoipa::path(patch, path = "/devices/{kind}/{id}", operation_id = "device_rename", tag = "account",
    params(
        ("kind" = String, Path, description = "The first part of the device's id: `totp`, `phone`, `email`, `static` or `webauthn`"),
        ("id" = i64, Path, description = "The number after the `/`"),
    ),
    request_body = RenameBody,
    responses(
        (status = 200, description = "Renamed; the devices", body = DevicesAnswer),
        (status = 400, description = "`bad_request`: the name is too long or holds control characters", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: not one of the user's devices", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`unavailable`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn device_rename(
    req: HttpRequest,
    _client: Client,
    Verified(user, _): Verified<Json>,
    path: web::Path<(String, String)>,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let body: RenameBody = parse_body(&body)?;
    let (kind, id) = path.into_inner();
    let not_found = || ApiError::new(Code::NotFound, crate::i18n::tr("api-no-such-device"));
    let target = format!("{kind}/{id}")
        .parse::<DeviceRef>()
        .map_err(|_| not_found())?;
    let fallback = match target.kind {
        DeviceKind::WebAuthn => crate::i18n::tr("webauthn-kind-security-key"),
        _ => String::new(),
    };
    let label = crate::devices::webauthn::clean_label(&body.name, &fallback).map_err(|reason| {
        ApiError::new(
            Code::BadRequest,
            crate::devices::webauthn::label_message(reason),
        )
    })?;
    if !tf.devices.rename(&user.id, target, label).await? {
        return Err(not_found());
    }
    respond(&req, StatusCode::OK, &devices_answer(&tf, &user).await?)
}

/// 409 when the user already has a device; setup is for users without one.
async fn not_yet_enabled(tf: &TwoFactor, user: &crate::users::User) -> Result<(), ApiError> {
    match tf.devices.has_device(&user.id).await? {
        true => Err(ApiError::new(
            Code::AlreadyEnabled,
            crate::i18n::tr("api-already-enabled"),
        )),
        false => Ok(()),
    }
}

/// `totp_setup`'s body (optional: no body starts the main app's setup).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Tablet"}))]
pub(crate) struct TotpSetupBody {
    /// What the user calls the app: at most 64 characters, no control characters. With
    /// a device already enabled, adds one more authenticator app by this name (needs a
    /// verified session); codes from any of the user's apps then log in.
    #[serde(default)]
    pub(crate) name: Option<String>,
}

/// A device's name as the user gave it (`bad_request` when too long or with control
/// characters).
fn clean_name(name: &str) -> Result<String, ApiError> {
    crate::devices::webauthn::clean_label(name, "").map_err(|reason| {
        ApiError::new(
            Code::BadRequest,
            crate::devices::webauthn::label_message(reason),
        )
    })
}

/// Starts an authenticator-app setup: a new secret (the device stays unconfirmed until
/// `totp_confirm`). For a user without a device: the main app, after a recent password
/// check. With `name`, a user who has two-factor authentication adds one more app (a
/// verified session and a recent password check).
#[utoipa::path(post, path = "/totp/setup", operation_id = "totp_setup", tag = "account",
    request_body(content = Option<TotpSetupBody>, description = "Optional: `name` adds another app"),
    responses(
        (status = 200, description = "The secret", body = TotpSetupAnswer),
        (status = 400, description = "`bad_request`: the name is too long or holds control characters", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`reauthentication_required`, `verification_required` (adding an app) or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_enabled`: the user has a device and gave no `name`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn totp_setup(
    req: HttpRequest,
    _client: Client,
    RecentLogin(user, _): RecentLogin<Json>,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let body: TotpSetupBody = if body.iter().all(u8::is_ascii_whitespace) {
        TotpSetupBody::default()
    } else {
        parse_body(&body)?
    };
    let label = body.name.as_deref().map(clean_name).transpose()?;
    let main = !tf.devices.has_device(&user.id).await?;
    if !main {
        if label.is_none() {
            return Err(ApiError::new(
                Code::AlreadyEnabled,
                crate::i18n::tr("api-already-enabled"),
            ));
        }
        if !req.is_verified() {
            return Err(ApiError::new(
                Code::VerificationRequired,
                crate::i18n::tr("api-verification-required"),
            ));
        }
    }
    let session = req.get_session();
    let device = begin_generator(&tf, &session, &user, main, label.unwrap_or_default()).await?;
    let answer = TotpSetupAnswer {
        device: device.device_ref().to_string(),
        secret: device.secret_base32(),
        otpauth_url: device.config_url(tf.totp_issuer(), &user.username),
        qr_url: tf.urls[Route::Qr].to_owned(),
        digits: device.digits as u8,
    };
    respond(&req, StatusCode::OK, &answer)
}

/// Confirms the setup with a first token. The main app becomes the user's and the session
/// is verified with it (renewed: apps get a new `session_token`); an additional app joins
/// the user's devices.
#[utoipa::path(post, path = "/totp/confirm", operation_id = "totp_confirm", tag = "account",
    request_body = TokenBody,
    responses(
        (status = 200, description = "`authenticated`, verified", body = SessionAnswer),
        (status = 400, description = "`invalid_token` or `bad_request`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`reauthentication_required`, `verification_required` (adding an app) or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: no setup in progress (call `totp_setup`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`already_enabled`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`throttled`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn totp_confirm(
    req: HttpRequest,
    _client: Client,
    RecentLogin(user, _): RecentLogin<Json>,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let body: TokenBody = parse_body(&body)?;
    let session = req.get_session();
    let pending = match crate::flows::setup::state(&session)
        .filter(|s| s.step() == setup_flow::SetupStep::Generator)
        .and_then(|s| s.device_id)
    {
        Some(id) => tf.devices.pending_setup(&user.id, id).await?,
        None => None,
    };
    let device = pending
        .ok_or_else(|| ApiError::new(Code::NotFound, crate::i18n::tr("api-no-totp-setup")))?;
    let main = device.name == "default";
    if main {
        not_yet_enabled(&tf, &user).await?;
    } else if !req.is_verified() {
        return Err(ApiError::new(
            Code::VerificationRequired,
            crate::i18n::tr("api-verification-required"),
        ));
    }
    let field = token_field(&body.token)?;
    let input = forms::parse_token(field, device.digits as u8);
    let outcome = match &input {
        TokenInput::Token(token) => {
            tf.devices
                .confirm_setup(&user.id, device.id, Some(token.clone()))
                .await?
        }
        _ => Verification::Invalid,
    };
    let device = Device::Totp(device);
    if outcome != Verification::Verified {
        return Err(verification_error(
            &tf,
            &user,
            &device,
            outcome,
            &input,
            forms::invalid_setup_token(),
        )
        .await);
    }
    if main {
        finish_setup(&tf, &session, &user, &device).await?;
    } else {
        setup_flow::finish_additional_app(&tf, &session, &user, &device).await;
    }
    let answer = SessionAnswer::authenticated(&tf, &req, &user, true).await?;
    respond_session(&req, answer)
}

/// Ten new backup tokens, shown once (the old ones stop working). Sensitive.
#[utoipa::path(post, path = "/backup-tokens", operation_id = "backup_tokens", tag = "account",
    responses(
        (status = 200, description = "The new tokens", body = BackupTokensAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`, `reauthentication_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn backup_tokens(
    req: HttpRequest,
    _client: Client,
    Sensitive(user, _): Sensitive<Json>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let tokens = crate::flows::account::new_backup_tokens(&tf, &user).await?;
    let remaining = tokens.len() as i64;
    respond(
        &req,
        StatusCode::OK,
        &BackupTokensAnswer { tokens, remaining },
    )
}

/// How many backup tokens remain (GET on `backup_tokens`' path; OpenAPI needs its own
/// operationId).
#[utoipa::path(get, path = "/backup-tokens", operation_id = "backup_tokens_remaining", tag = "account",
    responses(
        (status = 200, description = "How many remain (no tokens)", body = BackupTokensAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn backup_tokens_remaining(
    req: HttpRequest,
    _client: Client,
    Verified(user, _): Verified<Json>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let remaining = tf.devices.backup_token_count(&user.id).await?;
    respond(
        &req,
        StatusCode::OK,
        &BackupTokensAnswer {
            tokens: Vec::new(),
            remaining,
        },
    )
}

/// Adds a backup phone and sends it a code (`phone_confirm` completes it). Sensitive.
#[utoipa::path(post, path = "/phones", operation_id = "phone_add", tag = "account",
    request_body = PhoneBody,
    responses(
        (status = 200, description = "The code is on its way; the unconfirmed phone", body = DeviceAnswer),
        (status = 400, description = "`bad_request`: an invalid number or method", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`, `reauthentication_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: the site sends no texts or calls", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`throttled`: the sending limit is reached", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`unavailable`: the gateway refused", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn phone_add(
    req: HttpRequest,
    _client: Client,
    Sensitive(user, _): Sensitive<Json>,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let body: PhoneBody = parse_body(&body)?;
    if tf.phone_methods().is_empty() {
        return Err(ApiError::new(
            Code::NotFound,
            crate::i18n::tr("api-no-phone-methods"),
        ));
    }
    let session = req.get_session();
    match begin_phone(&tf, &session, &user, &body.number, Some(&body.method)).await? {
        PhoneBegin::BadMethod => {
            let offered: Vec<&str> = tf.phone_methods().iter().map(|m| m.as_str()).collect();
            Err(ApiError::new(
                Code::BadRequest,
                crate::i18n::tr_args(
                    "api-method-choice",
                    &[("methods", offered.join(", ").into())],
                ),
            ))
        }
        PhoneBegin::BadNumber(message) => Err(ApiError::new(Code::BadRequest, message)),
        PhoneBegin::NotSent(delivery) => {
            delivery_error(delivery)?;
            Err(ApiError::new(
                Code::Unavailable,
                crate::i18n::tr("api-code-not-sent"),
            ))
        }
        PhoneBegin::Sent { device, .. } => respond(
            &req,
            StatusCode::OK,
            &DeviceAnswer {
                device: DeviceInfo::of(&Device::Challenge(device)),
            },
        ),
    }
}

/// The code sent by `phone_add`: the phone becomes a backup phone. Sensitive.
#[utoipa::path(post, path = "/phones/confirm", operation_id = "phone_confirm", tag = "account",
    request_body = TokenBody,
    responses(
        (status = 200, description = "The backup phone", body = DeviceAnswer),
        (status = 400, description = "`invalid_token` or `bad_request`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`, `reauthentication_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: no phone waits for its code", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn phone_confirm(
    req: HttpRequest,
    _client: Client,
    Sensitive(user, _): Sensitive<Json>,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let body: TokenBody = parse_body(&body)?;
    let session = req.get_session();
    let field = token_field(&body.token)?;
    match confirm_phone(&tf, &session, &user, field).await? {
        PhoneConfirm::NoPending => Err(ApiError::new(
            Code::NotFound,
            crate::i18n::tr("api-no-phone-setup"),
        )),
        PhoneConfirm::Wrong {
            outcome: Some(outcome),
            device,
            ..
        } => {
            let device = Device::Challenge(device);
            let input = TokenInput::Token(body.token.clone());
            Err(verification_error(
                &tf,
                &user,
                &device,
                outcome,
                &input,
                forms::invalid_setup_token(),
            )
            .await)
        }
        PhoneConfirm::Wrong { error, .. } => Err(ApiError::new(
            Code::InvalidToken,
            error.unwrap_or_else(|| forms::invalid_setup_token().to_owned()),
        )),
        PhoneConfirm::Added(device) => respond(
            &req,
            StatusCode::OK,
            &DeviceAnswer {
                device: DeviceInfo::of(&Device::Challenge(device)),
            },
        ),
    }
}

/// Turns two-factor authentication off: every device removed. Sensitive.
#[utoipa::path(post, path = "/disable", operation_id = "disable", tag = "account",
    responses(
        (status = 200, description = "`authenticated`, no longer verified", body = SessionAnswer),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`, `reauthentication_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn disable(
    req: HttpRequest,
    _client: Client,
    Sensitive(user, _): Sensitive<Json>,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let session = req.get_session();
    crate::flows::account::disable_two_factor(&tf, &session, &user).await?;
    let answer = SessionAnswer::authenticated(&tf, &req, &user, false).await?;
    respond_session(&req, answer)
}
