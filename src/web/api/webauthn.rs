//! Security keys and passkeys in the JSON API: `webauthn_register_options` and
//! `webauthn_register` (add a key or a passkey), `webauthn_login_options` (for the login's
//! token step, answered through `login_token`'s `webauthn`, and for `reauthenticate`),
//! `passkey_login_options` and `passkey_login` (no password).
//!
//! Options go out as WebAuthn Level 3's JSON forms under `publicKey`
//! (`PublicKeyCredentialCreationOptionsJSON`, `PublicKeyCredentialRequestOptionsJSON`),
//! for `PublicKeyCredential.parseCreationOptionsFromJSON()` in a browser or the platform's
//! API in an app; answers come back as `PublicKeyCredential.toJSON()` gives them. The
//! ceremonies are the HTML pages' (`flows/webauthn.rs`): one answer per challenge, the
//! same counting, throttling and signals.
//!
//! A browser keeps the ceremony's state in its session. An app client keeps it in its app
//! session once logged in; before that (a passkey login) the state is parked on the server
//! by its challenge (`devices/webauthn/pending.rs`), since anonymous app requests start no
//! session.

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::answer::{SessionAnswer, respond, respond_session};
use super::client::Client;
use super::extract::Json;
use super::guard::{Body, parse_body};
use super::problem::{ApiError, Code, Problem};
use crate::devices::Device;
use crate::devices::webauthn::{CeremonyState, RelyingParty, WebAuthnSettings};
use crate::errors::TwoFactorError;
use crate::flows::webauthn::{PasskeyLogin, save_state, take_state};
use crate::signals::{DeviceInfo, Signal};
use crate::web::guards::RecentLogin;
use crate::web::middleware::OtpExt;
use crate::web::session::log_in;
use crate::web::site::TwoFactor;

/// `webauthn_register_options`'s body (may be empty).
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"passkey": true}))]
pub(crate) struct RegisterOptionsBody {
    /// A passkey (discoverable, user-verified: it also signs in without a password)
    /// rather than a security key for the second step.
    #[serde(default)]
    pub(crate) passkey: bool,
}

/// `webauthn_register`'s body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "name": "Blue key",
    "credential": {"id": "…", "rawId": "…", "type": "public-key",
        "response": {"clientDataJSON": "…", "attestationObject": "…", "transports": ["usb"]},
        "clientExtensionResults": {}}
}))]
pub(crate) struct RegisterBody {
    /// The new credential, as `PublicKeyCredential.toJSON()` gives it
    /// (`RegistrationResponseJSON`).
    #[schema(value_type = Object)]
    pub(crate) credential: serde_json::Map<String, serde_json::Value>,
    /// What the user calls it (at most 64 characters; default "Security key" or
    /// "Passkey").
    #[serde(default)]
    pub(crate) name: String,
}

/// `passkey_login`'s body.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "credential": {"id": "…", "rawId": "…", "type": "public-key",
        "response": {"clientDataJSON": "…", "authenticatorData": "…", "signature": "…",
            "userHandle": "…"},
        "clientExtensionResults": {}}
}))]
pub(crate) struct PasskeyBody {
    /// The assertion, as `PublicKeyCredential.toJSON()` gives it
    /// (`AuthenticationResponseJSON`).
    #[schema(value_type = Object)]
    pub(crate) credential: serde_json::Map<String, serde_json::Value>,
}

/// Options for `navigator.credentials.create()` or `.get()`.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"publicKey": {"challenge": "…", "rpId": "example.com",
    "allowCredentials": [], "userVerification": "preferred", "timeout": 300000}}))]
pub(crate) struct OptionsAnswer {
    /// `PublicKeyCredentialCreationOptionsJSON` or `PublicKeyCredentialRequestOptionsJSON`.
    #[serde(rename = "publicKey")]
    #[schema(value_type = Object)]
    pub(crate) public_key: serde_json::Value,
}

/// The settings, or `not_found` while the site has no WebAuthn.
fn settings(tf: &TwoFactor) -> Result<&WebAuthnSettings, ApiError> {
    tf.webauthn()
        .ok_or_else(|| ApiError::new(Code::NotFound, crate::i18n::tr("api-webauthn-off")))
}

/// The relying party of the request, or `bad_request` saying why its origin cannot use
/// WebAuthn.
fn relying_party(settings: &WebAuthnSettings, req: &HttpRequest) -> Result<RelyingParty, ApiError> {
    crate::web::relying_party::relying_party(settings, req)
        .map_err(|problem| ApiError::new(Code::BadRequest, problem))
}

fn options(req: &HttpRequest, public_key: serde_json::Value) -> Result<HttpResponse, ApiError> {
    respond(req, StatusCode::OK, &OptionsAnswer { public_key })
}

/// Options to add a security key or a passkey to the logged-in user's account. The first
/// device (a key or a passkey) needs a recent password check, as the setup wizard does;
/// another one a verified session and a recent re-authentication.
#[utoipa::path(post, path = "/webauthn/register/options", operation_id = "webauthn_register_options", tag = "webauthn",
    request_body(content = RegisterOptionsBody, description = "May be empty"),
    responses(
        (status = 200, description = "The options", body = OptionsAnswer),
        (status = 400, description = "`bad_request`: the body, or an origin WebAuthn cannot use", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`, `reauthentication_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: security keys are not enabled", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`unavailable`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn register_options(
    req: HttpRequest,
    _client: Client,
    RecentLogin(user, _): RecentLogin<Json>,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let settings = settings(&tf)?;
    let body: RegisterOptionsBody = match body.iter().all(u8::is_ascii_whitespace) {
        true => RegisterOptionsBody::default(),
        false => parse_body(&body)?,
    };
    // The first device may be a passkey (the account then signs in with it alone);
    // adding to an account with two-factor authentication needs a verified session.
    let has_device = tf.devices.has_device(&user.id).await?;
    if has_device && !req.is_verified() {
        return Err(ApiError::new(
            Code::VerificationRequired,
            crate::i18n::tr("webauthn-verify-first"),
        ));
    }
    let rp = relying_party(settings, &req)?;
    let (public_key, state) = tf
        .devices
        .begin_webauthn_registration(settings, &rp, &user.id, &user.username, body.passkey)
        .await?;
    save_state(&req.get_session(), &state)?;
    options(&req, public_key)
}

/// Adds the key the authenticator made from `webauthn_register_options`. As the first
/// device it completes the setup: the session is verified with it (renewed: apps get a
/// new `session_token`).
#[utoipa::path(post, path = "/webauthn/register", operation_id = "webauthn_register", tag = "webauthn",
    request_body = RegisterBody,
    responses(
        (status = 200, description = "`authenticated`, with the new key among the devices", body = SessionAnswer),
        (status = 400, description = "`invalid_token`: the authenticator's answer was refused (the message says why), or `bad_request`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`not_authenticated` or `session_expired`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`verification_required`, `reauthentication_required` or `csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: no registration in progress, or security keys are not enabled", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`unavailable`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn register(
    req: HttpRequest,
    _client: Client,
    RecentLogin(user, _): RecentLogin<Json>,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let settings = settings(&tf)?;
    let body: RegisterBody = parse_body(&body)?;
    let session = req.get_session();
    let has_device = tf.devices.has_device(&user.id).await?;
    if has_device && !req.is_verified() {
        return Err(ApiError::new(
            Code::VerificationRequired,
            crate::i18n::tr("webauthn-verify-first"),
        ));
    }
    let Some(state) = take_state(&session) else {
        return Err(ApiError::new(
            Code::NotFound,
            crate::flows::webauthn::no_ceremony(),
        ));
    };
    let added = tf
        .devices
        .finish_webauthn_registration(
            settings,
            state,
            &user.id,
            &body.name,
            !has_device,
            &serde_json::Value::Object(body.credential).to_string(),
        )
        .await?;
    let device =
        Device::WebAuthn(added.map_err(|e| ApiError::new(Code::InvalidToken, e.message()))?);
    if has_device {
        tf.signals
            .send(Signal::DeviceAdded {
                user: user.clone(),
                device: DeviceInfo::of(&device),
            })
            .await;
    } else {
        crate::flows::setup::finish_setup(&tf, &session, &user, &device).await?;
    }
    let verified = !has_device || req.is_verified();
    let answer = SessionAnswer::authenticated(&tf, &req, &user, verified).await?;
    respond_session(&req, answer)
}

/// Options for a key at the login's token step (answer with `login_token`'s `webauthn`),
/// or, logged in, for `reauthenticate`.
#[utoipa::path(post, path = "/webauthn/login/options", operation_id = "webauthn_login_options", tag = "webauthn",
    responses(
        (status = 200, description = "The options (the user's keys allowed)", body = OptionsAnswer),
        (status = 400, description = "`bad_request`: an origin WebAuthn cannot use", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`session_expired`: no login waits for a token and nobody is logged in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: security keys are not enabled", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`unavailable`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn login_options(
    req: HttpRequest,
    _client: Client,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let settings = settings(&tf)?;
    let session = req.get_session();
    let timeout = tf.login_timeout().as_secs() as i64;
    let pending = crate::flows::login::pending(&session)
        .filter(|p| !p.timed_out(tf.clock.now_secs(), timeout))
        .map(|p| p.user_id);
    let user_id = match pending {
        Some(user_id) => user_id,
        None => match req.otp_state().user_id {
            Some(user_id) => user_id,
            None => {
                return Err(ApiError::new(
                    Code::SessionExpired,
                    crate::i18n::tr("webauthn-login-timed-out"),
                ));
            }
        },
    };
    let rp = relying_party(settings, &req)?;
    let (public_key, state) = tf
        .devices
        .begin_webauthn_assertion(settings, &rp, Some(&user_id))
        .await?;
    save_state(&session, &state)?;
    options(&req, public_key)
}

/// Options for signing in with a passkey alone (no username, no password).
#[utoipa::path(post, path = "/passkey/login/options", operation_id = "passkey_login_options", tag = "webauthn",
    params(("X-Client" = Option<String>, Header, description = "`app` for an app client (the answer then starts its session)")),
    responses(
        (status = 200, description = "The options (discoverable credentials)", body = OptionsAnswer),
        (status = 400, description = "`bad_request`: an origin WebAuthn cannot use", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: passkey login is not enabled", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`throttled`: this client address has ten passkey logins waiting for their answers (with `retry_after` and `Retry-After`; app clients only)", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`unavailable`: storage failed, or too many passkey logins wait for their answers (then with `retry_after` and `Retry-After`)", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn passkey_options(
    req: HttpRequest,
    client: Client,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let settings = settings(&tf)?;
    if !settings.passkey_login {
        return Err(ApiError::new(
            Code::NotFound,
            crate::i18n::tr("api-passkey-off"),
        ));
    }
    let rp = relying_party(settings, &req)?;
    let (public_key, state) = tf
        .devices
        .begin_webauthn_assertion(settings, &rp, None)
        .await?;
    match client {
        Client::App => park(&tf, settings, state, &req).await?,
        Client::Browser => save_state(&req.get_session(), &state)?,
    }
    options(&req, public_key)
}

/// Parks an app client's passkey ceremony (it has no session to keep it in): a client
/// address with too many parked is `throttled`, a full table `unavailable`, both with the
/// seconds until the first of them frees its place.
async fn park(
    tf: &TwoFactor,
    settings: &WebAuthnSettings,
    state: CeremonyState,
    req: &HttpRequest,
) -> Result<(), ApiError> {
    use crate::devices::webauthn::pending::Parked;
    let address = crate::web::client::client_address(&tf.throttling, req);
    let now = tf.clock().now_ms();
    match tf
        .devices
        .park_webauthn_state(settings, state, &address)
        .await?
    {
        Parked::Yes => Ok(()),
        Parked::ClientFull { retry_at_ms } => Err(ApiError::throttled(
            crate::i18n::tr("api-overloaded"),
            crate::throttling::ceil_secs(retry_at_ms.saturating_sub(now)),
        )),
        Parked::Full { retry_at_ms } => Err(TwoFactorError::Overloaded {
            retry_after: std::time::Duration::from_millis(
                retry_at_ms.saturating_sub(now).max(0) as u64
            ),
        }
        .into()),
    }
}

/// Signs in with a passkey: both factors at once (the authenticator verified the user).
/// App clients send `X-Client: app` and get `session_token`.
#[utoipa::path(post, path = "/passkey/login", operation_id = "passkey_login", tag = "webauthn",
    request_body = PasskeyBody,
    params(("X-Client" = Option<String>, Header, description = "`app` starts an app session (the answer's `session_token`)")),
    responses(
        (status = 200, description = "`authenticated`, verified", body = SessionAnswer),
        (status = 400, description = "`invalid_credentials`: the passkey was refused (the message says why), or `bad_request`", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "`csrf_failed`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`not_found`: passkey login is not enabled", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`unavailable`", body = Problem, content_type = "application/problem+json"),
    ))]
pub(crate) async fn passkey_login(
    req: HttpRequest,
    client: Client,
    Body(body): Body,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, ApiError> {
    let settings = settings(&tf)?;
    if !settings.passkey_login {
        return Err(ApiError::new(
            Code::NotFound,
            crate::i18n::tr("api-passkey-off"),
        ));
    }
    let body: PasskeyBody = parse_body(&body)?;
    let answer = serde_json::Value::Object(body.credential).to_string();
    let session = req.get_session();
    crate::flows::login::forget_pending(&session);
    let state = match client {
        Client::App => tf.devices.claim_webauthn_state(&answer).await?,
        Client::Browser => take_state(&session),
    };
    match crate::flows::webauthn::passkey_login(&tf, state, &answer).await? {
        PasskeyLogin::Verified { user, device } => {
            log_in(&tf, &req, &user, Some(device.as_ref())).await?;
            let answer = SessionAnswer::authenticated(&tf, &req, &user, true).await?;
            respond_session(&req, answer)
        }
        PasskeyLogin::Refused(message) => Err(ApiError::new(Code::InvalidCredentials, message)),
    }
}
