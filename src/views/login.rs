//! `two_factor:login`: the login wizard, `auth` (username and password) → `token`.
//!
//! Between the steps the session holds only the user id and the time the password was
//! checked — never the password — and the token step expires after `LOGIN_TIMEOUT`.

use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::{NextQuery, base_context, complete_login, render, safe_next};
use crate::csrf;
use crate::decorators::OTP_NEXT_KEY;
use crate::devices::{TotpDevice, Verification, throttle};
use crate::errors::TwoFactorError;
use crate::forms::{self, Form, FormField, PostData, TokenInput};
use crate::redirects::{redirect, with_query};
use crate::settings::TwoFactor;
use crate::urls;
use crate::users::User;
use crate::wizard::Wizard;

const WIZARD: Wizard = Wizard {
    prefix: "login_view",
    session_key: "two_factor.login",
};
const TEMPLATE: &str = "two_factor/core/login.html";
const TOKEN_FIELD: &str = "token-otp_token";

/// What the session remembers after the password step.
#[derive(Debug, Serialize, Deserialize)]
struct Pending {
    user_id: String,
    /// Unix seconds when the password was checked.
    auth_time: i64,
    /// The safe `next` given with the password (kept in case the token form drops it).
    #[serde(default)]
    next: String,
}

/// GET: a fresh login form (a GET mid-wizard starts over, as in Django).
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    WIZARD.reset(&session);
    let next = safe_next(None, &NextQuery::from_request(&req), "");
    render_auth(&tf, &req, &next, "", &[], None)
}

/// POST: one wizard step.
pub(crate) async fn post(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    let post = PostData::parse(&body);
    csrf::check(&session, &post)?;
    let Some(step) = WIZARD.posted_step(&post) else {
        return Err(TwoFactorError::BadRequest(
            "ManagementForm data is missing or has been tampered with.",
        ));
    };
    let next = safe_next(post.get("next"), &NextQuery::from_request(&req), "");
    let pending: Option<Pending> = WIZARD.load(&session);
    match (step, pending) {
        ("auth", _) => auth_step(&tf, &req, &session, &post, &next).await,
        ("token", Some(pending)) => token_step(&tf, &req, &session, &post, &next, pending).await,
        _ => {
            // A skipped or forged step: start over.
            WIZARD.reset(&session);
            render_auth(&tf, &req, &next, "", &[], None)
        }
    }
}

async fn auth_step(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    post: &PostData,
    next: &str,
) -> Result<HttpResponse, TwoFactorError> {
    WIZARD.reset(session);
    let username = post.get("auth-username").unwrap_or("");
    let password = post.get("auth-password").unwrap_or("");
    if username.trim().is_empty() || password.is_empty() {
        let username_error = username.trim().is_empty().then_some(forms::REQUIRED);
        let password_error = password.is_empty().then_some(forms::REQUIRED);
        return render_auth(
            tf,
            req,
            next,
            username,
            &[],
            Some((username_error, password_error)),
        );
    }
    if username.len() > 150 || password.len() > 4096 {
        return render_auth(tf, req, next, "", &[forms::INVALID_LOGIN], None);
    }
    let Some(user) = tf.users.authenticate(username, password).await? else {
        tracing::info!(
            outcome = "failure",
            reason = "bad credentials",
            "password step"
        );
        return render_auth(tf, req, next, username, &[forms::INVALID_LOGIN], None);
    };
    match tf.devices.default_device(&user.id).await? {
        Some(device) => {
            let pending = Pending {
                user_id: user.id.clone(),
                auth_time: tf.clock.now_secs(),
                next: next.to_owned(),
            };
            WIZARD.save(session, &pending)?;
            session.renew();
            tracing::info!(user = %user.id, outcome = "success", "password step; token required");
            render_token(tf, req, next, &device, None)
        }
        None => finish(tf, req, session, &user, None, next),
    }
}

async fn token_step(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    post: &PostData,
    next: &str,
    pending: Pending,
) -> Result<HttpResponse, TwoFactorError> {
    let next = if next.is_empty() {
        pending.next.as_str()
    } else {
        next
    };
    let timeout = tf.login_timeout().as_secs() as i64;
    if timeout > 0 && tf.clock.now_secs() - pending.auth_time > timeout {
        WIZARD.reset(session);
        tracing::info!(user = %pending.user_id, outcome = "failure", reason = "timeout", "token step");
        return render_auth(tf, req, next, "", &[forms::TIMED_OUT], None);
    }
    let user = tf
        .users
        .get_user(&pending.user_id)
        .await?
        .filter(|u| u.is_active);
    let Some(user) = user else {
        WIZARD.reset(session);
        return render_auth(tf, req, next, "", &[], None);
    };
    let Some(device) = tf.devices.default_device(&user.id).await? else {
        WIZARD.reset(session);
        return render_auth(tf, req, next, "", &[], None);
    };
    let field = post.field(TOKEN_FIELD);
    if forms::token_field_too_long(field) {
        return Err(TwoFactorError::BadRequest("The token field is too long."));
    }
    let input = forms::parse_token(field, device.digits as u8);
    let token = match &input {
        TokenInput::Token(t) => Some(t.clone()),
        TokenInput::Empty | TokenInput::Malformed => None,
    };
    let outcome = tf
        .devices
        .verify(&user.id, device.device_ref(), token)
        .await?;
    match outcome {
        Verification::Verified => finish(tf, req, session, &user, Some(&device), next),
        Verification::Invalid => {
            let message = if input == TokenInput::Empty {
                forms::REQUIRED
            } else {
                forms::INVALID_TOKEN
            };
            render_token(tf, req, next, &device, Some(message.to_owned()))
        }
        Verification::Throttled { failure_count } => render_token(
            tf,
            req,
            next,
            &device,
            Some(throttle::throttled_message(failure_count)),
        ),
    }
}

/// Logs the user in and sends them on: to `next`, to setup when a user without a device
/// was on their way to an OTP-protected page, or to `LOGIN_REDIRECT_URL`.
fn finish(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    user: &User,
    device: Option<&TotpDevice>,
    next: &str,
) -> Result<HttpResponse, TwoFactorError> {
    let otp_next: Option<String> = session.get(OTP_NEXT_KEY).ok().flatten();
    complete_login(req, session, user, device.map(TotpDevice::device_ref))?;
    if device.is_none() && !next.is_empty() && otp_next.as_deref() == Some(next) {
        return Ok(redirect(&with_query(urls::SETUP, "next", next)));
    }
    Ok(redirect(if next.is_empty() {
        tf.login_redirect_url()
    } else {
        next
    }))
}

fn render_auth(
    tf: &TwoFactor,
    req: &HttpRequest,
    next: &str,
    username: &str,
    errors: &[&str],
    field_errors: Option<(Option<&str>, Option<&str>)>,
) -> Result<HttpResponse, TwoFactorError> {
    let (user_err, pass_err) = field_errors.unwrap_or((None, None));
    let mut username_field = FormField::new("auth", "username", "Username", "text")
        .with_value(username)
        .with_error(user_err);
    username_field.autocomplete = Some("username");
    username_field.autofocus = true;
    username_field.maxlength = Some(150);
    let mut password_field =
        FormField::new("auth", "password", "Password", "password").with_error(pass_err);
    password_field.autocomplete = Some("current-password");
    let form = Form {
        fields: vec![username_field, password_field],
        non_field_errors: errors.iter().map(|e| (*e).to_owned()).collect(),
    };
    let mut ctx = base_context(tf, req)?;
    ctx.insert("wizard", &WIZARD.context(&["auth", "token"], "auth", form));
    ctx.insert("next", next);
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}

fn render_token(
    tf: &TwoFactor,
    req: &HttpRequest,
    next: &str,
    device: &TotpDevice,
    error: Option<String>,
) -> Result<HttpResponse, TwoFactorError> {
    let mut field = FormField::token("token", "otp_token", device.digits as u8);
    field.errors.extend(error);
    let form = Form {
        fields: vec![field],
        non_field_errors: Vec::new(),
    };
    let mut ctx = base_context(tf, req)?;
    ctx.insert("wizard", &WIZARD.context(&["auth", "token"], "token", form));
    ctx.insert("next", next);
    ctx.insert(
        "device",
        &serde_json::json!({ "kind": "totp", "name": device.name, "persistent_id": device.device_ref().to_string() }),
    );
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}
