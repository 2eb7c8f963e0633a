//! `two_factor:phone_create` (a backup phone: number and method → validation) and
//! `two_factor:phone_delete` (removes a backup phone; never the default device).

use crate::web::guards::{Post, Sensitive};
use actix_session::{Session, SessionExt};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::setup::number_field;
use super::{base_context, render};
use crate::devices::Method;
use crate::errors::TwoFactorError;
use crate::flows::phone::{PhoneBegin, PhoneConfirm, PhoneSetup, begin_phone, confirm_phone};
use crate::signals::Signal;
use crate::users::User;
use crate::web::forms::{self, Form, FormField, PostData};
use crate::web::redirects::redirect;
use crate::web::site::TwoFactor;
use crate::web::urls::Route;
use crate::web::wizard::{GOTO_STEP_FIELD, Wizard};

const WIZARD: Wizard = Wizard {
    prefix: "phone_setup_view",
    session_key: crate::flows::session::SessionKey::PhoneSetup.as_str(),
};
const TEMPLATE: &str = "two_factor/core/phone_register.html";
const STEPS: &[&str] = &["setup", "validation"];

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
        guard: Sensitive(user, _),
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
    if state.is_none_or(|s| s.step != posted) {
        WIZARD.save(
            &session,
            &PhoneSetup {
                step: "setup".into(),
                device_id: None,
            },
        )?;
        return render_setup(&tf, &req, "", None, None);
    }
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
        // `state` was checked above to be at this step; `confirm_phone` reads it again.
        _ => validation_step(&tf, &req, &session, &user, &post).await,
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
    match begin_phone(tf, session, user, raw, post.get("setup-method")).await? {
        PhoneBegin::BadMethod => render_setup(tf, req, raw, None, Some(forms::required())),
        PhoneBegin::BadNumber(message) => render_setup(tf, req, raw, Some(message), None),
        PhoneBegin::NotSent(delivery) => {
            let mut ctx = setup_context(tf, req, raw, None, None)?;
            ctx.insert("notice", &delivery.message());
            render(tf, TEMPLATE, &ctx, StatusCode::OK)
        }
        PhoneBegin::Sent { message, .. } => render_validation(tf, req, None, message.as_deref()),
    }
}

async fn validation_step(
    tf: &TwoFactor,
    req: &HttpRequest,
    session: &Session,
    user: &User,
    post: &PostData,
) -> Result<HttpResponse, TwoFactorError> {
    match confirm_phone(tf, session, user, post.field("validation-token")).await? {
        PhoneConfirm::NoPending => Ok(redirect(&tf.urls[Route::PhoneCreate])),
        PhoneConfirm::Added(_) => Ok(redirect(&tf.urls[Route::Profile])),
        PhoneConfirm::Wrong { error, .. } => render_validation(tf, req, error, None),
    }
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
        .enumerate()
        .map(|(i, m)| {
            let label = if m == Method::Sms {
                crate::i18n::tr("method-sms")
            } else {
                crate::i18n::tr("method-call")
            };
            serde_json::json!({ "value": m.as_str(), "label": label, "checked": i == 0 })
        })
        .collect();
    let mut ctx = base_context(req)?;
    ctx.insert("methods", &methods);
    ctx.insert("wizard", &WIZARD.context(STEPS, "setup", form));
    ctx.insert("cancel_url", &tf.urls[Route::Profile]);
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
    let mut ctx = base_context(req)?;
    ctx.insert("wizard", &WIZARD.context(STEPS, "validation", form));
    ctx.insert("cancel_url", &tf.urls[Route::Profile]);
    ctx.insert("notice", &notice);
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}

/// POST `phone_delete`: removes one of the user's backup phones; anything else is 404.
pub(crate) async fn delete(
    path: web::Path<String>,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user, _),
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
    Ok(redirect(&tf.urls[Route::Profile]))
}
