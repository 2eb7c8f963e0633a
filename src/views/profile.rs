//! `two_factor:profile`, `two_factor:setup_complete` and `two_factor:disable`.

use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{base_context, login_required, render, verified_required};
use crate::csrf;
use crate::errors::TwoFactorError;
use crate::forms::{self, Form, FormField, PostData};
use crate::middleware::OTP_DEVICE_KEY;
use crate::redirects::redirect;
use crate::settings::TwoFactor;
use crate::urls;

/// GET `profile`: the account's two-factor status and what can be done next.
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let user = match login_required(&tf, &req).await? {
        Ok(user) => user,
        Err(redirect) => return Ok(redirect),
    };
    let default_device = tf.devices.default_device(&user.id).await?;
    let mut ctx = base_context(&tf, &req)?;
    ctx.insert("user", &user);
    ctx.insert(
        "default_device",
        &default_device.as_ref().map(|d| {
            serde_json::json!({ "name": d.name, "persistent_id": d.device_ref().to_string(), "kind": "totp" })
        }),
    );
    ctx.insert(
        "default_device_type",
        &default_device.as_ref().map(|_| "TOTPDevice"),
    );
    ctx.insert("backup_tokens", &0);
    ctx.insert("backup_phones", &Vec::<String>::new());
    ctx.insert("available_phone_methods", &Vec::<String>::new());
    render(&tf, "two_factor/profile/profile.html", &ctx, StatusCode::OK)
}

/// GET `setup_complete` (verified sessions only).
pub(crate) async fn setup_complete(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let user = match verified_required(&tf, &req).await? {
        Ok(user) => user,
        Err(redirect) => return Ok(redirect),
    };
    let mut ctx = base_context(&tf, &req)?;
    ctx.insert("user", &user);
    ctx.insert("phone_methods", &Vec::<String>::new());
    render(
        &tf,
        "two_factor/core/setup_complete.html",
        &ctx,
        StatusCode::OK,
    )
}

fn disable_form(error: Option<&str>) -> Form {
    let mut field =
        FormField::new("", "understand", "Yes, I am sure", "checkbox").with_error(error);
    field.value = "on".into();
    Form {
        fields: vec![field],
        non_field_errors: Vec::new(),
    }
}

/// GET `disable` (verified sessions only): the confirmation form.
pub(crate) async fn disable_get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let user = match verified_required(&tf, &req).await? {
        Ok(user) => user,
        Err(redirect) => return Ok(redirect),
    };
    let mut ctx = base_context(&tf, &req)?;
    ctx.insert("user", &user);
    ctx.insert("form", &disable_form(None));
    render(&tf, "two_factor/profile/disable.html", &ctx, StatusCode::OK)
}

/// POST `disable`: with `understand` ticked, deletes all of the user's devices.
pub(crate) async fn disable_post(
    req: HttpRequest,
    body: web::Bytes,
    tf: web::Data<TwoFactor>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    let post = PostData::parse(&body);
    csrf::check(&session, &post)?;
    let user = match verified_required(&tf, &req).await? {
        Ok(user) => user,
        Err(redirect) => return Ok(redirect),
    };
    if !post.checked("understand") {
        let mut ctx = base_context(&tf, &req)?;
        ctx.insert("user", &user);
        ctx.insert("form", &disable_form(Some(forms::REQUIRED)));
        return render(&tf, "two_factor/profile/disable.html", &ctx, StatusCode::OK);
    }
    tf.devices.remove_all(&user.id).await?;
    session.remove(OTP_DEVICE_KEY);
    tracing::info!(user = %user.id, "two-factor authentication disabled");
    Ok(redirect(urls::PROFILE))
}
