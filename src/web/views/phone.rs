//! `two_factor:phone_create` (a backup phone: number and method → validation) and
//! `two_factor:phone_delete` (removes a backup phone; never the default device).

use crate::web::guards::{Post, Sensitive};
use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::setup::{number_field, validate_code};
use super::{base_context, render};
use crate::delivery;
use crate::devices::Method;
use crate::errors::TwoFactorError;
use crate::phone;
use crate::settings::TwoFactor;
use crate::signals::{DeviceInfo, Signal};
use crate::users::User;
use crate::web::forms::{self, Form, FormField, PostData};
use crate::web::redirects::redirect;
use crate::web::wizard::{GOTO_STEP_FIELD, Wizard};

const WIZARD: Wizard = Wizard {
    prefix: "phone_setup_view",
    session_key: "two_factor.phone_setup",
};
const TEMPLATE: &str = "two_factor/core/phone_register.html";
const STEPS: &[&str] = &["setup", "validation"];

#[derive(Debug, Serialize, Deserialize)]
struct PhoneSetup {
    step: String,
    device_id: Option<i64>,
}

/// GET `phone_create`: the number form.
pub(crate) async fn create_get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    _: Sensitive,
) -> Result<HttpResponse, TwoFactorError> {
    if tf.phone_methods().is_empty() {
        return Err(TwoFactorError::NotFound);
    }
    let session = req.get_session();
    WIZARD.save(
        &session,
        &PhoneSetup {
            step: "setup".into(),
            device_id: None,
        },
    )?;
    render_setup(&tf, &req, "", None, None)
}

/// POST `phone_create`: one wizard step.
pub(crate) async fn create_post(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user),
        form: post,
    }: Post<Sensitive>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    if tf.phone_methods().is_empty() {
        return Err(TwoFactorError::NotFound);
    }
    let Some(posted) = WIZARD.posted_step(&post) else {
        return Err(TwoFactorError::BadRequest(
            "ManagementForm data is missing or has been tampered with.",
        ));
    };
    let state: Option<PhoneSetup> = WIZARD.load(&session);
    let Some(state) = state.filter(|s| s.step == posted) else {
        WIZARD.save(
            &session,
            &PhoneSetup {
                step: "setup".into(),
                device_id: None,
            },
        )?;
        return render_setup(&tf, &req, "", None, None);
    };
    if post.get(GOTO_STEP_FIELD) == Some("setup") {
        WIZARD.save(
            &session,
            &PhoneSetup {
                step: "setup".into(),
                device_id: None,
            },
        )?;
        return render_setup(&tf, &req, "", None, None);
    }
    match posted {
        "setup" => setup_step(&tf, &req, &session, &user, &post).await,
        _ => validation_step(&tf, &req, &session, &user, state, &post).await,
    }
}

async fn setup_step(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    user: &User,
    post: &PostData,
) -> Result<HttpResponse, TwoFactorError> {
    let raw = post.get("setup-number").unwrap_or("");
    let method = post
        .get("setup-method")
        .and_then(Method::parse)
        .filter(|m| tf.phone_methods().contains(m));
    let Some(method) = method else {
        return render_setup(tf, req, raw, None, Some(forms::required()));
    };
    let number = match phone::parse_phone_number(raw) {
        Ok(number) => number,
        Err(_) => {
            let message = if raw.trim().is_empty() {
                forms::required()
            } else {
                phone::invalid_phone_number()
            };
            return render_setup(tf, req, raw, Some(message), None);
        }
    };
    let device = tf
        .devices
        .begin_challenge_setup(&user.id, "backup", method, number.as_e164())
        .await?;
    let delivery = delivery::send_challenge(tf, session, user, &device).await?;
    if !delivery.code_outstanding() {
        let mut ctx = setup_context(tf, req, raw, None, None)?;
        ctx.insert("notice", &delivery.message());
        return render(tf, TEMPLATE, &ctx, StatusCode::OK);
    }
    WIZARD.save(
        session,
        &PhoneSetup {
            step: "validation".into(),
            device_id: Some(device.id),
        },
    )?;
    render_validation(tf, req, None, delivery.message().as_deref())
}

async fn validation_step(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    user: &User,
    state: PhoneSetup,
    post: &PostData,
) -> Result<HttpResponse, TwoFactorError> {
    let device = match state.device_id {
        Some(id) => tf.devices.pending_challenge_setup(&user.id, id).await?,
        None => None,
    };
    let Some(device) = device else {
        WIZARD.reset(session);
        return Ok(redirect(tf.urls.phone_create.as_str()));
    };
    let (error, verified) =
        validate_code(tf, session, user, &device, post.field("validation-token")).await?;
    if verified {
        WIZARD.reset(session);
        tracing::info!(user = %user.id, device = %device.device_ref(), "backup phone added");
        tf.signals
            .send(Signal::DeviceAdded {
                user: user.clone(),
                device: DeviceInfo::of(&crate::devices::Device::Challenge(device)),
            })
            .await;
        return Ok(redirect(tf.urls.profile.as_str()));
    }
    render_validation(tf, req, error, None)
}

fn setup_context(
    tf: &TwoFactor,
    req: &HttpRequest,
    number: &str,
    number_error: Option<&str>,
    method_error: Option<&str>,
) -> Result<tera::Context, TwoFactorError> {
    let number = number_field("setup")
        .with_value(number)
        .with_error(number_error);
    let method = FormField::new("setup", "method", &crate::i18n::tr("field-method"), "radio")
        .with_error(method_error);
    let form = Form {
        fields: vec![number, method],
        non_field_errors: Vec::new(),
    };
    let methods: Vec<_> = tf
        .phone_methods()
        .into_iter()
        .map(|m| {
            let label = if m == Method::Sms {
                crate::i18n::tr("method-sms")
            } else {
                crate::i18n::tr("method-call")
            };
            serde_json::json!({ "value": m.as_str(), "label": label })
        })
        .collect();
    let mut ctx = base_context(tf, req)?;
    ctx.insert("methods", &methods);
    ctx.insert("wizard", &WIZARD.context(STEPS, "setup", form));
    ctx.insert("cancel_url", tf.urls.profile.as_str());
    ctx.insert("notice", &None::<&str>);
    Ok(ctx)
}

fn render_setup(
    tf: &TwoFactor,
    req: &HttpRequest,
    number: &str,
    number_error: Option<&str>,
    method_error: Option<&str>,
) -> Result<HttpResponse, TwoFactorError> {
    let ctx = setup_context(tf, req, number, number_error, method_error)?;
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}

fn render_validation(
    tf: &TwoFactor,
    req: &HttpRequest,
    error: Option<String>,
    notice: Option<&str>,
) -> Result<HttpResponse, TwoFactorError> {
    let mut field = FormField::token(
        "validation",
        "token",
        crate::devices::challenge::CODE_DIGITS,
    );
    field.errors.extend(error);
    let form = Form {
        fields: vec![field],
        non_field_errors: Vec::new(),
    };
    let mut ctx = base_context(tf, req)?;
    ctx.insert("wizard", &WIZARD.context(STEPS, "validation", form));
    ctx.insert("cancel_url", tf.urls.profile.as_str());
    ctx.insert("notice", &notice);
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}

/// POST `phone_delete`: removes one of the user's backup phones; anything else is 404.
pub(crate) async fn delete(
    path: web::Path<String>,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user),
        ..
    }: Post<Sensitive>,
) -> Result<HttpResponse, TwoFactorError> {
    let id = path
        .into_inner()
        .parse::<i64>()
        .map_err(|_| TwoFactorError::NotFound)?;
    if !tf.devices.remove_backup_phone(&user.id, id).await? {
        return Err(TwoFactorError::NotFound);
    }
    tf.signals
        .send(Signal::DeviceRemoved {
            user,
            persistent_id: format!("phone/{id}"),
        })
        .await;
    Ok(redirect(tf.urls.profile.as_str()))
}
