//! WebAuthn in the web layer: the browser script, the JSON options endpoints (POST with
//! CSRF) and the profile pages to add and remove keys. The answers themselves come back
//! through ordinary form posts (the login wizard's token step, the setup wizard, the add
//! page, the login page's passkey form), so a key verifies a login exactly like a token.
//!
//! A ceremony's state lives in the session under [`STATE_KEY`] and is taken out before
//! the answer is checked: one answer per challenge.

use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, X_CONTENT_TYPE_OPTIONS};
use actix_web::{HttpRequest, HttpResponse, web};

use super::{base_context, current_user, render};
use crate::devices::webauthn::CeremonyState;
use crate::devices::{Device, DeviceKind, DeviceRef};
use crate::errors::TwoFactorError;
use crate::signals::{DeviceInfo, Signal};
use crate::users::User;
use crate::web::csrf;
use crate::web::forms::PostData;
use crate::web::guards::{Post, Sensitive};
use crate::web::middleware::OtpExt;
use crate::web::redirects::redirect;
use crate::web::site::TwoFactor;
use crate::web::urls::Route;

/// Session key of the ceremony in progress.
pub(crate) use crate::flows::webauthn::{no_ceremony, save_state, settings, take_state};

const SCRIPT: &str = include_str!("../../../static/two_factor/webauthn.js");
const CREATE_TEMPLATE: &str = "two_factor/webauthn/create.html";

/// "Press the button and follow your browser's instructions.", in the current language.
pub(crate) fn press_the_button() -> String {
    crate::i18n::tr("webauthn-press-button")
}

/// GET the browser script.
pub(crate) async fn script() -> HttpResponse {
    let mut response = HttpResponse::Ok().body(SCRIPT);
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/javascript; charset=utf-8"),
    );
    headers.insert(
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}

pub(crate) use crate::web::relying_party::relying_party;

/// GET `/.well-known/webauthn`: the related origins document (WebAuthn Level 3's Related
/// Origin Requests), `{"origins": [...]}`, when the site names related origins; 404
/// otherwise. Browsers fetch it from the RP id's host to let pages on those other domains
/// use this site's passkeys.
pub(crate) async fn well_known(tf: web::Data<TwoFactor>) -> Result<HttpResponse, TwoFactorError> {
    let settings = settings(&tf)?;
    if settings.related_origins.is_empty() {
        return Err(TwoFactorError::NotFound);
    }
    Ok(HttpResponse::Ok()
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .insert_header((X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .json(serde_json::json!({ "origins": settings.related_origins })))
}

/// What a page needs to offer WebAuthn: the warning when the origin cannot work.
pub(crate) fn page_context(tf: &TwoFactor, req: &HttpRequest) -> serde_json::Value {
    match tf.webauthn() {
        Some(settings) => serde_json::json!({
            "problem": relying_party(settings, req).err(),
            "passkey_login": settings.passkey_login,
        }),
        None => serde_json::Value::Null,
    }
}

fn json(status: StatusCode, body: serde_json::Value) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((CACHE_CONTROL, "no-store"))
        .json(body)
}

fn json_error(status: StatusCode, message: &str) -> HttpResponse {
    json(status, serde_json::json!({ "error": message }))
}

fn options_answer(
    session: &Session,
    options: serde_json::Value,
    state: &CeremonyState,
) -> Result<HttpResponse, TwoFactorError> {
    save_state(session, state)?;
    Ok(json(
        StatusCode::OK,
        serde_json::json!({ "publicKey": options }),
    ))
}

/// POST `webauthn_register_options`: options to add a key (`passkey=1`: a passkey).
/// Setting up the first device needs a login (and a recent password, as the setup wizard
/// does); adding to an account that has two-factor authentication needs a verified
/// session and a recent re-authentication; passkeys are added from the profile only.
pub(crate) async fn register_options(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let settings = settings(&tf)?;
    let session = req.get_session();
    let post = PostData::parse(&body);
    csrf::check(&session, &post)?;
    let Some(user) = current_user(&tf, &req).await? else {
        return Ok(json_error(
            StatusCode::FORBIDDEN,
            &crate::i18n::tr("webauthn-log-in-first"),
        ));
    };
    let passkey = post.get("passkey") == Some("1");
    let has_device = tf.devices.has_device(&user.id).await?;
    if (has_device || passkey) && !req.is_verified() {
        return Ok(json_error(
            StatusCode::FORBIDDEN,
            &crate::i18n::tr("webauthn-verify-first"),
        ));
    }
    if super::recent_auth_required(&tf, &req).is_some() {
        return Ok(json_error(
            StatusCode::FORBIDDEN,
            &crate::i18n::tr("webauthn-reauth-first"),
        ));
    }
    let rp = match relying_party(settings, &req) {
        Ok(rp) => rp,
        Err(problem) => return Ok(json_error(StatusCode::BAD_REQUEST, &problem)),
    };
    let (options, state) = tf
        .devices
        .begin_webauthn_registration(settings, &rp, &user.id, &user.username, passkey)
        .await?;
    options_answer(&session, options, &state)
}

/// POST `webauthn_login_options`: options for the token step of the login in progress,
/// or, for a logged-in user, for re-authentication (`two_factor:reauth`).
pub(crate) async fn login_options(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let settings = settings(&tf)?;
    let session = req.get_session();
    let post = PostData::parse(&body);
    csrf::check(&session, &post)?;
    let timeout = tf.login_timeout().as_secs() as i64;
    let pending = crate::flows::login::pending(&session)
        .filter(|p| !p.timed_out(tf.clock.now_secs(), timeout))
        .map(|p| p.user_id);
    let user_id = match pending {
        Some(user_id) => user_id,
        None => match current_user(&tf, &req).await? {
            Some(user) => user.id,
            None => {
                return Ok(json_error(
                    StatusCode::FORBIDDEN,
                    &crate::i18n::tr("webauthn-login-timed-out"),
                ));
            }
        },
    };
    let rp = match relying_party(settings, &req) {
        Ok(rp) => rp,
        Err(problem) => return Ok(json_error(StatusCode::BAD_REQUEST, &problem)),
    };
    let (options, state) = tf
        .devices
        .begin_webauthn_assertion(settings, &rp, Some(&user_id))
        .await?;
    options_answer(&session, options, &state)
}

/// POST `webauthn_passkey_options`: options for a passkey login (no user yet).
pub(crate) async fn passkey_options(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let settings = settings(&tf)?;
    let session = req.get_session();
    let post = PostData::parse(&body);
    csrf::check(&session, &post)?;
    if !settings.passkey_login {
        return Err(TwoFactorError::NotFound);
    }
    let rp = match relying_party(settings, &req) {
        Ok(rp) => rp,
        Err(problem) => return Ok(json_error(StatusCode::BAD_REQUEST, &problem)),
    };
    let (options, state) = tf
        .devices
        .begin_webauthn_assertion(settings, &rp, None)
        .await?;
    options_answer(&session, options, &state)
}

/// GET `webauthn_create`: the page to add a security key or a passkey.
pub(crate) async fn create_get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Sensitive(user, _): Sensitive,
) -> Result<HttpResponse, TwoFactorError> {
    settings(&tf)?;
    render_create(&tf, &req, &user, "", None)
}

/// POST `webauthn_create`: the browser's answer (`webauthn-credential`) and the name.
pub(crate) async fn create_post(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user, _),
        form: post,
    }: Post<Sensitive>,
) -> Result<HttpResponse, TwoFactorError> {
    let settings = settings(&tf)?;
    let session = req.get_session();
    let label = post.get("webauthn-label").unwrap_or("");
    let credential = post.get("webauthn-credential").unwrap_or("");
    if credential.is_empty() {
        return render_create(&tf, &req, &user, label, Some(&press_the_button()));
    }
    let Some(state) = take_state(&session) else {
        return render_create(&tf, &req, &user, label, Some(&no_ceremony()));
    };
    let added = tf
        .devices
        .finish_webauthn_registration(settings, state, &user.id, label, false, credential)
        .await?;
    match added {
        Ok(device) => {
            let device = Device::WebAuthn(device);
            tf.signals
                .send(Signal::DeviceAdded {
                    user: user.clone(),
                    device: DeviceInfo::of(&device),
                })
                .await;
            Ok(redirect(&tf.urls[Route::Profile]))
        }
        Err(error) => render_create(&tf, &req, &user, label, Some(&error.message())),
    }
}

fn render_create(
    tf: &TwoFactor,
    req: &HttpRequest,
    user: &User,
    label: &str,
    error: Option<&str>,
) -> Result<HttpResponse, TwoFactorError> {
    let mut ctx = base_context(req)?;
    ctx.insert("webauthn", &page_context(tf, req));
    ctx.insert("label", label);
    ctx.insert("error", &error);
    ctx.insert("user", user);
    render(tf, CREATE_TEMPLATE, &ctx, StatusCode::OK)
}

/// POST `webauthn_delete`: removes one of the user's additional keys (the primary key
/// goes with "Disable two-factor authentication"); 404 for anything else.
pub(crate) async fn delete(
    path: web::Path<String>,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user, _),
        ..
    }: Post<Sensitive>,
) -> Result<HttpResponse, TwoFactorError> {
    let id: i64 = path
        .parse()
        .ok()
        .filter(|id| *id > 0)
        .ok_or(TwoFactorError::NotFound)?;
    let device = DeviceRef {
        kind: DeviceKind::WebAuthn,
        id,
    };
    match tf.devices.get(&user.id, device).await? {
        Some(Device::WebAuthn(d)) if d.name != crate::devices::webauthn::PRIMARY_NAME => {}
        _ => return Err(TwoFactorError::NotFound),
    }
    if !tf.devices.remove(&user.id, device).await? {
        return Err(TwoFactorError::NotFound);
    }
    tf.signals
        .send(Signal::DeviceRemoved {
            user,
            persistent_id: device.to_string(),
        })
        .await;
    Ok(redirect(&tf.urls[Route::Profile]))
}

/// The profile's rows for the security keys among `devices`.
pub(crate) fn key_rows_of(
    tf: &TwoFactor,
    devices: &[crate::devices::Device],
) -> Vec<serde_json::Value> {
    devices
        .iter()
        .filter_map(|device| match device {
            crate::devices::Device::WebAuthn(d) => Some((device, d)),
            _ => None,
        })
        .map(|(device, d)| {
            let removable = d.name != crate::devices::webauthn::PRIMARY_NAME;
            serde_json::json!({
                "persistent_id": d.device_ref().to_string(),
                "label": d.label.clone(),
                "is_passkey": d.is_passkey,
                "details": d.details(),
                "is_primary": !removable,
                "created": crate::dates::format_ms(d.created_at),
                "last_used": d.last_used_at.map(crate::dates::format_ms),
                "rename": super::apps::rename_form(tf, device, d.label.clone()),
                "delete_url": removable
                    .then(|| format!("{}{}/", &tf.urls[Route::WebauthnDelete], d.id)),
            })
        })
        .collect()
}
