//! `two_factor:setup`: the setup wizard, `welcome` → `method` (skipped while there is only
//! one method) → `generator` (QR code, secret key, first token).
//!
//! The new key lives in an unconfirmed device row from the start, so the session holds
//! only that row's id — never the secret.

use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::{NextQuery, base_context, login_required, mark_verified, render, safe_next};
use crate::csrf;
use crate::devices::{TotpDevice, Verification, throttle};
use crate::errors::TwoFactorError;
use crate::forms::{self, Form, FormField, PostData, TokenInput};
use crate::redirects::redirect;
use crate::settings::TwoFactor;
use crate::urls;
use crate::users::User;
use crate::wizard::{GOTO_STEP_FIELD, Wizard};

const WIZARD: Wizard = Wizard {
    prefix: "setup_view",
    session_key: "two_factor.setup",
};
const TEMPLATE: &str = "two_factor/core/setup.html";
/// The methods a user can pick, as (value, label).
const METHODS: &[(&str, &str)] = &[("generator", "Token generator")];

/// The setup wizard's session state.
#[derive(Debug, Serialize, Deserialize, Default)]
pub(crate) struct SetupState {
    step: String,
    /// The unconfirmed device created for the generator step.
    pub(crate) device_id: Option<i64>,
    next: String,
}

pub(crate) fn state(session: &Session) -> Option<SetupState> {
    WIZARD.load(session)
}

fn steps() -> Vec<&'static str> {
    if METHODS.len() > 1 {
        vec!["welcome", "method", "generator"]
    } else {
        vec!["welcome", "generator"]
    }
}

/// GET: starts the wizard (or redirects a user who already has a device).
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let user = match login_required(&tf, &req).await? {
        Ok(user) => user,
        Err(redirect) => return Ok(redirect),
    };
    if tf.devices.has_device(&user.id).await? {
        return Ok(redirect(urls::SETUP_COMPLETE));
    }
    let session = req.get_session();
    let next = safe_next(None, &NextQuery::from_request(&req), "");
    let state = SetupState {
        step: "welcome".into(),
        device_id: None,
        next,
    };
    WIZARD.save(&session, &state)?;
    render_step(&tf, &req, &user, &state, None, Form::default())
}

/// POST: one wizard step.
pub(crate) async fn post(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let user = match login_required(&tf, &req).await? {
        Ok(user) => user,
        Err(redirect) => return Ok(redirect),
    };
    let session = req.get_session();
    let post = PostData::parse(&body);
    csrf::check(&session, &post)?;
    if tf.devices.has_device(&user.id).await? {
        WIZARD.reset(&session);
        return Ok(redirect(urls::SETUP_COMPLETE));
    }
    let Some(posted) = WIZARD.posted_step(&post) else {
        return Err(TwoFactorError::BadRequest(
            "ManagementForm data is missing or has been tampered with.",
        ));
    };
    let Some(mut state) = state(&session).filter(|s| s.step == posted) else {
        // Out of order (another tab, a forged step): start over.
        let state = SetupState {
            step: "welcome".into(),
            device_id: None,
            next: String::new(),
        };
        WIZARD.save(&session, &state)?;
        return render_step(&tf, &req, &user, &state, None, Form::default());
    };
    let order = steps();
    if let Some(target) = post.get(GOTO_STEP_FIELD)
        && let Some(&target) = order.iter().find(|s| **s == target)
    {
        state.step = target.to_owned();
        WIZARD.save(&session, &state)?;
        return render_step(&tf, &req, &user, &state, None, Form::default());
    }
    match posted {
        "welcome" => {
            state.step = order[1].to_owned();
            if state.step == "generator" {
                return start_generator(&tf, &req, &session, &user, state).await;
            }
            WIZARD.save(&session, &state)?;
            render_step(&tf, &req, &user, &state, None, Form::default())
        }
        "method" => match post.get("method-method") {
            Some("generator") => start_generator(&tf, &req, &session, &user, state).await,
            _ => {
                let form = method_form(Some(forms::REQUIRED));
                render_step(&tf, &req, &user, &state, None, form)
            }
        },
        "generator" => generator_step(&tf, &req, &session, &user, state, &post).await,
        _ => {
            WIZARD.reset(&session);
            Ok(redirect(urls::SETUP))
        }
    }
}

async fn start_generator(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    user: &User,
    mut state: SetupState,
) -> Result<HttpResponse, TwoFactorError> {
    let device = tf.devices.begin_setup(&user.id).await?;
    state.step = "generator".into();
    state.device_id = Some(device.id);
    WIZARD.save(session, &state)?;
    render_step(tf, req, user, &state, Some(&device), Form::default())
}

async fn generator_step(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    user: &User,
    state: SetupState,
    post: &PostData,
) -> Result<HttpResponse, TwoFactorError> {
    let device = match state.device_id {
        Some(id) => tf.devices.pending_setup(&user.id, id).await?,
        None => None,
    };
    let Some(device) = device else {
        return start_generator(tf, req, session, user, state).await;
    };
    let field = post.field("generator-token");
    if forms::token_field_too_long(field) {
        return Err(TwoFactorError::BadRequest("The token field is too long."));
    }
    let error = match forms::parse_token(field, device.digits as u8) {
        TokenInput::Empty => Some(forms::REQUIRED.to_owned()),
        TokenInput::Malformed => Some(forms::INVALID_SETUP_TOKEN.to_owned()),
        TokenInput::Token(token) => match tf
            .devices
            .confirm_setup(&user.id, device.id, Some(token))
            .await?
        {
            Verification::Verified => None,
            Verification::Invalid => Some(forms::INVALID_SETUP_TOKEN.to_owned()),
            Verification::Throttled { failure_count } => {
                Some(throttle::throttled_message(failure_count))
            }
        },
    };
    if let Some(error) = error {
        let mut field = FormField::token("generator", "token", device.digits as u8);
        field.errors.push(error);
        let form = Form {
            fields: vec![field],
            non_field_errors: Vec::new(),
        };
        return render_step(tf, req, user, &state, Some(&device), form);
    }
    WIZARD.reset(session);
    mark_verified(session, device.device_ref())?;
    session.renew();
    tracing::info!(user = %user.id, device = %device.device_ref(), "two-factor setup completed");
    let target = if state.next.is_empty() {
        urls::SETUP_COMPLETE
    } else {
        &state.next
    };
    Ok(redirect(target))
}

fn method_form(error: Option<&str>) -> Form {
    let field = FormField::new("method", "method", "Method", "radio").with_error(error);
    Form {
        fields: vec![field],
        non_field_errors: Vec::new(),
    }
}

fn render_step(
    tf: &TwoFactor,
    req: &HttpRequest,
    user: &User,
    state: &SetupState,
    device: Option<&TotpDevice>,
    mut form: Form,
) -> Result<HttpResponse, TwoFactorError> {
    let order = steps();
    let current = order
        .iter()
        .copied()
        .find(|s| *s == state.step)
        .unwrap_or("welcome");
    let mut ctx = base_context(tf, req)?;
    if current == "method" && form.fields.is_empty() {
        form = method_form(None);
    }
    if current == "generator" {
        let digits = device.map_or(tf.totp_digits(), |d| d.digits as u8);
        if form.fields.is_empty() {
            form.fields
                .push(FormField::token("generator", "token", digits));
        }
        if let Some(device) = device {
            ctx.insert("QR_URL", urls::QR);
            ctx.insert(
                "otpauth_url",
                &device.config_url(tf.totp_issuer(), &user.username),
            );
            ctx.insert("secret_key", &device.secret_base32());
        }
        ctx.insert("issuer", tf.totp_issuer());
        ctx.insert("totp_digits", &digits);
    }
    let methods: Vec<_> = METHODS
        .iter()
        .map(|(value, label)| serde_json::json!({ "value": value, "label": label }))
        .collect();
    ctx.insert("methods", &methods);
    ctx.insert("wizard", &WIZARD.context(&order, current, form));
    ctx.insert("user", user);
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}
