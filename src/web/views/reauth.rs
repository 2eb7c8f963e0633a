//! `two_factor:reauth`: before a sensitive action, the user confirms their password and,
//! when they have a device, a token. Success refreshes the session's authentication time.
//!
//! Password guesses are throttled (`src/throttling.rs`): per user, a failure is followed by
//! a refusal of `factor·2^(n-1)` seconds in every session, during which the password is not
//! checked; per session, `reauth_max_failures` failures log the session out. A correct
//! password forgets both counters.

use crate::web::guards::{LoginRequired, Post};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::{NextQuery, base_context, render, safe_next};
use crate::devices::Device;
use crate::errors::TwoFactorError;
use crate::flows::reauth::{ReauthOutcome, reauthenticate, wrong_password};
use crate::throttling::{self};
use crate::web::forms::{self, Form, FormField};
use crate::web::redirects::{redirect, with_query};
use crate::web::session::WebSession;
use crate::web::site::TwoFactor;
use crate::web::urls::Route;

const TEMPLATE: &str = "two_factor/core/reauth.html";

fn form(device: Option<&Device>, password_error: Option<&str>, token_error: Option<&str>) -> Form {
    let mut password = FormField::new(
        "reauth",
        "password",
        &crate::i18n::tr("field-password"),
        "password",
    )
    .with_error(password_error);
    password.autocomplete = Some("current-password");
    password.autofocus = true;
    let mut fields = vec![password];
    let mut non_field_errors = Vec::new();
    match device {
        // A security key answers through the page's button: nothing to type.
        Some(Device::WebAuthn(_)) => non_field_errors.extend(token_error.map(str::to_owned)),
        Some(device) => {
            let mut token = FormField::token("reauth", "otp_token", device.token_length() as u8)
                .with_error(token_error);
            token.autofocus = false;
            fields.push(token);
        }
        None => {}
    }
    Form {
        fields,
        non_field_errors,
    }
}

fn page(
    tf: &TwoFactor,
    req: &HttpRequest,
    next: &str,
    device: Option<&Device>,
    form: Form,
) -> Result<HttpResponse, TwoFactorError> {
    let mut ctx = base_context(req)?;
    ctx.insert("form", &form);
    ctx.insert("next", next);
    ctx.insert("device", &device.map(Device::context));
    ctx.insert("cancel_url", &tf.urls[Route::Profile]);
    #[cfg(feature = "webauthn")]
    if matches!(device, Some(Device::WebAuthn(_))) {
        ctx.insert("webauthn", &super::webauthn::page_context(tf, req));
    }
    render(tf, TEMPLATE, &ctx, StatusCode::OK)
}

/// GET: the confirmation form.
pub(crate) async fn get(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    LoginRequired(user, _): LoginRequired,
) -> Result<HttpResponse, TwoFactorError> {
    let next = safe_next(
        None,
        &NextQuery::from_request(&req),
        &tf.urls[Route::Profile],
    );
    let device = tf.devices.default_device(&user.id).await?;
    page(
        &tf,
        &req,
        &next,
        device.as_ref(),
        form(device.as_ref(), None, None),
    )
}

/// POST: checks the password and the token, then continues to `next`.
pub(crate) async fn post(
    req: HttpRequest,
    tf: web::Data<TwoFactor>,
    Post {
        guard: LoginRequired(user, _),
        form: post,
    }: Post<LoginRequired>,
) -> Result<HttpResponse, TwoFactorError> {
    let next = safe_next(
        post.get("next"),
        &NextQuery::from_request(&req),
        &tf.urls[Route::Profile],
    );
    let device = tf.devices.default_device(&user.id).await?;
    let password = post.get("reauth-password").unwrap_or("");
    if password.is_empty() {
        return page(
            &tf,
            &req,
            &next,
            device.as_ref(),
            form(device.as_ref(), Some(forms::required()), None),
        );
    }
    // The session key is the CSRF token: random, rotated at login, and the same in every
    // replayed copy of this session's cookie.
    match reauthenticate(
        &tf,
        &WebSession::of(&req),
        &user,
        password,
        device.as_ref(),
        |device| match device {
            // A security key's answer (JSON from the page's script).
            Device::WebAuthn(_) => post.field("reauth-webauthn"),
            _ => post.field("reauth-otp_token"),
        },
    )
    .await?
    {
        ReauthOutcome::Done => Ok(redirect(&next)),
        ReauthOutcome::LoggedOut => Ok(logged_out_redirect(&tf, &next)),
        ReauthOutcome::Refused { retry_after_secs } => {
            let message = throttling::reauth_refused_message(retry_after_secs);
            let mut response = page(
                &tf,
                &req,
                &next,
                device.as_ref(),
                form(device.as_ref(), Some(&message), None),
            )?;
            crate::web::client::mark_refused(&mut response, retry_after_secs);
            Ok(response)
        }
        ReauthOutcome::WrongPassword => page(
            &tf,
            &req,
            &next,
            device.as_ref(),
            form(device.as_ref(), Some(wrong_password()), None),
        ),
        ReauthOutcome::WrongToken { outcome, input } => {
            let error = forms::token_error(outcome, &input, forms::invalid_token());
            page(
                &tf,
                &req,
                &next,
                device.as_ref(),
                form(device.as_ref(), None, error.as_deref()),
            )
        }
        #[cfg(feature = "webauthn")]
        ReauthOutcome::WrongKey { message } => page(
            &tf,
            &req,
            &next,
            device.as_ref(),
            form(device.as_ref(), None, Some(&message)),
        ),
    }
}

fn logged_out_redirect(tf: &TwoFactor, next: &str) -> HttpResponse {
    redirect(&with_query(
        &with_query(tf.login_url(), "next", next),
        throttling::LOGGED_OUT_PARAM,
        throttling::LOGGED_OUT_REAUTH,
    ))
}
