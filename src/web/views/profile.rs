//! `two_factor:profile`, `two_factor:setup_complete` and `two_factor:disable`.

use crate::web::guards::{LoginRequired, Post, Sensitive, Verified};
use actix_session::SessionExt;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{base_context, render};
use crate::OtpExt;
use crate::devices::Device;
use crate::errors::TwoFactorError;
use crate::flows::account::disable_two_factor;
use crate::web::forms::{self, Form, FormField};
use crate::web::redirects::redirect;
use crate::web::site::TwoFactor;
use crate::web::urls::Route;

/// GET `profile`: the account's two-factor status and what can be done next.
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    LoginRequired(user, _): LoginRequired,
) -> Result<HttpResponse, TwoFactorError> {
    // Everything the page shows in one trip to the database.
    let (devices, backup_tokens) = tf.devices.overview(&user.id).await?;
    let default_device = devices.iter().find(|d| d.is_default());
    if default_device.is_some() && !req.is_verified() {
        // The user has a device but this session did not use it: finish the login first.
        return Ok(super::redirect_to_login(
            tf.login_url(),
            "next",
            &super::request_target(&req),
        ));
    }
    let backup_phones: Vec<_> = devices
        .iter()
        .filter(|d| d.is_backup_phone())
        .map(|d| {
            let mut ctx = d.context();
            ctx["delete_url"] =
                format!("{}{}/", &tf.urls[Route::PhoneDelete], d.device_ref().id).into();
            let description = ctx["description"].as_str().unwrap_or_default().to_owned();
            ctx["rename"] = super::apps::rename_form(&tf, d, description);
            ctx
        })
        .collect();
    // Every authenticator app: one more can be added, each renamed and removed while
    // another device stays the main one.
    let app_count = devices
        .iter()
        .filter(|d| matches!(d, Device::Totp(_)))
        .count();
    let apps: Vec<_> = devices
        .iter()
        .filter_map(|d| match d {
            Device::Totp(app) => Some((d, app)),
            _ => None,
        })
        .map(|(d, app)| {
            let removable = !d.is_default() || app_count > 1;
            let description = d.describe();
            serde_json::json!({
                "label": d.label().unwrap_or_default(),
                "is_default": d.is_default(),
                "created": crate::dates::format_ms(app.created_at),
                "last_used": app.last_used_at.map(crate::dates::format_ms),
                "rename": super::apps::rename_form(&tf, d, description.clone()),
                "description": description,
                "delete_url": removable
                    .then(|| format!("{}{}/", &tf.urls[Route::AppDelete], app.id)),
            })
        })
        .collect();
    let mut ctx = base_context(&req)?;
    ctx.insert("user", &user);
    ctx.insert("default_device", &default_device.map(Device::context));
    ctx.insert(
        "default_device_type",
        &default_device.map(|d| match d {
            Device::Totp(_) => "TOTPDevice",
            Device::Challenge(c) if c.method() == crate::devices::Method::Email => "EmailDevice",
            Device::Challenge(_) => "PhoneDevice",
            Device::Static(_) => "StaticDevice",
            Device::WebAuthn(_) => "WebauthnDevice",
        }),
    );
    ctx.insert("backup_tokens", &backup_tokens);
    ctx.insert("backup_phones", &backup_phones);
    ctx.insert("apps", &apps);
    let methods: Vec<&str> = tf.phone_methods().into_iter().map(|m| m.as_str()).collect();
    ctx.insert("available_phone_methods", &methods);
    #[cfg(feature = "webauthn")]
    if tf.webauthn().is_some() {
        let keys = super::webauthn::key_rows_of(&tf, &devices);
        ctx.insert("webauthn_keys", &keys);
        // One key, bound to one device: losing it locks the user out.
        let keys_of_user: Vec<_> = devices
            .iter()
            .filter_map(|d| match d {
                crate::devices::Device::WebAuthn(k) => Some(k),
                _ => None,
            })
            .collect();
        ctx.insert(
            "webauthn_single_bound",
            &(keys_of_user.len() == 1 && keys_of_user[0].is_device_bound()),
        );
        ctx.insert("webauthn", &super::webauthn::page_context(&tf, &req));
    }
    render(&tf, "two_factor/profile/profile.html", &ctx, StatusCode::OK)
}

/// GET `setup_complete` (verified sessions only).
pub(crate) async fn setup_complete(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Verified(user, _): Verified,
) -> Result<HttpResponse, TwoFactorError> {
    let mut ctx = base_context(&req)?;
    ctx.insert("user", &user);
    let methods: Vec<&str> = tf.phone_methods().into_iter().map(|m| m.as_str()).collect();
    ctx.insert("phone_methods", &methods);
    render(
        &tf,
        "two_factor/core/setup_complete.html",
        &ctx,
        StatusCode::OK,
    )
}

fn disable_form(error: Option<&str>) -> Form {
    let mut field = FormField::new(
        "",
        "understand",
        &crate::i18n::tr("field-understand"),
        "checkbox",
    )
    .with_error(error);
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
    Sensitive(user, _): Sensitive,
) -> Result<HttpResponse, TwoFactorError> {
    let mut ctx = base_context(&req)?;
    ctx.insert("user", &user);
    ctx.insert("form", &disable_form(None));
    render(&tf, "two_factor/profile/disable.html", &ctx, StatusCode::OK)
}

/// POST `disable`: with `understand` ticked, deletes all of the user's devices.
pub(crate) async fn disable_post(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: Sensitive(user, _),
        form: post,
    }: Post<Sensitive>,
) -> Result<HttpResponse, TwoFactorError> {
    let session = req.get_session();
    if !post.checked("understand") {
        let mut ctx = base_context(&req)?;
        ctx.insert("user", &user);
        ctx.insert("form", &disable_form(Some(forms::required())));
        return render(&tf, "two_factor/profile/disable.html", &ctx, StatusCode::OK);
    }
    disable_two_factor(&tf, &session, &user).await?;
    Ok(redirect(&tf.urls[Route::Profile]))
}
